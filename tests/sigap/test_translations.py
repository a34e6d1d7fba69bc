"""Both catalogues are complete: the test run fails when a user-facing string lacks a translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from sigap.catalogues import LANGUAGES, catalogue_path, incomplete_entries

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    "manage.py",
    "sigap",
    "accounts",
    "courses",
    "quizzes",
    "certificates",
    "coverage",
    "site",
    "locale",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_in_the_committed_catalogue_is_translated(language):
    assert incomplete_entries(catalogue_path(language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    po = {e.msgid: e.msgstr for e in polib.pofile(str(catalogue_path(language))) if not e.obsolete}
    mo = {e.msgid: e.msgstr for e in polib.mofile(str(catalogue_path(language).with_suffix(".mo")))}

    assert po == {k: v for k, v in mo.items() if k}, "run `make messages` to recompile"


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext is installed by `make test`"
)
def test_every_string_in_the_code_is_in_both_catalogues(tmp_path):
    """Extract the strings afresh (in a copy of the sources) and look for any without a translation."""
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
            )
        else:
            shutil.copy2(source, tmp_path / name)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "id",
            "-l",
            "en",
            "--no-obsolete",
            "--verbosity",
            "0",
        ],
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "sigap.settings.test",
            "PYTHONPATH": str(tmp_path),
        },
        check=True,
        timeout=120,
    )

    for language in LANGUAGES:
        missing = incomplete_entries(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po")
        assert missing == [], (
            f"locale/{language} lacks translations for {missing}; run `make messages`"
        )
