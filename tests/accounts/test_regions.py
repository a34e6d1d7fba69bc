from django.core.management import call_command

import pytest

from accounts.models import Province, Regency

pytestmark = pytest.mark.django_db


def test_the_official_list_is_loaded_by_the_migration():
    assert Province.objects.count() == 38
    assert Regency.objects.count() == 514
    assert Province.objects.get(code="53").name == "Nusa Tenggara Timur"
    assert Regency.objects.get(code="32.73").province_id == "32"


def test_every_regency_code_starts_with_its_province_code():
    assert all(
        code.startswith(f"{province}.")
        for code, province in Regency.objects.values_list("code", "province_id")
    )


def test_loading_again_changes_nothing_and_repairs_a_renamed_regency(capsys):
    Regency.objects.filter(code="32.73").update(name="Salah")

    call_command("load_regions")

    assert Province.objects.count() == 38
    assert Regency.objects.count() == 514
    assert Regency.objects.get(code="32.73").name == "Kota Bandung"
    assert "0 and 0 new" in capsys.readouterr().out
