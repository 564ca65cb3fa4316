"""May a cart's contact be emailed at all? One rule, asked in two places. Pure.

Tracking asks it to decide whether a contact puts the cart in the due index (a cart that
may not be emailed is never claimed); send asks it again in ``decide`` (the cart may have
been indexed under an older rule, or the shop's policy changed since). Both ask here, so
they cannot drift; tests/unit/test_consent.py checks them against each other.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from kurv.core.shops import ConsentPolicy, Shop

# Addresses no customer reads, at any shop: shopping crawlers walk checkouts to check a
# product's price and stock, and fill in an address of their own (Google's Merchant Center
# crawler: <anything>@storebotmail.joonix.net).
CRAWLER_DOMAINS = frozenset({"storebotmail.joonix.net"})


def read_by_nobody(shop: Shop, address: str) -> bool:
    """A crawler's address, or one on the shop's never-email list: never emailed."""
    address = address.strip().lower()
    if address.rpartition("@")[2] in CRAWLER_DOMAINS:
        return True
    return any(fnmatchcase(address, pattern) for pattern in shop.never_email)


def contact_refusal(shop: Shop, *, address: str, consent: bool, held: bool) -> str | None:
    """Why a contact (`address`: the plain address, or "" for none) may not be emailed, or
    None when it may."""
    if not address:
        return "no address"
    if read_by_nobody(shop, address):
        return "an address no customer reads (a crawler's, or on the shop's never-email list)"
    if shop.consent_policy is ConsentPolicy.REQUIRED and not consent:
        return "no consent"
    if held:
        return "storefront contact over the shop's hourly cap"
    return None


def may_be_emailed(shop: Shop, *, address: str, consent: bool, held: bool) -> bool:
    return contact_refusal(shop, address=address, consent=consent, held=held) is None
