"""What the mail servers said back: bounces and complaints, as SES publishes them.

The configuration set sends every email's bounce and complaint events to EventBridge; the
feedback function hands each event's ``detail`` to ``FeedbackDesk.handle``. A permanent
bounce or a complaint puts the address on the shop's suppression list (the same list an
opt-out uses, with its own reason): Kurv never writes to it again, and a shop's sending
reputation is kept. A transient bounce (a full mailbox, a server down for a while) only
counts: the next email may well arrive. The shop comes from the email's ``shop`` tag
(``sending.Sender`` tags every email); an event without one is not Kurv's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kurv.core.figures import Figure, Tally
from kurv.core.observability import Metric, count, count_for_shop, logger
from kurv.core.suppressions import SuppressionReason
from kurv.feedback.ses_events import Bounce, Complaint, MailEvent

if TYPE_CHECKING:
    from kurv.core.addresses import AddressKey
    from kurv.core.clock import Clock
    from kurv.core.stats_store import StatsStore
    from kurv.core.suppressions import SuppressionStore


class Feedback(StrEnum):
    SUPPRESSED = "suppressed"  # a permanent bounce or a complaint: never again
    TRANSIENT = "transient"  # a soft bounce: counted only
    NOT_OURS = "not_ours"  # no shop tag, or an event type we do not act on


@dataclass
class FeedbackDesk:
    suppressions: SuppressionStore
    addresses: AddressKey
    clock: Clock
    stats: StatsStore | None = None  # the shop's daily figures (kurv report)

    def handle(self, detail: Any) -> Feedback:
        """One event's ``detail``, as EventBridge delivers it."""
        event = MailEvent.read(detail)
        if event is None or not event.shop_id or event.kind not in ("Bounce", "Complaint"):
            kind = event.kind if event else "unreadable"
            logger.info(
                "a mail event that is not a shop's bounce or complaint", extra={"kind": kind}
            )
            return Feedback.NOT_OURS
        shop_id = event.shop_id
        if event.kind == "Bounce":
            bounce = event.bounce or Bounce()
            if bounce.kind != "Permanent":
                count(Metric.BOUNCES_TRANSIENT)
                logger.info(
                    "transient bounce", extra={"shop_id": shop_id, "subtype": bounce.subtype}
                )
                return Feedback.TRANSIENT
            recipients = bounce.recipients
            reason, metric, figure = SuppressionReason.BOUNCED, Metric.BOUNCES, Figure.BOUNCES
        else:
            recipients = (event.complaint or Complaint()).recipients
            reason, metric = SuppressionReason.COMPLAINED, Metric.COMPLAINTS
            figure = Figure.COMPLAINTS
        suppressed = 0
        for recipient in recipients:
            hashed = self._hash(recipient.address)
            if hashed:
                self.suppressions.suppress(shop_id, hashed, reason=reason, now=self.clock.now())
                suppressed += 1
        count_for_shop(metric, shop_id, max(suppressed, 1))
        if self.stats is not None:
            tallies = Counter({Tally(figure): max(suppressed, 1)})
            self.stats.add(shop_id, tallies, at=self.clock.now())
        logger.info(event.kind.lower(), extra={"shop_id": shop_id, "suppressed": suppressed})
        return Feedback.SUPPRESSED

    def _hash(self, address: str) -> str:
        try:
            return self.addresses.hash(address)
        except ValueError:
            logger.warning("a bounced address we cannot read")
            return ""
