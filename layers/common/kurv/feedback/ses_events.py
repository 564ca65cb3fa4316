"""SES's bounce and complaint events as it publishes them through a configuration set
(EventBridge's ``detail``), typed. Only the fields Kurv reads; the rest is ignored.

Field names as AWS documents them ("Contents of event data that Amazon SES publishes"):
``eventType`` (``notificationType`` without event publishing), ``mail.tags`` (lists of
values by tag name), ``bounce.bounceType`` / ``bounceSubType`` / ``bouncedRecipients``,
``complaint.complainedRecipients``, each recipient's ``emailAddress``.
"""

from __future__ import annotations

from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Recipient(_Model):
    address: str = Field(default="", validation_alias="emailAddress")


class Bounce(_Model):
    kind: str = Field(default="", validation_alias="bounceType")  # Permanent, Transient, ...
    subtype: str = Field(default="", validation_alias="bounceSubType")
    recipients: tuple[Recipient, ...] = Field(default=(), validation_alias="bouncedRecipients")


class Complaint(_Model):
    recipients: tuple[Recipient, ...] = Field(default=(), validation_alias="complainedRecipients")


class Mail(_Model):
    # SES publishes each tag as a list of values; a lone string is read as one value.
    tags: dict[str, list[str] | str] = Field(default_factory=dict)

    def tag(self, name: str) -> str:
        value = self.tags.get(name)
        if isinstance(value, list):
            return value[0] if value else ""
        return value or ""


class MailEvent(_Model):
    kind: str = Field(default="", validation_alias=AliasChoices("eventType", "notificationType"))
    mail: Mail = Field(default_factory=Mail)
    bounce: Bounce | None = None
    complaint: Complaint | None = None

    @property
    def shop_id(self) -> str:
        """The shop the email was sent for: every Kurv email carries a ``shop`` tag."""
        return self.mail.tag("shop")

    @classmethod
    def read(cls, detail: Any) -> MailEvent | None:
        """The event, or None when it is not one SES would publish."""
        try:
            return cls.model_validate(detail)
        except ValidationError:
            return None
