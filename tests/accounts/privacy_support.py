"""Steps the privacy tests share: confirming the password again, and downloading a member's data."""

from __future__ import annotations

import json

from django.urls import reverse

from tests.accounts.factories import PASSWORD


def reauthenticate(client, password: str = PASSWORD):
    """Confirm the password on allauth's page, as the member does before downloading their data."""
    return client.post(reverse("account_reauthenticate"), {"password": password})


def download(client) -> dict:
    """The signed-in member's data file, parsed (after confirming their password)."""
    reauthenticate(client)
    response = client.get(reverse("accounts:data_download"))
    assert response.status_code == 200, response
    return json.loads(response.content)
