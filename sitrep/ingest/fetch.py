"""Fetching URLs: one httpx client per batch, over an injectable transport, with a size cap.

The body is streamed and abandoned as soon as it passes ``max_bytes``, so an oversized or endless
response never fills memory. Every HTTP or network problem becomes an :class:`IngestFailure`.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from sitrep.ingest.base import IngestFailure

# Anything httpx can send requests through: ``httpx.HTTPTransport`` by default, a
# ``httpx.MockTransport`` in tests, or a transport with a proxy or custom TLS settings.
Transport = httpx.BaseTransport


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    content_type: str | None


def too_large(limit: int, size: int | None = None) -> IngestFailure:
    """The one wording for oversized input, whether its size is known up front or not."""
    amount = f"{size} bytes" if size is not None else f"more than {limit} bytes"
    return IngestFailure(f"too large: {amount} (limit {limit})")


class Fetcher:
    """Fetches URLs for one ``read_articles`` call; the client is made on first use."""

    def __init__(self, transport: Transport | None, max_bytes: int) -> None:
        self._transport = transport
        self._max_bytes = max_bytes
        self._client: httpx.Client | None = None

    def fetch(self, url: str) -> Fetched:
        try:
            with self._get_client().stream("GET", url) as response:
                if not response.is_success:
                    raise IngestFailure(
                        f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self._max_bytes:
                    raise too_large(self._max_bytes, int(declared))
                chunks: list[bytes] = []
                received = 0
                for chunk in response.iter_bytes():
                    received += len(chunk)
                    if received > self._max_bytes:
                        raise too_large(self._max_bytes)
                    chunks.append(chunk)
                return Fetched(
                    b"".join(chunks), str(response.url), response.headers.get("content-type")
                )
        except httpx.TooManyRedirects as exc:
            raise IngestFailure("too many redirects") from exc
        except httpx.TimeoutException as exc:
            raise IngestFailure("timed out") from exc
        except httpx.InvalidURL as exc:
            raise IngestFailure(f"invalid URL: {exc}") from exc
        except httpx.HTTPError as exc:
            raise IngestFailure(f"cannot fetch: {str(exc) or type(exc).__name__}") from exc

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _get_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=self._transport or httpx.HTTPTransport(),
                timeout=20,
                follow_redirects=True,
                max_redirects=5,
            )
        return self._client
