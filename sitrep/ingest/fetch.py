"""Fetching URLs: one httpx client per batch, over an injectable transport, with hard limits.

What a fetch may cost is bounded: a connect and a read timeout and a deadline for the whole
response, at most ``max_redirects`` redirects, a size cap on the body as sent and as decoded (the
body is streamed, gzip/deflate are inflated here in bounded steps, and reading stops as soon as a
cap is passed), and content types that cannot be articles (images, archives, …) are refused.

Server-side request forgery: the default transport (:func:`guarded_transport`) connects only to
public addresses. Loopback, private, link-local, shared, multicast and reserved addresses are
refused at connect time — after name resolution and on every redirect hop, so neither a DNS name
that points inward nor a redirect gets around it — unless the allow-list permits them: hosts or
CIDRs from the ``allow`` argument, else ``SITREP_FETCH_ALLOW`` (comma-separated), else
``fetch_allow`` in the settings file. An injected transport (a proxy, a ``MockTransport``) is the
caller's network and is used as given. Every HTTP or network problem becomes an
:class:`IngestFailure`.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
import tomllib
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import httpcore
import httpx

from sitrep.ingest.base import IngestFailure

# Anything httpx can send requests through: :func:`guarded_transport` by default, a
# ``httpx.MockTransport`` in tests, or a transport with a proxy or custom TLS settings.
Transport = httpx.BaseTransport

ALLOW_ENV = "SITREP_FETCH_ALLOW"
ALLOW_SETTING = "fetch_allow"
_ACCEPTED_ENCODINGS = "gzip, deflate"
# Content types that can hold an article; anything else (image/*, application/zip, …) is refused.
# A missing type is accepted: the sniffer decides from the bytes.
_TEXT_SUBTYPES = ("xml", "json", "csv", "html", "rss", "atom", "ndjson", "jsonl")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    content_type: str | None


def too_large(limit: int, size: int | None = None) -> IngestFailure:
    """The one wording for oversized input, whether its size is known up front or not."""
    amount = f"{size} bytes" if size is not None else f"more than {limit} bytes"
    return IngestFailure(f"too large: {amount} (limit {limit})")


# --- the address policy ------------------------------------------------------------------------


class AddressRefused(httpcore.ConnectError):
    """Raised at connect time for a host whose addresses are all outside the policy."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Which non-public destinations may be fetched: host names and networks from the allow-list."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> FetchPolicy:
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for entry in (item.strip() for item in entries):
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                hosts.add(entry.lower().rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    @classmethod
    def resolve(cls, allow: Iterable[str] | str | None = None) -> FetchPolicy:
        """The argument, else ``SITREP_FETCH_ALLOW``, else ``fetch_allow`` in the settings file."""
        chosen = allow if allow is not None else os.environ.get(ALLOW_ENV) or _file_allow()
        if isinstance(chosen, str):
            chosen = chosen.split(",")
        return cls.parse(chosen or ())

    def permits(self, host: str, address: IPAddress) -> bool:
        if host.lower().rstrip(".") in self.hosts:
            return True
        if any(address in network for network in self.networks):
            return True
        return is_public(address)


def is_public(address: IPAddress) -> bool:
    """Globally routable unicast: not loopback, private, link-local, shared, reserved, multicast."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _file_allow() -> list[str]:
    from sitrep.settings import settings_file

    path = settings_file()
    if not path.is_file():
        return []
    with path.open("rb") as handle:
        value = tomllib.load(handle).get(ALLOW_SETTING) or []
    return value.split(",") if isinstance(value, str) else [str(item) for item in value]


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself and connects only to addresses the policy permits."""

    def __init__(self, policy: FetchPolicy) -> None:
        self._policy = policy

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        refused: list[str] = []
        last_error: Exception | None = None
        for address in dict.fromkeys(info[4][0] for info in infos):
            parsed = ipaddress.ip_address(address.split("%")[0])
            if not self._policy.permits(host, parsed):
                refused.append(address)
                continue
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last_error = exc
        if last_error is not None:
            raise last_error
        raise AddressRefused(
            f"refused: {host} resolves to a non-public address ({', '.join(refused)}); "
            f"allow it with {ALLOW_ENV} or {ALLOW_SETTING} in the settings file"
        )


class GuardedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose connections pass the :class:`FetchPolicy`."""

    def __init__(self, policy: FetchPolicy) -> None:
        super().__init__()
        # httpx has no public hook for the network backend; the pool is rebuilt with ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_GuardedBackend(policy)
        )


def guarded_transport(allow: Iterable[str] | str | None = None) -> GuardedTransport:
    """The default transport; ``allow`` (hosts, IPs or CIDRs) overrides the settings' allow-list,
    e.g. ``read_articles(urls, transport=guarded_transport(["10.0.0.0/8"]))``."""
    return GuardedTransport(FetchPolicy.resolve(allow))


# --- fetching ----------------------------------------------------------------------------------


def acceptable_content_type(content_type: str | None) -> bool:
    if not content_type:
        return True
    main, _, sub = content_type.split(";")[0].strip().lower().partition("/")
    return main == "text" or any(word in sub for word in _TEXT_SUBTYPES)


class Fetcher:
    """Fetches URLs for one ``read_articles`` call; the client is made on first use."""

    def __init__(
        self,
        transport: Transport | None,
        max_bytes: int,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 20.0,
        deadline: float = 60.0,
        max_redirects: int = 5,
    ) -> None:
        self._transport = transport
        self._max_bytes = max_bytes
        self._timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
        self._deadline = deadline
        self._max_redirects = max_redirects
        self._client: httpx.Client | None = None

    def fetch(self, url: str) -> Fetched:
        started = time.monotonic()
        try:
            with self._get_client().stream("GET", url) as response:
                if not response.is_success:
                    raise IngestFailure(
                        f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    )
                content_type = response.headers.get("content-type")
                if not acceptable_content_type(content_type):
                    raise IngestFailure(f"unsupported content type: {content_type}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self._max_bytes:
                    raise too_large(self._max_bytes, int(declared))
                chunks: list[bytes] = []
                received = 0
                for chunk in self._decoded(response, started):
                    received += len(chunk)
                    if received > self._max_bytes:
                        raise too_large(self._max_bytes)
                    chunks.append(chunk)
                return Fetched(b"".join(chunks), str(response.url), content_type)
        except httpx.TooManyRedirects as exc:
            raise IngestFailure("too many redirects") from exc
        except httpx.TimeoutException as exc:
            raise IngestFailure("timed out") from exc
        except httpx.InvalidURL as exc:
            raise IngestFailure(f"invalid URL: {exc}") from exc
        except httpx.HTTPError as exc:
            if isinstance(exc.__cause__, AddressRefused):
                raise IngestFailure(str(exc.__cause__)) from exc
            raise IngestFailure(f"cannot fetch: {str(exc) or type(exc).__name__}") from exc

    def _decoded(self, response: httpx.Response, started: float) -> Iterator[bytes]:
        """The body, inflated here so that no single step can produce more than the cap."""
        if response.is_stream_consumed:  # a response built in memory (a mock): httpx decoded it
            yield response.content
            return
        coding = response.headers.get("content-encoding", "identity").strip().lower()
        if coding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise IngestFailure(f"unsupported content encoding: {coding}")
        inflater = _Inflater(coding, self._max_bytes + 1) if coding not in ("", "identity") else None
        raw = 0
        for chunk in response.iter_raw():
            if time.monotonic() - started > self._deadline:
                raise IngestFailure(f"timed out (longer than {self._deadline:g} s)")
            raw += len(chunk)
            if raw > self._max_bytes:
                raise too_large(self._max_bytes)
            yield from inflater.feed(chunk) if inflater else (chunk,)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _get_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=self._transport or guarded_transport(),
                timeout=self._timeout,
                follow_redirects=True,
                max_redirects=self._max_redirects,
                headers={"Accept-Encoding": _ACCEPTED_ENCODINGS},
                # Proxies from the environment would bypass the address policy of the default
                # transport; pass a transport with a proxy explicitly instead.
                trust_env=False,
            )
        return self._client


class _Inflater:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it), at most ``step`` bytes a call."""

    def __init__(self, coding: str, step: int) -> None:
        self._step = step
        self._raw_deflate_tried = coding != "deflate"
        wbits = 16 + zlib.MAX_WBITS if coding != "deflate" else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(wbits)

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            while data:
                out = self._inflater.decompress(data, self._step)
                data = self._inflater.unconsumed_tail
                if out:
                    yield out
        except zlib.error as exc:
            if not self._raw_deflate_tried:
                self._raw_deflate_tried = True
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                yield from self.feed(data)
                return
            raise IngestFailure(f"cannot decompress the response: {exc}") from exc
