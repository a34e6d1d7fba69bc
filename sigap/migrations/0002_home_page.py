import json

from django.db import migrations

from sigap.home_content import HEADING_EN, HIGHLIGHTS, INTRO, INTRO_EN, TITLE


def forwards(apps, schema_editor):
    """Replace Wagtail's "Welcome" page with Sigap's home page and let the Ministry edit it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("sigap", "HomePage")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(app_label="sigap", model="homepage")
    locale = Locale.objects.get_or_create(language_code="id")[0]
    home = HomePage.objects.create(
        title=TITLE,
        heading_en=HEADING_EN,
        intro=INTRO,
        intro_en=INTRO_EN,
        highlights=json.dumps([{"type": "highlight", "value": value} for value in HIGHLIGHTS]),
        draft_title=TITLE,
        slug="home",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
    )
    root.numchild = 1
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Sigap"},
    )
    ministry = Group.objects.get(name="Ministry")
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=ministry,
            page=home,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("sigap", "0001_initial"),
        ("accounts", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
