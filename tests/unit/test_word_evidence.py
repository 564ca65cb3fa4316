"""The words' evidence (kurv.replies.word_evidence): built from the corpus's visible three
quarters, and asked by the reason rules only where they do not decide."""

from __future__ import annotations

import itertools

import pytest

from kurv.replies import reasons, word_evidence
from kurv.replies.reasons import (
    DISAGREED,
    EVIDENT,
    LEANING,
    NO_RULE,
    OVERRULING,
    SURE,
    UNHEARD,
    WEAK,
    WORD_EVIDENCE,
    read,
)
from kurv.replies.word_evidence import MAX_WORDS, MODEL, Model, features
from kurv_tools.measure import word_evidence as build
from kurv_tools.measure.reason_corpus import samples

REASONS = ("price", "delivery", "other")


def test_the_shipped_model_is_built_from_the_corpus_as_it_is() -> None:
    assert MODEL.read_text(encoding="utf-8") == build.built().as_json(), (
        "run python -m kurv_tools.measure.word_evidence --write"
    )


def test_the_set_aside_quarter_is_not_learned_from() -> None:
    corpus = samples()
    visible = [sample for sample in corpus if not sample.held_out]
    model = word_evidence.model()
    assert sum(model.replies) == len(visible) < len(corpus)
    # A word only a set-aside reply has is not in the model.
    seen = set().union(*(features(sample.text) for sample in visible))
    only_aside = (
        set().union(*(features(sample.text) for sample in corpus if sample.held_out)) - seen
    )
    assert only_aside
    assert not only_aside & set(model.counts)


def test_a_word_leans_to_the_reason_whose_replies_have_it() -> None:
    model = Model.trained(
        [
            ("for dyrt", "price"),
            ("lidt dyrt", "price"),
            ("dyrt", "price"),
            ("for sent", "delivery"),
            ("kommer sent", "delivery"),
            ("hej", "other"),
            ("hej hej", "other"),
        ],
        REASONS,
    )
    assert model.replies == (3, 2, 2)
    assert model.counts["w:dyrt"] == (3, 0, 0)
    assert model.counts["w:for"] == (1, 1, 0)
    assert "w:lidt" not in model.counts  # in one reply only
    assert "w:kommer" not in model.counts
    shares = model.shares("alt for dyrt")
    assert max(shares, key=shares.__getitem__) == "price"
    assert sum(shares.values()) == pytest.approx(1)
    shares = model.shares("alt for sent")
    assert max(shares, key=shares.__getitem__) == "delivery"


def test_a_stem_joins_inflections_and_compounds() -> None:
    assert {"w:fragtprisen", "s:fragt"} <= features("Fragtprisen!")
    assert "s:fragt" in features("fragten")
    assert "s:for" not in features("for")  # a short word is its own stem


def test_the_model_reads_back_as_it_was_written() -> None:
    model = build.built()
    assert Model.from_json(model.as_json()) == model


def test_a_long_text_is_weighed_only_so_far() -> None:
    words = ["".join(letters) for letters in itertools.product("abcdef", repeat=4)]
    assert len(words) > MAX_WORDS * 3
    assert len(features(" ".join(words))) == MAX_WORDS


def test_where_no_rule_fits_the_words_lean_by_far() -> None:
    # No rule names midsummer, but the replies about delivery do.
    reading = read("det blir efter midsommar innan den är här", "sv")
    assert (reading.reason, reading.rule) == ("delivery", f"sv:delivery:{WORD_EVIDENCE}")
    assert (reading.runner_up, reading.runner_up_rule) == ("other", NO_RULE)
    assert reading.confidence == WEAK


def test_words_that_lean_nowhere_by_far_leave_the_rules_reading() -> None:
    shares = word_evidence.shares("hi there, hope you are well")
    assert max(shares.values()) < EVIDENT
    assert (read("hi there, hope you are well", "en").rule) == NO_RULE


def _leaning(to: str, share: float) -> dict[str, float]:
    rest = (1 - share) / (len(reasons.Reason) - 1)
    return {reason.value: share if reason.value == to else rest for reason in reasons.Reason}


def test_between_rules_that_disagree_the_words_choose(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the card was declined and the shipping is too expensive"
    first = read(text, "en")
    assert first.confidence == DISAGREED
    assert first.runner_up
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: LEANING)
    monkeypatch.setattr(
        word_evidence, "shares", lambda _text: _leaning(first.runner_up, LEANING - 0.01)
    )
    assert read(text, "en") == first
    monkeypatch.setattr(word_evidence, "shares", lambda _text: _leaning(first.runner_up, LEANING))
    swapped = read(text, "en")
    assert (swapped.reason, swapped.rule) == (first.runner_up, first.runner_up_rule)
    assert (swapped.runner_up, swapped.runner_up_rule) == (first.reason, first.rule)
    assert swapped.confidence == DISAGREED
    monkeypatch.setattr(word_evidence, "shares", lambda _text: _leaning(first.reason, 0.9))
    assert read(text, "en") == first
    # Leaning on one word only: the rules' priority stands.
    monkeypatch.setattr(word_evidence, "shares", lambda _text: _leaning(first.runner_up, 0.9))
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: LEANING - 0.01)
    assert read(text, "en") == first


def test_the_words_never_put_no_reason_above_a_complaint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Stop med at skrive til mig, fragten er alt for dyr"
    first = read(text, "da")
    assert (first.reason, first.runner_up, first.confidence) == ("price", "other", DISAGREED)
    monkeypatch.setattr(word_evidence, "shares", lambda _text: _leaning("other", 0.99))
    assert read(text, "da") == first


def test_the_words_never_say_a_reason_the_rules_found_denied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Jeg synes ikke at Versandkosten sind zu hoch"
    monkeypatch.setattr(word_evidence, "shares", lambda _text: _leaning("price", 0.99))
    assert read(text, "da").reason == "other"
    monkeypatch.setattr(word_evidence, "shares", lambda _text: _leaning("trust", 0.99))
    assert read(text, "da").reason == "trust"


def _with(leaning: str, share: float, rules_reason: str, rules_share: float) -> dict[str, float]:
    rest = (1 - share - rules_share) / (len(reasons.Reason) - 2)
    shares = {reason.value: rest for reason in reasons.Reason}
    return shares | {leaning: share, rules_reason: rules_share}


# "shipping is way too expensive": price decides, delivery is a topic the rules heard too.
SURE_TEXT = "shipping is way too expensive"


def test_a_sure_reading_is_overruled_only_by_a_reason_the_rules_heard(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = read(SURE_TEXT, "en")
    assert (first.reason, first.runner_up, first.confidence) == ("price", "delivery", SURE)

    monkeypatch.setattr(word_evidence, "shares", lambda _t: _with("delivery", 0.995, "price", 0))
    overruled = read(SURE_TEXT, "en")
    assert (overruled.reason, overruled.rule) == ("delivery", f"en:delivery:{WORD_EVIDENCE}")
    assert (overruled.runner_up, overruled.runner_up_rule) == ("price", first.rule)
    assert overruled.confidence == DISAGREED

    # A reason no rule heard, too little evidence, or the rule's own reason not unheard.
    for leaning, share, rules_share in (
        ("trust", 0.999, 0.0),
        ("delivery", OVERRULING - 0.01, 0.0),
        ("delivery", 0.995, UNHEARD),
    ):
        monkeypatch.setattr(
            word_evidence,
            "shares",
            lambda _t, a=leaning, b=share, c=rules_share: _with(a, b, "price", c),
        )
        assert read(SURE_TEXT, "en") == first


@pytest.mark.parametrize("share", [EVIDENT - 0.01, EVIDENT])
def test_only_evidence_by_far_overrules_no_rule(
    monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    monkeypatch.setattr(word_evidence, "shares", lambda _text: _leaning("trust", share))
    reading = read("hmm", "en")
    assert reading.reason == ("trust" if share >= EVIDENT else "other")


# Telling the shop it need not remind them is no reason to leave, though "need not" leans
# to a changed mind: the rules say so, so the words are not asked.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ni behöver inte påminna mig fler gånger", "sv"),
        ("I behøver ikke minde mig om den igen", "da"),
        ("Dere trenger ikke å minne meg på det", "nb"),
        ("Ei tarvitse muistuttaa, tiedän kyllä", "fi"),
        ("Sie müssen mich nicht mehr daran erinnern", "de"),
        ("you don't need to remind me, I know it's there", "en"),
        ("no need to remind me", "en"),
    ],
)
def test_needing_no_reminder_is_no_reason(text: str, language: str) -> None:
    reading = read(text, language)
    assert reading.reason == "other"
    assert WORD_EVIDENCE not in reading.rule


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("jeg behøver ikke lampen alligevel", "da"),
        ("trenger ikke jakken likevel", "nb"),
        ("Ich brauche die Lampe nicht mehr", "de"),
        ("I don't need it anymore", "en"),
    ],
)
def test_needing_the_thing_no_more_is_still_a_changed_mind(text: str, language: str) -> None:
    assert read(text, language).reason == "changed_mind"


# A reply that denies there was a cart at all gives no reason to leave one, whatever else
# it names; a first-time buyer ("never ordered from you before") still can.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Wrong person. I never added anything to a cart, and your checkout page is broken",
            "en",
        ),
        (
            "Ich habe nie etwas in einen Warenkorb gelegt, das Formular lehnt die Adresse ab",
            "de",
        ),
        (
            "Kan ikke huske at jeg har været inde på jeres side, og siden virker ikke på min mobil",
            "da",
        ),
        (
            "Fel person! Jag har aldrig varit inne på er sida, och frakten är säkert för dyr ändå",
            "sv",
        ),
        (
            "Feil mottaker. Jeg har aldri vært inne på nettsiden deres, frakten er sikkert dyr",
            "nb",
        ),
        ("En oo ikinä laittanut mitään ostoskoriin teillä, ja sivu ei edes toimi mulla", "fi"),
        (
            "Avete sbagliato persona, non ho mai visto il sito e la spedizione costa troppo",
            "it",
        ),
        (
            "Jeg kan ikke huske, at jeg har været inde på jeres side, og formularen virker ikke",
            "da",
        ),
        (
            "Ich habe nie ein Konto angelegt und ganz sicher nichts in einen Warenkorb gelegt,"
            " die Seite lädt auch nicht",
            "de",
        ),
        ("Non ricordo di aver mai visitato il vostro sito, e il modulo rifiuta tutto", "it"),
        # Not remembering a visit denies it too.
        ("Kan ikke huske at have lagt noget i en kurv, og fragten er sikkert for dyr", "da"),
        ("Kan inte minnas att jag har varit inne hos er, och frakten är säkert för dyr", "sv"),
        ("Husker ikke å ha vært inne på siden deres, og frakten er sikkert dyr", "nb"),
        ("En muista käyneeni sivuillanne, ja toimituskulut ovat liian kalliit", "fi"),
        (
            "Ich kann mich nicht erinnern, jemals auf Ihrer Seite gewesen zu sein, und der"
            " Versand ist zu teuer",
            "de",
        ),
        ("Non ricordo proprio di aver visitato il vostro sito, e la spedizione costa troppo", "it"),
        ("Non ricordo di essermi mai iscritto, e la spedizione costa troppo", "it"),
        ("I don't remember ever visiting your site, and the postage is too dear", "en"),
        ("I've never ordered a baby carrier in my life, and your site is broken", "en"),
    ],
)
def test_no_cart_is_no_reason_whatever_else_it_names(text: str, language: str) -> None:
    reading = read(text, language)
    assert (reading.reason, reading.confidence) == ("other", SURE)


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        (
            "I have never ordered from you before and the page crashed at checkout",
            "en",
            "technical",
        ),
        ("Ich habe noch nie bei euch bestellt und die Seite lädt nicht", "de", "technical"),
        ("Jeg har aldrig handlet hos jer før, og fragten er for dyr", "da", "price"),
    ],
)
def test_a_first_time_buyer_still_has_a_reason(text: str, language: str, reason: str) -> None:
    assert read(text, language).reason == reason


def test_a_wish_said_true_is_never_the_words_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Reviews look good": a weak cue for the rules; the words, blind to the praise, would
    # read distrust in "reviews".
    monkeypatch.setattr(word_evidence, "shares", lambda _t: _leaning("trust", 0.999))
    reading = read("Reviews look good.", "en")
    assert (reading.reason, reading.runner_up) == ("other", "trust")
    # Said missing, it is the complaint itself.
    assert read("No reviews anywhere.", "en").reason == "trust"


def test_evidence_on_more_than_one_word_overrules_a_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The words may name a reason no rule heard, when they give it almost all the evidence
    # and no one word carries it.
    text = "Way too expensive for me."
    first = read(text, "en")
    assert (first.reason, first.runner_up, first.confidence) == ("price", "", SURE)
    monkeypatch.setattr(word_evidence, "shares", lambda _t: _with("delivery", 0.995, "price", 0))
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: OVERRULING)
    overruled = read(text, "en")
    assert (overruled.reason, overruled.rule) == ("delivery", f"en:delivery:{WORD_EVIDENCE}")
    assert (overruled.runner_up, overruled.runner_up_rule) == ("price", first.rule)
    assert overruled.confidence == DISAGREED
    # One word's sense carrying it, or too little evidence.
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: OVERRULING - 0.01)
    assert read(text, "en") == first
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: OVERRULING)
    monkeypatch.setattr(
        word_evidence, "shares", lambda _t: _with("delivery", OVERRULING - 0.01, "price", 0)
    )
    assert read(text, "en") == first


def test_the_words_put_no_other_or_question_over_a_complaint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: 1.0)
    for leaning in ("other", "question"):
        monkeypatch.setattr(
            word_evidence, "shares", lambda _t, a=leaning: _with(a, 0.999, "price", 0)
        )
        assert read("Way too expensive for me.", "en").reason == "price"
    # Over "other" the rules read, a complaint may stand.
    monkeypatch.setattr(word_evidence, "shares", lambda _t: _with("delivery", 0.999, "other", 0))
    assert read("Thanks for the reminder!", "en").reason == "delivery"


def test_the_words_never_overrule_a_denied_cart_or_name_a_denied_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: 1.0)
    monkeypatch.setattr(word_evidence, "shares", lambda _t: _with("price", 0.999, "other", 0))
    assert read("Wrong person, I never put anything in a cart", "en").reason == "other"
    # "Not the price": denied by the rules, so never the words' reason, however they lean.
    monkeypatch.setattr(
        word_evidence, "shares", lambda _t: _with("price", 0.999, "changed_mind", 0)
    )
    text = "It was not too expensive, I simply changed my mind"
    assert read(text, "en").reason == "changed_mind"


def test_a_reason_resting_on_one_word_is_not_steady() -> None:
    # "cheap" leans to price in these replies; leave it out and nothing does.
    model = Model.trained(
        [
            ("too cheap", "price"),
            ("cheap elsewhere", "price"),
            ("expensive postage", "price"),
            ("late parcel", "delivery"),
            ("parcel late again", "delivery"),
            ("slow parcel", "delivery"),
        ],
        ("price", "delivery"),
    )
    assert model.shares("cheap")["price"] > 0.5
    assert model.steady_share("cheap", "price") == pytest.approx(0.5)
    # Two words that lean the same way: either alone still carries it.
    assert model.steady_share("late parcel", "delivery") > 0.5
    assert model.steady_share("late parcel", "delivery") < model.shares("late parcel")["delivery"]


# "That's fine" may praise whatever came before, the very thing the words (blind to praise)
# lean to: a reply with such a praise keeps the rules' reading.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Could you confirm the size? It says 7-10 working days, that's fine", "en"),
        ("Hvilken størrelse skal jeg tage? Levering om en uge, det er helt fint", "da"),
        ("Welche Größe passt? Lieferung in zwei Wochen, das passt", "de"),
        ("Che taglia mi consigliate? Consegna in 10 giorni, va bene così", "it"),
    ],
)
def test_a_praise_of_that_keeps_the_rules_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str
) -> None:
    first = read(text, language)
    monkeypatch.setattr(word_evidence, "steady_share", lambda _t, _r: 1.0)
    monkeypatch.setattr(
        word_evidence, "shares", lambda _t: _with("delivery", 0.999, first.reason, 0)
    )
    assert read(text, language).reason == first.reason == "question"
