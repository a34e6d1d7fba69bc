"""Who may author and who approves: page permissions and the review workflow, set up by a data migration.

Trainers add and edit pages under the course catalogue but cannot publish; publishing goes through the
"Ministry approval" workflow (a Wagtail GroupApprovalTask for the Ministry group), so a trainer's
"Submit for review" reaches the ministry, whose approval publishes. Revisions, preview, scheduled
publishing and locking are Wagtail's own.
"""

from __future__ import annotations

CATALOGUE_TITLE = "Katalog Kursus"
CATALOGUE_TITLE_EN = "Course catalogue"
CATALOGUE_SLUG = "kursus"
WORKFLOW_NAME = "Persetujuan Kementerian / Ministry approval"
TASK_NAME = "Tinjauan Kementerian / Ministry review"

PAGE_PERMISSIONS = {
    "Trainer": ["add_page", "change_page", "lock_page"],
    "Ministry": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
SNIPPET_PERMISSIONS = {
    "Trainer": [
        "add_regulation",
        "change_regulation",
        "view_regulation",
        "add_glossaryterm",
        "change_glossaryterm",
        "view_glossaryterm",
    ],
    "Ministry": [
        "add_regulation",
        "change_regulation",
        "delete_regulation",
        "view_regulation",
        "add_glossaryterm",
        "change_glossaryterm",
        "delete_glossaryterm",
        "view_glossaryterm",
    ],
}
