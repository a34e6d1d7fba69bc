"""SQLite (FTS5): Wagtail's backend with the search's text cleaned and its double quotes doubled."""

from __future__ import annotations

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import Phrase, PlainText

from . import CleanQueryMixin


class FTS5StringsMixin(CleanQueryMixin):
    """Wagtail puts each word (and each phrase) between double quotes for FTS5; a double quote inside must
    be doubled there, or FTS5 reads the rest of the search as its own syntax."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(query.query_string.replace('"', '""'), query.operator, query.boost)
        elif isinstance(query, Phrase):
            query = Phrase(query.query_string.replace('"', '""'))
        return super().build_search_query_content(query, config=config)


class WholeEntryMixin:
    """modelsearch's SQLite backend names the fields a search is limited to (``fields=``, as every admin
    listing with ``search_fields`` asks) as columns of its FTS5 table, which has only ``title``, ``body`` and
    ``autocomplete``: such a search failed with "no such column: term" as soon as anything was indexed. On
    SQLite a search looks through the whole index entry of each object instead (PostgreSQL keeps the limit).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = None


class SQLiteSearchQueryCompiler(
    WholeEntryMixin, FTS5StringsMixin, sqlite.SQLiteSearchQueryCompiler
):
    pass


class SQLiteAutocompleteQueryCompiler(
    WholeEntryMixin, FTS5StringsMixin, sqlite.SQLiteAutocompleteQueryCompiler
):
    pass


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
