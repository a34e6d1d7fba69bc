"""Remind members whose certificates end within 30 days (once per certificate). Run it daily."""

from django.core.management.base import BaseCommand

from certificates.tasks import send_expiry_reminders


class Command(BaseCommand):
    help = "E-mail members whose certificates end within 30 days (each certificate once)."

    def handle(self, *args, **options):
        send_expiry_reminders.enqueue()
        self.stdout.write("Expiry reminders enqueued.")
