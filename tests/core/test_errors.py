"""The error-kind table: one row per kind, read by the CLI, the banner and the key dialog."""

from __future__ import annotations

import pytest

from wegly_viewer.core.errors import ERROR_KINDS, ErrorKind, KindInfo, kind_table


def test_every_error_kind_has_a_row() -> None:
    for kind in ErrorKind:
        assert isinstance(ERROR_KINDS[kind], KindInfo), kind
    assert set(ERROR_KINDS) == set(ErrorKind)


def test_a_kind_without_a_row_is_refused() -> None:
    incomplete = {kind: info for kind, info in ERROR_KINDS.items() if kind is not ErrorKind.AUTH}
    with pytest.raises(ValueError, match="ErrorKind without a row in ERROR_KINDS: auth"):
        kind_table(incomplete)


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        ERROR_KINDS[ErrorKind.AUTH] = ERROR_KINDS[ErrorKind.NOT_FOUND]  # type: ignore[index]


def test_exit_codes_are_the_documented_ones() -> None:
    """README: 2 invalid input · 3 key rejected · 4 not found · 5 network · 6 response · 7 rate."""
    codes = {kind: info.exit_code for kind, info in ERROR_KINDS.items()}
    assert codes == {
        ErrorKind.INVALID_INPUT: 2,
        ErrorKind.AUTH: 3,
        ErrorKind.NOT_FOUND: 4,
        ErrorKind.NETWORK: 5,
        ErrorKind.BAD_RESPONSE: 6,
        ErrorKind.RATE_LIMITED: 7,
    }


def test_next_steps_per_kind() -> None:
    steps = {
        kind: (info.offers_retry, info.offers_change_key) for kind, info in ERROR_KINDS.items()
    }
    assert steps == {
        ErrorKind.INVALID_INPUT: (False, False),
        ErrorKind.AUTH: (False, True),
        ErrorKind.NOT_FOUND: (False, False),
        ErrorKind.NETWORK: (True, False),
        ErrorKind.BAD_RESPONSE: (True, False),
        ErrorKind.RATE_LIMITED: (True, False),
    }
