from django.contrib.auth.management import create_permissions
from django.db import migrations

from courses.authoring import (
    CATALOGUE_SLUG,
    CATALOGUE_TITLE,
    CATALOGUE_TITLE_EN,
    PAGE_PERMISSIONS,
    SNIPPET_PERMISSIONS,
    TASK_NAME,
    WORKFLOW_NAME,
)


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    HomePage = apps.get_model("sigap", "HomePage")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    courses_app = apps.get_app_config("courses")
    courses_app.models_module = True
    create_permissions(courses_app, apps=apps, verbosity=0)
    courses_app.models_module = None

    home = HomePage.objects.first()
    if home is None:
        return
    catalogue = CourseIndexPage.objects.first()
    if catalogue is None:
        content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="courseindexpage")
        catalogue = CourseIndexPage.objects.create(
            title=CATALOGUE_TITLE,
            draft_title=CATALOGUE_TITLE,
            title_en=CATALOGUE_TITLE_EN,
            intro="<p>Pilih kursus yang sesuai dengan tugas Anda di gugus tugas.</p>",
            intro_en="<p>Choose the courses that fit your role in the task force.</p>",
            slug=CATALOGUE_SLUG,
            content_type=content_type,
            path=f"{home.path}{home.numchild + 1:04d}",
            depth=home.depth + 1,
            numchild=0,
            url_path=f"{home.url_path}{CATALOGUE_SLUG}/",
            locale_id=home.locale_id,
            live=True,
        )
        home.numchild += 1
        home.save(update_fields=["numchild"])

    for group_name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=catalogue, permission=permission)
    for group_name, codenames in SNIPPET_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="courses", codename__in=codenames))

    # Wagtail's starter workflow ("Moderators approval" on the root) belonged to the removed Moderators group.
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(name="Moderators approval").delete()
    Workflow.objects.filter(name="Moderators approval").delete()

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME,
            active=True,
            content_type=ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0],
        )
    task.groups.add(Group.objects.get(name="Ministry"))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("sigap", "0002_home_page"),
        ("accounts", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
