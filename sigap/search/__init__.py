"""Sigap's search backend: Wagtail's database backend, with whatever anyone types taken as words to look for.

Wagtail's SQLite backend hands the words to SQLite's full-text engine (FTS5) inside double quotes without
doubling a double quote in them, so a search for ``"`` or ``a"b`` fails with "unterminated string" (a server
error) on the catalogue and in every admin search (wagtail/wagtail#13227, open). PostgreSQL refuses a NUL
character in any query. Here every search's text is cleaned once, in the query compiler that the site's
``.search()`` and all of Wagtail's admin searches and choosers go through: control characters (NUL among
them) are dropped, the text is cut to a sensible length, and on SQLite each double quote is doubled, which is
how FTS5 writes a literal one (https://www.sqlite.org/fts5.html#fts5_strings). Words such as AND, OR, NOT and
NEAR, and the characters ``* ( ) - ^ :``, were already inside quotes and so are plain words to FTS5.

Configured in WAGTAILSEARCH_BACKENDS (sigap/settings/base.py); like Wagtail's, it picks the implementation
for the database in use.
"""

from __future__ import annotations

import re
import unicodedata

from django.db import connection

from modelsearch.backends import database
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

#: Longer searches are cut: no one types more to find a course or a page, and each word is one more
#: condition for the database to check.
MAX_QUERY_CHARS = 200
MAX_WORDS = 20
WORD = re.compile(r"\w")


def clean_text(text: str) -> str:
    """The words of ``text``: no control characters, no "words" without a letter or digit (a lone ``"``,
    ``-`` or ``(`` finds nothing and only trips the backends), at most MAX_WORDS in MAX_QUERY_CHARS."""
    text = "".join(
        " " if unicodedata.category(char) == "Cc" else char for char in text[:MAX_QUERY_CHARS]
    )
    return " ".join([word for word in text.split() if WORD.search(word)][:MAX_WORDS])


def clean_query(query):
    """The same search query with the text of each part cleaned (``clean_text``); None if no words remain."""
    if isinstance(query, PlainText):
        text = clean_text(query.query_string)
        return PlainText(text, query.operator, query.boost) if text else None
    if isinstance(query, Phrase):
        text = clean_text(query.query_string)
        return Phrase(text) if text else None
    if isinstance(query, Fuzzy):
        text = clean_text(query.query_string)
        return Fuzzy(text, query.operator, query.unaccent) if text else None
    if isinstance(query, (And, Or)):
        parts = [part for part in map(clean_query, query.subqueries) if part is not None]
        return type(query)(parts) if parts else None
    if isinstance(query, Not):
        part = clean_query(query.subquery)
        return Not(part) if part is not None else None
    if isinstance(query, Boost):
        part = clean_query(query.subquery)
        return Boost(part, query.boost) if part is not None else None
    return query


class CleanQueryMixin:
    """For a query compiler: the search's text is cleaned before any backend builds SQL from it, and a
    search with no words left finds nothing (Wagtail's backends would build an invalid query from it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cleaned = clean_query(self.query)
        self.finds_nothing = cleaned is None
        self.query = PlainText("") if cleaned is None else cleaned

    def search(self, config, start, stop, *args, **kwargs):
        if self.finds_nothing:
            return self.queryset.none()
        return super().search(config, start, stop, *args, **kwargs)


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    if connection.vendor == "postgresql":
        from .postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    # USE_SQLITE_FTS is set by the call above: SQLite's full-text index exists and is in use.
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        from .sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    return backend
