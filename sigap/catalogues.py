"""Keeping the two translation catalogues (locale/id and locale/en) complete.

Source strings are written in English. The Indonesian catalogue translates every one; the English catalogue
carries each string as its own translation, so that "complete" means the same for both and a missing entry
shows up in either. ``make messages`` runs makemessages, then ``fill-english`` and ``compile`` from here;
tests/sigap/test_translations.py fails when either catalogue lacks a translation.

    python -m sigap.catalogues fill-english   # copy msgid to msgstr in locale/en where empty
    python -m sigap.catalogues compile        # write the .mo files (no GNU gettext needed)
    python -m sigap.catalogues check          # list untranslated or fuzzy entries; exit 1 if any
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("id", "en")


def catalogue_path(language: str, domain: str = "django") -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po"


def incomplete_entries(path: Path) -> list[str]:
    """msgids that are untranslated or fuzzy in the catalogue at ``path``."""
    catalogue = polib.pofile(str(path))
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        translated = all(entry.msgstr_plural.values()) if entry.msgid_plural else bool(entry.msgstr)
        if entry.fuzzy or not translated:
            missing.append(entry.msgid)
    return missing


def fill_english() -> int:
    path = catalogue_path("en")
    catalogue = polib.pofile(str(path))
    filled = 0
    for entry in catalogue:
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = None
            entry.previous_msgid_plural = None
            entry.msgstr = ""
            entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                filled += 1
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
            filled += 1
    catalogue.save()
    return filled


def compile_all() -> None:
    for language in LANGUAGES:
        path = catalogue_path(language)
        polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "fill-english":
        print(f"locale/en: {fill_english()} entries filled")
    elif command == "compile":
        compile_all()
    elif command == "check":
        problems = {lang: incomplete_entries(catalogue_path(lang)) for lang in LANGUAGES}
        for lang, missing in problems.items():
            for msgid in missing:
                print(f"locale/{lang}: untranslated or fuzzy: {msgid!r}")
        return 1 if any(problems.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
