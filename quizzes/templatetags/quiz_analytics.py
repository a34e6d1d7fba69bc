"""Number formats for the quiz analytics pages: one decimal for percentages, a dash for "no data"."""

from __future__ import annotations

from django import template
from django.template.defaultfilters import floatformat

register = template.Library()

NO_DATA = "—"


@register.filter
def percent(value) -> str:
    """66.666… → "66.7 %" (localised decimal mark); None → "—"."""
    if value is None:
        return NO_DATA
    return f"{floatformat(value, 1)} %"


@register.filter
def ratio(value) -> str:
    """A correlation or a normalised gain, two decimals; None → "—"."""
    if value is None:
        return NO_DATA
    return floatformat(value, 2)


@register.filter
def signed(value) -> str:
    """A difference in percentage points, with its sign: +12.5; None → "—"."""
    if value is None:
        return NO_DATA
    return ("+" if value > 0 else "") + floatformat(value, 1)
