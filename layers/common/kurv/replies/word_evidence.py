"""What a reply's words weigh towards each reason, learned from replies we wrote: a naive
Bayes over which words, and which word stems, a reply has. Pure.

The rules (kurv.replies.reasons) decide; this is the second opinion they ask: when no rule
fits, when only a weak cue or a bare question mark does, between two rules that disagree,
and over a rule that matched a sentence said in passing, when the words lean almost wholly
elsewhere on more than one word (steady_share). The rules name what they match; words a
rule has never seen
("halvdelen af mit budget", "Bankapp sagt nur abgelehnt") still lean towards one reason
in the replies people write, and that is what this weighs.

A word counts once per reply, as itself and as its first five letters: a crude stem that
joins "fragten", "fragtprisen" and "fragt"; each reason's share is its replies' share times,
for each feature the reply has, how often that reason's replies have it, smoothed by one
(Laplace).
The counts live in word_evidence.json beside this module, built by
`python -m kurv_tools.measure.word_evidence --write` from the three quarters of
tests/replies/reasons/replies.toml that are not set aside: the set-aside quarter still judges
the rules and this together, and a test checks the file is built from the corpus as it is.
Only words seen in two or more replies are kept, so no one reply's words are shipped.

A second model, auto_evidence.json, weighs the same way whether a message is an
auto-reply or a person's: learned from the held-out sets of tests/replies/heldout*/ (the
auto-replies and the people beside them), the mail-client sets and the corpus's visible
quarters (people all). The auto-reply rules (kurv.replies.inbound) ask it last: words such
as "vaktelefon", "Ruhestand" or "Innendienst" lean to a machine's notice however it is
phrased, which rules by family do not foresee.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

MODEL = Path(__file__).with_name("word_evidence.json")
AUTO_MODEL = Path(__file__).with_name("auto_evidence.json")
AUTOMATIC = ("auto", "person")
STEM_LETTERS = 5
SMOOTHING = 1.0
MIN_REPLIES = 2  # a word kept must be in this many replies
# Of a reply, the words weighed: more than any reply to a reminder needs, a bound for text
# made to be slow.
MAX_WORDS = 400

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[€$£%]")


def features(text: str) -> frozenset[str]:
    """The words of `text`, lower case, and the first five letters of each longer one."""
    found: set[str] = set()
    for count, token in enumerate(_TOKEN.finditer(text.lower())):
        if count == MAX_WORDS:
            break
        word = token.group()
        found.add(f"w:{word}")
        if len(word) > STEM_LETTERS:
            found.add(f"s:{word[:STEM_LETTERS]}")
    return frozenset(found)


@dataclass(frozen=True)
class Model:
    reasons: tuple[str, ...]
    replies: tuple[int, ...]  # replies per reason
    counts: Mapping[str, tuple[int, ...]]  # a feature: in how many replies of each reason

    @classmethod
    def trained(cls, examples: Iterable[tuple[str, str]], reasons: tuple[str, ...]) -> Model:
        """Counts from (text, reason) pairs; features in fewer than MIN_REPLIES replies are
        dropped."""
        replies = dict.fromkeys(reasons, 0)
        counts: dict[str, dict[str, int]] = {}
        for text, reason in examples:
            replies[reason] += 1
            for feature in features(text):
                counts.setdefault(feature, dict.fromkeys(reasons, 0))[reason] += 1
        kept = {
            feature: tuple(by_reason[reason] for reason in reasons)
            for feature, by_reason in sorted(counts.items())
            if sum(by_reason.values()) >= MIN_REPLIES
        }
        return cls(reasons, tuple(replies[reason] for reason in reasons), kept)

    def as_json(self) -> str:
        """The model as word_evidence.json holds it: one feature a line, sorted, so a change
        of corpus reads as a diff."""
        lines = [
            f"  {json.dumps(feature, ensure_ascii=False)}: {json.dumps(list(counts))}"
            for feature, counts in sorted(self.counts.items())
        ]
        return (
            "{\n"
            f'"reasons": {json.dumps(list(self.reasons))},\n'
            f'"replies": {json.dumps(list(self.replies))},\n'
            '"counts": {\n' + ",\n".join(lines) + "\n}\n}\n"
        )

    @classmethod
    def from_json(cls, text: str) -> Model:
        table = json.loads(text)
        return cls(
            tuple(table["reasons"]),
            tuple(table["replies"]),
            {feature: tuple(counts) for feature, counts in table["counts"].items()},
        )

    def shares(self, text: str) -> dict[str, float]:
        """Each reason's share of the evidence in `text`'s words (they sum to 1)."""
        logs = self._logs(features(text))
        return dict(zip(self.reasons, _normalised(logs), strict=True))

    def steady_share(self, text: str, reason: str) -> float:
        """The least share `reason` keeps when any one word of `text` is left out (with its
        stem, unless another word shares it): whether the evidence rests on more than one
        word, which may stand in another sense ("too cheap to be real", "Partita IVA")."""
        found = features(text)
        logs = self._logs(found)
        own = [feature[2:] for feature in found if feature.startswith("w:")]
        stems: dict[str, int] = {}
        for word in own:
            if len(word) > STEM_LETTERS:
                stems[word[:STEM_LETTERS]] = stems.get(word[:STEM_LETTERS], 0) + 1
        which = self.reasons.index(reason)
        least = 1.0
        for word in own:
            alone = [f"w:{word}"]
            if len(word) > STEM_LETTERS and stems[word[:STEM_LETTERS]] == 1:
                alone.append(f"s:{word[:STEM_LETTERS]}")
            left = list(logs)
            for feature in alone:
                for index, part in enumerate(self._weights.get(feature, ())):
                    left[index] -= part
            least = min(least, _normalised(left)[which])
        return least

    def _logs(self, found: Iterable[str]) -> list[float]:
        """Each reason's prior and the weights of the features `found`, summed (logarithms)."""
        logs = list(self._priors)
        for feature in found:
            weight = self._weights.get(feature)
            if weight is not None:
                logs = [value + part for value, part in zip(logs, weight, strict=True)]
        return logs

    @cached_property
    def _priors(self) -> tuple[float, ...]:
        """Each reason's share of the replies, as a logarithm."""
        total = sum(self.replies)
        return tuple(math.log(replies / total) for replies in self.replies)

    @cached_property
    def _weights(self) -> dict[str, tuple[float, ...]]:
        """Of each feature, how often each reason's replies have it (smoothed), as
        logarithms: computed once, not for every reply read."""
        kept, words = self._sizes
        return {
            feature: tuple(
                math.log((count + SMOOTHING) / (words[index] + SMOOTHING * kept))
                for index, count in enumerate(counts)
            )
            for feature, counts in self.counts.items()
        }

    @cached_property
    def _sizes(self) -> tuple[int, tuple[int, ...]]:
        """How many features are kept, and how many feature counts each reason has."""
        words = [0] * len(self.reasons)
        for counts in self.counts.values():
            for index, count in enumerate(counts):
                words[index] += count
        return len(self.counts), tuple(words)


def _normalised(logs: list[float]) -> list[float]:
    """Shares that sum to 1, from logarithms of weights."""
    top = max(logs)
    weights = [math.exp(value - top) for value in logs]
    whole = sum(weights)
    return [weight / whole for weight in weights]


@lru_cache(maxsize=1)
def model() -> Model:
    return Model.from_json(MODEL.read_text(encoding="utf-8"))


def shares(text: str) -> dict[str, float]:
    """Each reason's share of the evidence in `text`'s words, by the shipped model."""
    return model().shares(text)


def steady_share(text: str, reason: str) -> float:
    """The least share of the evidence `reason` keeps with any one word left out."""
    return model().steady_share(text, reason)


@lru_cache(maxsize=1)
def auto_model() -> Model:
    return Model.from_json(AUTO_MODEL.read_text(encoding="utf-8"))


def automatic_share(text: str) -> float:
    """How much of the evidence in `text`'s words (a subject and a message's own words)
    says a machine wrote it, 0 to 1."""
    return auto_model().shares(text)["auto"]
