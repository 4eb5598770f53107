"""The committed catalogue is complete and every translation keeps the source's placeholders."""

from __future__ import annotations

from pathlib import Path

from catalogue_checks import EN_TS, PT_BR_TS, catalogue_problems, read_ts

_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _ts(path: Path, language: str, body: str) -> Path:
    path.write_text(
        f'{_HEADER}<TS version="2.1" language="{language}" sourcelanguage="en">\n'
        f"<context>\n    <name>Demo</name>\n{body}</context>\n</TS>\n",
        encoding="utf-8",
    )
    return path


def _single(source: str, translation: str, kind: str = "") -> str:
    attrs = f' type="{kind}"' if kind else ""
    return (
        f"    <message>\n        <source>{source}</source>\n"
        f"        <translation{attrs}>{translation}</translation>\n    </message>\n"
    )


def _plural(source: str, *forms: str, kind: str = "") -> str:
    attrs = f' type="{kind}"' if kind else ""
    lines = "".join(f"            <numerusform>{form}</numerusform>\n" for form in forms)
    return (
        f'    <message numerus="yes">\n        <source>{source}</source>\n'
        f"        <translation{attrs}>\n{lines}        </translation>\n    </message>\n"
    )


def test_every_pt_br_message_is_finished_and_keeps_its_placeholders() -> None:
    # Fails until every context is translated (issue 9: one branch per part of the window).
    problems = catalogue_problems(PT_BR_TS, EN_TS)
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_every_english_plural_has_its_two_forms() -> None:
    plurals = [m for m in read_ts(EN_TS) if m.numerus]
    assert plurals, "the catalogue has plural messages (%n day(s), …)"
    assert [m.label for m in plurals if len(m.forms) != 2 or not all(m.forms)] == []


def test_checker_finds_each_kind_of_mistake(tmp_path: Path) -> None:
    pt_br = _ts(
        tmp_path / "pt_BR.ts",
        "pt_BR",
        _single("Good morning", "Bom dia")
        + _single("Look up a chat", "", kind="unfinished")
        + _single("Close", "")
        + _single("Hello {name}", "Olá {nome}")
        + _single("&amp;Refresh", "Atualizar")
        + _single("Save &amp;&amp; close", "Salvar &amp;&amp; fechar")
        + _single("Open the chat now", "Open the chat now")
        + _plural("%Ln reaction(s)", "%Ln reação", "reações")
        + _plural("%n day(s)", "%n dia", "")
        + _plural("%n hour(s)", "%n hora", "%n horas"),
    )
    en = _ts(
        tmp_path / "en.ts",
        "en",
        _single("Good morning", "", kind="unfinished")
        + _plural("%n day(s)", "%n day", "%n days")
        + _plural("%n hour(s)", "", "", kind="unfinished")
        + _plural("%Ln reaction(s)", "%Ln reaction", "%n reactions"),
    )
    assert catalogue_problems(pt_br, en) == [
        "pt_BR Demo | 'Look up a chat': unfinished",
        "pt_BR Demo | 'Close': empty translation",
        "pt_BR Demo | 'Hello {name}': fields ['{nome}'] in 'Olá {nome}', source has ['{name}']",
        "pt_BR Demo | '&Refresh': 0 '&' mnemonic(s) in 'Atualizar', source has 1",
        "pt_BR Demo | 'Open the chat now': left in English",
        "pt_BR Demo | '%Ln reaction(s)': markers [] in 'reações', source has ['%Ln']",
        "pt_BR Demo | '%n day(s)': plural needs 2 non-empty forms, has ('%n dia', '')",
        "en Demo | '%n hour(s)': plural needs 2 non-empty forms, has ('', '')",
        "en Demo | '%Ln reaction(s)': markers ['%n'] in '%n reactions', source has ['%Ln']",
    ]


def test_allow_listed_text_may_stay_the_same(tmp_path: Path) -> None:
    pt_br = _ts(tmp_path / "pt_BR.ts", "pt_BR", _single("Wegly Chat Viewer", "Wegly Chat Viewer"))
    en = _ts(tmp_path / "en.ts", "en", "")
    assert catalogue_problems(pt_br, en) == ["pt_BR Demo | 'Wegly Chat Viewer': left in English"]
    assert catalogue_problems(pt_br, en, frozenset({("Demo", "Wegly Chat Viewer")})) == []
