"""Which network addresses a user's link may make us connect to (the SSRF guard).

Three pieces:

* ``parse_ip_literal`` reads a URL host that is an IP address in any notation a resolver
  would accept: dotted quads, but also ``2130706433``, ``0x7f000001``, ``017700000001``,
  ``127.1`` (``inet_aton`` rules), and bracketless IPv6.
* ``block_reason`` says why an address is off limits (loopback, private, link-local, CGNAT,
  multicast, reserved, unspecified, unique-local, IPv4 embedded in IPv6 …) or ``None``.
* ``VettingResolver`` is the aiohttp resolver: it resolves a name, refuses the whole name if
  any address is off limits, and hands aiohttp exactly the addresses it checked, so there is
  no window between the check and the connect (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

from aiohttp.abc import AbstractResolver, ResolveResult

from atspro.fetch.errors import BadUrl, BlockedAddress, FetchError

IPAddress = IPv4Address | IPv6Address

# (host, port) -> IP address strings. Injected in tests so that no real DNS is used.
Lookup = Callable[[str, int], Awaitable[list[str]]]

_V4_BLOCKED: list[tuple[IPv4Network, str]] = [
    (IPv4Network("0.0.0.0/8"), "unspecified"),
    (IPv4Network("10.0.0.0/8"), "private"),
    (IPv4Network("100.64.0.0/10"), "carrier-grade NAT"),
    (IPv4Network("127.0.0.0/8"), "loopback"),
    (IPv4Network("169.254.0.0/16"), "link-local"),
    (IPv4Network("172.16.0.0/12"), "private"),
    (IPv4Network("192.0.0.0/24"), "reserved"),
    (IPv4Network("192.0.2.0/24"), "documentation"),
    (IPv4Network("192.88.99.0/24"), "6to4 relay"),
    (IPv4Network("192.168.0.0/16"), "private"),
    (IPv4Network("198.18.0.0/15"), "benchmarking"),
    (IPv4Network("198.51.100.0/24"), "documentation"),
    (IPv4Network("203.0.113.0/24"), "documentation"),
    (IPv4Network("224.0.0.0/4"), "multicast"),
    (IPv4Network("240.0.0.0/4"), "reserved"),
]

_V6_BLOCKED: list[tuple[IPv6Network, str]] = [
    (IPv6Network("::/128"), "unspecified"),
    (IPv6Network("::1/128"), "loopback"),
    (IPv6Network("::/96"), "IPv4-compatible"),
    (IPv6Network("::ffff:0:0/96"), "IPv4-mapped"),
    (IPv6Network("64:ff9b:1::/48"), "local NAT64"),
    (IPv6Network("100::/64"), "discard"),
    (IPv6Network("2001::/32"), "Teredo"),
    (IPv6Network("2001:db8::/32"), "documentation"),
    (IPv6Network("fc00::/7"), "unique-local"),
    (IPv6Network("fe80::/10"), "link-local"),
    (IPv6Network("fec0::/10"), "site-local"),
    (IPv6Network("ff00::/8"), "multicast"),
]

_V4_COMPAT = IPv6Network("::/96")  # deprecated IPv4-compatible addresses (::a.b.c.d)
_V4_LOOPBACK = IPv4Network("127.0.0.0/8")
_V6_LOOPBACK = IPv6Address("::1")
_NAT64 = IPv6Network("64:ff9b::/96")
_LOOSE_V4 = re.compile(r"^[0-9a-fx.]+$", re.IGNORECASE)


def _parse_loose_ipv4(host: str) -> IPv4Address | None:
    """``inet_aton`` rules: 1-4 parts, each decimal, 0x-hex or 0-octal; the last fills the rest."""
    if not _LOOSE_V4.match(host):
        return None
    parts = host.split(".")
    if len(parts) > 4 or "" in parts:
        return None
    numbers: list[int] = []
    for part in parts:
        lowered = part.lower()
        if lowered.startswith("0x"):
            digits, base = lowered[2:], 16
        elif len(lowered) > 1 and lowered.startswith("0"):
            digits, base = lowered[1:], 8
        else:
            digits, base = lowered, 10
        try:
            numbers.append(int(digits or "0", base))
        except ValueError:
            return None
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (4 - len(leading)):
        return None
    value = last
    for index, number in enumerate(leading):
        value += number << (8 * (3 - index))
    return IPv4Address(value)


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address a host names directly, or ``None`` for a DNS name.

    Raises ``BadUrl`` for hosts that look numeric but are no valid address (``1.2.3.999``):
    a resolver might read them some other way, so they are not passed on as names.
    """
    name = host.strip().strip("[]").rstrip(".").lower()
    if ":" in name:
        try:
            return ipaddress.ip_address(name)
        except ValueError:
            raise BadUrl(f"invalid IPv6 literal {host!r}") from None
    address = _parse_loose_ipv4(name)
    if address is not None:
        return address
    last_label = name.rsplit(".", 1)[-1]
    if last_label.isdigit() or last_label.startswith("0x"):
        raise BadUrl(f"numeric host that is no valid IPv4 address: {host!r}")
    return None


def _embedded_ipv4(address: IPv6Address) -> list[IPv4Address]:
    """IPv4 addresses a v6 address carries (6to4, Teredo, NAT64, IPv4-compatible)."""
    found: list[IPv4Address] = []
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    if address in _NAT64 or (address in _V4_COMPAT and int(address) > 1):
        found.append(IPv4Address(int(address) & 0xFFFFFFFF))
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    return found


def block_reason(address: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why ``address`` may not be connected to, or ``None`` when it is a public address.

    ``allow_loopback`` lets 127.0.0.0/8 and ::1 through (tests, local sandbox); private,
    link-local and the rest stay refused even then.
    """
    if allow_loopback and (address in _V4_LOOPBACK or address == _V6_LOOPBACK):
        return None
    if isinstance(address, IPv4Address):
        for network, reason in _V4_BLOCKED:
            if address in network:
                return reason
        if not address.is_global:
            return "not globally routable"
        return None
    if address.scope_id:
        return "scoped address"
    for embedded in _embedded_ipv4(address):
        inner = block_reason(embedded)
        if inner is not None:
            return f"embeds an IPv4 address ({inner})"
    for network, reason in _V6_BLOCKED:
        if address in network:
            return reason
    if address in _NAT64:
        return None  # well-known NAT64 prefix around a public IPv4 address (checked above)
    if not address.is_global:
        return "not globally routable"
    return None


def check_address(address: IPAddress, *, allow_loopback: bool, host: str) -> None:
    reason = block_reason(address, allow_loopback=allow_loopback)
    if reason is not None:
        raise BlockedAddress(f"{host} -> {address}: {reason}")


async def system_lookup(host: str, port: int) -> list[str]:
    """Resolve with the operating system (getaddrinfo), both address families."""
    import asyncio

    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    return [str(info[4][0]) for info in infos]


class VettingResolver(AbstractResolver):
    """aiohttp resolver that only ever returns addresses that passed ``block_reason``.

    aiohttp connects to what ``resolve`` returns, so the check and the connect see the same
    addresses. A name with any off-limits address is refused as a whole: mixing public and
    private answers is a rebinding trick, not a configuration worth supporting.
    """

    def __init__(self, *, allow_loopback: bool, lookup: Lookup | None = None) -> None:
        self._allow_loopback = allow_loopback
        self._lookup = lookup or system_lookup

    async def vetted_addresses(self, host: str, port: int) -> list[IPAddress]:
        literal = parse_ip_literal(host)
        if literal is not None:
            check_address(literal, allow_loopback=self._allow_loopback, host=host)
            return [literal]
        try:
            raw = await self._lookup(host.rstrip("."), port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(
                f"DNS lookup failed for {host}: {exc}",
                user_message="I couldn't find that website. Check the link for typos.",
            ) from None
        addresses: list[IPAddress] = []
        for text in raw:
            address = ipaddress.ip_address(text.split("%", 1)[0])
            check_address(address, allow_loopback=self._allow_loopback, host=host)
            addresses.append(address)
        if not addresses:
            raise FetchError(
                f"no addresses for {host}",
                user_message="I couldn't find that website. Check the link for typos.",
            )
        return list(dict.fromkeys(addresses))

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = await self.vetted_addresses(host, port)
        results: list[ResolveResult] = []
        for address in addresses:
            addr_family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
            if family not in (socket.AF_UNSPEC, addr_family):
                continue
            results.append(
                {
                    "hostname": host,
                    "host": str(address),
                    "port": port,
                    "family": addr_family,
                    "proto": 0,
                    "flags": socket.AI_NUMERICHOST,
                }
            )
        if not results:
            raise FetchError(f"no usable addresses for {host}")
        return results

    async def close(self) -> None:
        return None
