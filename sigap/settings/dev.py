"""Development: `make run`. SQLite, mail printed to the console and written to var/mail/."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "sigap.mail.ConsoleAndFileEmailBackend")
(BASE_DIR / "var").mkdir(exist_ok=True)
