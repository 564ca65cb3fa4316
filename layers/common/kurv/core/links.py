"""The addresses in our emails: the signed restore (/r/) and opt-out (/u/) links.

Made here for every email (recover.sending); answered by the track function
(track.customer_links), which verifies them with ``tokens.verify``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kurv.core.shops import Shop
from kurv.core.tokens import UNSUBSCRIBE_LIFETIME_SECONDS, LinkToken, issue


@dataclass(frozen=True)
class LinkMaker:
    """Builds the signed URLs a reminder carries."""

    base_url: str

    def restore(
        self, shop: Shop, cart_id: str, *, step: int, expires_at: int, language: str
    ) -> str:
        token = LinkToken("restore", shop.shop_id, cart_id, step, expires_at, language=language)
        return f"{self.base_url.rstrip('/')}/r/{issue(token, link_secret(shop))}"

    def unsubscribe(
        self, shop: Shop, cart_id: str, *, step: int, email_hash: str, language: str, now: int
    ) -> str:
        token = LinkToken(
            "unsubscribe",
            shop.shop_id,
            cart_id,
            step,
            now + UNSUBSCRIBE_LIFETIME_SECONDS,
            email_hash,
            language,
        )
        return f"{self.base_url.rstrip('/')}/u/{issue(token, link_secret(shop))}"


def link_secret(shop: Shop) -> str:
    return shop.link_secret.get_secret_value()
