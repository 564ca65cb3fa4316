"""The addresses in our emails: the signed restore (/r/) and opt-out (/u/) links, the
reply address that ties a customer's answer to its cart, and the tag in a reminder's
Message-ID that says which email of the series the answer is to.

Made here for every email (recover.sending); the links are answered by the track function
(track.customer_links), which verifies them with ``tokens.verify``, the reply address by the
replies function (replies.replying), which reads it with ``read_reply_address``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from kurv.core.shops import SHOP_ID_PATTERN, Shop
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


# What the shop's analytics is told of a visit from our emails (Shop.utm switches it off).
CAMPAIGN = {"utm_source": "kurv", "utm_medium": "email", "utm_campaign": "cart-recovery"}


def campaign_url(url: str, step: int) -> str:
    """`url` with our UTM parameters, utm_content naming the email (reminder-2), added to
    its query; any the URL carries already are the shop's and stay as they are."""
    parts = urlsplit(url)
    present = {name for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
    added = {**CAMPAIGN, "utm_content": f"reminder-{step}"}
    missing = urlencode({name: value for name, value in added.items() if name not in present})
    if not missing:
        return url
    query = f"{parts.query}&{missing}" if parts.query else missing
    return urlunsplit(parts._replace(query=query))


def link_secret(shop: Shop) -> str:
    return shop.link_secret.get_secret_value()


# reply+<shop id>-<code>@<ReplyDomain>: the code is the first 80 bits of an HMAC of the cart's
# key with the shop's link secret, in lower-case base 32 (16 characters): short enough for a
# mailbox name (64 bytes), impossible to guess across carts or shops.
REPLY_CODE_LENGTH = 16
_REPLY_ADDRESS = re.compile(
    rf"^reply\+(?P<shop>{SHOP_ID_PATTERN.strip('^$')})-(?P<code>[a-z2-7]{{{REPLY_CODE_LENGTH}}})"
    r"@(?P<domain>[^@\s]+)$"
)


@dataclass(frozen=True)
class ReplyAddress:
    shop_id: str
    code: str
    domain: str

    def __str__(self) -> str:
        return f"reply+{self.shop_id}-{self.code}@{self.domain}"


def reply_address(shop: Shop, cart_key: str, domain: str) -> ReplyAddress:
    """The address a cart's emails are answered to."""
    digest = hmac.new(link_secret(shop).encode(), cart_key.encode(), hashlib.sha256).digest()
    code = base64.b32encode(digest[: REPLY_CODE_LENGTH * 5 // 8]).decode("ascii").lower()
    return ReplyAddress(shop.shop_id, code, domain.lower())


def read_reply_address(recipient: str) -> ReplyAddress | None:
    """The reply address a recipient is, or None when it is not one of ours in form."""
    match = _REPLY_ADDRESS.match(recipient.strip().lower())
    return ReplyAddress(match["shop"], match["code"], match["domain"]) if match else None


_REMINDER_ID = re.compile(r"\.kurv\.(\d{1,2})\.(\d{1,12})@([^>]{1,253})>$")


def reminder_id_tag(step: int, sent_at: int) -> str:
    """What a reminder's Message-ID carries (core.mailer): its step and sending time. A
    reply names it in In-Reply-To or References, so the shop learns which email it answers."""
    return f"kurv.{step}.{sent_at}"


def read_reminder_id(message_ids: tuple[str, ...], domain: str) -> tuple[int, int] | None:
    """The step and sending time of the nearest of the shop's reminders that `message_ids`
    name (a reply's In-Reply-To, then its References); None when they name none of ours."""
    for message_id in reversed(message_ids):
        found = _REMINDER_ID.search(message_id)
        if found and found.group(3).lower() == domain.lower():
            return int(found.group(1)), int(found.group(2))
    return None
