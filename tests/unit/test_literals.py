"""kurv.replies.literals: the quick look before a rule's search never hides a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.replies import reasons
from kurv.replies.literals import may_match, needed
from kurv_tools.measure.reason_corpus import samples


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"\budsolgt\w*", ("udsolgt",)),
        (r"\b(?:købe|bestille|handle)\b", ("bestille", "handle", "købe")),
        # The longer piece rules out more: "lager" over "på"
        (r"\b(?:ikke|først) (?:\w+ )?på lager\b", ("på lager",)),
        (r"(?:\w+ ){0,4}for dyrt?", ("for dyr",)),
        (r"\bversand(?:kosten)?\b", ("versand",)),
        (r"(?:foo)+bar?", ("foo",)),
        # A piece in capitals is looked for in lower case, as the text is
        (r"\bMwSt\b", ("mwst",)),
        # Where a part may be missing, or an alternative has no piece, nothing is needed
        (r"\b(?:gratis)?\w+", ()),
        (r"(?:dyrt|\d+)", ()),
        (r"(?=preis)\w+", ()),
        # Too short to rule much out
        (r"\bok\b", ()),
    ],
)
def test_what_a_pattern_needs(pattern: str, pieces: tuple[str, ...]) -> None:
    assert needed(re.compile(pattern, re.IGNORECASE)) == tuple(sorted(pieces))


def test_a_text_without_any_piece_may_not_match_and_one_with_a_piece_may() -> None:
    pieces = needed(re.compile(r"\b(?:udsolgt|ikke på lager)\b", re.IGNORECASE))

    assert not may_match("Fragten var for dyr.", pieces)
    assert may_match("Jakken var UDSOLGT i min størrelse", pieces)
    assert may_match("anything at all", ())


@pytest.mark.parametrize(
    "text",
    [
        "UD\u017fOLGT",  # the long s is an "s" to the engine, ignoring case
        "udsolgt".upper(),
        "\u0130KKE PÅ LAGER",  # a dotted capital I lowers into two characters
        "I\u212aKE PÅ LAGER",  # the Kelvin sign is a "k" to the engine and in lower case
    ],
)
def test_letters_that_fold_unlike_their_lower_case_are_searched(text: str) -> None:
    pattern = re.compile(r"\b(?:udsolgt|ikke på lager)\b", re.IGNORECASE)
    assert pattern.search(text)
    assert may_match(text, needed(pattern))


# Patterns of the shapes the rules use, and texts from their own letters and others that
# fold oddly: wherever the pattern matches, the quick look must say it may.
SHAPES = [
    r"\b(?:sko|skoen|sk[oø]ene) (?:er|var) (?:\w+ )?(?:for )?dyr\w*",
    r"\bsend\w* (?:ikke|ik) (?:\w+ ){0,2}til\b",
    r"(?:kis|kiss|ki\u017f)(?:a|e)+\b",
    r"\b(?:preis|kosten)(?!\w*frei)\w*",
    r"\bit(?:'s| is) (?:too|so) (?:expensive|pricey)",
    r"(?:ä|ae)nder\w*|(?:ö|oe)ffn\w*",
    r"\bud\u017folgt\w*",  # a pattern's own odd letter: "udsolgt" matches it
]
_LETTERS = "skoeniavrdytlpå'ø æäö\u212a\u017f\u0130\u0131SKOPR"


@settings(max_examples=300)
@given(
    st.sampled_from(SHAPES),
    st.lists(
        st.one_of(
            st.text(alphabet=_LETTERS, max_size=8),
            st.sampled_from(
                ["sko", "skoene", "er", "var", "for", "dyrt", "ikke", "til", "preis", "udsolgt"]
            ),
            st.sampled_from(["too", "expensive", "it's", "ÄNDERN", "öffnen", "oeffnen"]),
        ),
        max_size=8,
    ).map(" ".join),
)
def test_no_match_is_ever_hidden(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    if compiled.search(text):
        assert may_match(text, needed(compiled)), (pattern, text)


def test_no_rule_matching_a_corpus_reply_is_kept_from_it() -> None:
    # The rules as they ship, over replies of their language in the reasons' corpus (every
    # tenth, for time: tests/replies/ as a whole reads the same with and without the look).
    hidden = []
    for language in EMAIL_LANGUAGES:
        texts = [sample.text for sample in samples() if sample.language == language][::10]
        rules = reasons._rules(language)
        assert sum(1 for rule in rules if rule.needs) > len(rules) * 0.8  # most are looked at
        hidden += [
            (str(rule), text[:60])
            for rule in rules
            if rule.needs
            for text in texts
            if not may_match(text, rule.needs) and rule.pattern.search(text)
        ]
    assert hidden == []
