"""The Ministry sets coverage targets in the admin: a list with filters and search, a form to add or change one,
and a CSV import that shows every change and every error before anything is saved, then imports all or
nothing, once. Trainers, regional coordinators, learners and signed-out visitors get none of it."""

from __future__ import annotations

import csv
import io

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import ModelLogEntry

import pytest

from accounts.models import User
from coverage.admin_views import PREVIEWS
from coverage.models import CoverageTarget
from coverage.targets import target_set
from tests.accounts.factories import ProfileFactory, give_totp, with_role

SESSION_KEY = PREVIEWS.session_key

pytestmark = pytest.mark.django_db

INDEX = "/admin/coverage/targets/"


@pytest.fixture(autouse=True)
def english(client):
    """Messages are compared in English: on the pages (the language cookie) and in this thread."""
    client.cookies["sigap_language"] = "en"
    with translation.override("en"):
        yield


def sign_in(client, user):
    client.force_login(user)
    client.cookies["sigap_language"] = "en"
    return client


def targets() -> dict[str, int]:
    return {target.code: target.members for target in CoverageTarget.objects.all()}


def log_count() -> int:
    return ModelLogEntry.objects.filter(content_type__model="coveragetarget").count()


def shown_messages(response) -> list[str]:
    # Wagtail appends its buttons (an "Edit" link) to a message on lines of their own.
    return [str(message).strip().split("\n")[0] for message in response.context["messages"]]


def csv_file(content: str | bytes, name: str = "targets.csv") -> SimpleUploadedFile:
    data = content.encode() if isinstance(content, str) else content
    return SimpleUploadedFile(name, data, content_type="text/csv")


def upload(client, content: str | bytes):
    return client.post(reverse("coverage_targets:import"), {"file": csv_file(content)})


def confirm(client, preview, follow: bool = True):
    return client.post(
        reverse("coverage_targets:import_confirm"),
        {"token": preview.context["token"]},
        follow=follow,
    )


def download_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


@pytest.fixture
def bandung(ministry) -> CoverageTarget:
    return target_set(code="32.73", members=120, actor=ministry)


def screens(target: CoverageTarget) -> list[tuple[str, str, dict]]:
    return [
        ("get", reverse("coverage_targets:index"), {}),
        ("get", reverse("coverage_targets:add"), {}),
        ("post", reverse("coverage_targets:add"), {"region": "32", "members": "900"}),
        ("get", reverse("coverage_targets:edit", args=[target.pk]), {}),
        ("post", reverse("coverage_targets:edit", args=[target.pk]), {"members": "5"}),
        ("get", reverse("coverage_targets:delete", args=[target.pk]), {}),
        ("post", reverse("coverage_targets:delete", args=[target.pk]), {}),
        ("get", reverse("coverage_targets:history", args=[target.pk]), {}),
        ("get", reverse("coverage_targets:import"), {}),
        ("post", reverse("coverage_targets:import"), {"file": csv_file("code,members\n32,900\n")}),
        ("post", reverse("coverage_targets:import_confirm"), {"token": "anything"}),
        ("get", reverse("coverage_targets:download"), {}),
    ]


SCREEN_IDS = [
    "list",
    "add-form",
    "add",
    "edit-form",
    "edit",
    "delete-form",
    "delete",
    "history",
    "import-form",
    "import-preview",
    "import-confirm",
    "download",
]


# Who may ------------------------------------------------------------------------------------------------


def test_the_admin_urls_live_under_coverage_targets():
    assert reverse("coverage_targets:index") == INDEX
    assert reverse("coverage_targets:import") == INDEX + "import/"
    assert reverse("coverage_targets:import_confirm") == INDEX + "import/confirm/"
    assert reverse("coverage_targets:download") == INDEX + "download/"


@pytest.mark.parametrize("index", range(len(SCREEN_IDS)), ids=SCREEN_IDS)
def test_signed_out_visitors_are_sent_to_sign_in(client, bandung, index):
    method, url, data = screens(bandung)[index]

    response = getattr(client, method)(url, data)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert targets() == {"32.73": 120}


@pytest.mark.parametrize("role", ["learner", "coordinator_jabar"])
@pytest.mark.parametrize("index", range(len(SCREEN_IDS)), ids=SCREEN_IDS)
def test_learners_and_coordinators_never_reach_the_admin(request, client, bandung, role, index):
    method, url, data = screens(bandung)[index]
    sign_in(client, request.getfixturevalue(role))

    response = getattr(client, method)(url, data)

    # Signed in but without admin access: Wagtail sends them to sign in as someone who has it.
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert targets() == {"32.73": 120}
    assert SESSION_KEY not in client.session


@pytest.mark.parametrize("index", range(len(SCREEN_IDS)), ids=SCREEN_IDS)
def test_trainers_reach_the_admin_but_not_the_targets(client, trainer, bandung, index):
    method, url, data = screens(bandung)[index]
    sign_in(client, trainer)

    response = getattr(client, method)(url, data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert targets() == {"32.73": 120}
    assert SESSION_KEY not in client.session


def test_only_the_ministry_sees_the_menu_item(client, ministry, trainer):
    sign_in(client, trainer)
    assert INDEX not in client.get(reverse("wagtailadmin_home")).content.decode()

    sign_in(client, ministry)
    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert INDEX in home
    assert "Coverage targets" in home


# The POSTs change things: they are tested further down, with their effects.
GET_SCREENS = [
    i
    for i, name in enumerate(SCREEN_IDS)
    if name.endswith(("-form", "list", "history", "download"))
]


@pytest.mark.parametrize("index", GET_SCREENS, ids=[SCREEN_IDS[i] for i in GET_SCREENS])
def test_the_ministry_opens_every_screen(client, ministry, bandung, index):
    method, url, data = screens(bandung)[index]
    sign_in(client, ministry)

    response = getattr(client, method)(url, data)

    assert response.status_code == 200, url


def test_superusers_open_the_targets(client, bandung):
    root = User.objects.create_superuser(email="root@example.org", password="x-strong-password-1")
    give_totp(root)
    sign_in(client, root)

    assert client.get(INDEX).status_code == 200
    assert client.get(reverse("coverage_targets:import")).status_code == 200


def test_viewing_alone_shows_the_list_and_the_download_but_not_the_import(client, bandung):
    user = ProfileFactory().user
    group = Group.objects.create(name="Target readers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_coveragetarget"),
    )
    user.groups.add(group)
    give_totp(user)
    sign_in(client, user)

    listing = client.get(INDEX)
    refused = upload(client, "code,members\n32,900\n")

    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Kota Bandung" in html
    assert reverse("coverage_targets:download") in html
    assert reverse("coverage_targets:import") not in html
    assert reverse("coverage_targets:add") not in html
    assert client.get(reverse("coverage_targets:download")).status_code == 200
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    assert targets() == {"32.73": 120}


# The list -----------------------------------------------------------------------------------------------


def test_the_list_shows_region_level_members_and_who_set_it(client, ministry, bandung):
    target_set(code="32", members=1500, actor=ministry)
    sign_in(client, ministry)

    html = client.get(INDEX).content.decode()

    assert "32.73 · Kota Bandung" in html
    assert "32 · Jawa Barat" in html
    assert "Regency or city" in html and "Province" in html
    assert "120" in html and "1500" in html
    assert ministry.profile.full_name in html
    assert reverse("coverage_targets:edit", args=[bandung.pk]) in html
    assert reverse("coverage_targets:import") in html
    assert reverse("coverage_targets:download") in html


def test_the_list_is_in_code_order_with_each_province_beside_its_regencies(client, ministry):
    for code in ("33", "32.73", "32", "11.10"):
        target_set(code=code, members=10, actor=ministry)
    sign_in(client, ministry)

    listed = [target.code for target in client.get(INDEX).context["object_list"]]

    assert listed == ["11.10", "32", "32.73", "33"]


def test_the_list_filters_by_province_and_level_and_searches_by_name_or_code(
    client, ministry, bandung
):
    target_set(code="32", members=1500, actor=ministry)
    target_set(code="31.71", members=50, actor=ministry)
    sign_in(client, ministry)

    def listed(query: str) -> set[str]:
        return {target.code for target in client.get(INDEX + query).context["object_list"]}

    assert listed("?province=32") == {"32", "32.73"}
    assert listed("?level=regency") == {"32.73", "31.71"}
    assert listed("?province=32&level=province") == {"32"}
    assert listed("?q=bandung") == {"32.73"}
    assert listed("?q=31.7") == {"31.71"}


# Adding, changing, deleting -----------------------------------------------------------------------------


def test_the_ministry_adds_a_province_target(client, ministry):
    sign_in(client, ministry)

    response = client.post(
        reverse("coverage_targets:add"), {"region": "32", "members": "1500"}, follow=True
    )

    target = CoverageTarget.objects.get()
    assert (target.province_id, target.regency_id, target.members) == ("32", None, 1500)
    assert target.updated_by == ministry
    assert "The target for Jawa Barat is 1500 members." in shown_messages(response)


def test_the_ministry_adds_a_regency_target_from_the_same_list(client, ministry):
    sign_in(client, ministry)
    form = client.get(reverse("coverage_targets:add")).content.decode()

    client.post(reverse("coverage_targets:add"), {"region": "32.73", "members": "120"})

    assert "32 · Jawa Barat (whole province)" in form and "32.73 · Kota Bandung" in form
    assert CoverageTarget.objects.get().regency_id == "32.73"


def test_adding_a_second_target_for_a_region_points_to_the_first(client, ministry, bandung):
    sign_in(client, ministry)

    response = client.post(reverse("coverage_targets:add"), {"region": "32.73", "members": "300"})

    assert response.status_code == 200
    assert "Kota Bandung already has a target of 120 members" in response.content.decode()
    assert targets() == {"32.73": 120}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"region": "32", "members": "0"}, "members"),
        ({"region": "32", "members": "-4"}, "members"),
        ({"region": "32", "members": "banyak"}, "members"),
        ({"region": "32", "members": ""}, "members"),
        ({"region": "99.99", "members": "10"}, "region"),
        ({"region": "", "members": "10"}, "region"),
    ],
)
def test_a_bad_form_says_what_is_wrong_and_saves_nothing(client, ministry, data, field):
    sign_in(client, ministry)

    response = client.post(reverse("coverage_targets:add"), data)

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not CoverageTarget.objects.exists()


def test_the_ministry_changes_a_target_but_not_its_region(client, ministry, trainer, bandung):
    CoverageTarget.objects.filter(pk=bandung.pk).update(updated_by=trainer)
    sign_in(client, ministry)

    response = client.post(
        reverse("coverage_targets:edit", args=[bandung.pk]),
        {"region": "32", "members": "150"},
        follow=True,
    )

    bandung.refresh_from_db()
    assert (bandung.regency_id, bandung.province_id, bandung.members) == ("32.73", None, 150)
    assert bandung.updated_by == ministry
    assert "The target for Kota Bandung is 150 members." in shown_messages(response)
    history = client.get(reverse("coverage_targets:history", args=[bandung.pk]))
    assert history.status_code == 200


def test_the_ministry_deletes_a_target(client, ministry, bandung):
    sign_in(client, ministry)

    response = client.post(reverse("coverage_targets:delete", args=[bandung.pk]), follow=True)

    assert not CoverageTarget.objects.exists()
    assert "Kota Bandung no longer has a coverage target." in shown_messages(response)
    assert ModelLogEntry.objects.latest("pk").action == "wagtail.delete"


# Importing a CSV file -----------------------------------------------------------------------------------


def test_the_preview_shows_every_line_and_its_change_and_writes_nothing(client, ministry, bandung):
    sign_in(client, ministry)

    response = upload(client, "code,name,members\n32,Jawa Barat,1500\n32.73,Kota Bandung,150\n")

    assert response.status_code == 200
    assert response.context["token"]
    html = response.content.decode()
    assert "Jawa Barat" in html and "Kota Bandung" in html
    assert "New target" in html and "Changed" in html and "(+30)" in html
    assert reverse("coverage_targets:import_confirm") in html
    assert targets() == {"32.73": 120}


def test_confirming_imports_the_previewed_targets_and_counts_them(client, ministry, bandung):
    sign_in(client, ministry)
    preview = upload(client, "code;members\n32;1500\n32.73;\n11.10;40\n31;\n")

    response = confirm(client, preview)

    assert response.redirect_chain[-1][0] == INDEX
    assert targets() == {"32": 1500, "11.10": 40}
    assert "Targets imported. New: 2 · changed: 0 · removed: 1 · unchanged: 1." in shown_messages(
        response
    )
    assert CoverageTarget.objects.get(province_id="32").updated_by == ministry


def test_confirming_twice_imports_nothing_twice(client, ministry, bandung):
    sign_in(client, ministry)
    preview = upload(client, "code,members\n32,1500\n32.73,150\n")
    confirm(client, preview)
    logged = log_count()
    CoverageTarget.objects.filter(province_id="32").update(members=1)

    again = confirm(client, preview)

    assert targets() == {"32": 1, "32.73": 150}
    assert log_count() == logged
    assert any("already imported" in message for message in shown_messages(again))


def test_a_made_up_token_imports_nothing(client, ministry, bandung):
    sign_in(client, ministry)
    upload(client, "code,members\n32,1500\n")

    response = client.post(
        reverse("coverage_targets:import_confirm"),
        {"token": "made-up", "rows": "32,999999"},
        follow=True,
    )

    assert targets() == {"32.73": 120}
    assert any("already imported" in message for message in shown_messages(response))


def test_a_token_from_another_session_imports_nothing(client, ministry, bandung):
    sign_in(client, ministry)
    preview = upload(client, "code,members\n32,1500\n")
    other = with_role(ProfileFactory().user, "Ministry")
    give_totp(other)
    sign_in(client, other)

    confirm(client, preview)

    assert targets() == {"32.73": 120}


def test_confirm_needs_a_post(client, ministry):
    sign_in(client, ministry)

    assert client.get(reverse("coverage_targets:import_confirm")).status_code == 405


def test_a_file_with_bad_rows_lists_every_error_and_cannot_be_confirmed(client, ministry, bandung):
    sign_in(client, ministry)

    response = upload(
        client, "code,members\n32,1500\n32.73,150\n99.99,10\n31,-5\n11.10,banyak\n32,1600\n"
    )

    assert response.status_code == 200
    assert response.context["token"] is None
    html = response.content.decode()
    for says in (
        "The file has 4 errors",
        "Unknown region code “99.99” on line 4.",
        "The target on line 5 is negative (-5).",
        "“banyak” on line 6 is not a whole number of members.",
        "Region 32 (Jawa Barat) is listed twice: on line 2 and on line 7.",
    ):
        assert says in html
    assert reverse("coverage_targets:import_confirm") not in html
    assert SESSION_KEY not in client.session or not client.session[SESSION_KEY]
    assert targets() == {"32.73": 120}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "The file is empty."),
        ("32.73,120\n", "Line 1 must be the header"),
        ("code,members\n" + "32,1\n" * 1001, "The file is too large"),
        (b"PK\x03\x04 an xlsx", "This is a spreadsheet file"),
    ],
)
def test_a_bad_file_is_refused_on_the_form_with_its_reason(client, ministry, content, says):
    sign_in(client, ministry)

    response = upload(client, content)

    assert response.status_code == 200
    assert says in response.content.decode()
    assert "token" not in response.context
    assert not CoverageTarget.objects.exists()


def test_a_file_that_changes_nothing_offers_nothing_to_confirm(client, ministry, bandung):
    sign_in(client, ministry)

    response = upload(client, "code,members\n32.73,120\n32.01,\n")

    assert response.context["token"] is None
    assert "there is nothing to import" in response.content.decode()


def test_warnings_are_shown_but_do_not_stop_the_import(client, ministry):
    sign_in(client, ministry)

    preview = upload(client, "code;name;members\n32.1;Kota Bogor;50\n")
    html = preview.content.decode()
    confirm(client, preview)

    assert "“32.1” was read as region code 32.10" in html
    assert "the name “Kota Bogor” is not the name of region 32.10" in html
    assert targets() == {"32.10": 50}


# Downloading --------------------------------------------------------------------------------------------


def test_the_download_lists_every_region_with_its_current_target(client, ministry, bandung):
    sign_in(client, ministry)

    response = client.get(reverse("coverage_targets:download"))

    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = download_rows(response)
    assert rows[0] == ["code", "name", "members"]
    assert len(rows) == 1 + 38 + 514
    assert ["32.73", "Kota Bandung", "120"] in rows
    assert ["32", "Jawa Barat", ""] in rows


def test_the_downloaded_file_uploaded_again_changes_nothing(client, ministry, bandung):
    sign_in(client, ministry)
    body = b"".join(client.get(reverse("coverage_targets:download")).streaming_content)

    preview = upload(client, body)

    assert preview.context["result"].is_valid
    assert preview.context["token"] is None
    assert targets() == {"32.73": 120}
