"""A signature no sign-off opens: a few short lines closing the customer's words that look
like a business card (a name, a title, a company, a phone number, an address, a link), found
by what its lines look like, after the features mailgun/talon's classifier weighs: short
lines, the sender's own name, phone numbers, addresses and links, a company's legal form, a
title, mostly capitalised words, and no sentence. Pure; each line is looked at once, and a
line longer than CARD_LINE_CHARS ends the search.

Shape alone never makes a card: its lines must hold at least EVIDENCE points (the sender's
name counts twice, a contact, a legal form or a title once), on two lines or more, so a
short last sentence of the customer's ("Call 40 12 34 56 after five") is not one, and nor
is a bare name under their words (the sign-off rules in `signatures` read those).
"""

from __future__ import annotations

import re

CARD_LINES = 10  # lines with words in a card
CARD_LINE_CHARS = 60  # talon's too-long signature line
MAX_PLAIN_RUN = 2  # lines in a row a card may hold that look like nothing in particular
MAX_WALK = 40  # lines, blank ones too, looked at from the end
EVIDENCE = 2
SENDER_WEIGHT = 2
NAME_CHARS = 2  # a shorter word of the From header is no name
NICKNAME_CHARS = 3  # a short form of a name ("Tobi" of Tobias) has at least these letters
MIN_CAPITALISED = 2
CAPITALISED_SHARE = 2 / 3

# Words a signature never holds and a sentence often does ("I", "jeg", "ich", "is", "ist",
# "è", "P.S."): a line of SENTENCE_WORDS words or more with one is the customer's.
_SENTENCE_WORD = re.compile(
    r"(?i)(?<![\w.])(?:i|you|we|my|your|me|is|was|jeg|eg|du|vi|mig|meg|min|mit|mine|din|dit"
    r"|er|var|har|jag|mitt|är|ich|wir|mich|mir|mein|meine|ist|habe|io|noi|è|sono"
    r"|p\.?s\.?)(?![\w.])"
)
SENTENCE_WORDS = 3
_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{5,}\d")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")  # "10/19/2017", "2026-12-03": no phone
_EMAIL = re.compile(r"[^\s@]@[^\s@]")
_LINK = re.compile(
    r"(?i)https?://|www\.\S|\b[a-z0-9-]{2,40}\.(?:com|net|org|io|shop|eu|dk|de|se|no|fi|it|nl"
    r"|fr|es|pl|cz|pt|at|ch|be|co\.uk|uk)\b"
)
# A company's legal form after a capitalised word ("Berg Design ApS", "Nordlys GmbH").
LEGAL_FORMS = (
    r"Ltd|LTD|Inc|INC|LLC|PLC|Plc|GmbH|AG|AB|ApS|A/S|AS|ASA|Oy|Oyj|BV|B\.V|NV|N\.V|Srl|SRL"
    r"|S\.r\.l|SpA|S\.p\.A|SA|S\.A|SL|S\.L|SARL|SAS|S\.a\.s|KG|UG|e\.K|Sp\. z o\.o|s\.r\.o"
    r"|Ltda|Corp|Corporation|Co|Group|Gruppe|Holding"
)
_LEGAL_FORM = re.compile(rf"\b[A-ZÆØÅÄÖÜ0-9][\w&.-]*\s+(?:&\s+)?(?:{LEGAL_FORMS})\.?(?!\w)")
# What a person's role on a card says, in the languages Kurv reads and their neighbours'.
_TITLE = re.compile(
    r"(?i)(?<!\w)(?:ceo|cto|cfo|coo|cmo|vp|vd|md|founder|co-founder|owner|director|manager"
    r"|president|partner|head of|officer|consultant|assistant|engineer|developer|designer"
    r"|geschäftsführer(?:in)?|inhaber(?:in)?|leiter(?:in)?|vertrieb|einkauf|prokurist(?:in)?"
    r"|indehaver|direktør|adm\. direktør|daglig leder|ejer|eier|indkøber|innkjøper|rådgiver"
    r"|konsulent|ägare|grundare|inköpare|säljare|chef|toimitusjohtaja|omistaja|myyntipäällikkö"
    r"|titolare|direttore|responsabile|amministratore|fondatore|gérant|directeur|fondateur"
    r"|gerente|propietario|eigenaar|oprichter|właściciel|prezes|dyrektor|jednatel|ředitel)(?!\w)"
)
# Role mailboxes: their local part names no one.
_ROLE_MAILBOX = re.compile(
    r"(?i)customers?|info|kontakt|contact|mail|post|hello|hej|hallo|support|service|sales"
    r"|noreply|reply|admin|office|team|shop|orders?|billing"
)
_WORD = re.compile(r"[^\W\d_]+")


def sender_names(sender: str) -> frozenset[str]:
    """The words of a From header that may be the sender's name on their card, as written
    and capitalised: "Ada Hansen <ada.h@example.dk>" gives Ada, Hansen and ada (the domain
    and role mailboxes such as info@ name no one)."""
    display, _, address = sender.rpartition(" ")
    if "@" not in address:
        display, address = sender, ""
    local = address.strip("<>").split("@", 1)[0]
    words = _WORD.findall(display) + _WORD.findall(local)
    names = {word for word in words if len(word) >= NAME_CHARS}
    names -= {word for word in names if _ROLE_MAILBOX.fullmatch(word)}
    return frozenset(names | {word.capitalize() for word in names})


def card_start(lines: list[str], names: frozenset[str] = frozenset()) -> int | None:
    """Where the card closing `lines` begins (an index into them), or None when they end in
    the customer's words. `names`: the sender's (sender_names). The card's top is its
    last paragraph's topmost card-like line; a paragraph above joins it only when all of
    it looks like a card ("Anna Berg\n\n+45 40 12 34 56"), never a paragraph of words that
    merely ends in an address."""
    first_words = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    top: int | None = None
    with_words = 0
    for start, end in _paragraphs_from_the_end(lines, first_words):
        with_words += end - start
        paragraph_top, whole = _paragraph_top(lines, start, end, names)
        if top is None and paragraph_top is None:
            return None  # the words end in the customer's last paragraph
        if top is None or (whole and with_words <= CARD_LINES):
            top = paragraph_top
        if not whole or with_words > CARD_LINES:
            break
    if top is None or lines[top - 1].rstrip().endswith(":"):
        return None  # "Please send it to:\nAnna Berg\n…": an address the customer gives
    above = [line.strip() for line in lines[:top] if line.strip()]
    if len(above) == 1 and _looks_like_a_card_line(above[0], names) and not _sentence(above[0]):
        return None  # all of the block is a card: it is what they sent
    card = [line.strip() for line in lines[top:] if line.strip()]
    if len(card) == 1 and _senders_name_alone(card[0], names) and not lines[top - 1].strip():
        return top  # "…\n\nAnna Berg", from Anna Berg: her name, on a paragraph of its own
    return top if _is_card(card, names) else None


def _is_card(card: list[str], names: frozenset[str]) -> bool:
    """Two lines or more, with evidence enough, and naming someone: numbers alone ("Ring på
    20 30 40 50\n\nOrdre 12345678") are the customer's."""
    if len(card) < 2 or sum(_evidence(line, names) for line in card) < EVIDENCE:
        return False
    return any(_names_someone(line, names) for line in card)


def _names_someone(text: str, names: frozenset[str]) -> bool:
    """A line that names a person or a company: capitalised words, or evidence other than a
    number."""
    return _capitalised(text.split()) or (_evidence(text, names) > 0 and not _phone(text))


MAX_NAME_WORDS = 3


def _senders_name_alone(text: str, names: frozenset[str]) -> bool:
    """`text` is only the sender's name ("Anna", "Anna Berg", "Tobi" from Tobias), every
    word of it theirs."""
    words = text.rstrip(".").split()
    return len(words) <= MAX_NAME_WORDS and all(_their_name(word, names) for word in words)


def senders_name_alone(text: str, sender: str) -> bool:
    """`text` (a line) is only the name of `sender` (a From header): see _senders_name_alone."""
    return bool(text.strip()) and _senders_name_alone(text.strip(), sender_names(sender))


def _their_name(word: str, names: frozenset[str]) -> bool:
    """`word` is one of `names`, or a short form of one ("Tobi" of Tobias, "Kati" of
    Katariina): its first NICKNAME_CHARS letters or more, capitalised."""
    if word in names:
        return True
    return (
        len(word) >= NICKNAME_CHARS
        and word[:1].isupper()
        and any(name.startswith(word) and name != word for name in names)
    )


def _paragraphs_from_the_end(lines: list[str], first_words: int) -> list[tuple[int, int]]:
    """The spans (start, end) of the paragraphs closing `lines`, the last first, within
    MAX_WALK lines of the end; the block's first line is never a card's."""
    spans: list[tuple[int, int]] = []
    end: int | None = None
    lowest = max(first_words + 1, len(lines) - MAX_WALK)
    for index in range(len(lines) - 1, lowest - 1, -1):
        if lines[index].strip():
            end = index + 1 if end is None else end
            continue
        if end is not None:
            spans.append((index + 1, end))
            end = None
    if end is not None:
        spans.append((lowest, end))
    return spans


def _paragraph_top(
    lines: list[str], start: int, end: int, names: frozenset[str]
) -> tuple[int | None, bool]:
    """The topmost line of lines[start:end] a card may begin with, walking up from the end
    until a line no card holds; and whether all of the paragraph is a card's."""
    top: int | None = None
    plain_run = 0
    for index in range(end - 1, start - 1, -1):
        text = lines[index].strip()
        if not _may_be_on_a_card(text):
            return top, False
        if _looks_like_a_card_line(text, names):
            top, plain_run = index, 0
        else:
            plain_run += 1
            if plain_run > MAX_PLAIN_RUN:
                return top, False
    whole = top == start and start > 0 and not lines[start - 1].strip()
    return top, whole


def is_sentence(text: str) -> bool:
    """A line of the customer's: long enough, with a word only sentences hold."""
    return len(text.split()) >= SENTENCE_WORDS and bool(_SENTENCE_WORD.search(text))


def _may_be_on_a_card(text: str) -> bool:
    """Short, and neither a question, an exclamation nor a sentence."""
    if len(text) > CARD_LINE_CHARS or text.endswith(("?", "!")) or is_sentence(text):
        return False
    words = text.split()
    # "Payment failed twice today." is a sentence; "John E. Doe, Ph.D." is a name.
    return not (text.endswith(".") and len(words) > SENTENCE_WORDS and not _capitalised(words))


def _looks_like_a_card_line(text: str, names: frozenset[str]) -> bool:
    return _evidence(text, names) > 0 or _capitalised(text.split())


def _sentence(text: str) -> bool:
    """A sentence, not a card's line: it asks or exclaims, or ends in a full stop with a
    word in lower case in it ("Lähin on Prisma Kalevassa.", not "Berg & Co.")."""
    text = text.strip()
    if text.endswith(("?", "!")):
        return True
    return text.endswith(".") and any(word.islower() for word in _WORD.findall(text))


def _evidence(text: str, names: frozenset[str]) -> int:
    """How much `text` says it is a card's line: the sender's name, or a contact, a legal
    form or a title."""
    if names and any(_their_name(word, names) for word in _WORD.findall(text)):
        return SENDER_WEIGHT
    contact = (
        _phone(text)
        or _EMAIL.search(text)
        or _LINK.search(text)
        or _LEGAL_FORM.search(text)
        or _TITLE.search(text)
        or "|" in text  # "Kim Labs | Oslo": a card's parts side by side
    )
    return 1 if contact else 0


def _capitalised(words: list[str]) -> bool:
    """Mostly capitalised words ("Berg Design", "Head Office, Vestergade"), as on a card."""
    valid = [word for word in words if len(word) > 2 and word[0] not in "(+0123456789"]
    upper = [word for word in valid if word[0].isupper() and not word[1].isupper()]
    return len(upper) >= MIN_CAPITALISED and len(upper) >= CAPITALISED_SHARE * len(valid)


def _phone(text: str) -> bool:
    found = _PHONE.search(text)
    return found is not None and not _DATE.fullmatch(found.group().strip())
