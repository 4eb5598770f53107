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
    """README: 2 invalid input · 3 key rejected (401/403) · 4 not found · 5 network, timeout or
    server error · 6 response · 7 rate."""
    codes = {kind: info.exit_code for kind, info in ERROR_KINDS.items()}
    assert codes == {
        ErrorKind.INVALID_INPUT: 2,
        ErrorKind.AUTH: 3,
        ErrorKind.FORBIDDEN: 3,
        ErrorKind.NOT_FOUND: 4,
        ErrorKind.NETWORK: 5,
        ErrorKind.SERVER: 5,
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
        ErrorKind.FORBIDDEN: (False, True),
        ErrorKind.NOT_FOUND: (False, False),
        ErrorKind.NETWORK: (True, False),
        ErrorKind.SERVER: (True, False),
        ErrorKind.BAD_RESPONSE: (True, False),
        ErrorKind.RATE_LIMITED: (True, False),
    }


def test_titles_follow_the_glossary_in_both_languages() -> None:
    from speech import speak
    from wegly_viewer.core.i18n import tr

    english = {kind: info.title for kind, info in ERROR_KINDS.items()}
    assert english == {
        ErrorKind.INVALID_INPUT: "Cannot look this up",
        ErrorKind.AUTH: "API key rejected",
        ErrorKind.FORBIDDEN: "Key not allowed",
        ErrorKind.NOT_FOUND: "Chat not found",
        ErrorKind.NETWORK: "No connection to Wegly",
        ErrorKind.SERVER: "Wegly server error",
        ErrorKind.BAD_RESPONSE: "Invalid answer from the server",
        ErrorKind.RATE_LIMITED: "Too many requests",
    }
    speak("pt_BR")
    portuguese = {kind: tr("errors", info.title) for kind, info in ERROR_KINDS.items()}
    assert portuguese == {
        ErrorKind.INVALID_INPUT: "Não dá para consultar isso",
        ErrorKind.AUTH: "Chave da API recusada",
        ErrorKind.FORBIDDEN: "Chave sem permissão",
        ErrorKind.NOT_FOUND: "Chat não encontrado",
        ErrorKind.NETWORK: "Sem conexão com a Wegly",
        ErrorKind.SERVER: "Erro no servidor da Wegly",
        ErrorKind.BAD_RESPONSE: "Resposta inválida do servidor",
        ErrorKind.RATE_LIMITED: "Muitas consultas seguidas",
    }


def test_every_message_has_a_portuguese_translation_with_its_fields() -> None:
    import re

    from speech import speak
    from wegly_viewer.core.errors import MESSAGES, message

    speak("pt_BR")
    params = {
        "status": 500,
        "attempts": 3,
        "host": "h",
        "wait": "5 s",
        "limit_mb": 25,
        "problem": "p",
    }
    for message_id, source in MESSAGES.items():
        text = message(message_id, **params)
        assert text != source.replace("%n", "3").format(**params), message_id
        for name in re.findall(r"{(\w+)}", source):
            assert str(params[name]) in text, (message_id, name)


@pytest.mark.parametrize(
    ("attempts", "english", "portuguese"),
    [
        (1, "(1 attempt)", "(1 tentativa)"),
        (3, "(3 attempts)", "(3 tentativas)"),
    ],
)
def test_attempts_are_plurals(attempts: int, english: str, portuguese: str) -> None:
    from speech import speak
    from wegly_viewer.core.errors import message

    assert english in message("timeout", attempts=attempts)
    speak("pt_BR")
    assert portuguese in message("timeout", attempts=attempts)
