"""``wegly-lookup`` speaks pt-BR or English from the same catalogue as the window.

In-process through ``cli.main`` with the fixed clock (the composition's seam), the demo server and
São Paulo time, so every line of the summary is a literal here. The language comes from
``--lang``, else the saved setting, else ``LANG``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from fixed_time import NOW, SAO_PAULO_TZ
from wegly_viewer import cli
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.devserver import DEMO_CHAT_IDS, ERROR_CHAT_IDS, ContractServer

OPEN_ID = DEMO_CHAT_IDS["open_reactions"]

SUMMARY_PT = """\
Maria Aparecida Souza (WhatsApp: Maria Souza 🌻) · +55 11 98765-4321
Chat:                   d0000000-0000-4000-8000-000000000001
Situação:               aberto · individual
Prioridade:             alta
Não lidas:              3 mensagens não lidas
Atribuído a:            Ana Beatriz Lima
Linha:                  +55 11 4003-9876
Janela de 24 h:         aberta, fecha em 5 h (25/11/2026 19:00)
Última mensagem:        Recebida, de Maria Aparecida Souza, Lida, Texto, 24/11/2026 19:00, há 19 h
  <b>Oi</b> tudo bem? <script>alert(1)</script> 😀 Gostaria de saber o prazo de entrega do pedido nº 10.482, por favor.
  7 reações: 👍🏽 3  ❤️ 2  👨‍👩‍👧 1  🇧🇷 1
    👍🏽 Maria Aparecida Souza (Cliente)
    ❤️ Ana Beatriz Lima (Atendente)
    👍🏽 Carlos Eduardo Santos (Atendente)
    👨‍👩‍👧 Rafael Oliveira (Atendente)
    🇧🇷 Juliana Ferreira (Atendente)
    ❤️ Patrícia Gonçalves (Atendente)
    👍🏽 Bruno Araújo (Atendente)
Cadastro no CRM:        Maria Aparecida Souza
  Nascimento: 14/03/1985 (41 anos)
  CPF: ***.456.789-**
  CNPJ: **.345.678/****-**
  RG: ••••••••••-9
  Telefone: +55 11 98765-4321 (principal)
  E-mail: maria.souza@exemplo.com.br
  Endereço: Avenida Paulista, 1578 - Apto 82, Bloco B, Bela Vista, São Paulo/SP, CEP 01310-200
  Observações: Cliente desde 2019. Prefere contato pelo WhatsApp à tarde; não ligar antes das 10h.
Participantes:          6 (Ana Beatriz Lima, Carlos Eduardo Santos, Rafael Oliveira, Juliana Ferreira, Patrícia Gonçalves, Bruno Araújo)
Atendentes disponíveis: 6 (ausente: 2, offline: 1, online: 3)
Origens do lead:        1
"""

SUMMARY_EN = """\
Maria Aparecida Souza (WhatsApp: Maria Souza 🌻) · +55 11 98765-4321
Chat:              d0000000-0000-4000-8000-000000000001
Status:            open · individual
Priority:          high
Unread:            3 unread messages
Assigned to:       Ana Beatriz Lima
Line:              +55 11 4003-9876
24 h window:       open, closes in 5 h (Nov 25, 2026 7:00 PM)
Last message:      Received, from Maria Aparecida Souza, Read, Text, Nov 24, 2026 7:00 PM, 19 h ago
  <b>Oi</b> tudo bem? <script>alert(1)</script> 😀 Gostaria de saber o prazo de entrega do pedido nº 10.482, por favor.
  7 reactions: 👍🏽 3  ❤️ 2  👨‍👩‍👧 1  🇧🇷 1
    👍🏽 Maria Aparecida Souza (Customer)
    ❤️ Ana Beatriz Lima (Agent)
    👍🏽 Carlos Eduardo Santos (Agent)
    👨‍👩‍👧 Rafael Oliveira (Agent)
    🇧🇷 Juliana Ferreira (Agent)
    ❤️ Patrícia Gonçalves (Agent)
    👍🏽 Bruno Araújo (Agent)
CRM record:        Maria Aparecida Souza
  Birth date: Mar 14, 1985 (41 years)
  CPF: ***.456.789-**
  CNPJ: **.345.678/****-**
  RG: ••••••••••-9
  Phone: +55 11 98765-4321 (main)
  E-mail: maria.souza@exemplo.com.br
  Address: Avenida Paulista, 1578 - Apto 82, Bloco B, Bela Vista, São Paulo/SP, CEP 01310-200
  Notes: Cliente desde 2019. Prefere contato pelo WhatsApp à tarde; não ligar antes das 10h.
Participants:      6 (Ana Beatriz Lima, Carlos Eduardo Santos, Rafael Oliveira, Juliana Ferreira, Patrícia Gonçalves, Bruno Araújo)
Assignable agents: 6 (away: 2, offline: 1, online: 3)
Lead sources:      1
"""


@pytest.fixture
def locale_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, set_tz: Callable[[str], None]
) -> Callable[[str], None]:
    """Sets ``LANG`` (and nothing else that names a language); settings in a temp folder."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "WEGLY_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    set_tz(SAO_PAULO_TZ)
    return lambda lang: monkeypatch.setenv("LANG", lang)


def lookup(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args), clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    return code, out, err


def save_language(tmp_path: Path, language: str) -> None:
    folder = tmp_path / "wegly-chat-viewer"
    folder.mkdir(exist_ok=True)
    (folder / "settings.json").write_text(
        json.dumps({"version": 1, "language": language}), encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("lang", "expected"), [("pt_BR.UTF-8", SUMMARY_PT), ("en_US.UTF-8", SUMMARY_EN)]
)
def test_summary_line_by_line(
    capsys: pytest.CaptureFixture[str], locale_env: Callable[[str], None], lang: str, expected: str
) -> None:
    locale_env(lang)
    code, out, err = lookup(capsys, OPEN_ID, "--demo")
    assert (code, err) == (0, "")
    assert out.splitlines() == expected.splitlines()


def test_lang_flag_beats_the_locale(
    capsys: pytest.CaptureFixture[str], locale_env: Callable[[str], None]
) -> None:
    locale_env("pt_BR.UTF-8")
    code, out, _ = lookup(capsys, OPEN_ID, "--demo", "--lang", "en")
    assert code == 0
    assert out.splitlines() == SUMMARY_EN.splitlines()
    code, out, _ = lookup(capsys, "--lang=pt_BR", OPEN_ID, "--demo")
    assert out.splitlines() == SUMMARY_PT.splitlines()


def test_saved_language_beats_the_locale_and_the_flag_beats_it(
    capsys: pytest.CaptureFixture[str], locale_env: Callable[[str], None], tmp_path: Path
) -> None:
    locale_env("en_US.UTF-8")
    save_language(tmp_path, "pt_BR")
    _, out, _ = lookup(capsys, OPEN_ID, "--demo")
    assert out.splitlines() == SUMMARY_PT.splitlines()
    _, out, _ = lookup(capsys, OPEN_ID, "--demo", "--lang", "en")
    assert out.splitlines() == SUMMARY_EN.splitlines()
    save_language(tmp_path, "system")
    _, out, _ = lookup(capsys, OPEN_ID, "--demo")
    assert out.splitlines() == SUMMARY_EN.splitlines()


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "pt_BR.UTF-8",
            [
                "uso: wegly-lookup [-h] [--lang {pt_BR,en}] [--json] [--base-url URL]",
                "Consulta um chat da Wegly pelo ID (ou por um link ou texto que o contenha).",
                "argumentos:",
                "opções:",
                "  -h, --help          mostra esta ajuda e sai",
                "  --version           mostra a versão e sai",
                "Códigos de saída:",
                "  3  chave da API recusada ou sem permissão",
                "  5  sem conexão, ou erro no servidor da Wegly",
            ],
        ),
        (
            "en_US.UTF-8",
            [
                "usage: wegly-lookup [-h] [--lang {pt_BR,en}] [--json] [--base-url URL]",
                "Look up a Wegly chat by its ID (or a link or text that contains it).",
                "arguments:",
                "options:",
                "  -h, --help         show this help and exit",
                "  --version          show the version and exit",
                "Exit codes:",
                "  3  API key rejected or not allowed",
                "  5  no connection, or Wegly server error",
            ],
        ),
    ],
)
def test_help_in_both_languages(
    capsys: pytest.CaptureFixture[str],
    locale_env: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    lines: list[str],
) -> None:
    locale_env(lang)
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out.splitlines()
    for line in lines:
        assert line in out
    english = {"usage:", "options:", "show this help message and exit", "positional arguments:"}
    if lang.startswith("pt"):
        assert not any(word in "\n".join(out) for word in english)


@pytest.mark.parametrize(
    ("lang", "argv", "expected"),
    [
        ("pt_BR.UTF-8", [], "wegly-lookup: falta informar: CHAT (veja --help)\n"),
        ("en_US.UTF-8", [], "wegly-lookup: missing: CHAT (see --help)\n"),
        (
            "pt_BR.UTF-8",
            ["--timeout", "abc", OPEN_ID],
            "wegly-lookup: --timeout: não é um número: 'abc' (veja --help)\n",
        ),
        (
            "pt_BR.UTF-8",
            ["--lang", "fr", OPEN_ID],
            "wegly-lookup: --lang: 'fr' não é uma das opções 'pt_BR', 'en' (veja --help)\n",
        ),
        (
            "pt_BR.UTF-8",
            [OPEN_ID, "--bogus"],
            "wegly-lookup: argumentos desconhecidos: --bogus (veja --help)\n",
        ),
    ],
)
def test_usage_errors_in_both_languages(
    capsys: pytest.CaptureFixture[str],
    locale_env: Callable[[str], None],
    lang: str,
    argv: list[str],
    expected: str,
) -> None:
    locale_env(lang)
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().err == expected


@pytest.mark.parametrize(
    ("name", "code", "pt", "en"),
    [
        (
            "unauthorized",
            3,
            "wegly-lookup: A Wegly recusou a chave da API (erro 401): ela expirou, foi revogada ou "
            "foi copiada errada. Crie uma chave nova na Wegly (Configurações → Integrações → "
            "Gerenciar chaves) e salve-a de novo.\n",
            "wegly-lookup: Wegly refused the API key (error 401): it has expired, was revoked or "
            "was copied wrong. Create a new key in Wegly (Configurações → Integrações → Gerenciar "
            "chaves) and save it again.\n",
        ),
        (
            "forbidden_domain",
            3,
            "wegly-lookup: A Wegly reconhece a chave da API, mas não permite o uso dela aqui (erro "
            "403): a chave está restrita a um domínio permitido ou não tem permissão para ler "
            'chats. Se a chave tem um domínio permitido, informe esse domínio em "Trocar chave da '
            'API…" → "Domínio permitido" (wegly-lookup: --origin); se não, peça uma chave que '
            "possa ler chats.\n",
            "wegly-lookup: Wegly knows the API key but does not allow it here (error 403): the key "
            "is restricted to an allowed domain, or has no permission to read chats. If the key "
            'has an allowed domain, enter that domain under "Change API key…" → "Allowed domain" '
            "(wegly-lookup: --origin); otherwise ask for a key that may read chats.\n",
        ),
        (
            "server_error",
            5,
            "wegly-lookup: A Wegly foi alcançada, mas não conseguiu responder (erro 500, 1 "
            "tentativa). O problema é do lado da Wegly; tente de novo em alguns minutos.\n",
            "wegly-lookup: Wegly was reached but failed to answer (error 500, 1 attempt). The "
            "problem is on Wegly's side; try again in a few minutes.\n",
        ),
    ],
)
def test_errors_in_both_languages(
    capsys: pytest.CaptureFixture[str],
    locale_env: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    server: ContractServer,
    api_token: str,
    name: str,
    code: int,
    pt: str,
    en: str,
) -> None:
    monkeypatch.setenv("WEGLY_TOKEN", api_token)
    for lang, expected in (("pt_BR.UTF-8", pt), ("en_US.UTF-8", en)):
        locale_env(lang)
        got = lookup(capsys, ERROR_CHAT_IDS[name], "--base-url", server.url)
        assert got == (code, "", expected)


def test_no_connection_in_both_languages(
    capsys: pytest.CaptureFixture[str],
    locale_env: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    api_token: str,
) -> None:
    with ContractServer(clock=FixedClock(NOW)) as gone:
        url = gone.url
    host = url.split("//", 1)[1].split(":", 1)[0]
    monkeypatch.setenv("WEGLY_TOKEN", api_token)
    locale_env("pt_BR.UTF-8")
    got = lookup(capsys, OPEN_ID, "--base-url", url, "--timeout", "1")
    assert got == (
        5,
        "",
        f"wegly-lookup: Sem conexão com {host}. Verifique a conexão com a internet ou o proxy e "
        "tente de novo.\n",
    )
    locale_env("en_US.UTF-8")
    got = lookup(capsys, OPEN_ID, "--base-url", url, "--timeout", "1")
    assert got == (
        5,
        "",
        f"wegly-lookup: No connection to {host}. Check the internet connection or the proxy and "
        "try again.\n",
    )


def test_partial_data_warnings_are_sentences_in_words(
    capsys: pytest.CaptureFixture[str],
    locale_env: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    server: ContractServer,
    api_token: str,
) -> None:
    chat_id = "5e1ec7ed-0000-4000-8000-00000000d0c5"
    server.set_chat(
        {
            "id": chat_id,
            "contact_name": "Zé",
            "unread_count": "many",
            "crm_person": {"name": "Zé", "documents": ["not a document", {"label": "CPF"}]},
        }
    )
    monkeypatch.setenv("WEGLY_TOKEN", api_token)
    locale_env("pt_BR.UTF-8")
    code, out, err = lookup(capsys, chat_id, "--base-url", server.url)
    assert code == 0
    assert sorted(err.splitlines()) == [
        "wegly-lookup: aviso: Documento 1 do CRM não pôde ser lido.",
        "wegly-lookup: aviso: O número de mensagens não lidas não pôde ser lido.",
    ]
    assert "Não lidas:" in out
    # The glossary's words for "nobody assigned", as on the window's tabs.
    assigned = [line for line in out.splitlines() if line.startswith("Atribuído a:")]
    assert [line.split(":", 1)[1].strip() for line in assigned] == ["sem atendente"]
    locale_env("en_US.UTF-8")
    code, _, err = lookup(capsys, chat_id, "--base-url", server.url)
    assert sorted(err.splitlines()) == [
        "wegly-lookup: warning: CRM document 1 could not be read.",
        "wegly-lookup: warning: The number of unread messages could not be read.",
    ]
    assert "valid" not in err  # pydantic's words stay out


def test_wegly_viewer_help_speaks_the_chosen_language(tmp_path: Path) -> None:
    """``wegly-viewer --help`` from the same catalogue, without starting Qt."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="pt_BR.UTF-8", COLUMNS="80", XDG_CONFIG_HOME=str(tmp_path))
    command = [sys.executable, "-m", "wegly_viewer", "--help"]
    out = subprocess.run(command, capture_output=True, env=env, check=True).stdout.decode()
    lines = out.splitlines()
    assert lines[0].startswith("uso: wegly-viewer [-h]")
    assert "opções:" in lines
    assert "  -h, --help            mostra esta ajuda e sai" in lines
    assert "  --demo                usa o servidor de demonstração embutido" in lines
    out = subprocess.run([*command, "--lang", "en"], capture_output=True, env=env, check=True)
    assert out.stdout.decode().splitlines()[0].startswith("usage: wegly-viewer [-h]")


def test_wegly_viewer_help_loads_no_qt_httpx_or_pydantic(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom wegly_viewer.__main__ import main\ntry:\n    main(['--help'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('httpx', 'pydantic', 'keyring', 'PySide6')\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
    env = {**os.environ, "LANG": "pt_BR.UTF-8", "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
    assert done.stderr.decode().strip() == "[]"
    assert done.stdout.decode().startswith("uso: wegly-viewer")
