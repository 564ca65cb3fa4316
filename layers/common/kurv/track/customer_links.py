"""The links in our emails answered: restore (/r/{token}) and opt-out (/u/{token}).

Made by ``kurv.core.links.LinkMaker``; every answer is a page or a redirect.
"""

from __future__ import annotations

from dataclasses import dataclass

from kurv.core.clock import Clock
from kurv.core.links import campaign_url, link_secret
from kurv.core.observability import Metric, count, logger
from kurv.core.render import render_unsubscribe_page
from kurv.core.shop_store import ShopDirectory
from kurv.core.shops import Shop
from kurv.core.suppressions import SuppressionReason, SuppressionStore
from kurv.core.tokens import LinkToken, Purpose, TokenError, verify
from kurv.track.cart_store import CartStore
from kurv.track.visits import Visit


@dataclass(frozen=True)
class Page:
    status: int
    html: str = ""
    location: str = ""  # set for a redirect


@dataclass(frozen=True)
class LinkDesk:
    """Answers customers' clicks. Every answer is a page or a redirect, never an error, and
    never a dead end: a link that cannot be used still leads to the shop when we know it."""

    shops: ShopDirectory
    carts: CartStore
    suppressions: SuppressionStore
    clock: Clock

    def restore(self, value: str, *, visit: Visit) -> Page:
        opened = self._open(value, "restore")
        if isinstance(opened, Page):
            return opened
        token, shop, expired = opened
        scan = visit.scan
        stored: str | None = None
        if scan is not None:
            # A mail scanner or a preview: sent on like anyone, but never counted as a click.
            count(Metric.RESTORE_SCANS)
            logger.info(
                "restore link scanned",
                extra={"shop_id": token.shop_id, "cart_id": token.cart_id, "scan": str(scan)},
            )
            stored = None if expired else self.carts.restore_url(token.shop_id, token.cart_id)
        elif expired:
            # The cart's data is gone, but the shop is still there: its cart page, not a 410.
            count(Metric.RESTORE_CLICKS_EXPIRED)
        else:
            stored = self.carts.record_click(token.shop_id, token.cart_id, now=self.clock.now())
            count(Metric.RESTORE_CLICKS)
        # Only the shop decides where we send people: its template, or the cart's own URL
        # (told by a signed call) while its host is one of the shop's. No open redirect.
        location = shop.restore_url_of(token.cart_id, stored)
        if shop.utm:  # read at the click: a shop that switches it off sees it at once
            location = campaign_url(location, token.step)
        return Page(302, location=location)

    def unsubscribe_page(self, value: str, *, action: str) -> Page:
        # Showing the page changes nothing: link scanners fetch every URL in a mail.
        opened = self._open(value, "unsubscribe")
        if isinstance(opened, Page):
            return opened
        token, shop, _ = opened
        html = render_unsubscribe_page(
            language=token.language, shop=shop, state="confirm", action=action
        )
        return Page(200, html)

    def unsubscribe(self, value: str) -> Page:
        """RFC 8058 one-click: the POST itself opts out, as often as it is sent. It closes
        the cart the email came from, like a customer.opted_out event: for good. An old
        link still works: an opt-out is never refused for being late."""
        opened = self._open(value, "unsubscribe")
        if isinstance(opened, Page):
            return opened
        token, shop, _ = opened
        now = self.clock.now()
        if token.email_hash:
            self.suppressions.suppress(
                token.shop_id, token.email_hash, reason=SuppressionReason.OPTED_OUT, now=now
            )
            count(Metric.OPT_OUTS)
            logger.info("opted out", extra={"shop_id": token.shop_id, "cart_id": token.cart_id})
        # else `kurv send-test`'s email: no address behind it, so the page is all there is
        self.carts.close_opted_out(token.shop_id, token.cart_id, now=now)
        html = render_unsubscribe_page(language=token.language, shop=shop, state="done")
        return Page(200, html)

    def _open(self, value: str, purpose: Purpose) -> tuple[LinkToken, Shop, bool] | Page:
        """(token, shop, expired) for a correctly signed token, or the page that says the
        link cannot be used: in the language the link claims, with a way to the shop when the
        link is genuine (only too old, or meant for the other route)."""
        shops: dict[str, Shop] = {}

        def secret(shop_id: str) -> str | None:
            shop = self.shops.get(shop_id)
            if shop is None:
                return None
            shops[shop_id] = shop
            return link_secret(shop)

        try:
            token = verify(value, purpose=purpose, secret=secret, now=self.clock.now())
        except TokenError as error:
            claimed = error.token
            # Only a genuine link names its shop: a forged one must not tell which shops exist.
            shop = shops.get(claimed.shop_id) if claimed and error.genuine else None
            if error.expired and claimed is not None and shop is not None:
                return claimed, shop, True
            html = render_unsubscribe_page(
                language=claimed.language if claimed else "",
                shop=shop,
                state="invalid",
                home_url=shop.home_url if shop else "",
            )
            return Page(400, html)
        return token, shops[token.shop_id], False
