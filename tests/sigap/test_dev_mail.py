from django.core.mail import EmailMessage

from sigap.mail import ConsoleAndFileEmailBackend


def test_development_mail_is_printed_and_written_to_the_mail_folder(settings, tmp_path, capsys):
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    backend = ConsoleAndFileEmailBackend()

    backend.send_messages(
        [
            EmailMessage(
                "Verifikasi", "https://sigap/accounts/confirm-email/abc/", to=["a@example.org"]
            )
        ]
    )

    assert "confirm-email/abc" in capsys.readouterr().out
    files = list((tmp_path / "mail").iterdir())
    assert len(files) == 1
    assert "confirm-email/abc" in files[0].read_text()
