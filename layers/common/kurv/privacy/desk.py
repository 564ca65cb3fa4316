"""The privacy function's desk: one queued privacy request done, whatever its kind.

Each is safe to do twice (SQS delivers at least once): an erasure finds nothing the second
time, and a data request is kept once. Logs name the shop, the kind and the platform's
request id, never the person.
"""

from __future__ import annotations

from enum import StrEnum

from kurv.core.observability import logger
from kurv.core.privacy import PrivacyKind, PrivacyRequest
from kurv.privacy.erasure import erase_shop, forget
from kurv.privacy.request_log import DataRequest
from kurv.privacy.stores import PrivacyStores


class Done(StrEnum):
    ERASED = "erased"  # a person's data for the shop
    SHOP_ERASED = "shop_erased"
    RECORDED = "recorded"  # a data request, kept for the merchant to answer
    RECORDED_BEFORE = "recorded_before"  # the same request again: nothing changed


class PrivacyDesk:
    def __init__(self, stores: PrivacyStores) -> None:
        self.stores = stores

    def handle(self, request: PrivacyRequest) -> Done:
        about = {
            "shop_id": request.shop_id,
            "kind": request.kind.value,
            "request_id": request.request_id,
            "platform": request.platform.value,
        }
        done = self._do(request)
        logger.info("privacy request done", extra={**about, "done": done.value})
        return done

    def _do(self, request: PrivacyRequest) -> Done:
        if request.kind is PrivacyKind.DATA_REQUEST:
            kept = self.stores.requests.record(DataRequest.of(request))
            return Done.RECORDED if kept else Done.RECORDED_BEFORE
        others = set(self.stores.shops.shop_ids()) - {request.shop_id}
        if request.kind is PrivacyKind.SHOP_REDACT:
            erased = erase_shop(self.stores, shop_id=request.shop_id, other_shops=others)
            logger.info(
                "shop erased",
                extra={
                    "shop_id": request.shop_id,
                    "items": erased.items,
                    "replies": erased.replies,
                },
            )
            return Done.SHOP_ERASED
        assert request.email is not None  # PrivacyRequest requires it for a person's kinds
        gone = forget(self.stores, shop_id=request.shop_id, email=request.email, other_shops=others)
        logger.info(
            "person erased",
            extra={"shop_id": request.shop_id, "carts": gone.carts, "replies": gone.replies},
        )
        return Done.ERASED
