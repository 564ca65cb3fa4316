"""`kurv doctor --stack NAME`: is a deployed Kurv able to do its work? Each check says what
it found and, when something is wrong, the one thing to do about it. Without --stack, the
same for `make run`'s local stack (LocalDoctor), where SES, DKIM and the schedule are the
emulator's and need nothing from you.

Read-only: it describes, gets and lists; it never changes the stack, SES or a queue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from botocore.exceptions import BotoCoreError, ClientError

REQUIRED_OUTPUTS = (
    "ApiUrl",
    "CartsTableName",
    "ShopsTableName",
    "SuppressionsTableName",
    "RepliesTableName",
    "SesConfigurationSetName",
    "AddressKeySecretArn",
    "SendFailureQueueUrl",
)
QUEUE_OUTPUTS = {
    "SendFailureQueueUrl": "claims the send function gave up on",
    "SweepDeadLetterQueueUrl": "sweeps EventBridge could not start",
    "ReplyFailureQueueUrl": "replies not filed",
    "FeedbackFailureQueueUrl": "bounces and complaints not handled",
    "StatsFailureQueueUrl": "cart changes not added to the daily figures",
    "PrivacyDeadLetterQueueUrl": "privacy requests (erasures, data requests) not done",
}
SWEEP_WINDOW = timedelta(minutes=5)
# Hosts that say "Amazon" in a customer's email: execute-api.<region>.amazonaws.com and kin.
AWS_HOSTS = ("execute-api", "amazonaws.com")
# template.yaml's SendAsShopsPolicy grants the first ten of SenderIdentities.
MAX_SENDER_IDENTITIES = 10


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    found: str
    fix: str = ""


@dataclass
class Doctor:
    stack_name: str
    region: str
    outputs: dict[str, str]
    client: Callable[[str], Any]  # a boto3 client for a service, in the stack's region
    shops: list[Any]  # kurv.core.shops.Shop
    now: datetime

    def checks(self) -> list[Check]:
        found = [self.outputs_present(), self.ses_account()]
        found += [self.sender(shop) for shop in self.shops] or [
            Check(
                "shops", Status.WARN, "no shops yet", "kurv shop add ... --stack " + self.stack_name
            )
        ]
        if "SenderIdentities" in self.outputs:  # stacks before it granted every identity
            found += [self.may_send_as(shop) for shop in self.shops]
        now = int(self.now.timestamp())
        found += [check for shop in self.shops for check in deliveries(shop, now)]
        if "LinksBaseUrl" in self.outputs:  # stacks before it: make deploy adds it
            found.append(self.links())
        found += [self.event_destination(), self.receiving(), self.sweep_ran()]
        found += [
            self.queue(output, what)
            for output, what in QUEUE_OUTPUTS.items()
            if output in self.outputs
        ]
        return found

    def outputs_present(self) -> Check:
        missing = [name for name in REQUIRED_OUTPUTS if name not in self.outputs]
        if missing:
            return Check(
                "stack outputs",
                Status.FAIL,
                "missing " + ", ".join(missing),
                "make deploy (this stack predates them, or is not a Kurv stack)",
            )
        return Check("stack outputs", Status.OK, f"all {len(REQUIRED_OUTPUTS)} present")

    def ses_account(self) -> Check:
        try:
            account = self.client("sesv2").get_account()
        except (ClientError, BotoCoreError) as error:
            return Check(
                "SES account", Status.FAIL, f"cannot read it: {error}", "check your credentials"
            )
        if not account.get("SendingEnabled", True):
            return Check(
                "SES account",
                Status.FAIL,
                "sending is paused for the account",
                "see the SES console's reputation page: AWS pauses sending at high bounce or "
                "complaint rates",
            )
        if not account.get("ProductionAccessEnabled"):
            return Check(
                "SES account",
                Status.WARN,
                "in the SES sandbox: emails reach verified addresses only",
                f"request production access: SES console > Account dashboard ({self.region})",
            )
        return Check("SES account", Status.OK, "out of the sandbox, sending enabled")

    def sender(self, shop: Any) -> Check:
        domain = shop.sender_email.rpartition("@")[2]
        name = f"sender of {shop.shop_id}"
        try:
            identity = self.client("sesv2").get_email_identity(EmailIdentity=domain)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "NotFoundException":
                return Check(
                    name,
                    Status.FAIL,
                    f"{domain} is not an SES identity in {self.region}",
                    f"verify {domain} in SES (Easy DKIM) and publish its three DKIM CNAME records",
                )
            return Check(
                name, Status.FAIL, f"cannot read {domain}: {error}", "check your credentials"
            )
        dkim = identity.get("DkimAttributes", {}).get("Status", "NOT_STARTED")
        if not identity.get("VerifiedForSendingStatus") or dkim != "SUCCESS":
            return Check(
                name,
                Status.FAIL,
                f"{domain}: verified {bool(identity.get('VerifiedForSendingStatus'))}, DKIM {dkim}",
                f"publish {domain}'s DKIM CNAME records (SES console > Identities > {domain})",
            )
        return Check(name, Status.OK, f"{domain} verified, DKIM signing")

    def may_send_as(self, shop: Any) -> Check:
        """The functions may send only as the stack's SenderIdentities (least privilege)."""
        listed = [item.strip() for item in self.outputs["SenderIdentities"].split(",")]
        identities = [item.lower() for item in listed[:MAX_SENDER_IDENTITIES]]
        address = shop.sender_email.lower()
        domain = address.rpartition("@")[2]
        name = f"sending rights of {shop.shop_id}"
        more = ",".join([*listed, domain])
        if address in identities or domain in identities:
            return Check(name, Status.OK, f"the stack may send as {domain}")
        beyond = len(listed) > MAX_SENDER_IDENTITIES
        return Check(
            name,
            Status.FAIL,
            f"{domain} is not among the stack's first {MAX_SENDER_IDENTITIES} SenderIdentities"
            if beyond
            else f"the stack may not send as {domain} (SenderIdentities: {', '.join(listed)})",
            "deploy a stack per ten sender identities"
            if beyond
            else f'make deploy PARAMS="SenderIdentities={more}"',
        )

    def links(self) -> Check:
        """The emails' links should carry the shop's own domain, not AWS's: a customer who
        sees execute-api.<region>.amazonaws.com under "Back to your cart" may not click."""
        base = self.outputs["LinksBaseUrl"]
        host = (urlsplit(base).hostname or base).lower()
        if any(part in host for part in AWS_HOSTS):
            return Check(
                "links",
                Status.WARN,
                f"the emails' links carry an AWS host ({host})",
                'make deploy PARAMS="ApiDomainName=kurv.yourshop.example '
                f'ApiCertificateArn=<an ACM certificate for it in {self.region}>" '
                "(or PublicBaseUrl=<a domain you mapped to the API>)",
            )
        return Check("links", Status.OK, f"the emails' links go to {base}")

    def event_destination(self) -> Check:
        name = self.outputs.get("SesConfigurationSetName", "")
        try:
            destinations = self.client("sesv2").get_configuration_set_event_destinations(
                ConfigurationSetName=name
            )["EventDestinations"]
        except (ClientError, BotoCoreError) as error:
            return Check(
                "bounce events", Status.FAIL, f"cannot read {name}: {error}", "make deploy"
            )
        for destination in destinations:
            kinds = set(destination.get("MatchingEventTypes", []))
            if (
                destination.get("Enabled")
                and {"BOUNCE", "COMPLAINT"} <= kinds
                and destination.get("EventBridgeDestination")
            ):
                return Check("bounce events", Status.OK, f"{name} publishes bounces and complaints")
        return Check(
            "bounce events",
            Status.FAIL,
            f"{name} does not publish bounces and complaints to EventBridge",
            "make deploy (the SesFeedbackDestination resource)",
        )

    def receiving(self) -> Check:
        expected = self.outputs.get("ReplyRuleSetName")
        if not expected:
            return Check(
                "replies",
                Status.WARN,
                "off (no ReplyDomain): replies go to each shop's support address",
                'make deploy PARAMS="ReplyDomain=replies.yourshop.example"',
            )
        try:
            active = self.client("ses").describe_active_receipt_rule_set()
        except (ClientError, BotoCoreError) as error:
            return Check("replies", Status.FAIL, f"cannot read the active rule set: {error}", "")
        name = active.get("Metadata", {}).get("Name")
        if name != expected:
            return Check(
                "replies",
                Status.FAIL,
                f"the active receipt rule set is {name or 'none'}, not {expected}",
                f"aws ses set-active-receipt-rule-set --rule-set-name {expected} "
                f"--region {self.region}",
            )
        return Check("replies", Status.OK, f"{expected} is the active rule set")

    def sweep_ran(self) -> Check:
        try:
            function = self.client("cloudformation").describe_stack_resource(
                StackName=self.stack_name, LogicalResourceId="SweepFunction"
            )["StackResourceDetail"]["PhysicalResourceId"]
            points = self.client("cloudwatch").get_metric_statistics(
                Namespace="AWS/Lambda",
                MetricName="Invocations",
                Dimensions=[{"Name": "FunctionName", "Value": function}],
                StartTime=self.now - SWEEP_WINDOW,
                EndTime=self.now,
                Period=60,
                Statistics=["Sum"],
            )["Datapoints"]
        except (ClientError, BotoCoreError) as error:
            return Check("sweep", Status.FAIL, f"cannot read its invocations: {error}", "")
        runs = int(sum(point.get("Sum", 0) for point in points))
        if runs == 0:
            return Check(
                "sweep",
                Status.FAIL,
                "no run in the last 5 minutes",
                "check that the SweepFunction's schedule is enabled (EventBridge rules), "
                "and its logs",
            )
        return Check("sweep", Status.OK, f"{runs} runs in the last 5 minutes")

    def queue(self, output: str, what: str) -> Check:
        name = output.removesuffix("Url")
        try:
            attributes = self.client("sqs").get_queue_attributes(
                QueueUrl=self.outputs[output], AttributeNames=["ApproximateNumberOfMessages"]
            )["Attributes"]
        except (ClientError, BotoCoreError) as error:
            return Check(name, Status.FAIL, f"cannot read it: {error}", "")
        waiting = int(attributes.get("ApproximateNumberOfMessages", 0))
        if waiting:
            return Check(
                name,
                Status.FAIL,
                f"{waiting} message(s): {what}",
                f"read them (aws sqs receive-message --queue-url {self.outputs[output]}) "
                "and the function's logs",
            )
        return Check(name, Status.OK, "empty")


QUIET_DAYS = 3  # a connected shop with no webhook for this long is worth a look


def deliveries(shop: Any, now: int) -> list[Check]:
    """Whether each platform a shop is connected to still delivers its webhooks (recorded
    to the hour by the track function: kurv.core.shop_store.ShopStore.note_delivery)."""
    found = []
    for platform in shop.connected_platforms:
        name = f"{platform} webhooks ({shop.shop_id})"
        fix = f"kurv connect {platform} --shop {shop.shop_id} shows what to set up"
        last = shop.deliveries.get(platform)
        if not last:
            found.append(Check(name, Status.WARN, "none has arrived yet", fix))
        elif now - last > QUIET_DAYS * 24 * 3600:
            when = datetime.fromtimestamp(last, UTC).strftime("%Y-%m-%d %H:%M UTC")
            found.append(Check(name, Status.WARN, f"none since {when}", fix))
        else:
            found.append(Check(name, Status.OK, "arriving"))
    return found


@dataclass
class LocalDoctor:
    """The local stack's checks: it answers, its tables exist, its shops can send and carry
    what an email's footer needs."""

    base_url: str
    tables: dict[str, str]  # what it holds -> the emulated table's name
    client: Callable[[str], Any]  # a boto3 client of the emulator
    shops: list[Any]  # kurv.core.shops.Shop
    answers: Callable[[str], bool]  # whether a URL answers
    now: int  # the local stack's clock

    def checks(self) -> list[Check]:
        found = [self.server()]
        found += [self.table(what, name) for what, name in self.tables.items()]
        for shop in self.shops:
            found += [self.sender(shop), self.footer(shop), *deliveries(shop, self.now)]
        if not self.shops:
            found.append(
                Check(
                    "shops",
                    Status.WARN,
                    "no shops yet",
                    "kurv shop add <id> --name ... (see --help)",
                )
            )
        return found

    def server(self) -> Check:
        if self.answers(f"{self.base_url}/_local/clock"):
            return Check("local stack", Status.OK, f"answers at {self.base_url}")
        return Check(
            "local stack", Status.FAIL, f"no answer at {self.base_url}", "start it with `make run`"
        )

    def table(self, what: str, name: str) -> Check:
        try:
            self.client("dynamodb").describe_table(TableName=name)
        except (ClientError, BotoCoreError):
            return Check(f"{what} table", Status.FAIL, f"{name} is missing", "restart `make run`")
        return Check(f"{what} table", Status.OK, name)

    def sender(self, shop: Any) -> Check:
        domain = shop.sender_email.rpartition("@")[2]
        name = f"sender of {shop.shop_id}"
        try:
            self.client("sesv2").get_email_identity(EmailIdentity=domain)
        except ClientError:
            return Check(name, Status.OK, f"{domain}: the local sweep verifies it before sending")
        return Check(name, Status.OK, f"{domain} verified in the emulated SES")

    def footer(self, shop: Any) -> Check:
        name = f"footer of {shop.shop_id}"
        missing = [
            option
            for option, value in (
                ("--postal-address", shop.postal_address),
                ("--company-number", shop.company_number),
            )
            if not value
        ]
        if missing:
            return Check(
                name,
                Status.WARN,
                f"no {' and no '.join(option.removeprefix('--') for option in missing)}",
                f"kurv shop update {shop.shop_id} "
                + " ".join(f"{option} ..." for option in missing)
                + " (EU and Norwegian marketing law expect them in the footer)",
            )
        return Check(name, Status.OK, "postal address and company number set")


def as_json(checks: list[Check]) -> list[dict[str, str]]:
    return [
        {"name": check.name, "status": check.status.value, "found": check.found, "fix": check.fix}
        for check in checks
    ]


def report(checks: list[Check]) -> str:
    width = max(len(check.name) for check in checks)
    lines = []
    for check in checks:
        lines.append(f"{check.status.value:<4}  {check.name:<{width}}  {check.found}")
        if check.fix and check.status is not Status.OK:
            lines.append(f"{'':<4}  {'':<{width}}  fix: {check.fix}")
    failed = sum(check.status is Status.FAIL for check in checks)
    warned = sum(check.status is Status.WARN for check in checks)
    lines.append(
        f"\n{len(checks)} checks: {failed} failed, {warned} to look at."
        if failed or warned
        else f"\nAll {len(checks)} checks passed."
    )
    return "\n".join(lines)


def utc_now() -> datetime:
    return datetime.now(tz=UTC)
