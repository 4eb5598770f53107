"""Pulling one chat UUID out of whatever a support person pastes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wegly_viewer.core.chat_id import (
    MAX_INPUT_CHARS,
    extract_chat_id,
    is_chat_id,
    looks_like_chat_id,
)
from wegly_viewer.core.errors import ErrorKind, WeglyError

UUID = "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"
OTHER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMifQ.abc_DEF-123"


@pytest.mark.parametrize(
    "text",
    [
        UUID,
        UUID.upper(),
        "3F2b8C1e-4D5a-4B6c-9E7f-0A1b2C3d4E5f",
        "{" + UUID.upper() + "}",
        f"urn:uuid:{UUID}",
        f"   {UUID}   ",
        f"\n\t{UUID}\r\n",
        f"https://app.wegly.com.br/chats/{UUID}",
        f"https://app.wegly.com.br/chats/{UUID.upper()}/messages?tab=info",
        f"https://app.wegly.com.br/inbox?chat_id={UUID}&tab=crm",
        f"Oi, pode ver o chat {UUID}? O cliente reclamou.",
        f'{{"event": "chat.updated", "chat_id": "{UUID}"}}',
        f"[2026-11-25 10:00:00] ERROR chat={UUID} status=500",
        UUID.replace("-", ""),
        UUID.replace("-", "").upper(),
        "{" + UUID.replace("-", "") + "}",
        f"  {UUID.replace('-', '')}\n",
    ],
)
def test_extracts_and_normalises(text: str) -> None:
    assert extract_chat_id(text) == UUID


def test_same_uuid_twice_in_different_case_is_one_chat() -> None:
    text = f"https://app.wegly.com.br/chats/{UUID} (chat {UUID.upper()})"
    assert extract_chat_id(text) == UUID


def test_two_different_uuids_are_refused() -> None:
    with pytest.raises(WeglyError) as caught:
        extract_chat_id(f"{UUID} {OTHER}")
    assert caught.value.kind is ErrorKind.INVALID_INPUT
    assert caught.value.message_id == "many_uuids"
    assert "several different chat IDs" in caught.value.user_message


@pytest.mark.parametrize(
    "text",
    [
        f"https://app.wegly.com.br/companies/{OTHER}/chats/{UUID}",
        f"https://app.wegly.com.br/companies/{OTHER}/chats/{UUID}/timeline",
        f"https://app.wegly.com.br/companies/{OTHER}/inbox?chat_id={UUID}",
        f"company {OTHER}, chat: {UUID}",
    ],
)
def test_chat_hint_picks_the_chat_among_several_uuids(text: str) -> None:
    assert extract_chat_id(text) == UUID


def test_two_hinted_uuids_are_still_ambiguous() -> None:
    with pytest.raises(WeglyError) as caught:
        extract_chat_id(f"chats/{UUID} chats/{OTHER}")
    assert caught.value.message_id == "many_uuids"


@pytest.mark.parametrize(
    ("text", "message_id"),
    [
        ("", "empty_input"),
        ("   ", "empty_input"),
        ("\n\t \r\n", "empty_input"),
        ("12345", "no_uuid"),
        ("../../etc/passwd", "no_uuid"),
        ("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "no_uuid"),  # 36 chars, not hex
        ("3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5g", "no_uuid"),
        (UUID + "ab", "no_uuid"),  # glued to more hex digits
        ("ab" + UUID, "no_uuid"),
        (UUID + "-0000", "no_uuid"),
        ("3f2b8c1e4d5a4b6c9e7f0a1b2c3d4e5f0", "no_uuid"),  # 33 hex digits
        ("3f2b8c1e4d5a4b6c9e7f0a1b2c3d4e5", "no_uuid"),  # 31 hex digits
        ("3f2b8c1e-4d5a-4b6c-9e7f0a1b2c3d4e5f", "no_uuid"),  # a dash missing
        (f"chat {UUID.replace('-', '')} please", "no_uuid"),  # compact only as a whole token
    ],
)
def test_invalid_input(text: str, message_id: str) -> None:
    with pytest.raises(WeglyError) as caught:
        extract_chat_id(text)
    assert caught.value.kind is ErrorKind.INVALID_INPUT
    assert caught.value.message_id == message_id
    assert caught.value.status is None


def test_no_uuid_message_shows_an_example_id() -> None:
    with pytest.raises(WeglyError) as caught:
        extract_chat_id("12345")
    assert "No chat ID found" in str(caught.value)
    assert "12345" not in str(caught.value)


def test_uuid_beyond_the_input_cap_is_not_read() -> None:
    assert extract_chat_id(" " * (MAX_INPUT_CHARS - 40) + UUID) == UUID
    with pytest.raises(WeglyError) as caught:
        extract_chat_id("x" * MAX_INPUT_CHARS + UUID)
    assert caught.value.message_id == "no_uuid"


@pytest.mark.parametrize(
    "text",
    [
        JWT,
        f"Bearer {JWT}",
        f"{JWT} {UUID}",
        f"https://app.wegly.com.br/chats/{UUID}?token={JWT}",
        f"{UUID}\n{JWT}",
    ],
)
def test_api_key_is_refused_without_being_echoed(text: str) -> None:
    with pytest.raises(WeglyError) as caught:
        extract_chat_id(text)
    err = caught.value
    assert err.kind is ErrorKind.INVALID_INPUT
    assert err.message_id == "looks_like_key"
    assert "API key" in err.user_message
    for shown in (str(err), err.detail, err.user_message, repr(err), str(err.params)):
        assert JWT not in shown
        assert "eyJ" not in shown
        assert "abc_DEF-123" not in shown


def test_is_chat_id_accepts_only_the_normalised_form() -> None:
    assert is_chat_id(UUID)
    assert not is_chat_id(UUID.upper())
    assert not is_chat_id(UUID.replace("-", ""))
    assert not is_chat_id("{" + UUID + "}")
    assert not is_chat_id(f" {UUID}")
    assert not is_chat_id("")


# --- property ---------------------------------------------------------------------------------

PIECES = st.one_of(
    st.text(max_size=12),
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: u.hex),
    st.sampled_from(
        [
            "chats/",
            "?chat_id=",
            "{",
            "}",
            "urn:uuid:",
            " ",
            "\n",
            "-",
            "https://app.wegly.com.br/",
            "abc",
            "0",
            "eyJ",
            UUID,
            JWT,
        ]
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(PIECES, max_size=6).map("".join)))
def test_any_text_gives_a_contained_chat_id_or_invalid_input(text: str) -> None:
    refused: WeglyError | None = None
    try:
        found = extract_chat_id(text)
    except WeglyError as err:
        refused = err
    if refused is not None:
        assert refused.kind is ErrorKind.INVALID_INPUT
        assert refused.message_id in {"empty_input", "no_uuid", "many_uuids", "looks_like_key"}
        return
    assert is_chat_id(found)
    lowered = text.lower()
    assert found in lowered or found.replace("-", "") in lowered


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f", True),
        ("https://app.wegly.com.br/chats/3F2B8C1E-4D5A-4B6C-9E7F-0A1B2C3D4E5F", True),
        ("{3f2b8c1e4d5a4b6c9e7f0a1b2c3d4e5f}", True),
        ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", False),  # a key
        ("not a key either", False),
        ("", False),
    ],
)
def test_what_was_pasted_as_a_key_looks_like_a_chat_id(pasted: str, expected: bool) -> None:
    assert looks_like_chat_id(pasted) is expected
