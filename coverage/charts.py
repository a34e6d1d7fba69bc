"""The dashboard's pictures, drawn on the server as SVG: no map tiles, no CDN, no script.

The functions here only compute geometry (in whole pixels: a number formatted for Indonesian, "420,5",
is no SVG length) and colours; the templates (coverage/templates/coverage/charts/)
write the SVG, so every label is escaped by Django. Each picture is shown beside a table that carries the
same figures, for screen readers and for anyone who prefers numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .selectors import MonthCount, Row

# A tile-grid map: each province is one square, placed roughly where it lies (column, row), west to east
# and north to south, with a short label. The 38 provinces of Kemendagri's 2022 list (accounts/data/wilayah).
TILES: dict[str, tuple[int, int, str]] = {
    "11": (0, 0, "ACEH"),
    "12": (1, 1, "SUMUT"),
    "21": (3, 1, "KEPRI"),
    "65": (7, 1, "KALTARA"),
    "71": (10, 1, "SULUT"),
    "82": (12, 1, "MALUT"),
    "13": (1, 2, "SUMBAR"),
    "14": (2, 2, "RIAU"),
    "61": (6, 2, "KALBAR"),
    "64": (7, 2, "KALTIM"),
    "75": (10, 2, "GTLO"),
    "96": (13, 2, "PBD"),
    "92": (14, 2, "PABAR"),
    "15": (2, 3, "JAMBI"),
    "19": (4, 3, "BABEL"),
    "62": (6, 3, "KALTENG"),
    "63": (7, 3, "KALSEL"),
    "72": (9, 3, "SULTENG"),
    "81": (12, 3, "MALUKU"),
    "94": (14, 3, "PATENG"),
    "91": (15, 3, "PAPUA"),
    "17": (1, 4, "BKL"),
    "16": (2, 4, "SUMSEL"),
    "76": (8, 4, "SULBAR"),
    "73": (9, 4, "SULSEL"),
    "74": (10, 4, "SULTRA"),
    "95": (15, 4, "PAPEG"),
    "18": (2, 5, "LAMPUNG"),
    "36": (3, 6, "BANTEN"),
    "31": (4, 6, "DKI"),
    "32": (5, 6, "JABAR"),
    "33": (6, 6, "JATENG"),
    "35": (7, 6, "JATIM"),
    "51": (8, 6, "BALI"),
    "52": (9, 6, "NTB"),
    "53": (10, 6, "NTT"),
    "93": (15, 6, "PASEL"),
    "34": (6, 7, "DIY"),
}
TILE = 58
GAP = 4
MAP_COLUMNS = 16
MAP_ROWS = 8


@dataclass(frozen=True)
class Band:
    """A range of coverage with its colour (a colour-blind-safe sequential scale) and the label's colour."""

    low: float | None  # None: no target
    fill: str
    ink: str
    label: str


NO_TARGET = Band(None, "#e9ecef", "#1b1f24", gettext_lazy("No target"))
BANDS = [
    Band(0, "#ffffcc", "#1b1f24", gettext_lazy("under 25%")),
    Band(25, "#a1dab4", "#1b1f24", gettext_lazy("25–49%")),
    Band(50, "#41b6c4", "#1b1f24", gettext_lazy("50–74%")),
    Band(75, "#2c7fb8", "#ffffff", gettext_lazy("75–99%")),
    # xgettext:no-python-format
    Band(100, "#253494", "#ffffff", gettext_lazy("100% or more")),
]


def band_for(coverage: float | None) -> Band:
    if coverage is None:
        return NO_TARGET
    band = BANDS[0]
    for candidate in BANDS:
        if coverage >= candidate.low:
            band = candidate
    return band


def percent(value: float | None) -> str:
    return "—" if value is None else f"{number_format(value, 0)}%"


@dataclass
class Tile:
    code: str
    label: str
    name: str
    x: int
    y: int
    band: Band
    coverage: str
    description: str
    href: str


@dataclass
class TileMap:
    width: int
    height: int
    tile: int
    tiles: list[Tile]
    bands: list[Band]


def tile_map(rows: list[Row], href_for) -> TileMap:
    """The provinces of ``rows`` (the national table) coloured by coverage; ``href_for(code)`` links each."""
    tiles = []
    for row in rows:
        column, line, label = TILES[row.code]
        tiles.append(
            Tile(
                code=row.code,
                label=label,
                name=row.name,
                x=column * (TILE + GAP),
                y=line * (TILE + GAP),
                band=band_for(row.coverage),
                coverage=percent(row.coverage) if row.coverage is not None else "",
                description=_("%(name)s: %(coverage)s of the target, %(certified)s certified")
                % {
                    "name": row.name,
                    "coverage": percent(row.coverage),
                    "certified": number_format(row.counts.certified, force_grouping=True),
                },
                href=href_for(row.code),
            )
        )
    return TileMap(
        width=MAP_COLUMNS * (TILE + GAP),
        height=MAP_ROWS * (TILE + GAP),
        tile=TILE,
        tiles=tiles,
        bands=[*BANDS, NO_TARGET],
    )


@dataclass
class Bar:
    label: str
    y: int
    width: int
    target_x: int | None
    value: str


@dataclass
class BarChart:
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: list[Bar]
    plot_width: int


BAR_LABEL_WIDTH = 210
BAR_PLOT_WIDTH = 420
BAR_HEIGHT = 18
BAR_STEP = 24


def _certified(row: Row) -> int:
    """The certified members the bar shows: against a target, those that count toward it (as coverage
    does); without one, all of them."""
    return row.certified_in_target if row.target else row.counts.certified


def bar_chart(rows: list[Row]) -> BarChart:
    """Certified members per row, with a tick where the row's target lies."""
    scale_max = max([1, *(_certified(row) for row in rows), *(row.target or 0 for row in rows)])
    bars = []
    for index, row in enumerate(rows):
        value = number_format(_certified(row), force_grouping=True)
        if row.target:
            value = _("%(certified)s of %(target)s") % {
                "certified": value,
                "target": number_format(row.target, force_grouping=True),
            }
        bars.append(
            Bar(
                label=row.name,
                y=index * BAR_STEP,
                width=round(BAR_PLOT_WIDTH * _certified(row) / scale_max),
                target_x=(
                    BAR_LABEL_WIDTH + round(BAR_PLOT_WIDTH * row.target / scale_max)
                    if row.target
                    else None
                ),
                value=value,
            )
        )
    return BarChart(
        width=BAR_LABEL_WIDTH + BAR_PLOT_WIDTH + 130,
        height=max(1, len(rows)) * BAR_STEP,
        label_width=BAR_LABEL_WIDTH,
        bar_height=BAR_HEIGHT,
        bars=bars,
        plot_width=BAR_PLOT_WIDTH,
    )


@dataclass
class Column:
    x: int
    y: int
    height: int
    label: str
    title: str
    value: int
    show_label: bool


@dataclass
class ColumnChart:
    width: int
    height: int
    plot_bottom: int
    column_width: int
    columns: list[Column]
    scale_max: int


COLUMN_STEP = 44
COLUMN_WIDTH = 30
COLUMN_PLOT_HEIGHT = 140
COLUMN_MARGIN = 6  # room for the first and last labels, which are centred under their columns
COLUMN_TOP = 16  # room for the tallest column's figure above it


def month_chart(months: list[MonthCount]) -> ColumnChart:
    """Completions per month as columns; with many months only every third is labelled."""
    scale_max = max([1, *(month.completions for month in months)])
    every = 1 if len(months) <= 18 else 3
    columns = []
    for index, month in enumerate(months):
        height = round(COLUMN_PLOT_HEIGHT * month.completions / scale_max)
        columns.append(
            Column(
                x=COLUMN_MARGIN + index * COLUMN_STEP,
                y=COLUMN_TOP + COLUMN_PLOT_HEIGHT - height,
                height=height,
                label=date_format(month.month, "M y"),
                title=f"{date_format(month.month, 'F Y')}: {month.completions}",
                value=month.completions,
                show_label=index % every == 0,
            )
        )
    return ColumnChart(
        width=2 * COLUMN_MARGIN + max(1, len(months)) * COLUMN_STEP,
        height=COLUMN_TOP + COLUMN_PLOT_HEIGHT + 24,
        plot_bottom=COLUMN_TOP + COLUMN_PLOT_HEIGHT,
        column_width=COLUMN_WIDTH,
        columns=columns,
        scale_max=scale_max,
    )
