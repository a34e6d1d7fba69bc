"""Loading the official list of provinces and regencies/cities shipped in accounts/data/wilayah/.

Used by the data migration and by ``manage.py load_regions``; running it again changes nothing unless the
files changed (a renamed regency is updated in place, so profiles keep pointing at it).
"""

from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data" / "wilayah"


def read_rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_regions(province_model, regency_model) -> tuple[int, int]:
    """Create or update every province and regency; returns how many rows were created."""
    created_provinces = created_regencies = 0
    for row in read_rows("provinces.csv"):
        _obj, created = province_model.objects.update_or_create(
            code=row["code"], defaults={"name": row["name"]}
        )
        created_provinces += created
    for row in read_rows("regencies.csv"):
        _obj, created = regency_model.objects.update_or_create(
            code=row["code"], defaults={"name": row["name"], "province_id": row["province_code"]}
        )
        created_regencies += created
    return created_provinces, created_regencies
