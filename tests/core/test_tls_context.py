"""One verifying TLS context per trust setting, shared by every lookup and avatar download."""

from __future__ import annotations

import shutil
from pathlib import Path

import certifi
import pytest

from wegly_viewer.core.avatars import AvatarFetcher
from wegly_viewer.core.client import ChatClient
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.errors import WeglyError

BASE_URL = "https://127.0.0.1:9"  # https: the clients below load a CA store


@pytest.fixture(autouse=True)
def _no_extra_ca_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)


def test_clients_of_the_same_settings_share_one_context(clock: FixedClock) -> None:
    first = ChatClient(BASE_URL, "key", clock=clock)
    second = ChatClient(BASE_URL, "other key", timeout=3.0, clock=clock)
    avatars = AvatarFetcher()

    assert first.tls_context is second.tls_context
    assert avatars.tls_context is first.tls_context  # avatars trust what lookups trust
    first.close()
    second.close()
    avatars.abort()
    # A closed or cancelled client leaves the shared context usable by the next one.
    assert ChatClient(BASE_URL, "key", clock=clock).tls_context is first.tls_context


def test_another_ca_bundle_is_another_context(clock: FixedClock, tmp_path: Path) -> None:
    company = tmp_path / "company.pem"
    shutil.copyfile(certifi.where(), company)
    other = tmp_path / "other.pem"
    shutil.copyfile(certifi.where(), other)

    plain = ChatClient(BASE_URL, "key", clock=clock).tls_context
    with_company = ChatClient(BASE_URL, "key", ca_bundle=str(company), clock=clock).tls_context
    again = ChatClient(BASE_URL, "key", ca_bundle=str(company), clock=clock).tls_context
    with_other = ChatClient(BASE_URL, "key", ca_bundle=str(other), clock=clock).tls_context

    assert with_company is again
    assert with_company is not plain
    assert with_other is not with_company


def test_a_replaced_ca_file_is_read_again(clock: FixedClock, tmp_path: Path) -> None:
    company = tmp_path / "company.pem"
    shutil.copyfile(certifi.where(), company)
    before = ChatClient(BASE_URL, "key", ca_bundle=str(company), clock=clock).tls_context

    end = "-----END CERTIFICATE-----\n"
    first_ten = end.join(Path(certifi.where()).read_text(encoding="ascii").split(end)[:10]) + end
    company.write_text(first_ten, encoding="ascii")  # IT replaced the bundle: fewer CAs
    after = ChatClient(BASE_URL, "key", ca_bundle=str(company), clock=clock).tls_context

    assert after is not before


def test_a_missing_ca_file_is_reported_every_time(clock: FixedClock, tmp_path: Path) -> None:
    missing = tmp_path / "missing.pem"
    for _ in range(2):  # a failure is never cached as a context
        with pytest.raises(WeglyError) as caught:
            ChatClient(BASE_URL, "key", ca_bundle=str(missing), clock=clock)
        assert caught.value.message_id == "bad_ca_file"

    missing.write_bytes(Path(certifi.where()).read_bytes())
    assert ChatClient(BASE_URL, "key", ca_bundle=str(missing), clock=clock).tls_context


def test_a_plain_http_server_on_this_computer_loads_no_ca_store(
    clock: FixedClock, tmp_path: Path
) -> None:
    import ssl

    missing = tmp_path / "missing.pem"  # not even read: nothing of TLS is set up
    client = ChatClient("http://127.0.0.1:9", "key", ca_bundle=str(missing), clock=clock)
    context = client.tls_context
    assert context.cert_store_stats()["x509_ca"] == 0
    # Should it ever meet https (a redirect), it verifies against nothing: it fails closed.
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname is True
    # Not the shared store of https clients (which stays as it was).
    assert context is not ChatClient(BASE_URL, "key", clock=clock).tls_context
