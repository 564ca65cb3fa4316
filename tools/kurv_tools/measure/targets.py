"""A benchmark figure beside its target, and the table `make bench` prints of them."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """What a figure should be: at most `limit` (or at least, for counts that must be reached)."""

    limit: float
    unit: str = ""
    at_least: bool = False

    def met(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value <= self.limit

    def __str__(self) -> str:
        return f"target {'≥' if self.at_least else '≤'} {self.limit:g}{self.unit}"


@dataclass(frozen=True)
class Figure:
    label: str
    value: float  # nan: not measured
    shown: str
    target: Target | None  # None: a reference point, not ours to meet
    note: str = ""

    @property
    def mark(self) -> str:
        if self.target is None:
            return "ref"
        if math.isnan(self.value):
            return "?"
        if self.target.met(self.value):
            return "ok"
        return "UNDER" if self.target.at_least else "OVER"


def print_table(figures: list[Figure]) -> None:
    label_width = max(len(figure.label) for figure in figures)
    shown_width = max(len(figure.shown) for figure in figures)
    targets = [f"({figure.target})" if figure.target else "(reference)" for figure in figures]
    target_width = max(len(target) for target in targets)
    print()
    for figure, target in zip(figures, targets, strict=True):
        print(
            f"  {figure.label:<{label_width}}  {figure.shown:>{shown_width}}  "
            f"{target:<{target_width}}  {figure.mark:<5}  {figure.note}".rstrip()
        )
    missed = [figure.label for figure in figures if figure.mark in ("OVER", "UNDER", "?")]
    judged = sum(figure.target is not None for figure in figures)
    print()
    if missed:
        print(f"{len(missed)} of {judged} figures miss their target: {', '.join(missed)}")
    else:
        print(f"All {judged} figures with a target are within it.")
