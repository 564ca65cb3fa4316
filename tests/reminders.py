"""A reminder as the renderer gets it (the Nordlys shop, two lines, one of them hostile), for
the tests that render one: what is in the email, how it reads, how it lays out."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from kurv.core.model import Line, Variant
from kurv.core.render import Reminder
from kurv.core.shops import Shop
from kurv_tools.measure.samples import NORDLYS

EXPIRES_AT = int(datetime(2026, 12, 18, 12, 0, tzinfo=UTC).timestamp())
EXPIRY = {
    "en": "December 18, 2026",
    "da": "18. december 2026",
    "sv": "18 december 2026",
    "nb": "18. desember 2026",
    "fi": "18. joulukuuta 2026",
    "de": "18. Dezember 2026",
    "it": "venerdì 18 dicembre 2026",  # with its weekday: "fino a venerdì 18 ..."
}
NBSP = "\xa0"
RESTORE = "https://kurv.example/r/restore-token"
UNSUBSCRIBE = "https://kurv.example/u/unsubscribe-token"


def shop(**overrides: Any) -> Shop:
    return Shop.model_validate({**NORDLYS, **overrides})


def reminder(language: str, variant: Variant = Variant.FIRST, **overrides: Any) -> Reminder:
    values: dict[str, Any] = {
        "shop": shop(),
        "language": language,
        "babel_locale": language,
        "variant": variant,
        "lines": (
            Line(
                "Blå kop",
                2,
                Decimal("617.25"),
                "https://img.example/kop.jpg",
                "https://nordlys.example/kop",
            ),
            Line("<script>alert(1)</script>", 1, Decimal("10")),
        ),
        "currency": "EUR",
        "restore_url": RESTORE,
        "unsubscribe_url": UNSUBSCRIBE,
        "kept_until": EXPIRES_AT,
        "first_name": "Ada",
    }
    return Reminder(**{**values, **overrides})
