"""PostgreSQL: Wagtail's backend with the search's text cleaned (no NUL, which PostgreSQL refuses)."""

from __future__ import annotations

from modelsearch.backends.database.postgres import postgres

from . import CleanQueryMixin


class PostgresSearchQueryCompiler(CleanQueryMixin, postgres.PostgresSearchQueryCompiler):
    pass


class PostgresAutocompleteQueryCompiler(
    CleanQueryMixin, postgres.PostgresAutocompleteQueryCompiler
):
    pass


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = PostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
