"""Watch a real boto3 client, and make it fail the way AWS fails, on cue.

For tests and `make bench`. A `Spy` hooks botocore's own events on one (moto-backed)
client, so the client keeps its type and everything built on it runs unchanged:

    spy = Spy(stack.sesv2)
    spy.fail("SendEmail", "TooManyRequestsException", times=3)  # throttled three times
    spy.fail("SendEmail", ANSWER_LOST)  # SES sent it, but the answer never arrived
    spy.fail("UpdateItem", "ThrottlingException", times=None, when=lambda p: ...)
    spy.before("UpdateItem", call=2, run=racer)  # a concurrent writer at the worst moment
    spy.calls  # ["SendEmail", ...]: every call, failed ones included

A failed call raises before any request leaves (as a refused call does), except
ANSWER_LOST, whose request goes through and whose answer is replaced by a read timeout.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError, ReadTimeoutError

ANSWER_LOST = "answer-lost"
_CONTEXT_KEY = "kurv_spy_answer_lost"


@dataclass
class _Fault:
    operation: str
    code: str
    times: int | None  # None: every matching call
    when: Callable[[dict[str, Any]], bool]


@dataclass
class _Hook:
    operation: str
    call: int  # the n-th call of that operation, counted from 1
    run: Callable[[], None]


class Spy:
    def __init__(self, client: Any) -> None:
        self.calls: list[str] = []
        self._counts: Counter[str] = Counter()
        self.items_read = 0  # by Query, Scan and GetItem: what a read costs
        self._faults: list[_Fault] = []
        self._hooks: list[_Hook] = []
        events = client.meta.events
        events.register("before-parameter-build", self._before)
        events.register("after-call", self._after)

    def fail(
        self,
        operation: str,
        code: str,
        *,
        times: int | None = 1,
        when: Callable[[dict[str, Any]], bool] = lambda params: True,
    ) -> None:
        """The next `times` calls of `operation` whose parameters satisfy `when` fail with
        the AWS error `code` (or ANSWER_LOST)."""
        self._faults.append(_Fault(operation, code, times, when))

    def before(self, operation: str, *, call: int, run: Callable[[], None]) -> None:
        """Run `run` just before the `call`-th call of `operation` is made."""
        self._hooks.append(_Hook(operation, call, run))

    def count(self, operation: str) -> int:
        return self._counts[operation]

    def reset(self) -> None:
        self.calls.clear()
        self._counts.clear()
        self.items_read = 0

    def _before(
        self, params: dict[str, Any], model: Any, context: dict[str, Any], **_: Any
    ) -> None:
        operation = model.name
        self.calls.append(operation)
        self._counts[operation] += 1
        for hook in self._hooks:
            if hook.operation == operation and hook.call == self.count(operation):
                hook.run()
        fault = next(
            (
                fault
                for fault in self._faults
                if fault.operation == operation and fault.times != 0 and fault.when(params)
            ),
            None,
        )
        if fault is None:
            return
        if fault.times is not None:
            fault.times -= 1
        if fault.code == ANSWER_LOST:
            context[_CONTEXT_KEY] = True
            return
        raise ClientError({"Error": {"Code": fault.code, "Message": "injected"}}, operation)

    def _after(self, parsed: dict[str, Any], model: Any, context: dict[str, Any], **_: Any) -> None:
        if model.name in ("Query", "Scan"):
            self.items_read += int(parsed.get("ScannedCount", parsed.get("Count", 0)))
        elif model.name == "GetItem" and parsed.get("Item"):
            self.items_read += 1
        if context.pop(_CONTEXT_KEY, False):
            raise ReadTimeoutError(endpoint_url="https://aws.invalid")
