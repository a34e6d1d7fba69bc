"""Development mail: printed to the console and written to a file in EMAIL_FILE_PATH (var/mail/ by default)."""

from django.conf import settings
from django.core.mail.backends.console import EmailBackend as ConsoleBackend
from django.core.mail.backends.filebased import EmailBackend as FileBackend


class ConsoleAndFileEmailBackend(ConsoleBackend):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.file_backend = FileBackend(
            file_path=settings.EMAIL_FILE_PATH, fail_silently=self.fail_silently
        )

    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        self.file_backend.send_messages(email_messages)
        return sent
