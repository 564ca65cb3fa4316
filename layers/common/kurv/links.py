"""The links in our emails: restore (/r/{token}) and opt-out (/u/{token}), made and answered."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from kurv.cart_store import SuppressionStore
from kurv.carts import Closed, cart_key
from kurv.clock import Clock
from kurv.dynamo import Update, is_conditional_failure
from kurv.observability import Metric, count, logger
from kurv.render import render_unsubscribe_page
from kurv.shop_store import ShopDirectory
from kurv.shops import Shop
from kurv.tokens import (
    UNSUBSCRIBE_LIFETIME_SECONDS,
    LinkToken,
    Purpose,
    TokenError,
    issue,
    verify,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


@dataclass(frozen=True)
class LinkMaker:
    """Builds the signed URLs a reminder carries."""

    base_url: str

    def restore(self, shop: Shop, cart_id: str, *, step: int, expires_at: int) -> str:
        token = LinkToken("restore", shop.shop_id, cart_id, step, expires_at)
        return f"{self.base_url.rstrip('/')}/r/{issue(token, _secret(shop))}"

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
        return f"{self.base_url.rstrip('/')}/u/{issue(token, _secret(shop))}"


@dataclass(frozen=True)
class Page:
    status: int
    html: str = ""
    location: str = ""  # set for a redirect


@dataclass(frozen=True)
class LinkDesk:
    """Answers customers' clicks. Every answer is a page or a redirect, never an error."""

    shops: ShopDirectory
    dynamodb: DynamoDBClient
    carts_table: str
    suppressions: SuppressionStore
    clock: Clock

    def restore(self, value: str) -> Page:
        token, shop, problem = self._read(value, "restore")
        if problem is not None:
            return problem
        assert token is not None
        assert shop is not None
        self._record_click(token)
        count(Metric.RESTORE_CLICKS)
        # Only the shop's own template decides where we send people: no open redirect.
        return Page(302, location=shop.restore_url_for(token.cart_id))

    def unsubscribe_page(self, value: str, *, action: str) -> Page:
        # Showing the page changes nothing: link scanners fetch every URL in a mail.
        token, shop, problem = self._read(value, "unsubscribe")
        if problem is not None:
            return problem
        assert token is not None
        assert shop is not None
        html = render_unsubscribe_page(
            language=token.language, shop_name=shop.name, state="confirm", action=action
        )
        return Page(200, html)

    def unsubscribe(self, value: str) -> Page:
        """RFC 8058 one-click: the POST itself opts out, as often as it is sent."""
        token, shop, problem = self._read(value, "unsubscribe")
        if problem is not None:
            return problem
        assert token is not None
        assert shop is not None
        now = self.clock.now()
        self.suppressions.suppress_hash(
            token.shop_id, token.email_hash, reason="opted_out", now=now
        )
        self._close_cart(token, now)
        count(Metric.OPT_OUTS)
        logger.info("opted out", extra={"shop_id": token.shop_id, "cart_id": token.cart_id})
        html = render_unsubscribe_page(language=token.language, shop_name=shop.name, state="done")
        return Page(200, html)

    def _read(
        self, value: str, purpose: Purpose
    ) -> tuple[LinkToken | None, Shop | None, Page | None]:
        shops: dict[str, Shop | None] = {}

        def secret(shop_id: str) -> str | None:
            shops[shop_id] = self.shops.get(shop_id)
            shop = shops[shop_id]
            return _secret(shop) if shop is not None else None

        try:
            token = verify(value, purpose=purpose, secret=secret, now=self.clock.now())
        except TokenError as error:
            status = 410 if error.expired else 400
            return (
                None,
                None,
                Page(status, render_unsubscribe_page(language="en", shop_name="", state="invalid")),
            )
        return token, shops[token.shop_id], None

    def _record_click(self, token: LinkToken) -> None:
        u = Update()
        u.when(f"attribute_exists({u.name('pk')})")  # a click never creates a cart
        u.set_if_missing("first_click_at", self.clock.now())
        u.set("last_click_at", self.clock.now())
        u.add("clicks", 1)
        self._write(token, u)

    def _close_cart(self, token: LinkToken, now: int) -> None:
        u = Update()
        u.when(f"attribute_exists({u.name('pk')})")
        u.set_if_missing("opted_out_at", now)
        u.set_if_missing("closed", Closed.OPTED_OUT)
        u.remove("due_shard")
        self._write(token, u)

    def _write(self, token: LinkToken, u: Update) -> None:
        try:
            self.dynamodb.update_item(
                TableName=self.carts_table,
                Key={"pk": {"S": cart_key(token.shop_id, token.cart_id)}},
                **u.request(),
            )
        except ClientError as error:
            if not is_conditional_failure(error):
                raise
            # The cart has expired; the click or opt-out still counts for the customer.


def _secret(shop: Shop) -> str:
    return shop.link_secret.get_secret_value()
