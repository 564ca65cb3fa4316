"""One moto stack per test session, and every test starting from it as it was made.

Making the template's tables, the reply bucket and the address key for each test was most
of a moto test's time. The session makes them once (`SessionStack.create`); before each
test, `restore()` takes the embedded emulator back to that moment, in process:

- the stack's tables keep their definitions (keys, indexes, stream, TTL) and lose every
  item, and the carts stream every record (each test's LocalLoop reads it from the start);
  any other table, in any region, is deleted;
- every other service a test used is reset as moto resets it (SES's identities and sent
  messages, stacks, queues, metrics ...), S3, Secrets Manager and SQS too unless they hold
  just the stack's bucket, empty, its address key, unchanged, and its privacy queues, empty;
- whatever of the stack is then missing (a table a test deleted, the bucket or the key a
  reset took) is made again by `LocalStack.create_tables`, which skips what exists;
- moto's record of every object it made, which /moto-api/data.json (so the outbox) reads,
  starts empty.

`unwire()` then leaves every handler's collaborators (functions/*/app.py's Lazy values)
unusable until the next test wires its own stack, so no test's clock or clients reach the
next one. tests/integration/test_isolation.py proves all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn, cast

from helpers import START
from kurv.core.clock import ManualClock
from kurv.wiring import Lazy
from kurv_tools.building.template import REPO_ROOT
from kurv_tools.local.emulator import ACCOUNT_ID, REGION, Emulator
from kurv_tools.local.functions import load_function
from kurv_tools.local.stack import LocalStack, privacy_queue_names, table_names

if TYPE_CHECKING:
    from moto.core.base_backend import BackendDict
    from moto.dynamodb.models import DynamoDBBackend
    from moto.s3.models import S3Backend
    from moto.secretsmanager.models import SecretsManagerBackend
    from moto.sqs.models import SQSBackend

PREFIX = "test"
FUNCTIONS = sorted(path.parent.name for path in (REPO_ROOT / "functions").glob("*/app.py"))


@dataclass(frozen=True)
class SessionStack:
    emulator: Emulator
    made: LocalStack  # the session's own handle: only ever used to make the stack again

    @classmethod
    def create(cls, emulator: Emulator) -> SessionStack:
        made = LocalStack(emulator, ManualClock(START), prefix=PREFIX)
        made.create_tables()
        return cls(emulator, made)

    def restore(self) -> None:
        """Back to the stack as the session made it: see the module's docstring."""
        if not self.emulator.embedded:
            raise RuntimeError("the tests' stack is restored in process: an embedded emulator")
        from moto.core.base_backend import BackendDict
        from moto.core.model_instances import reset_model_data

        reset_model_data()
        # moto's own list of the services in use, as BackendDict.reset (moto-api/reset) reads it
        in_use: list[BackendDict[Any]] = list(BackendDict._instances)  # type: ignore[misc]
        for backends in in_use:
            if backends.service_name == "dynamodb":
                self._empty_tables(backends)
            elif not self._holds_only_the_stacks(backends):
                for account in list(backends.values()):
                    account.reset()  # each region's backend made anew, in place
        if not self._complete():
            self.made.create_tables()  # skips what exists

    def _empty_tables(self, backends: BackendDict[Any]) -> None:
        ours = set(table_names(PREFIX).values())
        for account_id, region, backend in list(backends.iter_backends()):
            dynamodb = cast("DynamoDBBackend", backend)
            for name, table in list(dynamodb.tables.items()):
                if (account_id, region) != (ACCOUNT_ID, REGION) or name not in ours:
                    dynamodb.delete_table(name)
                    continue
                table.items.clear()
                if table.stream_shard is not None:
                    table.stream_shard.items.clear()

    def _holds_only_the_stacks(self, backends: BackendDict[Any]) -> bool:
        """S3 and Secrets Manager are kept when all they hold, in any account and region, is
        the stack's bucket, empty, and its address key, unchanged; every other service is
        reset."""
        regions = [backend for _, _, backend in backends.iter_backends()]
        if backends.service_name == "s3":
            buckets = [b for s3 in cast("list[S3Backend]", regions) for b in s3.buckets.values()]
            return [(b.name, len(b.keys) + len(b.multiparts)) for b in buckets] == [
                (self.made.settings.reply_bucket, 0)
            ]
        if backends.service_name == "sqs":
            queues = [
                (queue.name, len(queue._messages))
                for region in cast("list[SQSBackend]", regions)
                for queue in region.queues.values()
            ]
            return sorted(queues) == sorted((name, 0) for name in privacy_queue_names(PREFIX))
        if backends.service_name == "secretsmanager":
            secrets = [
                secret
                for region in cast("list[SecretsManagerBackend]", regions)
                for secret in dict.values(region.secrets)
            ]
            return [(secret.name, len(secret.versions)) for secret in secrets] == [
                (self.made.settings.address_key_secret, 1)
            ]
        return False

    def _complete(self) -> bool:
        """The stack's tables, bucket and address key all exist."""
        from moto.dynamodb.models import dynamodb_backends
        from moto.s3.models import s3_backends
        from moto.secretsmanager.models import secretsmanager_backends
        from moto.sqs.models import sqs_backends

        settings = self.made.settings
        tables = dynamodb_backends[ACCOUNT_ID][REGION].tables
        return (
            all(name in tables for name in table_names(PREFIX).values())
            and settings.reply_bucket in s3_backends[ACCOUNT_ID]["aws"].buckets
            and settings.address_key_secret in secretsmanager_backends[ACCOUNT_ID][REGION].secrets
            and set(privacy_queue_names(PREFIX)) <= set(sqs_backends[ACCOUNT_ID][REGION].queues)
        )


class Unwired:
    """What a handler holds between tests: any use of it names what was left unwired."""

    def __init__(self, where: str) -> None:
        self._where = where

    def __getattr__(self, name: str) -> NoReturn:
        raise RuntimeError(
            f"{self._where} is not wired: a handler ran outside the `stack` fixture's test"
        )


def unwire() -> None:
    """Every handler's collaborators (the module-level Lazy values) made unusable."""
    for function in FUNCTIONS:
        module = load_function(function)
        for attribute, value in vars(module).items():
            if isinstance(value, Lazy):
                value.set(cast(Any, Unwired(f"functions/{function}/app.py's {attribute}")))
