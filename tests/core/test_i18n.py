"""Core's Qt-free catalogue: the same .ts the GUI compiles, read by the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from fixed_time import SAO_PAULO_TZ
from speech import speak
from wegly_viewer.core import i18n
from wegly_viewer.core.formatting import (
    birth_text,
    format_duration,
    format_number,
    format_seconds,
    local_time,
    relative_time,
)
from wegly_viewer.core.i18n import Catalogue

NOON = datetime(2026, 12, 1, 21, 5, tzinfo=UTC)


def test_brazilian_formats(pt_br: None, set_tz: Callable[[str], None]) -> None:
    set_tz(SAO_PAULO_TZ)
    assert format_number(10000) == "10.000"
    assert local_time(NOON) == "01/12/2026 18:05"
    assert birth_text(date(1985, 3, 14), date(2026, 12, 1)) == "14/03/1985 (41 anos)"
    assert relative_time(NOON - timedelta(minutes=3), NOON) == "há 3 min"
    assert relative_time(NOON - timedelta(days=2), NOON) == "há 2 dias"
    assert relative_time(NOON - timedelta(days=1), NOON) == "há 1 dia"
    assert relative_time(NOON + timedelta(hours=2, minutes=10), NOON) == "em 2 h 10 min"
    assert format_seconds(185) == "3 min 5 s"


def test_english_formats(set_tz: Callable[[str], None]) -> None:
    set_tz(SAO_PAULO_TZ)
    assert format_number(10000) == "10,000"
    assert local_time(NOON) == "Dec 1, 2026 6:05 PM"
    assert birth_text(date(1985, 3, 14), date(2026, 12, 1)) == "Mar 14, 1985 (41 years)"
    assert relative_time(NOON - timedelta(days=1), NOON) == "1 day ago"
    assert format_duration(timedelta(days=2, hours=4)) == "2 days 4 h"


def test_plural_rules_follow_qt() -> None:
    # Qt's Brazilian rule: 0 and 1 take the singular; English: only 1.
    assert [i18n.plural_index("pt_BR", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [i18n.plural_index("en", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_catalogue_reads_singles_plurals_and_skips_unfinished_empty(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>c</name>
    <message>
        <source>Copy &amp; paste</source>
        <translation>Copiar &amp; colar</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reação</numerusform>
            <numerusform>%Ln reações</numerusform>
        </translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    catalogue = Catalogue.load("pt_BR", ts)
    i18n.install("pt_BR", catalogue.translate)
    assert i18n.tr("c", "Copy & paste") == "Copiar & colar"
    assert i18n.tr("c", "Empty") == "Empty"
    assert i18n.tr("c", "%Ln reaction(s)", None, 1) == "1 reação"
    assert i18n.tr("c", "%Ln reaction(s)", None, 12000) == "12.000 reações"
    assert i18n.tr("c", "unknown") == "unknown"


def test_a_missing_or_broken_catalogue_speaks_english(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    for path in (tmp_path / "missing.ts", broken):
        catalogue = Catalogue.load("pt_BR", path)
        assert catalogue.translate("time", "just now") == "just now"


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_the_committed_catalogue_is_found(language: str) -> None:
    speak(language)  # type: ignore[arg-type]
    assert i18n.current_language() == language
    assert i18n.ts_path(language) is not None  # type: ignore[arg-type]
