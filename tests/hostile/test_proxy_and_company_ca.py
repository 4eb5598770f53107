"""``wegly-lookup`` from an office: through an HTTPS_PROXY (CONNECT) and trusting the
company's CA (SSL_CERT_FILE or the profile's certificate file); TLS failures say which."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_cli import assert_one_clean_line, run_cli
from hostile_server import CHAT_ID, chat
from office_network import API_HOST, Certificates, ConnectProxy, TlsApi, make_certificates


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("office-ca"))


@pytest.fixture
def api(certificates: Certificates) -> Iterator[TlsApi]:
    server = TlsApi(certificates, chat(contact_name="Cliente do Escritório"))
    yield server
    server.close()


@pytest.fixture
def proxy(api: TlsApi) -> Iterator[ConnectProxy]:
    tunnel = ConnectProxy(api.port)
    yield tunnel
    tunnel.close()


def base_url(api: TlsApi, host: str = API_HOST) -> str:
    return f"https://{host}:{api.port}"


def test_lookup_works_through_an_https_proxy_with_the_company_ca(
    api: TlsApi, proxy: ConnectProxy, certificates: Certificates, api_token: str
) -> None:
    env = {"HTTPS_PROXY": proxy.url, "SSL_CERT_FILE": str(certificates.ca)}
    run = run_cli(CHAT_ID, "--base-url", base_url(api), token=api_token, env=env)

    assert run.code == 0, run.err
    assert "Cliente do Escritório" in run.out
    assert proxy.tunnels == [f"{API_HOST}:{api.port}"]  # the name went to the proxy, not DNS
    assert proxy.requests == []  # the key travelled inside the tunnel only
    assert api.headers[0]["authorization"] == f"Bearer {api_token}"


def test_lowercase_proxy_variable_and_profile_certificate_file(
    api: TlsApi, proxy: ConnectProxy, certificates: Certificates, api_token: str, tmp_path: Path
) -> None:
    config = tmp_path / "wegly-chat-viewer"
    config.mkdir()
    profile = {"base_url": base_url(api), "ca_bundle": str(certificates.ca)}
    (config / "settings.json").write_text(
        json.dumps({"version": 1, "profiles": {"default": profile}}), encoding="utf-8"
    )
    env = {"https_proxy": proxy.url, "XDG_CONFIG_HOME": str(tmp_path)}
    run = run_cli(CHAT_ID, token=api_token, env=env)

    assert run.code == 0, run.err
    assert proxy.tunnels == [f"{API_HOST}:{api.port}"]


def test_no_proxy_sends_the_host_direct(
    api: TlsApi, proxy: ConnectProxy, certificates: Certificates, api_token: str
) -> None:
    """NO_PROXY names the host: it is not tunnelled (and no DNS knows it: no connection)."""
    env = {
        "HTTPS_PROXY": proxy.url,
        "NO_PROXY": "localhost,.wegly.test",
        "SSL_CERT_FILE": str(certificates.ca),
    }
    run = run_cli(CHAT_ID, "--base-url", base_url(api), "--timeout", "2", token=api_token, env=env)

    assert_one_clean_line(run, 5, api_token)
    assert f"No connection to {API_HOST}" in run.err
    assert proxy.tunnels == []


def test_without_the_company_ca_the_message_says_what_to_do(
    api: TlsApi, proxy: ConnectProxy, api_token: str
) -> None:
    run = run_cli(
        CHAT_ID, "--base-url", base_url(api), token=api_token, env={"HTTPS_PROXY": proxy.url}
    )

    assert_one_clean_line(run, 5, api_token)
    assert f"The security certificate of {API_HOST} comes from an authority" in run.err
    assert "SSL_CERT_FILE" in run.err
    assert api.headers == []  # nothing was sent


def test_a_certificate_for_another_name_is_named_as_such(
    api: TlsApi, proxy: ConnectProxy, certificates: Certificates, api_token: str
) -> None:
    env = {"HTTPS_PROXY": proxy.url, "SSL_CERT_FILE": str(certificates.ca)}
    run = run_cli(
        CHAT_ID, "--base-url", base_url(api, "other.wegly.test"), token=api_token, env=env
    )

    assert_one_clean_line(run, 5, api_token)
    assert "is not the one of other.wegly.test" in run.err
    assert api.headers == []


def test_a_missing_certificate_file_is_exit_2(api_token: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.pem"
    run = run_cli(CHAT_ID, token=api_token, env={"SSL_CERT_FILE": str(missing)})

    assert_one_clean_line(run, 2, api_token)
    assert f"The extra certificate file {missing} could not be read" in run.err


def test_an_invalid_proxy_address_is_exit_2(api_token: str) -> None:
    run = run_cli(CHAT_ID, token=api_token, env={"HTTPS_PROXY": "http://[::1"})

    assert_one_clean_line(run, 2, api_token)
    assert "The proxy address in HTTPS_PROXY" in run.err
