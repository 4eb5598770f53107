"""The shared TLS context still verifies: after it is cached (warm), a lookup through the office
proxy trusts the company CA it was built with and nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_server import CHAT_ID, chat
from office_network import API_HOST, Certificates, ConnectProxy, TlsApi, make_certificates

from wegly_viewer.core.client import ChatClient
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.errors import WeglyError


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("company-ca"))


@pytest.fixture(scope="module")
def stranger(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """Another CA, nobody's: a server with its certificate must be refused."""
    return make_certificates(tmp_path_factory.mktemp("stranger-ca"))


def serve(certificates: Certificates) -> tuple[TlsApi, ConnectProxy]:
    api = TlsApi(certificates, chat(contact_name="Cliente do Escritório"))
    return api, ConnectProxy(api.port)


@pytest.fixture
def office(company: Certificates, monkeypatch: pytest.MonkeyPatch) -> Iterator[TlsApi]:
    api, proxy = serve(company)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)  # api.wegly.test is reached through it only
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    yield api
    proxy.close()
    api.close()


def look_up(api: TlsApi, clock: FixedClock, ca_bundle: Path | None) -> str | None:
    client = ChatClient(
        f"https://{API_HOST}:{api.port}",
        "key",
        timeout=5.0,
        max_retries=0,
        ca_bundle=str(ca_bundle) if ca_bundle is not None else None,
        clock=clock,
    )
    with client:
        return client.get_chat(CHAT_ID).model.contact_name


def test_a_warm_context_verifies_and_refuses_what_it_does_not_trust(
    office: TlsApi,
    company: Certificates,
    stranger: Certificates,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert look_up(office, clock, company.ca) == "Cliente do Escritório"
    assert look_up(office, clock, company.ca) == "Cliente do Escritório"  # cached context

    # Without the company CA the same server is refused, cache or not.
    for _ in range(2):
        with pytest.raises(WeglyError) as untrusted:
            look_up(office, clock, None)
        assert untrusted.value.message_id == "tls_untrusted"

    # A server whose certificate comes from another CA is refused by the warm company context.
    other_api, other_proxy = serve(stranger)
    monkeypatch.setenv("HTTPS_PROXY", other_proxy.url)
    try:
        with pytest.raises(WeglyError) as other:
            look_up(other_api, clock, company.ca)
        assert other.value.message_id == "tls_untrusted"
    finally:
        other_proxy.close()
        other_api.close()
    assert len(office.headers) == 2  # only the trusted lookups reached the server
