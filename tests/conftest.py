"""Shared fixtures: a contract server on loopback and the key it expects."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wegly_viewer.devserver import ContractServer

# JWT-shaped, like a real Wegly integration key, so redaction is exercised for real.
API_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0LWtleSJ9.c2lnbmF0dXJlLXRlc3Q"


@pytest.fixture
def api_token() -> str:
    return API_TOKEN


@pytest.fixture
def server() -> Iterator[ContractServer]:
    """A fresh contract server (own script queue and request log) that checks the key."""
    with ContractServer(token=API_TOKEN) as running:
        yield running


@pytest.fixture
def other_server() -> Iterator[ContractServer]:
    """Another server; tests reach it as ``localhost`` so it counts as another host."""
    with ContractServer(token=None) as running:
        yield running
