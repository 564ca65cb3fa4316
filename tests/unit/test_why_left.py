"""Why customers left, in their own words (kurv.replies.why_left): the reasons counted, and
the example sentence each gets: the one holding the cue, on one line, short, and without
anyone's address, link, phone number or name."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from kurv.replies import reasons
from kurv.replies.reply_store import StoredReply
from kurv.replies.why_left import (
    EXAMPLE_LENGTH,
    READS_PER_REASON,
    REPLIES_TRIED,
    counted,
    sentences,
    shareable,
    shortened,
    telling_sentence,
    why_left,
)
from kurv_tools.cli import why_left as report_section

START = 1_800_000_000


def reply(text: str, language: str = "en", **fields: object) -> StoredReply:
    """A stored reply with `text`, read as the replies function reads it."""
    reading = reasons.read(text, language)
    values: dict[str, object] = {
        "shop_id": "nordlys",
        "message_id": f"m{abs(hash((text, tuple(fields.items()))))}",
        "received_at": START,
        "expires_at": START + 90 * 86400,
        "cart_id": "c1",
        "from_address": "anna.berg@example.com",
        "subject": "Re: your cart",
        "language": language,
        "text": text,
        "reason": reading.reason,
        "rule": reading.rule,
        "auto_reply": False,
        "confidence": round(reading.confidence * 100),
        **fields,
    }
    return StoredReply(**values)  # type: ignore[arg-type]


def example(text: str, language: str = "en") -> tuple[str, bool]:
    found = reply(text, language)
    told = telling_sentence(found.text, found.reason, found.rule, found.language)
    return told.sentence, told.decided


# The sentence that tells the reason -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "sentence"),
    [
        (
            "Hi there. Lovely cups, really. But the shipping was too expensive, 89 kr for one "
            "cup! Have a nice day.",
            "en",
            "But the shipping was too expensive, 89 kr for one cup!",
        ),
        (
            "Hej.\nJeg kiggede på jakken i går.\nFragten var alt for dyr til Bornholm.\nMvh",
            "da",
            "Fragten var alt for dyr til Bornholm.",
        ),
        (
            "Guten Tag, danke für die Erinnerung. Leider hat die Zahlung mit meiner "
            "Kreditkarte nicht funktioniert. Schönen Gruß",
            "de",
            "Leider hat die Zahlung mit meiner Kreditkarte nicht funktioniert.",
        ),
        (
            "Thanks for the reminder. Do you ship to Norway?",
            "en",
            "Do you ship to Norway?",
        ),
    ],
)
def test_the_example_is_the_sentence_holding_the_cue(
    text: str, language: str, sentence: str
) -> None:
    assert example(text, language) == (sentence, True)


def test_the_sentence_with_the_deciding_rule_beats_one_with_the_same_reason() -> None:
    first, second = "The shipping was too expensive.", "Way too expensive for me."
    deciding = reasons.read(second, "en")
    assert reasons.read(first, "en").reason == deciding.reason
    assert reasons.read(first, "en").rule != deciding.rule

    told = telling_sentence(f"{first} {second}", deciding.reason, deciding.rule, "en")

    assert (told.sentence, told.decided) == (second, True)


def test_a_reason_no_cue_decided_shows_the_first_sentence_of_a_few_words() -> None:
    text = "Hi Anna,\nWe will see about it later this spring. Thanks"
    assert reply(text).rule == reasons.NO_RULE

    assert example(text) == ("We will see about it later this spring.", False)


def test_other_told_by_a_weak_cue_shows_the_cue_and_never_a_sentence_without_one() -> None:
    weak = reply("Hi Anna. Reviews look good. We will decide later.")
    assert (weak.reason, weak.rule) == ("other", f"en:other:{reasons.WEAK_CUE}")

    assert example(weak.text) == ("Reviews look good.", True)
    # The cue in no sentence of its own: "Hi Anna." reads as other too, but tells nothing.
    told = telling_sentence("Hi Anna. We will decide later.", "other", weak.rule, "en")
    assert (told.sentence, told.decided) == ("We will decide later.", False)


def test_the_surest_reading_gives_the_example_then_the_newest() -> None:
    older = reply("Way too expensive for me.", confidence=90)
    newer = reply("The price is too high.", confidence=60, received_at=START + 60)
    newest = reply("Too expensive.", confidence=60, received_at=START + 120)

    assert why_left([older, newer])[0].example == "Way too expensive for me."
    assert why_left([newer, newest])[0].example == "Too expensive."


def test_a_reply_without_words_has_no_example() -> None:
    assert example("") == ("", False)
    assert example("...\n:-)") == ("", False)


def test_a_reply_of_only_a_legal_notice_has_no_example() -> None:
    notice = (
        "This email and any attachments are confidential and intended solely for the "
        "addressee. If you have received this email in error please notify the sender."
    )
    assert reply(notice).rule == reasons.NO_TEXT_RULE  # not the customer's words

    assert example(notice) == ("", False)


def test_sentences_end_at_line_ends_and_at_stops_before_a_space() -> None:
    assert sentences("One. Two? Three!  Four… five\nsix 2.5 kg\n\n") == [
        "One.",
        "Two?",
        "Three!",
        "Four…",
        "five",
        "six 2.5 kg",
    ]


# One clean, short line that keeps no one's particulars ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Write to me at anna.b@example.com, please.", "Write to me at …, please."),
        ("(mail: <ole@firma.dk>) tak", "(mail: <…>) tak"),
        ("See https://evil.example/x?y=1 and www.other.example.", "See … and …."),
        ("Call me on +45 12 34 56 78 today", "Call me on … today"),
        ("Ring på 12345678.", "Ring på …."),
        ("Ruf an: (030) 1234-5678!", "Ruf an: …!"),
        # Prices, sizes, dates and short numbers are the customer's reasons, not particulars.
        ("It cost 1.299,00 kr for 2 cups", "It cost 1.299,00 kr for 2 cups"),
        ("I ordered on 18.11.2026 and paid 49 kr", "I ordered on 18.11.2026 and paid 49 kr"),
        ("@home, an email of sorts", "@home, an email of sorts"),
        ("Sizes 42 - 44 - 46 were gone", "Sizes 42 - 44 - 46 were gone"),
        # The customer's name, as their address gives it, whatever its case.
        ("Regards from Anna Berg, too expensive", "Regards from … …, too expensive"),
        ("BERG family here", "… family here"),
        # One line, nothing that acts on a terminal.
        ("Too\n expensive\x1b[31m  really\u202e", "Too expensive really"),
    ],
)
def test_the_example_keeps_no_ones_particulars(sentence: str, shown: str) -> None:
    assert shareable(sentence, "anna.berg@example.com") == shown


def test_a_long_sentence_is_cut_at_a_word() -> None:
    words = "The shipping to Bornholm was far too expensive for such a small parcel " * 4

    shown = shortened(words.strip())

    assert len(shown) <= EXAMPLE_LENGTH
    assert shown.endswith("…")
    assert words.startswith(shown.removesuffix("…"))
    assert words[len(shown) - 1] == " "  # the cut is at a word's end


def test_a_long_word_is_cut_where_it_must_be() -> None:
    shown = shortened("x" * 500)

    assert shown == "x" * (EXAMPLE_LENGTH - 1) + "…"


def test_text_made_to_be_slow_is_read_in_little_time() -> None:
    slow = ("1 " * 20_000) + ("a." * 20_000) + ("@" * 20_000) + ("x" * 40_000)
    costly = ("kr 5 " * 800 + ". ") * 12  # the reasons' own slowest text, a sentence each

    started = time.perf_counter()
    shareable(slow, "anna@example.com")
    telling_sentence(costly, "price", "not one of its rules", "da")

    assert time.perf_counter() - started < 1.0


# The reasons counted and the example each gets --------------------------------------------


def test_each_reason_is_counted_most_given_first_with_an_example() -> None:
    replies = [
        reply("Hi! Way too expensive, sorry.", received_at=START + 60, confidence=90),
        reply("Hello. The price is too high for me.", confidence=90),
        reply("Do you ship to Norway?", received_at=START + 120),
    ]

    found = why_left(replies)

    assert [(seen.reason, seen.count) for seen in found] == [("price", 2), ("delivery", 1)]
    assert found[0].example == "Way too expensive, sorry."  # the newest of the surest
    assert found[1].example == "Do you ship to Norway?"


def test_auto_replies_set_aside_and_cartless_replies_are_not_counted_nor_shown() -> None:
    leftout = [
        reply("I am out of office. The shipping was too expensive.", auto_reply=True),
        reply("The shipping was too expensive, say I.", set_aside=True),
        reply("The shipping was too expensive, with a forged code.", cart_id=None),
    ]
    assert not any(counted(one) for one in leftout)

    found = why_left([*leftout, reply("Shipping was too expensive here.", received_at=1)])

    assert [(seen.reason, seen.count, seen.example) for seen in found] == [
        ("price", 1, "Shipping was too expensive here.")
    ]


def test_a_reply_without_words_is_counted_but_never_the_example() -> None:
    empty = reply("", received_at=START + 600)
    assert empty.reason == "other"

    found = why_left([empty, reply("We will decide about it after the holidays.")])

    assert [(seen.reason, seen.count) for seen in found] == [("other", 2)]
    assert found[0].example == "We will decide about it after the holidays."


def test_a_sentence_that_is_only_particulars_is_no_example() -> None:
    link = reply("https://shop.example/cart/c1?", confidence=100)
    assert link.reason == "question"

    found = why_left([link, reply("Is it in stock?", confidence=10)])

    assert found[0].example == "Is it in stock?"


def test_a_reply_whose_cue_shows_beats_a_surer_one_that_shows_none() -> None:
    # Read as price as a whole, though no one sentence of it is.
    vague = reply(
        "Hello there, it was nice. We shall see!", reason="price", rule="x", confidence=100
    )
    telling = reply("Well. Too expensive for me.", confidence=60)

    found = why_left([vague, telling])

    assert found[0].example == "Too expensive for me."


def test_only_so_many_replies_are_tried_for_an_example() -> None:
    empties = [reply(":-)", reason="price", confidence=100) for _ in range(REPLIES_TRIED)]
    last = reply("The shipping was too expensive.", confidence=10)

    assert why_left([*empties, last])[0].example == ""
    assert why_left([*empties[1:], last])[0].example == "The shipping was too expensive."


def test_a_customers_address_in_the_example_is_left_out() -> None:
    text = "The shipping was too expensive, write to anna.berg@example.com or 12 34 56 78."

    [seen] = why_left([reply(text)])

    assert seen.example == "The shipping was too expensive, write to … or …."


# kurv report's section ----------------------------------------------------------------------


class Replies:
    """The replies table's one query the report makes, over a list."""

    def __init__(self, replies: list[StoredReply]) -> None:
        self.replies = replies
        self.asked: list[tuple[str, int, int]] = []

    def since(self, shop_id: str, since: int, *, limit: int = 1000) -> list[StoredReply]:
        self.asked.append((shop_id, since, limit))
        return [one for one in self.replies if one.received_at >= since][:limit]


def test_the_section_reads_at_most_so_many_replies_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(report_section, "MOST", 2)
    store = Replies([reply("Too expensive.", received_at=START + n) for n in range(3)])

    found = report_section.section(store, "nordlys", START + 60, 30)  # type: ignore[arg-type]

    assert store.asked == [("nordlys", START - START % 86400 - 6 * 86400, 2)]
    assert found is not None
    assert (found["replies"], found["complete"]) == (2, False)
    assert "(at least: the first replies only)" in report_section.text(found)


def test_a_local_stack_without_replies_says_to_restart() -> None:
    assert report_section.section(None, "nordlys", START, 7) is None
    assert "restart `make run`" in report_section.text(None)


def test_the_sentences_read_for_a_reason_are_bounded_and_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Replies whose cue stands in no sentence of its own: every sentence is read in vain.
    text = " ".join(f"Sentence number {n} of many says nothing much at all." for n in range(40))
    one = reply(text, reason="price", rule="x")
    many = [replace(one, message_id=f"m{n}", received_at=START + n) for n in range(30)]
    long_one = reply("a" * 3000 + " too expensive.", reason="delivery", rule="x")
    read: list[str] = []
    reader = reasons.read

    def counted_read(sentence: str, language: str) -> reasons.Reading:
        read.append(sentence)
        return reader(sentence, language)

    monkeypatch.setattr("kurv.replies.why_left.reasons.read", counted_read)

    found = why_left([*many, long_one])

    assert len([one for one in read if one.startswith("Sentence")]) == READS_PER_REASON
    assert max(len(one) for one in read) <= EXAMPLE_LENGTH
    assert found[0].example == "Sentence number 0 of many says nothing much at all."
