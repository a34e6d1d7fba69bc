"""Turn the demo course data (this package) into snippets and published pages. Idempotent."""

from __future__ import annotations

import importlib
import uuid

from django.db import transaction

from ..models import CourseIndexPage, CoursePage, GlossaryTerm, LessonPage, ModulePage, Regulation
from .glossary import TERMS
from .regulations import REGULATIONS

COURSE_MODULES = ["course_sop_8_2021", "course_community_2_2024", "course_victim_centred"]
ISSUERS = {"permen-pppa-8-2021": "PPPA", "permen-pppa-2-2024": "PPPA", "permen-pppa-4-2018": "PPPA"}
SHORT_NAMES = {"palermo-protocol": "Protokol Palermo"}


def seed_regulations() -> dict[str, Regulation]:
    by_key: dict[str, Regulation] = {}
    for item in REGULATIONS:
        regulation, _created = Regulation.objects.update_or_create(
            kind=item["kind"],
            issuer=ISSUERS.get(item["key"], ""),
            number=item["number"],
            year=item["year"],
            defaults={
                "title_id": item["title_id"],
                "title_en": item["title_en"],
                "status": item["status"],
                "short_name": SHORT_NAMES.get(item["key"], ""),
            },
        )
        by_key[item["key"]] = regulation
    for item in REGULATIONS:
        by_key[item["key"]].amended_by.set([by_key[key] for key in item["amended_by"]])
    return by_key


def seed_glossary() -> dict[str, GlossaryTerm]:
    terms = {}
    for item in TERMS:
        term, _created = GlossaryTerm.objects.update_or_create(
            term=item["term"],
            defaults={"gloss_en": item["gloss_en"], "definition": item["definition"]},
        )
        terms[item["term"]] = term
    return terms


def stream_value(body, *, regulations, terms) -> list[dict]:
    """The data format of courses/demo/__init__.py → StreamField raw data."""
    blocks = []
    for block_type, value in body:
        if block_type == "citation":
            value = {**value, "regulation": regulations[value["regulation"]].pk}
        elif block_type == "glossary":
            value = {"term": terms[value].pk}
        elif block_type == "takeaways":
            value = {"items": list(value)}
        elif block_type == "reflection":
            value = {"prompt": value}
        elif block_type == "faq":
            value = {"title": "", "items": list(value)}
        elif block_type == "table":
            value = {
                "caption": value["caption"],
                "table": {
                    "columns": [
                        {"type": "text", "heading": heading} for heading in value["header"]
                    ],
                    "rows": [{"values": list(row)} for row in value["rows"]],
                    "caption": "",
                },
            }
        blocks.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return blocks


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def seed_courses() -> list[CoursePage]:
    regulations = seed_regulations()
    terms = seed_glossary()
    catalogue = CourseIndexPage.objects.get()
    seeded = []
    for module_name in COURSE_MODULES:
        data = importlib.import_module(f"courses.demo.{module_name}").COURSE
        existing = CoursePage.objects.child_of(catalogue).filter(slug=data["slug"]).first()
        if existing is not None:
            seeded.append(existing)
            continue
        course = CoursePage(
            title=data["title"],
            slug=data["slug"],
            title_en=data["title_en"],
            summary=data["summary"],
            summary_en=data["summary_en"],
            audience_agencies=data.get("audience_agencies", []),
            audience_levels=data.get("audience_levels", []),
            objectives="\n".join(data["objectives"]),
            objectives_en="\n".join(data.get("objectives_en", [])),
            estimated_minutes=data["estimated_minutes"],
        )
        course.regulations = [regulations[key] for key in data["regulations"]]
        _publish(catalogue, course)
        for module_data in data["modules"]:
            module = _publish(
                course,
                ModulePage(
                    title=module_data["title"],
                    slug=module_data["slug"],
                    title_en=module_data["title_en"],
                ),
            )
            for lesson in module_data["lessons"]:
                _publish(
                    module,
                    LessonPage(
                        title=lesson["title"],
                        slug=lesson["slug"],
                        title_en=lesson["title_en"],
                        summary_en=lesson["summary_en"],
                        estimated_minutes=lesson["minutes"],
                        required=lesson["required"],
                        body=stream_value(lesson["body"], regulations=regulations, terms=terms),
                    ),
                )
        seeded.append(course)
    return seeded
