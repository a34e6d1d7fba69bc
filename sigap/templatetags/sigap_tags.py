from django import template

from sigap.translation import translated_value

register = template.Library()


@register.simple_tag
def translated(value, key):
    """``{% translated value "title" %}``: the English ``title_en`` when English is active and filled in."""
    return translated_value(value, key)
