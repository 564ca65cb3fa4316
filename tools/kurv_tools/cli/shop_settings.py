"""A shop's settings as the `Shop` model declares them: the options of `kurv shop add` and
`kurv shop update`, what the given options change, and the rows `kurv shop show` prints.

Every `Shop` field is a setting unless its metadata says {"setting": False}. Its option is
--<its name> (singular for a list; or its "flag"), its help the field's description with
what applies when it is not given, and its row in shop show its name (or its "row"). What
the model cannot say alone (the email series, image hosts kept across updates, switching
a shop off, rows made of several settings) is in special_settings.py, by field or row name.
"""

from __future__ import annotations

import argparse
import enum
import types
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, SecretStr
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from kurv.core.shops import Shop
from kurv_tools.cli import special_settings


class Kind(StrEnum):
    TEXT = "text"
    OPTIONAL_TEXT = "optional text"  # '' clears it
    SECRET = "secret"  # noqa: S105  # optional text the merchant chose; '' clears it, shop show hides it
    NUMBER = "number"
    CHOICE = "choice"  # a StrEnum's values
    SWITCH = "switch"  # a bool, given as on or off
    LIST = "list"  # the option repeated; the list given replaces the shop's
    OTHER = "other"  # only a handler in special_settings.py knows it


class _Metadata(BaseModel):
    """What a field's json_schema_extra may say (a misspelled key is an error)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    setting: bool = True
    flag: str | None = None
    row: str | None = None
    unset: str | None = None


@dataclass(frozen=True)
class Setting:
    field: str
    flag: str
    help: str
    row: str
    kind: Kind
    choices: tuple[str, ...] = ()
    required: bool = False  # by `kurv shop add`


HIDDEN = "hidden (--show-secrets prints it)"


@cache
def settings() -> tuple[Setting, ...]:
    """The shop's settings, in the model's order."""
    return tuple(_read(Shop))


def add_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    """Required options first (`kurv shop add` needs them), then the model's order."""
    every = sorted(settings(), key=lambda setting: not (adding and setting.required))
    for setting in every:
        special = special_settings.OPTIONS.get(setting.field)
        if special is not None:
            special(parser, setting.flag, setting.help, adding)
        elif setting.kind is not Kind.OTHER:
            parser.add_argument(setting.flag, help=setting.help, **_argparse(setting, adding))


def changes(args: argparse.Namespace, current: Shop | None) -> dict[str, Any]:
    """The settings the given options change, as the model's values."""
    found: dict[str, Any] = {}
    for setting in settings():
        special = special_settings.CHANGES.get(setting.field)
        if special is not None:
            found.update(special(args, current))
            continue
        value = getattr(args, setting.field, None)
        if value is None:
            continue
        if setting.kind in (Kind.OPTIONAL_TEXT, Kind.SECRET):
            value = value.strip() or None
        elif setting.kind is Kind.SWITCH:
            value = value == "on"
        found[setting.field] = value
    return found


def rows(shop: Shop, *, show_secrets: bool = False) -> list[tuple[str, str]]:
    """Each setting's row, in the model's order; a row several settings share comes once.
    A secret the merchant set shows only with `show_secrets`."""
    shown: list[tuple[str, str]] = []
    done: set[str] = set()
    for setting in settings():
        if setting.row in done:
            continue
        done.add(setting.row)
        words = special_settings.ROWS.get(setting.row)
        if words is not None:
            shown += words(shop)
        else:
            value = getattr(shop, setting.field)
            if isinstance(value, SecretStr):
                value = value.get_secret_value() if show_secrets else HIDDEN
            shown.append((setting.row, _plain(value)))
    return shown


def _read(model: type[BaseModel]) -> Iterator[Setting]:
    for name, info in model.model_fields.items():
        metadata = _Metadata.model_validate(info.json_schema_extra or {})
        if not metadata.setting:
            continue  # Kurv makes it (an id, a secret, a key)
        kind, choices = _kind(info)
        notes = []
        if metadata.unset:
            notes.append(f"default: {metadata.unset}")
        elif kind is not Kind.OTHER and info.default not in (None, (), PydanticUndefined):
            notes.append(f"default {_given(info.default)}")
        if kind in (Kind.OPTIONAL_TEXT, Kind.SECRET):
            notes.append("'' clears")
        if kind is Kind.LIST:
            notes.append("repeat for more")
        singular = name.removesuffix("s") if kind is Kind.LIST else name
        yield Setting(
            field=name,
            flag=metadata.flag or "--" + singular.replace("_", "-"),
            help=(info.description or "") + (f" ({'; '.join(notes)})" if notes else ""),
            row=metadata.row or name.replace("_", " "),
            kind=kind,
            choices=choices,
            required=info.is_required() and metadata.unset is None,
        )


def _kind(info: FieldInfo) -> tuple[Kind, tuple[str, ...]]:
    annotation, optional = _bare(info.annotation)
    if annotation in (str, SecretStr):
        text = Kind.OPTIONAL_TEXT if optional else Kind.TEXT
        return (Kind.SECRET if annotation is SecretStr else text), ()
    if annotation is bool:
        return Kind.SWITCH, ("on", "off")
    if annotation is int:
        return Kind.NUMBER, ()
    if isinstance(annotation, type) and issubclass(annotation, enum.StrEnum):
        return Kind.CHOICE, tuple(member.value for member in annotation)
    if get_origin(annotation) is tuple and _bare(get_args(annotation)[0])[0] is str:
        return Kind.LIST, ()
    return Kind.OTHER, ()


def _bare(annotation: Any) -> tuple[Any, bool]:
    """The type under Annotated[...] and `| None`, and whether None is allowed."""
    optional = False
    if get_origin(annotation) in (Union, types.UnionType):
        members = [member for member in get_args(annotation) if member is not type(None)]
        optional = len(members) < len(get_args(annotation))
        annotation = members[0] if len(members) == 1 else annotation
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation, optional


def _argparse(setting: Setting, adding: bool) -> dict[str, Any]:
    options: dict[str, Any] = {"dest": setting.field, "required": adding and setting.required}
    if setting.kind is Kind.NUMBER:
        options["type"] = int
    if setting.choices:
        options["choices"] = list(setting.choices)
    if setting.kind is Kind.LIST:
        options["action"] = "append"
    options["metavar"] = None if setting.choices else _metavar(setting)
    return options


def _metavar(setting: Setting) -> str:
    """The last word of the field's name (HOST, DAYS, URL), N for a count."""
    if setting.kind is Kind.NUMBER and not setting.field.endswith("_days"):
        return "N"
    return setting.flag.rpartition("-")[2].upper()


def _plain(value: Any) -> str:
    """A value as shop show prints it: '-' for none, a list joined, yes or no."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value) or "-"
    return str(value)


def _given(value: Any) -> str:
    """A default as it would be given: on or off for a switch, an enum's value."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return _plain(value)
