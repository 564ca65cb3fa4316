"""AWS clients for a Lambda container, and botocore's errors read into what we decide on.

Clients are built on first use (never at import) and shared by everything in the container.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from botocore.config import Config
    from botocore.exceptions import ClientError
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_secretsmanager import SecretsManagerClient
    from mypy_boto3_sesv2 import SESV2Client

THROTTLING_CODES = frozenset(
    {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded",
        "InternalServerError",
        "ServiceUnavailable",
    }
)


def error_code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


def error_message(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Message", ""))


def is_conditional_failure(error: ClientError) -> bool:
    return error_code(error) == "ConditionalCheckFailedException"


def is_throttling(error: ClientError) -> bool:
    return error_code(error) in THROTTLING_CODES


def client_config(*, max_attempts: int = 4, **overrides: Any) -> Config:
    from botocore.config import Config

    # Standard retries back off on throttling; short timeouts keep a stuck call from
    # eating the whole Lambda budget.
    return Config(
        retries={"mode": "standard", "max_attempts": max_attempts},
        connect_timeout=overrides.pop("connect_timeout", 3),
        read_timeout=overrides.pop("read_timeout", 10),
        **overrides,
    )


@cache  # one client per container, shared by everything in it
def dynamodb_client() -> DynamoDBClient:
    import boto3

    return boto3.client("dynamodb", config=client_config())


@cache
def sesv2_client() -> SESV2Client:
    import boto3

    return boto3.client("sesv2", config=client_config(max_attempts=6))


@cache
def secretsmanager_client() -> SecretsManagerClient:
    import boto3

    return boto3.client("secretsmanager", config=client_config())


@cache
def s3_client() -> S3Client:
    import boto3

    return boto3.client("s3", config=client_config())


@cache
def sqs_client() -> Any:
    import boto3

    return boto3.client("sqs", config=client_config(max_attempts=3, read_timeout=3))
