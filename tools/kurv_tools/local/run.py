"""`make run`: the whole of Kurv on this machine, on an embedded AWS emulator."""

from __future__ import annotations

import os
import signal
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kurv.core.shops import Shop
    from kurv_tools.local.emulator import Emulator
    from kurv_tools.local.snapshot import Keeper
    from kurv_tools.local.stack import LocalClock, LocalStack
    from kurv_tools.local.state import LocalState


def _quiet_powertools() -> None:
    # Before anything imports Powertools: metrics and traces have nowhere to go locally.
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
    os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "kurv-local")


def main() -> int:
    _quiet_powertools()
    from kurv_tools.local.devserver import DevServer
    from kurv_tools.local.emulator import Emulator
    from kurv_tools.local.loop import LocalLoop
    from kurv_tools.local.routes import local_routes
    from kurv_tools.local.snapshot import SNAPSHOT_FILE, Keeper
    from kurv_tools.local.state import LocalState

    port = int(os.environ.get("KURV_PORT", "3000"))
    given_endpoint = os.environ.get("AWS_ENDPOINT_URL")
    print("Starting Kurv locally ...", flush=True)
    # The port first: a run that cannot listen leaves the last run's state as it found it.
    try:
        server = DevServer(("127.0.0.1", port))
    except OSError as error:
        print(
            f"Cannot listen on 127.0.0.1:{port} ({error.strerror}); set KURV_PORT to a free port.",
            file=sys.stderr,
        )
        return 1
    emulator = Emulator.start(given_endpoint)
    os.environ.update(emulator.environment())  # nothing in this process may reach real AWS
    where = "embedded moto" if emulator.embedded else "AWS_ENDPOINT_URL"
    print(f"  AWS emulator  {emulator.endpoint_url} ({where})", flush=True)

    base_url = f"http://127.0.0.1:{port}"
    stack, clock, kept = _made(emulator, base_url)
    shop = _demo_shop(stack)
    stack.wire()
    loop = LocalLoop(stack)
    keeper = Keeper(loop, clock, SNAPSHOT_FILE) if emulator.embedded else None
    if keeper is not None:
        loop.skip_backlog()  # what was restored was delivered in its own run
    server.attach(stack, local_routes(loop))
    state_file = _state(stack, base_url).write()  # how `kurv shop ...` and `kurv post` find it
    _banner(base_url, shop, kept)

    def stop(signum: int, frame: FrameType | None) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    loop.start(sweep_every=float(os.environ.get("KURV_SWEEP_SECONDS", "5")))
    if keeper is not None:
        keeper.start(every=float(os.environ.get("KURV_SNAPSHOT_SECONDS", "2")))
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        LocalState.remove(state_file)
        loop.stop()
        server.server_close()
        if keeper is not None:
            _keep(keeper)
        emulator.stop()
        print("Kurv stopped.", flush=True)
    return 0


def _made(emulator: Emulator, base_url: str) -> tuple[LocalStack, LocalClock, str]:
    """The stack, its clock, and what the banner says of its state."""
    from kurv_tools.local.stack import LocalClock, LocalStack

    clock = LocalClock()
    stack = LocalStack(emulator, clock, public_base_url=base_url, accept_real_time=True)
    if emulator.embedded:
        return stack, clock, _made_from_snapshot(stack, clock)
    stack.create_tables()
    return stack, clock, "in the emulator at AWS_ENDPOINT_URL (no snapshot of ours)"


def _demo_shop(stack: LocalStack) -> Shop:
    """The demo shop; made anew, with one line, if the one kept from the last run has
    settings this Kurv refuses (the other shops stay: `kurv shop show` names what to fix)."""
    from kurv.core.errors import ShopConfigError

    try:
        return stack.demo_shop()
    except ShopConfigError as error:
        print(f"  The demo shop kept from the last run is made anew: {error}", flush=True)
        return stack.demo_shop(anew=True)


def _state(stack: LocalStack, base_url: str) -> LocalState:
    from kurv_tools.local.state import LocalState

    return LocalState.of_this_process(
        stack.emulator.endpoint_url,
        base_url,
        {
            "shops_table": stack.settings.shops_table,
            "carts_table": stack.settings.carts_table,
            "suppressions_table": stack.settings.suppressions_table,
            "replies_table": stack.settings.replies_table,
            "reply_bucket": stack.settings.reply_bucket,
            "stats_table": stack.settings.stats_table,
            "address_key_secret": stack.settings.address_key_secret,
        },
    )


def _made_from_snapshot(stack: LocalStack, clock: LocalClock) -> str:
    """The stack made, with the last run's state unless FRESH is set; what the banner says."""
    from botocore.exceptions import BotoCoreError, ClientError

    from kurv_tools.local import snapshot

    path = snapshot.SNAPSHOT_FILE
    empty = "empty; kept from run to run from now on (FRESH=1 starts empty)"
    if os.environ.get("KURV_FRESH", "").strip().lower() not in ("", "0", "false", "no"):
        if path.exists():
            aside = snapshot.set_aside(path, "previous")
            print(f"  Starting empty (FRESH=1); the last run's state is kept in {aside}")
        stack.create_tables()
        return empty
    if not path.exists():
        stack.create_tables()
        return empty
    try:
        kept = snapshot.restore(stack, clock, snapshot.read(path))
    except snapshot.UnusableSnapshot as why:
        reason = str(why)
    except (ClientError, BotoCoreError, ValueError, TypeError, KeyError, AttributeError) as error:
        reason = f"does not fit the tables ({type(error).__name__}: {error})"
    else:
        return f"kept from the last run: {kept}; FRESH=1 starts empty"
    stack.emulator.reset()  # whatever the restore had put back
    aside = snapshot.set_aside(path, "unusable")
    print(f"  Starting empty: {path} {reason}; it is kept as {aside}", flush=True)
    stack.create_tables()
    return empty


def _keep(keeper: Keeper) -> None:
    try:
        keeper.stop()
    except Exception as error:  # a full disk must not hide the rest of the shutdown
        print(f"Could not keep this run's state ({type(error).__name__}: {error}).", flush=True)


def _banner(base_url: str, shop: Shop, kept: str) -> None:
    print(
        f"""
  Kurv API      {base_url}/v1/events
  Shopify       {base_url}/v1/shopify/<shop>  (kurv connect shopify --shop <shop>)
  Demo shop     {shop.shop_id}  (locale {shop.locale}, currency {shop.currency})
  Secret        {shop.signing_secret.get_secret_value()}
  Publishable   {shop.publishable_key}  (from {", ".join(shop.allowed_origins)})

  Page        {base_url}/_local/            (open it: the emails, their carts, the clock)
  Emails      {base_url}/_local/outbox      (JSON; the sweep runs every few seconds)
  Clock       POST {base_url}/_local/clock  {{"advance": 3700}} runs what became due
  Replies     POST {base_url}/_local/inbound  a raw email to an email's Reply-To
              GET  {base_url}/_local/replies  (or .venv/bin/kurv replies --shop {shop.shop_id})

  Post a signed event (see README.md, "Try it"), e.g. with the kurv CLI:
    .venv/bin/kurv post --shop {shop.shop_id} --secret {shop.signing_secret.get_secret_value()} \\
      '{{"type": "checkout.contact", "cart_id": "c1", "email": "ada@example.com", "consent": true}}'

  State         {kept}

  Ctrl-C stops everything.
""",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
