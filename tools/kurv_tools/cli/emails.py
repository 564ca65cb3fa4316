"""`kurv preview` and `kurv send-test`: a shop's real emails before customers get them
(rendered by preview.py, with the code that sends)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kurv_tools.cli import target
from kurv_tools.cli.console import CliError, Commands, Progress
from kurv_tools.cli.target import target_options

if TYPE_CHECKING:
    from kurv.core.shops import Shop


def add_parser(commands: Commands) -> None:
    """kurv preview and kurv send-test: a shop's emails before customers get them."""
    preview = commands.add_parser(
        "preview",
        help="the shop's real emails for a sample cart, before customers get them",
        description=(
            "Renders the email a customer would get, with the code that sends it and the\n"
            "shop's own settings, for a sample cart: written to --out (.html with a .txt\n"
            "beside it, or .eml as SES gets it), else opened in your browser. --all writes\n"
            "every language, step and variant into a folder with an index page.\n\n"
            "examples:\n  kurv preview --shop nordlys --locale da --step 3\n"
            "  kurv preview --shop nordlys --all --out preview/"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    preview.add_argument("--shop", required=True, help="the shop's id")
    preview.add_argument(
        "--locale", help="the customer's language, e.g. da, de-AT (default: the shop's)"
    )
    preview.add_argument(
        "--step", type=int, default=1, help="which email of the series (default 1)"
    )
    preview.add_argument("--payment-trouble", action="store_true", help="as after a failed payment")
    preview.add_argument(
        "--payment-follow-up",
        action="store_true",
        help="as later in the series after a failed payment (step 2 on)",
    )
    preview.add_argument(
        "--check-in",
        action="store_true",
        help="the email some days after an order (kurv shop update --check-in)",
    )
    preview.add_argument("--all", action="store_true", help="every language, step and variant")
    preview.add_argument(
        "--out", help="a file (.html or .eml), or with --all a folder (default: kurv-preview-SHOP)"
    )
    target_options(preview)
    preview.set_defaults(run=_preview)

    test = commands.add_parser(
        "send-test",
        help="send one real email of a shop to an address of yours, through SES",
        description=(
            "Sends the email `kurv preview` shows, through SES as Kurv sends (locally: into\n"
            "the outbox), to an address of yours. Its subject starts with [Test]. Its links\n"
            "are real ones, signed for a sample cart the command makes in the stack\n"
            "(kurv-test-..., holding no address, never emailed, never counted) and removes\n"
            "once the email is sent: the links do not need it. The restore link leads to the\n"
            "shop's cart page, as for any cart that is gone; the opt-out link shows the real\n"
            "page, and confirming it suppresses nobody (no address is behind it).\n\n"
            "example:\n  kurv send-test --shop nordlys --to me@nordlys.dk --step 3 --stack kurv"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    test.add_argument("--shop", required=True, help="the shop's id")
    test.add_argument("--to", required=True, help="where to send it (your own address)")
    test.add_argument("--locale", help="the language (default: the shop's)")
    test.add_argument("--step", type=int, default=1, help="which email of the series (default 1)")
    test.add_argument("--payment-trouble", action="store_true", help="as after a failed payment")
    target_options(test)
    test.set_defaults(run=_send_test)


def _preview(args: argparse.Namespace) -> int:
    from kurv_tools.cli import preview

    shop = target.shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}")
    if args.all:
        folder = Path(args.out or f"kurv-preview-{shop.shop_id}")
        progress = Progress("rendering")
        index = preview.write_all(shop, folder, progress=progress)
        progress.end()
        count = len(preview.every_choice(shop))
        print(f"Wrote {count} emails of {shop.shop_id} to {folder}/; open {index}")
        return 0
    try:
        item = preview.render(
            shop,
            preview.Choice(
                args.locale or shop.locale,
                args.step,
                args.payment_trouble,
                args.payment_follow_up,
                args.check_in,
            ),
        )
    except ValueError as error:
        raise CliError(str(error)) from None
    if args.out:
        written = preview.write_one(item, Path(args.out))
        print(f"{item.email.subject}\n  " + "\n  ".join(str(path) for path in written))
        return 0
    import tempfile
    import webbrowser

    folder = Path(tempfile.mkdtemp(prefix=f"kurv-preview-{shop.shop_id}-"))
    page, text = preview.write_one(item, folder / f"{item.name}.html")
    opened = webbrowser.open(page.resolve().as_uri())
    print(
        f"{item.email.subject}\n  {page}\n  {text}"
        + ("" if opened else "\n  (open it in a browser)")
    )
    return 0


def _send_test(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kurv.core.locales import deliverable_email
    from kurv.core.mailer import Envelope, Mailer, SendOutcome, build_message
    from kurv.track.cart_store import SampleCarts
    from kurv_tools.cli import preview

    try:
        to = deliverable_email(args.to)
    except ValueError as error:
        raise CliError(f"--to {args.to}: {error}") from None
    shop = target.shop_store(args).get(args.shop)
    if shop is None:
        raise CliError(f"no shop {args.shop!r}")
    choice = preview.Choice(args.locale or shop.locale, args.step, args.payment_trouble)
    try:
        language = preview.language_of(shop, choice)
    except ValueError as error:
        raise CliError(str(error)) from None
    if args.stack:
        stack = target.deployed(args)
        ses, configuration_set = stack.client("sesv2"), stack["SesConfigurationSetName"]
        carts = SampleCarts(stack.client("dynamodb"), stack["CartsTableName"])
        base_url = stack.link_base_url
    else:
        state = target.local_state()
        emulator = target.emulator(state)
        ses, configuration_set = emulator.client("sesv2"), ""
        carts = SampleCarts(emulator.client("dynamodb"), state.carts_table)
        base_url = state.base_url or "http://127.0.0.1:3000"  # a state file from before base_url
        # The emulated SES, like the real one, sends only from verified identities.
        ses.create_email_identity(EmailIdentity=shop.sender_email.rpartition("@")[2])
    now = target.stack_now(args)
    cart_id = carts.add(shop, now=now)
    try:
        links = _sample_links(shop, cart_id, base_url, step=args.step, language=language, now=now)
        item = preview.render(shop, choice, links=links)
        email = replace(item.email, subject=f"[Test] {item.email.subject}")
        message = build_message(
            email,
            Envelope(
                sender_name=shop.sender_name,
                sender_email=shop.sender_email,
                to=to,
                reply_to=shop.support_email or shop.sender_email,
                unsubscribe_url=links[1],
                sent_at=now,
                reference={
                    "Shop": shop.shop_id,
                    "Cart": cart_id,
                    "Step": str(args.step),
                    "Test": "yes",
                },
            ),
        )
        result = Mailer(ses, configuration_set).send(
            message, tags={"shop": shop.shop_id, "kind": "test"}
        )
    finally:
        carts.remove(shop.shop_id, cart_id)  # the links work without it (see --help)
    if result.outcome is not SendOutcome.SENT:
        raise CliError(
            f"SES did not send it ({result.detail}): is {shop.sender_email}'s domain verified "
            "in SES, and, while the account is in the SES sandbox, the recipient too?"
        )
    print(
        f'Sent "{email.subject}" to {to} (SES message id {result.message_id}); its links '
        f"lead to {shop.restore_url_of(cart_id, None)} and to the opt-out page."
    )
    return 0


def _sample_links(
    shop: Shop, cart_id: str, base_url: str, *, step: int, language: str, now: int
) -> tuple[str, str]:
    """Signed restore and opt-out links for the sample cart, as send makes them; the opt-out
    names no address (suppresses nobody) and the restore link lasts as a cart's would."""
    from kurv.core.links import LinkMaker

    links = LinkMaker(base_url)
    restore = links.restore(
        shop, cart_id, step=step, expires_at=now + shop.retention_seconds, language=language
    )
    opt_out = links.unsubscribe(shop, cart_id, step=step, email_hash="", language=language, now=now)
    return restore, opt_out
