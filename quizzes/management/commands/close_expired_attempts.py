"""Submit quiz attempts whose time limit has passed, so analytics and completion see them.

Members who come back are caught up anyway (every quiz view closes their own expired attempt first); this
command closes the attempts of those who never return. Run it every few minutes beside publish_scheduled.
"""

from django.core.management.base import BaseCommand

from quizzes.services import attempts_close_expired


class Command(BaseCommand):
    help = "Submit quiz attempts whose time limit has passed."

    def handle(self, *args, **options):
        closed = attempts_close_expired()
        self.stdout.write(f"Closed {closed} expired attempt(s).")
