"""The lesson body: one shared StreamBlock of the blocks trainers write lessons with.

Every StructBlock carries its own template (courses/templates/courses/blocks/) and a preview value for the
admin's block previews (bakerydemo's base/blocks.py shape).
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    """A section heading inside a lesson (rendered one level below the lesson title)."""

    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        label = _("Heading")
        max_length = 120
        preview_value = "Tahap 1: Pengaduan dan identifikasi"


class CalloutBlock(blocks.StructBlock):
    """A boxed note, warning or principle that a learner should not miss."""

    kind = blocks.ChoiceBlock(
        choices=[("note", _("Note")), ("warning", _("Warning")), ("principle", _("Principle"))],
        default="note",
        label=_("Kind"),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout.html"
        label = _("Callout")
        preview_value = {
            "kind": "principle",
            "title": "Berpihak pada korban",
            "text": "<p>Hak dan pemulihan korban didahulukan.</p>",
        }


class CitationBlock(blocks.StructBlock):
    """The legal basis of a point: the regulation, the article, and what it means in plain words."""

    regulation = SnippetChooserBlock("courses.Regulation", label=_("Regulation"))
    article = blocks.CharBlock(
        label=_("Article"), max_length=80, help_text=_("e.g. Pasal 51 ayat (2)")
    )
    point = blocks.TextBlock(label=_("The point, in our words"))

    class Meta:
        icon = "openquote"
        template = "courses/blocks/citation.html"
        label = _("Regulation citation")


class CaseStudyBlock(blocks.StructBlock):
    """A short, fictional case that puts the lesson to work. Never real victim data."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    situation = blocks.RichTextBlock(label=_("Situation"), features=TEXT_FEATURES)
    discussion = blocks.RichTextBlock(label=_("Discussion"), features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/case_study.html"
        label = _("Case study")
        preview_value = {
            "title": "Kasus Rina",
            "situation": "<p>Rina baru dideportasi dari luar negeri.</p>",
        }


class ChecklistBlock(blocks.StructBlock):
    """Steps or checks a member can tick off in practice."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"))

    class Meta:
        icon = "tasks"
        template = "courses/blocks/checklist.html"
        label = _("Checklist")
        preview_value = {
            "title": "Sebelum wawancara",
            "items": ["Ruang tertutup", "Pendamping hadir"],
        }


class TakeawaysBlock(blocks.StructBlock):
    """The few things to remember from the lesson."""

    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Takeaway"), max_length=300), label=_("Takeaways")
    )

    class Meta:
        icon = "pick"
        template = "courses/blocks/takeaways.html"
        label = _("Key takeaways")
        preview_value = {"items": ["Persetujuan korban selalu diminta lebih dulu."]}


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text screen readers need (required)."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        label = _("Image")


class DocumentBlock(blocks.StructBlock):
    """A file to download, such as a form or the official text of a regulation."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=150, required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "courses/blocks/document.html"
        label = _("Document download")


class VideoBlock(blocks.StructBlock):
    """An embedded video. The transcript is required: many members learn on slow connections."""

    video = EmbedBlock(label=_("Video URL"))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        label = _("Video")


class GlossaryBlock(blocks.StructBlock):
    """A glossary term with its definition, shown where the lesson first uses it."""

    term = SnippetChooserBlock("courses.GlossaryTerm", label=_("Term"))

    class Meta:
        icon = "help"
        template = "courses/blocks/glossary.html"
        label = _("Glossary term")


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    """Questions and answers that open one at a time (details/summary: works without JavaScript)."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/faq.html"
        label = _("Accordion / FAQ")


class TableBlock(blocks.StructBlock):
    """A table with a caption (read out first by screen readers) and a header row."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    table = TypedTableBlock([("text", blocks.CharBlock(max_length=500))], label=_("Table"))

    class Meta:
        icon = "table"
        template = "courses/blocks/table.html"
        label = _("Table")


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers for themselves; the answer is private to them."""

    prompt = blocks.TextBlock(label=_("Question"))

    class Meta:
        icon = "edit"
        template = "courses/blocks/reflection.html"
        label = _("Reflection prompt")
        preview_value = {"prompt": "Apa yang akan Anda lakukan berbeda besok?"}


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Rich text"), features=TEXT_FEATURES, template="courses/blocks/text.html"
    )
    heading = HeadingBlock()
    callout = CalloutBlock()
    citation = CitationBlock()
    case_study = CaseStudyBlock()
    checklist = ChecklistBlock()
    takeaways = TakeawaysBlock()
    image = ImageBlock()
    document = DocumentBlock()
    video = VideoBlock()
    glossary = GlossaryBlock()
    faq = FaqBlock()
    table = TableBlock()
    reflection = ReflectionBlock()

    class Meta:
        min_num = 1
