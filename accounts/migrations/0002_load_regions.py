from django.db import migrations

from accounts.regions import load_regions


def forwards(apps, schema_editor):
    load_regions(apps.get_model("accounts", "Province"), apps.get_model("accounts", "Regency"))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
