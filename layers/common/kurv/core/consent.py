"""May a cart's contact be emailed at all? One rule, asked in two places. Pure.

Tracking asks it to decide whether a contact puts the cart in the due index (a cart that
may not be emailed is never claimed); send asks it again in ``decide`` (the cart may have
been indexed under an older rule, or the shop's policy changed since). Both ask here, so
they cannot drift; tests/unit/test_consent.py checks them against each other.
"""

from __future__ import annotations

from kurv.core.shops import ConsentPolicy, Shop


def contact_refusal(shop: Shop, *, address: bool, consent: bool, held: bool) -> str | None:
    """Why a contact may not be emailed, or None when it may."""
    if not address:
        return "no address"
    if shop.consent_policy is ConsentPolicy.REQUIRED and not consent:
        return "no consent"
    if held:
        return "storefront contact over the shop's hourly cap"
    return None


def may_be_emailed(shop: Shop, *, address: bool, consent: bool, held: bool) -> bool:
    return contact_refusal(shop, address=address, consent=consent, held=held) is None
