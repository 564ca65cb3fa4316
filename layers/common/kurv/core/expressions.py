"""DynamoDB update and condition expressions, built with a placeholder for every name and value.

Pure: values stay Python values here; ``dynamo.update_request`` serialises them for the
client. So the code that plans a write (``cart_updates.py``, ``decisions.SEND_GATE``)
imports no SDK.

>>> u = Update()
>>> u.set("due_at", 5)
>>> u.when(f"attribute_not_exists({u.name('closed')})")
"""

from __future__ import annotations

from typing import Any


class Update:
    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.values: dict[str, Any] = {}
        self._set: list[str] = []
        self._remove: list[str] = []
        self._add: list[str] = []
        self._conditions: list[str] = []

    def name(self, attribute: str) -> str:
        placeholder = f"#{attribute}"
        self.names[placeholder] = attribute
        return placeholder

    def value(self, value: Any) -> str:
        placeholder = f":v{len(self.values)}"
        self.values[placeholder] = value
        return placeholder

    def set(self, attribute: str, value: Any) -> None:
        self._set.append(f"{self.name(attribute)} = {self.value(value)}")

    def set_expression(self, attribute: str, expression: str) -> None:
        """SET with a computed right-hand side, e.g. ``if_not_exists(#next_delay, :v1) + :v2``."""
        self._set.append(f"{self.name(attribute)} = {expression}")

    def set_if_missing(self, attribute: str, value: Any) -> None:
        placeholder = self.name(attribute)
        self._set.append(f"{placeholder} = if_not_exists({placeholder}, {self.value(value)})")

    def remove(self, attribute: str) -> None:
        self._remove.append(self.name(attribute))

    def add(self, attribute: str, value: Any) -> None:
        self._add.append(f"{self.name(attribute)} {self.value(value)}")

    def when(self, condition: str) -> None:
        """A condition the write needs; all of them must hold."""
        self._conditions.append(f"({condition})")

    def missing_or_at_most(self, attribute: str, value: Any) -> str:
        return self._missing_or(attribute, "<=", value)

    def missing_or_below(self, attribute: str, value: Any) -> str:
        return self._missing_or(attribute, "<", value)

    def _missing_or(self, attribute: str, operator: str, value: Any) -> str:
        name = self.name(attribute)
        return f"attribute_not_exists({name}) OR {name} {operator} {self.value(value)}"

    @property
    def update_expression(self) -> str:
        clauses = []
        if self._set:
            clauses.append("SET " + ", ".join(self._set))
        if self._remove:
            clauses.append("REMOVE " + ", ".join(self._remove))
        if self._add:
            clauses.append("ADD " + ", ".join(self._add))
        return " ".join(clauses)

    @property
    def condition_expression(self) -> str:
        return " AND ".join(self._conditions)
