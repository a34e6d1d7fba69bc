"""Looking up an id too large for its column finds nothing, instead of failing in the database.

An address or a filter can carry any number of digits (/learn/courses/99999999999999999999/enrol/,
?course=99999999999999999999). Django 5 already answers "no such row" for such a number in an integer
field's own lookups (``IntegerFieldOverflow``, Django ticket #27397), but not through a relation, nor in an
``in`` list: a course page's id is its ``page_ptr`` (a one-to-one field to Wagtail's ``Page``), and Wagtail's
admin filters read ids through relations and ``pk__in``. There SQLite raises OverflowError ("Python int too
large to convert to SQLite INTEGER") and PostgreSQL a DataError, and the visitor gets a 500.

So the lookups Django registers for relations (``exact``, ``in``) and integer fields (``in``) are replaced here,
through Django's own mechanism for custom lookups (https://docs.djangoproject.com/en/5.2/howto/custom-lookups/),
by versions that first drop the numbers the column cannot hold, using the same per-column ranges as Django
(``connection.ops.integer_field_range``: 32 bits for Wagtail's ``AutoField`` ids on PostgreSQL, 64 on SQLite).
A page, snippet, viewset or form that looks such an id up then gets "does not exist": a 404 for a path, "no
such choice" for a filter, for Sigap's views and Wagtail's alike, with no view having to think of it.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet, FieldError
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In


def _range(lookup, connection) -> tuple[int | None, int | None] | None:
    """The values the column behind ``lookup`` can hold, or None if it holds no integers."""
    field = getattr(lookup.lhs, "output_field", None)
    # Through relations (a foreign key to a page's page_ptr, itself a link to Page.id) to the column at the end.
    try:
        while field is not None and field.is_relation:
            field = field.target_field
    except FieldError:  # a relation over several columns: no single range to check
        return None
    if field is None:
        return None
    return connection.ops.integer_field_ranges.get(field.get_internal_type())


def _holds(value, bounds: tuple[int | None, int | None]) -> bool:
    if not isinstance(value, int) or isinstance(value, bool):
        return True  # not a number: the column's own preparation decides
    low, high = bounds
    return (low is None or value >= low) and (high is None or value <= high)


class InRangeRelatedExact(RelatedExact):
    def process_rhs(self, compiler, connection):
        bounds = _range(self, connection)
        if bounds is not None and not _holds(self.rhs, bounds):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class _InRangeIn:
    """For ``in`` lists: the values the column cannot hold are left out (all of them: nothing matches)."""

    def process_rhs(self, compiler, connection):
        bounds = _range(self, connection)
        if bounds is not None and self.rhs_is_direct_value():
            self.rhs = [value for value in self.rhs if _holds(value, bounds)]
        return super().process_rhs(compiler, connection)


class InRangeRelatedIn(_InRangeIn, RelatedIn):
    pass


class InRangeIntegerIn(_InRangeIn, In):
    pass


def install() -> None:
    """Register the lookups (called once, from ``SigapConfig.ready``)."""
    ForeignObject.register_lookup(InRangeRelatedExact)
    ForeignObject.register_lookup(InRangeRelatedIn)
    IntegerField.register_lookup(InRangeIntegerIn)
