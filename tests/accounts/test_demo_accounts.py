from django.core.management import CommandError, call_command

import pytest

from accounts.models import User
from accounts.scoping import region_scope_for

pytestmark = pytest.mark.django_db


def test_demo_accounts_exist_once_per_role_and_can_sign_in(client, settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo", skip_courses=True)
    call_command("seed_demo", skip_courses=True)  # `make run` twice works

    out = capsys.readouterr().out
    assert "peserta@demo.sigap.id" in out
    assert User.objects.filter(email__endswith="@demo.sigap.id").count() == 4
    roles = {u.email: set(u.groups.values_list("name", flat=True)) for u in User.objects.all()}
    assert "Trainer" in roles["pelatih@demo.sigap.id"]
    assert "Ministry" in roles["kementerian@demo.sigap.id"]
    coordinator = User.objects.get(email="koordinator@demo.sigap.id")
    assert region_scope_for(coordinator).province_code == "32"

    response = client.post(
        "/accounts/login/", {"login": "peserta@demo.sigap.id", "password": "peserta-demo-2026"}
    )
    assert response["Location"] == "/me/"


def test_demo_accounts_are_refused_outside_development(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError):
        call_command("seed_demo", skip_courses=True)
    assert not User.objects.exists()
