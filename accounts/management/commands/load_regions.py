from django.core.management.base import BaseCommand

from accounts.models import Province, Regency
from accounts.regions import load_regions


class Command(BaseCommand):
    help = "Load or refresh Indonesia's provinces and regencies/cities from accounts/data/wilayah/ (idempotent)."

    def handle(self, *args, **options):
        provinces, regencies = load_regions(Province, Regency)
        self.stdout.write(
            f"Regions: {Province.objects.count()} provinces, {Regency.objects.count()} regencies/cities "
            f"({provinces} and {regencies} new)."
        )
