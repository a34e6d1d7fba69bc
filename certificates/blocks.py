"""Blocks of a certificate template: who signs it and which logos it carries."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class SignatoryBlock(blocks.StructBlock):
    """A person who signs the certificate: name, position, and an image of their signature."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    position = blocks.CharBlock(label=_("Position"), max_length=200)
    signature = ImageChooserBlock(label=_("Signature image"), required=False)

    class Meta:
        icon = "user"
        label = _("Signatory")


class LogoBlock(blocks.StructBlock):
    """A logo at the top of the certificate (e.g. the ministry's and the task force's)."""

    image = ImageChooserBlock(label=_("Logo"))
    alt = blocks.CharBlock(label=_("Organisation"), max_length=120)

    class Meta:
        icon = "image"
        label = _("Logo")
