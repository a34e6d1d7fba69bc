"""allauth adapter: where people land after signing in, and what a new account starts with."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from allauth.account.adapter import DefaultAccountAdapter

from sigap.links import public_site, to_public_server

from .selectors import profile_is_complete
from .services import learner_register
from .validators import validate_email_length


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        return getattr(settings, "SIGAP_SIGNUP_OPEN", True)

    def clean_email(self, email: str) -> str:
        # allauth asks this of every address typed at sign-up, under "E-mail addresses" and for a password
        # reset; its fields accept 320 characters, the database keeps 254.
        validate_email_length(email)
        return super().clean_email(email)

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            learner_register(user=user)
        return user

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # Without django.contrib.sites allauth names the site after the request's Host header ("Hello from
        # 127.0.0.1:8000!"); its mails greet from Sigap and name the public host instead (sigap/links.py).
        super().send_mail(template_prefix, email, {**context, "current_site": public_site()})

    def render_mail(self, template_prefix, email, context, headers=None):
        # allauth builds a mail's links (verification, password reset, sign-up) from the request, whose Host
        # header the sender chose: they are made to point at PUBLIC_BASE_URL instead (sigap/links.py).
        message = super().render_mail(template_prefix, email, context, headers=headers)
        request = context.get("request")
        message.subject = to_public_server(message.subject, request)
        message.body = to_public_server(message.body, request)
        message.alternatives = [
            type(alternative)(to_public_server(alternative[0], request), *alternative[1:])
            for alternative in getattr(message, "alternatives", [])
        ]
        return message

    def get_login_redirect_url(self, request) -> str:
        # The task-force profile is asked for right after sign-up, and again until it is filled in.
        if not profile_is_complete(request.user):
            return reverse("accounts:profile")
        return super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request) -> str:
        return self.get_login_redirect_url(request)
