"""Each function's IAM policy in template.yaml grants exactly the calls its code makes.

The functions run their real handlers on the local stack, each with clients of its own
that record every AWS call (operation, table or index). A day's traffic exercises every
path: server and browser events of each type, a preflight, the sweep, an email, a click,
an opt-out page, a reply, a bounce, a one-click opt-out and a Shopify webhook. What was
called must be allowed; what is allowed must have been called. A new call without a policy
line fails here, not in production; so does a grant nothing uses.
"""

from __future__ import annotations

from collections import defaultdict
from email import message_from_bytes
from email.utils import parseaddr
from typing import Any

import pytest
from pydantic import SecretStr

from helpers import ORIGIN, Api, advance, cart_updated, contact, link, make_shop, reply_to
from kurv.core.clock import HOUR
from kurv.core.privacy import PrivacyKind, PrivacyRequest
from kurv_tools.building.template import load_template, resolve, resources
from kurv_tools.local.inbound import receive
from kurv_tools.local.loop import LocalLoop
from kurv_tools.local.stack import LocalStack, table_names
from shopify_webhooks import SHOPIFY_DOMAIN, SHOPIFY_SECRET, deliver, payload
from woo import WOO_SECRET, gmt, order
from woo import deliver as deliver_woo

FUNCTIONS = {
    "track": "TrackFunction",
    "sweep": "SweepFunction",
    "send": "SendFunction",
    "replies": "RepliesFunction",
    "feedback": "FeedbackFunction",
    "stats": "StatsFunction",
    "privacy": "PrivacyFunction",
}
CONFIGURATION_SET = "kurv-test"
SENDER_DOMAIN = "shop.example"  # helpers.make_shop's sender, hello@shop.example

Grant = tuple[str, str]  # ("dynamodb:UpdateItem", "CartsTable"), ("ses:SendEmail", "ses:identity")
# Where IAM names an action otherwise than the API names the call.
IAM_ACTIONS = {"s3:ListObjectsV2": "s3:ListBucket"}


class CallLog:
    """Clients per function that note each call as the IAM action and resource it needs."""

    def __init__(self, stack: LocalStack) -> None:
        self.stack = stack
        self.calls: dict[str, set[Grant]] = defaultdict(set)
        self._tables = {name: logical for logical, name in table_names(stack.prefix).items()}

    def client(self, function: str, service: str) -> Any:
        client = self.stack.emulator.client(service)

        def record(params: dict[str, Any], model: Any, **_: Any) -> None:
            action = f"{self._prefix(service)}:{model.name}"
            for resource in self._resources(service, params):
                self.calls[function].add((IAM_ACTIONS.get(action, action), resource))

        client.meta.events.register(f"provide-client-params.{service}.*", record)
        return client

    @staticmethod
    def _prefix(service: str) -> str:
        return "ses" if service == "sesv2" else service

    def _resources(self, service: str, params: dict[str, Any]) -> list[str]:
        if service == "dynamodb":
            table = self._tables[params["TableName"]]
            index = params.get("IndexName")
            return [f"{table}/index/{index}" if index else table]
        if service == "secretsmanager":
            assert params["SecretId"] == self.stack.settings.address_key_secret
            return ["AddressKeySecret"]
        if service == "s3":
            assert params["Bucket"] == self.stack.settings.reply_bucket
            if "Key" not in params:  # a listing: the bucket, under replies/ (a condition)
                assert params["Prefix"] == "replies/"
                return ["ReplyBucket"]
            folder = params["Key"].split("/", 1)[0]
            return [f"ReplyBucket/{folder}/*"]
        if service == "sqs":  # the track function queues a platform's privacy requests
            assert params["QueueUrl"] == self.stack.settings.privacy_queue_url
            return ["PrivacyQueue"]
        if service == "sesv2":
            # SES authorises a send on the identity that covers its From (the local stack, as
            # the guide says, verifies each sender's domain) and on the configuration set.
            sender = message_from_bytes(params["Content"]["Raw"]["Data"]).get("From", "")
            found = [f"ses:identity/{parseaddr(sender)[1].rpartition('@')[2]}"]
            if params.get("ConfigurationSetName"):
                found.append("ses:configuration-set")
            return found
        raise AssertionError(f"no resource mapping for {service}")


def granted(function: str) -> set[Grant]:
    """The (action, resource) pairs the template's policy for `function` allows, in a stack
    deployed with SenderIdentities naming the test shop's domain."""
    template = load_template()
    props = resources(template, "AWS::Serverless::Function")[function]["Properties"]
    grants: set[Grant] = set()
    for stated in props.get("Policies", []):
        # Statements for a conditional resource: the test stack receives replies.
        given = stated["Fn::If"][1] if "Fn::If" in stated else stated
        # A managed policy of the template's own, or statements of the function's own.
        own = set(given) == {"Ref"}
        policy = (
            template["Resources"][given["Ref"]]["Properties"]["PolicyDocument"] if own else given
        )
        # SAM's policy templates (DynamoDBCrudPolicy...) grant whole families of actions.
        assert "Statement" in policy, f"{function}: write statements, not {set(policy)}"
        for statement in policy["Statement"]:
            assert statement["Effect"] == "Allow"
            actions = statement["Action"]
            targets = resolve(statement["Resource"], {"SenderIdentities": [SENDER_DOMAIN]})
            for action in [actions] if isinstance(actions, str) else actions:
                for target in targets if isinstance(targets, list) else [targets]:
                    grants.add((action, resource_name(target)))
    return grants


def resource_name(target: str) -> str:
    """CartsTable.Arn -> CartsTable; CartsTable.Arn/index/due -> CartsTable/index/due; an SES
    identity's ARN -> ses:identity/<identity>, a configuration set's -> ses:configuration-set."""
    assert "*" not in target.replace("/replies/*", ""), f"a wildcard: {target}"
    if ":ses:" in target:
        kind, _, name = target.rsplit(":", 1)[1].partition("/")
        return f"ses:identity/{name}" if kind == "identity" else f"ses:{kind}"
    logical, _, rest = target.partition(".Arn")
    assert ":" not in logical, f"a resource this test cannot read: {target!r}"
    return logical + rest


@pytest.fixture
def log(stack: LocalStack) -> CallLog:
    stack.sesv2.create_configuration_set(ConfigurationSetName=CONFIGURATION_SET)
    stack.settings = stack.settings.model_copy(update={"ses_configuration_set": CONFIGURATION_SET})
    log = CallLog(stack)
    stack.wire(clients=log.client)
    return log


def a_day_of_traffic(stack: LocalStack, api: Api) -> None:
    loop = LocalLoop(stack)
    stack.verify_senders()
    # A Shopify store too: its checkout arrives as Shopify's webhook.
    shopify = {"shopify_secret": SecretStr(SHOPIFY_SECRET), "shopify_domain": SHOPIFY_DOMAIN}
    stack.shop_store.put(api.shop.model_copy(update=shopify))
    delivered = deliver(api, "checkouts/create", payload("checkouts_create"))
    assert delivered.status == 200, delivered
    # The storefront: a preflight, then events with the publishable key.
    preflight = api.request(
        "OPTIONS",
        "/v1/events",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status == 204, preflight
    assert api.browser_post(cart_updated("c2")).status == 202
    assert api.browser_post(contact("c2", email="lin@example.com")).status == 202
    # The shop's server: every kind of event.
    for event in (
        contact("c1"),
        cart_updated("c1"),
        {"type": "payment.failed", "cart_id": "c1"},
        contact("c3", email="grace@example.com"),
        cart_updated("c3"),
        {"type": "order.completed", "cart_id": "c3", "order_id": "o-3"},
        {"type": "customer.opted_out", "cart_id": "c4", "email": "someone@example.com"},
        # An address that bounces (SES's mailbox simulator, played by the local loop).
        contact("c5", email="bounce@simulator.amazonses.com"),
        cart_updated("c5"),
    ):
        reply = api.post(event)
        assert reply.status == 202, (event, reply)
    # WooCommerce's order webhook for a shop connected to it (its delivery noted on the shop).
    woo = Api(stack, make_shop(stack, shop_id="woo-shop", woocommerce_secret=WOO_SECRET))
    assert deliver_woo(woo, order(date_modified_gmt=gmt(stack.clock.now()))).status == 200
    # The sweep claims c1, send mails it; the customer clicks, looks, opts out.
    everything = advance(loop, 2 * HOUR)
    assert {email["cart_id"] for email in everything} >= {"c1", "c5"}
    emails = [email for email in everything if email["cart_id"] == "c1"]
    assert len(emails) == 1
    assert api.request("GET", link(emails[0], "r")).status == 302
    # The customer answers the email: the reply is filed and forwarded to the shop.
    answer = receive(stack, reply_to(emails[0], "The card payment failed, can you help?"))
    assert answer["outcome"] == "forwarded"
    opt_out = link(emails[0], "u")
    assert api.request("GET", opt_out).status == 200
    assert api.request("POST", opt_out).status == 200
    # The shop's platform asks for a copy, then an erasure; then the shop leaves.
    loop.deliver()  # the day's figures first, for the shop's erasure to find
    # Shopify's redact goes through the track function, which queues it.
    redact = deliver(api, "customers/redact", payload("customers_redact"), event_id="redact-1")
    assert redact.status == 200, redact
    for kind, email in (
        (PrivacyKind.DATA_REQUEST, "ada@example.com"),
        (PrivacyKind.SHOP_REDACT, None),
    ):
        stack.privacy_queue.send(
            PrivacyRequest(
                kind=kind,
                shop_id=api.shop.shop_id,
                email=email,
                requested_at=stack.clock.now(),
                request_id=f"day-{kind.value}",
            )
        )
    assert loop.deliver_privacy() == 3


def test_each_function_may_do_exactly_what_it_does(
    stack: LocalStack, api: Api, log: CallLog
) -> None:
    a_day_of_traffic(stack, api)

    for function, logical_id in FUNCTIONS.items():
        used, allowed = log.calls[function], granted(logical_id)
        assert used - allowed == set(), f"{logical_id} calls what its policy does not allow"
        assert allowed - used == set(), f"{logical_id} is allowed what it never calls"


def test_a_call_outside_the_policy_is_caught(stack: LocalStack, api: Api, log: CallLog) -> None:
    # The check itself: a track function that deleted a cart would need DeleteItem, which
    # it is not granted.
    a_day_of_traffic(stack, api)
    log.client("track", "dynamodb").delete_item(
        TableName=stack.settings.carts_table, Key={"pk": {"S": "test-shop#c1"}}
    )

    assert ("dynamodb:DeleteItem", "CartsTable") in log.calls["track"] - granted("TrackFunction")
