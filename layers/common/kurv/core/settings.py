"""Each function reads its environment once, into one typed Settings object."""

from __future__ import annotations

import os
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kurv.core.errors import validation_problems


class SettingsError(RuntimeError):
    """The function's environment is incomplete: a deployment problem, reported at cold start."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    carts_table: str = Field(alias="KURV_CARTS_TABLE", min_length=3)
    shops_table: str = Field(alias="KURV_SHOPS_TABLE", min_length=3)
    suppressions_table: str = Field(alias="KURV_SUPPRESSIONS_TABLE", min_length=3)
    # Where customer links (/r/, /u/) point: the API's own URL or the merchant's domain.
    public_base_url: str = Field(default="", alias="KURV_PUBLIC_BASE_URL")
    # Replies go to reply+<token>@<reply_domain>; empty: Reply-To is the shop's support address.
    reply_domain: str = Field(default="", alias="KURV_REPLY_DOMAIN")
    ses_configuration_set: str = Field(default="", alias="KURV_SES_CONFIGURATION_SET")
    # Customers' replies: the table they are kept in, and the bucket SES stores them in.
    replies_table: str = Field(default="", alias="KURV_REPLIES_TABLE")
    # Each shop's daily figures (kurv report).
    stats_table: str = Field(default="", alias="KURV_STATS_TABLE")
    reply_bucket: str = Field(default="", alias="KURV_REPLY_BUCKET")
    # The Secrets Manager secret (ARN or name) holding the key addresses are hashed with.
    address_key_secret: str = Field(default="", alias="KURV_ADDRESS_KEY_SECRET")
    # The queue privacy requests wait in for the privacy function (core.privacy.PrivacyQueue).
    privacy_queue_url: str = Field(default="", alias="KURV_PRIVACY_QUEUE_URL")
    # How long a shop's configuration is trusted from the per-container cache.
    shop_cache_seconds: int = Field(default=60, alias="KURV_SHOP_CACHE_SECONDS", ge=0, le=3600)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        source = os.environ if environ is None else environ
        known = {name: source[name] for name in _ENV_NAMES if name in source}
        try:
            return cls.model_validate(known)
        except ValidationError as error:
            problems = "; ".join(validation_problems(error))
            raise SettingsError(f"Kurv is misconfigured: {problems}") from None


_ENV_NAMES = tuple(
    field.alias for field in Settings.model_fields.values() if field.alias is not None
)
