"""Why a customer left their cart, read from their reply; and the language they wrote it in.
Pure.

Each language has its own rules: phrases and word stems (inflected forms and compounds
allowed), each named so a merchant can read why a reply was sorted as it was
("da:price:fragt for dyr"). The rules of the reply's language decide first; when none of
them fits, the other languages' rules are tried (people mix languages).

How a reply is read, as a linguist would put it:

- A negation scopes over its clause: "Det er ikke fordi jakken er for dyr", "non è un
  problema di spedizione né di prezzo" deny the price and the shipping, however far back
  the negation stands. A clause ends at punctuation, at an adversative ("men", "but",
  "sondern", "ma") and at a subordinate or coordinate clause of its own ("because ...",
  "and I ..."), except the one the negation itself introduces ("not because", "ikke
  fordi", "nicht weil"). A negated question ("Can't you ship to Norway?") asks, it does not
  deny; "not sure whether", "ved ikke om" doubts, it does not deny; "not only" adds; a
  supposition ("hvis den ikke kan nå frem", "if it can't arrive") supposes. A negation
  between a rule's two parts breaks them apart ("the shipping is not expensive"); a
  relative clause a rule names ("nettsider [jeg ikke kjenner]") is read on its own.
- A decision told as the consequence of what came before ("Työkaveri varoitti tästä
  kaupasta, joten jätän väliin", "deshalb habe ich mich anders entschieden", "..., så jeg
  droppet det", "inzwischen habe ich ... im Laden gekauft") names no reason of its own: the
  changed mind is then only a topic, and the cause decides; with no other complaint read,
  it is the reason.
- A topic praised in its clause is no complaint: "Leveringstiden var grei", "il prezzo
  andava bene", "the site worked fine" (a verb of being or seeming, then a word of praise,
  with no negation or "too" between).
- Payment and technical trouble is often told by a negation ("I couldn't pay", "konnte
  mich nicht einloggen"): for those only the denial of a problem counts ("no problem with
  the payment", "ikke noget galt med siden"). So is delivery that is missing ("kunne ikke
  vælge levering til mit postnummer", "ette toimita Ahvenanmaalle", "ingen pakkeshop i
  nærheden"): a verb of offering or choosing negated, or "no" before the option, tells
  it; a copula's denial ("it's not the delivery") still denies it (_unavailable).
- Some cues are a complaint only when missing or denied: "no reviews", "kein Impressum",
  "Umsatzsteuer-ID fehlt", and what a buyer wants to be true, negated: "siden virker ikke
  troværdig", "I don't think I need it", "nicht seriös" (rules marked "absent"); said
  plainly ("reviews look good", "looks trustworthy") they are weak cues.
- A topic named without a complaint ("the discount code", "leveringsmåde", "Passwort";
  rules marked "topic") decides only when no complaint does: "the discount code box won't
  accept anything" is trouble with the site, not the price.
- Weak cues (rules marked "weak": a word with other senses, or a topic named without a
  complaint) never decide alone: a reply with nothing stronger is a question when it asks
  one, else other, and the weak reason is kept as the runner-up.
- A reply that denies there was a cart at all ("I never put anything in a basket", "wrong
  person"; rules marked "no cart") is "other", whatever else it names: "the form rejected
  my address" of someone who never shopped is no technical trouble.
- When several strong reasons fit, the more specific complaint wins: payment, price,
  delivery, trust, technical, changed mind, then a question; the next one is the
  runner-up, and the confidence says they disagreed.
- What a sentence says of the reminders, too many or too soon ("the third reminder in four
  days, which feels like a bit much", "kolme viestiä kahdessa päivässä on vähän liikaa"),
  is said of them (rules marked "reminders"): its excess is no price, its arrival no
  delivery, its "no more" no changed mind. A clause of its own after a comma is its own,
  unless a demonstrative takes the reminders up ("... på to dage. Det synes jeg er i
  overkanten"). A reminder enjoyed ("il vostro promemoria ... mi ha fatto sorridere") is
  told of too: its empty basket is no trouble with the site.
  So are the returns, told unclear (rules marked "returns"): the days and costs said there
  are the return's terms, and the distrust is the reason.
- A cause taken back by a later clause or sentence ("Toimitus olisi ollut vähän kallis,
  mutta ei se ratkaissut", "men det var ikke det", "but that wasn't it") is denied.
- A detail a shop should show, when it is the customer's own or a form's field for it
  ("telefonnummeret mitt", "Puhelinnumerokenttä"), is no missing company detail.
- A question's short conditional clause supposes ("Bliver kurven gemt, hvis jeg logger
  ud?"): what it names is asked, not told. A payment option told missing by a negated
  verb of offering or finding ("fant ikke Vipps blant betalingsmåtene") is the trouble
  itself, not a topic named. Out of stock, or back only later ("først på lager igen om
  seks uger", "erst im März wieder lieferbar") is the delivery; asked, a question. So is
  collecting at the shop's own store, asked for with no negation ("kan man hente i jeres
  lager?"; rules marked "option"), and a restock asked for ("när kommer den i grönt
  igen?"). A parcel point asked for is a delivery the customer needs.
- A legal notice under the reply ("Denne e-mail er fortrolig ...") is not the customer's
  and is not read. Letters typed without them ("gaar", "Groesse") read as the letters.
- Words in another sense than the complaint's are kept apart: "lieferbar" (in stock),
  "afsenderen" (a message's sender), "per errore" (by mistake), a VAT number (a company's
  identity, not a price), a compound's head decides ("leveringsadresse" is an address).

Where the rules do not decide, or matched a sentence said in passing, the words' evidence
(kurv.replies.word_evidence, learned from our own corpus) is asked (_weighed).

The corpus the rules are measured on, and how it was written, is tests/replies/reasons/
(`python -m kurv_tools.measure.reason_corpus`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import ReplyReason
from kurv.replies import literals, word_evidence

Reason = ReplyReason  # the one list of reasons, kept with the cart record


# When several reasons fit: the more specific complaint first, a question last; "other"
# rules (what is no reason to leave: "stop emailing me", "why do you keep writing?") only
# where nothing else fits, and before a question mark's guess.
PRIORITY = (
    Reason.PAYMENT,
    Reason.PRICE,
    Reason.DELIVERY,
    Reason.TRUST,
    Reason.TECHNICAL,
    Reason.CHANGED_MIND,
    Reason.QUESTION,
    Reason.OTHER,
)
# Whose negation is a failure told, not a complaint denied (see the module's text).
FAILURES = frozenset([Reason.PAYMENT, Reason.TECHNICAL])
# What a negated wish denies outright: "I don't want to cancel", "non voglio chiedere".
NOT_UNWISHED = frozenset([Reason.CHANGED_MIND, Reason.QUESTION, Reason.OTHER])
# Of one rule in one reply, the matches weighed: enough for any reply, and a bound for
# text made to be slow.
MAX_MATCHES = 16
AUTO_REPLY_RULE = "auto-reply"
NO_TEXT_RULE = "no words of their own"
NO_RULE = "no rule fits"
QUESTION_MARK = "a question mark"
WEAK_CUE = "only a weak cue"
WORD_EVIDENCE = "word evidence"

# How strongly a rule fits: a complaint, a topic named (see the module's text), a weak cue;
# or that it matches only where denied.
STRONG = 1.0
TOPIC = 0.75
ASKED = 0.7  # a question's rule: a question about a topic is about that topic
WEAK_FIT = 0.5
DENIED = -1.0

# How sure a reading is: one strong reason; several that disagree (the priority chose);
# only a weak cue (so question or other); nothing at all.
SURE = 0.9
DISAGREED = 0.6
WEAK = 0.4
UNSURE = 0.5
# Where the rules do not decide, the share of the words' evidence one reason needs to be said.
EVIDENT = 0.9
# Over one rule that decided alone, the share of the words' evidence another reason needs,
# and the share the rule's own reason must fall below.
OVERRULING = 0.99
UNHEARD = 0.001
# Between two rules that disagree, the share of the words' evidence the runner-up needs.
LEANING = 0.7
# What the words' evidence never puts above a complaint whose rules disagree with it.
UNDECIDED_REASONS = frozenset([Reason.QUESTION.value, Reason.OTHER.value])


@dataclass(frozen=True)
class Rule:
    language: str
    reason: Reason
    label: str
    pattern: re.Pattern[str]
    weak: bool = False  # a cue that does not decide alone
    absent: bool = False  # a complaint when missing or denied ("no reviews"), weak when not
    topic: bool = False  # a topic named: decides only when no complaint does
    no_cart: bool = False  # denies there was a cart at all ("never shopped here"): decides
    # tells what its sentence is about (the reminders, too many or too soon; the returns,
    # unclear): other reasons' words there are said of that
    owns_sentence: bool = False
    # collecting at the shop's own store, asked for with no negation in the question, is
    # asked, not missed ("kan man hente i jeres lager i Vejle?")
    option: bool = False
    # pieces of text one of which every match contains (kurv.replies.literals)
    needs: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.language}:{self.reason.value}:{self.label}"

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """The rule's first MAX_MATCHES matches in `text`; where `text` has none of the
        pieces a match needs, none, without a search."""
        if not literals.may_match(text, self.needs):
            return iter(())
        return islice(self.pattern.finditer(text), MAX_MATCHES)

    def praised(self, text: str, written_in: str) -> bool:
        """Whether a match of the rule is praised in its clause ("reviews look good"), or
        its poorness denied ("the reviews don't show anything bad")."""
        languages = (self.language, written_in)
        return any(
            _praised(text, found, languages)
            or _poorness_denied(text, found, languages)
            or _predicated(text, found, languages)
            for found in self.matches(text)
        )

    def strength(
        self,
        text: str,
        written_in: str,
        aside: tuple[tuple[int, int], ...] = (),
        retracted: tuple[tuple[int, int], ...] = (),
    ) -> float:
        """How strongly the rule fits `text`, written in `written_in`: STRONG, TOPIC,
        WEAK_FIT, 0 (not at all), or DENIED (it matches, but only where denied). Matches
        starting within a span `aside` are not read; within a span `retracted`, denied."""
        languages = (self.language, written_in)
        fits = WEAK_FIT if self.weak else TOPIC if self.topic else STRONG
        if self.reason is Reason.QUESTION:
            fits = min(fits, ASKED)
        best = 0.0
        denied = False
        for found in self.matches(text):
            if any(start <= found.start() < end for start, end in aside):
                continue
            if any(start <= found.start() < end for start, end in retracted):
                denied = True
                continue
            if self.absent and self.reason is Reason.TRUST and _ones_own(text, found, languages):
                continue
            if self.reason is not Reason.QUESTION and _supposed(text, found, languages):
                continue
            if self.option and _asked_for(text, found, languages):
                continue
            if self.absent:
                missing = not _poorness_denied(text, found, languages) and (
                    _absence_around(text, found, languages) or _negated(text, found, languages)
                )
                best = max(best, STRONG if missing else WEAK_FIT)
            elif self.no_cart or not _denied(text, found, languages, self.reason):
                # A cart denied is denied however many negations say so ("nie ein Konto
                # angelegt und ganz sicher keine ... in einen Warenkorb gelegt").
                consequence = (
                    fits == STRONG
                    and self.reason is Reason.CHANGED_MIND
                    and _a_consequence(text, found, languages)
                )
                # A payment option told missing (_not_offered). Not delivery: its strong rules
                # read that (_unavailable), and "En voinut valita toimitustapaa, nappi ei
                # toiminut" is the site's trouble.
                missing = (
                    self.topic
                    and self.reason is Reason.PAYMENT
                    and _not_offered(text, found, languages)
                )
                best = max(best, TOPIC if consequence else STRONG if missing else fits)
            else:
                denied = True
            if best == STRONG:
                break
        return DENIED if denied and not best else best


@dataclass(frozen=True)
class Reading:
    """Why the customer left (reason, and the rule that says so), what came next
    (runner_up, "" if nothing else fit) and how sure the reading is (0 to 1)."""

    reason: str
    rule: str
    runner_up: str = ""
    runner_up_rule: str = ""
    confidence: float = UNSURE


def prepare() -> None:
    """Compile every language's rules and load the words' evidence: once per process, and
    before a message's time budget starts. A cold Lambda's first reply pays it, and it is no
    part of reading that reply."""
    for language in EMAIL_LANGUAGES:
        _rules(language)
    word_evidence.shares("")
    word_evidence.automatic_share("")


def classify(text: str, language: str) -> tuple[str, str]:
    """(reason, rule): why the customer left, and the rule that says so."""
    reading = read(text, language)
    return reading.reason, reading.rule


def read(text: str, language: str) -> Reading:
    """Why the customer left, the runner-up and how sure the reading is."""
    own = language if language in EMAIL_LANGUAGES else "en"
    text = _without_legal_notice(text.replace("\u2019", "'"))  # a curly apostrophe: "don't"
    text = unwrapped(text)
    text = _RANGE_DASH.sub("-", text)  # a range with an en or em dash, as with a hyphen
    if not text.strip():
        return Reading(Reason.OTHER.value, NO_TEXT_RULE, confidence=1.0)
    asked = "?" in text
    denied: set[str] = set()
    fits = _fitting(list(_rules(own)), text, own, denied)
    if not fits:
        # People mix languages: English, and those whose words the text shows. Not every
        # language's rules: "stop sending these" is no Norwegian delivery.
        scores = language_scores(text)
        others = [
            lang for lang in EMAIL_LANGUAGES if lang != own and (lang == "en" or scores[lang])
        ]
        fits = _fitting([rule for lang in others for rule in _rules(lang)], text, own, denied)
    if fits:
        reading = _decided(fits, own, asked)
    elif asked:
        reading = Reading(Reason.QUESTION.value, f"{own}:{Reason.QUESTION.value}:{QUESTION_MARK}")
    else:
        reading = Reading(Reason.OTHER.value, NO_RULE)
    no_cart = bool(fits) and fits[0][1].no_cart
    fitted = frozenset(rule.reason.value for _, rule in fits)
    return _weighed(reading, text, own, denied, no_cart=no_cart, fitted=fitted)


def _weighed(
    reading: Reading,
    text: str,
    own: str,
    denied: set[str],
    *,
    no_cart: bool = False,
    fitted: frozenset[str] = frozenset(),
) -> Reading:
    """The rules' reading, with the words' evidence (kurv.replies.word_evidence) asked.

    - Between two reasons to leave whose rules disagree, the one the words lean to more,
      on more than one word ("Gavekortet blir avvist, står det ugyldig": "ugyldig" alone
      leans to the site). Not for "other" or a question: a complaint beside them is the
      more specific.
    - Where no rule, only a weak cue or a bare question mark fits, the reason the words lean
      to by far (EVIDENT), said with a weak confidence and the rules' guess as runner-up.
    - Where one complaint's rule decided over another's weaker one (a topic, a weak cue),
      the other, when the words lean to it almost wholly (OVERRULING) and give the first
      next to nothing (UNHEARD): the stronger rule matched a word in another sense.
    - Wherever else, the reason the words lean to almost wholly (OVERRULING), when that
      evidence rests on more than one word (word_evidence.steady_share): the rules matched
      a sentence told in passing ("the price was a bit higher than in the supermarket, but
      that was not it", "thanks for the reminder") or missed the one that decides. One word
      in another sense ("too cheap to be real", "Partita IVA") cannot; nor "other" or a
      question over a complaint.
    Never a reason the rules found denied ("nicht, dass der Versand zu teuer wäre"): words
    are weighed without their negations. Never over a reply that denies a cart. What the
    words decided is said as the two disagreeing, the rules' reading the runner-up."""
    if no_cart:
        return reading
    shares = word_evidence.shares(text)
    if (
        reading.confidence == DISAGREED
        and reading.runner_up
        and reading.runner_up not in UNDECIDED_REASONS
        and shares[reading.runner_up] >= LEANING > shares[reading.reason]
        and word_evidence.steady_share(text, reading.runner_up) >= LEANING
    ):
        return Reading(
            reading.runner_up, reading.runner_up_rule, reading.reason, reading.rule, DISAGREED
        )
    leaning = max(shares, key=shares.__getitem__)
    if leaning in denied or leaning == reading.reason:
        return reading
    undecided = reading.rule in (NO_RULE, f"{own}:{Reason.QUESTION.value}:{QUESTION_MARK}")
    if undecided or reading.confidence == WEAK:
        evident = shares[leaning] >= EVIDENT
        return (
            Reading(leaning, f"{own}:{leaning}:{WORD_EVIDENCE}", reading.reason, reading.rule, WEAK)
            if evident
            else reading
        )
    heard = fitted - UNDECIDED_REASONS - denied - {reading.reason}
    overruled = shares[leaning] >= OVERRULING and (
        (
            reading.confidence == SURE
            and reading.reason not in UNDECIDED_REASONS
            and leaning in heard
            and shares[reading.reason] < UNHEARD
        )
        or (
            not (leaning in UNDECIDED_REASONS and reading.reason not in UNDECIDED_REASONS)
            and not _ANAPHORIC_PRAISE.search(text)
            and word_evidence.steady_share(text, leaning) >= OVERRULING
        )
    )
    return (
        Reading(
            leaning, f"{own}:{leaning}:{WORD_EVIDENCE}", reading.reason, reading.rule, DISAGREED
        )
        if overruled
        else reading
    )


# A praise of "that" ("that's fine", "det er helt fint", "das passt", "va bene così"): it
# may praise whatever came before, which the words, blind to praise, may lean to. Where a
# reply has one, the words do not overrule the rules.
_ANAPHORIC_PRAISE = re.compile(
    r"\b(?:that(?:'s| is| was| would be)|this is|it's|det (?:er|var|gør|går|gjør|blir|bliver)"
    r"|det är|das (?:ist|war|wäre)|es (?:ist|war)|se (?:on|oli)|tämä on)"
    r"\s+(?:\w+\s+)?(?:fine|ok|okay|good|great|perfect|reasonable|fair|no problem|fint|greit"
    r"|grei|okej|bra|i orden|in ordnung|gut|kein problem|hyvä|hyvin|kunnossa)\b"
    r"|\bva bene così\b|\bdas passt\b|\bse sopii\b|\bse käy\b",
    re.IGNORECASE,
)

# The next clause opening with such a praise ("..., det er helt fint", "..., and that's fine").
_NEXT_CLAUSE_PRAISES = re.compile(
    r"\s*(?:(?:and|og|och|und|e|ja|men|but)\s+)?(?:" + _ANAPHORIC_PRAISE.pattern + r")",
    re.IGNORECASE,
)

# A line as long as a mail client's wrapped lines reach (72 to 78 characters, most often).
WRAPPED_WIDTH = 50


def unwrapped(text: str) -> str:
    """`text` with the lines a mail client broke only to keep them short joined again: a
    break inside a sentence (the line ends in a letter, digit, comma or bracket) before a
    word in lower case, or after a line of WRAPPED_WIDTH characters before any word ("nicht
    mehr für die\nHausverwaltung"). A break after a sentence's end, before a dash, a bullet,
    a quote or a blank line stays, and so do short lines (a greeting, a signature)."""
    lines = text.split("\n")
    joined = [lines[0]]
    for line in lines[1:]:
        before = joined[-1].rstrip()
        after = line.lstrip()
        if (
            before
            and after
            and (before[-1].isalnum() or before[-1] in ",;)")
            and (
                after[0].islower()
                or after[0].isdigit()
                or (after[0].isalpha() and len(before) >= WRAPPED_WIDTH)
            )
        ):
            joined[-1] = f"{before} {after}"
        else:
            joined.append(line)
    return "\n".join(joined)


_RANGE_DASH = re.compile(r"(?<=\d) ?[\u2013\u2014] ?(?=\d)")


def _fitting(rules: list[Rule], text: str, own: str, denied: set[str]) -> list[tuple[float, Rule]]:
    """The fitting rules, strongest first, then by priority: the first one of each reason.
    The reasons of rules that match only where denied (or praised) are added to `denied`."""
    found = []
    owned = _sentences_owned(rules, text, own)
    retracted = _retracted(text, own)
    for rule in rules:
        if not literals.may_match(text, rule.needs):
            continue  # it cannot match: strength 0 (Rule.matches)
        undecided = rule.reason.value in UNDECIDED_REASONS
        aside = tuple(span for span, owner in owned if owner is not rule.reason)
        strength = rule.strength(
            text, own, () if undecided else aside, () if undecided else retracted
        )
        if strength > 0:
            found.append((strength, rule))
        elif strength == DENIED:
            denied.add(rule.reason.value)
        if strength == WEAK_FIT and rule.absent and rule.praised(text, own):
            # "Reviews look good": what a buyer wants to be true, said true. A weak cue for
            # the rules, and never the words' evidence's reason, blind to the praise.
            denied.add(rule.reason.value)
    # A changed mind told as a consequence (_a_consequence, a topic) yields to the cause a
    # rule reads; where no other complaint is read, it is the reason itself: "inzwischen
    # habe ich ihn im Outdoorladen gekauft, weil ich ihn probetragen wollte".
    complaints = {
        rule.reason
        for strength, rule in found
        if strength >= TOPIC and rule.reason.value not in UNDECIDED_REASONS
    }
    if complaints == {Reason.CHANGED_MIND}:
        found = [
            (
                STRONG
                if rule.reason is Reason.CHANGED_MIND and strength == TOPIC and not rule.topic
                else strength,
                rule,
            )
            for strength, rule in found
        ]
    # A reply that denies there was a cart at all ("I never put anything in a basket", "wrong
    # person") gives no reason to leave one, whatever else it says.
    found.sort(key=lambda pair: (not pair[1].no_cart, -pair[0], PRIORITY.index(pair[1].reason)))
    seen: set[Reason] = set()
    best = []
    for strength, rule in found:
        if rule.reason not in seen:
            seen.add(rule.reason)
            best.append((strength, rule))
    return best


def _sentences_owned(
    rules: list[Rule], text: str, own: str
) -> tuple[tuple[tuple[int, int], Reason], ...]:
    """Where the reply tells what its sentence is about, and whose reason that is:
    - the reminders too many or too soon ("the third reminder in four days, which feels like
      a bit much", "kolme viestiä kahdessa päivässä on vähän liikaa", "fast täglich Post von
      Ihnen und möchte das nicht mehr"): an excess, an arrival or a wish no more said there
      is said of the reminders, not of the shop;
    - the returns unclear ("non si capisce se il reso è gratuito né entro quanti giorni va
      fatto"): the days, the costs and the pickup said there are the return's terms.
    From the sentence's start to its end, or to a clause of its own after a comma ("..., ja
    nyt alkaa mietityttää mihin te mun tietoja käytätte": distrust, told apart)."""
    spans = []
    for rule in rules:
        if rule.owns_sentence:
            languages = (rule.language, own)
            for found in rule.matches(text):
                spans.append((_sentence_told(text, found, languages), rule.reason))
    return tuple(spans)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that position `at` stands in begins."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)


def _sentence_told(text: str, found: re.Match[str], languages: Languages) -> tuple[int, int]:
    """From the sentence's start to its end, or to a clause of its own after a comma; a
    clause or the next sentence that takes it up by a demonstrative is told of it too:
    "Jeg har nu fået tre påmindelser på to dage. Det synes jeg er i overkanten"."""
    start = _sentence_start(text, found.start())
    joining = _words(ADVERSATIVES, languages) | _words(COORDINATORS, languages)
    for mark in _PUNCTUATION.finditer(text, found.end()):
        following = [word.lower() for word in _WORD.findall(text[mark.end() : mark.end() + 40])]
        if mark.group() not in ",;:()":
            if following[:1] and following[0] in DEMONSTRATIVES:
                opening = len(text) - len(text[mark.end() :].lstrip())
                after = _SENTENCE_END.search(text, opening)
                return start, after.start() if after else len(text)
            return start, mark.start()
        if following and following[0] in joining:
            if len(following) > 1 and following[1] in DEMONSTRATIVES:
                continue
            return start, mark.start()
    return start, len(text)


def _retracted(text: str, own: str) -> tuple[tuple[int, int], ...]:
    """What a later clause takes back as the cause: "Toimitus olisi ollut vähän kallis,
    mutta ei se ratkaissut", "Leveringstiden var litt lang, men det var ikke det", "The
    postage was a bit steep. But that wasn't it." From the start of the sentence before
    (when the retraction opens its own) to the retraction."""
    spans = []
    for language in {own, "en"}:
        for found in RETRACTIONS[language].finditer(text):
            start = _sentence_start(text, found.start())
            if not text[start : found.start()].strip(" \n\t,;:"):
                start = _sentence_start(text, max(start - 1, 0))
            spans.append((start, found.start()))
    return tuple(spans)


def _ones_own(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether a detail a shop should show ("telefonnummer", "Adresse") is the customer's
    own, or a form's field for it: "telefonnummeret mitt", "my phone number",
    "puhelinnumeroni", "Puhelinnumerokenttä". Its trouble is no distrust."""
    rest = re.match(r"[^\W\d_]*", text[found.end() :])
    word = found.group().lower() + (rest.group().lower() if rest else "")
    if word.endswith(("kenttä", "kentän", "kentässä", "felt", "feltet", "feld", "field")):
        return True
    if "fi" in languages and word.endswith("ni"):
        return True  # "puhelinnumeroni": the Finnish possessive suffix
    before = _WORD.findall(text[max(0, found.start() - 30) : found.start()].lower())[-2:]
    after = _WORD.findall(text[found.end() + (rest.end() if rest else 0) :][:12].lower())[:1]
    owners = _words(OWNERS, languages)
    return bool(set(before) & owners) or bool(after and after[0] in POSTPOSED_OWNERS)


def _decided(fits: list[tuple[float, Rule]], own: str, asked: bool) -> Reading:
    strength, first = fits[0]
    rest = fits[1:]
    if strength <= WEAK_FIT:
        # Only weak cues: not a confident reason. A question if they asked one.
        reason = Reason.QUESTION if asked else Reason.OTHER
        question = next((rule for _, rule in fits if rule.reason is Reason.QUESTION), None)
        if reason is Reason.QUESTION and question is not None:
            rule_name = str(question)
            first = next((rule for _, rule in fits if rule.reason is not Reason.QUESTION), first)
        else:
            rule_name = f"{own}:{reason.value}:{WEAK_CUE}"
        runner = first if first.reason is not reason else None
        return Reading(
            reason.value,
            rule_name,
            runner.reason.value if runner else "",
            str(runner) if runner else "",
            WEAK,
        )
    runner = rest[0][1] if rest else None
    complaints = [
        rule for weight, rule in fits if weight == strength and rule.reason is not Reason.QUESTION
    ]
    return Reading(
        first.reason.value,
        str(first),
        runner.reason.value if runner else "",
        str(runner) if runner else "",
        DISAGREED if len(complaints) > 1 and not first.no_cart else SURE,
    )


_MARKERS = re.compile(r"(?: \((?:weak|absent|topic|no cart|reminders|returns|option)\))+$")


@lru_cache(maxsize=len(EMAIL_LANGUAGES))
def _rules(language: str) -> tuple[Rule, ...]:
    return tuple(
        Rule(
            language,
            Reason(reason),
            _MARKERS.sub("", label),
            compiled,
            weak=" (weak)" in label,
            absent=" (absent)" in label,
            topic=" (topic)" in label,
            no_cart=" (no cart)" in label,
            owns_sentence=" (reminders)" in label or " (returns)" in label,
            option=" (option)" in label,
            needs=literals.needed(compiled),
        )
        for reason, label, pattern in _parsed(RULES[language], language)
        for compiled in [re.compile(pattern, re.IGNORECASE)]
    )


# Negation ----------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?\n]")
_PUNCTUATION = re.compile(r"[.,;:!?\n()]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


Languages = tuple[str, ...]  # the rule's, and the reply's: both their words count


def _words(table: dict[str, frozenset[str]], languages: Languages) -> frozenset[str]:
    return _union(id(table), languages)


@lru_cache(maxsize=512)
def _union(table_id: int, languages: Languages) -> frozenset[str]:
    table = _TABLES[table_id]
    return frozenset().union(*(table[language] for language in languages))


def _clause_before(text: str, start: int, languages: Languages) -> list[str]:
    """The words of the clause a match at `start` stands in, up to the match; a
    subordinate clause's conjunction first ("hvis", "if")."""
    piece = _PUNCTUATION.split(text[max(0, start - 300) : start])[-1]
    words = [word.lower() for word in _WORD.findall(piece)]
    ahead = words + [word.lower() for word in _WORD.findall(text[start : start + 60])][:3]
    negations = _words(NEGATIONS, languages)
    conditionals = _words(CONDITIONALS, languages)
    cut = 0
    for index, word in enumerate(words):
        after_negation = index > 0 and (
            words[index - 1] in negations or words[index - 1].endswith("n't")
        )
        following = ahead[index + 1 : index + 4]
        if word in _words(CLAUSE_OPENERS, languages) | conditionals and not after_negation:
            cut = index
        elif word in _words(ADVERSATIVES, languages) or (
            word in _words(COORDINATORS, languages)
            and (
                (following[:1] and following[0] in _words(SUBJECTS, languages))
                or set(following) & _words(FINITE_VERBS, languages)
            )
        ):
            cut = index + 1
    return words[cut:]


def _negations_in(words: list[str], languages: Languages, *, wishes: bool = True) -> list[int]:
    """Where the words deny: a negation, unless it doubts ("not sure whether") or adds
    ("not only"), or (with `wishes`) denies a wish, leaving the trouble named standing."""
    negations = _words(NEGATIONS, languages)
    spared = _words(SPARED_AFTER_NEGATION, languages)
    subjects = _words(SUBJECTS, languages)
    return [
        index
        for index, word in enumerate(words)
        if (word in negations or word.endswith("n't"))
        and not (set(words[index + 1 : index + 3]) & spared)
        and not (word in ANSWERS and words[index + 1 : index + 2] and words[index + 1] in subjects)
        and not (wishes and _wish_denied(words, index, languages))
    ]


def _wish_denied(words: list[str], index: int, languages: Languages) -> bool:
    """Whether the negation at `index` denies a wish ("I don't want to pay …", "jeg vil ikke
    betale …", "non mi piacerebbe pagare …"): then what the clause goes on to name is the
    trouble, undenied. The wish verb follows the negation (en, fi, it), or precedes it with
    the one who wishes beside it (the Nordic languages' and German's verb second)."""
    after = words[index + 1 : index + 3]
    if set(after) & _words(WISHES, languages):
        return True
    before = words[max(0, index - 3) : index]
    return bool(set(before[-2:]) & _words(WISHES, languages)) and bool(
        set(before) & _words(WISHERS, languages)
    )


def _asked(text: str, end: int) -> bool:
    """Whether the sentence a match ends in is a question."""
    found = _SENTENCE_END.search(text, end)
    return found is not None and found.group() == "?"


def _denied(text: str, found: re.Match[str], languages: Languages, reason: Reason) -> bool:
    """Whether the clause denies what the match says (see the module's text)."""
    if _asked(text, found.end()):
        return False
    if reason in PRAISABLE and _praised(text, found, languages):
        return True
    if "focus" in found.re.groupindex and found.start("focus") >= 0:
        # A relative clause the rule names ("nettsider [jeg ikke kjenner]"): its own.
        words = _WORD.findall(text[found.start() : found.start("focus")].lower())[1:]
    else:
        words = _clause_before(text, found.start(), languages)
    if words[:1] and words[0] in _words(CONDITIONALS, languages):
        return False  # "if it can't arrive in time": supposed, not denied
    # Not wanting to pay or wait is the trouble told; not wanting to cancel denies it.
    negated = _negations_in(words, languages, wishes=reason not in NOT_UNWISHED)
    if not negated:
        return False
    if reason not in FAILURES:
        return not (reason is Reason.DELIVERY and _unavailable(found, words, negated, languages))
    # Trouble told by a negation counts; only "no problem with ..." denies it.
    said = words + _WORD.findall(found.group().lower())
    return any(
        PROBLEMS[language].match(word)
        for language in languages
        for index in negated
        for word in said[index + 1 : index + 4]
    )


def _supposed(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether a match stands in a question's conditional clause: "Bliver kurven gemt, hvis
    jeg logger ud?", "Säilyykö ostoskorin sisältö, vaikka en kirjaudu sisään?". Supposed,
    not told: the reply asks."""
    if not _asked(text, found.end()):
        return False
    words = _clause_before(text, found.start(), languages)
    # The conditional clause's own verb, right after its subject (and a negation): "if I
    # order tonight will it arrive in time?" asks of the main clause's arrival.
    # Finnish drops the subject: "jos kirjaudun ulos".
    return (
        0 < len(words) <= SUPPOSED_WORDS and words[0] in _words(CONDITIONALS, languages) | SUPPOSING
    )


# The shop's own store, warehouse or showroom, in the seven languages (not a carrier's
# parcel shop: "pakkeshop", "parcel shop", "Paketshop").
_OWN_STORE = re.compile(
    r"\b(?:butik(?:k)?(?:en|ken)?|lager(?:et)?|showroom\w*|(?<!parcel )store|(?<!parcel )shop"
    r"|warehouse|geschäft|laden|ladengeschäft|myymälä\w*|liikkee\w*|negozio|magazzino"
    r"|punto vendita)\b",
    re.IGNORECASE,
)


def _asked_for(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether a match stands in a question that asks to collect at the shop's own store,
    with no negation in it: "kan man hente i jeres lager i Vejle?", "can I collect it from
    the Leeds store instead?". "Why can't I collect it from the store?" misses it; "Posso
    ritirarlo in un punto di ritiro?" asks for a delivery the customer needs."""
    end = _SENTENCE_END.search(text, found.end())
    if end is None or end.group() != "?":
        return False
    sentence = text[_sentence_start(text, found.start()) : end.start()]
    words = _WORD.findall(sentence.lower())
    return bool(_OWN_STORE.search(sentence)) and not _negations_in(words, languages)


def _not_offered(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether a payment option a topic names is told missing by a negated verb of offering
    or finding: "fant ikke Vipps blant betalingsmåtene", "I couldn't choose
    Klarna", "bieten kein PayPal an". The trouble itself, not a topic named."""
    if _asked(text, found.end()):
        return False
    words = _clause_before(text, found.start(), languages)
    if _negations_in(words, languages) and _OFFERING.search(" ".join(words)):
        return True
    # ... or named first and taken up by a pronoun, before its verb or after it: "Jeg betaler
    # altid med MobilePay, og det kunne jeg ikke finde nogen steder ved kassen", "I always
    # pay with PayPal, and I couldn't find it anywhere at your checkout".
    end = _SENTENCE_END.search(text, found.end())
    after = _WORD.findall(text[found.end() : end.start() if end else len(text)][:200].lower())
    joining = _words(COORDINATORS, languages) | _words(ADVERSATIVES, languages)
    for index, word in enumerate(after[:-1]):
        rest = after[index + 1 : index + 7]
        if (
            word in joining
            and set(rest) & ANAPHORS
            and _negations_in(rest, languages)
            and _OFFERING.search(" ".join(rest))
        ):
            return True
    return False


def _unavailable(
    found: re.Match[str], words: list[str], negated: list[int], languages: Languages
) -> bool:
    """Whether a negation before a delivery word tells the delivery missing, the trouble
    itself ("kunne ikke vælge levering til mit postnummer", "ette toimita Ahvenanmaalle",
    "der er ingen pakkeshop i nærheden"), rather than denying it as the cause ("it's not
    the delivery", "non è per la spedizione"): a verb of offering or choosing negated, or
    "no" right before the option; not a copula's denial, not "no longer" (a request to
    stop sending), not of a message ("il codice non arriva"), not "nothing wrong with" it
    ("Det var inget fel på leveranstiden").
    """
    clause = " ".join(words) + " " + found.group().lower()
    if MESSAGE_WORDS.search(clause) or _COPULAR_DENIAL.search(clause):
        return False
    first = negated[0]
    after = words[first + 1 :]
    if set(after[:2]) & NO_LONGER:
        return False
    if any(PROBLEMS[language].match(word) for language in languages for word in after[:3]):
        return False
    if _OFFERING.search(" ".join(after) + " " + found.group().lower()):
        return True
    return first >= len(words) - 2 and words[first] in NO_DETERMINERS


_COPULAR_DENIAL = re.compile(
    r"\b(?:er|var|är|ist|war|is|was|isn't|wasn't|è|era|ole|ollut|liegt|lag)"
    r" (?:\w+ )?(?:ikke|ikkje|inte|nicht|not|non|ei)\b|\b(?:ikke|inte|nicht|not|non) (?:\w+ )?"
    r"(?:pga|på grund af|på grunn av|på grund av|wegen|because of|per|a causa)\b"
    r"|\bnon (?:è|era)\b|\bei (?:ole|ollut)\b",
    re.IGNORECASE,
)
_OFFERING = re.compile(
    r"\b(?:vælg|velg|välj|valit|wähl|scegli|choos|select|pick|lever|leverer|levere|sende|sender"
    r"|send|skick|toimit|lähet|liefer|versend|verschick|consegn|spedi|ship|deliver|tilbyd"
    r"|tilby|erbjud|tarjo|anbiet|offr|offer|find|finn|hitta|löyt|trov|fås|fåes|gibt|available"
    r"|tilgængelig|tilgjengelig|tillgänglig|saatavilla|verfügbar|disponibil"
    # arriving in time: "den inte skulle hinna fram till den 14:e"
    r"|hinna|hinner|hann|rekke|rekker|rakk|nå frem|når frem|nåede|ehti|ehdi|arriv|ankomm|ankom"
    r"|make it|effettu)",
    re.IGNORECASE,
)
# Concessive conjunctions that suppose as "if" does (_supposed): "vaikka en kirjaudu"; and
# in a question, "after" does: "kan man lægge flere ting til ordren, efter den er sendt?".
SUPPOSING = frozenset(["vaikka", "selvom", "efter", "etter", "nachdem", "after"])
SUPPOSED_WORDS = 3  # the conjunction, a subject, a negation: then the supposed verb
# Demonstratives that take up what the sentence before told (_sentence_told).
DEMONSTRATIVES = frozenset(["det", "dette", "detta", "that", "this", "das", "dies", "tämä", "ciò"])
# Pronouns that take up a thing named before (_not_offered).
ANAPHORS = frozenset(
    ["det", "den", "dem", "dette", "it", "that", "this", "es", "das", "sie", "lo", "la", "sitä"]
)
NO_LONGER = frozenset(
    ["længere", "lenger", "lengre", "längre", "enää", "mehr", "più", "piu", "longer", "more"]
)
NO_DETERMINERS = frozenset(
    [
        "ingen",
        "inga",
        "inget",
        "intet",
        "kein",
        "keine",
        "keinen",
        "no",
        "nessun",
        "nessuna",
        "mitään",
    ]
)


def _a_consequence(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether the match stands after a word that tells it as the consequence of what came
    before, in its sentence or opening it: "Työkaveri varoitti tästä kaupasta, joten jätän
    väliin", "Deshalb habe ich mich anders entschieden". The decision then names no reason
    of its own; the cause does, if a rule reads it."""
    start = _sentence_start(text, found.start())
    before = [word.lower() for word in _WORD.findall(text[start : found.start()])]
    if set(before) & _words(CONSEQUENCES, languages):
        return True
    # "so" before a subject, within the sentence: "Det var ikke mulig hos dere, så jeg
    # droppet det". Opening it, "So" sums the reply up: "Så jeg trenger dem ikke likevel".
    so, subjects = _words(SO, languages), _words(SUBJECTS, languages)
    return any(word in so and following in subjects for word, following in pairwise(before[1:]))


def _predicated(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether what a buyer wants true is said of the shop by a verb of being or seeming
    right before it, with no negation: "Looks trustworthy", "virker seriøs", "sembra
    affidabile". Read only of rules marked "absent" (Rule.praised)."""
    words = _clause_before(text, found.start(), languages)
    if not words or words[0] in _words(CLAUSE_OPENERS, languages):
        return False  # "vil gjerne vite at dere er seriøse": a wish, not a praise
    if not re.match(r"\s*(?:[.,;:!\n]|$)", text[found.end() :]):
        return False  # the predicate ends its clause: not "sind die Bewertungen bei ..."
    before = words[-2:]
    return bool(set(before) & _words(COPULAS, languages)) and not _negations_in(before, languages)


def _praised(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether the clause goes on to praise what the match names: "Prisen var ellers fin",
    "Leveringstiden var grei", "the site worked fine", "il prezzo andava bene". A verb of
    being or seeming, at most two words, none of them a negation or "too", then a word of
    praise."""
    end = _PUNCTUATION.search(text, found.end())
    if end and end.group() in ",;:" and _NEXT_CLAUSE_PRAISES.match(text, end.end()):
        return True  # "Levering om en uge, det er helt fint": "that" is what came before
    rest = text[found.end() : end.start() if end else len(text)][:80].lower()
    words = _WORD.findall(rest)
    if rest[:1].isalpha():
        words = words[1:]  # the rest of the word the match ends in ("levering|stiden")
    copulas = _words(COPULAS, languages)
    praise = _words(PRAISE, languages)
    stoppers = _words(NEGATIONS, languages) | _words(EXCESS, languages)
    stoppers |= _words(ADVERSATIVES, languages)
    for index, word in enumerate(words[:3]):
        if word in stoppers:
            return False
        if word in copulas:
            for after in words[index + 1 : index + 4]:
                if after in praise:
                    return True
                if after in stoppers or after.endswith("n't"):
                    return False
            return False
    return False


def _negated(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether the clause denies what a buyer wants to be true ("virker ikke troværdig",
    "I don't think I need it"): a negation before the match in its clause, not a question."""
    if _asked(text, found.end()):
        return False
    words = _clause_before(text, found.start(), languages)
    if words[:1] and words[0] in _words(CONDITIONALS, languages):
        return False
    return bool(_negations_in(words, languages))


def _clause_of(text: str, found: re.Match[str]) -> str:
    """The clause the match stands in: from the punctuation before it to the one after."""
    start = max((m.end() for m in _PUNCTUATION.finditer(text, 0, found.start())), default=0)
    end = _PUNCTUATION.search(text, found.end())
    return text[start : end.start() if end else len(text)]


def _absence_around(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether the match's clause says it is missing or poor: "no VAT number", "kein
    Impressum gefunden", "Umsatzsteuer-ID fehlt", "couldn't find any reviews"."""
    clause = _clause_of(text, found)
    return any(ABSENCE[language].search(clause) for language in languages)


def _poorness_denied(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether the match's clause denies that what it names is poor: "nothing bad", "ingen
    dårlige anmeldelser", "keine schlechten Bewertungen". Praise, the negation spent on
    the poor word, not on what the rule names."""
    negations = _words(NEGATIONS, languages)
    poor = tuple(prefix for language in languages for prefix in POOR[language])
    negated = False
    for token in _WORD.findall(_clause_of(text, found)[:300].lower()):
        word = token.replace("'", "")
        if negated and word.startswith(poor):
            return True
        negated = negated or word in negations
    return False


def _without_legal_notice(text: str) -> str:
    """`text` up to a legal notice ("This email is confidential ..."): not the customer's."""
    for found in LEGAL_NOTICE.finditer(text):
        start = _sentence_start(text, found.start())
        end = _SENTENCE_END.search(text, found.end())
        sentence = text[start : end.start() if end else len(text)]
        if MESSAGE_WORDS.search(sentence):
            return text[:start]
    return text


# Language --------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Letters only some of our languages write, and whose they are.
_LETTERS = {
    "æ": ("da", "nb"),
    "ø": ("da", "nb"),
    "å": ("da", "nb", "sv"),
    "ä": ("sv", "fi", "de"),
    "ö": ("sv", "fi", "de"),
    "ü": ("de",),
    "ß": ("de",),
    "à": ("it",),
    "è": ("it",),
    "ì": ("it",),
    "ò": ("it",),
    "ù": ("it",),
}
# Spellings only some of our languages use: Norwegian "kj", "gj", "øy" (kjøpe, gjerne,
# høy) where Danish writes købe, gerne, høj.
# Finnish doubles its vowels, "ää" and "yy" as no other of our languages does (tämä,
# pääsin, syy, kyllä's neighbours "myyty", "tyytyväinen").
_SPELLINGS = {
    "kj": ("nb",),
    "gj": ("nb",),
    "øy": ("nb",),
    "øj": ("da",),
    "ej": ("da", "sv"),
    "ää": ("fi",),
    "yy": ("fi",),
}
# Below this much evidence a text says too little to overrule the hint.
ENOUGH_EVIDENCE = 2.0
PLAUSIBLE_SHARE = 0.6


def language_of(text: str, hint: str | None) -> str:
    """The language `text` is written in, of EMAIL_LANGUAGES: the hint when the text agrees
    with it or says too little, else what its words say, else English."""
    scores = language_scores(text)
    ranked = sorted(scores, key=lambda lang: scores[lang], reverse=True)
    top = ranked[0]
    if hint in EMAIL_LANGUAGES and (
        scores[top] < ENOUGH_EVIDENCE or scores[hint] >= PLAUSIBLE_SHARE * scores[top]
    ):
        return hint
    return top if scores[top] > 0 else "en"


def language_scores(text: str) -> dict[str, float]:
    """Evidence for each language: its function words, each worth 1 shared by all the
    languages that use it, and letters only some languages write."""
    scores = dict.fromkeys(EMAIL_LANGUAGES, 0.0)
    weights = _word_weights()
    for token in _TOKEN.findall(text[:20_000].lower()):
        for lang, weight in weights.get(token, ()):
            scores[lang] += weight
    lowered = text[:20_000].lower()
    for letter, languages in (_LETTERS | _SPELLINGS).items():
        count = min(lowered.count(letter), 3)
        for lang in languages:
            scores[lang] += 0.3 * count / len(languages)
    return scores


@lru_cache(maxsize=1)
def _word_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    owners: dict[str, list[str]] = {}
    for lang, words in WORDS.items():
        for word in words.split():
            owners.setdefault(word, []).append(lang)
    return {word: tuple((lang, 1 / len(langs)) for lang in langs) for word, langs in owners.items()}


# The rules ---------------------------------------------------------------------------------
# Per language: "reason: label", then the pattern on the indented lines below it, joined
# as they are, without a space: break a line before a "|", and write a space that must
# stay at a line's start as \\s. Patterns are case-blind; \\w* lets a stem take its endings
# and compounds ("fragt" in "fragten", "Versand" in "Versandkosten"). "A ~ B" is A, then B
# within NEAR characters of the same clause; "A ~~ B" the same in either order; {site} the
# language's words for the shop's pages and buttons, defined as "site =". A label may end
# in markers: "(weak)", "(absent)", "(topic)", "(no cart)", "(reminders)", "(returns)",
# "(option)" (see the module's text); "(topic) (option)" is both. A lookahead after a stem
# holds only if the stem cannot give letters back: write \\w*+, not \\w*.

NEAR = 50
# A day of the month after "før", "before": "før den 20.", not "for 20 tommer", "før 200 kr".
DAY = r"\d?\b(?!\.?\d)(?! ?(?:%|,-|[^\W\d_]*(?:kr|tommer|tum|cm|mm|kg|stk|euro|eur|år|ar)\b))"

# Express delivery, written in lower case, or capitalised with no lower-case word right
# before it ("Express?", "DHL Express"); not a Capitalised name's last word: "Sage Barista
# Express", "American Express" (da, nb and sv delivery words).
EXPRESS = r"(?-i:\bexpress\w*|(?<![a-z] )\bExpress\w*|\bEXPRESS\b)"

# A sum of money, in any of the shops' currencies: "{amount}" in any language's rules.
AMOUNT = (
    r"(?:\b\d+(?:[.,]\d+)? ?(?:kr\b\.?|kroner\b|kronor\b|sek\b|nok\b|dkk\b|euro?s?\b|€|£|\$)"
    r"|(?:€|£|\$) ?\d+(?:[.,]\d+)?\b)"
)


def _parsed(table: str, language: str) -> list[tuple[str, str, str]]:
    entries: list[list[str]] = []
    for line in table.strip().splitlines():
        if line.startswith(" "):
            entries[-1][1] += line.lstrip()
        else:
            entries.append([line.rstrip(" ="), ""])
    names = {"amount": AMOUNT, "day": DAY, "express": EXPRESS} | {
        head: pattern for head, pattern in entries if ":" not in head
    }
    rules = []
    for head, pattern in entries:
        if ":" in head:
            reason, label = (part.strip() for part in head.split(":", 1))
            for _ in range(2):  # a name may use another
                for name, value in names.items():
                    pattern = pattern.replace("{" + name + "}", value)  # noqa: PLW2901
            rules.append((reason, label, _expanded(_transliterated(pattern), language)))
    return rules


# How the letters are typed on a keyboard without them: "gaar", "foer", "Groesse", and as
# often the plain letter ("hoj", "nar", "for dyrt").
# Italian accents are often typed plain or with an apostrophe after ("perche'", "piu'",
# "e'"): the plain letter matches both, since a word's end comes before the apostrophe.
TRANSLITERATIONS = {
    "æ": "ae",
    "ø": "oe|o",
    "å": "aa|a",
    "ä": "ae|a",
    "ö": "oe|o",
    "ü": "ue",
    "ß": "ss",
    "à": "a",
    "è": "e",
    "é": "e",
    "ì": "i",
    "ò": "o",
    "ù": "u",
}


def _transliterated(pattern: str) -> str:
    """`pattern`, with each letter also matched as it is typed without it; inside a
    character class ("[àa]") the rule's author has listed the letters already."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char in TRANSLITERATIONS and not in_class:
            out.append(f"(?:{char}|{TRANSLITERATIONS[char]})")
            continue
        out.append(char)
    return "".join(out)


def _alternatives_at_top(part: str) -> bool:
    """Whether `part` is "A|B" outside any group: beside "~" that would bind wrongly."""
    depth = 0
    escaped = False
    for char in part:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _expanded(pattern: str, language: str) -> str:
    # The gap between the two parts stays in one clause (a number's "6,90" is no clause's
    # end) and holds no negation: "the shipping is not expensive" is not "shipping ~~
    # expensive".
    denials = "|".join(sorted(NEGATIONS[language]))
    gap = rf"(?:(?!\b(?:{denials})\b|n't\b)(?:[^.,;!?\n]|[.,](?=\d))){{0,{NEAR}}}"
    for near in (" ~~ ", " ~ "):
        if near in pattern and any(map(_alternatives_at_top, pattern.split(near, 1))):
            raise ValueError(f"a rule's part beside {near.strip()} has alternatives: {pattern}")
    if " ~~ " in pattern:
        first, second = pattern.split(" ~~ ", 1)
        return f"(?:{first}){gap}(?:{second})|(?:{second}){gap}(?:{first})"
    if " ~ " in pattern:
        first, second = pattern.split(" ~ ", 1)
        return f"(?:{first}){gap}(?:{second})"
    return pattern


RULES: dict[str, str] = {
    "da": r"""
other: en forveksling (no cart)
    \bforveksl\w*|\baldrig (?:\w+ ){0,4}i hele (?:sit|mit|hans|hendes) liv\b
changed_mind: ingen planer om at købe
    \bingen (?:\w+ )?planer om at (?:købe|bestille|handle)\b
returnsnoun =
    \b(?:returret\w*|returnering\w*|returpolitik\w*|returvilkår\w*|returbetingelse\w*|retur(?:en)?
    |fortrydelsesret\w*|bytteret\w*)\b
returnsunclear =
    \b(?:uklar\w*|utydelig\w*|vag[te]?|ikke (?:\w+ )?klart|ikke (?:\w+ )?tydeligt|usikker\w*
    |uigennemskuelig\w*|forvirr\w*|står (?:\w+ )?ikke|fremgår (?:\w+ )?ikke|(?:kunne
    |kan) ikke (?:\w+ )?finde|ingen steder|ingenting om|intet om)
trust: returretten uklar (returns)
    {returnsnoun}[^.!?\n]{0,80}?{returnsunclear}|{returnsunclear}[^.!?\n]{0,80}?{returnsnoun}
trust: privatlivspolitik (absent)
    \b(?:privatlivspolitik\w*|persondatapolitik\w*)
delivery: ikke på lager
    (?:\b(?:ikke|først|først igen) (?:\w+ )?på lager\b|\budsolgt\w*|\brestordre\w*
    |\bpå lager (?:\w+ )?(?:igen )?(?:om|fra|først)\b)(?![^.!?\n]*\?)
trust: personnummer
    \b(?:cpr\w*|personnummer\w*|fødselsdato\w*) ~~ \b(?:bad|beder|bede|spurgte|spørger|krævede
    |kræver|ville have
    |vil have|skulle|oplyse|indtaste|opgive|hvorfor)\b
changed_mind: lagt i kurven for at huske
    \b(?:lagde|lagt|smed|smidt|puttede
    |puttet) (?:\w+ ){0,4}i (?:\w+ )?kurv\w* (?:\w+ ){0,2}for at (?:kigge|tjekke|sammenligne|huske
    |gemme|få (?:et )?overblik|se (?:hvordan|hvad|om))\b{nocost}
nocost =
    (?! (?:\w+ ){0,3}(?:frakt\w*|fragt\w*|pris\w*|kostn\w*|shipping|postage|price\w*|cost\w*
    |versand\w*|preis\w*|spedizion\w*|prezz\w*|toimitus\w*|hinta\w*|hinnan|porto\w*|lever\w*))
remindermsg =
    \b(?:mails?|e-?mails?|mailen|mailene|mailsene|påmindelse\w*|beskede[nr]\w*|rykker\w*
    |nyhedsbrev\w*)\b
reminderpace =
    \b(?:midt om natten|om natten|i nat|i nattens? løb|om ugen|om dagen|hver uge|i ugen|(?:så
    |alt for|for|ret|ekstremt
    |lyn)\s?hurtig\w*|hurtigt
    |inden for (?:\w+ )?(?:minutter
    |sekunder|en time|timen)|(?:knap|næppe|ikke engang|kun|bare|under) (?:en|et|\w+) (?:time|timer
    |minut|minutter|sekunder)|bliver ved med at komme|hver (?:eneste )?dag|hver anden dag|dagligt?
    |to gange om dagen|(?:på|i løbet af|inden for) (?:kun |bare |blot )?(?:\d+|to|tre|fire|fem|seks
    |syv|et|en) (?:dage|dag|døgn|timer|uger?)|før (?:\w+ ){0,3}(?:lukket|forladt)|stalk\w*|pågående
    |påtrængende|overvåg\w*)\b
other: om påmindelserne (reminders)
    {remindermsg}[^.!?\n]{0,120}?\b(?:smil\w*|grin(?:e|ede|te)?|morede|morsom\w*|sjov\w*)\b
    |{remindermsg}[^.!?\n]{0,80}?{reminderpace}|{reminderpace}[^.!?\n]{0,80}?{remindermsg}
    |\b(?:stalk\w*|pågående|påtrængende)\b
    |\b(?:den|det) (?:anden|tredje|fjerde|femte|sjette|syvende) (?:\w+ )?(?:på|i|inden for|denne)
    \s(?:en |et |to |tre |kun |bare )?(?:uge|ugen|dag|døgn|måned|dage|uger)\b
site =
    \b(?:hjemmeside\w*|siden|siderne|webshop\w*|knap\w*|app(?:en)?|kassen|checkout\w*
    |kurv(?:en)?|indkøbskurv\w*|link(?:et)?|\w*felt(?:et|erne)?|boks(?:en)?|formular\w*|browser\w*
    |billede\w*|menu\w*|dropdown\w*|forside\w*|produktside\w*|betalingsside\w*|kassa
    |jeres side)\b
nomail =
    (?:^|(?<=[.,;:!?\n])|(?<=\bmen ))(?:(?!\w{0,8}mail|beske[dt]|påminde|rykker|spam|reklame
    |nyhedsbrev
    |\bmen\b)[^.,;:!?\n])*?
shop =
    \b(?:butik\w*|webshop\w*|netbutik\w*|hjemmeside\w*|side\w*|firma\w*|shop\w*|jer)\b
cost =
    \b(?:fragt\w*|forsendelse\w*|porto\w*|levering(?!sadresse)\w*|leveringsomkostning\w*|total\w*
    |samlede pris|slutpris\w*|gebyr\w*|shipping)
dear =
    \b(?:dyr\w*|høj\w*|for meget|vanvittig\w*|urimelig\w*|voldsom\w*|saftig\w*|koste\w*
    |gebyr\w*|mere end|i overkanten|steget|steg|stiger|hævet|gået op|gik op|går op|latterlig\w*
    |vanvid\w*|skør\w*|ude i hampen|til grin|vild\w*|sindssyg\w*|hutlig\w*
    |grotesk\w*
    |absurd\w*|pebret|saltet|ublu|helt hen i vejret|skyhøj\w*)
breaks =
    \b(?:virke\w* ikke|fungere\w* ikke|frøs|fryse\w*|frosset|hang|hænger|crash\w*|krasj\w*
    |kør\w* (?:\w+ )?rundt
    |gik ned|går ned|loade\w*|indlæs\w*|(?<!\bved en )(?<!\bmin )fejl\w*\b(?! (?:at|af mig)\b)
    |reagere\w* ikke|(?<!jeg )forsvandt|(?<!f.r de )forsvinder|blank|blev (?:helt )?hvid\b
    |tømt\w*|(?<!kan )(?<!m. )(?<!bare )(?<!gerne )(?<!godt )tømmes|lukke[rt]? (?:\w+ ){0,2}ned
    |lukkede (?:\w+ ){0,2}ned|snurre\w*|drille\w*
    |bugge\w*|lagge\w*|glitch\w*|genindlæs\w*|reloade\w*|i stykker|ødelagt|smadret|ustabil\w*
    |accepter\w* ikke
    |godtage\w* ikke|godkende\w* ikke|tager ikke imod
    |afvis\w*|inaktiv\w*|låst|låser|svarer ikke|slette[rt]|slettede|gør ingenting|gør ikke noget
    |gør intet|gjorde ingenting|gjorde ikke noget|gjorde intet|\w*langsom\w*
    |sløv\w*|går i sort|bliver sort|blev sort|holder op med at svare|reagerer ikke)
payment: kortet blev afvist
    \b(?:kort\w*|dankort|visa\w*|mastercard|betaling\w*|transaktion\w*|mobile ?pay|apple ?pay
    |paypal|klarna|viabill|anyday|pin\w*) ~~ \b(?:afvis\w*|fejle\w*|ikke gennemføre\w*
    |ikke godkendt|ikke gennemført|gik ikke igennem|ville ikke|virke\w* ikke|blokeret|spærret
    |ikke accepteret|declined|afslå\w*|afslog|fejl\b|fejlkode\w*|fejlbesked\w*)
payment: gavekort afvist
    \bgavekort\w* ~~ \b(?:ikke godkendt|afvist|ugyldig\w*|virker ikke|virkede ikke|kan ikke bruges
    |går ikke igennem|ikke accepteret|bliver ikke (?:godkendt|accepteret|taget imod))
payment: ikke godkendt til faktura
    \b(?:jeg|vi) (?:\w+ ){0,2}ikke (?:\w+ )?(?:blev|bliver) godkendt\b
    |\b(?:jeg|vi) (?:blev|bliver) (?:\w+ )?ikke godkendt\b|\bfik (?:et )?afslag\b
payment: betalingen gik ikke igennem
    \bgik ikke igennem\b
payment: kunne ikke betale
    \b(?:kunne|kan|fik) ikke (?:\w+ )?(?:betale|betalt|gennemføre\w* (?:\w+ )?betaling\w*
    |gennemført betaling\w*)
payment: kunne ikke behandles
    \bbetaling\w* ~ \b(?:kunne ikke|ikke kunne) (?:behandles|gennemføres|godkendes)
payment: ikke accepteret
    \bbetaling\w* ~ \b(?:ikke accepteret|afbrudt)
payment: betalingsmåde (topic)
    \b(?:mobile ?pay|klarna|paypal|apple ?pay|google ?pay|viabill|anyday|dankort
    |kortbetaling\w*|kreditkort\w*|betalingsm(?:etode|åde
    |ulighed)\w*|faktura\w*|afbetaling\w*|delbetaling\w*|rate\w*betaling\w*|bankoverførsel\w*
    |gavekort\w*|visa(?:kort\w*)?\b|mastercard\w*|maestro|electron|amex|american express
    |debetkort\w*|debitkort\w*|betalingskort\w*)
payment: rater (topic)
    \bi (?:\w+ )?rater\b|\bratebetaling\w*|\bdele (?:\w+ )?betaling\w* op\b
    |\bdele (?:\w+ )?op i rater\b
    |\bafdrag\w*
payment: betale med
    \b(?:betale|betaler|betalt) (?:\w+ )?(?:med|via|på|over) (?:\w+ )?(?:faktura|mobile ?pay
    |klarna|paypal|apple ?pay|google ?pay|viabill|anyday|dankort|afbetaling|rater)\b
payment: MitID
    \b(?:mitid|nemid|3-?d[ -]?secure)
payment: problemer med betalingen
    \b(?:problem\w*|fejl\w*|bøvl|besvær\w*|ballade|rod)\s+(?:med|ved|i)\s+(?:at\s+)?(?:betal\w*
    |kort\w*|mitid|mobile ?pay)
payment: pengene er trukket
    \b(?:penge\w*|beløb\w*) (?:\w+ ){0,3}(?:trukket|reserveret|hævet)\b
    |\bkort\w* (?:\w+ ){0,3}udløb\w*
    |\b(?:mobile ?pay|klarna|mitid)[\w-]* (?:\w+ ){0,3}(?:kom aldrig|dukkede aldrig op
    |dukkede ikke op)
payment: banken
    \b(?:bank\w*|mitid|nemid|3-?d[ -]?secure) ~~ \b(?:kode\w*|godkend\w*|bekræft\w*|afvis\w*
    |tiden løb ud|timeout|time out|fejle\w*|virke\w* ikke|kom aldrig|hang|afbrudt)
payment: siden frøs ved betalingen
    \bbetal\w* ~~ \b(?:frøs|fryser|hang|hænger|gik ned|crash\w*|fejl\w*|virke\w* ikke|loade\w*
    |snurre\w*)
payment: ikke penge nok på kortet
    \b(?:ikke|manglende|ingen) dækning\b|\bikke (?:nok )?penge (?:nok )?på (?:kortet|kontoen)\b
price: fragt for dyr
    {cost} ~~ {dear}
price: ikke pengene værd
    \bikke (?:\w+ ){0,3}værd\b|\buden (?:\w+ )?værdi\b
price: pengene værd (absent)
    \b(?:pengene|prisen) værd\b|\bværd (?:pengene|prisen)\b
price: et beløb
    {amount} ~~ (?:{dear}|{cost}|\b(?:rigeligt|for meget))
price: mere end jeg ville
    \bmere end jeg (?:\w+ ){0,3}(?:give|betale|bruge|regnet med|forventet)\b
    |\b(?:over|ud over|sprænge\w*|sprængt) (?:mit |vores )?budget\w*\b
price: for dyr
    \b(?:for|alt for|lidt for|meget|ret|temmelig|rigtig|virkelig|er|var|synes|noget|pænt
    |lidt)\s+dyr[te]?\b
    |\bdyrt\b|\boverpris\w*|\boverpriced\b|\bkoste\w* (?:\w+ ){0,2}(?:det hvide ud af øjnene
    |en bondegård
    |en formue|spidsen af en jetjager|kassen)|\bflå(?:et|r|de)?\b|\bmange penge\b|\bså meget (?:for
    |på)\b
price: kan ikke forsvare prisen
    \b(?:retfærdiggør\w*|forsvare (?:at|det)|begrunde (?:at|det))\b|\bhar ikke penge til\b
price: kan ikke forsvare det
    \b(?:kan|kunne|klarer|klarede) (?:\w+ )?ikke (?:\w+ )?(?:at )?(?:retfærdiggøre|forsvare|begrunde
    |se mig selv)\b
price: for meget at give
    \bfor meget at (?:give|betale|bruge|punge ud)\b|\bkoste[rt]? (?:\w+ )?(?:for meget|alt for
    |en del)\b|\b(?:giver|give|gi) (?:\w+ ){0,2}\d+ ?(?:%|procent)
price: er for meget for mig
    {nomail}(?P<focus>\b(?:er|var|bliver|blev) (?:(?!ikke\b|ik\b)\w+ ){0,2}(?:for meget
    |i overkanten)\b(?! (?:\w+ )?(?:besvær
    |bøvl|styr|stress|arbejde|ståhej|mails|e-?mails|påmindelse\w*|spam|reklame\w*)))
price: dyrere end andre
    \bdyrere\b|\bdyreste\b
price: billigere andre steder
    \bbillig(?:ere|st)\b|\bfor mindre\b|\bhalv(?:d?e)? (?:\w+ )?pris\w*|\bhalvdelen (?:\w+ )?(?:af
    |i) pris
    |\b(?:for|til) (?:samme|de samme) (?:penge|pris)\b
    |\bfor (?:de |samme )?penge(?:ne)? (?:\w+ ){0,3}(?:får|kan)\b|\bto (?:\w+ )?for (?:samme
    |prisen)\b
    |\bprismatch\w*|\bmatche (?:\w+ )?pris\w*
price: i overkanten
    \bi (?:meste|dyreste|højeste) laget\b|\blige lovlig (?:meget|dyr\w*)
    |\blidt (?:for )?meget (?:for|at give|at betale)\b|\b\d+ ?(?:kr\.?|kroner|,-)? ?(?:mindre
    |billigere)\b
    |\b\w*gebyr\w*|\bskjulte (?:omkostninger|gebyrer|udgifter)\b|\bprisen (?:steg|stiger
    |er steget)\b
price: rabatkode (topic)
    \b(?:\w*rabat\w*|kampagnekode\w*|kuponkode\w*|kupon\w*|voucher\w*|promo ?kode\w*)
price: gratis fragt
    \bgratis (?:fragt|levering|forsendelse)|\bfri fragt\b|\bslå (?:\w+ )?af på\b|\bprisnedslag\b
    |\bkan (?:i|du) gøre (?:\w+ )?(?:noget|lidt) (?:ved|med) prisen\b
price: venter på udsalg
    \bvent\w* (?:\w+ ){0,4}(?:udsalg\w*|tilbud\w*|rabat\w*|black ?friday|cyber ?monday|mellemdag\w*
    |prisen falder|falder i pris|sættes ned|bliver sat ned|kommer på tilbud|nedsat\w*)
    |\b(?:black ?friday|cyber ?monday|mellemdagssalg\w*)\b
price: ned i pris
    \bned i pris\b|\b(?:kommer|bliver|blir|sættes|er) (?:\w+ ){0,2}på (?:udsalg|tilbud)\b
    |\bsat ned\b|\bsættes ned\b|\bnedsætte\w*
price: kommer der udsalg
    \b(?:kommer|bliver|er|har) (?:der|det|i) (?:\w+ )?(?:udsalg|tilbud|black ?friday|rabat)\w*
    |\bover (?:hvad|det) (?:jeg|vi) (?:\w+ ){0,4}(?:regnet med|tænkt|ville|budgetteret|forventet
    |vil give|vil betale|kan give
    |kan betale|vil af med|har lyst til at give)
price: tilbud (weak)
    \b(?:tilbud\w*|udsalg\w*|nedsat\w*)
price: prisen
    \bpris\w* ~~ {dear}
price: har ikke råd
    \bikke råd\b|\bbudget\w*
price: økonomien
    \bøkonomi\w*|\b(?:pengepung\w*|tegnebog\w*)|\bpengene (?:er små|rækker ikke|slår ikke til)\b
    |\b(?:kan|kunne) (?:ikke|ik) (?:\w+ )?(?:få råd|få det til at løbe rundt)\b
price: told
    \btold\w*|\bimportafgift\w*
price: moms (weak)
    \bmoms\b(?!\s?(?:nummer|nr|-?registr))
delivery: levering (topic)
    \blevering(?!sadresse|sm[åa]de|smetode|smulighed|sform|sdygtig)\w*|\bleveret\b|\bleveres\b
    |\blevere\b
delivery: leveringsmåde (topic)
    \bleverings(?:m[åa]de|metode|mulighed|form)\w*|\bfragt(?:m[åa]de|metode|mulighed)\w*
    |\b(?:pakkeshop\w*|pakkeboks\w*|pakkeautomat\w*|nærbox\w*|posthus\w*|udleveringssted\w*
    |døgnpost|afhentningssted\w*|pakkebox\w*)
delivery: afhentning
    \b(?:afhent\w*|hente (?:den|dem|varen|varerne|pakken|selv))\b|\bhjem(?:me)?levering\w*
    |\b(?:levere\w*|sende\w*|bringe\w*) (?:\w+ )?(?:hjem|til døren|til min dør|helt hjem)\b
delivery: hente i butikken (option)
    \b(?:af)?hentes\b|\bhente (?:\w+ ){0,3}(?:i|fra) (?:\w+ ){0,2}(?:butik\w*|lager\w*|showroom\w*)
delivery: fragtfirma (topic)
    \b(?:gls|postnord|dao|dao365|bring|dhl|(?-i:UPS)|budbee|instabox|fedex|airmee|coolrunner)\b
delivery: bragt hjem
    \b(?:bragt|bringe|bringer|leveret|levere|kørt|køre) (?:\w+ ){0,3}hjem\b
    |\bhjem til (?:døren|dør)\b
delivery: sende til udlandet
    \b(?:sende\w*|sender|levere\w*|fragt\w*|shipper|shippe|bestil\w*) ~ \b(?:til (?:udlandet
    |norge|sverige
    |tyskland|grønland|færøerne|island|finland|england|uk|holland|spanien|usa|bornholm|åland)
    |uden ?for (?:danmark|dk|eu|norden))\b
delivery: sender I
    \b(?:kan|vil) (?:i|du) (?:\w+ ){0,3}(?:sende|levere|shippe)\b(?! (?:(?:mig|os) )?(?:(?:en|et
    |nogle|flere) )?(?:\w+ )?(?:prøve\w*
    |vareprøve\w*|billede\w*|foto\w*|link\w*|mail\w*|e-?mail\w*|tilbud\w*|faktura\w*|kvittering\w*
    |mål\w*)\b)|\b(?:sender|leverer) (?:i
    |du)\b(?! (?:mig|os) (?:\w+ ){0,3}(?:mail|e-?mail|besked|reklame|nyhedsbrev|påmindelse)\w*)
delivery: i tide
    \b(?:før|inden|senest) (?:d\. ?|den )?\d{day}|\b(?:før|inden|senest) (?:\w+ ){0,3}(?:jul\w*
    |weekend\w*
    |påske\w*|nytår\w*|fødselsdag\w*|bryllup\w*|konfirmation\w*|barnedåb\w*|ferie\w*|rejse\w*
    |mors dag|fars dag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|næste uge|festen
    |sankthans|fastelavn|halloween|valentins\w*)\b
    |\bi tide\b|\bnå(?:r)? (?:i|den|det|pakken) (?:det|frem)\b|\bnå(?:r)? frem\b
    |\bkomme\w* frem\b(?! til)|\bnå(?:r)? (?:\w+ ){0,2}at (?:komme|ankomme|få (?:den|det|dem|pakken)
    |modtage|blive leveret)\b|\bskal bruge (?:den|dem|det) (?:inden|før)\b
delivery: hurtigere levering
    \bhurtigere\b|\bekspres\w*|{express}|\bsamme dag\b|\b(?:levering|levere\w*|leveret|fremme
    |modtage\w*|sendt|afsendt|have den|få den
    |være her|kommer|ankommer|ekspres) (?:\w+ ){0,3}næste dag\b|\bnæste ?dags? ?levering\b
    |\bnæste dag\?|\bhurtig (?:levering|fragt)
    |\b(?:hver|arbejds|virke|leverings)dage\b|\bforsinke\w*|\blang leveringstid\b
    |\b(?:\d+|to|tre|fire|fem|seks|syv|otte|ti|tolv) ?(?:-|til)? ?\d* ?(?:ugers|uges)
    \s(?:leveringstid|ventetid|levering)\b|\btracking\w*
    |\btrack ?(?:&|and|og) ?trace\b|\bsporings\w*
delivery: skal bruge den til lørdag
    \b\d+ ?- ?\d+ (?:hver|arbejds|virke)?dage\b|\btager \d+ (?:hver|arbejds|virke)?dage\b
    |\b(?:skal bruge|skal have|mangler|har brug for) (?:den|det|dem) (?:\w+ )?(?:til|på|inden|før
    |senest)
    \s(?:\w+ )?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|weekend\w*|jul\w*|nytår\w*
    |fødselsdag\w*|\d)
delivery: hvornår kommer den
    \bhvornår\b ~ \b(?:få (?:den|det|dem|pakken|varen|varerne)|modtage|fremme|kommer (?:den|det|de
    |pakken|varen|varerne|ordren)|ankommer|sendt|afsendt|sender|sendes|afsendes|have (?:den|det
    |dem)|være (?:her|hos)|levere\w*)\b
delivery: vente på pakken
    \bvente\w* på (?:pakken|varen|varerne|ordren|leveringen)\b
delivery: hvor længe skal man vente
    \bhvor (?:lang tid|længe) ~ \bvente\b
delivery: sendes
    \bsendes\b|\bsendt afsted\b|\bmed posten\b
delivery: få den sendt
    \bfå (?:den|det|dem|pakken|varen|varerne) (?:\w+ )?(?:sendt|leveret|bragt)\b
delivery: forsendelse
    \bforsendelse\w*|\bafsend(?!er)\w*
delivery: hvor lang tid
    \bhvor (?:lang tid|længe|hurtigt|hurtig) ~ \b(?:tage\w*|tager|går|varer|levere\w*|fremme|kommer
    |ankommer|sendt|sende\w*)\b
trust: aldrig hørt om jer
    \baldrig (?:\w+ )?hørt (?:om|af|noget om)\b|\bukendt\w*|\bnyt navn for mig\b
trust: kender ikke butikken
    \bkend(?:er|te) (?:slet )?ikke (?:noget )?(?:til )?(?:jeres )?{shop}
trust: butikker jeg ikke kender
    {shop} ~ (?P<focus>\b(?:jeg |vi |man )?ikke (?:kend\w*|hørt om))
trust: firmaoplysninger (absent)
    \b(?<!min )(?<!mit )(?<!vores )(?<!leverings)(?:cvr\w*|adresse(?!side|felt|linje)\w*
    |firmaoplysning\w*
    |virksomhedsoplysning\w*|kontaktoplysning\w*
    |kontaktinfo\w*|kontaktperson\w*|telefonnummer\w*|tlf\w*|kundeservice\w*|momsnummer\w*
    |se-?n(?:umme)?r
    |handelsbetingelse\w*|betingelse\w*|returpolitik\w*|returret\w*|fortrydelsesret\w*|impressum
    |info\w* om (?:jer|firmaet|butikken|virksomheden))
trust: hvorfor mit cpr-nummer
    \b(?:hvorfor|hvad skal (?:i|du)|hvad vil (?:i|du)) (?:\w+ ){0,5}(?:cpr\w*|personnummer\w*
    |fødselsdato\w*|fødselsdag)\b|\bcpr-?nummer\w*
trust: blev advaret
    \b(?:advare\w*|advarede|fraråd\w*|fraådet|frarådede)\b
trust: alarmklokker
    \balarmklokke\w*|\b(?:mistænkelig\w*|urealistisk\w*) (?:\w+ )?(?:billig\w*|lav\w*|god\w* pris)
trust: svindel
    \b(?:useriøs\w*|svindel\w*|svindl\w*|snyd\w*|fup\w*|scam\w*|fake|falsk\w*|mistænk\w*|lyssky
    |lusk\w*|suspekt\w*|tvivlsom\w*|skummel|skumle|sketchy|shady|fishy|dubiøs\w*|phishing
    |dropship\w*|plattenslager\w*|for godt til at være sandt)
trust: en dansk virksomhed
    \ber (?:i|jeres \w+|det|dette|siden|butikken) (?:\w+ ){0,2}(?:en|et) (?:\w+ )?(?:virksomhed
    |butik
    |firma|forretning|webshop)\b[^.!\n]{0,60}\?|\bkinesisk\w*|\bkopi-?(?:shop|butik\w*|vare\w*
    |produkt\w*
    |side\w*)|\bligne\w* (?:\w+ ){0,3}(?:svindel|fup|kopi|scam|fake|falsk|spam|phishing)\w*
    |\bhjemmelavet\b
    |\bamatør\w*
trust: seriøs (absent)
    \b(?:seriøs\w*|troværdig\w*|pålidelig\w*|legit\w*|lovlig\w*
    |ægte(?! (?:læder|skind|uld|sølv|guld|silke|dun|pels|træ|hør|bomuld|kashmir)))
trust: er I seriøse
    \b(?:er|virker) (?:i|jeres (?:\w+ )?|siden|butikken|webshoppen|firmaet|shoppen
    |dette) (?:\w+ ){0,2}(?:seriøs\w*|ægte|troværdig\w*|rigtig\w*|legit\w*|lovlig\w*|til at stole på
    |pålidelig\w*|sikker\w*)\b[^.!\n]{0,60}\?
    |\ber det (?:\w+ )?(?:sikkert|trygt) at (?:handle|købe|bestille|betale)\b
trust: folk fik aldrig varerne
    \b(?:folk|andre|kunder|mange|nogen) (?:\w+ ){0,2}(?:aldrig|ikke) (?:\w+ )?(?:fik|fået|modtog
    |modtaget)\b
trust: dårlig omtale
    \b(?:dårlig\w*|negativ\w*|grim\w*) (?:ting|historier|erfaring\w*|omtale) om\b|\bklage\w* over\b
    |\b(?:dårlig\w*|elendig\w*|sløj\w*) (?:\w+ )?(?:anmeldelse\w*|anmeldt|omtale\w*|score|rating
    |stjerner)\b|\blav (?:\w+ )?(?:score|rating)\b|\b[1-2] stjerne\w*
trust: ikke på nettet (absent)
    \b(?:google\w*|nettet|internettet|online|på nettet)\b
trust: bange for mine kortoplysninger
    \b(?:bange|nervøs|utryg\w*|bekymre\w*|betænkelig\w*|skeptisk\w*) ~ \b(?:kort\w*|oplysninger
    |data)
trust: hvor holder I til
    \bhvor (?:ligger|holder|bor|er) (?:i|jeres|firmaet|butikken|virksomheden) (?:\w+ )?(?:til|lager
    |kontor\w*|adresse|hjemme|fra)\b|\b(?:står|stod) (?:der )?(?:ikke noget|intet
    |ingenting|ingen ting|ikke meget|næsten intet) om (?:hvem|jer
    |firmaet|butikken|virksomheden)\b
trust: hvem står bag (absent)
    \bhvem (?:der )?(?:står bag|ejer)\b
trust: utilpas
    \b(?:føle\w*|følte) mig (?:ikke )?(?:tryg|sikker)\b|\butilpas\b|\butryg\w*|\bmavefornemmelse\w*
    |\bskeptisk\w*|\bfølte? sig forkert\b|\bvirkede? forkert\b
trust: tryg (absent)
    \btryg\w*|\bsikker(?:t)? at (?:handle|købe|bestille|betale)\b
trust: tør ikke
    \b(?:tør|turde|torde) (?:jeg |vi )?(?:ikke|aldrig)\b|\b(?:tør|turde) (?:ikke )?(?:handle
    |købe|bestille
    |betale|give|taste|indtaste|oplyse|bruge)\b
trust: sikker forbindelse (absent)
    \b(?:https|hængelås\w*|ssl\w*|certifikat\w*|sikker forbindelse|e-?mærke\w*)
trust: usikker side
    \b(?:usikker|ikke sikker) (?:side|forbindelse|hjemmeside)\b
trust: advarsel i browseren
    \badvar\w* ~~ \b(?:browser\w*|side\w*|certifikat\w*|usikker\w*)
trust: en rigtig virksomhed
    \b(?:en )?rigtig (?:virksomhed|butik|forretning|firma)\b|\bikke (?:\w+ )?sikker på,? om (?:i
    |jeres|siden
    |butikken|det er)\b
trust: stoler ikke på
    \bstole[rt]? (?:\w+ )?(?:ikke|aldrig) (?:\w+ )?på\b|\busikker på,? om (?:i|jeres|siden|butikken
    |det er)\b|\bmistillid\b|\bkan (?:man|jeg|vi) (?:\w+ )?stole på\b
    |\b(?:kan|kunne) (?:ikke|aldrig) (?:\w+ )?stole på\b
trust: til at stole på
    \bstole på\b|\b(?:ingen |ikke )?tillid\b|\bægte\b(?! (?:læder|skind|uld|sølv|guld|silke|dun|pels
    |træ|hør|bomuld|kashmir))
trust: mine data
    \b(?:mine|min)\s+(?:data|oplysninger|personoplysninger|e-?mail\w*
    |mailadresse)\b(?! (?:\w+ ){0,2}(?:var
    |er|blev|bliver) (?:\w+ )?(?:forkert|ugyldig\w*|afvist|ikke gyldig|allerede))|\bgdpr\b
    |\bpersondata\w*
trust: anmeldelser (absent)
    \b(?:anmeldelse\w*|trustpilot|omtale\w*|anmeldt)
technical: siden virkede ikke
    {site} ~~ {breaks}
technical: captcha
    \b(?:re)?captcha\w*|\bjeg (?:er|var) ikke (?:en )?robot\b|\b(?:at|om) jeg ikke (?:er
    |var) (?:en )?robot\b
technical: fejl på siden
    (?<!\bved en )(?<!\bmin )\bfejl\w*\b(?! (?:at|af mig|fra min side)\b) ~ {site}
technical: kunne ikke logge ind
    \b(?:kan|kunne|fik) ikke (?:\w+ )?(?:logge?t? (?:ind|på)|oprette\w* (?:\w+ )?(?:konto|profil
    |bruger)
    |lave (?:\w+ )?(?:konto|profil|bruger)|oprettet)\b|\bglemt (?:\w+ )?(?:adgangskode|kodeord
    |login)\b
    |\blogge[rt]? (?:\w+ )?ud\b|\blogget (?:\w+ )?ud\b|\bsmidt (?:\w+ )?ud\b
technical: login virkede ikke
    \b(?:login|adgangskode\w*|kodeord\w*|konto\w*|profil\w*|brugernavn\w*
    |brugerkonto\w*) ~~ {breaks}
technical: mailen er allerede i brug
    \ballerede (?:\w+ )?i brug\b|\b(?:e-?mail\w*|mail\w*|brugernavn\w*
    |nummer\w*) (?:\w+ ){0,3}i brug\b|\b(?:allerede|findes allerede|er allerede) (?:\w+ )?oprettet\b
    |\b(?:klarer|klarede|lykkedes) (?:\w+ )?ikke (?:\w+ ){0,2}(?:at )?(?:oprette|logge|lave)\b
technical: log ind (topic)
    \blogge? (?:ind|på)\b|\blogin\b|\badgangskode\w*|\bkodeord\w*|\boprette (?:en )?(?:konto|profil
    |bruger)\b
technical: blank side
    \b(?:hvid|blank|tom) (?:side|skærm)\b|\bkom ikke videre\b|\bkommer ikke videre\b
    |\b(?:lod|ville|vil) (?:den |siden |appen |det )?mig ikke\b|\b404\b
technical: knappen er grå
    \bknap\w* ~~ \b(?:grå|gråtonet|inaktiv|død)\b
technical: ugyldig
    \bugyldig\w*|\bnulstill\w*
technical: koden afvist
    \b\w*kode\w* ~~ \b(?:afvis\w*|virke\w* ikke|fungere\w* ikke|ikke gyldig|godtage\w* ikke
    |accepter\w* ikke
    |tager ikke imod|genkend\w* ikke|ikke genkendt|fejl\w*|rød[t]?\b|gik ikke igennem)
technical: koden blev ikke godtaget
    \b\w*kode\w* ~ \bikke (?:\w+ )?(?:godtaget|godkendt|accepteret|gyldig|genkendt|modtaget)
technical: forkert postnummer
    \b(?:postnummer|postnr|adresse\w*|felt\w*|telefonnummer\w*|e-?mail\w*) ~~ \b(?:forkert
    |ugyldig\w*
    |ikke gyldig|accepter\w* ikke|godtage\w* ikke|tager ikke imod|rød[t]?\b|genkend\w* ikke)
technical: fik en fejl
    \b(?:fik|får|kom) (?:\w+ ){0,3}fejl\w*|\bfejl\w* (?:kode )?[45]0\d\b
    |\b(?:ville|vil) ikke (?:indlæse|loade|åbne|starte)\b|\blukke[rt]? (?:\w+ ){0,2}ned\b
    |\blukkede (?:\w+ )?ned\b|\bblev tom\b|\b(?:kunne|kan) ikke åbne\b|\bfik ikke åbnet\b
    |\b(?:bliver|blev|lyser|lyste|står) (?:\w+ )?rød[t]?\b|\bstår (?:\w+ )?og (?:snurrer|loader
    |tænker
    |kører|indlæser)\b|\bsnurre[rt]? (?:bare |rundt|i det uendelige|for evigt)|\bloade[rt]? (?:bare
    |for evigt
    |i det uendelige|aldrig)|\bcrash\w*|\bcrasher\b|\bfryser (?:bare )?fast\b
    |\bhænger (?:bare )?fast\b
technical: tilbage til forsiden
    \b(?:smide\w*|smed|sender|sendte|kaste\w*|kommer|kom|havne\w*|ende[rt]?|endte|hoppe\w*|springer
    |sprang|ryger|røg) (?:\w+ ){0,3}tilbage til (?:\w+ )?(?:forside\w*|kurv\w*|start\w*|kassen|siden
    |forrige|login\w*|toppen|tomme?|blank\w*|begyndelse\w*|nul|udgangspunkt\w*)|\b(?:sidder|står
    |hænger) (?:\w+ )?fast\b
technical: noget gik galt
    \bnoget gik galt\b|\bsomething went wrong\b|\b(?:skete|opstod|opstår) (?:\w+ ){0,2}fejl\w*
    |\b(?:loade\w*|indlæse\w*) (?:\w+ )?ikke\b|\bikke (?:\w+ )?(?:loade\w*|indlæse\w*)\b
technical: siden er nede
    {site} (?:\w+ ){0,2}(?:er|var) nede\b|\bvirke[rt]? ikk?\b
technical: teknisk fejl
    \bfejl ?(?:meddelelse|besked|kode)\w*|\berror\b|\bteknisk\w*|\bbug\w*|\bnedbrud|\bglitch\w*
technical: kunne ikke trykke
    \b(?:kunne|kan|fik|får|klarer|klarede) ikke (?:\w+ ){0,3}(?:trykke\w*|klikke\w*|scrolle\w*
    |rulle\w*|zoome\w*|swipe\w*|vælge|valgt
    |tilføje|tilføjet|lægge|lagt|udfylde|udfyldt|ligge|putte|smide|ændre|ændret|fjerne|fjernet
    |indtaste|indtastet
    |skrive|skrevet|gå videre
    |komme videre|komme ind|komme på)\b|\b(?:fik|fået|modtog|kom) (?:aldrig|ingen
    |ikke) (?:\w+ ){0,2}\w*(?:bekræftelses
    |aktiverings|verifikations|engangs|sms)\w*
technical: virkede ikke
    \b(?:virke\w*|fungere\w*) ikke\b|\bvirker ikk\b
technical: der skete ikke noget
    \bske(?:te|r) (?:der )?(?:\w+ )?(?:ikke noget|ingenting|intet|overhovedet ingenting)\b|\b(?:smed
    |smide\w*) mig ud\b
    |\b(?:ingenting|intet|ikke noget) ske(?:te|r)\b
changed_mind: fortrudt
    \b(?:fortr(?:udt|yder|ød)|ombestemt|skiftet mening|ændre[td]? mening|kom i tanke om|tænkt mig om
    |tænkt over det|dropper det|droppet det|dropper den|droppe det|lader (?:det )?være
    |springer over)
changed_mind: pengene på noget andet
    \bbrug(?:e|t|er)? (?:\w+ )?penge(?:ne)? på (?:noget|andre|andet|en|et)\b|\bprioriter\w*
    |\bbestemt mig for (?:at )?(?:lade|ikke|vente)\b|\bbesluttet (?:mig for )?(?:at )?lade være\b
changed_mind: valgt noget andet
    \bvalg(?:t|te) (?:en|et|noget) (?:\w+ )?(?:anden|andet)\b|\bgik (?:med|for) (?:en|et) (?:anden
    |andet)\b
changed_mind: en lignende
    \b(?:købt|købte|fundet|fandt|fik|taget) (?:en|et|noget|dem|den|det) (?:\w+ )?(?:lignende
    |magen til
    |tilsvarende)\b|\b(?:bare|kun) nysgerrig\b|\bhar (?:jo )?allerede (?:en|et|to|nok)\b
    |\bhar (?:en|et|to|nok) (?:\w+ )?i forvejen\b
    |\ballerede har (?:en|et|to|nok|mange)\b
changed_mind: købt noget andet
    \b(?:købt|købte) (?:noget|en|et) (?:\w+ )?(?:andet|anden|brugt)\b|\bventer med det\b
changed_mind: fandt en bedre
    \b(?:fandt|fundet) (?:\w+ ){0,4}(?:bedre|pænere|flottere)\b
changed_mind: fundet noget andet
    \bf(?:undet|andt) (?:noget|en|et) (?:andet|anden)\b
changed_mind: taget med hjem
    \b(?:tog|taget|tage) (?:\w+ ){0,4}med (?:mig )?hjem\b(?! (?:\w+ ){0,3}(?:fra (?:posthus\w*
    |pakkeshop\w*
    |døgnpost\w*|pakkeboks\w*)))|\b(?:valgt|valgte|besluttet|besluttede|endte (?:op )?med)
    \s(?:\w+ ){0,2}at købe (?:den|det|dem|en|et) (?:\w+ ){0,2}i (?:\w+ )?(?:butik\w*|bilka|netto
    |føtex|matas|elgiganten|power|ikea|jysk|normal|magasin|illum|salling|kvickly|silvan|bauhaus)\b
changed_mind: I må gerne tømme kurven
    \bkurven (?:\w+ )?(?:kan|må) (?:bare |godt |gerne )?(?:tømmes|slettes|fjernes)\b
    |\b(?:i
    |du) (?:må|kan) (?:gerne |bare |godt |roligt )?(?:tømme|slette
    |fjerne) (?:\w+ )?(?:indkøbs)?kurv\w*
changed_mind: købte den der
    \bkøbte (?:den|det|dem) der\b
changed_mind: købt et andet sted
    \b(?:købt|købte|køber|handlet|handlede|bestilt|bestilte|fandt|fundet|fik)\b ~ \b(?:et andet sted
    |andetsteds|hos (?:en|et) (?:anden|andet)|i (?:(?:en|den|et|det) )?(?:\w+ )?butik\w*|lokalt
    |hos (?:min |en |den |vores )?(?:lokale?|nærmeste) (?:\w+ )?(?:forhandler\w*|butik\w*
    |isenkræmmer\w*)
    |i stedet|i (?:netto|føtex|bilka|matas|elgiganten|power|ikea|jysk|normal|søstrene grene|magasin
    |illum|salling|kvickly|rema|lidl|harald nyborg|silvan|bauhaus)|på (?:amazon|temu|shein|zalando
    |aliexpress|ebay|dba|wish|proshop|boozt|coolshop))\b
changed_mind: har ikke brug for den
    \b(?:ikke|ingen)\s+(?:længere\s+)?(?:\w+ )?brug for\b|\bbehøver (?:\w+ ){0,2}ikke\b
    (?! (?:at )?(?:\w+ )?(?:minde|påminde|maile|mail|skrive|sende) (?:\w+ )?(?:mig|os)\b)
changed_mind: brug for (absent)
    \bbrug for (?:den|dem|det|en|et|noget|flere|mere|\w+(?:en|et|erne))\b|\bbehov for\b
changed_mind: kiggede bare
    \b(?:bare|blot|kun)\s+(?:lige\s+)?(?:kigge\w*|kikke\w*|undersøge\w*|inde og kigge|surfe\w*)
    |\bkiggede bare\b|\bwindow ?shopp\w*
changed_mind: fået den i gave
    \b(?:fik|fået|fåt) (?:den|det|dem|en|et|én) (?:\w+ )?i (?:gave|fødselsdagsgave|julegave)\b
    |\b(?:valgt|besluttet) (?:mig for )?at vente\b|\bventer (?:hellere
    |lige)\b(?! (?:\w+ ){0,4}(?:løn\w*|næste måned))
changed_mind: ikke interesseret
    \bikke (?:længere )?interesseret\b|\balligevel ikke\b|\bikke alligevel\b
    |\bbesluttet (?:mig for )?at (?:vente|lade være)|\bbesluttet (?:\w+ )?at (?:\w+ )?ikke\b
    |\bikke (?:\w+ ){1,5}alligevel\b|\bløst det på (?:en )?anden måde\b
changed_mind: anledningen er forbi
    \baflyst\b|\bfor sent nu\b|\bikke (?:længere |mere )?aktuel\w*
    |\bikke (?:længere |mere )relevant\w*|\bikke relevant\w* (?:længere
    |mere)
    |\bblev ikke til noget\b|\bgik i vasken\b|\ber (?:allerede )?overstået\b
changed_mind: sagde nej
    \b(?:sagde|siger|svarede) nej\b|\b(?:bliver|blev) ikke (?:\w+ ){0,2}(?:købt|til noget)\b
    |\benig med mig selv\b|\bspare (?:på )?pengene\b
changed_mind: kolde fødder
    \bkolde fødder\b|\bimpuls\w*|\bklare[rt]? mig (?:\w+ ){0,3}uden\b|\b(?:anden|en anden) løsning\b
changed_mind: skal ikke bruge den
    \bskal (?:\w+ )?ikke (?:\w+ )?(?:bruge|have)\b|\b(?:ville|skulle) bare (?:se|kigge|tjekke)\b
changed_mind: har allerede købt den
    \b(?:har|havde) (?:allerede|nu) (?:købt|bestilt|fået|fundet)\b|\bendte (?:op )?med at (?:købe
    |tage)\b
other: stop med at sende mails
    \b(?:stop|stoppe|hold op|hør op|lad være|lad vær|lade være|lader være
    |slut) (?:\w+ ){0,3}(?:sende|skrive|maile|spamme
    |kontakte|bombardere|plage|rykke)\w*|\b(?:af|fra)meld\w*|\bunsubscribe\w*
    |\b(?:ikke|ingen|aldrig) (?:\w+ ){0,2}(?:flere|mere) (?:\w+ )?(?:mails|e-?mails|påmindelse\w*
    |beskeder|reklame\w*|nyhedsbreve?|spam)\b|\bspam\w*|\bbombarder\w*
    |\b(?:så|for|alt for|pænt|rigtig) mange (?:\w+ )?(?:mails|e-?mails|påmindelse\w*|beskeder)\b
    |\b(?:endnu|igen) (?:en|et) (?:\w+ )?(?:mail|e-?mail|påmindelse|besked)\b
    |\b(?:bliver|blive|blir) (?:\w+ )?ved med at (?:skrive|sende|maile|kontakte)\b
    |\bhvorfor (?:\w+ ){0,3}(?:skriver|sender|mailer|kontakter) (?:\w+ ){0,2}(?:mig|os)\b
    |\b(?:træt\w* af|irriter\w*|generende|til gene|stresse\w*|plage\w*) (?:\w+ ){0,4}(?:mails
    |e-?mails
    |mail|påmindelse\w*|beskeder|rykker\w*|reklame\w*)\b
    |\b(?:mails|e-?mails|påmindelse\w*|beskeder) (?:\w+ ){0,3}(?:irriterende|til gene|for meget
    |i overkanten|spam\w*|generende)\b
other: venter til lønningsdag
    \b(?:løn(?:nen|ning\w*|dag\w*|seddel)?)\b(?![^?]*\?)
    |\bnår (?:jeg|vi) (?:\w+ )?(?:få[rt]|har fået) (?:\w+ )?(?:løn|penge|su)\b
    |\b(?:kommer|vender) (?:\w+ )?tilbage (?:til (?:det|den|jer|dem)|senere|igen|når
    |efter)\b(?![^?]*\?)
    |\b(?:tager|ordner|køber|bestiller|kigger på|gør) (?:det|den|dem) (?:\w+ )?(?:senere
    |en anden gang
    |næste måned|efter jul|efter nytår|i næste uge|når jeg)\b(?![^?]*\?)
    |\bnæste måned\b(?![^?]*\?)|\b(?:har|havde) ikke (?:haft )?tid\b(?![^?]*\?)
other: på ferie
    \b(?:er|var|skal|tager|tog|rejser|været) (?:\w+ ){0,2}på (?:ferie|sommerferie|vinterferie
    |efterårsferie|skiferie|rejse|ferietur|ferie\w*)\b(?![^?]*\?)|\bbortrejst\b(?![^?]*\?)
    |\bhjemme igen\b(?![^?]*\?)|\bude at rejse\b(?![^?]*\?)
other: tak og ros
    \b(?:tusind|mange|1000) tak\b(?![^?]*\?)|\btak for (?:påmindelsen|mailen|beskeden|huskeren|det
    |jeres mail)\b(?![^?]*\?)|\b(?:super|god|fin|fantastisk|skøn
    |dejlig) (?:\w+ )?service\b(?![^?]*\?)
    |\b(?:flot|flotte|fin|fine|dejlig|dejlige|lækker|lækre|skøn|skønne|fantastisk|fantastiske|god
    |gode
    |smuk|smukke) (?:\w+ )?(?:butik|webshop|hjemmeside|side|shop|varer|udvalg
    |produkter)\b(?![^?]*\?)
    |\belsker (?:jeres|jer|butikken|siden)\b(?![^?]*\?)
other: personlige nyheder
    \b(?:fået|født|fødte) (?:\w+ ){0,3}(?:baby|barn|datter|søn|pige|dreng|tvillinger)\b(?![^?]*\?)
    |\b(?:syg|indlagt|begravelse|dødsfald|gået bort|gravid)\b(?![^?]*\?)
changed_mind: kiggede bare rundt
    \b(?:kigge\w*|kikke\w*|surfe\w*|browse\w*|klikke\w*|så (?:mig|os)|se (?:mig
    |os)) (?:\w+ ){0,2}(?:rundt
    |omkring)\b|\b(?:kigge\w*|kikke\w*) (?:\w+ ){0,2}(?:bare|kun|blot) lidt\b
    |\b(?:bare|kun|blot) (?:\w+ ){0,2}inde (?:for at|og|at) (?:se|kigge|kikke|tjekke)\b
    |\b(?:aldrig|ikke) (?:\w+ ){0,2}(?:tænkt|ment|planlagt|haft tænkt) (?:mig |os )?(?:at|og|på at)
    \s(?:købe|bestille|handle|gennemføre)\b|\bvar (?:\w+ )?(?:bare|kun|blot) (?:nysgerrig|inde)\b
    |\b(?:bare|kun) for sjov\b|\bønskeliste\w*|\b(?:bare|kun) (?:\w+ )?(?:drømme\w*|dagdrøm\w*)\b
changed_mind: snakket mig selv fra det
    \b(?:snakke\w*|talt|talte|overtal\w*) (?:mig|os) (?:\w+ )?(?:selv )?(?:fra|ud af)\b
    |\bindskydelse\w*|\bsovet på det\b|\bsove på det\b|\bfornuft\w* (?:\w+ )?(?:sejre\w*|vandt
    |tog over)
    |\bovervej\w* (?:\w+ ){0,2}(?:igen|en gang til|nærmere)\b|\bgennemtænkt\b
    |\b(?:jeg|vi) (?:\w+ )?(?:kom|er kommet) (?:\w+ )?(?:frem til|til den konklusion) at\b
changed_mind: klarer os uden
    \b(?:klare[rt]?|klarede|kan) (?:os|mig) (?:\w+ ){0,3}(?:uden|med (?:den|det|de) (?:gamle|vi har
    |jeg har))\b|\bleve (?:\w+ ){0,2}uden\b|\bden gamle (?:\w+ ){0,3}(?:holder|duer|gør det|fungerer
    |virker (?:fint|stadig|endnu))\b|\bundvær\w*
changed_mind: vokset fra den
    \b(?:vokset|voksede|vokser|groet) (?:\w+ ){0,3}fra\b|\bbehovet (?:\w+ ){0,2}(?:forsvundet|væk
    |borte
    |ikke længere)\b|\bdet bliver (?:ikke|ik) (?:\w+ ){0,2}(?:nu|denne gang|i denne omgang
    |til noget)\b
    |\bikke i denne omgang\b|\b(?:har|havde) (?:\w+ ){0,2}(?:allerede|alt) (?:købt|fået
    |givet) (?:\w+ )?(?:en
    |et|den|det|dem|til)\b
trust: føltes forkert
    \b(?:(?:ikke|ik) )?(?:føltes|føles|følte|føler) (?:\w+ ){0,3}(?:mærkelig\w*|underlig\w*
    |forkert\w*|off|fishy|skæv\w*|(?:ikke|ik) (?:helt )?(?:rigtig\w*|ok|i orden))
    |\bså (?:\w+ ){0,3}(?:mærkelig|underlig|useriøs|billig|mistænkelig|hjemmelavet) ud\b
    |\b(?:noget|det|alt|ting)\b (?:\w+ ){0,3}(?:virkede|virker) (?:ikke|ik) helt (?:rigtig\w*|ok
    |i orden
    |seriøs\w*)\b
    |\b(?:priser\w*|prisen) (?:\w+ ){0,3}(?:for|alt for|mistænkeligt) (?:lave?|gode?|billige?)\b
    |\bfor (?:billig\w*|gode?) til at være sand\w*
trust: fandt intet om jer
    \b(?:fandt|finde|fundet|find) (?:\w+ )?(?:intet|ingenting|ikke noget|ingen ting|ikke meget|nada)
    \s(?:\w+ ){0,2}om (?:jer|firmaet|butikken|virksomheden|siden|shoppen|jeres)\b|\bbetænkelig\w*
    |\bhvem (?:der )?(?:driver|står for) (?:\w+ )?(?:butikken|siden|firmaet|webshoppen|shoppen)\b
    |\bkunne ikke (?:\w+ ){0,2}finde (?:(?:jeres|firmaets|butikkens|nogen|en|et
    |noget) )?(?:adresse\w*
    |cvr\w*|telefon\w*|kontakt\w*)
technical: kurven blev tømt
    \b(?:adresse\w*|oplysning\w*|kurv\w*|varer\w*|indhold\w*|rabatkode\w*) (?:\w+ ){0,3}(?:blev
    |bliver
    |blir|var) (?:\w+ ){0,2}(?:slettet|væk|nulstillet|tømt|glemt|fjernet|borte|forsvundet)\b
    |\b(?:tømmer|tømte|ved med at tømme) (?:\w+ ){0,2}(?:kurv\w*|indkøbskurv\w*)
    |\b(?<!jeg )(?<!vi )(?:kunne|kan|fik) (?:ikke|ik) (?:\w+ ){0,5}(?:til at )?huske\b
    |\b(?:kunne|kan|fik) (?:ikke|ik) (?:\w+ ){0,5}(?:til at )?(?:gemme|gemt)\b
    |\b(?:rød|røde) (?:tekst|skrift|fejl\w*|boks|felt|ramme|besked)\b
technical: siden ville ikke
    {site} ~~ \b(?:gad ikke|nægte\w*|døde|stod af|gik i stå|går i stå|går i ring|kørte i ring
    |kører i ring|ville ikke|vil ikke|driller|drillede|hakke\w*)
technical: koden ville ikke
    \b\w*kode\w* ~~ \b(?:ville ikke|vil ikke|gik ikke|går ikke|blev ikke|bliver ikke
    |ikke (?:\w+ )?taget
    |nægte\w*|duede ikke|duer ikke)
changed_mind: dækket ind
    \b(?:er|var|blev) (?:\w+ ){0,2}dækket ind\b|\bdropper (?:\w+ )?(?:den|det|dem|\w+en|\w+et)\b
changed_mind: kolde tæer
    \bkolde? (?:tæer|fødder)\b|\b(?:mangler|manglede) (?:\w+ )?ikke (?:en|et|noget|nogen|flere
    |mere)\b
    |\bikke (?:\w+ )?(?:mangler|manglede|mangle) (?:en|et|noget|nogen|flere|mere)\b
    |\b(?:blevet|er|blev) (?:\w+ ){0,2}for (?:stor|store|gammel|gamle) til\b
    |\blade (?:det )?være\b(?! med at (?:sende|skrive|maile|spamme|kontakte))
    |\bhar (?:\w+ ){0,5}i forvejen\b|\brigeligt (?:af|med)\b|\b(?:ikke|ingen) plads til\b
    |\b(?:låne\w*|lånte|lånt) (?:\w+ ){0,3}(?:af|hos|fra) (?:min|mine|vores|en|et|naboen|nabo\w*)\b
trust: blevet snydt
    \b(?:blevet|blev|er|var) (?:\w+ )?(?:snydt|svindlet|taget ved næsen|franarret)\b
    |\b(?:blevet|er|blev) (?:\w+ ){0,2}(?:forsigtig|forsigtige|varsom)\b
    |\bhvem (?:i|jer) (?:egentlig )?er\b|\bhvem (?:der )?(?:er|var) (?:bag|bagved)\b
technical: cirklen kører rundt
    \b(?:cirkel\w*|hjul\w*|ring\w*|ikon\w*|symbol\w*|timeglas\w*|prik\w*) (?:\w+ ){0,3}(?:kører
    |drejer
    |snurrer|går|kørte|drejede|snurrede|gik) (?:\w+ )?rundt\b
    |\bske(?:te|r) (?:der )?(?:\w+ )?(?:ikke mere|ikke mer|ikke længere noget)\b
    |\b(?:adresse\w*|postnummer\w*|vej\w*) (?:\w+ ){0,3}(?:findes ikke|fandtes ikke|eksisterer ikke
    |ikke fundet|kunne ikke findes|ikke findes|ikke fandtes|ikke eksisterer|ikke eksisterede)\b
    |\b(?:kunne|kan) ikke (?:\w+ )?finde (?:min|mit|mine) (?:adresse|postnummer|vej)\w*
    |\bden (?:\w+ )?ikke (?:fandtes|findes|eksisterer|eksisterede)\b
delivery: leverer ikke herover
    \b(?:(?:ikke|ik) )?(?:sender|sende|leverer|levere|fragter|kører) (?:\w+ )?(?:hertil|herover
    |herovre|derover|derovre)\b
changed_mind: fik den af svigermor
    \b(?:fik|fået) (?:den|det|dem|en|et|én|ét) (?:\w+ ){0,2}(?:forærende|foræret|af|fra)
    \s(?:min|mine|vores|mor|far|svigermor|svigerfar|søster|bror|kæreste|mormor|farmor|morfar|farfar
    |veninde|ven|naboen|kollega\w*|chefen)\b|\bnu (?:står jeg med|har jeg|har vi) (?:en|én|et|ét
    |to)\b
    |\b(?:valgt|valgte|satse\w*|satset|gået|gik|købt|købte|endt|endte) (?:\w+ ){0,3}(?:et
    |en) (?:andet
    |anden) (?:mærke|brand|model|fabrikat|leverandør)\b
trust: Trustpilot er ikke opmuntrende
    \b(?:trustpilot|anmeldelse\w*|omtale\w*|reviews?|stjerner) (?:\w+ ){0,4}(?:ikke
    |ik) (?:\w+ ){0,2}(?:opmuntrende
    |gode|god|positive|imponerende|pæne|prangende|overbevisende|betryggende)\b
    |\b(?:trustpilot|anmeldelse\w*|omtale\w*|reviews?) (?:\w+ ){0,4}(?:skræmmende|nedslående
    |rystende
    |forfærdelig\w*|blandede|elendig\w*|dårlig\w*)
    |\bi tvivl om (?:\w+ ){0,3}(?:sikker\w*|tryg\w*|ægte|seriøs\w*|til at stole på|legit|rigtig\w*)
    |\bså (?:\w+ )?anderledes ud\b
other: lad mig være i fred
    \b(?:lad|lade|lader) (?:mig|os) (?:\w+ )?(?:være )?i fred\b
    |\bbehøver ikke (?:at )?(?:\w+ ){0,2}(?:minde|påminde|maile|skrive til) (?:mig|os)\b
    |\b(?:\d+|to|tre|fire|fem|seks|syv|otte|flere|ti) (?:\w+ )?(?:mails|e-?mails|påmindelser
    |beskeder
    |rykkere) (?:om|på|i løbet af|inden for|på bare|på kun)\b
price: pengene er stramme
    \bpenge\w* (?:er |var )?(?:\w+ )?(?:stramme?|knappe?)\b|\bstramt (?:\w+ )?(?:økonomisk
    |budget\w*)
    |\b(?:er|var) (?:\w+ )?(?:flad|flade|på spanden|fattig\w*)\b|\bsmalhals\b
    |\bøkonomisk (?:\w+ )?stramt
trust: hjemmestrikket
    \bhjemmestrik\w*|\bhjemmelav\w*|\bhjemmegjort\w*|\bhjemmebryg\w*|\bhobbyprojekt\w*
    |\bhvor (?:\w+ ){0,2}(?:varen|varerne|tingene|produkt\w*) (?:\w+ )?(?:egentlig )?(?:kom
    |kommer) fra\b
technical: kom aldrig i kurven
    \b(?:kom|kommer|havnede|landede|røg|blev|dukkede) (?:\w+ ){0,2}(?:aldrig|ikke
    |ik) (?:\w+ ){0,3}(?:i|ned i
    |op i|frem i) (?:\w+ )?(?:kurv(?:en)?|indkøbskurv\w*)\b|\b(?:kurv\w*
    |indkøbskurv\w*) (?:\w+ ){0,2}(?:var
    |forblev|stod|blev ved med at være) (?:\w+ )?tom\b
price: når I har udsalg
    \bnår (?:i|der|det) (?:\w+ )?(?:har|holder|kører|er|kommer) (?:\w+ )?(?:udsalg|tilbud|rabat)\w*
changed_mind: min kone mente ikke
    \b(?:mente|synes|syntes|sagde|siger|mener) (?:\w+ ){0,3}(?:ikke|ik) (?:\w+ ){0,2}(?:skulle
    |behøvede|behøver
    |har brug for|havde brug for|mangler|manglede) (?:\w+ )?(?:have|flere|mere|en|et|nogen|noget
    |nye?)\b
    |\bhar (?:\w+ ){0,2}(?:overbevist|overtalt) mig om\b
other: stop de automatiske mails
    \b(?:stop|stoppe|stopper|slå fra|slå dem fra|slukke|fjern\w*|undgå) (?:\w+ ){0,4}(?:mails
    |e-?mails
    |påmindelse\w*|nyhedsbrev\w*|beskeder|reklame\w*|rykkere)\b|\b(?:fylder|oversvømme\w*|spammer
    |proppe\w*) (?:\w+ ){0,2}(?:indbakke\w*|mailboks\w*)|\bslå (?:\w+ ){0,3}(?:mails|e-?mails
    |påmindelse\w*
    |nyhedsbrev\w*|beskeder|reklame\w*) fra\b
changed_mind: spare op til noget andet
    \bspare\w* (?:\w+ )?(?:op )?(?:til|sammen til) (?:noget|en|et|vores|min|mit|ferie\w*|bil\w*
    |hus\w*)\b
    |\b(?:hellere|hellere vil|vil hellere) (?:\w+ ){0,2}spare\b
trust: ingen havde handlet hos jer
    \b(?:ingen|ikke nogen|ingen af dem) (?:\w+ ){0,3}(?:havde|har|kendte
    |kender) (?:\w+ ){0,2}(?:handlet
    |købt|bestilt|hørt|erfaring\w*|kendskab) (?:\w+ ){0,2}(?:hos|fra|med|om|til) (?:jer|butikken
    |siden|firmaet|webshoppen)\b|\bkender ingen der har (?:handlet|købt)\b
technical: skiftede sprog
    \b(?:skiftede|skiftet|sprang|hoppede|ændrede|ændret|skifter) (?:\w+ ){0,3}(?:sprog\w*|valuta\w*
    |land)\b(?! (?:\w+ )?\?)|\b(?:sprog|valuta)\w* (?:\w+ ){0,3}(?:skiftede|skiftet|sprang|hoppede
    |ændrede sig|ændret sig)\b
changed_mind: får den ikke brugt
    \b(?:vil|skal) (?:\w+ )?(?:ikke|ik) (?:\w+ )?(?:bestille|købe|handle|gennemføre)\b
    |\b(?:ikke|ik|aldrig) (?:\w+ ){0,2}(?:får|fik|kommer til at|ville|vil) (?:\w+ )?(?:brugt
    |bruge
    |gavn af)
    \s(?:\w+ ){0,2}(?:nok|meget|ofte|nogensinde)\b|\btænkt (?:det|den|sagen|tingene
    |over det) (?:\w+ )?igennem\b
    |\b(?:fået|fik|købt|købte) (?:en|et) (?:\w+ )?(?:anden|andet) (?:gave|julegave
    |fødselsdagsgave)\b
trust: mail fra en gmail
    \b(?:mail\w*|e-?mail\w*|afsender\w*|beskeden) (?:\w+ ){0,3}fra (?:en |et )?(?:gmail|hotmail
    |outlook
    |yahoo|live|privat)\w*|\b(?:mærkelig|underlig|usædvanlig)t? for en (?:butik|webshop|virksomhed
    |forretning|firma|netbutik)\b
other: hvem skriver
    \bhvem er det (?:der|som) skriver\b|\b(?:er det|er du|er dette|er I) (?:\w+ )?(?:en|et) (?:robot
    |bot
    |maskine|chatbot|ai)\b|\bskrevet af en (?:robot|maskine|ai)\b
    |\b(?:ny|nye|skiftet|ændret|skiftede) (?:\w+ )?(?:mailadresse|e-?mailadresse|e-?mail|mail)\b
changed_mind: det blev en anden model
    \b(?:blev|bliver) (?:det )?(?:\w+ )?(?:en|et) (?:anden|andet) (?:model\w*|mærke|variant|type
    |farve
    |størrelse|løsning|produkt|butik)\b
trust: kun hos butikker med e-mærket
    \b(?:handler|køber|bestiller) (?:\w+ )?(?:kun|bare|udelukkende|helst) (?:\w+ ){0,2}(?:hos|fra|i
    |på)
    \s(?:\w+ ){0,3}(?:e-?mærke\w*|trustpilot|danske|kendte|godkendte|certificer\w*|anmeldelse\w*
    |tryghed\w*)
price: så meget for en pude?
    {amount} for (?:en|et|et par|to|så|sådan en|sådan et) (?:\w+ ){0,2}\w+ ?\?
technical: siden bliver hvid
    \b(?:bliver|blev) (?:siden|skærmen|appen|kassen|vinduet|alt|det hele) (?:\w+ )?(?:hvid|blank
    |sort)\b
    |{site} (?:\w+ ){0,2}(?:bliver|blev) (?:\w+ )?(?:hvid|blank)\b
    |\b(?:kunne|kan|fik) ikke (?:\w+ )?(?:se|åbne|zoome\w*) (?:\w+ )?(?:billede\w*|foto\w*|video\w*
    |produktbillede\w*)|\b(?:billede\w*|foto\w*) (?:\w+ ){0,3}(?:slørede?|sløret|uskarpe?|pixeler\w*
    |grynede?|mangler|manglede|vises ikke|viste sig ikke|ville ikke vise)
changed_mind: arvet møbler
    \b(?:arvet|arvede|fået i arv|fik i arv|arvestykke\w*)\b|\bikke (?:\w+ )?(?:(?:længere
    |mere) )?nødvendig\w*\b
trust: originale varer
    \bkopi(?:er|varer|produkter)? (?:\w+ ){0,2}af\b|\b(?:varer|varen|varerne|produkt\w*|tingene
    |mærkevarer)
    \s(?:\w+ ){0,2}(?:er )?(?:originale?|autentiske?|ægte)\b|\bpiratkopi\w*|\befterligning\w*
technical: ingen knap til at gå videre
    \bingen (?:\w+ )?knap\w* (?:til at|hvor man kan) (?:gå|komme|fortsætte)\b|\bkom ikke (?:længere
    |videre) end\b
    |{site} (?:\w+ ){0,2}(?:siger|sagde|påstår|påstod|melder|meldte) [^.!?\n]{0,60}?\b(?:men|selvom
    |skønt)\b
price: har I en ny kode
    \b\w*kode\w*\b[^?]{0,120}\b(?:har|kan|får) (?:i|du|jeg) (?:\w+ )?(?:en|et) (?:ny|nyt|anden
    |andet)\b
delivery: lægges i carporten
    \b(?:pakken|pakke|varen|varerne|leveringen|den|dem) (?:\w+ )?(?:lægges|stilles|sættes|afleveres
    |leveres)
    \s(?:\w+ ){0,3}(?:carport\w*|garage\w*|skur\w*|postkasse\w*|døren|trappe\w*|nabo\w*|terrasse\w*
    |baghave\w*|udhus\w*|redskabsrum\w*)|\bikke hjemme (?:i dagtimerne|om dagen|i løbet af dagen
    |når)
trust: om I er et dansk firma
    \b(?:(?:ikke|ik) (?:\w+ ){0,4})?om (?:i|jeres \w+|siden|butikken|det) (?:\w+ ){0,2}(?:er
    |var) (?:\w+ ){0,2}(?:et
    |en) (?:\w+ )?(?:firma
    |virksomhed|butik|forretning)\b
technical: antallet blev stående
    \b(?:antal\w*|mængde\w*|stykantal\w*)\b[^.!?\n]{0,60}?\b(?:blev ved med at stå|blev stående
    |forblev
    |ændrede sig ikke
    |hoppede tilbage|sprang tilbage)\b
changed_mind: ordnet på anden vis
    \b(?:ordnet|løst|klaret|fikset|taget hånd om) (?:\w+ ){0,3}(?:en )?(?:anden|andet) (?:vis
    |måde)\b
trust: billige kopier
    \b(?:billige|falske|dårlige|billig|falsk|kinesiske) kopi\w*
changed_mind: nej tak alligevel
    \b(?:nej|ellers) tak,? (?:\w+ ){0,2}alligevel\b|\bfor hurtig på aftrækkeren\b|\bimpulskøb\w*
changed_mind: hun har selv købt en
    \b(?:hun|han|de|vi) (?:\w+ )?(?:har|havde) (?:\w+ )?(?:selv|allerede|alt) (?:købt|fået
    |bestilt)\b
    |\b(?:har|havde) (?:købt|bestilt) (?:en|et|den|det) selv\b
    |\b(?:virker|fungerer) (?:den |det )?(?:fint|godt|perfekt) igen\b
    |\b(?:fået|fik) (?:den|det|dem) (?:\w+ )?(?:repareret|lavet|ordnet|til at virke)\b
other: aldrig handlet hos jer
    \b(?:har|havde) (?:\w+ )?aldrig (?:\w+ )?(?:handlet|bestilt|købt|været inde|besøgt|kigget
    |lagt)\b
    |\bkan ikke huske (?:at )?(?:jeg )?(?:\w+ ){0,2}(?:har|havde) (?:\w+ )?(?:været inde|handlet
    |bestilt
    |købt)\b
    |\bjeg (?:er|hedder) ikke \w+ og\b|\blånt min (?:computer|telefon|mobil|ipad|mail)\b
    |\bforkert (?:person|modtager|mailadresse|e-?mailadresse|adresse|mail|e-?mail)\b
other: ingen kurv (no cart)
    \b(?:har|havde) (?:\w+ )?aldrig (?:\w+ )?(?:været inde|besøgt)\b
    |\b(?:har|havde) (?:\w+ )?aldrig (?:\w+ )?lagt (?:\w+ ){0,2}i (?:en|nogen|jeres) kurv\b
    |\bkan ikke huske,? (?:at )?(?:jeg )?(?:\w+ ){0,2}(?:har|havde) (?:\w+ )?været inde\b
    |\b(?:kan ikke|kan jeg ikke) huske,? (?:at )?(?:jeg )?(?:\w+ ){0,2}(?:(?:har|havde
    |have)\s)?(?:\w+ )?(?:været inde|besøgt|lagt noget|oprettet|tilmeldt|registreret)\b
    |\b(?:ikke|aldrig) (?:\w+ )?lagt (?:noget|nogen|\w+) i (?:en|nogen|jeres|kurven
    |min) ?(?:kurv)?\b
    |\bjeg (?:er|hedder) ikke \w+ og\b|\bforkert (?:person|modtager)\b
    |\bdet (?:er|var) ikke mig,? (?:der|som) (?:\w+ ){0,2}(?:lagt|lagde|bestilt|oprettet|handlet)\b
    |\b(?:i har|har i) (?:\w+ )?(?:fået )?(?:den |en )?forkerte? (?:e-?mail|mail)?adresse\b
    |\b(?:ikke|aldrig) (?:\w+ ){0,2}været (?:inde )?på (?:jeres|din|deres|denne) (?:hjemme)?side\w*
    |\baldrig (?:\w+ )?oprettet (?:\w+ )?(?:en |nogen )?(?:konto|profil|bruger)\b
    |\bjeg hedder ikke \w+
    |\bfået fat i (?:den )?forkerte\b|\bingen (?:af os|her) (?:\w+ ){0,3}(?:har )?lagt\b
    |\bnogen (?:må|kan) (?:\w+ )?have (?:skrevet|tastet|indtastet|opgivet) (?:en )?forkert
    \s(?:e-?mail|mail)?adresse\b|\b(?:tastet|skrevet|indtastet) (?:min|mit) (?:e-?mail|mail)\w*
    \s(?:\w+ )?forkert\b
    |\b(?:skrevet|tastet|indtastet|opgivet) (?:\w+ )?(?:en )?forkert (?:e-?mail|mail)adresse
other: venter på det nye kort
    \bvent\w* på (?:at )?(?:\w+ ){0,3}(?:bank|betalings|visa|kredit
    |dan)?kort\w* (?:\w+ ){0,2}(?:kommer|ankommer
    |er kommet)\b
question: et tilbud på
    \btilbud på \d|\btilbud på (?:et|en|flere)\b
question: størrelse og lager
    \b(?:passer|passe)\b|\bstørrelse\w*|\bpå lager\b|\bmateriale\w*|\bfarve\w*
    |\bmål(?:ene)?\b|\bvaske\w*|\bkompatib\w*|\bgaveindpak\w*|\bpakke\w* (?:\w+ ){0,2}ind som gave\b
    |\bopvaskemaskine\w*|\btåler\b
question: spørgsmål om varen
    \b(?:kan|vil|er|har|findes|fås|kommer|holder|tåler)\s+(?:den|det|de|man
    |i)\b[^.!\n]{0,80}\?
question: spørgsmål
    \b(?:hvor|hvilke?n?|hvad|hvordan|hvorfor|hvornår)\b[^.!\n]{0,80}\?
""",
    "nb": r"""
trust: turte ikke
    \b(?:tør|turte|torde) (?:jeg |vi )?(?:ikke|ikkje|aldri)\b|\b(?:ikke|ikkje) (?:\w+ )?(?:turte|tør
    |tørr)\b
technical: frøs siden
    \b(?:frøs|fraus|hang|krasjet|kræsjet) (?:\w+ )?(?:siden|nettsiden|appen|kassen|nettleseren)\b
other: en forveksling (no cart)
    \bforveksl\w*|\baldri (?:\w+ ){0,4}i hele (?:sitt|mitt|hans|hennes) liv\b
changed_mind: ingen planer om å kjøpe
    \bingen (?:\w+ )?planer om å (?:kjøpe|bestille|handle)\b
returnsnoun =
    \b(?:returrett\w*|retur(?:en)?|returnering\w*|returvilkår\w*|returpolicy\w*|returregl\w*
    |angrerett\w*|bytterett\w*)\b
returnsunclear =
    \b(?:uklar\w*|utydelig\w*|vag[te]?|ikke (?:\w+ )?klart|ikke (?:\w+ )?tydelig\w*|usikker\w*
    |forvirr\w*|står (?:\w+ )?ikke|fremgår (?:\w+ )?ikke|(?:fant|finner) (?:\w+ )?ikke|ingen steder
    |ingenting om)
trust: returretten uklar (returns)
    {returnsnoun}[^.!?\n]{0,80}?{returnsunclear}|{returnsunclear}[^.!?\n]{0,80}?{returnsnoun}
trust: personvernerklæring (absent)
    \b(?:personvernerklæring\w*|personvernpolicy\w*)
delivery: ikke på lager
    (?:\b(?:ikke|først|først igjen) (?:\w+ )?på lager\b|\butsolgt\w*|\brestordre\w*
    |\bpå lager (?:\w+ )?(?:igjen )?(?:om|fra|først)\b)(?![^.!?\n]*\?)
trust: fødselsnummer
    \b(?:fødselsnummer\w*|personnummer\w*|fødselsdato\w*) ~~ \b(?:ba|ber|spurte|spør|krevde|krever
    |ville ha|vil ha
    |måtte|oppgi|taste|hvorfor|trenger)\b
changed_mind: lagt i kurven for å huske
    \b(?:la|lagt|puttet|putta
    |slengte) (?:\w+ ){0,4}i (?:\w+ )?(?:handle)?kurv\w* (?:\w+ ){0,2}for å (?:kikke|sjekke
    |sammenligne|huske|lagre|få (?:en )?oversikt|se (?:hvordan|hva|om))\b{nocost}
nocost =
    (?! (?:\w+ ){0,3}(?:frakt\w*|fragt\w*|pris\w*|kostn\w*|shipping|postage|price\w*|cost\w*
    |versand\w*|preis\w*|spedizion\w*|prezz\w*|toimitus\w*|hinta\w*|hinnan|porto\w*|lever\w*))
remindermsg =
    \b(?:mail(?:er|en|ene|s)?|e-?post(?:er|en|ene)?|e-?mail(?:er|en|ene|s)?|påminnelse\w*
    |påminning\w*|melding(?:er|en|ene|ar|ane)?|nyhetsbrev\w*)\b
reminderpace =
    \b(?:midt på natta|midt på natten|om natta|om natten|(?:så|altfor|for|veldig|lyn)\s?(?:rask\w*
    |kjapp\w*)|(?:altfor|veldig|for) fort|raskt|kjapt
    |innen (?:\w+ )?(?:minutter|sekunder|en time|timen)|(?:knapt|ikke engang|bare|under) (?:en|ett
    |ei|\w+) (?:time|timer|minutt|minutter|sekunder)|fortsetter å komme|kommer stadig
    |hver (?:eneste )?dag|annenhver dag|daglig|to ganger om dagen
    |(?:på|i løpet av|innen) (?:bare\s|kun\s)?(?:\d+|to|tre|fire|fem|seks|sju|syv|ett|en
    |ei) (?:dager|dag|døgn|timer|uker?|veker?
    |dagar)|før (?:\w+ ){0,3}(?:lukket|lukka|forlatt)|stalk\w*|pågående|påtrengende|overvåk\w*)\b
other: om påminnelsene (reminders)
    {remindermsg}[^.!?\n]{0,120}?\b(?:smil\w*|humr\w*|morsom\w*|artig\w*|lo|le)\b
    |{remindermsg}[^.!?\n]{0,80}?{reminderpace}|{reminderpace}[^.!?\n]{0,80}?{remindermsg}
    |\b(?:stalk\w*|pågående|påtrengende)\b
    |\b(?:den|det) (?:andre|tredje|fjerde|femte|sjette|sjuende) (?:\w+ )?(?:på|i|innen|denne)
    \s(?:en |ei |et |to |tre |bare )?(?:uke|uka|veke|dag|døgn|måned|dager|uker|dagar)\b
site =
    \b(?:nettside\w*|nettsida|nettsidene|heimeside\w*|hjemmeside\w*|nettstad\w*|siden|sida|sidene
    |nettbutikk\w*|knapp\w*|app(?:en)?|kassen
    |checkout\w*
    |handlekurv\w*|handlevogn\w*|kurven|lenke\w*|\w*felt(?:et|ene)?|boks(?:en)?|skjema\w*
    |nettleser\w*
    |browser\w*|bilde\w*|meny\w*|nedtrekksmeny\w*|dropdown\w*|forside\w*|framside\w*|produktside\w*
    |betalingsside\w*|kassa)\b
nomail =
    (?:^|(?<=[.,;:!?\n])|(?<=\bmen ))(?:(?!\w{0,8}mail|e-?post|melding|påminn|purring|\bmas|spam
    |reklame
    |nyhetsbrev|\bmen\b)[^.,;:!?\n])*?
shop =
    \b(?:butikk\w*|nettbutikk\w*|nettside\w*|nettstad\w*|side\w*|firma\w*|selskap\w*|dere|dykk)\b
cost =
    \b(?:frakt\w*|porto\w*|levering(?!sadresse)\w*|sending\w*|total\w*|sluttsum\w*|gebyr\w*
    |shipping)
dear =
    \b(?:dyr\w*|høy\w*|for mye|for mykje|drøy\w*|stiv\w*|urimelig\w*|urimeleg\w*|saftig\w*|kost\w*
    |gebyr\w*|mer enn|meir enn|like mye som|i overkant\w*|økt|steget|steg|steig|stige\w*|gått opp
    |gikk opp|går opp|på trynet|helt vill\w*|sjuk\w*|sprøtt|hårreisende|latterlig\w*|drøyt
    |sinnssyk\w*
    |hinsides|absurd\w*|ublu|heftig\w*|himmelhøy\w*|grov\w*)
breaks =
    \b(?:virke\w* ikke|virka ikkje|fungerte ikke|fungerer ikke|funker ikke|fungerte ikkje
    |fungerer ikkje|frøs|fryser|hang|henger|heng|krasj\w*|kræsj\w*|crash\w*|gikk ned|går ned
    |laste\w*|lastar|(?<!\bved en )(?<!\bmin )feil\w*\b(?! (?:at|av meg)\b)
    |reagerte ikke|reagerer ikke|(?<!jeg )(?<!eg )forsvant|(?<!f.r de )(?<!f.r dei )forsvinn\w*
    |blank
    |(?:ble|blei|vart) (?:helt |heilt )?(?:hvit|kvit)\b|tømt\w*
    |(?<!kan )(?<!m. )(?<!bare )(?<!gjerne )(?<!godt )tømmes
    |tømmer seg|tømte seg
    |lukke[rt]? seg|lukka seg|spinne[rt]?|snurre[rt]?|bugge\w*|lagge\w*|glitch\w*
    |laster seg inn på nytt|lastar inn på nytt|reloade\w*|i stykker|ødelagt
    |øydelagd|øydelagt
    |ødelagd|ustabil\w*|godta\w* ikke
    |godtek ikkje|akseptere\w* ikke|tar ikke imot|avvis\w*|inaktiv\w*|låst|låser seg|svarer ikke
    |slette[rt]|sletta
    |gjør ingenting|gjør ikke noe|gjer ingenting|gjorde ingenting|gjorde ikke noe|gjorde ikkje noko
    |\w*treg\w*|går i svart|blir svart|ble svart
    |slutte[rt]? å svare|reagerer ikke|svarar ikkje)
payment: kortet ble avvist
    \b(?:kort\w*|visa\w*|mastercard|betaling\w*|transaksjon\w*|vipps|apple ?pay|paypal
    |klarna|pin\w*) ~~ \b(?:avvis\w*|stoppa?\w* opp|stoppet|stansa|stanset|ikke gjennomføre\w*
    |avslått|feil\w*
    |ikke godkjent|ikkje godkjent|ikke gjennomført|gikk ikke gjennom|gjekk ikkje gjennom|ville ikke
    |ville ikkje|virke\w* ikke|virka ikkje|fungerte ikke|fungerte ikkje|funka ikke|funket ikke
    |funker ikke|funka ikkje|blokkert|sperret|sperra
    |declined|ikke godtatt|ikkje godteke|ikke akseptert)
payment: betalingsmåten forsvant
    \b(?:faktura\w*|vipps|klarna|paypal|delbetaling\w*|betalingsm(?:åte|etode)\w*|kort\w*
    |alternativ\w*) ~ \b(?:forsvant|forsvinner|forsvann|ble borte|vart borte|var borte|er borte
    |dukket ikke opp|dukka ikkje opp|kom ikke opp|kom ikkje opp)\b
payment: gavekort avvist
    \bgavekort\w* ~~ \b(?:ikke godkjent|ikkje godkjent|avvist|ugyldig\w*|virker ikke|virka ikkje
    |fungerer ikke|ble ikke godtatt|vart ikkje godteke|blir ikke godtatt|blir ikkje godteke
    |godtas ikke|ikke godtatt)
payment: ikke godkjent for faktura
    \b(?:jeg|eg|vi) (?:\w+ ){0,2}(?:ikke|ikkje) (?:\w+ )?(?:ble|blei|vart|blir) godkjen[dt]\b
    |\b(?:jeg|eg|vi) (?:ble|blei|vart|blir) (?:\w+ )?(?:ikke|ikkje) godkjen[dt]\b|\bfikk avslag\b
payment: betalingen gikk ikke gjennom
    \bgikk ikke gjennom\b|\bgjekk ikkje gjennom\b
payment: kunne ikke betale
    \b(?:kunne|kan|fikk|fekk) (?:ikke|ikkje) (?:\w+ )?(?:betale|betalt
    |fullføre\w* (?:\w+ )?betaling\w*
    |gjennomføre\w* (?:\w+ )?betaling\w*|fullført\w* (?:\w+ )?(?:betaling\w*|kjøpet|kjøp))
payment: kunne ikke behandles
    \bbetaling\w* ~ \b(?:kunne ikke|ikke kunne) (?:behandles|gjennomføres|godkjennes)
payment: ikke akseptert
    \bbetaling\w* ~ \b(?:ikke akseptert|avbrutt)
payment: betalingsmåte (topic)
    \b(?:vipps|klarna|paypal|apple ?pay|google ?pay|kredittkort\w*
    |betalingsm(?:åte|etode)\w*|delbetaling\w*|faktura\w*|avbetaling\w*|nedbetaling\w*
    |kortbetaling\w*|bankoverføring\w*|efaktura\w*|gavekort\w*|visa(?:kort\w*)?\b|mastercard\w*
    |maestro
    |electron|amex|american express|debetkort\w*|bankkort\w*|betalingskort\w*)
payment: delbetale (topic)
    \bdelbetal\w*|\bnedbetal\w*|\bdele opp (?:\w+ )?betaling\w*|\bdele (?:\w+ )?betaling\w* opp\b
    |\bavdrag\w*
payment: betale med
    \b(?:betale|betaler|betalt) (?:\w+ )?(?:med|via|på|over) (?:\w+ )?(?:faktura|vipps|klarna|paypal
    |apple ?pay|google ?pay|delbetaling|avbetaling|kredittkort)\b
payment: BankID
    \b(?:bankid|3-?d[ -]?secure)
payment: problemer med betalingen
    \b(?:problem\w*|feil\w*|trøbbel|krøll|kluss|tull)\s+(?:med|ved)\s+(?:å\s+)?(?:betal\w*|kort\w*
    |vipps|bankid)
payment: pengene er trukket
    \b(?:penge\w*|beløp\w*) (?:\w+ ){0,3}(?:trukket|reservert|trekt)\b
    |\bkort\w* (?:\w+ ){0,3}utløpt\w*
    |\b(?:vipps|klarna|bankid)[\w-]* (?:\w+ ){0,3}(?:kom aldri|dukket aldri opp|dukket ikke opp
    |kom ikkje)
payment: banken
    \b(?:bank\w*|bankid|3-?d[ -]?secure) ~~ \b(?:kode\w*|godkjen\w*|godta\w*|bekreft\w*|avvis\w*
    |tiden løp ut|timeout|time out|feil\w*|virke\w* ikke|fungerte ikke|kom aldri|hang|avbrutt)
payment: siden hang ved betalingen
    \bbetal\w* ~~ \b(?:hang|henger|frøs|krasj\w*|kræsj\w*|feil\w*|virke\w* ikke|fungerte ikke
    |laste\w*
    |spinne\w*|snurre\w*)
payment: ikke dekning
    \b(?:ikke|manglende|ingen) dekning\b|\bikke (?:nok )?penger (?:nok )?på (?:kortet|kontoen)\b
price: frakten for dyr
    {cost} ~~ {dear}
price: ikke verdt pengene
    \b(?:ikke|ikkje) (?:\w+ ){0,3}verd[t]?\b
price: verdt pengene (absent)
    \b(?:pengene|prisen) verd[t]?\b|\bverd[t]? (?:pengene|prisen)\b
price: et beløp
    {amount} ~~ (?:{dear}|{cost}|\b(?:rikelig|for mye|for mykje))
price: mer enn jeg ville
    \b(?:mer|meir) enn (?:jeg|eg) (?:\w+ ){0,3}(?:betale|bruke|rekna med|regnet med|forventet)\b
    |\b(?:over|utover|sprenge\w*|sprengt|sprengte|sprengde) (?:\w+ )?budsjett\w*
    |\bover det (?:jeg|eg) (?:\w+ ){0,3}(?:bruke|betale|gi)\b
price: for dyr
    \b(?:for|altfor|alt for|litt for|veldig|ganske|er|var|synes|syns|vel|noe)\s+dyr[te]?\b|\bdyrt\b
    |\boverpris\w*|\boverpriced\b|\bkoste\w* (?:\w+ ){0,2}(?:skjorta|skjorten|flesk\w*|en formue
    |hvite ut av øynene)|\bblodpris\w*|\bmange penger\b|\bmykje pengar\b|\bså mye (?:for|på)\b
    |\bmye penger\b
price: kan ikke forsvare prisen
    \b(?:rettferdiggjør\w*|forsvare (?:å|det)|forsvara (?:å|det))\b|\bhar ikke penger til\b
    |\bhar ikkje pengar til\b
price: kan ikke forsvare det
    \b(?:kan|kunne|klarer|klarte) (?:\w+ )?(?:ikke|ikkje) (?:\w+ )?(?:å )?(?:rettferdiggjøre
    |forsvare|forsvara)\b
price: for mye å gi
    \bfor (?:mye|mykje) å (?:gi|betale|bruke|punge ut)\b|\bkoste[rt]? (?:\w+ )?(?:for mye|altfor
    |en del)\b
    |\b(?:gir|gi|gjev) (?:\w+ ){0,2}\d+ ?(?:%|prosent)
price: er for mye for meg
    {nomail}(?P<focus>\b(?:er|var|blir|ble|vart) (?:(?!ikke\b|ikkje\b)\w+ ){0,2}(?:for mye|for mykje
    |i overkant\w*)\b(?! (?:\w+ )?(?:styr
    |tull|stress|arbeid|bry|mas\w*|mail\w*|e-?post\w*|påminn\w*|spam|reklame\w*)))
price: billigere andre steder
    \bbillig(?:ere|st)\b|\bbilleg(?:are|ast)\b|\bfor mindre\b|\bhalv(?:e|t)? (?:\w+ )?pris\w*
    |\bhalvparten (?:\w+ )?(?:av|i) pris|\b(?:for|til) (?:samme|de samme) (?:penger|pengene|pris
    |prisen|pengane)\b|\bto (?:\w+ )?for (?:samme|prisen)\b|\bprismatch\w*|\bmatche (?:\w+ )?pris\w*
price: i overkant
    {nomail}(?P<focus>\bi overkant\w*)|\bi (?:meste|dyreste|drøyeste|høgste|høyeste) laget\b
    |\b(?:litt|vel) mye (?:for
    |å betale)\b
    |\b\d+ ?(?:kr\.?|kroner|,-)? ?(?:mindre|billigere|billegare)\b|\b\w*gebyr\w*
    |\bskjulte (?:kostnader|gebyrer|utgifter)\b|\bprisen (?:steg|stiger|har steget|auka)\b
price: rabattkode (topic)
    \b(?:\w*rabatt\w*|kampanjekode\w*|kupong\w*|voucher\w*|promo ?kode\w*)
price: gratis frakt
    \b(?:gratis|fri) (?:frakt|levering|sending)\b|\bprisavslag\w*|\bslå (?:\w+ )?av på\b
    |\bkan dere gjøre (?:\w+ )?(?:noe|noko) med prisen\b
price: venter på salg
    \bvent\w* (?:\w+ ){0,4}(?:salg\w*|sal\b|tilbud\w*|rabatt\w*|black ?friday|cyber ?monday
    |mellomromssalg\w*|januarsalg\w*|prisen går ned|går ned i pris|blir satt ned|nedsatt\w*)
    |\b(?:black ?friday|cyber ?monday|mellomromssalg\w*)\b
price: ned i pris
    \bned i pris\b|\b(?:kommer|blir|settes|er) (?:\w+ ){0,2}på (?:salg|tilbud)\b|\bsatt ned\b
    |\bsettes ned\b|\bsette ned prisen\b
price: blir det salg
    \b(?:kommer|blir|er|har) (?:det|dere|dykk) (?:\w+ )?(?:salg|tilbud|black ?friday|rabatt)\w*
    |\bover (?:hva|det) (?:jeg|eg|vi) (?:\w+ ){0,4}(?:regnet med|rekna med|tenkt|ville|forventet)
price: tilbud (weak)
    \b(?:tilbud\w*|salg\w*|nedsatt\w*)
price: prisen
    \bpris\w* ~~ {dear}
price: har ikke råd
    \b(?:ikke|ikkje) råd\b|\bbudsjett\w*
price: økonomien
    \bøkonomi\w*|\blommebok\w*|\bpengene (?:er små|strekker ikke til|rekker ikke)\b
    |\b(?:gi|gir|få|får) (?:\w+ ){0,2}avslag\b
price: toll (topic)
    \btoll\w*|\bimportavgift\w*
price: moms (weak)
    \bmoms\b|\bmva\b(?!\s?-?(?:nummer|nr|registr))
delivery: levering (topic)
    \blevering(?!sadresse|sm[åa]te|smetode|salternativ|sval|sdyktig)\w*|\blevert\b|\bleveres\b
    |\blevere\b
delivery: leveringsmåte (topic)
    \blevering(?:sm[åa]te|smetode|salternativ|sval)\w*|\bfrakt(?:m[åa]te|metode|alternativ)\w*
    |\b(?:hentested\w*|hentestad\w*|pakkeboks\w*|pakkeautomat\w*|postkontor\w*|utleveringssted\w*
    |utleveringsstad\w*|post i butikk|pakkeutlevering\w*)
delivery: hjemlevering
    \b(?:hente (?:den|dem|han|ho|varen|varene|pakken|selv|sjølv))\b|\b(?:hjem|heim)levering\w*
    |\b(?:levert|levere|sendt|sende|bringe) (?:\w+ )?(?:hjem|heim|på døra|på døren|til døra
    |til døren)\b
    |\bpå døra\b
delivery: hente i butikken (option)
    \bhentes\b|\bhente (?:\w+ ){0,3}(?:i|fra|på) (?:\w+ ){0,2}(?:butikk\w*|lager\w*|showroom\w*)
delivery: fraktselskap (topic)
    \b(?:bring|postnord|(?<!-)posten|helthjem|porterbuddy|dhl|(?-i:UPS)|instabox|budbee|schenker
    |db schenker|airmee)\b
delivery: sende til utlandet
    \b(?:sende\w*|levere\w*|frakt\w*|shippe\w*|bestill\w*) ~ \b(?:til (?:utlandet|sverige
    |danmark|finland
    |island
    |svalbard|norge|tyskland|england|uk|spania|usa|åland|færøyene)|utenfor (?:norge|eu|norden)
    |utanfor (?:noreg|eu|norden))\b
delivery: sender dere
    \b(?:kan|vil) (?:dere|de|dykk) (?:\w+ ){0,3}(?:sende|levere|shippe)\b(?! (?:(?:meg
    |oss) )?(?:(?:en|ei|et|noen
    |flere) )?(?:\w+ )?(?:prøve\w*
    |vareprøve\w*|bilde\w*|foto\w*|lenke\w*|link\w*|mail\w*|e-?post\w*|tilbud\w*|faktura\w*
    |kvittering\w*|mål\w*)\b)|\b(?:sender
    |leverer) (?:dere|dykk)\b(?! fra| (?:meg|oss) (?:\w+ ){0,3}(?:mail|e-?post|melding|reklame
    |nyhetsbrev|påminnelse)\w*)
delivery: i tide
    \b(?:før|innen|seinast|senest) (?:den )?\d{day}|\b(?:før|innen|seinast
    |senest) (?:\w+ ){0,3}(?:jul\w*
    |helg\w*|påske\w*|nyttår\w*|bursdag\w*|bryllup\w*|konfirmasjon\w*|dåp\w*|ferie\w*|reise\w*
    |morsdag\w*|farsdag\w*|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag
    |neste veke|neste uke|festen|17\. ?mai|sankthans\w*|halloween|valentin\w*)\b
    |\bi tide\b|\brekke\w* (?!(?:\w+ ){0,3}bort\b)(?:\w+ ){0,4}(?:fram|frem|før|innen|til)\b
    |\bkomme\w* fram\b(?! til)
    |\bskal bruke (?:den|dem|det|han|ho) (?:innen|før)\b
delivery: raskere levering
    \b(?:raskere|fortere|hurtigere|raskare|snøggare)\b|\bekspress\w*|{express}|\bsamme dag\b
    |\bneste dag\b|\b(?:virke|arbeids|leverings)dag\w*|\bforsink\w*|\bseinka\w*
    |\blang leveringstid\b|\b(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ti|tolv) ?(?:-
    |til)? ?\d* ?(?:ukers|ukes|vekers)
    \s(?:leveringstid|ventetid|leveranse)\b|\bsporing\w*
    |\btracking\w*
changed_mind: løst det
    \bløst det på en annen måte\b|\bklarer meg (?:\w+ ){0,4}(?:uten|med den gamle)\b
delivery: trenger den til lørdag
    \b\d+ ?- ?\d+ (?:virke|arbeids|yrke)?dag(?:er|ar)\b|\btar \d+ (?:virke|arbeids)?dag(?:er|ar)\b
    |\b(?:trenger|treng|må ha|skal ha|skal bruke) (?:den|det|dem|han|ho) (?:\w+ )?(?:til|på|innen
    |før
    |seinast|senest) (?:\w+ )?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag
    |helg\w*|jul\w*|nyttår\w*|bursdag\w*|\d)
delivery: når kommer den
    \bnår\b(?! (?:jeg|eg|vi|man|du) ) ~ \b(?:få (?:den|det|dem|han|ho|pakken|varen|varene)|motta
    |fram(?! til)|kommer (?:den
    |det|de
    |han|ho|pakken|varen|varene|ordren)(?![^.!?\n]*\b(?:igjen|tilbake|på lager)\b)|sendt|sender
    |sendes|ankomme\w*|ha (?:den|det|dem|han|ho)
    |være (?:her|hos)|levert)\b
delivery: hvor lang tid
    \b(?:hvor|kor) (?:lang tid|lenge|fort) ~ \b(?:ta\w*|tek|går|levere\w*|fram|kommer|kjem|sendt
    |sende\w*)\b
delivery: vente på pakken
    \bvente\w* på (?:pakken|varen|varene|ordren|leveringen)\b
delivery: hvor lenge må man vente
    \b(?:hvor|kor) (?:lang tid|lenge) ~ \bvente\b
delivery: få den sendt
    \bfå (?:den|det|dem|han|ho|pakken|varen|varene) (?:\w+ )?(?:sendt|levert|brakt)\b
    |\brekker (?:den|det|pakken|han|ho) (?:det|fram|frem)\b
delivery: sending
    \bsending\w*|\bsendes\b
trust: aldri hørt om dere
    \baldri (?:\w+ )?(?:hørt|høyrt) (?:om|noe om|noko om)\b|\bukjen[td]\w*
trust: kjenner ikke butikken
    \bkjen(?:ner|te|ne) (?:ikke|ikkje) (?:noe |noko )?(?:til )?{shop}
trust: butikker jeg ikke kjenner
    {shop} ~ (?P<focus>\b(?:jeg |eg |vi |man )?(?:ikke|ikkje) (?:kjen\w*|hørt om|høyrt om))
trust: firmaopplysninger (absent)
    \b(?<!min )(?<!mi )(?<!leverings)(?:org(?:anisasjons)?\.? ?-?n(?:umme)?r\w*
    |adresse(?!side|felt|linje)\w*\b(?! min\b| mi\b)|firmaopplysning\w*|firmainfo\w*
    |kontaktinformasjon|kontaktinfo\w*|kontaktperson\w*|telefonnummer\w*|tlf\w*|kundeservice\w*
    |kundesenter\w*|brønnøysund\w*|foretaksregister\w*|kjøpsvilkår\w*|salgsbetingelse\w*|vilkår\w*
    |angrerett\w*|returrett\w*|retur ?policy|returpolicy\w*|impressum
    |info\w* om (?:dere|dykk|firmaet|butikken|selskapet))
trust: svindel
    \b(?:useriøs\w*|svindel\w*|svindl\w*|lureri|juks\w*|scam\w*|fake|falsk\w*|mistenk\w*|tvilsom\w*
    |tvilsam\w*|lugub\w*|skummel|skumle|suspekt\w*|sketchy|shady|fishy|phishing|dropship\w*
    |for godt til å være sant|for godt til å vere sant|lyssky)
trust: en norsk butikk
    \ber (?:dere|dykk|deres \w+|det|dette|siden|sida|butikken) (?:\w+ ){0,2}(?:en|et|ei|ein
    |eit) (?:\w+ )?(?:butikk
    |nettbutikk|firma|selskap|bedrift)\b[^.!\n]{0,60}\?|\bkinesisk\w*|\bkopi-?(?:shop|butikk\w*
    |vare\w*
    |produkt\w*|side\w*)|\blign\w* (?:\w+ ){0,3}(?:svindel|kopi|scam|fake|falsk|spam|phishing)\w*
    |\bhjemmesnekr\w*
    |\bamatør\w*
trust: seriøs (absent)
    \b(?:seriøs\w*|pålitelig\w*|påliteleg\w*|troverdig\w*|truverdig\w*|legit\w*|lovlig\w*|lovleg\w*
    |ekte(?! (?:skinn|lær|ull|sølv|gull|silke|dun|pels|tre|lin|bomull|kasjmir)))
trust: er dere seriøse
    \b(?:er|virker|verkar) (?:dere|dykk|deres (?:\w+ )?|siden|sida|butikken|nettbutikken|firmaet
    |nettsiden|dette) (?:\w+ ){0,2}(?:seriøs\w*|ekte|troverdig\w*|truverdig\w*|ordentlig\w*|legit\w*
    |lovlig\w*|til å stole på|pålitelig\w*|påliteleg\w*|sikker\w*|trygg\w*)\b[^.!\n]{0,60}\?
    |\ber det (?:\w+ )?(?:sikkert|trygt) å (?:handle|kjøpe|bestille|betale)\b
trust: folk fikk aldri varene
    \b(?:folk|andre|kunder|mange|noen) (?:\w+ ){0,2}(?:aldri|ikke|ikkje) (?:\w+ )?(?:fikk|fått|fekk
    |mottok|mottatt)\b
trust: dårlig omtale
    \b(?:dårlig\w*|negativ\w*) (?:ting|historier|erfaring\w*|omtale) om\b|\bklage\w* på\b
    |\b(?:dårlig\w*|elendig\w*|sløy\w*) (?:\w+ )?(?:anmeldels\w*|omtale\w*|score|rating|stjerner)\b
    |\blav (?:\w+ )?(?:score|rating)\b|\b[1-2] stjerne\w*
trust: ikke på nettet (absent)
    \b(?:google\w*|nettet|(?<!har )internett|online|på nett)\b
trust: redd for kortopplysningene
    \b(?:redd|nervøs|utrygg\w*|bekymre\w*|skeptisk\w*) ~ \b(?:kort\w*|opplysninger|opplysningar
    |data)
trust: hvor holder dere til
    \b(?:hvor|kor) (?:ligger|holder|bor|er) (?:dere|dykk|firmaet|butikken|selskapet) (?:\w+ )?(?:til
    |lager
    |kontor\w*|adresse|hjemme|fra)\b|\b(?:står|stod) (?:det )?(?:ingenting|ingen ting|ikke noe
    |ikke mye
    |nesten ingenting|ikkje noko) om (?:hvem|kven|dere
    |dykk|firmaet|butikken|selskapet)\b
trust: hvem står bak (absent)
    \b(?:hvem|kven) (?:som )?(?:står bak|eier|eig)\b
trust: utilpass
    \butilpass\b|\butrygg\w*|\bskeptisk\w*|\bmagefølelse\w*|\bføltes? feil\b|\bkjentes? feil\b
    |\bfølte meg (?:ikke |ikkje )?(?:trygg|sikker)\b
trust: tør ikke
    \b(?:tør|turte|tørr|torde) (?:ikke|ikkje|aldri)\b|\b(?:tør|turte) (?:ikke )?(?:handle|kjøpe
    |bestille|betale|gi|taste|legge inn|oppgi|bruke)\b
trust: sikker tilkobling (absent)
    \b(?:https|hengelås\w*|ssl\w*|sertifikat\w*|sikker tilkobling|trygg e-handel)
trust: usikker side
    \b(?:usikker|ikke sikker|ikkje sikker) (?:side|tilkobling|nettside)\b
trust: advarsel i nettleseren
    \badvar\w* ~~ \b(?:nettleser\w*|browser\w*|side\w*|sertifikat\w*|usikker\w*)
trust: trygt å handle (absent)
    \btrygg\w*|\bsikker(?:t)? å (?:handle|kjøpe|bestille|betale)
trust: et ekte firma
    \b(?:et )?(?:ekte|ordentlig|seriøst) (?:firma|selskap|butikk|nettbutikk)\b
    |\bikke (?:\w+ )?sikker på,? om (?:dere
    |nettsiden|butikken|det er)\b
trust: stoler ikke på
    \bstole[rt]? (?:\w+ )?(?:ikke|ikkje|aldri) (?:\w+ )?på\b|\bmistillit\b|\busikker på om (?:dere
    |deres|siden|nettsiden
    |butikken|firmaet|det er (?:en )?(?:ekte|seriøs|svindel))\b
    |\bkan (?:man|jeg|eg|vi) (?:\w+ )?stole på\b|\b(?:kan|kunne) (?:ikke|ikkje
    |aldri) (?:\w+ )?stole på\b
trust: stole på
    \bstole[rt]? på\b|\b(?:ingen |ikke |ikkje )?tillit\b|\blit på\b
trust: mine data
    \b(?:mine|min)\s+(?:data|opplysninger|personopplysninger|e-?post\w*)\b(?! (?:\w+ ){0,2}(?:var
    |er|ble|blir) (?:\w+ )?(?:feil|ugyldig\w*|avvist|ikke gyldig|allerede))|\bgdpr\b
    |\bpersonvern\w*
trust: anmeldelser (absent)
    \b(?:anmeldels\w*|trustpilot|omtale\w*|anmeldt)
technical: siden virket ikke
    {site} ~~ {breaks}
technical: captcha
    \b(?:re)?captcha\w*|\b(?:jeg|eg) (?:er|var) (?:ikke|ikkje) (?:en )?robot\b
    |\b(?:at|om) (?:jeg|eg) (?:ikke|ikkje) (?:er|var) (?:en )?robot\b
technical: feil på siden
    (?<!\bved en )(?<!\bmin )\bfeil\w*\b(?! (?:at|av meg|fra min side)\b) ~ {site}
technical: kunne ikke logge inn
    \b(?:kan|kunne|fikk|fekk) (?:ikke|ikkje) (?:\w+ )?(?:logge?t? (?:inn|på)
    |opprette\w* (?:\w+ )?(?:konto|profil
    |bruker)|lage (?:\w+ )?(?:konto|profil|bruker)|oppretta|opprettet)\b
    |\bglemt (?:\w+ )?(?:passord|innlogging)\b|\blogge[rt]? (?:\w+ )?ut\b|\blogget (?:\w+ )?ut\b
    |\blogga (?:\w+ )?ut\b|\bkast(?:et|a|er) (?:\w+ )?ut\b
technical: innlogging virket ikke
    \b(?:innlogging\w*|passord\w*|konto\w*|profil\w*|brukernavn\w*) ~~ {breaks}
technical: e-posten er allerede i bruk
    \ballerede (?:\w+ )?i bruk\b|\b(?:e-?post\w*|mail\w*|brukernavn\w*
    |nummer\w*) (?:\w+ ){0,3}i bruk\b|\b(?:finnes|fins|eksisterer) allerede\b
    |\b(?:klarer|klarte|klarar|klarde) (?:ikke|ikkje) (?:å )?(?:opprette|logge|lage)\b
technical: logge inn (topic)
    \blogge (?:inn|på)\b|\binnlogging\w*|\bpassord\w*|\blogin\b|\bopprette (?:en )?(?:konto|profil
    |bruker)\b
technical: blank side
    \b(?:hvit|kvit|blank|tom) (?:side|skjerm)\b|\bkom (?:ikke|ikkje) vidare\b|\bkom (?:ikke
    |ikkje) videre\b
    |\bkommer (?:ikke|ikkje) (?:videre|vidare)\b|\blot (?:den |siden |appen )?meg (?:ikke|ikkje)\b
    |\bville ikke la meg\b|\b404\b
technical: knappen er grå
    \bknapp\w* ~~ \b(?:grå|gråa|gråtonet|inaktiv|død)\b
technical: ugyldig
    \bugyldig\w*|\bnullstil\w*
technical: koden avvist
    \b\w*kode\w* ~~ \b(?:avvis\w*|virke\w* ikke|fungerer ikke|fungerte ikke|funker ikke|ikke gyldig
    |godta\w* ikke|godtek ikkje|akseptert\w* ikke|akseptere\w* ikke|ikke akseptert|tar ikke imot
    |gjenkjen\w* ikke|ikke gjenkjent|feil\w*|rød[t]?\b|gikk ikke gjennom)
technical: koden ble ikke godtatt
    \b\w*kode\w* ~ \b(?:ikke|ikkje) (?:\w+ )?(?:godtatt|godteke|godkjent|akseptert|gyldig|gjenkjent)
technical: feil postnummer
    \b(?:postnummer\w*|postnr|adresse\w*|adressa|felt\w*|telefonnummer\w*|e-?post\w*) ~~ \b(?:feil
    |ugyldig\w*
    |godtok ikke|godtok ikkje|aksepterte ikke|tok ikke imot|tok ikkje imot
    |ikke gyldig|godta\w* ikke|akseptere\w* ikke|tar ikke imot|rød[t]?\b|gjenkjen\w* ikke)
technical: fikk en feil
    \b(?:fikk|får|kom|fekk) (?:\w+ ){0,3}feil\w*|\bfeil\w* (?:kode )?[45]0\d\b|\b(?:fikk
    |får) ikke opp\b
    |\bble tom\b|\bvart tom\b|\btom av seg selv\b|\blukke[rt]? seg\b|\blukka seg\b|\bhang seg opp\b
    |\bheng seg opp\b|\b(?:blir|ble|vart|lyser|lyste|står) (?:\w+ )?rød[t]?\b
    |\bstår (?:\w+ )?og (?:spinner|snurrer|laster|lastar|tenker|går)\b|\b(?:spinner
    |snurrer) (?:bare |rundt|i det uendelige
    |for alltid)|\blaster (?:bare|i det uendelige|for alltid|aldri)\b|\bkr(?:a|æ)sj\w*|\bcrash\w*
    |\bfryser (?:bare )?fast\b|\bhenger (?:bare )?fast\b|\b(?:ville|vil) (?:ikke|ikkje) (?:laste
    |åpne
    |opne|starte)\b|\bfår ikke åpnet\b
technical: tilbake til forsiden
    \b(?:kaste\w*|kasta|sender|sendte|kommer|kom|havne\w*|ende[rt]?|endte|hoppe\w*|hopper|spretter
    |ryker|røk) (?:\w+ ){0,3}tilbake til (?:\w+ )?(?:forside\w*|framside\w*|handlekurv\w*|kurv\w*
    |start\w*|kassen|siden|sida|forrige|innlogging\w*|toppen|tomme?|blank\w*|begynnelse\w*|null
    |utgangspunkt\w*)|\b(?:sitter|står
    |henger) (?:\w+ )?fast\b
technical: noe gikk galt
    \bnoe gikk galt\b|\bnoko gjekk gale\b|\bsomething went wrong\b|\b(?:skjedde|oppstod
    |oppsto) (?:\w+ ){0,2}feil\w*
    |\b(?:laste\w*|lastar|loade\w*) (?:\w+ )?(?:ikke|ikkje)\b|\b(?:ikke|ikkje) (?:\w+ )?(?:laste\w*
    |loade\w*)\b
technical: siden er nede
    {site} (?:\w+ ){0,2}(?:er|var) nede\b|\bfunke[rt]? itte\b|\bvirke[rt]? itte\b
technical: teknisk feil
    \bfeilmelding\w*|\berror\b|\bteknisk\w*|\bbug\w*|\bglitch\w*
technical: fikk ikke trykket
    \b(?:kunne|kan|fikk|fekk|får|klarer|klarte|klarar) (?:ikke|ikkje) (?:\w+ ){0,3}(?:trykke\w*
    |scrolle\w*|rulle\w*|zoome\w*|swipe\w*
    |trykt
    |klikke\w*|velge|valgt|lagt|legge|putte|endre|endret|fjerne|fjernet|fylle\w*|fylt|skrive|skrevet
    |gå videre|komme videre|komme inn
    |kome inn)\b|\b(?:kom|kommer) (?:ikke|ikkje) inn\b
    |\b(?:fikk|fått|mottok|kom) (?:aldri|ingen|ikke|ikkje) (?:\w+ ){0,2}\w*(?:bekreftelses
    |aktiverings|verifiserings|verifikasjons|engangs|sms)\w*
technical: virket ikke
    \b(?:virke\w*|fungerte|fungerer|funker|funka|virka|verka) (?:ikke|ikkje)\b
technical: det skjer ingenting
    \bskje(?:r|dde) (?:det )?(?:\w+ )?(?:ingenting|ingen ting|ikke noe|ikkje noko
    |absolutt ingenting)\b
    |\b(?:ingenting|ingen ting|ikkje noko) skje(?:r|dde)\b
changed_mind: ombestemt meg
    \b(?:angre[rt]?|angra[rt]?|ombestem\w*|endret mening|endra meining|skiftet mening|tenkt meg om)
    |\bbestemt (?:meg|oss) for å vente\b|\b(?:blir|ble|vart) (?:det )?(?:nok )?(?:ikke|ikkje) (?:noe
    |noko)
    \s(?:kjøp|handel|på (?:oss|meg))\b|\bfår (?:\w+ )?vente til (?:neste|etter|seinare|senere)\b
    |\bplanene (?:har )?(?:endret|endra) seg\b|\bdropper det\b|\bdroppa det\b|\bdroppet det\b
    |\blar det være\b
    |\blar være\b|\bstår over\b
changed_mind: pengene på noe annet
    \bbruk(?:e|t|er|te)? (?:\w+ )?peng(?:ene|ane|er) på (?:noe|noko|andre|anna|annet|en|ei|et)\b
    |\bprioriter\w*|\bbestemt meg for (?:å )?(?:la|ikke|ikkje|vente)\b|\bla(?:r
    |te)? (?:det )?v[æe]re\b
changed_mind: valgt noe annet
    \bvalg(?:t|te) (?:en|et|ei|noe|ein|eit|noko) (?:\w+ )?(?:annen|annet|anna|anna)\b|\bf(?:unnet
    |ant) en (?:\w+ )?lignende\b|\bgikk for (?:en|et|ei) (?:annen|annet|anna)\b
    |\bendte (?:opp )?med\b|\benda (?:opp )?med\b
changed_mind: en lignende
    \b(?:kjøpt|kjøpte|funnet|fant|fikk|tatt|fekk) (?:en|ei|et|noe|ein|eit|den|det|dem|han
    |ho) (?:\w+ )?(?:lignende
    |liknande|tilsvarende|maken)\b|\bbare nysgjerrig\b|\bhar (?:jo )?allerede (?:en|ei|et|to|nok
    |for mange)\b
    |\bhar (?:en|ei|et|ein|eit) fra før\b
    |\ballerede har (?:en|ei|et|to|nok|mange)\b|\bhar (?:en|ei|et|ein|eit) frå før\b
changed_mind: kjøpt noe annet
    \b(?:kjøpt|kjøpte) (?:noe|en|ei|et|noko|ein|eit) (?:\w+ )?(?:annet|annen|anna|brukt)\b
    |\bventer med det\b
    |\butsetter det\b
changed_mind: fant en bedre
    \b(?:fant|fann|funnet|funne) (?:\w+ ){0,4}(?:bedre|betre|penere|finare|finere)\b
    |\b(?:ein|en) annan stad\b|\bannan butikk\b
changed_mind: funnet noe annet
    \bf(?:unnet|ant) (?:noe|en|et|noko|ein|eit) (?:annet|annen|anna)\b
changed_mind: dere kan tømme handlekurven
    \bi (?:handle)?kurven (?:\w+ )?(?:kan|må) (?:bare |godt |gjerne )?(?:fjernes|slettes|tømmes)\b
    |\b(?:dere|du) (?:må|kan) (?:gjerne |bare |godt |trygt )?(?:tømme|slette
    |fjerne) (?:\w+ )?(?:handle)?kurv\w*
changed_mind: tatt med hjem
    \b(?:tok|tatt|ta) (?:\w+ ){0,4}med (?:meg )?hjem\b(?! (?:\w+ ){0,3}fra (?:posten|postkontor\w*
    |pakkeautomat\w*|hentested\w*|utleveringssted\w*))
changed_mind: kjøpt et annet sted
    \b(?:kjøpt|kjøpte|handlet|handla|bestilt|bestilte|fant|funnet|fikk|fekk)\b ~ \b(?:et annet sted
    |andre steder|ein annan stad|hos (?:en|et) (?:annen|annet)|i (?:(?:en|ei|et|den
    |det) )?(?:\w+ )?butikk\w*
    |lokalt|hos (?:min |en |ein |den |vår )?(?:lokal|lokale|nærmeste) (?:\w+ )?(?:forhandler\w*
    |butikk\w*)|i stedet|i staden|på (?:elkjøp|power|clas ohlson|jernia|biltema|europris|xxl
    |komplett
    |zalando
    |amazon|temu|shein|finn|finn\.no|ikea|rusta|normal|kid|skeidar|coop|obs|byggmakker|boozt|cdon
    |prisjakt|aliexpress|ebay|tise)|hos (?:elkjøp|power|clas ohlson|jernia|biltema|europris|xxl
    |komplett|zalando|amazon|ikea))\b
changed_mind: kjøpt i en annen butikk
    \b(?:kjøpt|kjøpte|handlet|bestilt|bestilte)\b[^.!?\n]{0,30}\b(?:i|hos|fra) en annen\b
    |\b(?:har|hadde) (?:allerede|nå|alt) (?:kjøpt|bestilt|fått|funnet)\b
changed_mind: trenger den ikke
    \b(?:ikke|ingen|ikkje)\s+(?:lenger\s+|lenger\s+)?(?:bruk|behov) for\b
    |\btreng(?:er)? (?:\w+ ){0,2}(?:ikke|ikkje)\b
    (?! (?:å )?(?:\w+ )?(?:minne|påminne|maile|mail|skrive|sende) (?:\w+ )?(?:meg|oss)\b)
changed_mind: trenger (absent)
    \btreng(?:er|e)?\b|\bbehov for\b|\bbruk for\b
changed_mind: bare så
    \b(?:bare|kun|berre)\s+(?:så|kikket|kikke\w*|titte\w*|sjekke\w*|inne og (?:så|kikket|kikka))\b
    |\bwindow ?shopp\w*
changed_mind: fått den i gave
    \b(?:fikk|fått|fekk) (?:den|det|dem|en|ei|et|han|ho) (?:\w+ )?i (?:gave|bursdagsgave|julegave)\b
    |\bventer heller\b
changed_mind: ikke interessert
    \b(?:ikke|ikkje) (?:lenger )?interessert\b|\blikevel ikke\b|\bikke likevel\b|\blikevel ikkje\b
    |\bikkje likevel\b|\b(?:ikke|ikkje) (?:\w+ ){1,5}likevel\b
changed_mind: kalde føtter
    \bkalde føtter\b|\bimpuls\w*|\b(?:annen|ein annan|en annen) løsning\b
changed_mind: sa nei
    \b(?:sa|sier|svarte) nei\b|\b(?:blir|ble|vart) (?:ikke|ikkje) (?:\w+ ){0,2}(?:kjøpt|kjøp|noe av
    |noko av)\b
    |\bspare (?:på )?pengene\b
changed_mind: anledningen er forbi
    \bavlyst\b|\bfor se[i]?nt (?:nå|no)\b|\b(?:ikke|ikkje) (?:lenger |lengre )?aktuel\w*
    |\bble ikke noe av\b
    |\bvart ikkje noko av\b|\b(?:festen|bursdagen|jula|julen|anledningen|dagen|turen|ferien
    |bryllupet|sesongen) er (?:allerede )?over\b
other: slutt å sende e-post
    \b(?:slutt|slutte|stopp|stoppe|hold opp|la være|gi deg|gje dykk|hør opp) (?:\w+ ){0,3}(?:sende
    |skrive
    |maile|spamme|kontakte|bombardere|mase|plage|purre)\w*|\bmeld (?:\w+ ){0,2}av\b|\bavmeld\w*
    |\bunsubscribe\w*|\bavslutt\w* (?:\w+ )?(?:abonnement\w*|nyhetsbrev\w*)
    |\b(?:ikke|ingen|ikkje|aldri) (?:\w+ ){0,2}(?:flere|fleire|mer|meir) (?:\w+ )?(?:mail\w*
    |e-?post\w*
    |påminnels\w*|påminning\w*|meldinger|meldingar|reklame\w*|nyhetsbrev\w*|spam)\b|\bspam\w*
    |\bbombarder\w*|\bmas\b|\bmase\w*|\bmasing\w*|\bmaser\b|\bmasete\b
    |\b(?:så|for|altfor|alt for|veldig) mange (?:\w+ )?(?:mail\w*|e-?post\w*|påminnels\w*
    |meldinger)\b
    |\b(?:enda|igjen) (?:en|ei|et|ein|eit) (?:\w+ )?(?:mail|e-?post|påminnelse|melding)\b
    |\b(?:fortsetter|held) (?:\w+ )?(?:dere|de|dykk) (?:fram |\w+ )?(?:å|med å) (?:skrive|sende
    |maile|kontakte)\b
    |\b(?:hvorfor|kvifor) (?:\w+ ){0,5}(?:skriver|sender|mailer|kontakter|skriv
    |sende) (?:\w+ ){0,3}(?:meg|oss)\b
    |\b(?:lei av|irriter\w*|plag\w*|stress\w*) (?:\w+ ){0,4}(?:mail\w*|e-?post\w*|påminnels\w*
    |meldinger
    |meldingar|purring\w*|reklame\w*)\b
    |\b(?:mail\w*|e-?post\w*|påminnels\w*|meldinger) (?:\w+ ){0,4}(?:irriterende|plagsom\w*|for mye
    |i overkant|spam\w*|masete)\b
other: venter til lønna
    \b(?:lønn(?:a|en|ing\w*|slipp\w*)?|løn(?:a|ning\w*)?|lønningsdag\w*)\b(?![^?]*\?)
    |\bnår (?:jeg|eg|vi) (?:\w+ )?(?:får|har fått) (?:\w+ )?(?:lønn\w*|løn\w*|penger|pengar)\b
    |\b(?:kommer|kjem) (?:\w+ )?tilbake (?:til (?:det|den|dere|dykk|han|ho)|senere|seinare|igjen|når
    |etter)\b(?![^?]*\?)|\b(?:tar|ordner|kjøper|bestiller|ser på|gjør) (?:det|den|dem|han
    |ho) (?:\w+ )?(?:senere
    |seinare|en annen gang|ein annan gong|neste måned|neste månad|etter jul|etter nyttår|neste uke
    |neste veke
    |når jeg|når eg)\b(?![^?]*\?)|\bneste (?:måned|månad)\b(?![^?]*\?)
    |\b(?:har|hadde) (?:ikke|ikkje) (?:hatt )?tid\b(?![^?]*\?)
other: på ferie
    \b(?:er|var|skal|drar|dro|reiser|vært|vore) (?:\w+ ){0,2}på (?:ferie|sommerferie|vinterferie
    |høstferie|haustferie|skiferie|reise|ferietur|ferie\w*|hytta|hytte\w*)\b(?![^?]*\?)
    |\bbortreist\b(?![^?]*\?)|\bhjemme igjen\b(?![^?]*\?)|\bheime igjen\b(?![^?]*\?)
    |\bute og reiser\b(?![^?]*\?)
other: takk og ros
    \b(?:tusen|mange|1000) takk\b(?![^?]*\?)|\btakk for (?:påminnelsen|påminninga|mailen|e-posten
    |meldingen|meldinga|det)\b(?![^?]*\?)|\b(?:super|god|fin|fantastisk|kjempegod|kjempefin|topp)
    \s(?:\w+ )?service\b(?![^?]*\?)|\b(?:flott|flotte|fin|fine|nydelig|nydelige|lekker|lekre
    |fantastisk
    |fantastiske|god|gode|kjempefin\w*|kul|kule|vakker|vakre) (?:\w+ )?(?:butikk|nettbutikk|nettside
    |side
    |sida|shop|varer|vareutvalg|utvalg|produkter)\b(?![^?]*\?)|\belsker (?:butikken|dere|siden|sida
    |varene)\b(?![^?]*\?)
other: personlige nyheter
    \b(?:fått|født|fødde|fekk) (?:\w+ ){0,3}(?:baby|barn|datter|dotter|sønn|son|jente|gutt
    |tvillinger)\b(?![^?]*\?)
    |\b(?:syk|sjuk|innlagt|begravelse|gravferd|dødsfall|gått bort|gravid)\b(?![^?]*\?)
changed_mind: så bare rundt
    \b(?:kikke\w*|kikka|titte\w*|titta|surfe\w*|browse\w*|klikke\w*|så (?:meg|oss)|sjå (?:meg|oss)
    |se (?:meg|oss)) (?:\w+ ){0,2}(?:rundt|omkring)\b|\b(?:bare|berre
    |kun) (?:\w+ ){0,2}inne (?:for å
    |og|å) (?:se|sjå|kikke|kikka|titte|sjekke)\b
    |\b(?:aldri|ikke|ikkje) (?:\w+ ){0,2}(?:tenkt|meint|ment|planlagt|hatt tenkt) (?:meg |oss )?(?:å
    |på å)
    \s(?:kjøpe|bestille|handle|fullføre)\b|\bvar (?:\w+ )?(?:bare|berre|kun) (?:nysgjerrig|inne)\b
    |\b(?:bare|berre|kun) for moro\w*\b|\bønskeliste\w*|\b(?:bare|berre|kun) (?:\w+ )?(?:drømme\w*
    |dagdrøm\w*)\b
changed_mind: snakket meg selv ut av det
    \b(?:snakk\w*|overtal\w*) (?:meg|oss) (?:\w+ )?(?:selv |sjølv )?(?:fra|ut av)\b
    |\binnfall\w*|\bsovet på det\b|\bsove på det\b|\bsove på saka\b
    |\bfornuft\w* (?:\w+ )?(?:seire\w*
    |vant|tok over)|\bvurder\w* (?:\w+ ){0,2}(?:igjen|på nytt|en gang til)\b
    |\b(?:jeg|eg|vi) (?:\w+ )?(?:kom|har kommet|er kommet|har kome) (?:\w+ )?(?:fram|frem) til at\b
changed_mind: klarer oss uten
    \bklarer (?:oss|meg) (?:fint|godt|greit|bra)\b(?! (?:å|med å|til))
    |\b(?:klare[rt]?|klarte|klarar|kan) (?:oss|meg) (?:\w+ ){0,3}(?:uten|utan|med (?:den|det|de|han
    |ho)
    (?: \w+)? (?:gamle|vi har|jeg har|eg har))\b|\bleve (?:\w+ ){0,2}(?:uten|utan)\b
    |\b(?:den|det|han|ho) gamle (?:\w+ ){0,3}(?:holder|duger|gjør nytten|fungerer|virker (?:fint
    |fortsatt))\b
    |\bunnvær\w*
changed_mind: vokst fra den
    \b(?:vokst|vokste|vaks|vokser|veks) (?:\w+ ){0,3}(?:fra|frå|ut av)\b
    |\bbehovet (?:\w+ ){0,2}(?:forsvunnet
    |borte|vekk|ikke lenger)\b|\bdet blir (?:ikke|ikkje) (?:\w+ ){0,2}(?:nå|no|denne gangen
    |noe på oss
    |noko på oss|noe av|noko av|til noe)\b|\b(?:ga|gav) (?:oss|meg) (?:en|ei|et|ein
    |eit) (?:\w+ )?i (?:\w*gave)\b
trust: føltes rart
    \b(?:(?:ikke|ikkje) )?(?:føltes|føles|følte|føler|kjentes|kjennes
    |kjendest) (?:\w+ ){0,3}(?:rar\w*
    |merkelig\w*|underlig\w*|feil|off|fishy|skeiv\w*|(?:ikke|ikkje) (?:helt )?(?:riktig\w*|rett|ok
    |greit))
    |\bså (?:\w+ ){0,3}(?:rar|merkelig|useriøs|billig|mistenkelig|hjemmesnekret) ut\b
    |\b(?:noe|noko|det|alt|ting)\b (?:\w+ ){0,3}(?:virket|virka|verka) (?:ikke|ikkje) helt (?:riktig
    |rett
    |ok|seriøst|seriøs)\b
    |\b(?:priser\w*|prisen) (?:\w+ ){0,3}(?:for|altfor|mistenkelig) (?:lave?|gode?|billige?)\b
    |\bfor (?:billig\w*|gode?) til å (?:være|vere) sann?\w*
trust: ble advart
    \b(?:advar(?:te|et|t)|åtvara\w*|fraråd\w*)\b
price: det dobbelte
    \bdet dobbelte\b|\bdobbelt så (?:mye|dyr\w*|mykje)\b
trust: alarmklokker
    \balarmklokk\w*|\b(?:mistenkelig\w*|urealistisk\w*) (?:\w+ )?(?:billig\w*|lav\w*|god\w* pris)
trust: fant ingenting om dere
    \b(?:fant|finne|funnet|fann) (?:\w+ )?(?:ingenting|ingen ting|ikke noe|ikkje noko|ikke mye|lite)
    \s(?:\w+ ){0,2}om (?:dere|dykk|firmaet|butikken|selskapet|nettsiden|sida|siden)\b
    |\b(?:googla|googlet|søkte|sjekket|sjekka) (?:\w+ ){0,3}(?:fant|fann) (?:\w+ )?(?:ingenting
    |ingen ting|ikke noe
    |ikkje noko)\b|\b(?:hvem|kven) (?:som )?(?:driver|driv|står for) (?:\w+ )?(?:butikken|siden|sida
    |firmaet|nettbutikken|selskapet)\b|\bkunne (?:ikke
    |ikkje) (?:\w+ ){0,2}finne (?:(?:deres|dykkar|firmaets|butikkens|noen|en|ei|et
    |noe) )?(?:adresse\w*
    |org\w*|telefon\w*|kontakt\w*)
technical: handlekurven ble tømt
    \b(?:adresse\w*|opplysning\w*|handlekurv\w*|kurven|varene|innhold\w*
    |rabattkode\w*) (?:\w+ ){0,3}(?:ble
    |blir|vart|var) (?:\w+ ){0,2}(?:borte|sletta|slettet|nullstilt|tømt|tømd|fjernet|fjerna|vekk
    |glemt
    |forsvunnet)\b|\b(?:tømmer|tømte|tømde|med å tømme) (?:\w+ ){0,2}(?:handlekurv\w*|kurven)
    |\b(?<!jeg )(?<!eg )(?<!vi )(?:kunne|kan|fikk|fekk) (?:ikke
    |ikkje) (?:\w+ ){0,5}(?:til å )?huske\b
    |\b(?:kunne|kan|fikk|fekk) (?:ikke|ikkje) (?:\w+ ){0,5}(?:til å )?(?:lagre|lagra|lagret)\b
    |\b(?:rød|røde|raud|raude) (?:tekst|skrift|feil\w*|boks|felt|ramme|melding)\b
technical: siden ville ikke
    {site} ~~ \b(?:nekte\w*|nekta|døde|datt ut|stoppet opp|stoppa opp|gikk i stå|går i stå
    |gikk i ring
    |går i ring|ville ikke|vil ikke|ville ikkje|vil ikkje|tuller|tulla|kødder|kødda|hakke\w*)
technical: koden ville ikke
    \b\w*kode\w* ~~ \b(?:ville ikke|vil ikke|ville ikkje|vil ikkje|gikk ikke|går ikke|gjekk ikkje
    |ble ikke|blir ikke|ikke (?:\w+ )?tatt|nekte\w*|nekta|duger ikke)
changed_mind: kalde tær
    \bkalde? (?:tær|føtter)\b|\b(?:mangler|mangla) (?:\w+ )?(?:ikke|ikkje) (?:en|ei|et|noe|noko
    |flere
    |mer)\b|\b(?:ikke|ikkje) (?:\w+ )?(?:mangler|mangla|mangle) (?:en|ei|et|noe|noko|flere|mer)\b
    |\b(?:blitt|er|ble|vart) (?:\w+ ){0,2}for (?:stor|store|gammel|gamle) (?:til|for)\b
    |\bhar (?:\w+ ){0,5}(?:fra|frå) før\b|\b(?:mer|meir) enn nok\b|\b(?:ikke|ingen
    |ikkje) plass til\b
    |\b(?:lån\w*|låna) (?:\w+ ){0,3}(?:av|hos|fra|frå) (?:min|mi|mine|vår|en|ei|et|naboen|nabo\w*)\b
trust: blitt lurt
    \b(?:blitt|ble|vart|er|var) (?:\w+ )?(?:lurt|svindlet|snytt|svindla)\b|\blurt av\b
    |\b(?:blitt|er|ble|vart) (?:\w+ ){0,2}(?:forsiktig|forsiktige|varsom)\b
    |\b(?:hvem|kven) (?:dere|dykk) (?:egentlig )?er\b
technical: hjulet går rundt
    \b(?:sirkel\w*|hjul\w*|ring\w*|ikon\w*|symbol\w*|timeglass\w*|prikk\w*) (?:\w+ ){0,3}(?:går
    |snurrer|spinner|gikk|snurra|snurret) (?:\w+ )?rundt\b
    |\bskje(?:r|dde) (?:det )?(?:\w+ )?(?:ikke noe mer|ikke mer|ikkje meir|ikkje noko meir)\b
    |\b(?:adress\w*|postnummer\w*|vei\w*|veg\w*) (?:\w+ ){0,3}(?:fins ikke|finnes ikke|fantes ikke
    |fanst ikkje|finst ikkje
    |eksisterer ikke|ikke funnet|ikke fins|ikke finnes|ikke fantes|ikke eksisterer|ikkje fanst
    |ikkje finst)\b
    |\b(?:fant|finner|finn|fann) (?:\w+ )?(?:ikke|ikkje) (?:\w+ )?(?:adressen min|adressa mi
    |min adresse|mi adresse|postnummeret mitt|veien min|vegen min)\b|\bden (?:\w+ )?(?:ikke
    |ikkje) (?:fantes|finnes|fins|eksisterte|eksisterer|fanst|finst)\b
delivery: sender ikke til
    \b(?:sender|leverer|frakter) (?:dere |de |dykk )?(?:ikke|ikkje) (?:\w+ )?til\b
    |\b(?:ikke|ikkje) (?:\w+ )?(?:sender|leverer|sendes|leveres|frakter) (?:\w+ ){0,3}til\b
delivery: sender ikke hit
    \b(?:(?:ikke|ikkje) )?(?:sender|sende|leverer|levere|frakter|kjører) (?:\w+ )?(?:hit|dit|hit opp
    |nordover)\b
changed_mind: dropper den
    \bdropper (?:\w+ )?(?:den|det|dem|\w+a|\w+en|\w+et)\b
changed_mind: fikk den av svigermor
    \b(?:fikk|fått|fekk) (?:den|det|dem|en|ei|et|ein|eit|han|ho) (?:\w+ ){0,2}(?:av|fra|frå)
    \s(?:min|mi|mine|vår|mor|far|svigermor|svigerfar|søster|syster|bror|samboer\w*|kjæreste\w*
    |mormor
    |farmor|morfar|farfar|bestemor|bestefar|venninne\w*|venn\w*|naboen|kollega\w*|sjefen)\b
    |\bnå (?:har|sitter) (?:jeg|eg|vi) (?:med )?(?:en|ei|et|ein|eit|to)\b
    |\b(?:valgt|valgte|satse\w*|satset|satsa|gått|gikk|kjøpt|kjøpte|endt|endte) (?:\w+ ){0,3}(?:et
    |en|ei
    |eit|ein) (?:annet|annen|anna|anna) (?:merke|brand|modell|fabrikat|leverandør)\b
    |\b(?:vi|jeg|eg) (?:\w+ )?(?:har|hadde) (?:\w+ )?(?:nok|rikelig
    |rikeleg) (?:med )?\w+er\b(?! (?:\w+ )?(?:rett
    |råd))
trust: Trustpilot er ikke oppmuntrende
    \b(?:trustpilot|anmeldels\w*|omtale\w*|reviews?|stjerner) (?:\w+ ){0,4}(?:ikke
    |ikkje) (?:\w+ ){0,2}(?:oppmuntrende
    |gode|god|positive|imponerende|pene|prangende|overbevisende|betryggende)\b
    |\b(?:trustpilot|anmeldels\w*|omtale\w*|reviews?) (?:\w+ ){0,4}(?:skremmende|nedslående
    |rystende
    |forferdelig\w*|blandede|blanda|elendig\w*|dårlig\w*)
    |\bi tvil om (?:\w+ ){0,3}(?:trygt?|sikker\w*|ekte|seriøs\w*|til å stole på|legit)
    |\bså (?:\w+ )?annerledes ut\b
other: la meg være i fred
    \b(?:la|lat|lar) (?:meg|oss) (?:\w+ )?(?:være |vere )?i fred\b
    |\b(?:trenger|treng) ikkj?e (?:å )?(?:\w+ ){0,2}(?:minne|påminne|maile|skrive til) (?:meg|oss)\b
    |\b(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|flere|fleire|ti) (?:\w+ )?(?:mail\w*|e-?poster
    |e-?postar
    |påminnelser|påminningar|meldinger|meldingar|purringer) (?:om|på|i løpet av|innen|på bare
    |på berre)\b
price: pengene er trange
    \bpeng\w* (?:er |var )?(?:\w+ )?(?:trange?|knappe?|stramme?)\b
    |\btrangt (?:\w+ )?(?:økonomisk|budsjett\w*)
    |\b(?:er|var) (?:\w+ )?(?:blakk|lakk|fattig\w*)\b|\bøkonomisk (?:\w+ )?trangt\b
trust: hjemmelaget
    \bhjemmelag\w*|\bhjemmesnekr\w*|\bheimelag\w*|\bhjemmestrikk\w*|\bhobbyprosjekt\w*
    |\bhvor (?:\w+ ){0,2}(?:varen|varene|tingene|produkt\w*) (?:\w+ )?(?:egentlig )?(?:kom|kommer
    |kjem) fra\b
technical: kom aldri i kurven
    \b(?:kom|kommer|havnet|havna|landet|ble|vart|dukket) (?:\w+ ){0,2}(?:aldri|ikke
    |ikkje) (?:\w+ ){0,3}(?:i|ned i
    |opp i|fram i) (?:\w+ )?(?:kurv(?:en)?|handlekurv\w*|handlevogn\w*)\b|\b(?:handlekurv\w*
    |kurven) (?:\w+ ){0,2}(?:var
    |forble|sto) (?:\w+ )?tom\b
changed_mind: kona mente vi ikke trengte
    \b(?:mente|synes|syntes|sa|sier|meiner|meinte|mener) (?:\w+ ){0,3}(?:ikke
    |ikkje) (?:\w+ ){0,2}(?:skulle
    |trengte|trenger|treng|behøvde|behøver|hadde bruk for|har bruk for|mangler
    |mangla) (?:\w+ )?(?:ha|flere
    |fleire|mer|meir|en|ei|et|noen|nokon|noe|noko|nye?)\b|\bhar (?:\w+ ){0,2}overbevist meg om\b
other: stopp de automatiske e-postene
    \bmeld\w* (?:jeg |eg )?(?:meg|oss) (?:\w+ )?av\b
    |\b(?:stopp|stoppe|stopper|skru av|slå av|slå dem av|fjern\w*|unngå) (?:\w+ ){0,4}(?:mail\w*
    |e-?post\w*
    |påminnels\w*|påminning\w*|nyhetsbrev\w*|meldinger|meldingar|reklame\w*|purringer)\b|\b(?:fyller
    |fyll|oversvømme\w*|spammer|spamma) (?:\w+ ){0,2}(?:innboks\w*|mailboks\w*|e-?postkasse\w*)
    |\b(?:slå|skru) (?:\w+ ){0,3}(?:mail\w*
    |e-?post\w*|påminnels\w*|påminning\w*|nyhetsbrev\w*|meldinger|meldingar|reklame\w*) av\b
changed_mind: spare til noe annet
    \bspare\w* (?:\w+ )?(?:opp )?(?:til|sammen til) (?:noe|noko|en|ei|et|ein|eit|vår|min|mi|mitt
    |ferie\w*
    |bil\w*|hus\w*)\b|\b(?:heller|heller vil|vil heller) (?:\w+ ){0,2}spare\b
trust: ingen hadde handlet hos dere
    \b(?:ingen|ikke noen|ikkje nokon|ingen av dem) (?:\w+ ){0,3}(?:hadde|har|kjente
    |kjenner) (?:\w+ ){0,2}(?:handlet
    |handla|kjøpt|bestilt|hørt|høyrt|erfaring\w*) (?:\w+ ){0,2}(?:hos|fra|frå|med|om
    |til) (?:dere|dykk
    |butikken|siden|sida|firmaet|nettbutikken)\b|\bkjenner ingen som har (?:handlet|kjøpt)\b
technical: byttet språk
    \b(?:byttet|bytta|skiftet|skifta|hoppet|hoppa|endret|endra|bytter) (?:\w+ ){0,3}(?:språk\w*
    |valuta\w*
    |land)\b(?! (?:\w+ )?\?)|\b(?:språk|valuta)\w* (?:\w+ ){0,3}(?:byttet|bytta|skiftet|hoppet
    |endret seg
    |endra seg)\b
changed_mind: får den ikke brukt
    \b(?:vil|skal) (?:\w+ )?(?:ikke|ikkje) (?:\w+ )?(?:bestille|kjøpe|handle|fullføre)\b
    (?! (?:\w+ )?(?:feil|gal|galt|for (?:stor|liten|små|store))\b)
    |\b(?:ikke|ikkje|aldri) (?:\w+ ){0,3}(?:får|fikk|kommer til å|kjem til å|ville
    |vil) (?:\w+ )?(?:brukt|bruke
    |bruka|nytte
    |glede av)\s(?:\w+ ){0,2}(?:nok|mye|ofte|noen gang)\b|\btenkt (?:\w+ )?gjennom\b
    |\b(?:fått|fikk|fekk|kjøpt|kjøpte) (?:en|ei|et|ein|eit) (?:\w+ )?(?:annen|annet|anna) (?:gave
    |julegave
    |bursdagsgave|presang|gåve)\b
trust: e-post fra en gmail
    \b(?:mail\w*|e-?post\w*|avsender\w*|meldingen) (?:\w+ ){0,3}(?:fra|frå) (?:en |ei |et )?(?:gmail
    |hotmail
    |outlook|yahoo|live|privat)\w*|\b(?:rart|merkelig|underlig|uvanlig)t? for (?:en|ei|et) (?:butikk
    |nettbutikk
    |bedrift|firma|selskap)\b
other: hvem skriver
    \b(?:hvem|kven) er det (?:som )?skriv(?:er)?\b|\b(?:er det|er du|er dette
    |er dere) (?:\w+ )?(?:en|ei|et|ein|eit)
    \s(?:robot|bot|maskin|chatbot|ai)\b|\bskrevet av en (?:robot|maskin|ai)\b
    |\b(?:ny|nye|byttet|endret|bytta|endra) (?:\w+ )?(?:mailadresse|e-?postadresse|e-?post|mail)\b
changed_mind: det ble en annen modell
    \b(?:ble|blir|vart) (?:det )?(?:\w+ )?(?:en|et|ei|ein|eit) (?:annen|annet|anna
    |annan) (?:modell\w*|merke
    |variant|type|farge|størrelse|løsning|løysing|produkt|butikk)\b
trust: bare hos butikker med Trygg e-handel
    \b(?:handler|kjøper|bestiller|handlar) (?:\w+ )?(?:kun|bare|berre|utelukkende
    |helst) (?:\w+ ){0,2}(?:hos
    |fra|frå|i|på)\s(?:\w+ ){0,3}(?:trygg e-?handel\w*|e-?handel\w*|trustpilot|norske|kjente
    |godkjente
    |sertifiser\w*|anmeldels\w*)
price: så mye for en pute?
    {amount} for (?:en|ei|et|ein|eit|et par|to|så|sånn en|slik en) (?:\w+ ){0,2}\w+ ?\?
technical: siden blir hvit
    \b(?:blir|ble|vart) (?:siden|sida|skjermen|appen|kassen|kassa|vinduet|alt
    |det hele) (?:\w+ )?(?:hvit|kvit
    |blank|svart)\b|{site} (?:\w+ ){0,2}(?:blir|ble|vart) (?:\w+ )?(?:hvit|kvit|blank)\b
    |\b(?:kunne|kan|fikk|fekk|får) (?:ikke|ikkje) (?:\w+ )?(?:se|sett|sjå|åpnet|åpne|opna|zoomet
    |zoome)
    \s(?:\w+ )?(?:bilde\w*|bileta?\w*|foto\w*|video\w*|produktbilde\w*)|\b(?:bilde\w*|bileta?\w*
    |foto\w*) (?:\w+ ){0,3}(?:uskarpe?|utydelige?|pikselert\w*|kornete|mangler|mangla|vises ikke
    |vistes ikke
    |ville ikke vises)
changed_mind: arvet møbler
    \b(?:arvet|arva|fått i arv|fikk i arv|arvestykke\w*)\b|\b(?:ikke|ikkje) (?:\w+ )?(?:(?:lenger
    |meir|mer) )?nødvendig\w*\b
    |\b(?:kommer|kjem|får) (?:\w+ )?(?:ikke|ikkje) (?:til å )?(?:brukt|bruke
    |bruka) (?:\w+ ){0,3}(?:nok|mye
    |ofte)\b|\btenkt (?:\w+ )?over det\b
trust: originale varer
    \bkopi(?:er|ar|varer|produkter)? (?:\w+ ){0,2}av\b|\b(?:varer|varen|varene|produkt\w*|tingene
    |merkevarer)
    \s(?:\w+ ){0,2}(?:er )?(?:originale?|autentiske?|ekte)\b|\bpiratkopi\w*|\betterligning\w*
technical: ingen knapp for å gå videre
    \bingen (?:\w+ )?knapp\w* (?:for å|til å|der man kan) (?:gå|komme|fortsette)\b
    |\bkom (?:ikke|ikkje) (?:lenger|lengre|videre|vidare) enn\b
    |{site} (?:\w+ ){0,2}(?:sier|sa|påstår|påsto|hevder|melder|meldte) [^.!?\n]{0,60}?\b(?:men
    |selv om
    |enda)\b
price: har dere en ny kode
    \b\w*kode\w*\b[^?]{0,120}\b(?:har|kan|får) (?:dere|dykk|du|jeg|eg) (?:\w+ )?(?:en|ei|et|ein
    |eit) (?:ny|nytt
    |annen|annan|anna)\b
delivery: legges i carporten
    \b(?:pakken|pakke|varen|varene|leveringen|den|dem|han|ho) (?:\w+ )?(?:legges|settes|leveres
    |leggast
    |setjast|leverast)\s(?:\w+ ){0,3}(?:carport\w*|garasje\w*|bod\w*|postkasse\w*|døra|døren
    |trapp\w*
    |nabo\w*|terrasse\w*|uthus\w*|bua)|\bikke hjemme (?:på dagtid|om dagen|i løpet av dagen|når)
trust: om dere er et norsk firma
    \b(?:(?:ikke|ikkje) (?:\w+ ){0,4})?om (?:dere|dykk|deres \w+|siden|sida|butikken
    |det) (?:\w+ ){0,4}(?:er|var) (?:\w+ ){0,2}(?:et
    |en|ei|eit|ein)
    \s(?:\w+ )?(?:firma|selskap|bedrift|butikk|nettbutikk)\b
technical: antallet ble stående
    \b(?:antall\w*|mengde\w*)\b[^.!?\n]{0,60}?\b(?:ble stående|vart ståande|forble|endret seg ikke
    |endra seg ikkje
    |hoppet tilbake|hoppa tilbake)\b
changed_mind: ordnet på annet vis
    \b(?:ordnet|ordna|løst|løyst|fikset|fiksa) (?:\w+ ){0,3}(?:en |ei |eit )?(?:annen|annet|anna
    |annan) (?:vis
    |måte)\b
trust: billige kopier
    \b(?:billige|falske|dårlige|billig|falsk|kinesiske) kopi\w*
changed_mind: ble en annen til slutt
    \bble (?:det )?(?:en|et|ei) (?:annen|anna|annet) \w+ (?:\w+ ){0,2}til slutt\b
    |\b(?:bursdagen|dåpen|bryllupet|festen|konfirmasjonen) var (?:i går|forrige uke|i helga)\b
changed_mind: nei takk likevel
    \b(?:nei|ellers) takk,? (?:\w+ ){0,2}likevel\b|\bfor rask på avtrekkeren\b|\bimpulskjøp\w*
changed_mind: hun har kjøpt en selv
    \b(?:hun|han|de|dei|ho|vi) (?:\w+ )?(?:har|hadde) (?:\w+ )?(?:selv|sjølv|allerede|alt) (?:kjøpt
    |fått
    |bestilt)\b|\b(?:har|hadde) (?:kjøpt|bestilt) (?:en|ei|et|ein|eit|den|det|han|ho) (?:selv
    |sjølv)\b
    |\b(?:virker|fungerer|funker) (?:den |det |han |ho )?(?:fint|bra|perfekt) igjen\b
    |\b(?:fått|fikk|fekk) (?:den|det|dem|han|ho) (?:\w+ )?(?:reparert|fiksa|fikset|til å virke)\b
other: aldri handlet hos dere
    \bhusker ikke (?:at )?(?:jeg )?(?:\w+ ){0,2}(?:har|hadde) (?:\w+ )?(?:vært inne|handlet|bestilt
    |kjøpt)\b
    |\b(?:har|hadde) (?:\w+ )?(?:aldri|aldrig) (?:\w+ )?(?:handlet|handla|bestilt|kjøpt|kjøpt
    |vært inne|besøkt)\b|\b(?:feil|gal) (?:person|mottaker|mottakar|e-?postadresse|mailadresse
    |adresse|e-?post)\b
other: ingen handlekurv (no cart)
    \bhusker ikke (?:at )?(?:jeg )?(?:\w+ ){0,2}(?:har|hadde) (?:\w+ )?vært inne\b
    |\b(?:husker (?:jeg )?ikke|kan ikke huske),? (?:at |å )?(?:jeg )?(?:\w+ ){0,2}(?:(?:har|hadde
    |ha)\s)?(?:\w+ )?(?:vært inne|besøkt|lagt noe|registrert|meldt meg)\b
    |\b(?:har|hadde) (?:\w+ )?(?:aldri|aldrig) (?:\w+ )?(?:vært inne|besøkt)\b
    |\b(?:feil|gal) (?:person|mottaker|mottakar)\b|\bjeg heter ikke \w+
    |\b(?:ikke|aldri) (?:\w+ )?lagt (?:noe|noen|\w+) i (?:en |noen |deres |min )?(?:handle)?kurv\w*
    |\bdet (?:er|var) ikke meg,? (?:som) (?:\w+ ){0,2}(?:lagt|la|bestilt|registrert|handlet)\b
    |\b(?:dere har|har dere) (?:\w+ )?(?:fått )?(?:feil|gal) (?:e-?post|e-?mail|mail)?adresse\b
    |\b(?:skrevet|tastet|oppgitt) (?:\w+ )?(?:inn )?(?:feil|gal) (?:e-?post|e-?mail|mail)adresse
    |\b(?:dere|de) (?:må|kan) (?:\w+ )?ha (?:fått )?(?:feil|gal) (?:e-?post|e-?mail|mail)?adresse\b
    |\bingen (?:av oss|her) (?:\w+ ){0,3}(?:har )?lagt\b|\bnoen (?:må|kan) (?:\w+ )?ha (?:skrevet
    |tastet|oppgitt)
    \s(?:inn )?(?:feil|gal) (?:e-?post|e-?mail|mail)?adresse\b
    |\b(?:ikke|aldri) (?:\w+ ){0,2}vært (?:inne )?på (?:siden|sidene|nettsiden|nettsidene
    |nettbutikken)
    \s(?:deres|din)\b|\baldri (?:\w+ )?opprettet (?:\w+ )?(?:en |noen )?(?:konto|profil|bruker)\b
other: flytter
    \b(?:flytter|flyttar|flytting\w*|flytte\w*) (?:\w+ ){0,3}(?:om|i|til|neste|snart)\b
other: venter på det nye kortet
    \bvent\w* på (?:at |å )?(?:\w+ ){0,3}(?:bank|betalings|visa|kreditt
    |kredit)?kort\w* (?:\w+ ){0,2}(?:kommer|kjem
    |ankommer|er kommet)\b
question: størrelse og lager
    \b(?:passer|passe|passar)\b|\bstørrelse\w*|\bpå lager\b|\bmateriale\w*|\bfarge\w*
    |\bmål(?:ene)?\b|\bvaske\w*|\bkompatib\w*|\bgaveinnpak\w*|\bpakke\w* (?:\w+ ){0,2}inn som gave\b
    |\boppvaskmaskin\w*|\btåler\b
question: spørsmål om varen
    \b(?:kan|vil|er|har|finnes|fins|fås|kommer|kjem|tåler|tåler)\s+(?:den|det|de|man|dere|han|ho
    |dykk)\b[^.!\n]{0,80}\?
question: spørsmål
    \b(?:hvor|hvilke?n?|hva|hvordan|hvorfor|når|kva|korleis|kvifor|kor|kven)\b[^.!\n]{0,80}\?
""",
    "sv": r"""
changed_mind: inga planer på att köpa
    \b(?:inga|har inga) (?:\w+ )?planer på att (?:köpa|beställa|handla)\b
returnsnoun =
    \b(?:returrätt\w*|retur(?:en)?|returpolicy\w*|returvillkor\w*|returregl\w*|ångerrätt\w*
    |returnering\w*|bytesrätt\w*)\b
returnsunclear =
    \b(?:oklar\w*|otydlig\w*|luddig\w*|vag[ta]?|inte (?:\w+ )?klart|inte (?:\w+ )?tydlig\w*
    |osäker\w*|förvirr\w*|står (?:\w+ )?inte|framgår (?:\w+ )?inte|(?:hittade|hittar) (?:\w+ )?inte
    |ingenstans|ingenting om)
trust: returrätten oklar (returns)
    {returnsnoun}[^.!?\n]{0,80}?{returnsunclear}|{returnsunclear}[^.!?\n]{0,80}?{returnsnoun}
trust: integritetspolicy (absent)
    \b(?:integritetspolicy\w*|dataskyddspolicy\w*|personuppgiftspolicy\w*)
delivery: slut i lager
    (?:\b(?:inte|först|först igen) (?:\w+ )?i lager\b|\bslutsåld\w*|\brestnoter\w*|\bslut i lager\b
    |\bi lager (?:\w+ )?(?:igen )?(?:om|från|först)\b)(?![^.!?\n]*\?)
trust: personnummer
    \b(?:personnummr?\w*|födelsedatum\w*) ~~ \b(?:bad|ber|frågade|frågar|krävde|kräver|ville ha
    |vill ha|måste|ange|uppge
    |fylla i|varför)\b
changed_mind: lagt i varukorgen för att minnas
    \b(?:la|lagt|lade|slängde) (?:\w+ ){0,4}i (?:\w+ )?varukorg\w* (?:\w+ ){0,2}för att (?:kolla
    |kika|jämföra|komma ihåg|spara)\b{nocost}
nocost =
    (?! (?:\w+ ){0,3}(?:frakt\w*|fragt\w*|pris\w*|kostn\w*|shipping|postage|price\w*|cost\w*
    |versand\w*|preis\w*|spedizion\w*|prezz\w*|toimitus\w*|hinta\w*|hinnan|porto\w*|lever\w*))
remindermsg =
    \b(?:mejl(?:et|en|a|s)?|mail(?:et|en|s)?|e-?post(?:en)?|påminnelse\w*|meddelande\w*|utskick\w*
    |nyhetsbrev\w*)\b
reminderpace =
    \b(?:mitt i natten|på natten|(?:så|alldeles för|för|väldigt|blixt)\s?snabb\w*|(?:alldeles för
    |väldigt|för) fort|snabbt
    |inom (?:\w+ )?(?:minuter|sekunder|en timme|timmen)|(?:knappt|inte ens|bara|under) (?:en|ett
    |\w+) (?:timme|timmar|minut|minuter|sekunder)|fortsätter (?:att )?komma|kommer hela tiden
    |varje (?:enskild )?dag|varannan dag|dagligen|två gånger om dagen|(?:på|inom loppet av
    |inom) (?:bara |endast )?(?:\d+|två|tre|fyra|fem|sex|sju|ett|en) (?:dagar|dag|dygn|timmar
    |veckor?)|innan (?:\w+ ){0,3}(?:mejlet|mailet|påminnelsen|meddelandet) (?:\w+ )?kom|stalk\w*
    |påträngande|övervak\w*)\b
other: om påminnelserna (reminders)
    {remindermsg}[^.!?\n]{0,120}?\b(?:le|log|skratt\w*|rolig\w*|kul|fniss\w*)\b
    |{remindermsg}[^.!?\n]{0,80}?{reminderpace}|{reminderpace}[^.!?\n]{0,80}?{remindermsg}
    |\b(?:den|det) (?:andra|tredje|fjärde|femte|sjätte|sjunde) (?:\w+ )?(?:på|i|inom|denna)
    \s(?:en |ett |två |tre |bara )?(?:vecka|veckan|dag|dygn|månad|dagar|veckor)\b
    |\b(?:stalk\w*|påträngande)\b|\binnan (?:\w+ ){0,3}(?:mejlet|mailet|påminnelsen
    |meddelandet) (?:\w+ )?kom\b
site =
    \b(?:hemsida\w*|webbsida\w*|sidan|sidorna|sajt\w*|webbshop\w*|knapp\w*|app(?:en)?|kassan
    |kassa-?sidan|betalsida\w*|checkout\w*|varukorg\w*|kundkorg\w*|länk\w*|formulär\w*
    |fält(?:et|en)?|rutan)\b
shop =
    \b(?:butik\w*|webbshop\w*|nätbutik\w*|hemsida\w*|sida\w*|sidan|sajt\w*|företag\w*|er)\b
cost =
    \b(?:frakt\w*|porto\w*|leverans(?!adress|tid)\w*|total\w*|slutsumm\w*|expeditionsavgift\w*)
dear =
    \b(?:\w*dyr(?:t|a|are|ast)?\b|hög\w*|för mycket|orimlig\w*|saftig\w*|kostade\b|kostar (?:ju
    |ändå|hela|nästan|mer)\b|avgift\w*|mer än
    |i överkant|höjt\w*|ökat|lika mycket som|nästan lika|dubbelt|hutlös\w*|ocker\w*|sjuk\w*)
payment: kortet nekades
    \b(?:kort\w*|visa\b|visakort\w*|mastercard|betalning\w*|transaktion\w*|köpet|swish\w*|apple ?pay
    |paypal|klarna|mobilepay|bankid|faktura\w*) ~~ \b(?:nek\w*|godkände inte|kunde inte genomföras
    |avvis\w*|avslag\w*|fel\w*|sa nej|gick inte|godtogs inte|godtas inte|accepteras inte
    |inte godkän\w*|gick inte igenom|fungera\w* (?:inte|ej)|funka\w* (?:inte|ej)|spärr\w*
    |misslyck\w*|declin\w*|avböjd\w*|strula\w*|krångla\w*|stöds inte|inte stöds|stöds ej
    |inte accepteras
    |öppnades (?:inte|aldrig)|öppnas (?:inte|aldrig))
payment: inte godkänd för faktura
    \b(?:jag|vi) (?:\w+ ){0,2}inte (?:\w+ )?(?:blev|blir) godkän[dt]\w*
    |\b(?:jag|vi) (?:blev|blir) (?:\w+ )?inte godkän[dt]\w*|\bfick (?:ett )?avslag\b
payment: betalningen gick inte igenom
    \bgick (?:inte|aldrig) igenom\b
payment: kunde inte betala
    \b(?:kunde|kan|gick) (?:inte|ej|aldrig) (?:att )?(?:betala|slutföra (?:betalning\w*|köpet))
payment: avbröts
    \bbetalning\w* ~ \b(?:avbröts|avbrutits|misslyckades|(?:kunde inte|inte kunde) (?:genomföras
    |behandlas|godkännas))
payment: betalsätt (topic)
    \b(?:swish|klarna|paypal|apple ?pay|google ?pay|mobilepay|3-?d[ -]?secure|bankid|kreditkort\w*
    |betalkort\w*|betalsätt\w*|betalningssätt\w*|betalningsmetod\w*|betalalternativ\w*
    |delbetal\w*|avbetal\w*|faktura\w*|mot faktura|trustly|vipps|kortbetalning\w*)
payment: problem med betalningen
    \b(?:problem\w*|fel|strul\w*|krångel|bekymmer)\s+(?:med|vid)\s+(?:att\s+)?(?:betal\w*
    |kort\w*|swish|klarna|faktura\w*|bankid)
payment: banken
    \bbank\w* ~~ \b(?:kod\w*|godkän\w*|bekräft\w*|nek\w*|tiden gick ut|spärr\w*|stopp\w*
    |bedrägeri\w*)
payment: sidan hängde sig vid betalningen
    \bbetalning(?!ssätt|smetod)\w* ~~ \b(?:hängde sig|frös
    |krasch\w*|fel\w*|fungera\w* inte|funka\w* inte|ladda\w*)
price: en avgift på 49 kr
    \b\w*avgift\w* ~~ {amount}
price: frakten för dyr
    {cost} ~~ {dear}
price: inte värt pengarna
    \binte (?!vär[dt] det\b)(?:\w+ ){0,3}vär[dt]\w*\b|\binte prisvärd\w*
    |\binte (?:\w+ ){0,2}vär[dt]\w* (?:pengarna|priset|summan|kronorna)\b
price: inte värt det (topic)
    \binte värt det\b
price: värt pengarna (absent)
    \b(?:värt|värd|värda) (?:pengarna|priset)\b|\bprisvärd\w*
price: kan inte motivera
    \b(?:(?:kan|kunde) (?:inte|ej) (?:\w+ )?)?(?:motivera|försvara|rättfärdiga) (?:\w+ ){0,3}(?:
    priset|kostnaden|summan|så mycket|det|att)\b|\blägga så mycket\b|\bså mycket pengar\b
    |\bför pengarna\b|\bför samma pengar\b
price: ett belopp
    {amount} ~~ (?:{dear}|{cost}|\b(?:väl mycket|för mycket))
price: mer än jag ville
    \bmer än jag (?:\w+ ){0,3}(?:lägga|betala|räknat|trodde|tänkt)\b
price: för dyr
    \b(?:för|alldeles för|lite för|väldigt|ganska|är|var|tycker|rätt|så)\s+dyr[ta]?\b|\bdyrt\b
    |\b(?:svin|skit|jätte|dubbelt så |mycket )dyr\w*|\bdyrare\b|\böverpris\w*|\bockerpris\w*
    |\bkostar skjortan\b
price: billigare på annat håll
    \bbillig(?:are|ast)\b|\bför mindre\b|\b(?:kr|kronor|sek|euro) (?:mindre|billigare)\b
    |\bhalva priset\b|\bhalvpris\b|\bbilligt (?:hos|på|i)\b
price: rabattkod (topic)
    \b(?:rabatt\w*|kampanjkod\w*|fri frakt|gratis frakt|fraktfri\w*|studentrabatt\w*)
price: vänta på rea
    \bvänta\w* (?:\w+ ){0,4}(?:rea|rean|realisation\w*|black friday|mellandagsrea\w*|kampanj\w*
    |erbjudande\w*|prissänkning\w*)\b|\btills? (?:det blir |ni har )?rea\b
price: erbjudande (weak)
    \b(?:erbjudande\w*)\b
price: rea (topic)
    \b(?:rea(?:n)?|realisation\w*|black friday|mellandagsrea\w*|sommarrea\w*|vinterrea\w*)\b
price: priset
    \bpris\w* ~~ {dear}
price: har inte råd
    \binte råd\b|\bbudget\w*|\b(?:min|vår|för|tom|tunn|tomma|tunna) plånbok\w*|\bplånbok\w*
    \s(?:\w+ ){0,2}(?:säger|sa|tillåter|räcker|gråter|skriker|protesterar|är tom)\b
price: tull
    \btull(?!gräns)\w*
price: moms (weak)
    \bmoms\b
delivery: leverans (topic)
    \bleverans(?!adress)\w*|\blevere(?!ntör)\w*|\bleverera\w*|\bfraktsätt\w*|\bfraktalternativ\w*
    |\bfraktmetod\w*|\bhemleverans\w*|\bhemkörning\w*
delivery: ombud (topic)
    \b(?:ombud\w*|utlämningsställe\w*|paketautomat\w*|paketskåp\w*|postombud\w*|hämtställe\w*
    |utlämning\w*|hämta (?:den|dem|varan|varorna|paketet|ut))
delivery: fraktbolag (topic)
    \b(?:postnord|dhl|budbee|instabox|schenker|bring|airmee|early bird|posti|matkahuolto\w*|ups
    |gls|bussgods|dhl express)\b
delivery: skicka utomlands
    \b(?:skicka\w*|levere\w*|frakt\w*|skeppa\w*|beställ\w*) ~ \btill (?:utlandet|norge|danmark
    |finland|åland
    |island|tyskland|sverige|estland|europa|eu|usa|england|storbritannien)\b
delivery: ombudet långt bort
    \b(?:ombud\w*|postombud\w*|utlämningsställe\w*|paketskåp\w*|hämtställe\w*|paketautomat\w*)
    \s(?:\w+ ){0,3}(?:långt bort|långt borta|långt ifrån|\d+ (?:mil|km|kilometer)|för långt)\b
delivery: utomlands
    \butomlands\b|\btill åland\b
delivery: skickar ni
    \b(?<!varf.r )(?:kan|skickar|levererar) ni (?!(?:\w+ ){0,2}(?:sluta|låta bli|låt bli
    |upphöra))(?:\w+ ){0,3}
    (?:skicka|leverera|till|hem)\b
    (?![^.!?\n]{0,40}(?:påminnelse|mejl|mail|e-?post|utskick|nyhetsbrev|reklam|sms))
    |\b(?<!varf.r )(?:skickar|levererar|skeppar) ni\b
delivery: i tid
    \b(?:före|innan|till|senast
    |tills)(?<!k.pt det till)(?<!k.pt den till)(?<!k.pte det till)(?<!k.pte den till)
    (?<!fick det till)(?<!fick den till)(?<!bortrest till)(?<!borta till)(?<!semester till)
    (?<!iv.g till)
    (?<!ledig till)(?<!blir nog till)(?<!blir det till)(?<!blir v.l till)(?<!blir till)
    \s(?:\w+ )?(?:jul\w*|helgen|påsk\w*|midsommar\w*|nyår(?:et|s\w*)?\b
    |måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|födelsedag\w*|kalas\w*|bröllop\w*
    |semester\w*|resan|den \d{1,2}|\d{1,2}[./]\d{1,2})\b|\bi tid\b
    |\bhinn\w* (?:\w+ ){0,3}(?:fram|komma|levere\w*|skicka\w*|innan|före|till)\b|\bkomma fram\b
delivery: leveranstid
    \bleveranstid\w* ~~ \b(?:lång\w*|för\b|veckor|dagar|alldeles)
delivery: för långsamt
    \b(?:för lång tid|för länge|snabbare|expressfrakt\w*
    |snabbleverans\w*|lång leveranstid|leveranstid\w*|veckors leverans\w*)\b|{express}
delivery: vänta på paketet
    \bvänta\w* på (?:paketet|varan|varorna|ordern|leveransen)\b
delivery: hur länge får man vänta
    \bhur (?:lång tid|länge) ~ \bvänta\b
delivery: när kommer den
    \bnär\b ~ \b(?:få (?:den|det|dem|paketet|varan|varorna)|(?:kan|ska) (?:den|det|paketet
    |varan|ni) (?:komma|skicka)|kommer (?:den|det|de|paketet|varan|varorna
    |ordern)(?! (?:\w+ )?(?:i fler|i andra|i nya|tillbaka
    |in i|i lager|i storlek))(?![^.!?\n]*\b(?:igen|tillbaka|i lager)\b)|fram
    |skickas|levereras|skickar ni)\b
delivery: hur lång tid
    \bhur (?:lång tid|länge|snabbt|mycket tid) ~ \b(?:ta\w*|tar|levere\w*|leverans\w*|fram|kommer
    |skicka\w*)\b
trust: aldrig hört talas om er
    \baldrig hört (?:talas )?om\b|\b(?:(?:inte|ej) (?:\w+ ){0,5})?okän\w*|\bkänner inte igen\b
trust: vill inte ge kortuppgifter
    \b(?:vill|vågar|törs|ville|vågade) (?:inte|ej) (?:\w+ )?(?:ge|lämna|uppge
    |skriva in) (?:\w+ )?(?:
    kort\w*|uppgifter\w*|personnummer)
trust: har ni organisationsnummer
    \b(?:har ni|finns det|vad är|var finns|vad har ni för)\b[^.!?\n]{0,30}\b(?:org\w*nummer
    |orgnr|org\.? ?nr|fo-?nummer|adress|telefonnummer|kontaktuppgift\w*|returrätt\w*|recension\w*
    |omdöme\w*|betyg\w*)[^.!\n]{0,40}\?
trust: känner inte till butiken
    \bkän(?:ner|de) (?:inte|ej) (?:till )?{shop}
trust: butiker jag inte känner
    {shop} ~ (?P<focus>\b(?:jag |vi |man )?(?:inte|aldrig) (?:kän\w*|hört))
trust: företagsuppgifter (absent)
    \b(?:org(?:anisations)?\.? ?n(?:umme)?r\w*|orgnr\w*|fo-?nummer\w*|y-?tunnus\w*
    |momsregistrering\w*|vat-?nummer\w*|(?<!min )(?<!mitt )adress(?:en)?\b|företagsuppgift\w*
    |kontaktuppgift\w*|kontaktinfo\w*|företagsnamn\w*|kontaktsida\w*|telefonnummer\w*
    |kundtjänst\w*|kundservice\w*
    |info\w* om (?:er|företaget
    |butiken)|returpolicy\w*|returrätt\w*|ångerrätt\w*|köpvillkor\w*|villkor\w*|impressum
    |https|hänglås\w*|ssl|krypter\w*)
trust: oseriös butik
    \b(?:oseriös\w*|opålitlig\w*|bluff\w*|bedrä\w*|scam\w*|falsk\w*|misstänk\w*|skum\w*|fejk\w*
    |fake|suspekt\w*|tvivelaktig\w*|lurendrej\w*|lurad\w*|sketchy|shady|fishy|dropship\w*
    |ljusskygg\w*)
trust: seriös butik (absent)
    \b(?:seriös\w*|pålitlig\w*|trovärdig\w*|legitim\w*|legit|trygg\w*|säker(?:t)? att (?:handla
    |köpa|beställa|betala))
trust: är ni seriösa
    \b(?:är|känns|verkar) (?:det|ni|sidan|butiken|er sida|den här sidan|detta|det här)
    \s(?:\w+ ){0,3}(?:säker\w*|trygg\w*|seriös\w*|pålitlig\w*|riktig\w*|legitim\w*|legit
    |äkta (?:butik|företag|sida))\b[^.!\n]{0,60}\?
trust: dåligt rykte
    \b(?:dålig\w*|negativ\w*) (?:saker|erfarenhet\w*|rykte|omdöme\w*|recension\w*) (?:om|av)\b
    |\bklagomål\b|\bdåliga (?:recensioner|omdömen)\b
trust: inte på nätet (absent)
    \b(?:google(?!-?(?:kont|inlogg|login|pay|tunnu|tili))\w*|googla\w*|(?<!utan )nätet
    |(?<!utan )internet
    |online)\b
trust: rädd för kortuppgifterna
    \b(?:rädd|nervös|orolig) ~ \b(?:kort\w*|uppgifter|data)
trust: vem står bakom (absent)
    \bvem (?:som )?(?:står bakom|driver|äger)\b
trust: otrygg
    \botrygg\w*|\bobekväm\w*|\bhemmagjord\w*|\bosäker(?:t|a)? (?:sida|sajt|hemsida|betalning\w*
    |butik\w*|anslutning|kassa)\b|\b(?:känns|kändes|verkar|verkade|ser|såg|är
    |var) (?:\w+ )?osäker(?:t|a)?\b(?! på)
trust: recensioner (absent)
    \b(?:recension\w*|omdöme\w*|trustpilot|trygg e-handel|prisjakt)
trust: vågar inte handla
    \b(?:våga\w*|törs|vågade) (?:\w+ )?(?:handla|köpa|beställa|betala|lämna|ge)\b
trust: ett riktigt företag
    \b(?:ett )?riktigt företag\b|\b(?:en )?riktig butik\b|\binte säker på,? om (?:ni|er|sidan
    |butiken|det är)\b|\bfinns (?:ni|ni ens|företaget) på riktigt\b
trust: litar inte på
    \blita[rt]? (?:inte )?(?:riktigt )?på\b|\blitade (?:inte )?på\b|\b(?:inget )?förtroende\b
    |\bosäker på om (?:ni|er|sidan|hemsidan|butiken|företaget|det är (?:en )?(?:riktig|seriös|äkta
    |bluff))\b|\bäkta (?:butik|företag|sida)\b
trust: mina uppgifter
    \b(?:mina|min)\s+(?:uppgifter|data|personuppgifter|e-?post\w*|mejl\w*|mailadress
    |kortuppgifter)\b(?! (?:\w+ ){0,2}(?:godk\w*|godt\w*|accepter\w*|togs|sparades|fungera\w*
    |funka\w*
    |var fel|är fel|gick inte|går inte))|\bgdpr\b|\bpersonuppgift\w*
technical: sidan fungerade inte
    {site} ~ \b(?:fungera\w* (?:inte|ej)|funka\w* (?:inte|ej)|hängde sig|hänger sig|hänger|frös
    |fryser|krasch\w*|krash\w*|crash\w*|ladda\w*|loadar|stängde\w* ner|stänger ner|stängs ner
    |stängdes|stänger sig|stängde sig|slutade fungera|töm\w*|fel\w*|reagera\w* inte|försvann\w*
    |försvinner|blank|snurra\w*|laggar|buggar|strula\w*|krångla\w*|svarar inte|blev (?:vit|tom)
    |blir (?:vit|tom)|går inte att)
technical: fel på sidan
    \bfel\w* ~ {site}
technical: appen kraschar
    \b(?:krasch\w*|krashar|kraschade|crashar|crashade|hänger sig|hängde sig|frös fast|fryser fast
    |snurrar|snurrade|laggar|laggade|buggar|buggade|buggig\w*|laddar (?:inte|bara|hela tiden
    |och laddar)|laddade (?:inte|aldrig)|stänger sig|stängde sig|stängs ner|stängdes ner
    |stänger ner sig|loggar ut mig|loggades ut|loggas ut|kastas ut|slängs ut|laddar om)\b
technical: logga in (topic)
    \blogga (?:in|på)\b|\binloggning\w*|\blösenord\w*|\b(?:kund|användar|medlems)konto\w*
    |\b(?:skapa|mitt|ett|ditt|nytt|skapat) konto\b|\bregistrera\w*
technical: kunde inte logga in
    \b(?:kunde|kan|gick|går) (?:inte|ej) (?:att )?(?:\w+ )?(?:logga (?:in|på)|skapa (?:ett )?konto
    |registrera\w*|återställa lösenord\w*)
technical: blank sida
    \b(?:vit|blank|tom) (?:sida|skärm)\b|\bkom inte vidare\b|\bgick inte att\b
    |\blät (?:sidan )?mig inte\b|\bkommer inte vidare\b|\bgår inte att (?:klicka|trycka|välja
    |gå vidare|fortsätta)\b
technical: ogiltig
    \bogiltig\w*|\bnollställ\w*|\brensades\b|\b(?:godtas|godtogs|accepteras|accepterades
    |godkänns|godkändes|tas emot|togs emot) (?:inte|ej|aldrig)\b|\bblev röd\w*|\bblir rö(?:d|tt)\b
    |\b(?:lyser|blinkar) rö(?:d|tt)\b|\bröd (?:text|ram)\b
technical: fel postnummer
    \b(?:postnummer|postnr|adressfält\w*|fält\w*|rabattkod\w*|koden) ~~ \b(?:fel|ogiltig\w*
    |inte giltig|fungera\w* (?:inte|ej)|funka\w* (?:inte|ej)|gick inte|går inte|(?:inte|ej)
    \s(?:\w+ )?(?:var |är )?giltig\w*|(?:inte|ej) (?:\w+ )?gäll\w*|gått ut|gick ut|utgång\w*)
technical: captcha
    \b(?:re)?captcha\w*|\bjag (?:är|var) inte (?:en )?robot\b|\b(?:att|om) jag inte (?:är
    |var) (?:en )?robot\b
technical: försvann
    \b(?:\w*alternativ\w*|\w*knapp\w*|varor(?:na)?|varukorg\w*|fält\w*|val(?:en)?|adress\w*
    |uppgift\w*|text\w*|postnummer\w*|det jag skrev\w*) ~~ \b(?:försvann
    |försvinner|försvunn\w*|syns inte|syntes inte|(?:blev|blir|är|var|förblev|förblir|stod|står)
    \s(?:\w+ )?grå\w*|gråad\w*|utgråad\w*)
technical: fick ett fel
    \b(?:fick|får|kom) (?:\w+ ){0,3}fel\w*|\bfel\w* (?:kod )?[45]0\d\b|\böppnas inte\b
    |\bgick inte att öppna\b|\bladdade (?:bara )?och laddade\b|\b404\b
    |\b(?:fel|error|felkod|kod|http|status)\W{0,3}50[023]\b
technical: tekniskt fel
    \bfelmeddelande\w*|\berror\w*|\btekniskt?\b|\bbugg\w*|\bfelkod\w*
technical: kunde inte klicka
    \b(?:kunde|kan) (?:inte|ej) (?:\w+ )?(?:klicka|trycka|välja|lägga|fylla|ta bort|radera|öka
    |minska
    |skriva|ändra|gå vidare|scrolla|skrolla|bläddra|zooma|stänga|komma åt)\b
technical: fungerade inte
    \b(?:fungera\w*|funka\w*) (?:inte|ej)\b(?! för (?:mig|oss))|\bslutade (?:fungera|funka)\b
technical: inget hände
    \bhände (?:ingenting|inget)\b|\binget hände\b|\bhänder (?:ingenting|inget)\b|\binget händer\b
    |\bingenting händer\b|\bingenting hände\b
changed_mind: har redan hemma
    \bredan har (?:\w+ ){0,3}hemma\b|\bhar (?:ju )?redan (?:\w+ ){0,3}hemma\b
changed_mind: ångrat mig
    \b(?:ångra[rt]?|ångrade|ändrat mig|ändrade mig|bestämt mig för att (?:inte|vänta|avstå)
    |andra tankar|tänkt om|tänkte om|kommit på andra|avstår|avstått|skippar det|struntar i det
    |låter bli|lägger ner det)
changed_mind: valt något annat
    \bval(?:t|de) (?:en|ett|något) (?:\w+ )?(?:annan|annat)\b
changed_mind: löst det på annat sätt
    \blöst det på (?:ett )?annat (?:sätt|håll|vis)\b|\binte (?:\w+ ){1,5}ändå\b|\bdet löste sig\b
changed_mind: en liknande
    \b(?:köpt|köpte|hittat|hittade|fick|tagit|lånat|lånade) (?:en|ett|något) (?:\w+ )?liknande\b
    |\bbara nyfiken\b|\bhar redan (?:en|ett|två|för många)\b
changed_mind: köpt något annat
    \b(?:köpt|köpte) (?:något|en|ett) (?:\w+ )?(?:annat|annan|begagnad\w*)\b|\bavvaktar\b
    |\bväntar med det\b
changed_mind: hittat något annat
    \bhitta(?:t|de) (?:något|en|ett) (?:annat|annan)\b
changed_mind: ni kan tömma varukorgen
    \b(?:ni|du) (?:får|kan) (?:gärna |bara |lugnt )?(?:tömma|radera|ta bort) (?:\w+ )?varukorg\w*
changed_mind: tagit med hem
    \b(?:tog|tagit|ta) (?:\w+ ){0,4}med (?:mig )?hem\b(?! (?:\w+ ){0,3}från (?:ombud\w*
    |postombud\w*|paketautomat\w*|utlämningsställe\w*))
changed_mind: köpt någon annanstans
    \b(?:köpt|köpte|handlat|handlade|beställt|beställde|hittade|hittat|fixade|fixat)\b ~ \b(?:
    (?:någon )?annanstans|någon annan stans|på annat håll|hos (?:en|ett) (?:annan|annat)
    |i (?:(?:en|ett|den|det) )?(?:\w+ )?(?:butik\w*|affär\w*|varuhus\w*)|lokalt|på stan|på blocket
    |på tradera|på loppis|second ?hand|begagnad\w*|istället|i stället)
changed_mind: köpt på annat ställe
    \b(?:köpt|köpte|handlat|handlade|beställt
    |beställde)\b[^.!?\n]{0,30}\b(?:på (?:ett )?annat ställe|i en annan|hos en annan)\b|\b(?:har
    |hade) redan (?:köpt|beställt|fått)\b
changed_mind: behöver den inte
    \b(?:inte|inget)\s+(?:längre\s+)?behov\b
    |\bbehöver (?:den\s|dem\s|det\s|egentligen\s|nog\s|ju\s)?inte\b(?! (?:\w+ )?(?:påminna|skicka
    |mejla|maila|höra
    |kontakta|ringa|svara|oroa))
    |\bbehöver (?:\w+ ){0,3}(?:inte|ingen|inget) (?:\w+ ){0,2}längre\b|\bbehövs (?:inte|ej)\b
    |\binte (?:längre )?aktuell\w*|\b(?:blev|är) inställd\w*|\bför sent nu\b
changed_mind: behöver den (absent)
    \bbehöv\w* (?:den|dem|det|en|någon|något)\b
changed_mind: tittade bara
    \b(?:bara|endast)\s+(?:tittade|titta\w*|kolla\w*|spana\w*|jämför\w*)\b|\btittade bara\b
    |\bkollade bara\b
changed_mind: fått den i present
    \b(?:fick|fått) (?:den|det|dem|en|ett) (?:\w+ )?i (?:present|julklapp|födelsedagspresent)\b
    |\b(?:vill|ska) (?:hellre|nog) vänta\b
changed_mind: inte intresserad
    \binte (?:längre )?intresserad\b(?! av (?:\w+ )?(?:fler |mer |era |nya )?(?:erbjudande\w*
    |mejl\w*|mail\w*|utskick\w*|nyhetsbrev\w*|reklam\w*|påminnelse\w*))
price: mycket pengar
    \bför mycket pengar\b|\bmycket pengar för\b|\bslänga (?:\w+ )?pengar\b|\binte lönt\b
    |\binte lönar sig\b|\bdet lönar sig inte\b|\bkostar för mycket\b
price: inväntar rean
    \b(?:in)?vänta\w* (?:\w+ ){0,4}(?:rea|rean|realisation\w*|black friday|cyber monday
    |mellandagsrea\w*|kampanj\w*|prissänkning\w*|löning\w* och rea)\b
payment: dela upp betalningen (topic)
    \bdela upp (?:\w+ )?(?:betalning\w*|summan|köpet|kostnaden)|\bbetala (?:i|på) (?:delar
    |avbetalning)
    |\bräntefri\w*|\bbetala (?:\w+ )?senare\b
delivery: när är den framme
    \bnär\b ~ \b(?:framme|hos mig|levererad|skickad)\b
delivery: framme
    \bräkna med (?:\w+ ){0,3}(?:paket\w*
    |leverans\w*|framme|fram)\b|\bleveransdatum\w*
changed_mind: avstår
    \bbestämt (?:mig|oss) för att (?:inte|vänta|avstå|strunta|skippa)|\bavstå\w*
    |\b(?:köpte|köpt|beställde|handlade) (?:\w+ ){0,2}till slut\b|\btill slut (?:köpte|blev det)\b
    |\b(?:köpte|köpt|handlade|beställde|hittade) (?:\w+ ){0,3}(?:på|hos|från|i) (?:elgiganten
    |mediamarkt|media markt|clas ohlson|ikea|amazon|zalando|jula|biltema|åhléns|h&m|stadium|xxl
    |power|netonnet|webhallen|komplett|cdon|ica|coop|lidl|rusta|stockmann|gigantti|prisma)\b
price: tycker inte att det är värt
    \binte (?:\w+ ){0,4}(?:pris)?vär(?:t|d|da)\b(?! det\b)|\binte (?:\w+ ){0,3}prisvärd\w*
trust: tror inte att ni är seriösa
    \b(?:tror|tycker|känns|verkar|upplever) (?:jag |det |ni )?(?:inte|ej) (?:\w+ ){0,5}(?:seriös\w*
    |pålitlig\w*|trygg\w*|trovärdig\w*|legitim\w*|legit|säker\w*)
delivery: långsam leverans
    \b(?:långsam\w*|dröj\w*|försen\w*) ~~ \b(?:leverans\w*|frakt\w*|paket\w*|post\w*|skick\w*|kommer
    |fram|levere\w*)
delivery: tar veckor
    \btar (?:\w+ ){0,3}(?:veckor|veckan|vecka|dagar|månad\w*) (?:innan|att|för|tills)\b
delivery: måste ha den på lördag
    \b(?:måste|behöver|vill) ha (?:den|dem|det|paketet|varan|varorna) (?:\w+ ){0,2}(?:på|till|innan
    |före|senast|tills) (?:\w+ )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|helgen|jul\w*
    |midsommar\w*|påsk\w*|nyår(?:et|s\w*)?\b|\d)
price: för saftigt
    \b(?:för|lite för|alldeles för|väl|rätt|ganska|lite väl) (?:saftig\w*|salt\w*|mastig\w*|högt
    |höga|stor summa|tilltag\w*)\b
price: sänk priset
    \b(?:sänk\w*|sänka) (?:\w+ ){0,2}pris\w*|\bpruta\w*|\bbättre pris\w*
    |\bpris\w* (?:\w+ ){0,2}(?:sänk\w*
    |lägre)\b|\blite billigare\b
technical: vägrar
    \bvägra\w*|\btar (?:inte|ej) emot\b|\blåste sig\b|\blåser sig\b|\bhängde upp sig\b
    |\bhänger upp sig\b|\bi evigheter\b|\bevighetsladd\w*|\bseg(?:t|a)? (?:och|att)\b
    |\b(?:sidan|appen|kassan|hemsidan|sajten) är (?:så |väldigt |jätte|super)?(?:seg|långsam)\w*
trust: allabolag (absent)
    \b(?:allabolag|bolagsverket|ratsit|merinfo|hitta\.se|kaupparekisteri\w*|ytj)\b
trust: kopia av en annan butik
    \bkopia av\b|\bkopierad\w*|\bklonad\w*|\bnätfiske\w*|\bphishing\b|\bbluffsida\w*|\bfejksida\w*
    |\b(?:sidan|hemsidan|anslutningen|sajten|butiken) (?:\w+ )?(?:inte|ej) (?:är |var |verkar\s
    |kändes |känns )?säker\b|\b(?:inte säker|osäker) (?:sida|anslutning)\b
trust: varning i webbläsaren
    \bvarning\w* ~~ \b(?:webbläsare\w*|certifikat\w*|säker\w*|sidan|chrome|safari|googla\w*
    |google\w*|sökte
    |nätet)
changed_mind: klarar mig utan
    \bklarar (?:mig|oss) (?:\w+ )?utan\b|\bkan vara utan\b|\b(?:är|var) redan (?:köpt|beställd|fixad
    |ordnad)\w*
price: utan åäö
    \bfor (?:dyr\w*|mycket|hogt|hog)\b|\bhogt pris\w*|\bpris\w* (?:\w+ ){0,3}hog\w*|\bdyrast\w*
    |\binte (?:\w+ ){0,3}vart (?:pengarna|priset|det)\b|\bhar inte rad\b
technical: utan åäö
    \bgar inte att\b|\b(?:fungerar|funkar|funkade|fungerade) (?:inte|ej)\b(?! för (?:mig|oss))
    |\bhander (?:inget
    |ingenting)\b
    |\b(?:inget|ingenting) hander\b|\bhande (?:inget|ingenting)\b|\bkom inte vidare\b
    |\bfelmeddelande\w*|\b(?:gör|gor) (?:ingenting|inget|inte något|inte nagot)\b
    |\bvit (?:ruta|skärm|skarm|sida)\b|\btom (?:ruta|skärm|skarm)\b
trust: utan åäö
    \b(?:verkar|kanns|kändes|kandes) (?:inte|ej) (?:\w+ ){0,2}(?:palitlig\w*|seriös\w*|serios\w*
    |trygg\w*|sakert|sakra)\b|\bbedrag\w*|\bhur (?:kan|ska) jag veta\b|\bhur vet (?:jag
    |man) (?:att|om)\b
payment: fick inte godkänt
    \b(?:fick|får|gick) (?:inte|ej|aldrig) (?:\w+ ){0,3}(?:godkän\w*|godkan\w*|igenom)\b
delivery: utan åäö
    \bnar (?:kommer|far jag|skickas|levereras|kan jag fa)\b|\bhur lang tid\b|\bleveranstid\w*
price: returavgift
    \btar (?:\w+ )?betalt för (?:\w+ ){0,2}(?:retur\w*|frakt\w*|byte\w*)|\breturavgift\w*
    |\breturfrakt\w*
    |\bavgift för (?:\w+ )?retur\w*
technical: något gick fel
    \bnågot (?:gick|har gått|blev) fel\b|\bförsök (?:igen|senare)\b|\bnagot gick fel\b
trust: vågar
    \bvåga(?:r|de)? (?:inte|ej)\b|\bom jag (?:\w+ )?(?:vågar|törs)\b|\bvilka ni är\b|\bvem ni är\b
    |\bser ut som (?:\w+ )?(?:spam|skräppost|bluff\w*|nätfiske|phishing)\b|\bär det (?:verkligen
    |ens)
    \s(?:ni|från er)\b
trust: läste recensionerna
    \b(?:läste|läst|kollade|kikade på) (?:\w+ ){0,2}(?:recensionerna|omdömena)\b
trust: lågt betyg
    \b(?:betyg\w*|\w*omdöme\w*|recension\w*|trustpilot\w*|stjärnor) ~~ \b(?:låg\w*|dålig\w*|usel\w*
    |negativ\w*|en stjärna|1 stjärna|katastrof\w*)
payment: betala på plats (topic)
    \bbetala (?:\w+ )?(?:med kort|kontant\w*|på plats|i butik\w*|vid leverans|mot postförskott)\b
    |\bpostförskott\w*|\bkontant\w*
delivery: fraktar ni
    \b(?:fraktar|skeppar|postar) ni\b|\bleverera till (?:mitt|min|ett|en) \w+
changed_mind: köper hellre begagnat
    \b(?:köper|handlar|tar) (?:\w+ )?hellre (?:\w+ )?(?:begagnat|second ?hand|lokalt|i butik\w*
    |i affär\w*|något annat)\b|\bhellre begagnat\b
price: chockad över priset
    \b(?:chock\w*|förvånad|överraskad|häpen|förskräckt) (?:\w+ ){0,3}(?:\w*pris\w*|summa\w*|frakt\w*
    |total\w*|belopp\w*)|\bför mycket för (?:mig|oss|min plånbok)\b|\bdubbelt så (?:mycket|dyr\w*)\b
    |\bdubbla priset\b|\b\d+ (?:\w+ )?(?:är|var) (?:för mycket|för dyrt|lite mycket|mycket pengar)
technical: tillbaka till startsidan
    \b(?:kasta\w*|skicka\w*|slänga\w*|hamna\w*|kom|åkte) (?:\w+ ){0,2}tillbaka till (?:start\w*
    |första\w*
    |varukorg\w*|hem\w*|kassan)
trust: är ni verkligen ett företag
    \bär ni (?:\w+ )?(?:verkligen|ens|på riktigt) (?:\w+ ){0,2}(?:företag|butik\w*|svensk\w*
    |finländsk\w*
    |finsk\w*)\b
delivery: skickas den idag (topic)
    \bskickas\b|\bavgår\b|\bsamma dag\b
payment: bankdosa
    \b(?:bankdosa\w*|säkerhetsdosa\w*|mobilt bankid)|\b(?:kunde|kan|gick) (?:inte
    |ej) (?:att )?(?:\w+ )?(?:verifiera
    |bekräfta|identifiera|signera) (?:\w+ )?(?:betalning\w*|köpet|mig|kortet)
changed_mind: hittat en bättre
    \bhitta(?:t|de) (?:en|ett|något) (?:\w+ )?(?:bättre|snyggare|finare|annan|annat|lämpligare)\b
    |\bimpuls\w*|\bhetsköp\w*|\bförhastad\w*
price: kan inte lägga 2000 på
    \b(?:kan|vill|kunde|ville) (?:inte|ej) (?:\w+ )?(?:lägga|spendera|betala|lägga ut|punga ut)
    \s(?:\w+ )?(?:\d+|så mycket|så mkt)|\b(?:lägga|spendera|lägga ut) (?:\w+ ){0,2}(?:så mycket
    |\d+ ?(?:kr|kronor|euro|€|:-)?) på\b
technical: sidan är tom
    \b\w*sida\w* (?:är|var|blir|blev) (?:\w+ )?(?:tom|blank|vit)\b
trust: något stämmer inte
    \bnågot (?:som )?(?:inte|ej) stämmer\b|\bnågot skumt\b|\bkändes fel\b|\bfel känsla\b
    |\bdålig känsla\b|\bnagot stammer inte\b
delivery: hemkörd
    \bhemkörd\w*|\bhemskick\w*|\blevererad hem\b|\btill dörren\b
payment: pengarna drogs
    \b(?:pengarna|betalning\w*|beloppet|summan) (?:\w+ ){0,2}(?:drogs|dragits|reserverades
    |reserver\w*|dragna)\b
    |\bdrogs (?:\w+ )?(?:pengar|från (?:mitt )?kontot)\b
    |\bdubbeldrag\w*
price: matcha priset
    \bmatchar ni\b|\bmatcha (?:\w+ )?(?:priset|det priset)\b|\bsamma pris som\b
changed_mind: hos en konkurrent
    \b(?:köp\w*|handla\w*|beställ\w*|hittade|hittat|tog|tagit) (?:\w+ ){0,5}(?:hos|från
    |av) (?:\w+ )?konkurrent\w*
price: orkar inte betala så mycket
    \b(?:orkar|vill|tänker|tänkte) (?:inte|ej) (?:\w+ )?(?:betala|lägga
    |punga ut) (?:\w+ )?(?:så mycket
    |så mkt|\d+|för frakt\w*|extra)|\bpris\w* (?:\w+ ){0,2}(?:gått upp|ökat|höjts|stigit|höjd)\b
    |\bhöjt priset\b
technical: totalen ändrades inte
    \b(?:total\w*|summa\w*|pris\w*|slutsumm\w*|rabatt\w*) (?:\w+ ){0,2}(?:ändrades|ändras
    |uppdaterades|uppdateras|drogs|minskade|syntes|syns|dras) (?:inte|ej|aldrig)\b
changed_mind: fick en av min syster
    \bfick (?:en|ett|den|det|dem|några) (?:\w+ )?(?:av|från) (?:min|mitt|mina|en|ett|vår|våra) \w+
trust: hört att ni inte skickar
    \b(?:hört|läst|sett|hörde|läste|såg) (?:\w+ ){0,3}(?:att|om) (?:\w+ ){0,3}(?:inte skickar
    |aldrig skickar|inte levererar|aldrig levererar|aldrig kommer|aldrig får|inte får|bluff\w*
    |lurar)
technical: timear ut
    \btimea\w*|\btime-?out\w*|\btajma\w* ut\b|\btidsgräns\w*
price: tills priset sjunker
    \b(?:tills|till|att|när) (?:\w+ )?pris\w* (?:\w+ )?(?:sjunker|sänks|går ner|blir lägre)\b
price: inte för det priset
    \binte (?:för|till) (?:det|detta|det här|den|ett sånt) (?:priset|pris\w*)\b|\b(?:om
    |ifall) (?:\w+ ){0,2}(?:frakt\w*
    |leverans\w*|priset) (?:\w+ ){0,2}(?:varit |vore |hade varit |var )?(?:gratis|billigare|lägre
    |fri)\b
technical: laddar aldrig
    \b(?:laddar|laddas|laddade|laddades) (?:aldrig|inte)\b|\b(?:knapp\w*
    |\w*knappen) (?:\w+ )?(?:är|var) död\b
payment: betala i efterhand (topic)
    \bbetala (?:\w+ )?i efterhand\b|\bbetala (?:\w+ )?(?:efter|när) (?:jag fått|leverans)
changed_mind: köpte redan
    \b(?:köpte|köpt|beställde|fixade|ordnade) (?:\w+ )?redan\b|\bredan (?:köpt|köpte|beställt
    |fixat|ordnat)\b
technical: fastnar
    \bfastna\w* (?:på|i|vid) (?:\w+ )?(?:\w*steg\w*|\w*sida\w*|\w*sidan|kassan|betalning\w*
    |adress\w*
    |inloggning\w*|formulär\w*)|\b(?:kommer|kom|går) inte (?:att komma )?förbi\b
    |\b(?:sidan|systemet|kassan|appen) (?:säger|påstår|visar|sa|sade|påstod|visade|hävdade|hävdar)
    \s(?:\w+ ){0,7}(?:fast|trots att)\b
trust: stockbilder
    \bstockbild\w*|\bbildbank\w*
trust: riktiga bilder (absent)
    \b(?:riktiga|verkliga|egna) (?:produkt)?bilder\b
delivery: brevbäraren (topic)
    \bbrevbärare\w*|\bpostbud\w*|\bhämta (?:det|den) själv\b|\bhämta det\b
payment: betala med presentkort (topic)
    \bbetala (?:\w+ )?(?:med )?(?:presentkort|gåvokort)\w*
changed_mind: behovet har försvunnit
    \bbehovet (?:\w+ )?(?:försvunnit|försvann|är borta|finns inte|har gått över)
technical: laddningssnurra
    \bladdningssnurr\w*|\bevig\w* (?:\w+ )?ladd\w*|\buppdatering\w* (?:\w+ ){0,2}(?:misslycka\w*
    |fungera\w* inte|gick inte|funkar inte)
trust: lämna ut personnummer
    \b(?:vill|vågar|törs|ville|vågade) (?:inte|ej) (?:\w+ )?(?:lämna ut|ge ut|lämna
    |ge) (?:\w+ ){0,2}(?:
    personnummer\w*|kortnummer\w*|kortuppgifter\w*|personuppgifter\w*)
delivery: vid dörren (topic)
    \bvid dörren\b|\butanför dörren\b|\blämna paketet\b
payment: kortet har gått ut
    \bkort\w* (?:\w+ ){0,2}(?:har gått ut|gått ut|är utgånget|utgånget)\b
technical: hoppar upp
    \bhoppar (?:\w+ ){0,2}(?:upp|till toppen|tillbaka)\b|\bväljer om\b
trust: returadress (absent)
    \b(?:vart|hur|var) (?:jag |man )?(?:ska |kan |skulle |bör )?(?:skicka tillbaka|returnera
    |returnerar
    |lämna tillbaka)\b|\breturinformation\w*|\breturvillkor\w*|\breturadress\w*
    |\bvem (?:jag |man )?(?:ska|kan|bör) (?:kontakta|vända mig till|ringa)\b
delivery: vänta två veckor
    \b(?:(?:inte|ej) (?:\w+ ){0,3})?vänta (?:\w+ ){0,2}(?:veckor|vecka|dagar|månad\w*)\b
changed_mind: klarar mig med den gamla
    \bklara\w* (?:mig|oss) med (?:den|min|mina|de|vår) gaml\w*|\bnöjer mig med\b
technical: får inte upp sidan
    \b(?:får|fick) (?:inte|ej|aldrig) upp\b|\bsession\w* (?:\w+ )?(?:expired|gick ut|har gått ut
    |löpte ut)
changed_mind: ingen användning
    \b(?:inte|ingen) (?:\w+ ){0,2}användning\b
price: matcha priset
    \bmatcha\w* (?:\w+ )?pris\w*|\bprismatch\w*|\bprisgaranti\w*|\bligger (?:\w+ )?\d+ ?(?:kr
    |kronor|:-|euro|€)? över\b
trust: riktig butik (absent)
    \briktig(?:t)? (?:butik|webbshop|företag|nätbutik)\b
delivery: tar det 14 dagar
    \btar (?:det |leveransen |frakten )?(?:verkligen |hela |faktiskt )?\d+ (?:dagar|veckor
    |arbetsdagar)\b
trust: läst om folk som aldrig fått
    \b(?:hört|läst|sett|såg|läste|hörde) (?:\w+ ){0,3}(?:att|om) (?:\w+ ){0,4}(?:aldrig
    |inte) (?:fått|får|fick)\b
trust: finns ni på trustpilot
    \b(?:finns|är) ni\b[^.!?\n]{0,30}\b(?:trustpilot\w*|prisjakt|reco\.se)
changed_mind: paus från shopping
    \bpaus från (?:shopping|shoppandet|att handla|köp\w*)|\bköpstopp\w*|\bshoppingstopp\w*
other: sluta mejla mig
    \b(?:sluta|slutar|sluta upp med att|upphör med att|lägg av med att|kan ni sluta)
    \s(?:\w+ ){0,3}(?:skicka|mejla|maila|spamma|påminna|tjata|höra av er|kontakta|ringa|sms|messa)
    |\bavregistrer\w*|\bavanmäl\w*|\bavprenumerer\w*|\bavsluta (?:\w+ )?prenumeration\w*
    |\bunsubscribe\b|\bta bort mig (?:\w+ ){0,2}(?:från|ur)\b|\b(?:mejl|mail|e-?post
    |utskicks)listan?\b
    |\bnyhetsbrev\w*
other: för många påminnelser
    \b(?:för många|så många|massa|så mycket|en massa|tusen|hur många|så här många|flera)
    \s(?:\w+ )?(?:mejl\w*|mail\w*|e-?post\w*|påminnelse\w*|utskick\w*|sms\w*|meddelanden)
    |\b(?:vill|ville|behöver|önskar) (?:inte|ej|inga) (?:\w+ ){0,2}(?:fler|mer|flera
    |några)?\s?(?:mejl\w*
    |mail\w*|e-?post\w*|påminnelse\w*|utskick\w*|sms\w*)
    |\bvarför (?:\w+ ){0,2}(?:skickar|mejlar|mailar|spammar|tjatar|påminner|hör) ni\b
    |\btjat\w*|\bspamma\w*|\bspammig\w*|\bjobbig\w* med (?:alla )?(?:mejl
    |mail|påminnelse)\w*|\b(?:tredje|fjärde|femte) (?:\w+ )?(?:mejlet|mailet|påminnelsen
    |gången)\b
other: väntar på lönen (topic)
    \b(?:får|fick|fått|kommer) (?:\w+ )?(?:lön|betalt)\b|\b(?:lönen|löningen|lönedag\w*|löning\w*
    |lönehelg\w*|nästa lön|när lön\w* kommer)\b
other: återkommer senare (weak)
    \båterkommer\b|\bhör av mig\b|\bkommer tillbaka (?:\w+ )?(?:senare|sen|längre fram|snart
    |i \w+)\b
    |\b(?:beställer|handlar|köper|slår till) (?:\w+ ){0,2}(?:senare|sen|längre fram|lite senare
    |nästa vecka|nästa månad|efter helgen)\b|\b(?:slår|slå) till (?:sen|senare|då)\b
other: på semester (topic)
    \bpå (?:\w+ )?semester\b|\bsemestrar\b|\bbortrest\w*|\bpå resande fot\b|\bpå (?:\w+ )?resa\b
    |\bpå (?:\w+ )?(?:affärsresa|tjänsteresa|turné)\b|\binte hemma (?:\w+ )?(?:just nu|förrän|på)\b
other: personliga nyheter (topic)
    \b(?:fått|fick|ska få|väntar) (?:\w+ )?(?:barn|bebis|tvillingar|en liten)\b|\bnyfödd\w*
    |\bföräldraledig\w*|\bmitt i en flytt\b|\bhåller på (?:att|och) flytta\b|\bligger på sjukhus\w*
    |\bvarit sjuk\b|\bär sjuk\b|\bförlovad\w*|\bgifte (?:mig|oss)\b
changed_mind: bara tittat runt
    \b(?:tittade|tittat|titta|kikade|kikat|kika|kollade|kollat|kolla|spanade|surfade|surfat
    |bläddrade|scrollade|botaniserade|strosade) (?:\w+ ){0,2}(?:runt|omkring)\b
    |\bfönstershopp\w*|\b(?:mest|bara) (?:\w+ )?(?:kikade|kikat|surfade|bläddrade|drömde|sparade)\b
    |\b(?:aldrig|inte) (?:\w+ )?(?:tänkt|tänkte|planerat|planerade|menat|menade|ämnat|ämnade
    |tänkt mig|haft tänkt)\s(?:att )?(?:\w+ )?(?:köpa|handla|beställa|slå till)\b
    |\bav nyfikenhet\b|\bför skojs skull\b|\bönskelista\w*
changed_mind: pratade bort mig själv
    \bpratade (?:\w+ )?(?:bort|omkull|ur) (?:mig|oss)\b|\btalade (?:\w+ )?(?:bort|ur) mig\b
    |\bövertalade mig (?:\w+ )?(?:själv )?(?:att (?:inte|låta)|från)\b|\btänkt efter\b
    |\btänkte efter\b
    |\bsov(?:it)? på (?:saken|det)\b|\b(?:kom fram till|insåg) (?:att )?(?:\w+ ){0,3}(?:inte|ingen
    |inget
    |klara\w*|utan)\b|\bfick kalla fötter\b|\bbacka\w* ur\b|\bdet blir (?:inget|inte nåt
    |inte något)\b
    |\bblir inget (?:köp|av)\b|\bstryker (?:den|det|dem)\b|\bprioritera\w* om\b
changed_mind: den gamla duger
    \b(?:den|det|de|min|mitt|mina|vår|våra) (?:gamla|nuvarande|gammla) (?:\w+ )?(?:duger|räcker
    |håller|funkar|fungerar|får duga|gör jobbet|går bra)\b|\bduger (?:\w+ ){0,3}(?:ett tag|ett år
    |ett tag till|än|fortfarande|ett par år)\b|\bfår duga\b
    |\bfunkar (?:ju |nog |faktiskt )?fortfarande\b
    |\bfungerar (?:ju |nog |faktiskt )?fortfarande\b
changed_mind: vuxit ur
    \b(?:vuxit|växt|växer|växte) (?:\w+ )?(?:ur|ifrån)\b|\bslutat med\b|\bär (?:redan )?över nu\b
    |\b(?:ärvde|ärvt|fått ärva|fick ärva|fick låna|fått låna)\b|\bfick tag (?:på|i) (?:\w+ )?(?:en
    |ett)\b
trust: kändes konstigt
    \b(?:kändes|känns|kännas|verkade|verkar)
    \s(?:\w+ ){0,3}(?:konstig\w*|märklig\w*|off|udda|skumm?\w*|knasig\w*|sunkig\w*|amatörmässig\w*
    |oproffsig\w*|billigt gjord|ihopslängd\w*|ihopsnickrad\w*|hafsig\w*|tvivelaktig\w*|mysko
    |lurig\w*)\b
    |\b(?:såg|ser) (?:\w+ ){0,2}(?:skum\w*|oproffsig\w*|amatörmässig\w*|tvivelaktig\w*|sunkig\w*
    |mysko) ut\b|\bihopslängd\w*|\boproffsig\w*|\bamatörmässig\w*|\bmysko\b|\bmagkänsla\w*
    |\bonda aning\w*
    |\b(?:fick|får) (?:\w+ )?(?:en )?(?:dålig|konstig|skum|olustig) (?:\w+ )?(?:känsla|vibb\w*)\b
trust: vem ligger bakom (absent)
    \b(?:vem|vilka) (?:som )?(?:står|ligger|finns|är|sitter|döljer sig) bakom\b
    |\bvem (?:som )?(?:driver
    |äger)\b
trust: aldrig hört namnet
    \baldrig (?:\w+ )?(?:hört|sett|stött på|hade hört|läst om) (?:\w+ ){0,2}(?:namnet|er|butiken
    |företaget|märket|sidan|sajten)\b|\bkänner inte (?:igen|till) (?:\w+ )?(?:namnet|märket)\b
    |\bingen (?:jag känner )?(?:har )?(?:hört|handlat)\b|\bingen aning (?:\w+ ){0,2}(?:vilka|vem)\b
    |\bstulna bilder\b|\blånade bilder\b|\bbilder (?:\w+ ){0,2}(?:stulna|lånade|kopierade)\b
technical: det hände inte ett dugg
    \bhände (?:inte|aldrig) (?:\w+ )?(?:dugg|något|nåt|nånting|någonting)\b|\bhänder (?:inte|aldrig)
    \s(?:\w+ )?(?:dugg|något|nåt|nånting|någonting)\b|\b(?:gör|gjorde) (?:inte|ingenting
    |inget) (?:\w+ )?(?:ett
    \s)?(?:dugg|nåt|nånting)\b|\bklickade och klickade\b|\btryckte och tryckte\b
technical: sidan dog
    \b(?:\w*sida\w*|sidan|appen|kassan|sajten|webbläsare\w*|knapp\w*|varukorg\w*|bild\w*|skärm\w*)
    \s(?:\w+ ){0,3}(?:dog|dör|la av|lade av|pajade|pajar|gick sönder|svartnade|ballade ur|spårade ur
    |slocknade|blev svart|blev konstig|hoppade|hoppar|flimrade|flimrar|studsade|vägrade)\b
    |\bmarkör\w*|\bhoppa\w* (?:\w+ ){0,2}ur (?:\w+ )?(?:rutan|fältet)\b
technical: fick aldrig koden
    \b(?:fick|får|kom|kommer) (?:aldrig|inte|inget|ingen|ej) (?:\w+ ){0,2}(?:sms\w*|(?:sms-?
    |verifierings|engångs|inloggnings|bekräftelse|säkerhets)?kod(?:en)?\b
    |verifieringskod\w*|engångskod\w*|bekräftelsemejl\w*|aktiveringslänk\w*|inloggningslänk\w*
    |aktiveringsmejl\w*)|\bkom(?:mer)? (?:inte|aldrig|ej) in\b(?! i (?:\w+ )?(?:lager|storlek\w*))
    |\bkom (?:inte|aldrig|ej) åt\b
price: i mesta laget
    \bi mesta laget\b|\b(?:lite|väl|rätt|lite väl) mycket (?:\w+ )?(?:för|pengar|kr|kronor|spänn)\b
    |\b\d+ ?(?:spänn|papp|lax|kronor|kr|:-) (?:\w+ ){0,4}(?:för mycket|för dyrt|i överkant
    |lite mycket
    |väl mycket|i mesta laget|mycket pengar)|\b(?:(?:kan|kunde) (?:inte|ej) (?:\w+ )?)?(?:motivera
    |försvara|rättfärdiga) (?:\w+ ){0,2}\d+
    |\bpengar jag inte har\b|\bhar inte pengar\b|\bpengarna räcker inte\b
    |\bhar inte (?:\w+ )?(?:råd|pengar)\b
    |\bsnål just nu\b|\bpank\b|\bpanka\b|\bsparar (?:på|pengar)\b
delivery: hinner ni
    \bhinner (?:ni|den|det|paketet|de|varan)\b|\b(?:behöver|behöva|måste ha|vill ha|behövde)
    \s(?:den|dem|det|paketet|varan|varorna) (?:\w+ ){0,1}(?:till|före|innan|senast|på)
    \s(?:\w+ ){0,2}(?:skolavslutning\w*|studenten|examen|dop\w*|konfirmation\w*|kalas\w*|fest\w*
    |bröllop\w*|jul\w*|midsommar\w*|resa\w*|födelsedag\w*|måndag|tisdag|onsdag|torsdag|fredag|lördag
    |söndag|helgen|nästa vecka)\b
changed_mind: för att se vad det landar på
    \b(?:för att|ville|bara|mest) (?:\w+ ){0,2}(?:se|kolla|kika|få veta) (?:\w+ ){0,2}(?:vad
    |hur mycket) (?:\w+ ){0,3}(?:landa\w*
    |kosta\w*|bli|blir|hamna\w*|gå på|går på)\b|\b(?:inte|aldrig) (?:\w+ ){0,2}(?:på allvar|seriöst
    |allvarligt menat)\b|\bredan (?:har|hade|äger|ägde) (?:\w+ )?(?:en|ett|två|sån|sånt|likadan\w*
    |liknande|sådan\w*)\b|\bhar (?:\w+ )?(?:en|ett) (?:sån|sånt|likadan|likadant|sådan
    |sådant) (?:\w+ )?redan\b
trust: hittar inget om er
    \b(?:kan|kunde|hittar|hittade|hitta) (?:inte|ej|inget|ingenting
    |inga) (?:hitta )?(?:\w+ ){0,2}om (?:er
    |företaget|butiken|sidan|ägaren|ägarna)\b
technical: formatet var fel
    \bformat\w* (?:\w+ ){0,3}(?:var |är |blev )?(?:fel|ogiltig\w*|felaktig\w*)\b|\b(?:ville
    |vill) (?:inte|ej)
    \s(?:ta emot|godta|acceptera|godkänna|spara|uppdatera\w*|öppna\w*|ladda\w*)\b
    |\b(?:\w*sida\w*|appen|app|kassan|sajten) (?:\w+ ){0,3}(?:stängs|stängdes|stänger|startar om
    |startade om|blinkar|blinkade)\b
technical: när sidan inte fungerar
    \b(?:inte|ej|aldrig) (?:ens |riktigt |längre |heller )?(?:fungera\w*|funka\w*|laddar|laddas
    |laddade
    |laddades|öppnas|öppnades|svarar|svarade|reagerar|reagerade)\b(?! för (?:mig|oss))
changed_mind: lagar den gamla istället
    \b(?:laga|lagar|reparera\w*|fixa|lappa|renovera|sy om|måla om) (?:\w+ ){0,2}(?:min|mitt|mina
    |den|det
    |vår|våra|de) (?:gamla|gammla|befintlig\w*|nuvarande|trasiga)\b|\bbestämt (?:mig|oss) för att
    \s(?:\w+ ){0,5}(?:istället|i stället)\b|\b(?:vänta|väntar|skjuta upp|skjuter upp|sköt upp
    |skjutit upp)
    \s(?:\w+ ){0,2}(?:med )?(?:renovering\w*|projekt\w*|bygge\w*|köket|badrummet|bröllop\w*|resan)\b
changed_mind: hon hittade en själv
    \b(?:hon|han|hen|de|dom) (?:har |hade )?(?:redan )?(?:hittat|köpt|fixat|fått|hittade|köpte
    |fixade
    |fick|ordnat|ordnade) (?:\w+ ){0,2}(?:själv|själva|redan|på egen hand|någon annanstans)\b
    |\b(?:frugan|frun|gubben|sambon|mannen|maken|tjejen|killen|partnern|mamma|pappa|chefen|fästmö\w*
    |pojkvän\w*|flickvän\w*|min fru|min man|familjen|ekonomiministern) (?:\w+ )?(?:sa|sade|säger
    |har sagt)
    \snej\b|\binte den här gången\b
other: ger inte upp
    \bger (?:ni |du )?(?:inte|aldrig) upp\b
trust: personnummer
    \b(?:vill|ville|tänker) (?:inte|ej) (?:\w+ ){0,6}personnummer\w*
    |\bvarför (?:\w+ ){0,5}personnummer\w*
trust: blev varnad
    \b(?:varnade|varnat|varnad|avrådde|avrått|avrådd)\b
trust: varningsklockor
    \bvarningsklock\w*|\blarmklock\w*|\borealistisk\w* (?:\w+ )?(?:billig\w*|låg\w*)
trust: för bra för att vara sant
    \bför bra för att vara sant\b|\bför billig\w* för att vara (?:sant|äkta|riktig\w*|seriös\w*)
    |\bmisstänkt (?:billig\w*|lågt)|\bstavfel\w*|\bkonstig\w* (?:\w+ )?(?:översättning\w*|svenska)
    |\bgoogle ?translate\w*|\bmaskinöversatt\w*|\b(?:dålig|knackig|konstig|usel) svenska\b
    |\b(?:känns|verkar|kändes|verkade|ser) (?:inte
    |ej) (?:\w+ ){0,2}(?:ut )?som (?:en |ett )?(?:svensk
    |riktig|seriös|äkta|finsk|finländsk|ordentlig)\w*
technical: laddar om samma sida
    \bladda\w* (?:\w+ ){0,3}(?:om igen|om och om|igen och igen|om sig)\b
    |\bsamma sida (?:\w+ ){0,2}(?:igen
    |om igen|hela tiden|gång på gång)\b|\b(?:ruta|rutan|popup\w*|pop-up\w*|fönster\w*|cookie\w*
    |banner\w*|chatt\w*) (?:\w+ ){0,4}(?:går inte att stänga|gick inte att stänga|täcker|täckte
    |ligger över|låg över|ligger i vägen|låg i vägen|i vägen)\b|\bgår inte att stänga\b
    |\b(?:konstiga|märkliga|obegripliga|kryptiska|massa) (?:\w+ )?(?:tecken|symboler|rutor)\b
    |\bteckensoppa\b
other: skatteåterbäring (topic)
    \bskatteåterbäring\w*|\bskatteåterbetalning\w*|\bbarnbidrag\w*|\bstudiemedl\w*|\bcsn\b
changed_mind: drömde bara
    \b(?:bara|mest) (?:\w+ )?(?:drömde|drömmer|fantiserade)\b|\bdrömde (?:\w+ )?(?:lite|bara)\b
    |\b(?:inte|aldrig) (?:\w+ ){0,2}på väg att (?:köpa|handla|beställa|slå till)\b|\b(?:fick|fått
    |får)
    \s(?:\w+ ){0,3}i (?:\w*present|julklapp|gåva)\b|\bingen (?:idé|mening) (?:med )?att (?:beställa
    |köpa
    |handla)\b|\b(?:har|hade) (?:inte|ingen) (?:\w+ ){0,2}plats (?:för|till)\b|\bfår inte plats\b
    |\bryms inte\b
trust: blev nervös
    \bblev (?:\w+ )?(?:nervös|orolig|tveksam|fundersam|misstänksam)\b|\bfick mig att tveka\b
technical: blev det bara vitt
    \bblev (?:\w+ ){0,2}(?:vitt?|svart|tomt?|blankt?)\b|\bbara (?:vitt|svart|tomt)\b
other: på landet utan internet (topic)
    \butan (?:internet|nät|wifi|wi-fi|täckning|uppkoppling)\b|\bär på (?:landet|landstället
    |sommarstället
    |fjället)\b
technical: slutat att fungera
    \b(?:slutat|slutar|slutade) (?:att )?(?:fungera|funka|svara|ladda|reagera)\b
payment: kortet ville inte
    \b(?:kort\w*|betalning\w*|swish\w*|klarna|bankid|transaktion\w*) ~ \bville (?:inte|ej)\b
changed_mind: för ivrig
    \b(?:för|lite för|väl|alldeles för) (?:ivrig|snabb på|impulsiv|taggad|het på gröten)\b
    |\brycktes med\b
    |\b(?:sa|sade) nej till\b|\bblir inte av\b|\bblir inte (?:något|nåt) (?:köp|av)\b
    |\b(?:julen|påsken|midsommar\w*|kalaset|festen|bröllopet|födelsedagen|säsongen|sommaren|vintern
    |resan|dopet|studenten|examen) (?:\w+ ){0,2}(?:är|var) (?:ju |redan |nu |tyvärr )*(?:över|förbi
    |slut)\b
    |\bfår vänta (?:till|tills) nästa (?:år|säsong|jul|sommar|vinter)\b
trust: numret inte i bruk
    \b(?:\w*nummer|\w*numret) (?:\w+ ){0,2}(?:var |är )?(?:inte|ej) (?:i bruk|aktivt|kopplat
    |giltigt)\b
    |\bingen (?:\w+ )?(?:svarade|svarar|svarat)\b|\b(?:såg|ser) (?:\w+ ){0,2}(?:annorlunda
    |konstig\w*
    |märklig\w*) (?:\w+ )?ut än\b
other: låt bli att skicka
    \b(?:låt|låta) bli att (?:skicka|mejla|maila|påminna|kontakta)\b
    |\bbehöver (?:inte|ej) (?:\w+ ){0,2}(?:påminna|mejla|maila) (?:mig|oss)\b
delivery: landet finns inte i listan
    \b(?:sverige|finland|åland|norge|danmark|mitt land)\b (?:\w+ ){0,3}(?:fanns|finns|gick
    |går) (?:inte|ej)
    \s(?:\w+ ){0,2}(?:listan|rullistan|menyn|alternativen|välja)\b|\b(?:fanns|finns) (?:inte
    |ej) (?:\w+ ){0,2}(?:sverige
    |finland|åland|norge|danmark|mitt land)\b
trust: kalla kårar
    \bkalla kårar\b|\b(?:stod|står|fanns|finns) (?:inget|ingenting|inga|knappt något
    |ingen info) (?:\w+ ){0,2}om
    \s(?:företaget|er|butiken|ägaren|ägarna|vilka)\b
trust: flashback (topic)
    \b(?:flashback|familjeliv|reddit)\b
changed_mind: behöver ingen ny
    \bbehöver (?:ingen|inget|inga)\b(?! (?:\w+ ){0,2}(?:påminnelse\w*|mejl\w*|mail\w*|hjälp|fler
    |mer))|\bklicka\w* (?:\w+ )?runt\b|\bblev (?:\w+ )?(?:ändå |aldrig |inte )+av\b|\b(?:livet|nåt
    |något
    |annat) kom emellan\b
technical: snurrande cirkel
    \bsnurrande\b|\bsnurrar (?:\w+ )?(?:bara|hela tiden|och snurrar)\b|\bfel (?:summa|belopp|pris
    |total)\b
other: aldrig handlat hos er
    \b(?:har|hade) (?:\w+ )?aldrig (?:\w+ )?(?:handlat|beställt|varit inne|besökt|köpt|lagt)\b
    |\bminns inte (?:att )?(?:jag )?(?:\w+ ){0,2}(?:har|hade|skulle ha) (?:\w+ )?(?:varit inne
    |handlat
    |beställt|köpt|lagt)\b
    |\bfel (?:person
    |mottagare|människa)\b|\bvem (?:är det )?som skickar\b
other: ingen varukorg (no cart)
    \b(?:har|hade) (?:\w+ )?(?:aldrig|inte) (?:\w+ )?(?:varit inne|besökt)\b
    |\bminns inte (?:att )?(?:jag )?(?:\w+ ){0,2}(?:har|hade|skulle ha) (?:\w+ )?varit inne\b
    |\b(?:minns (?:jag )?(?:inte|ej)|(?:kan|kommer) (?:jag )?(?:inte|ej) (?:minnas|ihåg|komma ihåg))
    (?: att)?(?: jag)? (?:\w+ ){0,3}(?:varit inne|besökt|lagt något|registrerat|skapat)\b
    |\bfel (?:person|mottagare|människa)\b
    |\bdet (?:är|var) inte jag,? som (?:\w+ ){0,2}(?:lagt|la|lade|beställt|registrerat|handlat)\b
    |\b(?:inte|aldrig) (?:\w+ ){0,2}varit (?:inne )?på (?:er|eran|din|denna) (?:hem)?sida\b
    |\bjag heter inte \w+|\b(?:inte|aldrig) (?:\w+ )?lagt (?:något|nånting) i (?:någon |en |er
    \s|min )?varukorg\w*
    |\binget minne av att (?:jag )?(?:ha|har|hade) varit inne\b
    |\bingen aning om vad (?:det här|detta|det) gäller\b|\b(?:har
    |hade) (?:\w+ )?inte (?:\w+ )?handlat (?:något|nånting) hos er\b
    |\baldrig (?:\w+ )?skapat (?:\w+ )?(?:ett |något )?konto\b
    |\b(?:ni|du) (?:måste )?(?:ha|har) (?:\w+ )?fel (?:e-?post|mejl|mail)?adress\b
    |\bingen (?:av oss|här) (?:\w+ ){0,3}(?:har )?lagt\b|\bnågon (?:måste
    |kan) (?:\w+ )?ha (?:skrivit|angett)
    \s(?:in )?fel (?:e-?post|mejl|mail)?adress\b
changed_mind: råkade klicka
    \bråkade (?:\w+ )?(?:klicka|trycka|lägga|beställa|komma åt)\w*|\bvar inte meningen\b
    |\bav misstag\b|\bfelklick\w*
changed_mind: behövs inte längre
    \bbehövs (?:\w+ )?(?:inte|ej) (?:\w+ )?längre\b|\b(?:blev|är|har blivit) (?:\w+ )?(?:inställ\w*
    |avblåst\w*)
changed_mind: står över
    \bstå(?:r)? över\b|\bhar (?:nog |redan |ju )?(?:tillräckligt|gott om|massor|fullt) (?:med|av)\b
    |\bhitta\w*
    \s(?:\w+ ){0,3}samma (?:\w+ )?(?:på|hos|i)\b|\bdet fick bli (?:den|det|dem|en annan|ett annat)\b
    |\b(?:tycker|gillar|vill|använder|leker|bryr) (?:\w+ ){0,2}(?:inte|inget) (?:\w+ ){0,3}längre\b
    (?! (?:\w+ )?(?:få|ha|ta emot|se) (?:\w+ )?(?:mejl|mail|e-?post|utskick|påminnelse\w*
    |nyhetsbrev|reklam|sms))
    |\bfick (?:en|ett|den|det|dem|några) (?:\w+ )?(?:av|från) (?:grannen|grannarna|kompisen|vännen
    |kollegan
    |svärmor|mormor|farmor|morfar|farfar|syrran|brorsan|släkten|familjen)\b|\bså (?:vi
    |jag) klarar (?:oss
    |mig)\b
trust: påstod sig vara svensk
    \bpåst(?:od|år) sig (?:vara|att vara)\b|\b(?:kändes|känns) (?:inte|ej) (?:\w+ )?rätt\b
    |\bmellanhand\w*
trust: aliexpress (topic)
    \b(?:aliexpress|temu|wish\.com|alibaba)\b
technical: utanför skärmen
    \butanför (?:skärmen|bilden|rutan)\b|\b(?:kan|kunde) (?:inte|ej) nå\b
other: samma mejl två gånger
    \b(?:samma|dubbla|två) (?:\w+ )?(?:mejl|mail|e-?post|meddelande)\w* (?:\w+ ){0,4}(?:två gånger
    |flera
    \sgånger|dubbelt)\b|\bfick dubbla\b|\bdubbla mejl\b
    |\binte intresserad av (?:\w+ )?(?:fler |mer |era
    |nya )?(?:erbjudande\w*|mejl\w*|mail\w*|utskick\w*|nyhetsbrev\w*|reklam\w*|påminnelse\w*)
other: blir till helgen (topic)
    \bblir (?:\w+ )?(?:till|på|efter|under) (?:helgen|lönen|nästa vecka|nästa månad)\b
payment: kortet funkar inte här
    \b(?:kort\w*|visa\b|mastercard|amex) (?:\w+ ){0,2}(?:fungera\w*|funka\w*|gick
    |går) (?:\w+ )?(?:inte|ej)\b
    |\bfick avslag\b
trust: kinesiskt företag i villkoren
    \b(?:kinesisk\w*|utländsk\w*|kinas?)\b (?:\w+ )?(?:företag\w*|bolag\w*|adress\w*|ägare\w*)
    |\b(?:säger|påstår
    |skriver) (?:att )?ni är (?:svensk|svenska|finsk|finska|finländsk\w*)\b
trust: inte övertygad
    \b(?:inte|ej) (?:\w+ )?(?:övertygad\w*|övertygande)\b|\bhemmabygg\w*|\bhemmasnickrad\w*
technical: knappen reagerar inte
    \b\w*knapp\w* (?:\w+ )?(?:reagera\w*|svarar|funka\w*|fungera\w*|gör) (?:inte|ej|ingenting
    |inget)\b
question: storlek och lager
    \bpassar\b|\bstorlek\w*|\bi lager\b|\bmaterial\w*|\bfärg\w*|\bmått\b
question: fråga om varan
    \b(?:kan|vill|är|har|finns|går|kommer|tål)\s+(?:den|det|de|man|ni)\b[^.!\n]{0,80}\?
question: fråga
    \b(?:hur|vilke?n|vad|varför|när)\b[^.!\n]{0,80}\?
""",
    "fi": r"""
changed_mind: en aio ostaa
    \b(?:en|emme) (?:\w+ )?aio (?:\w+ )?(?:ostaa|tilata)\b
delivery: ette toimita
    \b(?:toimiteta|toimita|lähetetä|postiteta)\b
returnsnoun =
    \b(?:palautu\w*|palautus\w*|palautta\w*|peruutusoikeu\w*|vaihto-oikeu\w*)
returnsunclear =
    \b(?:epäselv\w*|epämääräi\w*|ei (?:\w+ )?(?:sanottu|kerrottu|mainittu|löytynyt|selvinnyt)
    |en (?:\w+ )?(?:löytänyt|löydä|ymmärtänyt)|mietityttä\w*|ei (?:\w+ )?mitään)
trust: palautusehdot epäselvät (returns)
    {returnsnoun}[^.!?\n]{0,80}?{returnsunclear}|{returnsunclear}[^.!?\n]{0,80}?{returnsnoun}
trust: tietosuojaseloste (absent)
    \b(?:tietosuojaseloste\w*|tietosuojakäytän\w*|rekisteriseloste\w*)
technical: alennuskoodi ei toiminut
    \b\w*koodi\w* (?:\w+ ){0,2}(?:ei|eikä) (?:\w+ ){0,2}(?:toimi\w*|mennyt läpi|menny läpi|kelvannut
    |kelpaa|hyväksytty|hyväksynyt|käynyt|käy)\b
delivery: loppu varastosta
    (?:\bloppuunmyy\w*|\bloppu varastosta\b|\bei (?:\w+ )?(?:ole )?varastossa\b
    |\btilapäisesti loppu\b|\bvarastoon (?:\w+ )?(?:vasta|uudelleen)\b
    |\bjälkitoimitu\w*)(?![^.!?\n]*\?)
trust: henkilötunnus
    \b(?:henkilötunnu\w*|hetu\w*|sotu\w*|syntymäaika\w*|syntymäajan\w*) ~~ \b(?:pyysi|pyytää
    |pyydettiin|kysyttiin|kysyi|vaadittiin
    |vaati|vaatii|piti antaa|miksi|tarvitsee|tarvitaan)\b
changed_mind: voitte tyhjentää korin
    \b(?:voitte|voit|saatte|saat) (?:\w+ )?(?:tyhjentää|poistaa) (?:\w+ )?(?:ostos)?kori\w*
changed_mind: koriin muistiin
    \b(?:laitoin|lisäsin|heitin|pistin) (?:\w+ ){0,4}(?:ostos)?kori\w* (?:\w+ ){0,2}(?:vain\s
    |vaan\s)?(?:vertaillakseni|vertaakseni|muistaakseni|muistiin|talteen)\b
remindermsg =
    \b(?:viesti\w*|sähköpost\w*|muistutu\w*|maili\w*|meili\w*|uutiskirje\w*)
reminderpace =
    \b(?:keskellä yötä|yöllä|(?:niin|liian|tosi|hirveän|salaman)\s?(?:nopea\w*|pian)|nopeasti
    |(?:minuutin|minuuttien
    |sekuntien|tunnin) (?:sisällä|päästä|kuluttua)|(?:tuskin|alle|vain|ei edes) (?:\w+ )?(?:tunnissa
    |minuutissa|tunti|minuuttia)|tulee (?:jatkuvasti|koko ajan)|joka (?:ikinen )?päivä|päivittäin
    |kahdesti päivässä|(?:\w+ )?(?:päivässä|vuorokaudessa|tunnissa|viikossa)
    |ennen kuin (?:\w+ ){0,3}(?:suljin|ehdin)|stalk\w*|vaani\w*|tungettel\w*|tyrkky\w*)\b
other: muistutuksista (reminders)
    {remindermsg}[^.!?\n]{0,120}?\b(?:nauratti|naurattaa|hymyilytti|hymyilyttää|hauska\w*)
    |{remindermsg}[^.!?\n]{0,80}?{reminderpace}|{reminderpace}[^.!?\n]{0,80}?{remindermsg}
    |\b(?:stalkkaa\w*|stalkkaat\w*|vaanitte|tungettel\w*|tyrkky\w*)\b
    |\b(?:toinen|kolmas|neljäs|viides|kuudes) (?:\w+ )?(?:(?:viikon|päivän|kahden päivän
    |vuorokauden) (?:sisällä|aikana)|tällä viikolla|viikossa|päivässä)\b
site =
    \b(?:sivu\w*|verkkosivu\w*|nettisivu\w*|kotisivu\w*|sivusto\w*|verkkokaup\w*|nettikaup\w*
    |sovellu\w*|appi\w*|äppi\w*|kassa\w*|ostoskori\w*|ostoskori\w*|painik\w*|nappi\w*|napi\w*
    |linkki\w*|linki\w*|lomake\w*|lomakkee\w*|kenttä\w*|kentä\w*|checkout\w*)
shop =
    \b(?:kauppa\w*|kaupa\w*|kaupp\w*|verkkokaup\w*|nettikaup\w*|sivusto\w*|yritys\w*
    |yrity\w*|firma\w*|teitä|teistä|teidät|teihin)
cost =
    \b(?:toimitu(?!s?aik|s?aj|sosoit|stap|stav)\w*|toimituskulu\w*|postikulu\w*|postitu\w*
    |postimaksu\w*|rahti\w*|lähetyskulu\w*|loppusumm\w*|kokonaishin\w*|kokonaissumm\w*
    |käsittelykulu\w*|käsittelymaksu\w*)
dear =
    \b(?:kalli(?:s|i|st)\w*|hintav\w*|ylihin\w*|liian paljon|liikaa|kohtuuto\w*|kohtuuttom\w*
    |suolai\w*|tyyri\w*|korke\w*|nous\w*|nost\w*|yllät\w*|enemmän kuin|yhtä paljon|saman verran
    |melkein saman|puolet|tuplasti|kaksinkertai\w*|älytö\w*|järjetö\w*|törke\w*|hävytö\w*
    |kasvo\w*|kasvanut)
payment: kortti hylättiin
    \b(?:\w*kortti\w*|\w*kortin\w*|\w*kortil\w*|visa\w*|mastercard|maksu\w*|maksa\w*
    |mobilepay\w*|apple ?pay|google ?pay|paypal\w*|klarna\w*|tilisiir\w*|verkkopank\w*
    |pankkitunnu\w*|lasku\w*) ~~ \b(?:hylät\w*|hylkä\w*|ei mennyt läpi|ei menny läpi
    |ei toimi|ei toiminut|ei toiminu|ei onnistunut|ei onnistunu|epäonnistu\w*|keskeyt\w*
    |ei hyväksy\w*
    |ei hyväksytty|estet\w*|peruuntu\w*|ei käy|ei käyny\w*|ei kelpaa|ei kelvannut|meni pieleen
    |herja\w*|declin\w*|ei aukea|ei auennut|kieltäyty\w*|ei tueta|ei tuettu|ei hyväksytä
    |ei voinut valita|ei voi valita|ei saanut valittua|ei pystynyt valitsemaan|ei näkynyt|ei näy
    |puuttui
    |puuttuu|ei ollut vaihtoehto\w*|ei ollut tarjolla)
payment: maksu ei mennyt läpi
    (?<!koodi )(?<!koodini )(?<!koodia )(?<!kuponki )\bei (?:\w+ )?(?:mennyt|menny|menneet)
    \s(?:\w+ )?läpi\b
payment: en pystynyt maksamaan
    \b(?:en|ei|emme) (?:pystynyt|voinut|saanut|onnistunut|päässyt|pystyny|pysty|voi|saa|päässy
    |pässy|pääse) (?:\w+ )?maks(?:aa|amaan|ettua|ella|aminen|u)(?!sivu|vaihe|tap|tav)\w*
payment: maksutapa (topic)
    \b(?:mobilepay\w*|klarna\w*|paypal\w*|apple ?pay|google ?pay|3-?d[ -]?secure|verkkopankki\w*
    |pankkitunnu\w*|luottokortti\w*|luottokortil\w*|maksutap\w*|maksutav\w*|lasku\w*
    |osamaksu\w*|walley|paytrail|vipps|tilisiir\w*|erämaksu\w*|maksaa osissa|nordea\w*|op:n
    |op-?mobiil\w*)
payment: ongelma maksussa
    \b(?:ongelm\w*|vika|vikaa|virhe\w*|häiriö\w*|hankaluu\w*) ~~ \b(?:maks(?!utap|utav)\w*
    |\w+(?<!posti)(?<!k.sittely)(?<!toimitus)(?<!l.hetys)maksu\w*)
payment: pankki
    \bpank\w* ~~ \b(?:koodi\w*|tunnistautu\w*|tunnistu\w*|vahvist\w*|hylk\w*|hylät\w*
    |aikakatkai\w*|ei toimi\w*|epäonnistu\w*|pysäyt\w*|petos\w*|esti|estet\w*|esto\w*)
payment: sivu jumittui maksaessa
    \b(?:maksu(?!tap|tav)\w*|maksami\w*|maksutapahtu\w*) ~~ \b(?:jumi\w*|jumitt\w*|kaatu\w*
    |jäätyi\w*|jäätyy|latau\w*
    |ei toimi\w*)
price: toimituskulut liian kalliit
    {cost} ~~ {dear}
price: ei rahan arvoinen
    \bei (?:\w+ ){0,3}(?:hintansa|hinnan|rahan|rahojen|rahojensa|rahansa) arvoi\w*
price: hinnan arvoinen (absent)
    \b(?:hintansa|hinnan|rahan|rahojen|rahojensa|rahansa) arvoi\w*|\b\d+ ?(?:euron|e:n|€:n
    |eur:n) arvoi\w*
price: summa
    {amount} ~~ (?:{dear}|{cost})
price: liian kallis
    \bkalli(?:s|i|st)\w*|\bhintav\w*|\bylihin\w*|\btyyri\w*|\bhinnak\w*|\bmaksaa maltaita\b
    |\bliian (?:paljon|korkea\w*) hin\w*|\bpyydätte liikaa\b|\bliikaa rahaa\b
price: halvempi muualla
    \bhalve\w*|\bhalvin\w*|\bhalvalla\b|\bedullisem\w*|\bpuoleen hintaan\b|\bpuolella hinnalla\b
    |\bpuolet (?:halvempi|halvemmalla|vähemmän)\b|\bsamalla rahalla\b|\bsamaan hintaan\b
    |\bhalpa\w* (?:muualta|muualla)\b
price: en raaski
    \braaski\w*|\bperustella (?:\w+ ){0,2}hin\w*|\b(?:en|ei) (?:\w+ )?(?:viitsi
    |raaski) (?:\w+ )?maksaa\b
price: alennuskoodi (topic)
    \b(?:alennu\w*|alekood\w*|kampanjakoodi\w*|kuponki\w*|kupongi\w*
    |ilmai\w* toimitu\w*|ilmai\w* toimitukse\w*|opiskelija-?ale\w*)
price: odotan alennusmyyntiä
    \bodot\w* (?:\w+ ){0,3}(?:alennusmyyn\w*|kampanj\w*|alennu\w*|aleja|aleen|alea|alet|tarjou\w*
    |black ?friday\w*|hullu\w* päiv\w*|hinnan lasku\w*|hinta laskee)|\bkunnes (?:\w+ )?ale\w*
    |\bkun (?:tulee |on )?ale\w*
price: tarjous (weak)
    \b(?:tarjou\w*)\b
price: alennusmyynti (topic)
    \b(?:alennusmyyn\w*|ale(?:ssa|sta|en|t|ja|a)?|black friday\w*|hullut päivät
    |hulluille päiville)\b
price: hinta
    \bhin(?:ta|na|no|to)\w* ~~ {dear}
price: ei varaa
    \bei (?:ole |oo )?(?:nyt |tällä hetkellä )?varaa\b|\bbudjet\w*|\bei ole rahaa\b
    |\brahat (?:ei riitä|loppu\w*)\b|\bei riitä rahat\b
price: tulli
    \btulli\w*
price: toimituskulut (weak)
    \b(?:toimituskulu\w*|postikulu\w*|toimitusmaksu\w*)
price: alv (weak)
    \balv\b|\barvonlisäver\w*
delivery: toimitus (topic)
    \btoimitu(?!skulu|smaksu|sosoit|sjohtaj)\w*|\btoimitet\w*|\btoimita\w*|\btoimitta(?!j)\w*
    |\bkotiinkuljetu\w*|\bkotiinkanno\w*|\bovelle\b
delivery: ei automaattia vaihtoehtona
    \b(?:ei|eikä) (?:oo|ole|ollut|ollu)? ?(?:\w+ ){0,2}(?:\w*automaat\w*|noutopist\w*|pakettipist\w*
    |nouto\w*|kotiinkuljetu\w*) (?:\w+ )?vaihtoehto\w*
delivery: nouto (topic) (option)
    \b(?:nouto\w*|noutopist\w*|noude\w*|noutaa|noudan|pakettiautomaat\w*|pakettipist\w*
    |smartpost\w*|postiin|postista|postitse|r-?kioski\w*|lähipost\w*|pakettiboks\w*)
delivery: kuljetusyhtiö (topic)
    \b(?:posti(?:n|lla|lta|sta|in)?|matkahuol\w*|schenker|dhl|(?-i:UPS)|budbee|postnord|bring
    |gls|omniva|db schenker)\b
delivery: lähettää ulkomaille
    \b(?:lähet\w*|toimit\w*|posti\w*|tilata|tilaan|tilaa|saako|saanko) ~ \b(?:ulkomail\w*|ruotsiin
    |norjaan
    |tanskaan|maarianhamina\w*|ahvenanmaalle|viroon|saksaan|suomeen|ahvenanmaa\w*|eurooppaan
    |eu-maihin)\b
delivery: ulkomaille
    \bulkomail\w*|\bahvenanmaalle\b
delivery: toimitatteko
    \b(?:toimitatteko|toimitteko|lähetättekö|lähetätteko|toimitetaanko|lähetetäänkö|postitatteko
    |lähetättehän|toimittaako|toimitatko|lähetätkö)\b
delivery: ajoissa
    \bajoissa\b|\bajallaan\b|\bennen (?:joulu\w*|viikonlop\w*|pääsiäi\w*|perjanta\w*
    |lauanta\w*|sunnunta\w*|maanantai\w*|tiistai\w*|keskiviikko\w*|torstai\w*|juhannu\w*
    |vappu\w*|uutta vuotta|synttä\w*|syntymäpäiv\w*|häitä|matkaa|lomaa|\d{1,2}\.)|\bperille\b
    |\bperillä\b|\bmennessä\b|\b(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai
    |sunnuntai|joulu|juhannu|viikonlopu|synttäre|vapu)ksi\b
delivery: ehtiikö
    \bei (?:\w+ )?ehdi\b|\behtii\w*|\behtis\w*|\behditte\w*|\b(?:ei |eikä )(?:\w+ ){0,2}(?:ajoissa
    |perille)\b
delivery: liian hidas
    \b(?:liian (?:pitkä|kauan|hidas|hitaa\w*)|hita\w*|hidas|myöhäs\w*|myöhästy\w*|viivästy\w*
    |nopeam\w*|nopeammin|pikatoimitu\w*|express\w*|pikalähety\w*) ~~ \b(?:
    toimitu\w*|toimit\w*|lähety\w*|lähet\w*|paket\w*|posti\w*|kest\w*|tule\w*|saapu\w*
    |odot\w*|matkahuol\w*|toimitusaika\w*)
delivery: toimitusaika
    \btoimitusaj\w*|\btoimitusaik\w*|\bpikatoimitu\w*|\bexpress-?toimitu\w*|\bnopeampi toimitu\w*
delivery: milloin tulee
    \b(?:milloin|koska)\b ~ \b(?:tule\w*\b(?! (?:\w+ )?(?:väre\w*|värei\w*|koo\w*|varastoon|myyntiin
    |takaisin))(?![^.!?\n]*\b(?:taas|uudestaan|uudelleen|varastoon)\b)|saapu\w*|saisin|saan|saisi
    |lähte\w*|lähti\w*|lähtis\w*|lähet\w*|toimit\w*
    |peril\w*|postit\w*)
delivery: odottaa pakettia
    \bodot\w* ~ \b(?:paket\w*|lähety\w*|lähetys\w*)
delivery: kauanko
    \b(?:kauanko|kuinka kauan|kuinka nopeasti|kuinka pian|montako päivää|kuinka monta
    \s+päivää|miten nopeasti|miten pian|paljonko menee)\b(?![^.?!\n]{0,30}\b(?:akku|patteri|lataus
    |takuu|käytössä|pesussa)) ~ \b(?:kest\w*|tule\w*|saapu\w*|toimit\w*
    |lähte\w*|lähet\w*|peril\w*|odot\w*|menee)
delivery: lähetys (topic)
    \blähety\w*|\blähetys\w*|\bpaketti\w*|\bpaketin\w*
trust: en ole kuullut teistä
    \b(?:en|ei|emme) (?:ole|oo) (?:ikinä |koskaan |ennen |kuuna päivänä )?kuullu\w*
    |\b(?:(?:en|ei|emme) (?:\w+ ){0,4})?tuntemat\w*+(?! virhe)
trust: en halua antaa korttitietoja
    \b(?:en|emme) (?:\w+ )?(?:halua|uskalla|viitsi|uskaltanut|halunnut) (?:\w+ )?(?:antaa|laittaa
    |syöttää) (?:\w+ )?(?:\w*kortti\w*|\w*tiedo\w*|\w*tietoj\w*)
    |\b(?:en|emme) (?:anna|laita|syötä) (?:\w+ )?(?:\w*korttitiedo\w*|\w*korttitietoj\w*
    |\w*pankkitiedo\w*)
trust: onko teillä y-tunnusta
    \b(?:onko|löytyykö|mikä on|missä on|onks|onkos|mistä löytyy)\b[^.!?\n]{0,30}\b(?:y-?tunnu\w*
    |yhteystie\w*|yritystie\w*|puhelinnum\w*|osoitetta|palautusoikeu\w*|\w*arvostelu\w*|\w*arvio\w*
    |asiakaskokemu\w*)[^.!\n]{0,40}\?
trust: en tunne kauppaa
    \b(?:en|emme) (?:\w+ ){0,2}tunne\w* ~ {shop}
trust: yritystiedot (absent)
    \b(?:y-?tunnu\w*|yhteystie\w*|yritystie\w*|käyntiosoit\w*|(?:yrityksen|firman) nim\w*
    |(?:yrityksen|firman|kaupan|teidän
    |fyysi\w*) osoit\w*|(?<!mun )(?<!minun )(?<!mu )puhelinnum(?!\w*(?:ni|si)\b)\w*
    |asiakaspalvelu\w*|palautusoikeu\w*|palautuskäytän\w*|palautusehd\w*|toimitusehd\w*
    |tilausehd\w*|käyttöehd\w*|https|lukko\w*|ssl|salau\w*|yhteyshenkilö\w*|katuosoit\w*)
trust: epäluotettava
    \b(?:epäluotettav\w*|huija\w*|feikki\w*|fake|scam\w*|väärennö\w*|epäilyttäv\w*|hämär\w*
    |epäilyttä\w*|epäili\w*|epäilen|kusetu\w*|kuseta\w*|kusetta\w*|hämy\w*|dropship\w*
    |sketchy|shady|arveluttav\w*|epäilys\w*|vedätys\w*|vedätä\w*)
trust: luotettava (absent)
    \b(?:luotettav\w*|luotettava\w*|turvalli\w*|asiallise\w*|asiallinen|vakavasti otettav\w*
    |legit\w*)
trust: onko luotettava
    \b(?:onko|ootteko|oletteko|onks|onkohan|onkos|voiko)\b[^.!?\n]{0,40}\b(?:luotettav\w*
    |oikea (?:yritys|kauppa|firma|verkkokauppa)|turvalli\w*|huija\w*|oikeasti olemassa|legit\w*)
trust: huono maine
    \b(?:huono\w*|negatiivi\w*|kehno\w*|surkea\w*) (?:kokemu\w*|maine\w*|arvostelu\w*|palaut\w*
    |arvio\w*)|\bvalitu(?:s|ks)\w*
trust: ei netissä (absent)
    \b(?:google(?!-?(?:kont|inlogg|login|pay|tunnu|tili))\w*|googla\w*|googlet\w*|netissä|netistä
    |internetissä
    |verkossa)\b
trust: pelkään korttitietojen puolesta
    \b(?:pelkä(?!stään)\w*|pelot\w*|huole\w*|epävarm\w*|arvelutt\w*) ~~ \b(?:\w*kort\w*
    |tiedo\w*|tiet\w*)
trust: arvostelut (absent)
    \b(?:arvostelu\w*|arvosteluj\w*|trustpilot|asiakasarvio\w*|asiakaskokemu\w*)
trust: turvallista tilata
    \bturvatto\w*|\b(?:(?:en|emme|ei) (?:\w+ )?)?uskal\w* (?:\w+ )?(?:tilata|ostaa|maksaa|antaa
    |tilaamaan|ostamaan|laittaa)\b
trust: luottamus
    \b(?:(?:en|emme|ei) (?:\w+ ){0,2})?(?:luota|luotan|luotin|luottaa|luottanut|luottanu
    |luottamu\w*)\b
trust: oikea yritys
    \boikea (?:yritys|kauppa|verkkokauppa|firma)\b|\boikeasti olemassa\b|\bonko (?:tämä|kauppa
    |sivusto|yritys|verkkokauppa) (?:\w+ )?(?:oikea|luotettava|aito)\b
trust: henkilötiedot
    \b(?:henkilötie\w*|tietosuoj\w*|gdpr|tietojani|tietoni|sähköpostiosoitettani)\b
    |\b(?:mihin|miten|mitä varten|kenelle) (?:\w+ ){0,4}(?:tieto\w*|dataa?|osoitett\w*)
    \s(?:\w+ )?(?:käytä\w*|käyte\w*|käsittel\w*|jaa\w*|myy\w*|luovut\w*|tallen\w*)\b
    |\b(?:mihin|miten|mitä varten|kenelle) (?:\w+ ){0,3}(?:käytä\w*|käyte\w*|käsittel\w*|myy\w*
    |luovut\w*|tallen\w*) (?:\w+ ){0,2}(?:tieto\w*|dataa?|osoitett\w*)
technical: sivu ei toiminut
    {site} ~~ \b(?:ei toimi\w*|jumi\w*|jumitt\w*|kaatu\w*|jäätyi\w*|jäätyy|latau\w*|tyhjen\w*
    |virhe\w*|ei reagoi\w*|katosi|ei auennut|ei aukea|ei latautunut|ei lataudu|sulkeutu\w*
    |sulkeu\w*|pyöri(?!t)\w*|herja\w*|bugaa|bugitt\w*|lagaa|lagitt\w*|ei avaudu|ei aukee|hävisi
    |katoaa|häviää|ei näy|ei näkyny\w*|harmaa\w*|valkoise\w*|tyhjä\w*)
technical: virhe sivulla
    \bvirhe\w* ~ {site}
technical: sovellus kaatuu
    \b(?:sulkeutu\w*|kaatu\w*|kaatui|jumitt\w*|jumiin|jumissa|jumahti|jäätyi\w*|jäätyy
    |pyöri(?!t)\w*
    |bugaa|bugitt\w*|lagaa|lagitt\w*|kräsh\w*|crash\w*|kräsää|herjaa|herjasi|herjas
    |latautu\w* loputtom\w*|lataa loputtom\w*|ei lataudu|ei latautunut|ei aukea|ei aukee
    |ei avaudu)\b
technical: heittää ulos
    \b(?:kirjaa|kirjasi|heittää|heitti|heittää|potkii|potkaisi|potki) (?:\w+ )?ulos\b
    |\buloskirjau\w*
technical: kirjautuminen (topic)
    \bkirjautu\w*|\bkirjaudu\w*|\bsalasan\w*|\b(?<!-)tunnuks\w*|\brekisteröi\w*
    |\bkäyttäjätili\w*|\btili(?:n|ä|ä)?\b
technical: en pääse kirjautumaan
    \b(?:en|ei|emme) (?:\w+ )?(?:pääse|päässyt|päässy|pässy|pysty\w*|voinut|voi|saanut|saa)\s
    (?:\w+ )?(?:kirjautu\w*|sisään|luomaan|luotua|poistamaan|muuttamaan|syöttämään|täyttämään
    |rekisteröity\w*|eteenpäin|kassalle|jatkamaan
    |tilaamaan|vaihtamaan|valitsemaan|lisäämään|painamaan|klikkaamaan)\b
technical: en päässyt eteenpäin
    \b(?:en|emme) päässyt (?:\w+ )?eteenpäin\b|\b(?:valkoinen|tyhjä) (?:sivu|näyttö|ruutu)\b
technical: virheellinen
    \bvirheelli\w*|\bei kelpaa\b|\bei kelvannut\b|\bnollaantu\w*|\btyhjenty\w*|\btyhjeni\w*
    |\bei (?:\w+ )?hyväksy\w*|\bhylkää (?:\w+ )?koodi\w*
technical: punainen kenttä
    \b(?:kenttä\w*|kentä\w*|teksti\w*|ruutu\w*|laatikko\w*|kohta) (?:\w+ )?(?:muuttu\w* |meni |menee
    |on |näkyy |muuttui )?(?:punai|punase|punane)\w*|\b(?:punai|punase|punane)\w* (?:teksti\w*
    |virhe\w*|ilmoitu\w*|huutomerk\w*)
technical: postinumero
    \b(?:postinumero\w*|osoitekenttä\w*|kenttä\w*|kentä\w*|koodi\w*|alekood\w*) ~~ \b(?:
    virhe\w*|väär\w*|ei kelpaa\w*|ei hyväksy\w*|ei kelvannut|ei käy\w*|ei toimi\w*
    |ei mene läpi|ei menny\w* läpi|ei mennyt läpi|hylät\w*|hylkä\w*|(?:ei
    |eikä) (?:\w+ ){0,2}voimassa
    |vanhentu\w*|ei (?:\w+ )?(?:oo|ole|ollut|ollu) (?:\w+ )?(?:kelvolli\w*|käypä|oikea))
technical: virheilmoitus
    \bvirheilmoitu\w*|\berror\w*|\btekni\w*|\bbugi\w*|\bvirhekoodi\w*|\b404\b
technical: en voinut klikata
    \b(?:en|ei) (?:voinut|pystynyt|saanut|pysty|voi|pystyny|saa) (?:\w+ )?(?:klikata|painaa
    |valita|lisätä|syöttää|jatkaa|kirjautua|täyttää|vaihtaa|muuttaa|poistaa|avata)\b
technical: ei toiminut
    \bei (?:toimi|toiminut|toiminu|toimineet|auennut|auenneet|aukea|latautunut|latautuneet|latautunu
    |lataudu|avautunut|avautuneet|reagoi\w*)\b
technical: mitään ei tapahtunut
    \bmitään ei (?:tapahtunut|tapahdu|tapahtunu)\b|\bei tapahtunut mitään\b
    |\bei tapahdu mitään\b|\bei tapahtunu mitään\b|\bmitää ei tapahdu\b
changed_mind: muutin mieleni
    \bmuu(?:tin|timme|tti|ttanut|ttunu\w*) (?:\w+ )?miel(?:e|t)\w*|\bpäätin (?:\w+ )?(?:odottaa
    |jättää
    |luopua|olla ostamatta|olla tilaamatta)\b|\bjätän (?:\w+ ){0,2}väliin\b|\btoisiin ajatuksiin\b
    |\bjätän (?:\w+ )?(?:ostamatta|tilaamatta)\b|\bluovun\b|\ben (?:\w+ )?(?:ostakaan|tilaakaan)\b
changed_mind: valitsin toisen
    \bvalitsi(?:n|mme) (?:\w+ )?(?:toisen|muun|jonkin muun)\b
changed_mind: ostin muualta
    \b(?:ostin|ostimme|tilasin|tilasimme|hankin|hankimme|löysin|löysimme|hommasin|ostettiin
    |löydettiin|hankittiin|tilattiin|löyty|nappasin|napattiin|nappas|haettiin|hain|bongasin)
    \s(?:\w+ ){0,4}(?:samanlai\w*|vastaava\w*|muualta|toisesta (?:\w+ )?(?:kaupasta|liikkeestä
    |verkkokaupasta)|kivijalka\w*
    |paikallise\w*|lähikaupa\w*|liikkeestä|sen sijaan|\w*marketista|\w*kaupasta|\w*myymälästä
    |tavaratalo\w*|kirppi\w*|kirppa\w*|kirpputori\w*|torista|tori\.fi\w*|huuto\.net\w*|käytettynä
    |amazonista|zalandosta|prismasta|tokmannista|ikeasta|kaverilta|kotoa|vastaavan\w*)
changed_mind: jo ostanut
    \b(?:olen|olin|olemme|oon) jo (?:ostanut|tilannut|saanut|hankkinut|ostaneet|tilanneet|ostanu
    |tilannu|löytänyt|löytäny)\b|\bon jo (?:yksi|sellainen|tarpeeksi|ennestään)\b
changed_mind: en tarvitse
    \b(?:en|emme|ei|enkä) (?:\w+ ){0,2}tarvi\w*\b(?! (?:\w+ )?(?:muistutt\w*|lähettä\w*|laitta\w*
    |ottaa yhteyttä|kysyä|vastata|soitta\w*|viestiä|mailata|spämmätä|huolehtia|murehtia))
    |\bei (?:enää )?tarvetta\b|\btarvita\b
    |\bei (?:\w+ )?(?:enää )?ajankohtai\w*|\b(?:juhlat|bileet|häät|matka|reissu|tilaisuus|synttärit
    |tapahtuma\w*|kemut) (?:\w+ )?(?:peruttiin|peruuntui\w*|on peruttu|meni ohi|on ohi|jäi väliin)\b
changed_mind: vain katselin
    \b(?:vain|pelkästään|vaan) (?:katsel\w*|selail\w*|kurkki\w*|katsoin|vertail\w*)\b
    |\b(?:katselin|selailin|kurkin|vertailin|katoin|katsoin) (?:vain|vaan|vähän)\b
    |\b(?:ostettua|ostin|ostettiin|ostimme|ostettu) (?:\w+ )?(?:jo )?(?:kaupasta|liikkeestä
    |marketista
    |muualta)\b
changed_mind: sain lahjaksi
    \bsain (?:\w+ )?lahjaksi\b|\b(?:taidan|päätin) (?:vielä )?(?:odottaa|odotella|odotella\w*)\b
other: monta muistutusta
    \b(?:kolme|neljä|viisi|kuusi|monta|useita|\d+) (?:\w+ )?muistutus\w*
changed_mind: vahingossa
    \bvahingos(?:sa)?\b|\bepähuomiossa\b|\bvahingon kautta\b
changed_mind: ei tarvii enää
    \bei(?:pä|hän)? (?:\w+ )?(?:tarvii|tartte|tarvi|tarvitse|tarvita) (?:\w+ )?enää\b
    |\bsai (?:\w+ )?(?:samanlaisen|sellaisen|semmoisen|saman|sen|tämän) (?:\w+ )?lahjaksi\b
    |\b(?:peruttiin|peruuntui|peruuntu\w*|jäi väliin) (?:\w+ ){0,2}(?:juhl\w*|synttär\w*|matk\w*
    |häät|kemut)|\b(?:juhl\w*|synttär\w*|matk\w*|häät|kemut) (?:\w+ ){0,2}(?:peruttiin|peruuntui
    |peruuntu\w*)
changed_mind: ei kiinnosta
    \bei (?:enää )?kiinnost\w*(?! (?:\w+ )?(?:\w+ )?(?:tarjou\w*|viest\w*|sähköpost\w*|maile\w*
    |mainok\w*|uutiskirje\w*|muistutu\w*))
    |\ben ole (?:enää )?kiinnostunut\b(?! (?:\w+ )?(?:\w+ )?(?:tarjou\w*|viest\w*|sähköpost\w*
    |maile\w*|mainok\w*|uutiskirje\w*|muistutu\w*))
    |\bkyllästy\w*(?! (?:\w+ ){0,2}(?:odott\w*|viest\w*|sähköpost\w*|maile\w*|mainok\w*|muistutu\w*
    |spämm\w*|jono\w*|sivu\w*|lataa\w*))|\b(?:innostus|into|kiinnostus) (?:\w+ )?(?:lopahti|laantui
    |hiipui|katosi|meni ohi)\b
technical: kenttä muuttuu punaiseksi
    \b\w*kenttä\w* (?:\w+ )?(?:muuttu\w* |meni |menee |on |näkyy |muuttui )?(?:punai|punase
    |punane)\w*
    |\b(?:en|emme|enkä|ei) (?:\w+ )?(?:pääse|päässyt|päässy|pässy) (?:\w+ )?eteenpäin\b
changed_mind: jätän ostamatta
    \bpäät(?:in|imme|ettiin|i) (?:\w+ )?(?:odottaa|jättää|luopua|olla ostamatta|olla tilaamatta)\b
    |\bjät\w* (?:\w+ ){0,2}(?:ostamatta|tilaamatta|väliin)\b|\bjää (?:\w+ ){0,2}(?:ostamatta
    |tilaamatta
    |hankkimatta)\b
    |\b(?:ostin|tilasin|hankin|ostettiin) (?:\w+ )?lopulta\b|\blopulta (?:ostin|tilasin|hankin)\b
    |\b(?:ostin|tilasin|hankin|löysin|ostimme|tilasimme) (?:\w+ ){0,3}(?:gigantista|gigantti\w*
    |verkkokauppa\.comista|verkkokauppa\.com|powerista|prismasta|citymarketista|clas ohlsonilta
    |tokmannista|ikeasta|amazonista|zalandosta|stockmannilta|xxl:?ltä|intersportista|k-raudasta
    |motonetista|biltemasta|jyskistä|lidlistä|halpa-hallista|kodin ykkösestä)
trust: en usko että luotettava
    \b(?:en|ei) (?:usko|ajattele|koe|vaikuta|tunnu|näytä|vaikuttanut|tuntunut|näyttänyt)\w*\s
    (?:\w+ ){0,4}(?:luotettav\w*|turvalli\w*|asiallise\w*|asiallinen|oikealta)
price: en usko että hinnan arvoinen
    \b(?:en|ei) (?:usko|ajattele|koe)\w* (?:\w+ ){0,4}(?:hintansa|hinnan|rahan|rahojen|rahojensa
    |rahansa) arvoi\w*
price: laskette hintaa
    \b(?:lask(?!u)\w*|pudota\w*|alenta\w*|pudotta\w*) (?:\w+ ){0,2}hin\w*
    |\bhin\w* (?:\w+ ){0,2}(?:laske\w*
    |alemm\w*|halvemm\w*|pudo\w*)|\btinka\w*|\btingi\w*|\bparempi hinta\b
technical: sammuu
    \bsammu\w*|\btakku\w*|\btökki\w*|\bnyki\w*|\bhyyty\w*
    |\blatau\w* (?:\w+ )?(?:ikuisesti
    |hitaasti)
trust: näyttää kopiolta
    \b(?:näyt\w*|vaikutt\w*) (?:\w+ ){0,2}kopio\w*|\bkopioit\w*|\bkopio (?:\w+ )?(?:toisesta
    |jostain)
    |\bkalastelu\w*|\bphishing\b|\bhuijaussivu\w*|\bvaroit\w* (?:\w+ ){0,3}(?:turvalli\w*|sivu\w*
    |sertifikaat\w*)|\bselain (?:\w+ ){0,2}varoit\w*
trust: kaupparekisteri (absent)
    \b(?:kaupparekisteri\w*|ytj\w*|yritysrekisteri\w*|finder\w*|asiakastieto\w*)\b
delivery: kestää viikkoja
    \bkest\w* (?:\w+ ){0,3}(?:viiko\w*|viikkoa|päivää|kuukau\w*)
delivery: liian hidasta
    \bliian (?:hida\w*|hita\w*)\b ~~ \b(?:toimitu\w*|tule\w*|saapu\w*|lähety\w*|kest\w*)
delivery: pitää saada lauantaina
    \b(?:pitää|täytyy|tarvitsen|tarviin|tarvisin|pitäis|pitäisi) (?:\w+ ){0,3}(?:saada|olla perillä
    |olla) (?:\w+ ){0,2}(?:maanantai|tiistai|keskiviikko|torstai|perjanta|lauanta|sunnunta|viikonlop
    |joulu|huomenna|juhannu|\d)\w*
changed_mind: pärjään ilman
    \bpärjä\w* (?:\w+ )?(?:ilman\w*|vanha\w*|nykyise\w*)|\btyydyn\b|\bilmankin\b|\b(?:oli|on
    |olivat|ovat|olen|olin|olemme|oon|ollaan)
    \sjo (?:\w+ )?(?:ostanut|tilannut|hankkinut|ostaneet|tilanneet|saanut|ostettu|hankittu|tilattu
    |ostanu|tilannu)\b
price: kallein
    \bkallei\w*|\bkalliimp\w*|\bhin(?:ta|na|no)\w* (?:\w+ ){0,3}(?:kova|kovat|kovan|kovia)\b
    |\bkallis\b|\bliian kallis\b|\bhalvempi\b|\bei ole varaa\b|\bei oo varaa\b
technical: ei tee mitään
    \bei (?:tee|tehnyt|tehny)(?:kään)? mitään\b|\bmitaan ei tapahdu\w*|\bei tapahdu mitaan\b
    |\bei toimi\w*|\ben (?:paassy|paase|paassyt)\b|\bvirheilmoitu\w*
trust: tuntuu epävarmalta
    \b(?:tuntuu|tuntui|vaikuttaa|vaikutti|näyttää|näytti) (?:\w+ )?(?:epävarma\w*|epailyttava\w*
    |epäilyttävä\w*|hamara\w*)|\bepailyttav\w*|\bhuijau\w*|\bhuijari\w*
trust: ei osoitetta
    \b(?:ei|eikä) (?:ole |oo |ollut |ollu |löydy |löytynyt |näy )?(?:mitään )?\w*osoitetta\b
changed_mind: ei halunnutkaan
    \b(?:en|ei|emme) (?:\w+ )?(?:halunnutkaan|halunnukaan|halua\w*kaan|tarvitsekaan|tarvinnutkaan
    |tarvikaan|haluakaan|ostakaan|tilaakaan)\b
price: palautusmaksu
    \bpalautu\w* (?:\w+ ){0,2}(?:maksa\w*|maksulli\w*)|\bmaksullinen palautus\b|\bpalautusmaksu\w*
    |\bpalautuskulu\w*|\benemmän kuin (?:\w+ )?(?:haluan|halusin|viitsin|raaskin|ajattelin
    |budjetoin) (?:\w+ )?(?:käyttää|maksaa|laittaa)\b
technical: jotain meni pieleen
    \bjo(?:tain|kin) meni (?:pieleen|vikaan)\b|\byritä (?:uudelleen|myöhemmin)\b
trust: uskallanko
    \buskal(?:lanko|laako|taako|taisinko|lan|taisin|laisin)\b
    |\bnäyttää (?:\w+ )?roskapostilta\b|\boletteko (?:\w+ )?oikeasti\b|\boikeasti (?:te|teiltä)\b
payment: kortilla myymälässä (topic)
    \b(?:kortilla|käteisellä|käteinen|postiennako\w*|postiennakko\w*) (?:\w+ )?maks\w*
    |\bmaks\w* (?:\w+ )?(?:kortilla|käteisellä|myymälässä|paikan päällä|noudettaessa)\b
changed_mind: ostan mieluummin käytettynä
    \bmieluummin (?:\w+ )?(?:käytettynä|käytetyn|kirppikseltä|kirpparilta|paikallise\w*|muualta)\b
    |\bostan (?:\w+ )?käytettynä\b|\bsain (?:\w+ ){0,2}\w*lahjaksi\b|\bsain (?:\w+ )?(?:samanlaisen
    |vastaavan|sellaisen)\b
price: järkytyin loppusummasta
    \b(?:järkyty\w*|järkyt\w*|yllätty\w*|hämmästy\w*|säikähd\w*) (?:\w+ ){0,2}(?:hin\w*|loppusum\w*
    |summa\w*|kulu\w*|toimitusmaks\w*|postikul\w*)|\b(?:maksaa|hinta on|on) (?:\w+ ){0,2}tuplasti\b
    |\btuplasti (?:kalliimpi|enemmän|kalliimm\w*)|\bkaksi kertaa (?:niin )?(?:kallii\w*|enemmän)
technical: heitti etusivulle
    \b(?:heitti|heittää|heittänyt|vei|ohjasi|ohjautui|palautui) (?:\w+ ){0,2}(?:takaisin|etusivulle
    |alkuun)\b|\b(?:ei|en) (?:voinut|voi|pysty\w*|pystyny) (?:\w+ )?(?:vierittää|skrollata|selata
    |zoomata|rullata)\b
technical: sivu latautuu ikuisuuden
    \b(?:sivu\w*|sovellu\w*|kassa\w*) ~~ \bikuisuu\w*
delivery: posti kestää ikuisuuden
    \b(?:posti\w*|paketti\w*|toimitu\w*|lähety\w*|matkahuol\w*) ~~ \b(?:ikuisuu\w*|ikuisesti
    |hitaasti
    |hidas|hitaa\w*|kauan)
changed_mind: löysin paremman
    \blöysin (?:\w+ )?(?:paremman|kivemman|sopivamman|toisen|nätimmän|parempaa)\b|\bheräteosto\w*
    |\bmielijohte\w*|\bhetken huumassa\b
price: en voi laittaa 200 euroa
    \b(?:en|emme|ei) (?:\w+ )?(?:voi|halua|raaski|viitsi|pysty) (?:\w+ )?(?:laittaa|käyttää|pistää
    |tuhlata|sijoittaa) (?:\w+ ){0,2}(?:\d+|noin paljon|niin paljon|sen verran)
trust: jokin ei täsmää
    \b(?:jokin|jotain) (?:\w+ ){0,3}(?:ei täsmää|mättää|haisee)\b|\btuntu\w* väärältä\b
    |\bhuono (?:fiilis|tunne|olo)\b|\bhämärä\w*
payment: rahat lähti tililtä
    \b(?:rahat|raha|summa|maksu|rahaa) (?:\w+ ){0,2}(?:lähti|veloitettiin|otettiin|meni|hävisi)
    \s(?:\w+ ){0,2}(?:tililtä|kortilta|tililtäni)\b|\bveloitettiin\b|\bkahdesti veloite\w*
changed_mind: ostin kilpailijalta
    \b(?:ost\w*|tila\w*|löysin|hankin|otin|otettiin|otimme) (?:\w+ ){0,4}kilpailija\w*
price: en jaksa maksaa noin paljon
    \b(?:en|ei|emme) (?:\w+ )?(?:jaksa|halua|aio|viitsi) (?:\w+ )?maksaa (?:\w+ ){0,2}(?:noin paljon
    |niin paljon|\d+|postikulu\w*|toimitusmaks\w*|ylimääräis\w*|toimituskulu\w*)
technical: loppusumma ei muuttunut
    \b(?:loppusumm\w*|summa\w*|hinta\w*|alennus\w*
    |kokonaishin\w*) (?:\w+ ){0,2}ei (?:\w+ )?(?:muuttunut
    |muutu|päivittynyt|päivity|vähentynyt|näkynyt|tullut voimaan|pienentynyt|vähennetty|vähennä
    |vähentänyt
    |otettu huomioon|huomioitu)\b|\bvär\w* (?:summa\w*|hinta\w*|hintaa|loppusumm\w*)
changed_mind: sain siskolta
    \bsain (?:\w+ )?\w+(?:lta|ltä) (?:\w+ )?(?:yhden|sellaisen|samanlaisen|vastaavan|lainaan)\b
    |\bsain (?:yhden|sellaisen|samanlaisen|vastaavan) \w+(?:lta|ltä)\b|\b(?:en
    |emme) (?:\w+ )?sittenkään\b
    |\b(?:en|emme) (?:taida|aio|ota|osta|tilaa)(?:kaan)? (?:\w+ )?(?:sittenkään|kuitenkaan)\b
trust: kuulin että ette toimita
    \b(?:kuulin|kuullut|kuullu|luin|lukenut|lukenu|näin) (?:\w+ ){0,3}että (?:\w+ ){0,3}(?:ette
    |eivät|ei)
    \s(?:\w+ )?(?:toimita|lähetä|tule|saa|saaneet|toimittaneet|lähettäneet)\b
technical: ei saa syötettyä
    \bei (?:saa|saanut|saanu) (?:\w+ )?(?:syötettyä|valittua|lisättyä|klikattua|painettua|täytettyä
    |kirjoitettua|tallennettua|muutettua|vaihdettua|auki)\b
technical: aikakatkaisu
    \baikakatka\w*|\btime-?out\w*|\baikaraja\w*
price: vähän liikaa
    \b(?<!innostuin )(?<!innostuttiin )(?<!innostuimme )(?<!intoilin )(?:vähän|aika|ihan
    |vähän liian|ihan liian|aivan|selvästi
    |reippaasti) liikaa\b(?! (?:\w+ )?(?:viest
    |sähköpost|maile|spämm|mainos|posti|muuta|tekemis|menoa|kiire|hommi|duuni|stressi))
trust: scämmi
    \bsc(?:a|ä)mm?\w*|\bskämm\w*|\bhuijaus\w*
trust: kuka pyörittää (absent)
    \bkuka (?:\w+ ){0,3}(?:pyörittää|pyöritti|omistaa|ylläpitää|on (?:\w+ )?takana)\b
price: ei tuohon hintaan
    \bei (?:tuohon|tähän|sillä|tällä|siihen|sen) (?:hintaan|hinnalla)\b
    |\bjos (?:\w+ ){0,2}(?:toimitu\w*
    |postikul\w*|hinta) (?:\w+ ){0,3}(?:ilmai\w*|halvempi|halvemp\w*|edullisempi)
trust: ei hajuakaan keitä te olette
    \b(?:ei|en) (?:\w+ ){0,3}(?:kuka|keitä|ketä) te (?:olette|ootte|oot)\b|\bkeitä te (?:ootte
    |oot)\b
payment: maksaa jälkikäteen (topic)
    \bjälkikät\w*|\bmaksaa myöhemmin\b|\bmaksu myöhemmin\b
changed_mind: osti jo
    \b(?:osti|ostin|ostettiin|tilasi|hankki|ostimme|ostikin) (?:\w+ )?jo\b|\bmietin uude(?:staan
    |lleen)\b
    |\bei tule kauppoja\b|\bei tule (?:ostettua|tilattua)\b
technical: jumitan
    \bjumi(?:tan|tin|tamme)\b|\bjumahd\w*|\b(?:en|ei) (?:\w+ )?(?:pääse|päässyt
    |päässy) (?:\w+ )?ohi\b
    |\b(?:sivu\w*|kassa|järjestelmä|sovellus) (?:väittää|väitti|sanoo|sanoi|sano|näyttää|näytti
    |ilmoitti
    |ilmoittaa) (?:\w+ ){0,7}vaikka\b
trust: kuvapankki
    \bkuvapanki\w*|\bskepti\w*|\bepäluulo\w*
trust: oikeat kuvat (absent)
    \b(?:oikei\w*|aito\w*|omia) (?:tuote)?kuv\w*
delivery: postinkantaja (topic)
    \bpostinkanta\w*|\bpitää(?:kö)? (?:\w+ )?hakea\b|\bhakea (?:itse|se|paketti|postista)\b
payment: maksaa lahjakortilla (topic)
    \bmaksaa (?:\w+ )?lahjakort\w*|\blahjakortil\w* (?:\w+ )?maks\w*
    |\bmaks\w* (?:\w+ )?lahjakortil\w*
changed_mind: tarve on poistunut
    \btarve (?:\w+ )?(?:poistu\w*|loppu\w*|hävi\w*|meni)|\b(?:hoidin|hoidimme|hoidettiin|ratkaisin
    |ratkaistiin|järjestin) (?:\w+ ){0,2}(?:muuten|muualla|itse|toisin)\b
technical: latausympyrä
    \blatausympyr\w*|\blatauspalk\w*|\bloputo\w* latau\w*|\bpäivity\w* (?:\w+ ){0,2}(?:epäonnistu\w*
    |ei onnistu\w*|ei toimi\w*)
trust: en halua antaa henkilötunnusta
    \b(?:en|emme) (?:\w+ )?(?:halua|uskalla|viitsi) (?:antaa|laittaa
    |syöttää) (?:\w+ )?(?:henkilötunnu\w*
    |hetu\w*|sotu\w*)|\b(?:ette|eivät) (?:\w+ )?(?:vastaa|vastannut
    |vastanneet) (?:\w+ )?(?:puhelimeen
    |viesteihin|sähköposti\w*)|\bepäasialli\w*
delivery: oven taakse (topic)
    \boven (?:taakse|eteen|viereen)\b
payment: kortti vanhentunut
    \bkortti\w* (?:\w+ ){0,2}vanhentu\w*
price: yläkanttiin
    \bhin\w* (?:\w+ ){0,2}yläkant\w*|\byläkanttiin\b
technical: hyppää ylös
    \bhyppää (?:\w+ ){0,2}(?:ylös|alkuun|takaisin)\b|\bnollautu\w*
trust: en tiedä keneen ottaa yhteyttä
    \b(?:en|ei) (?:\w+ )?tiedä (?:\w+ )?keneen (?:\w+ )?(?:ottaa yhteyttä|olla yhteydessä
    |ottaa yhteys)
trust: palautusosoite (absent)
    \bpalautusosoit\w*|\bkeneen (?:\w+ )?(?:ottaa yhteyttä|ottaa yhteys|olla yhteydessä)
delivery: ei aikaa odottaa
    \b(?:(?:ei|en) (?:\w+ ){0,3})?odottaa (?:\w+ ){0,2}(?:viikko\w*|viikkoa|päivää|kuukau\w*)
payment: debit-kortti (topic)
    \bdebit\w*|\bdebet\w*|\bpankkikort\w*
price: nostaneet hintoja
    \b(?:nost\w*|korott\w*) (?:\w+ )?hin\w*|\bhinnankorotu\w*|\bhinnat (?:\w+ )?nous\w*
technical: en saa auki
    \b(?:en|ei) (?:\w+ )?(?:saa|saanut|saanu) (?:\w+ ){0,2}auki\b
    |\bistunto (?:\w+ )?(?:vanhentu\w*|päättyi
    |katkesi|aikakatkais\w*)|\bsession expired\b
changed_mind: ei ole enää käyttöä
    \b(?:ei|en) (?:\w+ ){0,3}käyttöä\b
price: matchata hinta
    \bmatcha\w* (?:\w+ )?hin\w*|\bhintatakuu\w*|\bhinnan ?match\w*
changed_mind: päätin etten osta
    \bpäätin (?:\w+ )?(?:etten|että en)\b
trust: luin että ei saaneet
    \b(?:kuullut|lukenut|luin|kuulin|näin) (?:[\w:]+ ){0,4}(?:ei|eivät
    |ette) (?:ole |oo )?(?:saaneet|saanut
    |saanu|saa)\b
trust: löytyykö teitä trustpilotista
    \b(?:löytyykö|onko|ootteko|oletteko)\b[^.!?\n]{0,30}\btrustpilot\w*
changed_mind: tauko shoppailusta
    \btauko\w* (?:\w+ )?(?:shoppail\w*|ostamise\w*|ostoksi\w*|shoppaami\w*)|\bostolakko\w*
other: lopettakaa viestit
    \blopet(?:takaa|taa|ta|akaa|a|atko|atteko|tak|tais|taisitte
    |taisitteko)\b (?:\w+ ){0,3}(?:lähettä\w*
    |lähettely\w*|spämmä\w*|spämmi\w*|spammi\w*|viest\w*|sähköpost\w*|muistut\w*|maili\w*|meili\w*
    |mailaa\w*|meilaa\w*|pommit\w*|kiusaa\w*|häiritse\w*|tuputt\w*)
    |\bpoista\w* (?:\w+ ){0,3}(?:postituslistal\w*|sähköpostilistal\w*|listalta|listoilta
    |rekisteri\w*)
    |\b(?:postituslista\w*|sähköpostilista\w*|uutiskirje\w*)|\bunsubscribe\b
    |\bperu\w* tilau\w* uutis\w*
other: liikaa viestejä
    \b(?:liikaa|liian monta|liian paljon|niin paljon|niin monta|monta|kymmeniä|tuhat|jatkuvasti
    |koko ajan)
    \s(?:\w+ )?(?:viest\w*|sähköpost\w*|muistutu\w*|mainos\w*|maile\w*|meile\w*|spämmi\w*)
    |\b(?:en|emme) (?:\w+ )?(?:halua|tarvitse|kaipaa) (?:\w+ ){0,2}(?:viestejä|sähköposteja
    |muistutuksia|maileja|meilejä|mainoksia|lisää viestejä|enempää)
    |\b(?:lähetätte|lähettelette|spämmäätte|spämmäätte|spammaatte|pommitatte|muistutatte
    |kiusaatte|laitatte) (?:\w+ ){0,2}(?:näitä|noita|niitä|viest\w*|sähköpost\w*|maile\w*
    |muistutu\w*|usein|jatkuvasti|koko ajan|taas|uudestaan|niin paljon)\b
    |\bspämmi\w*|\bspämmä\w*|\bspammi\w*|\bspammaa\w*|\bkyllästy\w* (?:\w+ ){0,2}(?:viest\w*
    |sähköpost\w*|muistutu\w*|maile\w*)|\b(?:kolmas|neljäs|viides) (?:\w+ )?(?:viesti|kerta
    |muistutus|maili|sähköposti)\b
other: palkkapäivä (topic)
    \bpalkkapäiv\w*|\bpalkka\w* (?:\w+ )?(?:tulee|tullessa|tultua|jälkeen|tulo\w*)\b
    |\b(?:kun|sitten kun) (?:\w+ ){0,2}palk(?:ka|k)\w*|\bodot\w* (?:\w+ ){0,2}palk(?:ka|k)\w*
    |\btilipäiv\w*
    |\bkun (?:\w+ ){0,2}(?:tilillä|tilille) (?:\w+ )?(?:on|tulee) (?:\w+ )?rahaa\b
other: palaan asiaan (weak)
    \bpalaan (?:\w+ )?(?:asiaan|myöhemmin|takaisin|kun)\b|\bpalailen\b|\b(?:tilaan|ostan|tilaillaan
    |ostetaan|tilataan|katsotaan|katson) (?:\w+ ){0,2}(?:myöhemmin|myöhempänä|ensi kuussa
    |ensi viikolla
    |ensi vuonna|vähän myöhemmin)\b
other: lomalla (topic)
    \b(?:lomalla|lomamatkalla|reissussa|reissun päällä|matkoilla|työmatkalla)\b|\bpoissa kotoa\b
    |\b(?:olen|oon|ollaan|olemme) (?:\w+ ){0,2}lomalla\b
other: henkilökohtaiset uutiset (topic)
    \b(?:saatiin|saimme|sain|saan) (?:\w+ ){0,2}(?:vauva\w*|lapsen|kaksoset)\b
    |\bvauva (?:\w+ )?syntyi\b
    |\bvastasyntyne\w*|\bvanhempainvapaa\w*|\bäitiysloma\w*|\bisyysloma\w*|\bkeskellä muuttoa\b
    |\bmuuttohomm\w*|\bsairaalassa\b|\bolen (?:ollut |ollu )?(?:kipeä|sairaana)\b|\bkihloi\w*
changed_mind: katselin vain
    \b(?:katsel\w*|selail\w*|kurkkail\w*|kurkin|vilkuil\w*|haaveil\w*|unelmoi\w*|surffail\w*
    |shoppail\w*) (?:\w+ ){0,2}(?:huvikse\w*|iltaa|ajan kuluksi|ihan vaan|vain|vaan|vähän)\b
    |\bikkunaostoks\w*|\bhuvikse(?:ni|mme)\b|\bajan kuluksi\b|\btoivelista\w*|\btoivelistal\w*
    |\b(?:ei|en) (?:\w+ ){0,2}(?:ollut|ollu|ole|oo|ollutkaan) (?:\w+ ){0,2}(?:tarkoitus|aikomus
    |aikeita
    |tarkotus)\b|\b(?:en|emme) (?:\w+ ){0,2}(?:aikonut|aikonu|aikonutkaan|ajatellut|suunnitellut
    |meinannut|meinannu) (?:\w+ ){0,2}(?:ostaa|tilata|ostaakaan|tilatakaan)\b
changed_mind: puhuin itseni ympäri
    \bpuhu\w* (?:\w+ )?itse\w* (?:\w+ )?(?:ympäri|pois|ulos)\b|\bpuhuin (?:\w+ )?itseni\b
    |\btulin (?:\w+ )?järkii\w*|\bjärkei\w*|\bmietin (?:\w+ ){0,2}(?:yön yli|uudestaan|tarkemmin
    |uudelleen)|\bnukuin yön yli\b|\bkylmä(?:t)? jalat\b|\bperäydy\w*|\bperäänny\w*
    |\b(?:totesin|tajusin|päättelin) (?:\w+ ){0,3}(?:ettei|että en|etten|ettemme|turha\w*
    |ilmankin|pärjä\w*)|\bei (?:tule|tuu) (?:\w+ )?(?:mitään|kauppoja|ostettua)\b
    |\b(?:en|ei) (?:\w+ ){0,2}(?:käyttäis\w*|käyttäisi\w*|käyttäny|ois käyttöä|olisi käyttöä
    |tulis käytettyä|tulisi käytettyä)\b|\bturha (?:\w+ )?(?:ostos|hankinta|hankinto)\b
changed_mind: vanha kelpaa
    \bvanh\w* (?:\w+ ){0,2}(?:toimii|kelpaa|riittää|ajaa asiansa|kestää|saa kelvata|käy vielä
    |menee vielä)\b|\bsaa kelvata\b|\bmenee (?:\w+ )?vielä (?:\w+ )?(?:vuoden
    |hetken|tovin|pari)\b|\bpärjä\w* (?:\w+ ){0,2}(?:ilman|vanha\w*|nykyise\w*|näillä|entisillä)\b
changed_mind: kasvoi ulos
    \bkasv\w* (?:\w+ ){0,2}ulos\b
    |\bjuhlat (?:\w+ )?(?:meni|menivät|on jo ohi|ovat ohi)\b|\blopetti\w* (?:\w+ )?harrastu\w*
    |\bperittiin\b|\bsain (?:\w+ )?lainaksi\b|\blainaan (?:\w+ )?(?:kaverilta|naapurilta
    |siskolta|veljeltä|äidiltä)\b|\b(?:ei|en) (?:\w+ ){0,2}tarvet\w*
trust: outo fiilis
    \b(?:outo|oudo\w*|kummalli\w*|omitui\w*|epämääräi\w*|kyseenalai\w*|hämy|epäammattimai\w*
    |amatöörimäi\w*|kökkö\w*|nuhjui\w*) (?:\w+ )?(?:fiilis\w*|tunne\w*|tuntu\w*|sivu\w*|kauppa\w*
    |kaupa\w*|firma\w*|yritys\w*|vaikutelm\w*|meininki\w*|sivust\w*)|\b(?:tuntui|tuntuu|vaikutti
    |vaikuttaa|näytti|näyttää|vaikuttivat|näyttivät) (?:\w+ ){0,3}(?:oudo\w*
    |outo|kyseenalai\w*|epämääräi\w*|kummalli\w*|omituise\w*|amatöörimäi\w*|epäammattimai\w*
    |kököltä|nuhjuise\w*|epäilyttäv\w*)|\bkyseenalai\w*|\bepäammattimai\w*
    |\bamatöörimäi\w*|\bvatsatunt\w*|\bmutu-?tuntuma\w*
trust: kuka on takana (absent)
    \b(?:kuka|ketkä|keitä|ketä|mikä firma|mikä yritys) (?:\w+ ){0,3}takana\b
trust: lainatut kuvat
    \b(?:lainatu\w*|varastetu\w*|kopioidu\w*|kopioitu\w*) (?:\w+ )?(?:kuv\w*|tuotekuv\w*)
    |\b(?:kuv\w*|tuotekuv\w*) (?:\w+ ){0,2}(?:lainatu\w*|varastetu\w*|kopioidu\w*|kopioitu\w*
    |kopsattu\w*
    |kuvapanki\w*)|\b(?:en|ei) (?:\w+ ){0,2}(?:ollut|ollu|ole|oo) (?:\w+ ){0,2}(?:kuullut|kuullu
    |nähnyt|nähny|törmännyt|törmänny) (?:\w+ ){0,2}(?:nime\w*|teistä|tästä|firmasta|kaupasta)
    |\bkukaan (?:\w+ ){0,2}(?:tuntemani|tutuistani|kavereistani) (?:\w+ )?(?:ei|ole)\b
    |\b(?:ei|eikä) (?:\w+ )?(?:löydy|löytynyt|löytyny) (?:\w+ ){0,3}(?:mitään|yhtään)? ?(?:tietoa
    |tietoja|infoa) (?:\w+ ){0,2}(?:teistä|firmasta|yrityksestä|kaupasta)
technical: ei pystynyt kirjoittamaan
    \b(?:en|ei|emme) (?:\w+ )?(?:voinut|voi|pystynyt|pystyny|pysty|saanut|saanu|onnistunut|onnistunu
    |onnistu|pääse|päässyt|päässy) (?:\w+ ){0,2}(?:kirjoit\w*|kirjott\w*|klikkaa\w*|klikat\w*
    |painama\w*|painaa|valitsema\w*|lisäämä\w*|syöttämä\w*|täyttämä\w*|vaihtama\w*|muuttama\w*
    |poistama\w*|avaama\w*|tallentama\w*|näkemä\w*|lataama\w*|vierittämä\w*|kirjautuma\w*)
    |\bkursori\w*|\bhyppi\w* (?:\w+ ){0,2}(?:pois|ulos|takaisin|alkuun|ylös)\b
technical: captcha
    \b(?:re)?captcha\w*|\b(?:en ole|en ollut|etten ole|ettei ole) robotti\b
technical: koodi ei tullut
    \b(?:\w*koodi\w*|tekstiviest\w*|vahvistusviest\w*|vahvistuslink\w*|aktivointilink\w*|sms\w*
    |tunnistuskood\w*|vahvistuskood\w*|kirjautumislink\w*) (?:\w+ ){0,2}(?:ei
    |eikä) (?:\w+ ){0,2}(?:tullut
    |tullu|tule|saapunut|saapunu|saapunutkaan|tullutkaan)\b|\b(?:ei|en) (?:\w+ ){0,2}(?:tullut|tullu
    |tule|saanut|saanu) (?:\w+ ){0,2}(?:\w*koodi\w*|tekstiviest\w*|vahvistusviest\w*
    |vahvistuslink\w*
    |aktivointilink\w*|sms\w*|vahvistusmaili\w*|vahvistussähköpost\w*)
technical: sivu hajosi
    \b(?:sivu\w*|sovellu\w*|appi\w*|äppi\w*|kassa\w*|nappi\w*|napi\w*|kuv\w*|ruutu\w*
    |selain\w*|kori\w*|ostoskori\w*) (?:\w+ ){0,3}(?:hajo\w*|meni rikki|rikki|pimen\w*|pimeni|kuoli
    |sekos\w*|sekoil\w*|meni (?:\w+ )?(?:sekaisin|jumiin|tukkoon)|villiintyi|vilkku\w*|välkky\w*
    |hyppi\w*|pomppi\w*|tyhjeni\w*|tyhjen\w*
    |nollaantu\w*|katosi|hävisi|jämähti|jäi jumiin|jäi pyörimään|pyöri vaan|pyöri ja pyöri)\b
    |\b(?:en|ei) (?:\w+ ){0,2}(?:tapahtunut|tapahtunu|tapahdu|tapahtunutkaan) (?:\w+ )?(?:yhtään
    |mitään|mitn)\b|\bei (?:\w+ )?(?:mitään|yhtään) (?:\w+ )?(?:tapahtunut|tapahtunu|tapahdu)\b
price: turhan paljon
    \bturhan (?:paljon|kallis|kallii\w*|kova\w*|suolai\w*|hintava\w*)|\b(?:vähän|aika|melko|ihan)
    \s(?:liian )?(?:paljon|suolai\w*|tyyris|tyyri\w*) (?:\w+ ){0,2}(?:yhdestä|yhestä|tollasesta
    |tollaisesta|tuollaisesta|sellaisesta|tästä|siitä|tuosta|mun makuun|minun makuun|mulle
    |minulle)\b|\bmun (?:\w+ )?(?:budjettiin|lompakolle)\b|\brahat (?:on|ovat) (?:\w+ )?tiukalla\b
    |\bpersaukinen\b|\bpers(?:eaukinen|ukinen)\b|\bköyhä\w* (?:\w+ )?(?:opiskelija\w*
    |tällä hetkellä|nyt)\b
    |\b(?:en|ei) (?:\w+ )?(?:pysty|voi|voinut) (?:\w+ )?perustel\w*
    |\bperustel\w* (?:\w+ ){0,2}(?:\d+
    |noin paljon|niin paljon|sellaista summaa)
delivery: ehtiikö juhliin
    \bjuhl\w*(?:iin|ille|ksi)\b (?:\w+ ){0,2}(?:mennessä|ajoissa|ehtii\w*)
changed_mind: en ollut tosissani
    \b(?:en|ei|emme) (?:\w+ ){0,2}(?:ollu|ollut|oo|ole|ollukaan|ollutkaan) (?:\w+ ){0,2}tosissa\w*
    |\b(?:katsoakse\w*|kattoakse\w*|nähdäkse\w*|tarkistaakse\w*) (?:\w+ ){0,2}(?:mitä|paljonko
    |kuinka paljon|mihin) |\b(?:mulla|minulla|meillä|meil|mul|mulle) (?:on|o) (?:jo|jo nyt)
    \s(?:\w+ ){0,2}(?:tommonen|tommoinen|tollanen|tollainen|sellainen|sellanen|semmoinen|semmonen
    |samanlainen|yksi|yks|vastaava|tuollainen|tuommoinen|kaksi|kaks)\b
technical: muoto on väärä
    \bmuo(?:to|dossa|doss)\w* (?:\w+ ){0,2}(?:on |oli )?(?:väär\w*|virheelli\w*)|\b(?:väär\w*
    |virheelli\w*)
    \smuo\w*|\b(?:sivu\w*|sovellu\w*|appi\w*|äppi\w*|kassa\w*) (?:\w+ ){0,3}(?:sulkeu\w*
    |käynnist\w* uudelleen
    |vilkk\w*)\b
changed_mind: korjaan vanhan
    \bkorja\w* (?:\w+ ){0,2}vanha\w*|\bpäät(?:in|imme|ettiin|ti) (?:\w+ ){0,4}(?:sen sijaan
    |mieluummin
    |lykätä|siirtää|korjata|korjauttaa|pärjätä|pärjäillä)\b|\blyk(?:kää|kään|käsin|kättiin|ätä)
    \s(?:\w+ ){0,2}(?:remont\w*|projekt\w*|häit\w*|matka\w*|muutto\w*|ostoks\w*|hankin\w*)
changed_mind: hän löysi itse
    \b(?:hän|he|äiti|isä|vaimo|mies|sisko|veli|mummo|ukki|kaveri|se) (?:\w+ )?(?:löysi|osti|sai
    |hankki
    |löys|ost|tilasi) (?:\w+ ){0,2}(?:itse|jo|itselleen|muualta)\b|\b(?:vaimo|mies|puoliso|avokki
    |tyttöystävä|poikaystävä|äiti|isä|pomo|emäntä|isäntä|kumppani|kulta)\w* (?:\w+ )?(?:sano|sanoi
    |kielsi|tyrmäsi|veto\w*)\b|\bei tällä kertaa\b
trust: varoitti
    \b(?:varoitti|varotti|varoittanut|varottanu\w*|varoitteli|kielsi ostamasta)\b
trust: hälytyskellot
    \bhälytyskell\w*|\bepäilyttävän (?:\w+ )?(?:halpa\w*|halvalla|edullinen|edullise\w*)\b
trust: liian hyvää ollakseen totta
    \bliian hyvä\w* (?:\w+ )?(?:ollakseen|olla) tot\w*|\bepäilyttävän halpa\w*|\bliian halpa\w*
    \s(?:ollakseen|että)\b|\bkirjoitusvirhe\w*|\bkäännösvirhe\w*|\boudo\w* käännök\w*|\bkonekäänn\w*
    |\b(?:huono\w*|kökkö\w*|outo\w*|kummallis\w*) suome\w*|\bgoogle ?translate\w*
    |\b(?:ei|en) (?:\w+ ){0,2}(?:tunnu|vaikuta|näytä|vaikuttanut
    |tuntunut) (?:\w+ ){0,2}(?:suomalaise\w*
    |kotimaise\w*|oikealta|aidolta|kunnolliselta)
trust: minne palauttaa (absent)
    \b(?:minne|mihin|miten|kuinka|mistä) (?:\w+ ){0,2}(?:voi |voin |pitää |saa |voisi )?(?:palauttaa
    |palautetaan|palauttaisin|palauttaa tuotteen)\b|\bpalautusohje\w*|\bpalautustie\w*
technical: ikkuna ei mene kiinni
    \b(?:ikkuna\w*|popup\w*|ponnahdus\w*|eväste\w*|chat\w*|banneri\w*
    |ruutu\w*) (?:\w+ ){0,4}(?:ei saa
    \skiinni|ei sulkeudu|ei mene kiinni|peittää|peitti|on edessä|oli edessä|on päällä|oli päällä
    |tiellä)\b|\bjota ei saa kiinni\b|\b(?:en|ei) (?:\w+ ){0,2}(?:pääse|päässyt|päässy
    |pässy) (?:\w+ ){0,3}asti\b
    |\b(?:sekav\w*|outo\w*|oudo\w*|kummallis\w*) (?:\w+ )?(?:merkkejä|merkkijono\w*|merkit
    |symbole\w*
    |koodia)\b|\bmerkkisotku\w*|\bmerkkisoppa\w*|\bsama sivu (?:\w+ ){0,2}(?:latautuu|aukeaa)
    \s(?:\w+ )?(?:uudestaan|uudelleen|aina)\b|\b(?:osoit\w*|tiedot|tietoni|teksti\w*|koodi\w*
    |postinumero\w*|kirjoittama\w*) (?:\w+ ){0,4}(?:katosi|katoaa|hävisi|häviää|pyyhkiytyi
    |tyhjeni|nollautui)\b
other: veronpalautus (topic)
    \bveronpalautu\w*|\blapsilis\w*|\bopintotu\w*|\bkelan rah\w*|\bkelalta\b
changed_mind: fiilistelin
    \bfiilistel\w*|\bhaaveil\w*|\b(?:en|ei) (?:\w+ ){0,3}(?:ollu|ollut|oo
    |ole) (?:\w+ ){0,2}(?:ostamassa
    |tilaamassa|ostoksilla)\b|\b(?:ei|en) (?:\w+ ){0,3}(?:oo|ole|ollut
    |ollu) (?:\w+ ){0,2}tilaa (?:\w+ )?(?:\w+lle
    |\w+llä|kotona|asunnossa)\b|\bei (?:\w+ )?(?:enää )?tarvita\b|\b(?:ei|en|eivät) (?:\w+ )?enää
    \s(?:harrasta|pelaa|soita|ratsasta|hiihdä|luistele|käytä|tarvi|tarvitse|tykkää|välitä|leiki)\w*
    |\bjätetään(?: (?:väliin|sikseen|tällä kertaa|ostamatta))?\s*(?:[.!]|$)
trust: en uskaltanut
    \b(?:en|emme|enkä|emmekä|en mä|emmä) (?:\w+ )?(?:uskaltanut|uskaltanu|uskalla
    |uskaltaneet)\b|\b(?:jännitti|jännittää
    |epäilytti|arvelutti)\b
technical: kori näytti tyhjältä
    \b(?:kori\w*|ostoskori\w*) (?:\w+ ){0,2}(?:näytti|näyttää|oli|on) (?:\w+ )?tyhjä\w*
    |\bvaikka (?:\w+ ){0,2}(?:olin|oli|on|olen) (?:\w+ ){0,2}(?:lisännyt|lisänny|valinnut|syöttänyt
    |kirjoittanut|kirjottanu|täyttänyt)\b
other: mökillä ilman nettiä (topic)
    \bilman (?:nettiä|verkkoa|kenttää|internetiä|wifiä)\b
technical: lakkasi toimimasta
    \blakka\w* (?:\w+ )?(?:toimimasta|toimimast|latautumasta|aukeamasta|vastaamasta|reagoimasta)\b
    |\bei (?:\w+ )?enää (?:toimi|toiminut|aukea|aukee|lataudu|avaudu)\b
changed_mind: innostuin liikaa
    \binnostu\w* (?:\w+ )?liikaa\b|\b(?:en|emme) (?:\w+ ){0,3}(?:kaipaa|tartte|tarttis)\b
    |\b(?:vuokranantaja|taloyhtiö|isännöitsijä|kumppani)\w* (?:\w+ )?(?:kielsi|ei salli\w*
    |sanoi ei)\b
    |\b(?:joulu|juhannu|pääsiäi|juhl|synttär|hää|kausi|kesä|talvi|reissu|matka|rippijuhl
    |valmistujai)\w*
    \s(?:\w+ ){0,2}(?:meni jo|meni|on ohi|on jo ohi|oli jo|ehti mennä|ovat ohi|loppui)\b
    |\bensi vuoteen\b
    |\bensi vuodelle\b
trust: numero ei käytössä
    \bnumero\w* (?:\w+ ){0,2}(?:ei|eikä) (?:\w+ )?(?:ollut|ole|oo|ollu) (?:\w+ )?käytössä\b
    |\bkukaan ei
    \s(?:\w+ )?vastannut\b|\bei vastannut kukaan\b|\bnäytti (?:\w+ ){0,2}(?:erilaiselta
    |oudolta) kuin\b
other: olla lähettämättä
    \b(?:lähettämättä|mailaamatta|spämmäämättä|muistuttamatta|viestittelemättä)\b
    |\bei (?:\w+ )?(?:tarvitse|tarvii|tartte) (?:\w+ ){0,2}(?:muistuttaa|muistutella|mailata)\b
delivery: Suomea ei listassa
    \b(?:listas\w*|valiko\w*|vaihtoehdoi\w*|maalistas\w*) (?:\w+ )?(?:ei|eikä) (?:\w+ )?(?:ollut
    |ole|oo|ollu
    |löytynyt|löytyny|löydy) (?:\w+ )?(?:suome\w*|ahvenanmaa\w*|ruotsi\w*|maatani|omaa maata\w*)
    |\b(?:suome\w*|ahvenanmaa\w*|maatani) (?:\w+ )?(?:ei|eikä) (?:\w+ )?(?:ollut|ole|oo|ollu
    |löytynyt
    |löytyny|löydy|voinut valita|voi valita)\b
trust: suomi24 (topic)
    \b(?:suomi24\w*|vauva\.fi\w*|reddit\w*|ylilauta\w*)
trust: googlasin varoituksia
    \bvaroitu\w* ~~ \b(?:googla\w*|google\w*|hain|haku\w*|netistä|netissä)
changed_mind: elämä tuli väliin
    \b(?:elämä|jotain|muuta|muut asiat) (?:\w+ )?tuli väliin\b|\bei siitä (?:\w+ )?(?:tullut|tullu
    |tule)
    \smitään\b|\bkäyt\w* (?:\w+ ){0,2}ostamassa\b|\b(?:ostin|ostettiin|ostimme|haettiin|hain|ostin)
    \s(?:\w+ ){0,3}(?:keskustasta|kaupungilta|kylältä|lähikaupasta|marketista)\b
price: enemmän kuin yleensä
    \benemmän kuin (?:\w+ ){0,2}(?:käytän|maksan|laitan|budjetoin|haluan|halusin|ajattelin
    |olin ajatellut)\b
delivery: voisitteko lähettää vasta
    \b(?:voisitteko|voitteko|voiko|voitaisiinko|voisiko) (?:\w+ )?(?:lähettää|toimittaa
    |postittaa)\b(?! (?:\w+ )?(?:lasku\w*|kuiti\w*|kuvi\w*|tietoj\w*|koodi\w*
    |linki\w*|vahvistu\w*|muistutu\w*|viest\w*))
    |\b(?:lähet\w*|toimit\w*|postit\w*) (?:\w+ )?(?:vasta )?(?:tammi|helmi|maalis|huhti|touko|kesä
    |heinä
    |elo|syys|loka|marras|joulu)kuussa\b|\b(?:lähet\w*|toimit\w*) (?:\w+ )?vasta\b
other: en ole koskaan ostanut
    \b(?:en|emme) (?:oo|ole) (?:\w+ )?(?:koskaan|ikinä) (?:\w+ )?(?:ostanut|ostanu|tilannut|tilannu
    |käynyt
    |asioinut)\b|\b(?:en|emme) (?:oo|ole) (?:\w+ )?(?:koskaan|ikinä) (?:\w+ ){0,2}(?:laittanut
    |laittanu
    |lisännyt|lisänny|jättänyt) (?:\w+ ){0,2}ostoskori\w*|\bväärälle (?:henkilölle|vastaanottajalle
    |ihmiselle)\b|\bkuka (?:\w+ )?(?:tätä
    |näitä)
    \slähettää\b
other: ei ostoskoria (no cart)
    \b(?:en|emme) (?:oo|ole) (?:\w+ )?(?:koskaan|ikinä) (?:\w+ ){0,2}(?:laittanut|laittanu|lisännyt
    |lisänny|jättänyt) (?:\w+ ){0,2}ostoskori\w*|\b(?:en|emme) (?:oo|ole) (?:\w+ )?(?:koskaan|ikinä)
    \s(?:\w+ )?käynyt\b|\bväärälle (?:henkilölle|vastaanottajalle|ihmiselle)\b
    |\b(?:en|enkä|emme) (?:ole|oo) (?:\w+ )?(?:koskaan |ikinä )?luonut (?:\w+ )?tiliä\b
    |\b(?:en|emme) (?:\w+ )?muista (?:\w+ ){0,3}(?:käyneeni|käyneemme|vierailleeni
    |rekisteröityneeni|laittaneeni|lisänneeni|asioineeni)\b
changed_mind: sai kelvata
    \blöys?i\w* (?:\w+ ){0,2}(?:saman|samanlaisen|vastaavan) \w+(?:lta|ltä|sta|stä)\b
    |\bsai kelvata\b
    |\bpärjätään\b|\bpärjään\b|\b(?:saatiin|sain|saimme) (?:\w+ ){0,2}(?:naapurilta|kaverilta
    |ystävältä
    |siskolta|veljeltä|äidiltä|isältä|mummolta|kummilta|työkaverilta|anopilta|tutulta)\b
trust: välikäsi
    \bvälikä\w*|\bväitt\w* olevansa\b
trust: aliexpress (topic)
    \b(?:aliexpress\w*|temu\w*|wish\.com|alibaba\w*)
technical: ruudun ulkopuolella
    \b(?:ruudun|näytön) ulkopuol\w*|\b(?:en|ei) (?:\w+ )?ylety\w*
other: sama viesti kahdesti
    \bsaman viestin (?:\w+ ){0,3}(?:kahteen kertaan|kahdesti|tuplana)\b|\btuli tuplana\b|\b(?:en
    |emme)
    \s(?:ole|oo) (?:\w+ )?kiinnostun\w* (?:\w+ )?(?:\w+ )?(?:tarjou\w*|viest\w*|sähköpost\w*
    |maile\w*|mainok\w*
    |uutiskirje\w*|muistutu\w*)
delivery: arkipäivää liian kauan
    \b(?:arkipäivä\w*|työpäivä\w*|päivää|viikkoa|viiko\w*)\b[^.!?\n]{0,40}\bliian (?:kauan|pitkä\w*
    |pitkään|hidas)\b
payment: kortti ei toimi täällä
    \b(?:ei|eikä) (?:\w+ ){0,3}(?:\w*kortti|\w*korttini|visa|mastercard) (?:\w+ )?(?:toimi|toiminut
    |käy
    |kelpaa|mene läpi|mennyt läpi)\b|\btuli hylkäys\b|\bhylkäysilmoitu\w*
trust: kiinalainen yritys ehdoissa
    \b(?:kiinalai\w*|ulkomai\w*) (?:\w+ )?(?:yritys|yrity\w*|yhtiö\w*|firma\w*|osoit\w*|omistaj\w*)
    |\b(?:sanotte|väitätte|kerrotte) olevanne\b
delivery: tarvitsen sen perjantaina
    \b(?:tarvitsen|tarviin|tarvitsisin|tarvisin|tarttisin) (?:sen|ne|paketin|tuotteen
    |tilauksen) (?:\w+ )?(?:maanantai
    |tiistai|keskiviiko|torstai|perjantai|lauantai|sunnuntai|huomenna|viikonlop|juhannu|joulu)\w*
trust: ei vakuuttanut
    \bei (?:\w+ )?(?:vakuuttanu\w*|vakuuta|vakuuttava\w*)|\bkyhät\w*|\bkyhätt\w*
price: hinta on överi
    \bhin\w* (?:\w+ ){0,4}(?:överi\w*|yläkantis\w*)|\böveri(?:hinta|hinnat)\w*
changed_mind: emmä taida sittenkää
    \b(?:emmä|emmää|en mä|en mie) (?:\w+ )?(?:taida|aio|osta|tilaa
    |ota)\w*(?: (?:\w+ )?(?:sittenkää\w*
    |kuitenkaa\w*))?\b|\bsittenkää\b
question: koko ja saatavuus
    \b(?:sopii|sopiiko|koon|kokoa|kokoja|kokotaulu\w*|koossa|kokoinen|kokoisen|varasto\w*
    |materiaali\w*|väri\w*|mitat|mitoitu\w*|saatavuu\w*)\b
question: voiko käyttää
    \bvoi(?:ko|kohan) (?:\w+ ){0,3}käyttää\b|\binduktio\w*|\bsopii(?:ko|kohan)\b
question: kysymys tuotteesta
    \b(?:onko|voiko|sopiiko|kestääkö|saako|mahtuuko|löytyykö|tuleeko|pitääkö|voinko|saanko
    |pystyykö|käykö|onkohan|voisiko|olisiko)\b[^.!\n]{0,80}\?
question: kysymys
    \b(?:miten|mikä|mitä|miksi|milloin|missä|kuinka|paljonko|mistä|kuka|mitkä)\b[^.!\n]{0,80}\?
""",
    "de": r"""
payment: Bestätigungscode kam nie
    \b(?:bestätigungs|sicherheits|sms-?|freigabe|tan-?)code\w* ~~ \b(?:kam nie|nie kam|kam nicht
    |nicht (?:\w+ )?angekommen|nie (?:\w+ )?angekommen|nie (?:\w+ )?aufs handy)
changed_mind: im Laden mitgenommen
    \b(?:im|in einem|in der) (?:\w+ )?(?:\w*laden|\w*geschäft|baumarkt|supermarkt|drogerie
    |stadt)\b ~~ \b(?:mitgenommen|gekauft|geholt|besorgt)\b
changed_mind: Sie können den Warenkorb leeren
    \b(?:sie|ihr|du) (?:können|könnt|kannst|dürfen|dürft
    |darfst) (?:\w+ ){0,2}warenkorb (?:\w+ )?(?:leeren|löschen)\b
changed_mind: Veto eingelegt
    \b(?:ihr|sein|ein) veto (?:\w+ )?(?:eingelegt|eingereicht)\b|\bveto (?:\w+ )?eingelegt\b
changed_mind: gleich mitgenommen
    \b(?:hab|habe|hatte|haben) (?:ich|wir) (?:\w+ ){0,3}(?:gleich|direkt|sofort|spontan|einfach
    |dann) mitgenommen\b
changed_mind: keine Pläne zu kaufen
    \bkeine (?:\w+ )?pläne,? (?:\w+ ){0,3}zu (?:kaufen|bestellen)\b
    |\bhabe (?:\w+ )?nicht vor,? (?:\w+ ){0,3}zu (?:kaufen|bestellen)\b
returnsnoun =
    \b(?:rücksend\w*|rückgabe\w*|widerruf\w*|umtausch\w*|retoure\w*|rückversand\w*
    |zurückschick\w*|zurücksend\w*|zurückgeben|zurückzuschicken|zurückzusenden)
returnsunclear =
    \b(?:unklar\w*|schwammig\w*|vage?|nicht (?:\w+ )?klar|nicht (?:\w+ )?ersichtlich
    |nirgends (?:\w+ )?herausfinden|nicht (?:\w+ )?herausfinden
    |undurchsichtig\w*|verwirrend\w*|nirgends|nirgendwo|nicht (?:\w+ )?gefunden|unsicher\w*
    |nichts (?:\w+ )?(?:zu finden|dazu|darüber))
trust: Rückgabe unklar (returns)
    {returnsnoun}[^.!?\n]{0,80}?{returnsunclear}|{returnsunclear}[^.!?\n]{0,80}?{returnsnoun}
delivery: nicht auf Lager
    (?:\bausverkauft\b|\bnicht (?:\w+ )?(?:auf|am) lager\b|\berst (?:\w+ ){0,3}wieder (?:auf lager
    |lieferbar|verfügbar)\b|\b(?:wieder|voraussichtlich|erst) (?:auf lager|lieferbar
    |verfügbar) (?:ab|in|im|erst|kw)\b|\b(?:lieferbar|verfügbar) (?:erst )?ab (?:kw|\d|mitte|ende
    |anfang)
    |\bnachlieferung\b|\blieferrückstand\b)(?![^.!?\n]*\?)
trust: Steuer-ID verlangt
    \b(?:steuer-?id\w*|steuernummer|personalausweis\w*|ausweisnummer
    |sozialversicherungsnummer|geburtsdatum\w*) ~~ \b(?:wollte|wollten|verlangt\w*|gefragt|fragte
    |abgefragt|angeben
    |warum|wieso)\b
changed_mind: nur zum Vergleichen reingelegt
    \b(?:reingelegt|hineingelegt|reingepackt|gelegt|gepackt
    |hinzugefügt)\b,? um (?:\w+ ){0,5}zu (?:vergleichen|merken|gucken|sammeln)\b
remindermsg =
    \b(?:mails?|e-?mails?|nachricht(?:en)?|erinnerung(?:en|smail\w*)?|newsletter|zuschrift\w*
    |post von (?:ihnen|euch|dir))\b
reminderpace =
    \b(?:mitten in der nacht|nachts|(?:so|viel zu|zu|sehr|blitz)\s?(?:schnell|flott|früh|bald)
    |innerhalb (?:von )?(?:\w+ )?(?:minuten|sekunden|einer stunde|tagen|stunden|einer woche)|(?:kaum
    |nicht mal|nicht einmal
    |nur|keine) (?:eine|einer|\w+) (?:stunde|stunden|minute|minuten|sekunden)
    |kommen (?:immer )?(?:weiter|ständig|dauernd)|täglich|jeden (?:einzelnen )?tag|jeden zweiten tag
    |alle zwei tage|zweimal am tag|in (?:nur |gerade mal )?(?:\d+|zwei|drei|vier|fünf|sechs|sieben
    |einem|einer) (?:tagen|tag|stunden|stunde|wochen?)|bevor (?:\w+ ){0,3}(?:geschlossen|zugemacht
    |verlassen)|stalk\w*|aufdringlich\w*|penetrant\w*|verfolg\w*)\b
other: über die Erinnerungen (reminders)
    {remindermsg}[^.!?\n]{0,120}?\b(?:lächeln|lachen|schmunzeln|gelacht|geschmunzelt|witzig\w*
    |lustig\w*)\b
    |{remindermsg}[^.!?\n]{0,80}?{reminderpace}|{reminderpace}[^.!?\n]{0,80}?{remindermsg}
    |\b(?:stalk\w*|aufdringlich\w*|penetrant\w*)\b
    |\b(?:die|das) (?:zweite|dritte|vierte|fünfte|sechste) (?:\w+ )?(?:in|innerhalb|diese)
    \s(?:einer |einem |zwei |drei |nur )?(?:woche|tag|tagen|wochen|monat)\b
site =
    \b(?:seite\w*|website|webseite\w*|homepage|shop|button|knopf|schaltfläche|warenkorb|kasse
    |checkout|app|\w*formular\w*|feld|felder|link|handy|smartphone|iphone|android|browser|safari
    |chrome
    |firefox|ipad|tablet|menü\w*|dropdown\w*|auswahl\w*|fenster|pop-?up|bildschirm|display)\b
shop =
    \b(?:shop\w*|online-?shop\w*|laden|händler\w*|seite\w*|webseite\w*|firma\w*|euch|ihnen)\b
cost =
    \b(?:versand\w*|porto\w*|liefer(?:kosten|gebühr)\w*|gesamt\w*|endpreis\w*|endsumme\w*
    |gebühr\w*|aufpreis\w*|zuschlag\w*)
dear =
    \b(?:teuer\w*|teur\w*|hoch|hohe\w*|höher\w*|zu viel|übertrieben\w*|überzogen\w*|überhöht\w*
    |unangemessen\w*|unverschämt\w*|heftig\w*|kost\w*
    |gebühr\w*|mehr als|happig\w*|saftig\w*|gesalzen\w*|gestiegen|erhöht|frech\w*|krass\w*
    |wucher\w*|absurd\w*|jenseits|wahnsinn\w*|irre|lächerlich\w*|stolz\w*|sportlich\w*
    |knackig\w*|gepfeffert\w*|deftig\w*)
money =
    (?:\b\d+(?:[.,]\d+)? ?(?:euro|eur|franken|fr\.|chf|€|stutz)(?!\w)|(?:chf|fr\.|€) ?\d+)
failed =
    \b(?:abgelehnt|abgewiesen|nicht freigegeben|nicht bestätigt|nicht autorisiert
    |abgebrochen|fehlgeschlagen|nicht akzeptiert|nicht durch|ging nicht|geht nicht
    |funktioniert\w* nicht
    |klappt\w* nicht|nicht geklappt|nicht angenommen|nicht genommen|verweigert|gesperrt|storniert
    |fehler\w*|nicht durchgegangen|geht nie durch|nicht möglich|unmöglich|nie funktioniert
    |nie geklappt|schief\w*|(?:geht|ging|klappt\w*|funktioniert\w*|läuft|lief) (?:\w+ ){1,3}nicht
    |nicht (?:\w+ )?(?:funktioniert|geklappt|gegangen|durchgegangen|angenommen|akzeptiert))
payment: Karte abgelehnt
    \b(?:\w*karte\w*|zahlung\w*|bezahlung\w*|transaktion\w*|visa|mastercard|maestro|paypal|klarna
    |twint|postfinance|apple ?pay|google ?pay) ~~ {failed}
payment: konnte nicht bezahlen
    \b(?:konnte|kann|könnte|ließ sich|lässt sich) (?:\w+ ){0,3}(?:nicht|nie) (?:\w+ )?(?:bezahlen
    |zahlen|bezahlt werden)\b
payment: konnte nicht verarbeitet werden
    \b(?:zahlung\w*|bezahlung\w*) ~ \bnicht (?:verarbeitet|durchgeführt|abgeschlossen)
payment: Zahlungsart (topic)
    \b(?:paypal|klarna|twint|postfinance|sofort ?überweisung|giropay|apple ?pay|google ?pay
    |3-?d[ -]?secure|rechnungskauf|(?:auf|per|gegen|mit|über) rechnung|vorkasse|lastschrift|sepa
    |überweisung|zahlungsart\w*|zahlungsmethode\w*|zahlungsmöglichkeit\w*|zahlungsoption\w*
    |bezahlmöglichkeit\w*|bezahlmethode\w*|bezahlart\w*|ratenzahlung|ratenkauf
    |in raten|auf raten|american express|amex|maestro|visa|mastercard|girocard|ec-karte|revolut|n26
    |paysafecard|prepaid\w*
    |teilzahlung|nachnahme|kreditkarte\w*|debitkarte\w*|bar bezahlen
    |barzahlung)\b
payment: geht Rechnung?
    \b(?:paypal|klarna|twint|postfinance|sofort ?überweisung|giropay|apple ?pay|google ?pay
    |rechnungskauf|(?:auf|per|gegen|mit|über) rechnung|vorkasse|lastschrift|überweisung|ratenzahlung
    |ratenkauf|in raten|auf raten|nachnahme|kreditkarte|debitkarte|maestro|visa|mastercard|amex
    |american express|postcard|vorauskasse)\b[^.!?\n]{0,60}\?
payment: Zahlungsart fehlt
    \b(?:paypal|klarna|twint|postfinance|sofort ?überweisung|giropay|apple ?pay|google ?pay
    |rechnung|rechnungskauf|vorkasse|lastschrift|sepa|überweisung|zahlungsart\w*|zahlungsmethode\w*
    |zahlungsmöglichkeit\w*|zahlungsoption\w*|bezahl\w*|ratenzahlung|raten|kreditkarte\w*
    |bank)\b ~~ \b(?:nicht (?:\w+ )?(?:angezeigt|angeboten|verfügbar|auswählbar|anwählbar
    |aufgeführt)
    |fehlt|fehlen|gibt es nicht|gibt's nicht|nicht zur auswahl)\b
payment: Probleme mit der Zahlung
    \b(?:problem\w*|ärger|schwierigkeit\w*|fehler)\s+(?:mit|bei)\s+(?:der\s+
    |dem\s+)?(?:zahlung\w*|bezahl\w*|\w*karte|paypal|klarna|twint)
payment: Bank-App
    \b(?:bank\w*|tan|pushtan|mtan|sms-?code|sicherheitscode|3-?d|securego|freigabe
    |abbuchung\w*) ~~ \b(?:tan
    |code|freigabe|freigeg\w*|bestätig\w*|abgelehnt|abgelaufen|kam nicht|kommt nicht|nicht an
    |gesperrt|verifizier\w*|authentifizier\w*|funktioniert\w*|geklappt|klappt\w*|gestoppt|blockiert
    |angehalten)\b
payment: Freigabe klappte nie
    \b(?:freigabe|tan|pushtan|mtan|sms-?code|bestätigung\w*|\w*sparkasse\w*|banking-?app|bank-?app
    |3-?d[ -]?secure)\b(?:[^.!?\n]{0,40})\b(?:nie|nicht) (?:\w+ )?(?:funktioniert|geklappt|gekommen
    |angekommen|erhalten|bekommen|durchgegangen)\b
payment: Seite hing beim Bezahlen
    \b(?:bezahl\w*|zahlung\w*|zahlen) ~~ \b(?:aufgehängt|hängt|hing|abgestürzt|stürzt|lädt nicht
    |fehler\w*|funktioniert\w* nicht|ging nicht|geht nicht|klappt\w* nicht|crash\w*|gecrasht)
payment: kann ich so zahlen
    \b(?:möglichkeit\w*|kann man|kann ich|könnte ich|darf ich
    |ist es möglich)\b ~ \b(?:zahlen
    |bezahlen)\b
payment: bar zahlen
    \bbar (?:\w+ ){0,3}(?:zu )?(?:zahlen|bezahlen)\b|\bin bar\b|\bbarzahlung\b
payment: Geld abgebucht
    \b(?:geld|betrag|konto|karte|kreditkarte) ~ \b(?:abgebucht|belastet|reserviert)\b
payment: beim Zahlen ein Fehler
    \b(?:zahl\w*|bezahl\w*|klarna|paypal|twint|kreditkarte\w*)\b[^.!?\n]{0,60}\b(?:fehler\w*
    |fehlgeschlagen
    |abgelehnt|abgebrochen)
price: etwas am Preis machen
    \b(?:etwas|was|noch was|noch etwas) am preis (?:machen|tun|drehen|ändern)\b
    |\b(?:aktion|rabattaktion|sale|angebot|schnäppchen)\w* (?:\w+ ){0,4}(?:abwarten|abwarte|warten
    |warte)\b
price: Versandkosten zu hoch
    {cost} ~~ {dear}
price: nicht wert
    \bnicht (?:\w+ ){0,2}wert\b|\blohnt\w* (?:sich )?(?:\w+ ){0,3}nicht\b|\bpreis-?leistung\w*
    |\brechtfertig\w*
price: ein Betrag
    {amount} ~~ (?:{dear}|{cost}|\b(?:zu viel|ganz schön viel))
price: so viel Geld
    {money} ~~ (?:{dear}|{cost}|\b(?:zu viel|ganz schön viel))
price: was für Preise
    \bwas für (?:\w+ )?preise\b|\bpreise (?:\w+ ){0,2}(?:hammer|wahnsinn|irre|frech)\w*
    |\bzu viel für mich\b
price: mehr als ich ausgeben wollte
    \büber (?:dem|das), was ich\b|\bmehr als ich (?:\w+ ){0,3}(?:ausgeben|zahlen|bezahlen)\b
    |\bübersteigt\b
price: zu teuer
    \b(?:teuer\w*|teur\w*|kostspielig\w*|überteuert\w*|wucher\w*|apothekenpreis\w*|vermögen|happig
    |gesalzen|überzogen)\b|\bmindestbestell\w*|\bdoppelt so (?:viel|teuer)\b|\bdas doppelte\b
price: zu viel Geld
    \bzu viel geld\b|\bkostet (?:mir |mich )?(?:\w+ )?zu viel\b|\bzu viel (?:kohle|kohle|asche)\b
    |\bfür (?:das|den|diesen|dieses|so viel|so einen|den) (?:geld|preis|betrag|kohle)\b
price: Franken weniger
    \b\d+(?:[.,]\d+)? ?(?:euro|eur|franken|fr\.|chf|€|stutz)(?!\w) ~ \b(?:weniger|billiger
    |günstiger)\b
price: kostet woanders weniger
    \b(?:konkurrenz|mitbewerber|woanders|anderswo|amazon|ebay|im laden
    |vor ort) ~~ (?<!sogar )\b(?:weniger
    |billiger|günstiger)\b
price: woanders günstiger
    (?<!sogar )\b(?:günstiger\w*|billiger\w*|preiswerter\w*|preisgünstiger\w*)\b|\bfür weniger\b
    |\b(?:für|zur|um) (?:die )?hälfte\b|\bhälfte (?:des|vom) preis\w*|\bhalben preis\b
    |\bhalb so viel\b
    |\bhalb so teuer\b
price: auf einen Sale warten
    \b(?:black ?friday|cyber ?monday|schlussverkauf|ausverkauf|rabattaktion\w*|im sale
    |auf (?:den )?sale)\b
price: auf Angebote warten
    \b(?:warte|warten|abwarten)\b ~~ \b(?:reduziert\w*|angebot\w*|aktion\w*|prozente)\b
price: Rabattcode (topic)
    \b(?:rabatt\w*|gutschein\w*|aktionscode\w*|promocode\w*|versandkostenfrei\w*
    |kostenlose\w* versand|gratisversand|prozente)
price: Aktion (topic)
    \b(?:aktion|aktionen|sale)\b
price: Angebot (weak)
    \bangebot\w*
price: Preis zu hoch
    \bpreis(?!gabe|geb|zugeb|gegeb)\w* ~~ {dear}
price: nicht leisten
    \bnicht leisten\b|\bbudget\w*|\b(?:das|es|grad|gerade|momentan|finanziell
    |aktuell|diesen monat) (?:\w+ )?nicht drin\b|\bknapp bei kasse\b|\bpleite\b
    |\bgeld (?:ist )?(?:\w+ )?knapp\b
price: warte, bis es reduziert wird
    \bwarte\w*\b[^.!?\n]{0,60}\b(?:reduziert\w*|günstiger|billiger|im preis (?:sinkt|sinken|fällt
    |fallen)|im angebot|rabatt\w*|im sale|sale|runtergesetzt)\b
price: mit 60 Euro gerechnet
    (?:{money}|{amount}) ~~ \b(?:gerechnet|erwartet|kalkuliert|eingeplant|veranschlagt)\b
price: so viel für Versand
    \bso viel (?:\w+ ){0,2}für (?:den |die |das )?(?:versand|porto|lieferung|shipping)\b
price: nicht drin
    (?:{money}|{amount}|\b(?:im moment|zur zeit|zurzeit|derzeit|momentan|aktuell|finanziell
    |budgetmäßig|diesen monat|für mich|für uns)\b) ~ \bnicht (?:\w+ )?drin\b
price: nicht im Budget
    \bnicht (?:\w+ )?(?:im|in meinem|in unserem) budget\b|\bnicht (?:\w+ ){0,2}so viel ausgeben\b
price: bis der Preis sinkt
    \bpreis\w* ~~ \b(?:runter\w*|sinkt|sinken|fällt|fallen|reduziert\w*|gesenkt)\b
price: Geldbeutel
    \b(?:geldbeutel|portemonnaie|portmonee|geldbörse)\b|\b(?:versteckte
    |zusätzliche) (?:\w+ )?kosten\b
    |\b(?:zusatzkosten|nebenkosten|servicegebühr\w*|bearbeitungsgebühr\w*|mindermengenzuschlag\w*)
    |\bmuss (?:\w+ )?sparen\b|\bspar\w* (?:gerade|grad|momentan)\b
price: handeln
    \bso viel (?:\w+ )?(?:geld|kohle|ausgeben)\b|\bfür \d+ (?:\w+ )?(?:nehmen|kaufen|nehm\w*)\b
    |\bgeht da (?:noch )?was\b|\bpreisnachlass\w*|\bverhandel\w*|\bletzter preis\b
price: Preise angezogen
    \bangezogen\b ~~ \bpreis\w*
price: für das, was es ist
    \bfür das,? was es (?:ist|bietet|kann)\b|\bfür das gebotene\b
price: zu dem Preis
    \bzu (?:dem|diesem|so einem) preis\b
price: entgegenkommen
    \bentgegen ?komm\w*
price: woanders für so viel
    \b(?:amazon|galaxus|digitec|zalando|ebay|otto|mediamarkt|woanders|anderswo
    |konkurrenz)\b ~~ {money}
price: Zoll
    \bzoll(?:gebühr|kosten|abgabe)\w*|\bverzoll\w*|(?<!\d )(?<!\d)(?<!\d-)\bzoll\b(?! laptop)
    |\beinfuhr\w*
price: Versandkosten (topic)
    \b(?:versandkosten|portokosten|lieferkosten|versandgebühr\w*)\b
delivery: Lieferung (topic)
    \bliefer(?!bar|adresse|anschrift|ant|art|option|methode|umfang)\w*|\bgeliefert\b|\bzustell\w*
    |\bversand\b
    |\bversand(?:dauer|zeit|tag|datum|bestätigung)\w*|\bverschickt\b
    |\bversend\w*|\bpaket\w*|\bpackerl\w*|\bsendung\w*|\btracking\b|\bsendungsverfolgung\b
delivery: Versandart (topic)
    \b(?:versand|liefer)(?:art|option|methode|weg)\w*
delivery: frühestens in zwölf Werktagen
    \bfrühestens (?:in|nach|ab) (?:\w+ ){0,3}(?:werktag\w*|tag\w*|woche\w*|monat\w*)\b
delivery: Abholung (option)
    \b(?:abhol\w*|packstation\w*|paketstation\w*|paketshop\w*|postfiliale\w*|pick-?up\w*
    |pickpost|paketbox\w*|abholstation\w*)
delivery: Paketdienst (topic)
    \b(?:dhl|hermes|dpd|gls|(?-i:UPS)|die post|der post|schweizer post|österreichische post
    |postnord)\b
delivery: Versand ins Ausland
    \b(?:versand\w*|liefer(?!bar)\w*|schick\w*|send\w*|kommt|geht|bestell\w*) ~ \b(?:(?:nach|in die)
    \s(?:österreich|der schweiz|schweiz|liechtenstein|südtirol|italien|dänemark|luxemburg)
    |ins ausland|in die eu)\b
delivery: nach Österreich
    \bauch (?:nach|in die) (?:österreich|schweiz|liechtenstein|südtirol)\b
delivery: liefert nicht
    \bnicht (?:\w+ ){0,3}(?:liefer(?!bar)\w*|versend\w*|verschick\w*|geliefert|zugestellt|angekommen
    |ankomm\w*|rechtzeitig|pünktlich|vor weihnachten|(?:nach|in die) (?:österreich|schweiz))\b
delivery: liefert ihr
    \b(?:könnt|können) (?:ihr|sie) (?:\w+ ){0,3}(?:verschicken|versenden|liefern|schicken)\b
    |(?<!warum )(?<!wieso )(?<!weshalb )\b(?:liefert|versendet|verschickt|schickt) ihr\b(?! (?:mir
    |mich|uns) (?:\w+ ){0,3}(?:mails?|e-mails?|nachricht\w*|erinnerung\w*|newsletter|werbung|das
    |dies\w*|ständig|dauernd|immer)\b)|(?<!warum )(?<!wieso )(?<!weshalb )\b(?:liefern|versenden
    |verschicken|schicken) sie\b(?! (?:mir|mich|uns) (?:\w+ ){0,3}(?:mails?|e-mails?|nachricht\w*
    |erinnerung\w*|newsletter|werbung|das|dies\w*|ständig|dauernd|immer)\b)
delivery: rechtzeitig
    \bvor (?:weihnachten|ostern|dem wochenende|freitag|samstag|heiligabend|silvester)\b
    |\brechtzeitig\b|\bkommt\b[^.!?\n]{0,40}\ban\b|\b(?<!american )express\w*|\bvor dem \d{1,2}\.
    |\bnoch an\b
delivery: bis Freitag da
    \b(?:paket|lieferung|bestellung|es|sie|er|das)\b ~ \bbis (?:\w+ )?(?:montag|dienstag|mittwoch
    |donnerstag|freitag|samstag|sonntag|wochenende|\d+)
delivery: schafft ihr das bis
    \b(?:schaff\w*|da sein|da ist|ankomm\w*|kommt|liefer\w*|zugestellt|bekomm\w*|brauch\w*
    |bräucht\w*|erhalt\w*) ~~ \bbis (?:spätestens |zum |am |zu |ende |zum \w+ am
    |zur \w+ am )?(?:weihnachten|heiligabend
    |ostern|silvester|\d{1,2}\.|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag
    |nächste\w* woche|wochenende|geburtstag)
delivery: spätestens bis
    \bspätestens (?:bis |am |zum |zu )?(?:\w+ )?(?:weihnachten|heiligabend|ostern|silvester
    |\d{1,2}\.|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|geburtstag
    |ende|anfang|mitte|nächste\w* woche|kommende\w* woche)
delivery: geht sich das aus
    \bgeht sich (?:das|es) (?:\w+ )?(?:noch |zeitlich )?aus\b
delivery: kommt es vorher
    \bkommt (?:\w+ ){0,3}(?:vorher|früher|rechtzeitig)\b|\bvorher (?:an|da)\b
delivery: beim Nachbarn abgeben
    \b(?:paketbote\w*|postbote\w*|zusteller\w*|kurier\w*|bote|abstellgenehmigung\w*|abstellort\w*)\b
    |\b(?:beim|bei den|an den|an die|zum|zu den) nachbar\w*
delivery: innerhalb von zwei Tagen
    \binnerhalb (?:von )?(?:\w+ )?(?:tag|tagen|wochen|stunden|werktagen)\b
delivery: frühestens
    \b(?:kommt|kommen|käme|kämen|ankomm\w*|ankäm\w*|liefer(?!bar)\w*|zugestellt|versend\w*
    |verschick\w*|da sein|da wären|hier) ~ \bfrühestens\b
price: Betrag für den Versand
    \b\d+(?:[.,]\d\d)? ?(?:€|euro|eur|chf|franken)? (?:\w+ )?(?:versand|porto|versandkosten
    |lieferkosten) (?:für|bei|auf)\b
delivery: bis wann
    \bbis wann\b
delivery: dauert zu lange
    \bdauert\w* (?:\w+ )?(?:ewig|zu lang\w*|wochen|so lang\w*)\b|\b\d+ ?(?:-|bis) ?\d+ (?:wochen
    |werktage)\b
delivery: schneller (topic)
    \b\d+ werktage\b|\bschneller\w*\b
delivery: Wochen (weak)
    \b\d+ wochen\b
delivery: bei mir
    \bbei mir (?:wäre|ist|sein)\b
changed_mind: anders gelöst
    \banders gelöst\b|\bhat sich erledigt\b|\bhat sich (?:\w+ )?erledigt\b
delivery: auf das Paket warten
    \bwarte\w* (?:auf|aufs) (?:das )?(?:paket|lieferung|bestellung|ware)\b
delivery: wann kommt es
    \bwann\b ~ \b(?:komm\w*|ankomm\w*|an|da|erhalt\w*|erhält|bekomm\w*|versend\w*|verschickt
    |geliefert|zugestellt|rausgeh\w*|raus)\b(?![^.!?\n]*\b(?:wieder|nachgeliefert|auf lager)\b)
delivery: wie lange
    \bwie (?:lange|schnell) ~ \b(?:dauer\w*|brauch\w*|liefer(?!bar)\w*|versand\w*|ankomm\w*
    |unterwegs)\b
trust: nie von Ihnen gehört
    \bnie\b[^.!?\n]{0,30}\bgehört\b|\bunbekannt\w*|\bnoch nie (?:was |etwas )?von\b
trust: kenne den Shop nicht
    \bkenn\w* (?:ihren|euren|den|diesen|deinen|ihre|eure|euch|sie) (?:{shop} )?nicht\b
trust: Shops, die ich nicht kenne
    {shop} ~ (?P<focus>\b(?:die |den |das )?(?:ich |wir |man )?nicht (?:kenn\w*|kannte))
trust: Impressum (absent)
    \b(?:impressum|umsatzsteuer-?id\w*|ust-?id\w*|ust\.?-?idnr\w*|uid\b|uid-nummer\w*
    |handelsregister\w*|firmenbuch\w*|firmenanschrift\w*|anschrift
    |(?<!diese )(?<!meine )(?<!mail-)(?<!mail )adressen?\b|kontaktdaten
    |telefonnummer\w*|kundendienst\w*|kundenservice\w*|infos? (?:über|zu) (?:euch|ihnen|der firma)
    |agb|widerruf\w*|rückgabe\w*|rücksende\w*|rücknahme\w*|retoure\w*|rückerstattung\w*|umtausch\w*
    |datenschutzerklärung|kontakt\w*|telefon\w*|hotline
    |ansprechpartner\w*|siegel\w*|käuferschutz)
trust: unprofessionell
    \b(?:unprofessionell\w*|zusammengeschustert\w*|amateurhaft\w*|billig gemacht\w*)
trust: kein gutes Gefühl
    \b(?:kein|ungutes|komisches|mieses|schlechtes|seltsames) (?:\w+ )?gefühl\b
trust: Briefkastenfirma
    \bbriefkasten\w*|\bscheinfirma\w*|\b(?:zu|mir) (?:heikel|riskant)\b
trust: gefälscht
    \b(?:gefälscht\w*|fälschung\w*|plagiat\w*|windig\w*)
payment: Geschenkkarte abgelehnt
    \b(?:geschenkkarte\w*|geschenkgutschein\w*|wertgutschein\w*|giftcard\w*) ~~ \b(?:nimmt|nehmen
    |akzeptiert\w*|angenommen|ungültig\w*|abgelehnt|funktioniert nicht|geht nicht|klappt nicht)
trust: wozu meine Daten
    \b(?:wozu|wofür|warum|weshalb) (?:\w+ ){0,5}(?:geburtsdatum|geburtstag|handynummer
    |telefonnummer|ausweis\w*)\b|\bdatensammel\w*|\bdatenkrake\w*|\bdatenhunger\w*
trust: gewarnt
    \b(?:hat|haben|hätte|wurde) (?:\w+ ){0,3}(?:gewarnt|abgeraten)\b|\bwarnte mich\b
    |\b\d[- ]?sterne?-?bewertung\w*|\b(?:ein|1)-?stern\w*
trust: Alarmglocken
    \balarmglocke\w*|\b(?:verdächtig|unrealistisch|auffällig) (?:\w+ )?(?:billig\w*|günstig\w*
    |niedrig\w*)
trust: unseriöser Shop
    \b(?:unseriös\w*|betrug\w*|betrüger\w*|fake\w*|fakeshop\w*|abzocke\w*|zwielichtig\w*
    |dubios\w*|misstrau\w*|suspekt\w*|spanisch vor|verdächtig\w*|scam\w*)
trust: seriös (absent)
    \b(?:seriös\w*|vertrauenswürdig\w*|vertrauen\w*|vertrau\w*|sicher aus|vertrauenserweckend\w*
    |legit\w*)
trust: Seite nicht sicher
    \b(?:seite|shop|zahlung|verbindung|webseite|website)\w* (?:\w+ ){0,2}(?:ist|wirkt|scheint
    |sieht) (?:\w+ )?nicht sicher\b
trust: wer steckt dahinter
    \bwer (?:\w+ ){0,2}(?:steckt|steht) (?:\w+ ){0,3}(?:dahinter|hinter)\b
trust: ein Stern
    \b(?:nur|bloß) (?:einen|1|zwei|2) stern\w*|\bein-?stern\w*|\bskeptisch\w*|\bphishing\b
trust: kopiert
    \b(?:seite|shop|bilder|fotos|texte) ~~ \b(?:kopiert|geklaut|abgekupfert)\b
trust: gekaufte Bewertungen
    \b(?:bewertung\w*|rezension\w*) ~~ \b(?:gekauft|fake|gefälscht|erfunden|unecht)\b
trust: gibt es euch wirklich
    \bpostfachadresse\w*|\bnur (?:ein|eine) postfach\w*|\bob es (?:euch|sie|den shop|die firma
    |den laden)\s(?:\w+ )?(?:wirklich|tatsächlich|überhaupt) gibt\b
trust: Lob (weak)
    \b(?:toll\w*|super|schön\w*|übersichtlich\w*|klasse|gefällt)\b
trust: Klon
    \bklon\w*
trust: abgezockt
    \b(?:abgezockt|betrogen|über den tisch gezogen)\b|\b(?:mich|uns|euch|kunden|leute|käufer)
    \s(?:\w+ ){0,2}reingelegt\b|\breingelegt (?:worden|werden)\b|\b(?:geld|daten|kartendaten
    |zahlung) (?:\w+ ){0,3}sicher (?:ist|sind|wäre)\b
trust: nicht geheuer
    \bnicht (?:\w+ )?geheuer\b|\bsuspekt\w*
trust: Firmenadresse (absent)
    \b(?:firmenadresse|firmensitz|geschäftsadresse|sitz der firma|postanschrift)\b
trust: Zweifel
    (?<!im )\bzweifel\w*|\bkomisch\w* vor\b|\bkomisch\w* (?:shop|seite|laden|firma)\b
    |\b(?:trau|traue|vertraue) (?:\w+ ){0,3}nicht\b
trust: dass ihr echt seid
    \b(?:ihr|sie) (?:\w+ )?(?:echt|seriös|vertrauenswürdig|legit|real) (?:seid|sind)\b
trust: seid ihr seriös
    \b(?:seid ihr|sind sie|ist (?:der|dieser|euer|ihr) (?:shop|laden|händler)|ist (?:die|diese
    |eure|ihre) (?:seite|webseite|website|firma)) ~ \b(?:seriös\w*|echt|sicher|vertrauenswürdig\w*
    |legit\w*|real)\b[^.!\n]{0,40}\?
trust: eine echte Firma
    \b(?:eine? )?echte\w* (?:firma|unternehmen|shop|laden|händler|seite)\b|\bnicht sicher,? ob
    \s(?:ihr|sie|der shop|die seite|es|das)\b|\bob (?:ihr|sie|der shop|die seite
    |das hier) (?:\w+ )?echt\b
trust: Shop echt
    \bkein vertrauen\b|\bnicht sicher,? ob (?:ihr|sie|der shop|die seite|die firma|der laden
    |man euch)\b
trust: https
    \b(?:https|ssl|vorhängeschloss\w*|schloss-?symbol\w*|zertifikat\w*) ~~ \b(?:kein\w*|fehl\w*
    |ohne|nicht)\b
trust: kein Schloss
    \bkein (?:schloss|https)\b|\bnicht sicher\b[^.!?\n]{0,20}\b(?:angezeigt|markiert)
trust: schlechte Erfahrungen
    \bschlecht\w* (?:dinge|sachen|erfahrung\w*|bewertung\w*|rezension\w*) (?:über|mit|zu|von)\b
    |\b(?:beschwerde\w*|warnung\w*)\b|\bverbraucherzentrale\b|\bwatchlist\b
trust: nicht im Netz (absent)
    \b(?:google\w*|internet|netz|online)\b
trust: Angst um meine Daten
    \b(?:angst|sorge\w*|bedenken|mulmig\w*)\b,? (?:\w+ )?[^.!?\n]{0,50}\b(?:\w*daten|karte\w*)
trust: wer dahinter steht (absent)
    \bwer (?:\w+ )?dahinter steht\b
trust: nicht wohl dabei
    \bnicht (?:ganz |so )?wohl\b|\bunwohl\b|\bnur ein postfach\b|\bungutes gefühl\b
    |\bbauchgefühl\b
trust: Bewertungen (absent)
    \b(?:bewertung\w*|rezension\w*|trustpilot|trusted shops|gütesiegel|erfahrungsberichte?)
trust: kam mir komisch vor
    \b(?:komisch|seltsam|merkwürdig|eigenartig|sonderbar|strange|unheimlich|faul|verdächtig)\w*
    \s(?:\w+ ){0,2}vor\b|\bnicht (?:ganz )?(?:koscher|astrein|sauber)\b|\bzu gut,? um wahr\b
    |\bstutzig\b|\b(?:bin|war|bleibe|sei) (?:\w+ ){0,2}(?:lieber )?vorsichtig\b|
    \bsicherheitsbedenken\b
    |\bdatenklau\b|\bdatenmissbrauch\b
trust: nicht ersichtlich, wer dahinter steckt
    \b(?:nicht (?:ganz |wirklich |so |richtig )?(?:ersichtlich|erkennbar|klar|herauszufinden
    |rauszufinden|nachvollziehbar)|unklar|keine ahnung)\b[^.!?\n]{0,40}\bwer\b|
    \bwer (?:\w+ ){0,2}hinter
    \s(?:\w+ ){0,3}(?:steckt|steht)\b|\bwer (?:\w+ ){0,3}(?:dahinter ?steckt|betreibt)\b
trust: andere haben nie etwas bekommen
    \b(?:freund\w*|bekannte\w*|kollege\w*|kollegin\w*|leute|kunden|käufer\w*|andere|jemand
    |nachbar\w*|schwester|bruder|mutter|vater|mann|frau)\b[^.!?\n]{0,60}\b(?:beschwer\w*
    |nie (?:\w+ ){0,2}(?:bekommen|erhalten|angekommen|geliefert)|abgezockt|reingefallen
    |geld (?:\w+ )?weg)|\b(?:bestellt|gezahlt|bezahlt
    |überwiesen)\b[^.!?\n]{0,40}\bnie (?:\w+ ){0,3}(?:bekommen|erhalten|gesehen)\b
trust: zusammengeklickt
    \bzusammengeklickt\w*|\bzusammengebastelt\w*|\blieblos\w*|\b(?:klingen|klingt|wirken|wirkt
    |lesen sich|liest sich) (?:\w+ ){0,2}(?:übersetzt|maschinell\w*)\b|\b(?:google translate
    |schlechtes deutsch|holpriges deutsch|rechtschreibfehler\w*|fehlerhaftes deutsch
    |maschinell übersetzt)
trust: nirgends herausfinden, wer
    \b(?:nicht|nirgends|nirgendwo|kaum)\b (?:\w+ ){0,2}(?:herausfinden|rausfinden|erkennen
    |herauszufinden
    |rauszufinden|ersichtlich|erkennbar|nachvollziehbar|feststellen)\b[^.!?\n]{0,40}\bwer\b
trust: nur bei Shops, die ich kenne
    \bnur (?:bei|in|von|über) (?:\w+ ){0,3}(?:shops?|läden|händlern|seiten|firmen|anbietern
    |geschäften)\b,?
    \s(?:die|welche) (?:ich|wir|man) (?:\w+ )?kenn\w*|\bnur (?:bei|in
    |von) (?:\w+ ){0,2}(?:bekannt\w*
    |etabliert\w*|vertraut\w*|großen) (?:shops?|läden|händlern|seiten|firmen|anbietern|marken)\b
trust: Virenscanner warnt
    \b(?:virenscanner\w*|virenschutz\w*|antivir\w*|norton|avast|kaspersky|bitdefender
    |malwarebytes)\b ~~ \b(?:gewarnt|warnt|warnung\w*|blockiert|gesperrt|gefährlich|alarm\w*
    |schlägt an|angeschlagen|meldet|gemeldet)
trust: als gefährlich eingestuft
    \bals (?:gefährlich|unsicher|betrügerisch|schädlich|verdächtig)\b
trust: Adresse in Hongkong
    \b(?:adresse|anschrift|sitz|firmensitz|firma|lager|versandlager) ~~ \b(?:china|hongkong
    |hong kong|shenzhen|asien|singapur)\b
trust: passt nicht zusammen
    \bpasst (?:\w+ ){0,3}nicht zusammen\b|\bblabla\b|\bfloskeln\b|\bnichtssagend\w*|
    \bkein\w* (?:echten? )?(?:namen
    |gesichter|foto vom team|ansprechpartner)\b
trust: nicht so tolle Sachen gelesen
    \b(?:gelesen|gehört|liest man|hört man|gesehen)\b ~~ \b(?:nicht so (?:toll|gut|prickelnd)\w*
    |schlecht\w*|negativ\w*|mies\w*|übel\w*|nichts gutes|wenig gutes|durchwachsen\w*)
trust: in Foren gelesen
    \b(?:reddit|foren|forum|trustpilot|facebook-?gruppe\w*) ~~ \b(?:gelesen|gewarnt|warnung\w*
    |beschwer\w*|abgezockt)
trust: zu neu
    \b(?:ihr seid|sie sind|der shop ist|die seite ist|die firma ist
    |der laden ist) (?:\w+ ){0,3}zu neu\b|\bwo (?:sitzt|sitzen) (?:ihr|sie)\b|\bwo (?:seid
    |sind) (?:ihr|sie) (?:\w+ ){0,2}(?:ansässig|beheimatet|gemeldet)\b|\bwo (?:ihr|sie|die firma
    |der shop|der laden) (?:\w+ ){0,2}(?:sitzt|sitzen|ansässig|herkommt|herkommen|beheimatet
    |gemeldet)\b|\bwoher (?:ihr|sie) (?:\w+ )?(?:kommt|seid|stammt)\b
trust: Bewertungen alle gleich
    \b(?:bewertung\w*|rezension\w*) (?:\w+ ){0,4}(?:alle gleich|identisch|wie kopiert|copy-?paste)\b
trust: schlechte Bewertungen
    \b(?:schlecht\w*|negativ\w*|mies\w*|miserabl\w*|vernichtend\w*) (?:\w+ )?(?:bewertung\w*
    |rezension\w*|erfahrung\w*|kritik\w*|kommentar\w*|erfahrungsbericht\w*)\b|\bviel schlechtes\b
trust: meine Daten
    \b(?:meine|meiner)\s+(?:\w*daten|e-?mail-?adresse)(?! aus (?:ihrem|eurem|dem) \w*verteiler)
    |\bdatenschutz\b|\bdsgvo\b
    |\bsicher (?:einkaufen|bestellen|bezahlen)|\bwoher haben sie meine
technical: macht gar nix
    {site} ~~ \b(?:macht|tut) (?:\w+ )?(?:nix|nichts|keinen mucks)\b
technical: hängt die Seite
    \bhängt (?:bei mir |mir |dann |jedes mal |immer )?(?:die|der|das) ~ {site}
technical: das Kreiserl dreht sich
    (?:\b(?:kreis\w*|rad|rädchen|rad\w*erl|symbol)\b) ~ (?:\bdreht sich\b)
technical: Seite verschoben
    \b(?:verschoben|zerschossen|überlappt|abgeschnitten|unlesbar)\b|\blädt (?:\w+ ){0,3}nicht\b
technical: Button fehlt
    \b(?:button|knopf|feld|schaltfläche) ~~ \b(?:fehlt|weg|verschwunden|unsichtbar)\b
technical: Seite funktionierte nicht
    {site} ~ \b(?:funktioniert\w* nicht|ging nicht|geht nicht|klappt\w* nicht|hängt|hing|aufgehängt
    |abgestürzt|stürzt|lädt nicht|lud nicht|laden|fehler\w*|reagiert\w* nicht|leert\w*|geleert
    |crash\w*|gecrasht|spinnt|buggt|laggt|dreht sich|schließt sich|leer(?!en\b)|ausgegraut|tot
    |kaputt
    |down|offline|langsam\w*|timeout|time-out|nicht erreichbar|wartung\w*|gelöscht|löscht\w*
    |verschwunden|verschwindet|verschwand|flackert\w*|springt)
technical: Fehler auf der Seite
    \bfehler\w* ~ {site}
technical: einloggen (topic)
    \b(?:einloggen|login|log-?in|passwort\w*|kennwort\w*|kundenkonto\w*|benutzerkonto\w*|account
    |registrierung|registrieren|anmeldung|anmelden)\b
technical: konnte mich nicht einloggen
    \bnicht (?:\w+ ){0,2}(?:einloggen|eingeloggt|anmelden|registrieren
    |einlog\w*)\b|\b(?:login|anmeldung|registrierung|passwort\w*|einloggen
    |anmelden) (?:\w+ ){0,2}(?:klappt
    |geht|funktioniert)\w* nicht\b|\bausgeloggt\b|\bloggt\w* mich (?:\w+ ){0,2}aus\b
    |\b(?:wirft|schmeißt|kickt) mich (?:\w+ ){0,2}raus\b|\bfliege (?:\w+ ){0,2}raus\b
    |\brausgeworfen\b
technical: keine Bestätigungsmail
    \bkein\w* (?:\w+ )?bestätigungs-?(?:mail|e-mail|link|code|sms)\w*
technical: Bestätigungsmail kommt nicht
    \bbestätigungs-?(?:mail|e-mail|link|code)\w* ~ \b(?:nicht|nie)\b
technical: leere Seite
    \b(?:weiße|leere|blanke|schwarze) (?:seite|bildschirm|fenster)\b|\b(?:kam|komme|kommt)
    \snicht weiter\b|\bneu gelade\w*|\blädt\w* (?:\w+ )?neu\b|\bließ mich nicht\b
    |\blässt mich nicht\b
    |\bbleibt (?:\w+ )?(?:weiß|leer|hängen|stehen|schwarz)\b|\bhängen geblieben\b
technical: ungültig
    \bungültig\w*|\bzurückgesetzt\b
technical: Feld lehnt ab
    \b(?:\w*code|gutschein\w*|feld\w*|\w*adresse|plz|postleitzahl|hausnummer|telefonnummer
    |formular\w*|eingabe\w*|rabatt\w*) ~~ \b(?:nicht akzeptiert|nicht angenommen|abgelehnt
    |abgewiesen|rot|falsch\w*|nicht übernommen|nicht gespeichert|geht nicht|funktioniert\w* nicht
    |klappt\w* nicht|nicht gültig|nicht erkannt)
technical: einen Fehler bekommen
    \b(?:bekomme|bekam|bekommen|kam|kommt) (?:\w+ ){0,3}fehler\w*|\bfehler\w* (?:code )?[45]0\d\b
    |\beingefroren\b|\bfriert\w* ein\b|\blädt (?:\w+ ){0,3}(?:ewig|endlos|ständig|und lädt|immer
    |nur|seit)\b|\bladekreis\w*|\bladebalken\w*|\bdreht sich (?:\w+ )?(?:nur|ewig|endlos|im kreis
    |immer)\b|\böffnet sich nicht\b|\bstürzt\w* (?:\w+ )?ab\b|\babgestürzt\b
    |\bließ sich nicht öffnen\b|\bcrash\w*|\bgecrasht\b|\bhängt sich (?:\w+ )?auf\b
    |\babgeschmiert\b|\bverbuggt\b|\bbuggt\b|\blagg\w*|\bspinnt\b
technical: technischer Fehler
    \bfehlermeldung\w*|\berror\b|\btechnisch\w*|\bbug\w*|\bglitch\w*
technical: konnte nicht klicken
    \b(?:konnte|kann|ließ sich|lässt sich) (?:\w+ ){0,4}nicht (?:\w+ ){0,2}(?:klicken|drücken
    |auswählen|hinzufügen|anklicken|antippen|tippen|eingeben|speichern|abschicken|absenden
    |abschließen|ändern|anpassen|löschen|entfernen|erhöhen|wählen|eintippen)\b|\bnicht klickbar\b
technical: funktionierte nicht
    \b(?:funktioniert\w*|ging|geht|klappt\w*) nicht\b(?! (?:um|darum|so sehr)\b)
    |\bnicht (?:funktioniert|geklappt)\b
    |\b(?:funktioniert\w*|klappt\w*) (?:\w+ ){1,3}nicht\b
technical: nicht angezeigt
    (?:{site}|\b(?:bild\w*|foto\w*|produkt\w*|menü\w*|inhalt\w*|\w*code|gutschein\w*|rabatt\w*
    |seite\w*)\b) ~ \b(?:wird|werden|wurde|wurden|ist|sind) (?:\w+ ){0,2}(?:nicht
    |falsch) (?:\w+ )?(?:angezeigt
    |geladen|dargestellt|übernommen|gespeichert|aktualisiert)\b
technical: Sitzung abgelaufen
    \b(?:sitzung|session)\w* (?:\w+ )?(?:abgelaufen|beendet|expired)\b|\bzeigt (?:\w+ ){0,3}(?:0
    |null|nichts|nix)\b
technical: lande wieder im Warenkorb
    \blande\w* (?:\w+ ){0,2}wieder\b|\bwieder (?:\w+ )?(?:im warenkorb|auf der startseite
    |am anfang)\b
technical: springt zurück
    \bspringt (?:\w+ ){0,3}(?:zurück|raus|weg|hoch|aus)\b|\bcursor\b|\bnicht (?:an)?klickbar\b
    |\b(?:etwas|was) ist schief\w*
    |\bschiefgelaufen\b
    |\bschiefgegangen\b|\bhoppla\b
technical: Feld nimmt es nicht an
    \b(?:feld\w*|formular\w*|seite|app|system|shop|kasse|maske|\w*code|gutschein\w*|plz
    |postleitzahl|adresse|eingabe\w*|warenkorb|browser) (?:\w+ ){0,2}(?:nimmt|nahm|frisst|fraß
    |akzeptiert\w*|erkennt|erkannte|übernimmt|übernahm|speichert\w*|schluckt\w*|mag|will)
    \s(?:\w+ ){0,4}nicht\b
technical: springt nach oben
    \b(?:gesprungen|sprang|springt|hüpft\w*|gehüpft) ~~ \b(?:oben|zurück|raus|weg|hoch|anfang
    |startseite|immer wieder|jedes mal|ständig)\b
technical: lässt sich nicht
    \b(?:ließ|lässt|liess) sich (?:\w+ ){0,3}nicht (?:\w+ ){0,2}(?:setzen|anhaken|aktivieren
    |aufklappen|öffnen|schließen|scrollen|laden|bestätigen|auswählen|anklicken|ausfüllen|eingeben
    |ändern|abschicken|abschließen|weiter)\b|\b(?:kann
    |konnte) (?:\w+ ){0,3}nicht (?:\w+ ){0,2}(?:setzen
    |anhaken|aktivieren|aufklappen|scrollen|ausfüllen|eintragen)\b
technical: nicht weitergekommen
    \bnicht weiter(?:gekommen|kommen|geleitet)\b|\b(?:geht|ging) (?:\w+ ){1,3}nicht (?:auf|zu
    |weiter|rein)\b|\bbaut\w* sich (?:\w+ ){0,2}nicht (?:\w+ )?auf\b
technical: Button grau
    \b\w*(?:button|knopf|schaltfläche)\w* ~~ \b(?:grau|ausgegraut|inaktiv|deaktiviert)\b
technical: keine Größe auswählen
    \b(?:konnte|kann|könnte|ließ sich|lässt sich)\b (?:\w+ ){0,3}kein\w* (?:\w+ ){0,2}(?:auswählen
    |anklicken|eingeben|hinzufügen|wählen|eintragen|ändern|angeben)\b
technical: E-Mail schon vergeben
    \b(?:schon|bereits) (?:vergeben|registriert|verwendet|in verwendung|benutzt|existiert
    |in gebrauch)\b
    |\bexistiert (?:schon|bereits)\b
technical: Konto anlegen (topic)
    \bkonto (?:\w+ )?(?:anlegen|erstellen|eröffnen|einrichten|angelegt|erstellt)\b
technical: alles wieder weg
    \b(?:war|ist|sind|waren) (?:\w+ ){0,3}(?:alles|alle eingaben|die eingaben
    |alle daten) (?:\w+ )?weg\b|\balles (?:wieder )?(?:weg|gelöscht|verschwunden|futsch)\b|\b(?:war
    |ist|waren|wurde|wurden)\s(?:\w+ ){0,3}wieder (?:raus|weg|verschwunden|entfernt|gelöscht)\b
    |\bwieder (?:verschwunden|entfernt|gelöscht)\b|\b(?:\w*code|gutschein\w*|rabatt\w*|warenkorb
    |eingabe\w*|daten|adresse|alles)\b (?:\w+ ){0,4}plötzlich (?:\w+ )?(?:weg|raus|verschwunden
    |leer)\b
technical: captcha
    \b(?:re)?captcha\w*|\bkein (?:roboter|bot)\b
technical: verdeckt
    (?<!verschluss )(?<!knopfleiste )(?<!naht )(?<!tasche )(?<!taschen )
    \b(?:verdeckt|überdeckt|überlagert)\b|\b(?:krieg|kriege|bekomme|bekam) (?:\w+ ){0,3}nicht (?:weg
    |zu|auf)\b
technical: Warenkorb leer
    \bwarenkorb\w*\b[^.!?\n]{0,60}\b(?:ist|war|wird|wurde) (?:\w+ ){0,2}(?:leer|geleert|verschwunden
    |weg)\b
technical: Cookie-Banner
    \bcookie-?(?:banner|hinweis|fenster|popup)\w* ~~ \b(?:weg|schließen|wegklicken|blockier\w*
    |geht nicht|hängt)\b
technical: nichts anklicken
    \b(?:kann|konnte|könnte) (?:\w+ ){0,3}nichts (?:\w+ ){0,2}(?:anklicken|klicken|auswählen
    |eingeben|wählen
    |ändern|antippen)\b|\b(?:bleibt|blieb|ist|war) (?:\w+ )?(?:alles )?(?:grau|ausgegraut)\b
technical: zeigt etwas anderes an
    \b(?:warenkorb|seite|app|preis|summe|anzeige)\w* (?:\w+ ){0,4}(?:zeigt
    |zeigte) (?:\w+ ){0,4}(?:anderes
    |anders|falsch\w*|unterschiedlich\w*)\b
technical: komme nicht über ... hinaus
    \bnicht über (?:\w+ ){0,4}hinaus\b|\b(?:formular|seite|feld|system|shop|app|er
    |es) (?:\w+ ){0,2}(?:meckert|motzt|mault)\b
technical: findet meinen Ort nicht
    \b(?:\w*suche|suchfunktion|suchfeld|plz|postleitzahl\w*|adress\w*|system|seite|formular)
    \s(?:\w+ ){0,2}(?:findet|fand|erkennt|erkannte|kennt|kannte) (?:\w+ ){0,3}nicht\b
technical: nichts passiert
    \b(?:passiert\w*|tat sich|tut sich|geschah) (?:(?:gar|überhaupt|einfach|leider|dann|da|halt
    |aber|irgendwie|absolut|rein|wieder) ){0,3}(?:nichts|nix)\b
    |\bnichts (?:passiert|geschah|tut sich)\b
changed_mind: anders überlegt
    \b(?:anders überlegt|umentschieden|meinung geändert|doch nicht)|\bverzicht\w*
    |\blass\w* es (?:\w+ )?(?:lieber |doch )?(?:bleiben|sein)\b|\bkeine lust mehr\b
changed_mind: dagegen entschieden
    \bdagegen entschieden\b|\bentschieden,? (?:es )?nicht\b
changed_mind: schon gekauft
    \b(?:schon|bereits|inzwischen|mittlerweile) (?:\w+ )?(?:gekauft|bestellt|besorgt|gefunden)\b
changed_mind: ein ähnliches
    \b(?:gekauft|gefunden|geholt|bestellt)\b ~~ \bähnlich\w*
changed_mind: schon eins
    \bnur neugierig\b|\bhabe? (?:schon|bereits) (?:ein|eine|einen|genug|zu viele)\b
changed_mind: etwas anderes gefunden
    \b(?:etwas|was) anderes (?:gefunden|gekauft|bestellt|geholt)\b|\bgebraucht\w* gekauft\b
    |\bwarte (?:noch )?damit\b|\bverschieb\w* (?:es|das)\b
changed_mind: für ein anderes entschieden
    \bfür (?:ein|eine|einen|die|das|den) (?:\w+ )?(?:andere\w*|konkurrenz\w*
    |alternative\w*)\b ~ \bentschieden\b
changed_mind: lieber warten
    \bentschieden,? (?:noch )?(?:zu )?warten\b|\b(?:warte|warten) (?:lieber|doch)\b
changed_mind: woanders gekauft
    \b(?:woanders|anderswo|anderweitig|vor ort|lokal|im (?:\w+ )?(?:laden|geschäft|fachhandel)
    |bei der konkurrenz|beim mitbewerber|in der stadt|in der filiale|im einkaufszentrum
    |im fachgeschäft|bei (?:einem )?anderen?
    |bei (?:amazon|zalando
    |ebay|otto|galaxus|digitec|mediamarkt|saturn
    |ikea|decathlon)|auf (?:amazon|ebay))\b ~~ \b(?:gekauft|bestellt|geholt|mitgenommen|besorgt
    |gekriegt|ergattert|zugeschlagen)
changed_mind: brauche es nicht mehr
    \bbrauch\w*\b(?![^.!?\n]{0,50}\b(?:mails?|e-mails?|newsletter|erinnerung\w*|nachricht\w*
    |werbung)\b)[^.!?\n]{0,50}\bnicht mehr\b|\bkein(?:en)? bedarf\b|\bkein interesse\b
    |\bnicht mehr interessiert|\bnicht mehr (?:nötig|notwendig|aktuell)\b
changed_mind: brauche es (absent)
    \bbrauch(?:e|en|t)? (?:ich |wir )?(?:es|das|den|die|ihn|sie|sowas|so was|das teil)\b
changed_mind: brauche ich nicht
    \bbrauch\w* (?:ich |es |das |wir )*(?:eigentlich |wirklich |doch |gar |jetzt )*nicht\b
changed_mind: brauchen den ... also nicht
    \bbrauch(?:e|en|t)? (?!mich\b|uns\b|mir\b)(?:\w+ ){1,4}(?:also |somit |daher |dann |jetzt |doch
    |eigentlich )?nicht\b(?! (?:vor|bis|so|mehr als|unbedingt|nur|weiter|zu)\b)
changed_mind: brauche keine
    \bbrauch\w* (?:ich |wir )?(?:eigentlich |doch |wohl |gar |jetzt )*(?:kein\w*
    |nichts)\b(?! (?:\w+ )?(?:mails
    |e-mails|newsletter|werbung|erinnerung\w*|nachricht\w*|von euch|von ihnen|von dir))
changed_mind: habe so was schon
    \b(?:so was|sowas|so etwas|so eine\w*|das|eins|einen|eine) (?:\w+ ){0,2}schon (?:hab|habe
    |besitze)\b|\bschon (?:\w+ ){0,2}(?:so was|sowas|so etwas) (?:\w+ )?(?:hab|habe)\b
    |\b(?:aus|ein) versehen\b|\bversehentlich\b|\b(?:rum|herum)geklickt\b
    |\bbrauch\w* (?:\w+ )?(?:nix|nichts)\b(?! (?:\w+ )?(?:mehr )?(?:von euch|von ihnen|mails?
    |e-mails?|newsletter|werbung|erinnerung\w*|nachricht\w*))
    |\b(?:kaum|nie|selten|eh nicht|eh kaum|gar nicht) (?:\w+ ){0,2}(?:benutzen|nutzen|brauchen
    |tragen|anziehen|verwenden) (?:würde|werde|würd)\b
changed_mind: Anlass vorbei
    \b(?:feier|party|geburtstag|anlass|hochzeit|event|urlaub|reise|weihnachten|fest)\w*
    \s(?:\w+ ){0,3}(?:vorbei|vorüber|gelaufen|abgesagt|ins wasser)\b
changed_mind: geschenkt bekommen
    \bgeschenkt bekommen\b|\b(?:hat|haben) mir (?:\w+ ){0,3}geschenkt\b|\bschon geschenkt\b
    |\b(?:nochmal|noch einmal|noch mal|besser|genauer) überlegt\b|\bnichts für mich\b
    |\blass(?:e)? es(?:\s*$|\s*[.,!]| lieber| doch| bleiben| sein)|\bwarte\w* lieber\b
changed_mind: nur geschaut
    \bnur (?:\w+ ){0,3}(?:geschaut|gestöbert|rumgestöbert|umgesehen|umschauen|schauen|gucken|geguckt
    |informier\w*|reingeschaut|rumgeschaut|stöbern|neugierig|vergleich\w*|preisvergleich\w*)\b
    |\b(?:noch (?:\w+ ){0,3}gefunden|wiedergefunden)\b
changed_mind: jemand anderes hat es besorgt
    \bjemand (?:anderes|anders)\b ~~ \b(?:besorgt|gekauft|geschenkt|bestellt)\b
changed_mind: ausgeredet
    \bausgeredet\b|\babgeraten\b|\b(?:war|ist) dagegen\b|\blieber (?:\w+ ){0,2}gebraucht\w*
changed_mind: nehme es nicht mehr
    \b(?:nehm|kauf|bestell)\w* (?:es|das|den|die|ihn|sie) (?:\w+ )?nicht mehr\b
    |\bpläne (?:haben sich )?geändert\b
    |\bandere pläne\b|\b(?:wollte|wollten) nur (?:mal )?(?:sehen|schauen|gucken
    |wissen),? (?:\w+ )?(?:was|wie viel
    |wieviel|wie teuer)
changed_mind: will es nicht mehr
    \b(?:will|möchte|mag|wollen|möchten) (?:es|das|den|die|ihn|sie) (?:\w+ )?nicht mehr\b
    |\b(?:ein|eine|einen|was|etwas) (?:\w+ )?andere\w* (?:\w+ )?(?:genommen|gekauft|bestellt|geholt
    |gefunden|gewählt)\b|\bwas passendes gefunden\b
changed_mind: nur am Stöbern
    \bam (?:stöbern|schauen|gucken|rumschauen|umschauen|vergleichen|rumstöbern)\b|\b(?:ein bisschen
    |bisschen|etwas|mal|nur|bloß) (?:rum)?(?:gestöbert|stöbern|geschaut|geguckt|umgeschaut
    |umgesehen|gesurft)\b|\binteresse ?halber\b|\bschaufenster\w*|\bneugier\w* halber\b
changed_mind: wollte gar nicht kaufen
    \b(?:wollte|wollten|hatte|hatten
    |war) (?:\w+ ){0,3}(?:gar |eigentlich |nie |überhaupt |noch )?nicht
    \s(?:\w+ ){0,3}(?:kaufen|bestellen|vor|zum kaufen)\b|\b(?:wollte|wollten
    |wollt) (?:\w+ ){0,3}(?:nichts
    |nix) (?:\w+ ){0,2}(?:kaufen|bestellen)\b|\b(?:hatte|hab|habe) (?:\w+ ){0,3}nie vor\b
    |\bimpulskauf\w*|\bspontankauf\w*|\bvernunft\b
changed_mind: kommen ohne aus
    \b(?:komm\w*|kam\w*) (?:\w+ ){0,4}ohne (?:\w+ ){0,3}aus\b|\bgeht (?:\w+ )?auch ohne\b
    |\bbleib\w* (?:\w+ ){0,2}(?:bei|beim) (?:der|dem|den|unserer|unserem|meiner|meinem|unseren
    |meinen) (?:alten|bisherigen|jetzigen)\b|\b(?:der|die|das|unser|unsere|mein|meine) alte\w*
    \s(?:\w+ )?(?:tut|reicht|hält|geht|läuft) (?:\w+ ){0,2}(?:noch|auch|doch)\b|\btut'?s noch\b
changed_mind: Bestellung stornieren
    \bstornier(?:en|e|t)? (?:sie |ihr )?(?:\w+ ){0,2}(?:bestellung|warenkorb|kauf|auftrag)\b
    |\b(?:bestellung|warenkorb|auftrag) (?:(?!nicht\b|nie\b|keine?n?\b)\w+ ){0,3}(?:stornieren
    |löschen|annullieren
    |zurückziehen)\b
changed_mind: durch den Kopf gehen lassen
    \b(?:hab|habe|haben|hat)\b[^.!?\n]{0,40}\bdurch den kopf gehen (?:lassen|gelassen)\b
    |\bdrüber geschlafen\b|\b(?:nochmal|noch mal|noch einmal) (?:\w+ ){0,2}nachgedacht\b
changed_mind: nur gemerkt
    \b(?:zum|um (?:sie|es|ihn|das|die) (?:mir )?zu) merken\b|\bvorgemerkt\b|\bmerkliste\w*
    |\bmerkzettel\w*|\bwunschliste\w*|\b(?:kaufen|bestellen) (?:wollt\w*
    |woll\w*) (?:ich |wir )?(?:\w+ ){0,2}(?:nix
    |nichts|nicht)\b
changed_mind: beim Möbelhaus um die Ecke
    \b(?:beim|im|bei der|bei|vom|aus dem|in der|in einem|in einer) \w*(?:haus|markt|laden|geschäft
    |händler|discounter|center|zentrum|filiale|drogerie|apotheke|boutique)\b ~~ \b(?:gekauft
    |bestellt|geholt|mitgenommen|besorgt|gekriegt|ergattert)\b
changed_mind: um die Ecke gekauft
    \b(?:um die ecke|in der nähe|hier vor ort|in der stadt|nebenan) ~~ \b(?:gekauft|geholt
    |mitgenommen
    |besorgt|gekriegt|ergattert)\b
changed_mind: schon im Schrank
    \b(?:so|solch|solche[nmrs]?) (?:ein\w* )?(?:\w+ ){0,5}schon (?:\w+ ){0,3}(?:hab|habe|haben
    |besitze|besitzen
    |hatte|hatten|liegen|stehen|hängen)\b|\bschon (?:\w+ ){0,2}(?:zuhause|zu hause|daheim
    |im schrank|im keller)\b|\b(?:geliehen|ausgeliehen|geerbt|vererbt|vermacht|überlassen)\b
changed_mind: das alte repariert
    \b(?:alte\w*|meine\w*|unsere\w*)\b[^.!?\n]{0,40}\b(?:repariert|reparieren lassen|geflickt
    |wieder (?:\w+ )?(?:läuft|funktioniert)|(?:läuft|geht|funktioniert
    |tut'?s) (?:\w+ ){0,3}wieder)\b
changed_mind: am Ende für ... entschieden
    \b(?:am ende|letztendlich|schließlich|dann doch|stattdessen|lieber|letztlich|zuletzt)
    \b (?:\w+ ){0,3}für
    \s(?:\w+ ){0,4}entschieden\b|\bfür (?:das|den|die|ein\w*) (?:\w+ )?(?:vorgänger\w*|\w*modell
    |günstiger\w*|billiger\w*|gebraucht\w*|konkurrenz\w*|alternative\w*) (?:\w+ )?entschieden\b
changed_mind: Anlass war schon
    \b(?:feier|party|geburtstag|anlass|hochzeit|event|urlaub|reise|weihnachten|fest|termin|jubiläum
    |taufe|ostern|muttertag|valentinstag)\w* (?:\w+ ){0,3}(?:war|ist) (?:\w+ ){0,2}(?:schon
    |bereits)\b|\b(?:bringt|nützt|nutzt) (?:\w+ ){0,2}nichts mehr\b|\b(?:jetzt|nun
    |dafür) (?:ist (?:es |das )?)?(?:eh )?zu spät\b
changed_mind: nur sehen, was es kostet
    \bum (?:\w+ ){0,2}zu sehen,? (?:was|wie viel|wieviel|wie teuer)\b|
    \bkauf\w* (?:war |ist )?(?:\w+ )?nicht
    \s(?:geplant|vorgesehen)\b|\bnicht geplant,? (?:etwas|was) zu (?:kaufen|bestellen)\b
changed_mind: ausleihen
    \b(?:von|vom|bei|beim) (?:\w+ ){0,3}(?:aus)?(?:leihen|borgen)\b|\bgeborgt\b|
    \bnach (?:\w+ ){0,2}überlegen\b
changed_mind: nicht wirklich brauche
    \b(?:das|es|ihn|sie|den|die|so was|sowas|so etwas)\b (?:\w+ ){0,2}(?:nicht|kaum
    |gar nicht) (?:\w+ )?(?:brauche
    |brauchen|benötige|benötigen)\b
changed_mind: Projekt abgeblasen
    \b(?:\w*(?:projekt|vorhaben|renovierung|umbau|reise|feier|party|hochzeit|event|urlaub|ausflug
    |geburtstag|termin)|plan|pläne|anlass|fest)\w*\b[^.!?\n]{0,60}\b(?:abgeblasen|geplatzt
    |ins wasser gefallen
    |abgesagt|gestrichen|auf eis|fällt aus|ausgefallen|gecancelt)\b
changed_mind: woanders fündig
    \bfündig\b|\b(?:doch )?lieber nicht\b(?=\s*(?:[.!,;]|$))
changed_mind: Schnapsidee
    \bspontan(?:einfall|idee|kauf)\w*|\bschnapsidee\w*|\baus (?:einer|der) laune\b|\blaunenkauf\w*
    |\bsah (?:die welt|das|es) (?:\w+ ){0,2}anders aus\b|\bkauf(?:pause|stopp|stop)\b
    |\bkonsum(?:pause|verzicht)\w*|\bno-?buy\b|\bkein\w* neu\w* (?:\w+ ){0,2}(?:zu )?(?:kaufen
    |bestellen|anschaffen|anzuschaffen)\b
changed_mind: Geld lieber anders ausgeben
    \bgeld (?:\w+ )?(?:stecke|stecken|gebe|geben|investiere|investieren) (?:\w+ ){0,2}lieber\b|
    \bgeld (?:\w+ ){0,2}lieber (?:\w+ ){0,4}(?:stecke|stecken|ausgebe|ausgeben|investiere
    |investieren|spare
    |sparen|nutze|nutzen)\b|\blieber (?:\w+ ){0,3}(?:in|für) (?:\w+ ){0,3}(?:stecken|ausgeben
    |investieren)\b
changed_mind: die Wahl fiel auf ein anderes
    \b(?:entscheidung|wahl) (?:\w+ ){0,2}auf (?:ein|eine|einen|das|den|die) (?:\w+ )?(?:ander\w*
    |günstiger\w*|\w*modell)\b|\b(?:wahl|entscheidung) fiel\b
changed_mind: rausgewachsen
    \b(?:raus|heraus)gewachsen\b|\berübrigt\b|\bhinfällig\b|\bkein thema mehr\b
changed_mind: doch für etwas anderes
    \bdoch (?:\w+ ){0,2}für (?:\w+ ){0,4}entschieden\b|\bgegen (?:\w+ ){0,3}entschieden\b
    |\b(?:kleinanzeigen|willhaben|ricardo|tutti\.ch|vinted|flohmarkt|second-?hand
    |secondhand)\b
changed_mind: ein gebrauchtes
    \bgebrauchte[smn]?\b ~~ \b(?:entschieden|genommen|geholt|gefunden|gekauft|bekommen|kaufen)\b
question: Größe und Lager
    \bpasst\b|\bgr(?:ö|oe)(?:ß|ss)e\w*|\bauf lager\b|\blieferbar\b|\bverfügbar\w*|\bvorrätig\w*
    |\bmaterial\w*|\bfarbe\w*|\bmaße\b|\bfällt\w* (?:\w+ )?(?:klein|groß|gross|normal|eng
    |weit) aus\b
    |\bwasserdicht\b|\bbaumwolle\b|\bgeschenkverpack\w*|\bkompatibel\b|\bmaschinenwaschbar\b
question: Frage zum Artikel
    \b(?:kann|ist|hat|gibt es|passt|sind|haben sie|habt ihr)\b[^.!\n]{0,80}\?
question: Frage
    \b(?:wie|welche\w*|was|warum|wann|wo|wieso)\b[^.!\n]{0,80}\?
other: abmelden
    \babmelden\b|\babgemeldet\b|\bausgetragen\b|\baustragen\b|\bunsubscribe\b|\babbestell\w*
    (?:\w+ ){0,2}(?:newsletter|mails|e-mails|nachrichten)|\bnewsletter\w* (?:\w+ ){0,2}abbestell\w*
    |\b(?:vom|aus dem|aus ihrem|aus eurem) (?:\w+ )?verteiler\b|\bkeine (?:\w+ )?(?:mails|e-mails
    |emails|nachrichten|erinnerung\w*|werbung|newsletter|zuschriften) mehr\b|
    \bnicht mehr (?:\w+ ){0,2}(?:anschreiben
    |kontaktieren|schreiben|mailen|zuschicken|anmailen|belästigen)\b|\bin ruhe\b|\bspam\w*
other: zu viele Mails
    \b(?:mails|e-mails|emails|nachricht\w*|erinnerung\w*|newsletter|werbung|zuschrift\w*)
    \b ~~ \b(?:ständig
    |dauernd|täglich|jeden tag|zu viele|so viele|nerv\w*|genervt|aufdringlich|belästig\w*
    |zugemüllt|zuspamm\w*|flut|penetrant\w*|schon wieder|die (?:zweite|dritte|vierte|fünfte)
    |jeden (?:\w+ )?tag|alle (?:\w+ )?tage|es reicht|reicht (?:jetzt|langsam|mir))\b
other: hören Sie auf
    (?:\bhör\w* (?:\w+ ){0,2}auf|\baufhör\w*|\baufzuhören)\b[^.!?\n]{0,40}\b(?:schreib\w*|schick\w*
    |mail\w*|send\w*|nerv\w*
    |zuzumüllen|anzuschreiben)|\bbelästig\w*
    |\b(?:müssen|brauchen
    |müsst|braucht)(?: sie| ihr)? mich (?:\w+ ){0,3}?nicht (?:\w+ ){0,2}?(?:zu )?(?:erinnern
    |anschreiben|anmailen)\b|\bnervig\w*|\baufdringlich\w*|\bpenetrant\w*
    |\b(?:zwei|drei|vier|fünf|sechs|\d+) (?:mails|e-mails|emails|nachrichten|erinnerungen)\b
other: nichts mehr von euch
    \bnichts mehr von (?:euch|ihnen|dir)\b|\b(?:will|möchte|möchten|wollen) (?:\w+ ){0,3}(?:keine
    |nicht mehr) (?:\w+ ){0,2}(?:bekommen|erhalten|kontaktiert|angeschrieben|zugeschickt)\b
other: wieso bekomme ich Post
    \b(?:warum|wieso|weshalb|woher) (?:\w+ ){0,3}(?:bekomme|kriege|erhalte|krieg|bekommen|erhalten)
    \s(?:ich |wir )?(?:\w+ ){0,2}(?:post|mails?|e-mails?|nachrichten|werbung|newsletter
    |erinnerung\w*)\b
other: wer schreibt mir
    \bwer ihr (?:\w+ )?seid\b|\bwer seid ihr\b|\bwer (?:\w+ ){0,2}(?:schreibt|mailt
    |kontaktiert) mir\b|\bwer (?:\w+ ){0,2}(?:schreibt|mailt
    |kontaktiert) mich\b|\bwarum (?:\w+ ){0,3}(?:schreib\w*|schick\w*|mail\w*) (?:ihr|sie) mir\b
    |\b(?:nie|nicht) (?:\w+ ){0,4}(?:bei (?:euch|ihnen|dir)|für (?:den |ihren |euren )?newsletter)
    \s(?:\w+ )?(?:angemeldet|registriert|eingetragen)\b|\bnie (?:\w+ ){0,3}(?:zugestimmt
    |eingewilligt)\b|\bnicht (?:\w+ ){0,3}angemeldet zu haben\b
changed_mind: der Partner sagt nein
    \b(?:mein mann|meine frau|mein freund|meine freundin|mein partner
    |meine partnerin) (?:\w+ ){0,2}(?:meint
    |sagt|findet|will nicht|ist dagegen)\b|\bschon genug\b
other: falsche Person
    \b(?:ich heiße|ich heiß|mein name ist) nicht\b|\bnie (?:\w+ ){0,6}in (?:den|einen|irgendeinen
    |ihren|euren) warenkorb
    \sgelegt\b
    |\b(?:noch )?nie (?:\w+ ){0,3}(?:bestellt|gekauft|eingekauft|kunde gewesen)\b
    |\bfalsche[nm]? (?:person|empfänger\w*|e-?mail(?:-?adresse)?|adresse|mailadresse)\b
    |\bnicht (?:für )?mich bestimmt\b
other: kein Warenkorb (no cart)
    \b(?:ich heiße|ich heiß|mein name ist) nicht\b
    |\b(?:nie|keine?n?|nichts|nirgends|nirgendwo) (?:\w+ ){0,6}in (?:den|einen|nen|'nen|irgendeinen
    |ihren|euren)
    \s(?:waren)?korb\sgelegt\b
    |\bfalsche[nm]? (?:person|empfänger\w*)\b|\bnicht (?:für )?mich bestimmt\b
    |\bnie (?:\w+ ){0,2}auf (?:ihrer|eurer|deiner|dieser) (?:web)?seite\b
    |\bweder (?:ein )?(?:kunden)?konto\b
    |\bnie (?:\w+ ){0,2}(?:ein )?(?:kunden)?konto (?:\w+ )?(?:angelegt|erstellt|eröffnet)\b
    |\b(?:kann|könnte) mich (?:\w+ ){0,2}nicht (?:daran )?erinnern,? (?:\w+ ){0,6}(?:gewesen|besucht
    |registriert|angemeldet|gelegt)\b|\berinnere mich (?:\w+ )?nicht,? (?:\w+ ){0,6}(?:gewesen
    |besucht|registriert|angemeldet|gelegt)\b
other: Umzug
    \b(?:ziehen|ziehe|zieht) (?:\w+ ){0,3}um\b|\bumzug\w*
other: aufs Gehalt warten
    \A(?![^?]*\?)[\s\S]*?(?:\bgehalt\w*|\blohn\b|\blohnzahlung|\bzahltag\b|\bmonats(?:anfang|ende
    |ersten)\b|\b(?:ende|anfang)\s(?:des|vom|nächsten|diesen) monat\w*|\bwenn (?:\w+ ){0,3}(?:geld
    |gehalt|lohn)\s(?:\w+ )?(?:da ist|drauf ist|kommt|eingeht|eingegangen)\b|\btaschengeld\b
    |\b(?:am|zum|ab dem) (?:ersten|1\.)(?= (?:\w+ )?(?:bezahl\w*|bestell\w*|kauf\w*|zahl\w*
    |des monats|dann)))
other: später
    \A(?![^?]*\?)[\s\S]*?(?:\b(?:melde|komme|schaue|schau|bestelle|bestell|kaufe|mache|erledige
    |schließe) (?:\w+ ){0,3}(?:später|nächste\swoche|nächsten monat|demnächst|in ein paar tagen
    |am wochenende|nach dem urlaub|nochmal|noch mal|wieder)\b|\bspäter (?:\w+ ){0,2}(?:nochmal
    |noch mal|weiter|fertig|bestellen|zurück)\b|\b(?:hatte|habe|hab)\s(?:\w+ ){0,2}keine zeit\b
    |\b(?:ganz|total|einfach|glatt|völlig|komplett) vergessen\b(?!,? (?:\w+ )?zu (?:fragen|erwähnen
    |sagen|schreiben|erzählen))|\b(?:hab|habe
    |hatte)'?s? (?:es |das |den |die )?(?:\w+ )?vergessen\b(?!,? (?:\w+ )?zu (?:fragen|erwähnen
    |sagen|schreiben|erzählen))|\bmelde mich\b|\bkomme? (?:\w+ ){0,3}zurück\b)
other: Urlaub
    \A(?![^?]*\?)[\s\S]*?(?:\b(?:im|in den|in|aus dem|nach dem|vom) (?:\w+ )?(?:urlaub|ferien)\b|
    \burlaubsbedingt\b|
    \bverreist\b
    |\bauf reisen\b|\bgeschäftsreise\b|\b(?:bin|sind|bin dann|sind dann) (?:\w+ ){0,4}weg\b)
other: Persönliches
    \A(?![^?]*\?)[\s\S]*?(?:\bkrank\b|\bkrank (?:geworden|gewesen)\b|\bkrankenhaus\b|\bspital\b|
    \bumzug\b|\bumgezogen\b
    |\btodesfall\b|\bbeerdigung\b)
""",
    "it": r"""
changed_mind: non ho intenzione di comprare
    \bnon ho (?:\w+ )?intenzione di (?:comprar\w*|ordinar\w*|acquistar\w*)
returnsnoun =
    \b(?:reso|resi|restituzion\w*|recesso|rimbors\w*)\b
returnsunclear =
    \b(?:vag[oahe]\w*|poco chiar\w*|non (?:\w+ )?chiar\w*|non si capisce|non (?:\w+ )?capito
    |confus\w*|da nessuna parte|non (?:\w+ )?trovat\w*|incert\w*|niente su|nulla su)
trust: reso poco chiaro (returns)
    {returnsnoun}[^.!?\n]{0,80}?{returnsunclear}|{returnsunclear}[^.!?\n]{0,80}?{returnsnoun}
trust: informativa privacy (absent)
    \binformativa (?:sulla |della )?privacy\b|\bprivacy policy\b
delivery: esaurito
    (?:\besaurit[oaie]\b|\bin preordin[ea]\b|\bsu ordinazione\b|\bdi nuovo disponibil\w* (?:tra|fra
    |da|solo)\b
    |\btorn\w* disponibil\w* (?:tra|fra|solo)\b|\bnon (?:più )?disponibil\w* (?:nella
    |in) (?:mia )?(?:taglia|misura|colore)\b)(?![^.!?\n]*\?)
trust: codice fiscale richiesto
    \b(?:codice fiscale|documento d'identità|carta d'identità|data di nascita) ~~ \b(?:chiede\w*
    |chiesto|richiest\w*
    |obbligatori\w*|perch[ée]|vuole|volevano|voleva)\b
changed_mind: potete svuotare il carrello
    \b(?:potete|puoi) (?:pure |anche |tranquillamente )?(?:svuotare|cancellare
    |eliminare) (?:il )?(?:mio )?carrello\b
changed_mind: nel carrello per ricordarlo
    \b(?:messo|mess[aie]|aggiunt[oaie]) (?:\w+ ){0,4}nel carrello (?:\w+ ){0,2}per (?:confrontar\w*
    |ricordar\w*|salvar\w*|tenerl[oaie] d'occhio)\b
remindermsg =
    \b(?:mail|e-?mail|messagg\w*|promemoria|newsletter|notific\w*|comunicazion\w*)\b
reminderpace =
    \b(?:nel cuore della notte|in piena notte|di notte|(?:così|troppo|molto|super)\s(?:veloc\w*
    |presto|rapid\w*)|velocissim\w*|(?:dopo
    |entro) (?:nemmeno |neanche |appena |solo )?(?:\w+ )?(?:minuti|secondi|un'ora|mezz'ora
    |un minuto)|continuano (?:ad|a) arrivare|arrivano di continuo|ogni (?:santo )?giorno
    |tutti i giorni|ogni due giorni|a giorni alterni|(?:una|due|tre) (?:volte )?al giorno
    |in (?:soli\s|appena\s|nemmeno\s)?(?:\d+|due|tre|quattro|cinque|sei|sette|un|una) (?:giorni
    |giorno|ore|ora|settiman\w*)
    |prima (?:ancora )?di (?:\w+ ){0,2}(?:chiuso|chiudere|uscire)|stalker\w*|insistent\w*
    |invadent\w*|pressant\w*)\b
other: sui promemoria (reminders)
    {remindermsg}[^.!?\n]{0,120}?\b(?:sorrid\w*|ridere|riso|divertent\w*|simpatic\w*)
    |{remindermsg}[^.!?\n]{0,80}?{reminderpace}|{reminderpace}[^.!?\n]{0,80}?{remindermsg}
    |\b(?:stalker\w*|invadent\w*|pressant\w*)\b
    |\b(?:la|il) (?:seconda|terza|quarta|quinta|sesta|secondo|terzo|quarto|quinto) (?:\w+ )?in
    \s(?:una|un|due|tre|pochi|meno di una) (?:settimana|giorno|giorni|settimane|mese)\b
site =
    \b(?:sito|pagina|pulsante|bottone|tasto|carrello|cassa|checkout|app|applicazione|link|modulo
    |form|campo|schermata|cellulare|smartphone|iphone|browser|safari|chrome|ipad|tablet)\b
shop =
    \b(?:negozi\w*|sit[oi]|shop|azienda|ditta|voi)\b
cost =
    \b(?:spese di spedizione|costi? di spedizione|(?<!indirizzo di )spedizion[ei]
    |(?<!indirizzo di )consegn[ae]|trasporto|totale|commission\w*|sovrapprezz\w*|supplement\w*)
dear =
    \b(?:car[oaie]|alt[oaei]|elevat\w*|eccessiv\w*|esagerat\w*|salat[oaie]|tropp[oaie](?! lung
    | lent| vag| incert| tard| bass| poc)
    |cost(?!um)\w*
    |pi[ùu] (?:del|della|dello|di)|aumentat\w*|assurd\w*|folli\w*|un furto|una rapina|salit\w*
    |rincar\w*
    |lievitat\w*)
failed =
    \b(?:rifiut\w*|respint\w*|declinat\w*
    |non (?:[èe] )?(?:stat[oa] )?(?:andat\w*|passat\w*|accettat\w*|autorizzat\w*)|non passa
    |non va\b|fallit\w*|errore|non funziona\w*|bloccat\w*|negat\w*|annullat\w*
    |nessun\w* (?:[èe] )?(?:passat\w*|andat\w*|accettat\w*|funziona\w*|va)\b
    |non vien\w* (?:\w+ )?(?:accettat\w*|autorizzat\w*|riconosciut\w*)|scadut\w*|non valid\w*)
payment: carta rifiutata
    \b(?:cart[ae]\b|pagament\w*|transazion\w*|visa|mastercard|bancomat|postepay|paypal
    |satispay|scalapay|klarna|apple ?pay|google ?pay|prepagata|amex) ~~ {failed}
payment: buono regalo rifiutato
    \b(?:buono regalo|buoni regalo|carta regalo|gift card|card regalo) ~~ \b(?:non
    \s(?:viene |è )?accettat\w*|non valid\w*|rifiutat\w*|non funziona\w*|non passa|non va|scadut\w*)
payment: non riuscivo a pagare
    \bnon (?:sono riuscit\w*|riuscivo|riesco|potevo|posso|si pu[oò]|mi fa(?:ceva)?) a (?:pagare
    |completare il pagamento|concludere il pagamento)|\bnon (?:mi )?(?:fa|faceva|lascia
    |lasciava)\spagare\b
payment: nessuna carta passa
    \bnessun\w* (?:\w+ ){0,3}(?:cart[ae]|pagament\w*)\b (?:\w+ )?(?:passat\w*|andat\w*|accettat\w*
    |funziona\w*|va)\b
payment: non va a buon fine
    \b(?:pagament\w*|transazion\w*|ordine) ~ \bnon (?:va|andava|[èe] andat[oa]) a buon fine\b
payment: metodo di pagamento (topic)
    \b(?:paypal|klarna|satispay|scalapay|apple ?pay|google ?pay|3-?d[ -]?secure|bonifico
    |contrassegno|metod[oi] di pagamento|modalit[àa] di pagamento|carta di credito|pagamento a rate
    |a rate|rateizza\w*|in contanti|alla consegna|postepay|bancomat|carta prepagata|twint
    |american express|amex|maestro|visa|mastercard|diners|carta di debito|carte prepagate|hype
    |revolut|n26|paysafecard)
payment: si accetta satispay?
    \b(?:paypal|klarna|satispay|scalapay|apple ?pay|google ?pay|bonifico|contrassegno|a rate
    |rateizza\w*|in contanti|alla consegna|postepay|bancomat|carta prepagata|carta di debito
    |carta di credito|amex|american express|maestro|visa|mastercard|twint)\b[^.!?\n]{0,60}\?
payment: problemi con il pagamento
    \b(?:problem\w*|difficolt[àa]|errore)\s+(?:con|nel|col|durante|al)\s+(?:il\s+|la\s+
    |l')?(?:pagament\w*|carta|paypal)
payment: banca
    \b(?:banca|otp|codice sms|3d ?secure|app della banca|notifica) ~~ \b(?:codice|otp|sms
    |conferm\w*|autorizz\w*|rifiut\w*|blocc\w*|scadut\w*|non (?:mi )?arriv\w*|non [èe] arrivat\w*)
payment: posso pagare
    \b(?:si pu[oò]|posso|possibile|potrei|accettate)\b ~ \bpagar\w*
payment: errore al pagamento
    \b(?:pagar\w*|pagament\w*|paypal|satispay|scalapay|klarna|carta|bonifico|banca|home banking
    |bancomat|postepay)\b[^.!?\n]{0,60}\b(?:errore|rifiutat\w*
    |fallit\w*|respint\w*)
payment: la banca non ha autorizzato
    \b(?:banca|carta) (?:\w+ ){0,3}non (?:\w+ ){0,2}(?:autorizzat\w*|accettat\w*|approvat\w*
    |confermat\w*|passat\w*)
payment: addebitato
    \b(?:addebitat\w*|scalat[oi]|prelevat\w*) ~~ \b(?:soldi|importo|conto|ordine|carta)\b
payment: il sito si bloccava al pagamento
    \b(?:pagament\w*|pagare|paga) ~~ \b(?:blocca\w*|errore|non funziona\w*|crash\w*
    |non (?:si )?carica\w*|impalla\w*|mi rimanda\w*|mi riporta\w*|senza completare)
price: spese di spedizione alte
    {cost} ~~ {dear}
price: non vale
    \bnon vale (?:la pena|quello che costa|il prezzo|i soldi|la spesa)\b|\bnon ne vale la pena\b
    |\bnon (?:li |lo )?vale\b|\bqualit[àa]-?prezzo\b|\bgiustificar\w*
price: vale la pena (absent)
    \bvale la (?:pena|spesa)\b|\bconvien\w*
price: una cifra
    {amount} ~~ (?:{dear}|{cost})
price: più di quanto volevo
    \bpi[ùu] di quanto (?:\w+ ){0,3}(?:spendere|pagare|pensavo|immaginavo|credevo)\b
price: che prezzi
    \bche prezz\w*|\bprezz\w* (?:da )?(?:folli|pazz\w*|assurd\w*|fuori di testa|fuori mercato)\b
    |\btroppo per (?:me|noi)\b
price: troppo caro
    \b(?:troppo|molto|un po'|abbastanza|parecchio|davvero|proprio)\s+car[oaie]\b
    |\bcosta(?:no)? troppo\b(?! poco)|\bcostos\w*|\bcarissim\w*\b(?!\s*(?:tutti|amici
    |ragazzi)?\s*[,!]?\s*\n)|\bsalat[oaie]\b
    |\bun occhio della testa\b|\bun furto\b|\bprezz\w* (?:da )?rapina\b
price: costa troppo
    \bcosta(?:no|va)? (?:un po' |davvero |decisamente |veramente )?troppo\b(?! poco)
price: costa meno altrove
    \b\d+(?:[.,]\d+)? ?(?:euro|€|franchi|chf) ~ \b(?:in meno|di meno)\b
price: euro in meno
    \b(?:euro|€|franchi) (?:in|di) meno\b
price: vendono a meno
    \bcost(?:a|ano|ava|asse|assero|erebbe) (?:\w+ )?(?:di )?meno\b|\bne (?:compro|prendo
    |trovo) (?:due|tre)\b
    |\bcon (?:\d+ euro|quei soldi|questi soldi|gli stessi soldi|lo stesso prezzo)\b|\b(?:vendono
    |trovo|trovato|danno|prende) (?:\w+ ){0,2}a meno\b
price: più economico altrove
    \b(?:pi[ùu] economic\w*|meno car\w*|pi[ùu] conveniente|prezzo migliore)
    |(?<!faccio )(?<!facciamo )(?<!fare )(?<!farne )(?<!fatto )(?<!fa )(?<!far )(?<!farò )(?<!fai )
    \b(?:a
    |per) meno\b(?! che\b)
    |\ba (?:un )?prezzo (?:pi[ùu] )?bass\w*|\bmet[àa] prezzo\b|\bla met[àa]\b|\bmeno della met[àa]
price: codice sconto (topic)
    \b(?:codic[ei] sconto|codic[ei] promo\w*|scont[oi]|coupon|buon[oi] sconto|buon[oi] regalo
    |spedizione gratuita
    |spedizione gratis)\b
price: aspetto i saldi
    \b(?:saldi|saldo|black friday|cyber monday|sconto|sconti|offerta|offerte|promo\w*|codic\w*
    |coupon\w*)\b ~~ \baspett\w*
price: black friday
    \bblack friday\b|\bcyber monday\b
price: promozione (topic)
    \b(?:promozion\w*|saldi|promo)\b|\bofferte? (?:in corso|speciali?|del momento)\b
price: offerta (weak)
    \boffert\w*
price: prezzo alto
    \bprezz\w* ~~ {dear}
price: non posso permettermelo
    \bnon (?:\w+ ){0,2}permetter\w*|\bpermetter\w*|\bbudget\b|\b(?:per le|alle) mie tasche\b
    |\bfuori (?:dal )?(?:mio )?budget\b|\bal verde\b|\bsoldi (?:non )?bastano\b
    |\bnon ho (?:i )?soldi\b
price: fuori budget
    \bfuori (?:dal(?:le|la)? )?(?:mi[eoa] )?(?:tasche|budget|portata)\b|\bsuper\w* (?:il )?(?:mio
    |nostro)
    \sbudget\b
    |\bnon rientra\w* (?:\w+ ){0,2}(?:nel|nei|nelle|nella)
    \s(?:mi[oaie] )?(?:budget|limiti|spese|possibilit[àa]|finanze|tasche)\b|
    \bnon (?:\w+ ){0,2}spendere (?:\w+ )?(?:tanto
    |cos[iì] tanto|troppo)\b
price: sceso di quaranta euro
    \b(?:sces[oaie]|calat[oaie]|ribassat[oaie]|scontat[oaie]) di (?:\w+ ){0,2}(?:euro|€)
price: scende di prezzo
    \b(?:scend\w*|cal(?:a|ano|i|er[àa])|abbass\w*|ribass\w*) ~~ \bprezz\w*
price: trattabile
    \btrattabil\w*|\bultimo prezzo\b|\b(?:fare|fate|farmi|fatemi) un prezzo\b|\b(?:a|per) (?:quella
    |questa)\scifra\b
price: il doppio
    \bnon (?:la |li |lo |le )?spend\w*|\buna cifra (?:del genere|simile|cos[iì])\b
    |\bcar[oaie] rispetto\b
    |\bcost\w* (?:\w+ )?(?:il|al) (?:doppio|triplo)\b|\brispetto alla concorrenza\b
price: disponibilità economica
    \bnon ho (?:la |le )?(?:disponibilit[àa]|possibilit[àa]) economic\w*|\b(?:disponibilit[àa]
    |possibilit[àa]) economic\w*|\bnon ho (?:\w+ )?soldi\b
price: per quello che offre
    \bper quello che (?:offre|[èe]|d[àa]|vale)\b
price: venire incontro
    \bvenite incontro\b|\bvenirmi incontro\b|\bdispendios\w*|\boneros\w*
price: a quel prezzo
    \b(?:a|per) (?:quel|questo) prezzo\b|\bmi aspettavo (?:di )?(?:pi[ùu]|meglio)\b
price: costi nascosti
    \b(?:costi|spese) (?:nascost\w*|aggiuntiv\w*|extra|imprevist\w*)\b|\b(?:troppi|tanti
    |un sacco di) soldi\b
    |\buno sproposito\b|\buna follia\b|\bdevo risparmiare\b|\bsto risparmiando\b
price: un po' tantini
    \btantin[oi]\b|\bun po' tant[oi]\b
price: speravo di risparmiare
    \bsperav\w* (?:di )?risparmiar\w*|\brisparmiare qualcosa\b
price: pensavo di spendere
    \b(?:pensavo|contavo|prevedevo|volevo|speravo|credevo) di spendere\b|\b(?:pensavo|contavo
    |prevedevo|speravo|credevo) di pagare (?:\w+ ){0,2}(?:meno|sui|circa|intorno|\d)
price: dogana
    \bdogan\w*|\bdazi\w*
price: più del prodotto
    \b(?:costa |costano )?più (?:del|dello|della|che (?:il|lo|la)) (?:prodotto|articolo|vaso
    |oggetto|resto)\b
price: una cifra, e passo
    {amount}[^?\n]{0,40}\b(?:passo|ci passo|lascio stare|lascio perdere|ci rinuncio)\b
delivery: consegna (topic)
    (?<!indirizzo di )(?<!alla )\b(?:consegn\w*
    |(?<!con la )(?<!compresa la )(?<!inclusa la )(?<!pi[ùu] la )(?<!scegli )spedizion\w*+)
    (?! (?:\w+ ){0,2}(?:andava|andata|va|era|è)
    \s(?:\w+ )?(?:bene|benissimo|ok|okay|perfett\w*|ottim\w*))
    |\bspedit\w*|\bspedire\b|\bspedisc\w*|\bpacco\b|\bpacchi\b|\btracking\b|\btracciamento\b
delivery: punto di ritiro (option)
    \b(?:ritiro|ritirare|punto di ritiro|fermopoint|fermo deposito|locker|tabaccheria|inpost
    |punto poste|a domicilio|click and collect)\b
delivery: corriere (topic)
    \b(?:corriere|brt|gls|dhl|sda|poste|(?-i:UPS)|bartolini|inpost|posta)\b
delivery: corriere lento
    \b(?:corriere|brt|gls|dhl|sda|poste|bartolini|posta)\b ~~ \b(?:lent\w*|ritard\w*|perd\w*
    |mai|tempo|giorni|settimane)
delivery: spedire all'estero
    \b(?:spedi\w*|consegn\w*|invia\w*|arriv\w*|mandat\w*|mandare|ordina\w*) ~ \b(?:in (?:svizzera
    |austria
    |germania|francia|san marino|sicilia|sardegna|ticino)|all'estero|estero|nelle isole
    |sulle isole)\b
delivery: non spedite
    (?<!mail )(?<!e-mail )(?<!codice )(?<!sms )(?<!link )\bnon (?:\w+ ){0,2}(?:spedi\w*
    |consegn\w*|invia\w*|arriv\w*|mandat\w*
    |recapit\w*)\b(?! (?:lo |il |la |l')?(?:stipendio|tredicesima|paga|busta|mail|email|e-mail|sms
    |codice|notifica|conferma|pubblicit\w*|messaggi|newsletter|promemoria
    |comunicazion\w*))(?! pi[ùu]
    \s(?:\w+ )?(?:niente|nulla|pubblicit\w*|mail|email|e-mail|messaggi|newsletter|promemoria
    |comunicazion\w*))
delivery: spedite
    \b(?:spedite|consegnate|potete (?:spedire|consegnare|inviare|mandare)|mandate)\b
delivery: in tempo
    \bprima di (?:natale|pasqua|sabato|venerd[ìi]|domenica|capodanno)\b|\bin tempo\b
    |(?<!stipendio )\barriv(?:a|ano|er[àa]|eranno|are|o)\b(?! da\b)(?! (?:già |gia )?(?:montat\w*
    |smontat\w*|assemblat\w*|imballat\w*|in (?:una |un )?(?:scatola|confezione|pezzi)))(?! (?:\w+
    \s|l'){0,2}(?:stipendio
    |tredicesima|paga
    |busta|mail|email|e-mail|sms|codice|notifica|conferma|messaggi\w*|newsletter|promemoria))
    |\bentro (?:sabato|domenica|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|natale
    |pasqua|il \d+|\d+|fine settimana|la prossima settimana)\b
delivery: averlo per il 15
    \b(?:averl[oaie]|ricever\w*|arriv\w*|ce la fate|consegn\w*|spedi\w*) (?:\w+ ){0,2}(?:per|entro
    |prima del?) (?:il |l')?(?:\d{1,2}|sabato|domenica|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]
    |venerd[ìi]|natale|pasqua|capodanno)\b
delivery: entro due giorni
    \bentro (?:\w+ )?giorn[oi]\b
delivery: ce la fate (topic)
    \bce la fate\b
delivery: in due giorni (weak)
    \bin (?:\w+ )?giorn[oi]\b
delivery: mi serve per
    \b(?:serve|servirebbe|occorre|bisogno) (?:\w+ ){0,3}(?:per|entro) (?:sabato|domenica
    |luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|natale|pasqua|il \d+|\d+|il compleanno
    |la festa|fine settimana|la prossima settimana|domani)\b
delivery: aspettare il pacco
    \baspett\w* (?:il pacco|la consegna|l'ordine|la merce)\b
delivery: quando arriva
    \bquando\b ~ \b(?:arriv\w*|consegn\w*|ricev\w*|spedit\w*|partir\w*|esce|uscir\w*)\b
    (?! (?:lo |il |la )?(?:stipendio|tredicesima|paga|busta))
delivery: quanto ci mette
    \b(?:quanto|quanti giorni|quanto tempo) ~ \b(?:ci mett\w*|ci vuole|ci vogliono|arriv\w*
    |impieg\w*)
delivery: ci vogliono due settimane
    \b(?:ci vuole|ci vogliono|ci mette|ci mettete) (?:\w+ ){0,2}(?:giorni|settimane|tanto|troppo)\b
delivery: quanti giorni
    \bquanti giorni\b|\btempi di (?:consegna|spedizione|attesa)\b
    |\bquanto tempo\b[^.!?\n]{0,40}\barriv\w*
    |\btroppo (?:tempo|lent[oa]|lunghi)\b|\bci (?:vuole|mette|mettete) troppo\b
delivery: più veloce (topic)
    \bpi[ùu] (?:velo[cx]\w*|rapid\w*)\b|\b(?:espress[oa]|(?<!american )express)\b
delivery: giorni (weak)
    \b\d+ (?:giorni|settimane)\b
trust: mi hanno avvisato
    \b(?:stare|stai|state) attent[oaie] (?:con|a) (?:voi|questo sito|questo negozio)\b
    |\bsconsigliat[oaie]\b|\bmi ha(?:nno)? (?:messo in guardia|avvertit[oa]|avvisat[oa])\b
trust: troppo poco per essere vero
    \btroppo (?:poco|bass\w*|econom\w*) per essere ver\w*|\b(?:mi ha|mi hanno) (?:detto|scritto
    |consigliato) (?:\w+ )?di non comprare\b
trust: campanello d'allarme
    \bcampanell\w* d'allarme|\bsospettosamente (?:\w+ )?(?:econom\w*|bass\w*)
    |\bprezz\w* (?:\w+ ){0,2}(?:troppo|cos[ìi]) bass\w* per essere ver\w*
payment: coordinate per il bonifico
    \b(?:coordinate bancarie|iban|dati per il bonifico|estremi (?:\w+ )?bonifico) ~~ \b(?:non
    \s(?:mi )?(?:sono |è )?arrivat\w*|manca\w*|non (?:ci sono|c'è|trovo)|non ricevut\w*)
trust: dove avete sede
    \bdove (?:\w+ )?(?:avete|ha|hai|abbiate) (?:la )?sede\b
    |\bsede (?:legale|della società|dell'azienda)
    |\bpartita iva\b(?! (?:\w+ )?(?:per|nella|in) (?:fattura|la fattura))
trust: mai sentito
    \bmai sentit[oaie]\b|\bsconosciut\w*|\bmai (?:sentito )?(?:nominare|parlare)\b
trust: non vi conosco
    \bnon (?:vi |la |lo |li )?conosc\w*
trust: negozi che non conosco
    {shop} ~ (?P<focus>\b(?:che )?non (?:conosc\w*|ho mai sentito))
trust: partita IVA (absent)
    \b(?:partita iva|p\.? ?iva|codice fiscale|ragione sociale|dati (?:aziendali|societari)
    |informazioni (?:aziendali|sull'azienda)|sede(?: legale)?
    |(?<!questo )(?<!mio )(?<!vostro )(?<!dell')(?<!campo )
    (?<!inserire l')(?<!scrivere l')indirizzo(?! (?:e-?mail
    |di posta|mail))
    |numero di telefono|contatt\w*|telefon\w*|servizio clienti|chi siete|condizioni di vendita
    |termini
    |resi|diritto di recesso|politica di reso|condizioni di reso|note legali
    |registro (?:delle )?imprese
    |camera di commercio|visura)
trust: un'azienda vera
    \b(?:azienda|negozio|ditta|sito) ver[oa]\b|\bnon (?:ero|sono) sicur[oa] che (?:foste|siate
    |il sito|sia)\b
trust: truffa
    \b(?:truff\w*|sospett\w*|falso|fals[ia]|fake|fregatura\w*|fregat\w*|losc\w*|tarocc\w*|scam)\b
    |\bpuzza\b|\bfasull\w*|\bfarlocc\w*|\bpatacc\w*|\braggir\w*
trust: non mi convince
    \b(?:sito|negozio|shop|voi|azienda) ~~ \bnon mi (?:convince|ispira)\b
trust: dubbi sul sito
    \b(?:dubbi\w*|perplessit\w*) ~~ \b(?:sito|negozio|shop|voi|azienda|affidabil\w*|seriet\w*)\b
trust: il sito non è sicuro
    \b(?:sito|negozio|shop|pagamento|pagina) (?:\w+ ){0,2}non (?:[èe]|sembra|mi sembra
    |pare) (?:\w+ )?sicur[oa]\b
trust: affidabile (absent)
    \b(?:affidabil\w*|seri[oa]|seriet[àa]|fiducia|sicur[oa]|legittim\w*|attendibil\w*
    |raccomandabil\w*|sicurezza)\b
trust: una stella
    \b(?:solo |una sola )?(?:una|1) stell[ae]\b|\bscettic\w*|\bphishing\b
trust: copiato
    \b(?:sito|negozio|shop|pagina|foto|testi) ~~ \bcopiat\w*
trust: recensioni finte
    \brecension\w* ~~ \b(?:fint\w*|fals\w*|comprat\w*|fake|inventat\w*)
trust: esistete davvero
    \besist\w* (?:davvero|veramente|realmente)\b|\bse esistete\b|\bcasella postale\b
trust: non compro da sconosciuti
    \bnon (?:\w+ ){0,2}(?:compro|ordino|acquisto) (?:\w+ ){0,3}(?:sconosciut\w*|che non conosco)
trust: clone
    \bclon\w*
trust: poco professionale
    \bpoco professional\w*|\bnon professional\w*|\bamatorial\w*|\bfatto in fretta\b
trust: non mi fido
    \bnon (?:mi |ci )?fid(?:are|arsi|armi|o|avo|ata|ato|ando)\b|\b(?:nessuna|poca) fiducia\b
    |\b(?:mi |ci )?fid(?:are|arsi|armi|o|avo|ando)\b[^.!\n]{0,40}\?
trust: siete affidabili
    \b(?:siete|il sito|il negozio|lo shop|l'azienda|il vostro sito|[èe] un sito) ~ \b(?:affidabil\w*
    |seri[oa]|sicur[oa]|ver[oi]|real[ei]|legittim\w*|attendibil\w*)\b[^.!\n]{0,40}\?
trust: lucchetto
    \b(?:https|lucchetto|certificato|ssl) ~~ \b(?:manca\w*|non|senza|nessun\w*)\b
trust: recensioni negative
    \b(?:cose|commenti|recensioni|esperienze|opinioni) (?:negativ\w*|brutt\w*|pessim\w*) su\b
    |\blamentel\w*\b|\bparlano male\b|\b(?:brutt\w*|pessim\w*|cattiv\w*) (?:recension\w*|commenti
    |esperienz\w*|opinion\w*)\b
trust: non su internet (absent)
    \b(?:google\w*|internet|online|in rete)\b
trust: paura per i dati della carta
    \b(?:paura|timore|preoccupat\w*|ansia) ~ \b(?:dati|carta)\b
trust: chi c'è dietro (absent)
    \bchi c'[èe] dietro\b|\bchi (?:lo )?gestisce\b
trust: a disagio
    \bnon (?:sono|ero|mi sento|mi sentivo) (?:\w+ ){0,2}tranquill[oa]\b|
    \bnon mi sentiv[oa] (?:tranquill[oa]
    |sicur[oa])\b|\ba disagio\b|\bnon mi sento (?:tranquill[oa]
    |sicur[oa])\b
trust: recensioni (absent)
    \b(?:recension[ei]|trustpilot|feedback|opinioni)\b
trust: tradotto male
    \bmess[oa] su in fretta\b|\bmess[oa] in piedi in fretta\b|\braffazzonat\w*
    |\btradott[oaie] male\b|\btraduzion\w* (?:\w+ )?(?:automatic\w*|pessim\w*|sbagliat\w*)
    |\bitaliano (?:\w+ )?(?:stentato|sgrammaticato|maccheronico)\b|\berrori di (?:ortografia
    |grammatica)\b|\bgoogle translate\b
trust: solo da negozi che conosco
    \bsolo (?:da|su|presso|in) (?:\w+ ){0,2}(?:negozi|siti|shop|rivenditori|aziende)\w* (?:che
    |di cui)\s(?:\w+ ){0,2}(?:conosco|conosciamo|mi fido|ci fidiamo)|\bsolo (?:da|su
    |presso) (?:\w+ ){0,2}(?:negozi|siti|shop|rivenditori)\w* (?:conosciut\w*|affidabil\w*|noti
    |famos\w*|grandi|seri)\b
trust: l'antivirus avvisa
    \b(?:antivirus|norton|avast|kaspersky|bitdefender|malwarebytes)\b ~~ \b(?:segnala\w*|bloccat\w*
    |blocca\w*|avvis\w*|avvert\w*|pericolos\w*|allarme|minaccia)
trust: segnalato come pericoloso
    \bcome (?:pericolos\w*|non sicur\w*|truffa|sospett\w*|dannos\w*|malevol\w*)\b
trust: sede a Hong Kong
    \b(?:sede|indirizzo|magazzino|azienda|ditta) ~~ \b(?:cina|hong kong|shenzhen|asia|singapore)\b
trust: frasi fatte
    \bfrasi fatte\b|\bnessun (?:nome|volto|referente)\b|\bnessuna foto del team\b
trust: chi siamo vuoto
    \bchi siamo\b ~~ \b(?:niente|nulla|solo|nessun\w*|vuot\w*)\b
trust: cose poco belle lette
    \b(?:letto|sentito|leggo|sento|visto)\b ~~ \b(?:poco bell\w*|brutt\w*|negativ\w*|pessim\w*
    |niente di buono|male di voi)
trust: rischioso
    \b(?:troppo |un po' |abbastanza )?rischios\w*
trust: marchio di garanzia (absent)
    \b(?:marchio di (?:garanzia|qualit[àa]|fiducia)|tutela (?:dell'acquirente|del consumatore)
    |protezione (?:dell')?acquirent\w*|trusted shops|sigill\w*)
trust: recensioni tutte uguali
    \brecension\w* (?:\w+ ){0,3}(?:tutte uguali|identiche|fotocopia|copia(?:te)? e incolla)\b
trust: mi sembrava strano
    \b(?:sembrat\w*|sembrava|sembra|pareva|pars[oa]
    |avuto l'impressione) (?:[\w']+ ){0,3}(?:stran[oaie]
    |losc[oa]|sospett\w*|ambigu[oa]|poco chiar[oa]|poco sicur[oa]|poco affidabil\w*|una truffa)\b
    |\btroppo bell[oa] per essere ver[oa]\b|\bprezzi (?:\w+ )?troppo bassi\b|\bnon mi ispira\w*
    |\bandare sul sicuro\b|\bnon (?:\w+ ){0,3}rischiar\w*
trust: sito fatto male
    \b(?:sito|negozio|shop|pagina)\b ~ \b(?:fatto male|fatto in casa|approssimativ\w*
    |sgangherat\w*)\b
trust: altri non hanno ricevuto nulla
    \b(?:persone|gente|clienti|utenti|altri|qualcuno|un'amica|un amico|amici|amiche|collega|mia
    |mio)\b[^.!?\n]{0,60}\b(?:lament\w*|mai (?:\w+ ){0,2}ricevut\w*
    |non (?:\w+ ){0,2}ricevut\w* (?:nulla
    |niente)|mai arrivat\w*|fregat\w*|truffat\w*)|\bsi lament\w*|\blamentan\w*
trust: non è chiaro chi c'è dietro
    \b(?:non (?:[èe] |era )?(?:chiaro|chiara|evidente)|non si (?:capisce|capiva)
    |non (?:ho )?capi(?:sco|vo
    |to)|non si sa)\b[^.!?\n]{0,30}\bchi\b|\bchi (?:ci )?(?:sia|stia|siate|c'[èe]|ci sia) dietro\b
trust: i miei dati
    \b(?:miei dati|dati personali|privacy|gdpr)\b|\bsicuro (?:acquistare|comprare|pagare)
    |\bcome avete (?:avuto|trovato) (?:la )?mi[ao]
technical: captcha
    \b(?:re)?captcha\w*|\bnon sono un robot\b|\b(?:che )?non (?:ero|sono) un robot\b
technical: non è successo niente
    \bnon (?:è )?(?:\w+ )?success[oa] (?:\w+ )?(?:niente|nulla)\b|\bnon succede (?:\w+ )?(?:niente
    |nulla)\b
technical: non mi fa inserire
    \bnon (?:mi )?(?:fa|faceva|lascia|lasciava) (?:\w+ )?(?:inserire|selezionare|scegliere|cliccare
    |aggiungere|modificare|salvare|completare|registrare|accedere|entrare|pagare)\b
    |\bnon (?:si )?(?:vede|vedo|vedono|compar\w*|appar\w*) (?:\w+ ){0,2}(?:tasto|pulsante|bottone
    |carrello|campo|menu|link)\b
technical: torno al carrello
    \b(?:torno|ritorno|mi riporta\w*|mi rimanda\w*) (?:\w+ ){0,2}(?:al carrello|alla home|all'inizio
    |alla pagina|indietro)\b
technical: la pagina tornava indietro
    \b(?:torna\w*|ritorna\w*|rimanda\w*|riporta\w*) (?:\w+ ){0,2}(?:indietro|all'inizio|alla home
    |al carrello|da capo|alla pagina)\b|\bda capo\b|\bricominciar\w*|\bperdev\w* tutto\b|
    \bperso tutto\b
    |\bsi (?:[èe] )?(?:cancellat\w*|svuotat\w*|azzerat\w*) tutto\b
technical: non lo prendeva
    \b(?:sito|pagina|campo|modulo|app|sistema|carrello|codice|coupon|cap|indirizzo) (?:\w+ ){0,3}non
    \s(?:me )?(?:lo |la |li |le |l')?(?:prend\w*|legge\w*|riconosce\w*|salva\w*|memorizza\w*
    |registra\w*
    |tiene|teneva|apre|apriva|parte|partiva|scorre\w*)\b|\bnon c'era verso\b|\bnon partiva\b
technical: le foto non si vedono
    \b(?:foto|immagin\w*|pulsant\w*|bottone|bottoni|tast[oi]|menu|testo|testi|pagin[ae]|camp[oi]
    |scritte|elementi)\b (?:\w+ ){0,4}non si (?:vede|vedono|vedeva|vedevano|carica\w*|apre|aprono)\b
    |\b(?:pulsant\w*|bottoni|tasti|scritte|elementi|testi|immagini|foto) (?:\w+ ){0,3}(?:spostat\w*
    |sovrappost\w*|tagliat\w*|sfasat\w*|storti|sballat\w*)\b
technical: carrello scaduto
    \b(?:carrello|sessione|link|pagina|ordine) (?:\w+ ){0,3}scadut\w*|
    \bnon (?:mi |me l[oaie] |me l')?(?:fa
    |faceva|lascia|lasciava) (?:\w+ )?(?:recuperar\w*|ripristinar\w*|riaprir\w*|salvar\w*
    |caricar\w*)\b
technical: spariva tutto
    \bsparisc\w*|\bspariv\w*|\bscompar(?:e|iva|ivano|so|sa|se|sono)\b
technical: copre il tasto
    \b(?:copre|coprono|coperto|copriva|nasconde|nascondeva)\b ~~ \b(?:tasto|pulsante|bottone|banner
    |cookie\w*|campo|menu)\b
technical: non si toglie
    \bnon si (?:toglie|toglieva|chiude|chiudeva|riesce a chiudere)\b
technical: banner dei cookie
    \bbanner (?:dei |sui )?cookie\w* ~~ \b(?:non|copre|blocca)\b
technical: tutto grigio
    \b(?:tutto|tutti|resta|rimane|restava|rimaneva) (?:\w+ )?grigi[oaie]\b
technical: il carrello mostra altro
    \b(?:carrello|sito|app|pagina|totale)\b (?:\w+ ){0,3}(?:mostra|mostrava|fa vedere|visualizza\w*)
    \s(?:\w+ ){0,3}(?:divers\w*|sbagliat\w*|altr[oi])\b
technical: non riesco a superare
    \bnon (?:riesco|riuscivo|sono riuscit\w*) a (?:superare|passare|andare oltre|proseguire)\b
technical: non trova il mio comune
    \b(?:ricerca|cap|campo|sistema|sito|modulo|pagina) (?:\w+ ){0,3}non (?:trova|trovava|riconosce
    |riconosceva|accetta|accettava|conosce|conosceva)\b
technical: cursore
    \bcursore\b
technical: pulsante grigio
    \bnon si (?:preme|clicca|seleziona|riesce a premere)\b|\bnon cliccabil\w*|\b(?:pulsante|bottone
    |tasto)\s(?:\w+ ){0,3}(?:grigi[oa]|disattivat[oa]|non attiv[oa])\b
technical: il sito non funzionava
    {site} ~ \b(?:non funziona\w*|bloccat\w*|non (?:si )?carica\w*|errore|crash\w*
    |non rispond\w*|sparit\w*|svuot\w*|impall\w*|piant\w*|lagg\w*|bugg\w*|rott[oa]|down
    |bianc[oa]|vuot[oa]|si chiude|si chiudeva|non (?:si )?apr\w*|non va|lent\w*|timeout|time-out
    |cancellat\w*|sballat\w*|sfasat\w*
    |non porta da nessuna parte|non raggiungibil\w*|in manutenzione)
technical: sessione scaduta
    \bsessione (?:\w+ )?scadut\w*|\bsession[ei]? (?:\w+ )?expired\b
technical: il sito si bloccava
    \b(?:sito|pagina|app|carrello|schermata|applicazione)\b[^.!?\n]{0,40}\b(?:blocca\w*|impalla\w*
    |pianta\w*)
technical: errore sul sito
    (?<!per )\berror\w* ~ {site}
technical: accesso (topic)
    \b(?:accedere|accesso|login|log-?in|password|registrazione|registrarmi|registrarsi|account)\b
technical: non riesco ad accedere
    \bnon (?:\w+ ){0,2}(?:accedere|registrar\w*|loggar\w*|entrare nel(?:l'account| profilo)
    |fare (?:il )?login)\b|\b(?:slogg\w*|disconnett\w*|scollega\w*|sconness\w*|butta fuori
    |buttava fuori|sbatte fuori)
technical: la mail non arriva
    \b(?:mail|email|e-mail) (?:\w+ ){0,3}non (?:mi )?(?:arriv\w*|[èe] arrivat\w*)
    |\bnon (?:mi )?(?:arriv\w*|ricev\w*)
    \s(?:\w+ ){0,2}(?:mail|email|e-mail)\b
technical: mail di conferma non arriva
    \bmail di (?:conferma|verifica|attivazione) ~ \bnon\b
technical: non valido
    \bnon (?:[èe] )?valid[oa]\b|\bsi (?:[èe] )?azzerat\w*|\bsi azzera\w*
    |\bnon (?:viene )?accettat[oa]\b
technical: campo rifiuta
    \b(?:cap|codice|codice postale|indirizzo|campo|coupon|buono sconto|civico
    |numero di telefono) ~~ \b(?:sbagliat\w*
    |errat\w*|non valid\w*|non (?:viene )?accettat\w*|non (?:lo |la )?accetta|rifiutat\w*|ross[oa]
    |non funziona\w*|non va|scadut\w*|non (?:viene )?riconosciut\w*)
technical: dava errore
    \b(?:dava|d[àa]|mi dava|esce|usciva|compare|compariva) (?:\w+ ){0,3}error\w*
    |\berror\w* [45]0\d\b
    |\bnon si (?:apre|apriva)\b|\bnon (?:riesco|riuscivo) ad aprire\b|\bnon (?:fa|faceva|succede
    |succedeva|accade) (?:niente|nulla)\b|\b(?:email|mail|e-mail) di (?:conferma|verifica
    |attivazione)\b
technical: problema tecnico
    \bmessaggio di errore\b|(?<!per )\berror\w*\b|\bproblem[ai] tecnic[oi]\b|\bbug\b|\bbuggat\w*
    |\bcrash\w*|\blagg\w*|\bglitch\w*|\bsi impalla\w*|\bimpallat\w*
technical: pagina bianca
    \b(?:pagina|schermata|schermo) (?:bianc[oa]|ner[oa]|vuot[oa])\b|\bnon (?:mi )?(?:fa|faceva
    |lascia\w*)\s(?:andare avanti|procedere|proseguire|continuare)|\bnon (?:andava|va) avanti\b
    |\bsi ricarica\w*|\bcontinua\w* a caricare\b|\ball'infinito\b|\bsi (?:[èe] )?chius[oa]\b
    |\b(?:si|se) chiude\b|\brotell\w*|\bcaricamento\b|\bserver\b|\bresta (?:bianc[oa]|ferm[oa]
    |bloccat[oa])\b|\brimane (?:bianc[oa]|ferm[oa]|bloccat[oa])\b|\bgira (?:e gira|all'infinito
    |a vuoto)\b|\bnon carica\w*
technical: non riesco a cliccare
    \bnon (?:riesco|riuscivo|sono riuscit\w*|potevo|posso) a (?:cliccare|premere|selezionare
    |scegliere|aggiungere|inserire|confermare|completare l'ordine|procedere|cambiare|modificare
    |togliere|eliminare|rimuovere)\b
technical: non funzionava
    \bnon funziona\w*\b
changed_mind: non è più necessario
    \bnon (?:[èe] )?pi[ùu] (?:necessari\w*|utile|attual\w*)\b|\bnon serve pi[ùu]\b
changed_mind: un'altra marca
    \b(?:scelto|optato|preso|comprato|ordinato|trovato)\b[^.,;!?\n]{0,30}(?:\baltr[oa] (?:marca
    |modello)|\bun'altra marca|\bconcorrenza\b)
changed_mind: non mi piace più
    \bnon mi (?:piace|piaceva|convince) pi[ùu]\b|\b(?:messo|aggiunt[oa]|mess[oa]
    |ordinat[oa]) (?:\w+ ){0,3}per (?:sbaglio
    |errore)\b|\bper sbaglio\b
changed_mind: non fa per me
    \bpensato meglio\b|\bnon fa per me\b|\bnon fa al caso mio\b|\bnon mi convince pi[ùu]\b
changed_mind: ho cambiato idea
    \bcambiato idea\b|\bripensat\w*|\bnon (?:mi )?(?:serve|servono)\b(?! che (?:mi |ci )?(?:scriv
    |mand|invi|contatt|ricord))|\bdeciso di non\b
    |\brisolto in (?:altro|un altro) modo\b|\bho (?:gi[àa] )?risolto\b
    |\bnon ne ho pi[ùu] bisogno\b|\bnon (?:mi interessa|sono) pi[ùu] interessat\w*
    |\bnon mi interessa pi[ùu]\b|\blascia(?:to|mo|re)? perdere\b|\blascio perdere\b|\brinunci\w*
    |\bnon fa pi[ùu] al caso mio\b|\bnon mi serve pi[ùu]\b
changed_mind: mi serve (absent)
    \b(?:mi |ci )?serv(?:e|ono|irebbe)\b(?! che (?:mi |ci )?(?:scriv|mand|invi|contatt|ricord))
    |\bbisogno\b(?! di (?:ricordar|scriver|mandar|inviar|contattar|sollecitar))
changed_mind: occasione passata
    \b(?:festa|compleanno|evento|matrimonio|occasione|viaggio|vacanza|natale|cerimonia)\w*
    \s(?:\w+ ){0,3}(?:passat[oa]|finit[oa]|saltat[oa]|annullat[oa]|rimandat[oa])\b
    |\bormai [èe] tardi\b
changed_mind: uno simile
    \b(?:comprat[oa]|pres[oa]|trovat[oa]|ordinat[oa])\b ~ \bsimil[ei]\b
changed_mind: ne ho già
    \bsolo curios[oa]\b|\bho gi[àa] (?:un|una|uno|troppe|troppi|abbastanza)\b
changed_mind: trovato altro
    \btrovat[oa] (?:qualcos'altro|qualcosa di (?:altro|diverso|meglio)|un'altra|un altro|altro)
changed_mind: scelto altro
    \b(?:scelto|optato per|deciso per|preso|comprato|ordinato
    |trovato) (?:un |una |un')(?:\w+ )?(?:altr[oa]
    |divers[oa])\b
changed_mind: lasciar perdere
    \blasciar perdere\b|\bsconsigliat\w*|\b(?:preferisco|meglio) (?:\w+ ){0,2}(?:usat[oa]
    |di seconda mano)\b
changed_mind: qualcun altro l'ha comprato
    \b(?:comprat\w*|pres[oa]|regalat\w*) ~~ \bqualcun\w* (?:altro|d'altro)\b
changed_mind: non ne ho più la necessità
    \bnon (?:ne )?ho pi[ùu] (?:la |il )?(?:necessit[àa]|bisogno|esigenza)\b
changed_mind: ritrovato
    \britrovat\w*|\b(?:solo|soltanto) (?:per )?confront\w*|\bfare un confronto\b|\bconfrontando\b
changed_mind: non lo prendo più
    \bnon (?:lo |la |li |le |ne )?(?:prendo|compro|acquisto|ordino) pi[ùu]\b|\bcambiato (?:progetto
    |piani|programma)\b
    |\bsolo per (?:vedere|sapere|controllare|calcolare) (?:\w+ )?(?:il totale|quanto|le spese
    |il prezzo|il costo)
changed_mind: non lo voglio più
    \bnon (?:lo |la |li |le |ne )?(?:voglio|vogliamo|desidero) pi[ùu]\b(?! (?:\w+ )?(?:ricever\w*
    |email|e-mail|mail|messaggi|comunicazion\w*|newsletter|notific\w*|promemoria|essere contattat\w*
    |sentir\w*))|\bho deciso di aspettare\b
changed_mind: ripiegato su altro
    \bripiegat\w* su\b|\b(?:comprato|preso) (?:qualcos'altro|altro|un usato|usato)\b
    |\brimand\w*\b(?! (?:\w+ )?(?:a|al|alla|alle|all'|sulla|indietro|alla pagina)\b)
changed_mind: comprato altrove
    \b(?:comprat\w*|acquistat\w*|ordinat\w*|pres[oa]) ~ \b(?:altrove|da un'altra parte|in un altro
    |in (?:un |il )?negozio|nel negozio|al negozio|dal negozio|da un altro|su amazon|da amazon
    |su ebay|su zalando|da zalando|da decathlon|da ikea|da mediaworld|da unieuro
    |al centro commerciale
    |al mercato|dal vivo|di persona|in citt[àa])
changed_mind: l'ho già comprato
    \bl'ho (?:gi[àa] )?(?:comprat|acquistat|pres|ordinat)[oa]\b|\bho gi[àa] (?:comprato|acquistato
    |ordinato|preso)\b
changed_mind: me l'hanno regalato
    \b(?:me l'hanno|mi hanno) regalat\w*|\bl'ho ricevut[oa] in regalo\b|\bpreferisco aspettare\b
changed_mind: stavo solo guardando
    \b(?:stavo|sto|volevo) solo (?:guardando|curiosando|dando un'occhiata|guardare|curiosare
    |dare un'occhiata)|\bsolo un'occhiata|\b(?:guardav\w*|curiosav\w*|sbirciav\w*) (?:solo|soltanto
    |e basta)\b|\b(?:solo|soltanto) (?:per )?(?:guardare|curiosare|dare un'occhiata)\b
changed_mind: lasciamo stare
    \blascia(?:mo|to|re|te)? stare\b|\blascio stare\b|\b(?:fa|faccio|facciamo|fare|farne|far|farò
    |posso fare|possiamo fare) (?:\w+ ){0,2}a meno\b|\bne (?:\w+ ){0,2}a meno\b
changed_mind: non avevo intenzione di comprare
    \bnon (?:avevo|ho|avevamo|abbiamo) (?:\w+ ){0,2}intenzione\b|\bnon (?:volevo|pensavo di
    |intendevo) (?:\w+ ){0,2}(?:comprar\w*|acquistar\w*|ordinar\w*|prender\w*)\b
    |\bacquisto (?:d'impulso|impulsivo)\b|\bun capriccio\b|\bera solo un'idea\b
changed_mind: mi tengo il vecchio
    \bmi tengo (?:\w+ ){0,2}(?:vecchi\w*|mi[oa]|quell\w*)\b|\btengo (?:il|la|i
    |le) (?:mi[oaei] )?vecchi\w*
    |\bmi arrang\w*|\b(?:va|vanno) ancora (?:bene|benissimo|alla grande)\b|\b(?:vecchi[oaie]
    |quell[oa] che ho)\b[^.!?\n]{0,40}\b(?:va|vanno|funziona\w*|regge|reggono|tiene|dura) ancora\b|
    \bfunziona(?:no)? ancora\b|\bnon (?:gli|le|mi|ci)
    \s(?:va|vanno|entra|entrano|sta|stanno) pi[ùu]\b|\bcresciut[oiae]\b
changed_mind: me l'hanno prestato
    \bprestat[oaie]\b|\bin prestito\b|\bereditat\w*|\b(?:siamo|sono) (?:a posto|sistemat[oaie])\b|
    \b(?:ci|mi) (?:ha|hanno) (?:dato|passato
    |lasciato) (?:\w+ ){0,2}(?:su[oaie]|vecchi\w*)\b|\b(?:vecchi\w*
    |mi[oa])\b[^.!?\n]{0,40}\b(?:riparat\w*
    |aggiustat\w*|riparar\w*|aggiustar\w*)|\b(?:riparat\w*|aggiustat\w*|riparar\w*
    |aggiustar\w*) (?:\w+ ){0,3}(?:vecchi\w*
    |quell\w* che (?:ho|avevo))\b
changed_mind: annullate l'ordine
    \b(?:cancella|annulla|elimina)\w* (?:\w+ ){0,2}(?:l'ordine|il mio ordine|l'acquisto|il carrello
    |la richiesta)\b
changed_mind: il progetto è saltato
    \b(?:progett\w*|lavori|piano|piani|viaggio|festa|evento|cerimonia|matrimonio|compleanno|vacanza
    |gita|ristrutturazione)\b[^.!?\n]{0,60}\b(?:saltat\w*|annullat\w*|cancellat\w*|sfumat\w*
    |andat[oa] a monte)\b
changed_mind: concluso altrove
    \b(?:conclus\w*|risolt\w*|trovat\w*|chius\w*|rimediat\w*) (?:\w+ ){0,2}(?:altrove
    |da un'altra parte
    |da altri)\b|\b(?:meglio|preferisco|preferiamo|direi) di no\b
changed_mind: le ho prese lì
    \b(?:pres[oaie]|comprat[oaie]|acquistat[oaie]) (?:\w+ )?(?:l[ìi]|sul posto|in centro|in negozio
    |al negozio)\b|\b(?:in centro|sul posto|in negozio) (?:\w+ ){0,3}(?:pres[oaie]|comprat[oaie]
    |acquistat[oaie])\b
changed_mind: colpo di testa
    \bcolpo di testa\b|\bd'impulso\b|\bsfizio\b|\bci ho ragionato\b|\bpausa (?:dagli|dallo
    |con gli) (?:acquist\w*
    |shopping)\b|\bstop agli acquisti\b
changed_mind: preferisco usare i soldi per altro
    \b(?:preferisco|preferiamo|meglio) (?:\w+ ){0,2}(?:usare|spendere|tenere|investire
    |mettere) (?:quei
    |questi|i) soldi\b|\bsoldi (?:\w+ ){0,2}per (?:altro|le vacanze|altre cose)\b
changed_mind: la scelta è caduta su
    \bla scelta [èe] (?:\w+ )?cadut[oa]\b|\bscelta (?:\w+ ){0,2}(?:su
    |per) (?:un |una |un')(?:altr[oa]
    |divers[oa])\b|\bho scelto altro\b
changed_mind: non ci gioca più
    \bnon (?:ci |lo |la |li |le |l')?(?:gioca|giocano|usa|usano|uso|usiamo|mette|metto|indossa
    |indosso|porta|porto) pi[ùu]\b|\bsoprassed\w*|\b(?:averci|ci ho|ho) (?:\w+ )?riflettuto\b
    |\b(?:volevo|volevamo) solo (?:vedere|sapere|capire|calcolare) (?:\w+ ){0,2}(?:quanto|il totale
    |il prezzo|come)\b
changed_mind: non ha più senso
    \bnon (?:ha|avrebbe) pi[ùu] senso\b|\bnon [èe] pi[ùu] il caso\b|\b(?:mercatin\w*|subito\.it
    |vinted|wallapop|second hand|seconda mano)\b|\b(?:un|l'|dell')usato\b
question: taglia e disponibilità
    \btagli[ae]\b|\bmisur\w*|\bdisponibil\w*|\bcolor\w*|\bmateriale\b|\bva bene per\b
    |\b[èe] adatt\w*|\bcompatibil\w*|\bdimension\w*|\bvera pelle\b|\bcotone\b|\bimpermeabil\w*
    |\bvest(?:e|ono) (?:\w+ )?(?:grand\w*|piccol\w*|giust\w*|abbondant\w*|strett\w*)\b|\bcalz(?:a
    |ano) (?:\w+ )?(?:grand\w*|piccol\w*)\b|\bporto il \d+\b
    |\bconfezione regalo\b|\bpacchetto regalo\b|\bveste (?:grande|piccol\w*|giust\w*|abbondante)\b
question: domanda sul prodotto
    \b(?:[èe]|ha|avete|c'[èe]|ci sono|si pu[òo]|posso|pu[òo]|sono)\b[^.!\n]{0,80}\?
question: domanda
    \b(?:come|quale|quali|quanto|quando|perch[ée]|dove|cosa)\b[^.!\n]{0,80}\?
other: disiscrivermi
    \bdisiscriv\w*|\bcancella(?:te)?mi\b(?=\s*(?:$|[.,!;:]|da\w*\b|per favore|grazie|subito))
    |\bcancella\w* (?:\w+ ){0,3}(?:lista|newsletter|mailing|indirizz\w*|iscrizion\w*)
    |\b(?:rimuovete\w*|toglietemi|togliete\w*|rimuover\w*|toglier\w*)\s(?:\w+ ){0,3}(?:lista|mailing
    |newsletter|indirizz\w*)|\bunsubscribe\b|\bnon (?:\w+ ){0,2}(?:scrivetemi|scrivermi|mandarmi
    |contattarmi|inviarmi|mandatemi|scrivere|mandare|inviare) (?:\w+ ){0,3}pi[ùu]\b|\bsmettet\w*
    |\bsmettila\b|\bbasta (?:\w+ ){0,2}(?:mail|email|e-mail|messaggi|promemoria)\b|\bspam\w*
    |\bin pace\b
other: non voglio più ricevere
    \bnon (?:\w+ ){0,2}(?:voglio|desidero|vogliamo) (?:\w+ ){0,2}(?:ricever\w*|essere contattat\w*)
    |\bnon (?:\w+ ){0,2}(?:voglio|desidero) (?:pi[ùu] )?(?:email|mail|e-mail|messaggi
    |comunicazion\w*)
other: non mandate più
    \bnon (?:mi |ci )?(?:mandate|inviate|scrivete|spedite|contattate|mandatemi|inviatemi) pi[ùu]\b
    |\b(?:come mai|perch[ée]|chi) (?:\w+ ){0,3}(?:ricevo|riceviamo|arrivano|mi arrivano|mi arriva)
    \s(?:\w+ ){0,2}(?:mail|email|e-mail|messaggi|newsletter|promemoria|pubblicit\w*)
other: non serve che mi scriviate
    \bnon (?:serve|c'[èe] bisogno|dovete|occorre) (?:che|di) (?:mi |ci )?(?:scriv\w*|mand\w*|invi\w*
    |ricord\w*|contatt\w*)
other: troppe email
    \b(?:mail|email|e-mail|messaggi|promemoria|newsletter|notifiche)\b ~~ \b(?:continu\w*|troppe
    |troppi|ogni giorno|tutti i giorni|insistent\w*|fastidi\w*|stufo|stufa|basta|assillant\w*
    |la (?:seconda|terza|quarta|quinta)|un giorno s[ìi] e uno no|a giorni alterni|ogni due giorni
    |ora basta|adesso basta)\b
other: perché mi scrivete
    \bchi (?:site|siete)\b|\bperch[ée] (?:\w+ ){0,3}(?:scrivete|mi scrivi|mandate
    |inviate|contattate|continuate)\b|\bchi vi ha dato\b|\bmai (?:\w+ ){0,2}(?:dato il (?:consenso
    |permesso)|iscritt\w*|registrat\w*)\b|\bnon (?:vi )?ho mai dato\b|\bmi (?:state )?assill\w*
other: persona sbagliata
    \bsbagliat[oa] (?:\w+ )?(?:persona|indirizzo|destinatari[oa])\b
    |\bda voi (?:\w+ ){0,2}mai (?:\w+ ){0,2}(?:comprato|ordinato|acquistato)\b
    |\bmai (?:\w+ ){0,3}(?:comprato|ordinato|acquistato) (?:\w+ ){0,2}(?:da voi|sul vostro
    |nel vostro|presso)\b|\b(?:persona|indirizzo|email|e-mail|mail|destinatario) sbagliat[oa]\b
other: nessun carrello (no cart)
    \bsbagliat[oa] (?:\w+ )?(?:persona|destinatari[oa])\b|\b(?:persona|destinatario) sbagliat[oa]\b
    |\bavete sbagliato (?:\w+ )?(?:persona|indirizzo|destinatario)\b
    |\bmai (?:\w+ )?visitato (?:il )?vostro (?:sito|negozio|shop)\b|\bnon mi chiamo\b
    |\bnon ho mai (?:\w+ )?(?:messo|aggiunto|inserito) (?:niente|nulla|nessun\w*|\w+) nel carrello\b
    |\bnon sono stat[oa] io a (?:mettere|aggiungere|ordinare|inserire)\b
    |\bqualcuno (?:\w+ )?ha sbagliato
    \s(?:a scrivere )?(?:l'|il |la )?(?:indirizzo|e-?mail|mail)\b
    |\b(?:sul|nel) vostro (?:sito|negozio) non (?:ci )?sono mai stat[oa]\b|\babbiate sbagliato\b
    |\bnon (?:\w+ )?(?:sono )?mai stat[oa] sul vostro sito\b|\bnon ho mai (?:\w+ )?(?:creato|aperto)
    \s(?:un |nessun )?account\b|\b(?:inserito|scritto|digitato) (?:\w+ )?(?:il )?mio (?:indirizzo
    |email|e-mail) (?:\w+ )?per sbaglio\b
    |\bnon ricordo (?:\w+ )?di aver (?:mai )?(?:visitato
    |messo|aggiunto)\b|\bnon ricordo (?:\w+ )?di essermi (?:mai )?(?:iscritt|registrat)\w*
changed_mind: non serve più
    \bn(?:on|un) (?:mi |ci |me |ce )?serv\w* (?:\w+ )?(?:più|piu|cchiù|cchiu)\b
    |\b(?:l'ha|me l'ha|ce l'ha|gliel'ha|l'hanno|me l'hanno|ce l'hanno) (?:gi[àa] )?regalat\w*
changed_mind: il partner ha detto no
    \b(?:mio marito|mia moglie|il mio compagno|la mia compagna|il mio ragazzo|la mia ragazza
    |mia madre|mio padre|mamma|pap[àa]) (?:\w+ ){0,2}(?:dice|ha detto|non vuole|ha bocciato|ha posto
    |è contrari\w*|non è d'accordo)\b
other: aspetto lo stipendio
    \A(?![^?]*\?)[\s\S]*?(?:\bstipendi\w*|\btredicesima\b|\bbusta paga\b|\bfine (?:del )?mese\b|
    \binizio (?:del )?mese\b
    |\bla paga\b)
other: sono via
    \A(?![^?]*\?)[\s\S]*?(?:\b(?:sono|sar[òo]|siamo|saremo|ero) (?:\w+ ){0,4}via\b|
    \bal (?:mio |nostro )?ritorno\b
    |\bquando (?:torno|rientro|torniamo|rientriamo)\b
    |\b(?:torno|rientro|torniamo|rientriamo) (?:a casa |in ufficio |in italia )?(?:tra|fra)\b)
other: più avanti
    \A(?![^?]*\?)[\s\S]*?(?:\b(?:ci penso|ci penser[òo]|riprover[òo]|ripasso|ripasser[òo]|passer[òo]
    |torner[òo]|completo
    |concludo|finisco|ordino|compro|completer[òo]|concluder[òo]|ordiner[òo]|comprer[òo])
    \s(?:\w+ ){0,3}(?:pi[ùu] avanti|pi[ùu] tardi|dopo|domani|la prossima settimana|il mese prossimo
    |quando rientro|quando torno|con calma|in seguito|prossimamente|di nuovo)\b|
    \bnon ho (?:\w+ )?avuto
    \s(?:\w+ )?tempo\b|\b(?:me ne sono|me n'ero|mi ero|l'ho|l'avevo) (?:\w+ )?dimenticat\w*\b(?! di
    \s(?:chieder\w*|domandar\w*|dir\w*|scriver\w*))
    |\bdimenticat[oa] di (?:completar\w*|finir\w*|concluder\w*|ordinar\w*|comprar\w*)|
    \bmi sono scordat\w*
    |\bmi (?:era|ero) passat\w* di mente\b|\bil mese prossimo\b)
other: in ferie
    \A(?![^?]*\?)[\s\S]*?(?:\bin ferie\b|\b(?:sono|siamo|ero|eravamo|sar[òo]) (?:\w+ )?in vacanza\b
    |\b(?:dopo|rientro dalle|dalle)\s(?:le )?(?:ferie|vacanze)\b|\bin viaggio\b|\bfuori citt[àa]\b
    |\bin trasferta\b)
other: notizie personali
    \A(?![^?]*\?)[\s\S]*?(?:\bmalat[oaie]\b|\bospedale\b|\btrasloco\b|\blutto\b)
""",
    "en": r"""
changed_mind: no plans to buy
    \bno (?:\w+ )?plans? to (?:buy|order|purchase)\b|\bnot planning (?:on|to) (?:buy|order
    |purchas)\w*
returnsnoun =
    \b(?:returns?(?: policy)?|refunds?(?: policy)?|exchange policy)\b
returnsunclear =
    \b(?:unclear|vague\w*|not (?:\w+ )?clear|confusing|(?:couldn't|could not|can't
    |cannot) (?:\w+ )?find|nowhere|(?:doesn't|didn't|does not|did not) (?:\w+ )?say|unsure|uncertain
    |nothing (?:\w+ )?(?:about|on))
trust: returns unclear (returns)
    {returnsnoun}[^.!?\n]{0,80}?{returnsunclear}|{returnsunclear}[^.!?\n]{0,80}?{returnsnoun}
trust: privacy policy (absent)
    \bprivacy (?:policy|notice|statement)\b
delivery: out of stock
    (?:\bout of stock\b|\bback ?order\w*|\bback in stock (?:in|on|until|from|not until)\b
    |\bnot (?:\w+ )?in stock\b|\bsold out\b)(?![^.!?\n]*\?)
trust: ID number asked
    \b(?:social security number|national insurance number|ssn|id number|personal identity number
    |passport number|date of birth|birth date) ~~ \b(?:asked|asking|wanted|demanded|required
    |requires|why)\b
changed_mind: you can empty my basket
    \b(?:you can|feel free to|please|go ahead and) (?:\w+ ){0,2}(?:empty|clear|delete|cancel) (?:my
    |the) (?:basket|cart)\b
changed_mind: put in the basket to remember
    \b(?:put|added|popped|threw|stuck|dropped) (?:\w+ ){0,4}(?:in|into) (?:the |my )?(?:basket|cart
    |bag) (?:\w+ ){0,2}to (?:compare|remember|save|keep track|bookmark)\b
    |\b(?:only|just) (?:adding|putting|popping) (?:things|stuff|them|it|items) (?:in )?to (?:see
    |compare|check)
    \s(?:how|what|if)\b
remindermsg =
    \b(?:e-?mails?|mails|reminders?|messages?|newsletters?|notifications?)\b
reminderpace =
    \b(?:in the middle of the night|at night|(?:so|how|too|very|rather|that|super
    |really) (?:quick(?:ly)?|fast|soon)
    |within (?:\w+ )?(?:minutes?|seconds?|an hour|the hour)|(?:barely|only|just|not even|less than
    |under) (?:an?|one|half an|\w+) (?:hour|minutes?|seconds?)|keeps? (?:on )?(?:coming|arriving)
    |kept (?:on )?(?:coming|arriving)|every (?:single )?day|every other day|daily|twice a day
    |in (?:just |only |under )?(?:\d+|two|three|four|five|six|seven|a|one) (?:days?|hours?|minutes?
    |weeks?)|before (?:i|i'd|i had) (?:\w+ ){0,2}(?:closed|left|shut)|stalk\w*|creepy|unnerving
    |pushy)\b
other: about the reminders (reminders)
    {remindermsg}[^.!?\n]{0,120}?\b(?:smile\w*|laugh\w*|chuckle\w*|giggle\w*|funny|hilarious
    |made my day)\b
    |{remindermsg}[^.!?\n]{0,80}?{reminderpace}|{reminderpace}[^.!?\n]{0,80}?{remindermsg}
    |\b(?:stalk\w*|pushy)\b
    |\bthe (?:second|third|fourth|fifth|sixth) (?:one )?(?:this|in (?:a|one|two|three|just)
    |within (?:a|one|two)) (?:week|day|days|weeks|month)\b
site =
    \b(?:site|website|web ?page|page|screen|button|checkout|cart|basket|app|link|form|box|field
    |dropdown|drop-down|menu|pop-?up|window|captcha|browser|lookup|look-up|finder|search bar|banner
    |checker|search|homepage|home page|webshop|web shop|webpage|web site|side|server)s?\b
shop =
    \b(?:shops?|stores?|sites?|websites?|companies|company|retailers?|sellers?|brands?|you)\b
cost =
    \b(?:shipping|delivery|postage|freight|p&p|p and p|total|fees?|surcharge)
dear =
    \b(?:expensive|too (?:high|much)|costs?|fees?|charges?|steep|a lot|ridiculous|crazy|higher
    |extortionate|over the top|more than|on the high side|a bit much|went up|gone up|increased
    |doubled|double|pricey|dear|daylight robbery|a rip[- ]?off|ripoff|insane|mad|outrageous
    |a fortune|a joke|silly|excessive|hefty|added on|on top|mental|nuts|bonkers|absurd|obscene
    |criminal|shocking|having a laugh|taking the piss|way more|much more|a lot more)\b
money =
    (?:\b\d+(?:[.,]\d+)? ?(?:quid|pounds?|euros?|dollars?|bucks)|\b\d+(?:p|%)|\b(?:a )?(?:tenner
    |fiver))\b
aside =
    (?![^\n]{0,120}?(?:\bbut|\bthough|\btho|\bhonestly|\btbh|[.!;]) (?:\w+ ){0,3}(?:mainly|mostly
    |more (?:that|because|so that)|really (?:it['\u2019]?s|it was|it is|because)|the (?:main|real
    |bigger|actual) (?:reason|thing|issue|problem)))
failed =
    \b(?:declin\w*|reject\w*|refus\w*|bounc\w*|fail\w*|not completed|wasn['\u2019]?t completed|stuck
    |pending|unsuccessful|not successful|wasn['\u2019]?t successful|didn['\u2019]?t go through
    |did not go through|wouldn['\u2019]?t go through|would not go through|won['\u2019]?t go through
    |not going through|never went through|(?:not|wasn['\u2019]?t|weren['\u2019]?t
    |isn['\u2019]?t) accepted|didn['\u2019]?t work|did not work|wasn['\u2019]?t working
    |was not working|not working|won['\u2019]?t work|wouldn['\u2019]?t work|doesn['\u2019]?t work
    |blocked|error|stuck on pending|cancelled|canceled|stopped working|(?:won['\u2019]?t
    |wouldn['\u2019]?t|didn['\u2019]?t|doesn['\u2019]?t) (?:take|accept) it)
payment: card declined
    \b(?:card|payment\w*|visa|mastercard|amex|transaction|debit|paypal|klarna|apple ?pay|google ?pay
    |clearpay|afterpay) ~ {failed}
payment: card not accepted
    \b(?:won['\u2019]?t|wouldn['\u2019]?t|didn['\u2019]?t|doesn['\u2019]?t|does not|did not
    |would not|not|never) (?:\w+ )?(?:take|accept)\w* (?:my |the |a |any )?(?:card|cards|payment
    |visa|mastercard|amex|maestro|discover|diners|jcb|revolut|monzo|debit card|credit card|paypal
    |klarna|apple ?pay)\b
payment: could not pay
    \b(?:couldn['\u2019]?t|could not|can['\u2019]?t|cannot|can not|was unable to
    |wasn['\u2019]?t able to|unable to|not able to|won['\u2019]?t let me|wouldn['\u2019]?t let me
    |didn['\u2019]?t let me)\s+(?:\w+ )?(?:pay\b|complete (?:the |my )?payment
    |make (?:the |a )?payment|use (?:my )?(?:card|paypal|klarna|apple ?pay)
    |get (?:the |my )?(?:payment|card|transaction) to (?:go through|work))
payment: the bank would not authorise it
    \bbank\b (?:\w+ )?(?:wouldn['\u2019]?t|won['\u2019]?t|didn['\u2019]?t|refused to|would not
    |did not|will not) (?:\w+ )?(?:authori[sz]e|approve|accept|allow|let)
payment: none of my cards worked
    \bcards\b ~ \bnone of (?:them|those) (?:worked|went through|were accepted)\b
payment: blocked the payment
    \b(?:declin\w*|reject\w*|refus\w*|block\w*|stopp\w*|flagg\w*) (?:\w+ ){0,2}(?:payment|card
    |transaction|purchase)s?\b(?! (?:page|site|form|screen|window)s?\b)
payment: would not process
    \b(?:payment|card|transaction)s? ~ \b(?:wouldn['\u2019]?t|would not|couldn['\u2019]?t|could not
    |didn['\u2019]?t|did not) (?:be )?process\w*
payment: failed to process
    \bfailed to process\b|\binsufficient funds\b|\b(?:went through|charged (?:me )?|taken) twice\b
    |\bdouble[- ]charged\b|\bnone of (?:my|the) cards\b|\b(?:charged me|been charged|was charged
    |got charged|money (?:was |has been )?taken|taken the money|took the money|debited)\b
payment: payment method (topic)
    \b(?:paypal|klarna|apple ?pay|google ?pay|shop ?pay|afterpay|clearpay|laybuy|zip pay
    |3-?d ?secure|3ds|verified by visa|securecode|payment (?:methods?|options?)|ways to pay
    |pay by invoice|invoice|credit card|debit card|bank transfer|direct debit|instal?ments?
    |pay (?:in|over) (?:3|three|4|four)|pay later|buy now pay later|bnpl|card only|cash on delivery
    |amex|american express|mobilepay|vipps|swish|ideal|sofort)\b
payment: can I pay by
    \bcan (?:i|we|you) (?:\w+ )?pay (?:by|with|via|using|in|on|cash|through)\b|\bonly (?:takes?
    |accepts?) (?:\w+ )?(?:cards?|credit|debit|paypal|visa)\b|\bonly (?:have|got) (?:a )?(?:debit
    |credit|cash|paypal)\b
payment: pay by a way (topic)
    \b(?:pay|paying)\s+(?:by|with|via|using|through|on|monthly)\b|\bsplit (?:the )?(?:payment|cost
    |bill)\b|\bspread the (?:cost|payments?)\b|\b(?:two|2|multiple|several|different) cards\b
    |\bmaestro\b|\bmonthly payments\b|\bpayment plan\b|\bfinance\b|\bdo you (?:accept|take)\b
payment: problem with the payment
    \b(?:problem\w*|issue\w*|trouble|difficult\w*)\s+(?:with|paying|during)\s+(?:the\s+
    |my\s+)?(?:payment\w*|card|paying)
payment: something went wrong with the payment
    \bsomething went wrong\b ~~ \b(?:pay|paying|payment\w*|card|transaction|paypal|klarna|apple pay
    |google pay)\b
payment: card expired
    \bcard (?:has |had |is |was )?expired\b|\bexpired card\b
payment: bank verification
    \b(?:bank|bank app|banking app|monzo|revolut|starling|n26|chase|barclays|natwest|lloyds|halifax
    |santander|hsbc|commbank|westpac|anz|aib|3-?d ?secure|3ds|verification code|otp
    |one[- ]time (?:code|passcode)|authenticat\w*|authori[sz]ation|security code)(?! (?:to
    |for) (?:log|sign|my account|the account|login|create|register|verify my e-?mail)) ~~ \b(?:code
    |text|app|verif\w*|approv\w*|confirm\w*|blocked|flagged|log ?in\w*|sign ?in|password|declined
    |timed out|never (?:came|arrived|sent|showed)|fail\w*|didn['\u2019]?t (?:come|arrive)|stuck)
payment: the site froze when paying
    \b(?:pay|paying|payment\w*) ~~ \b(?:froze|frozen|crash\w*|hung|stuck|error\w*|tim(?:ed|es
    |ing) out|didn['\u2019]?t work|did not work|not working|wouldn['\u2019]?t load|kept loading)
price: shipping too expensive
    {cost} ~~ {dear}{aside}
price: not worth the money
    \b(?:not|isn['\u2019]?t|wasn['\u2019]?t|ain['\u2019]?t) (?:\w+ ){0,2}worth\b|\b(?:poor|bad
    |terrible|not great|not good) value\b
price: worth it (absent)
    \bworth (?:it|the (?:money|price|cost)|paying|that much|spending)\b|\bgood value\b
    |\bvalue for money\b
price: an amount
    {amount} ~~ (?:{dear}|{cost}){aside}
price: an amount extra
    {amount} ~ \b(?:extra|killed it|put (?:me |us )?off|for (?:express|next[- ]day))
price: an amount in words
    {money} ~~ (?:{dear}|{cost}|\bless|\bcheaper|\bmore|\bspend)
price: over what I wanted to pay
    \b(?:more|over|above) (?:than )?what (?:i|we) (?:\w+ ){0,2}(?:wanted|expected|planned|meant
    |hoped|thought|budgeted|usually)\b|\bknock (?:\w+ ){0,2}off\b|\btake (?:a bit|something|some
    |a little|a few (?:quid|pounds|euros|dollars)|a tenner|a fiver|\d+ ?%?) off\b|\b(?:do
    |give) (?:me |us )?(?:a|any) (?:deal|discount|reduction)\b|\bbest price\b|\b(?:lower|drop|reduce
    |bring down) the price\b
price: more than I wanted to spend
    \bmore than (?:I|we)(?:['\u2019]?d| would)? (?:\w+ ){0,2}(?:like|want|wanted|expected|planned
    |meant|thought|hoped|can|could|willing|budgeted)(?: to (?:spend|pay))?\b
price: too expensive
    (?:\btoo (?:expensive|pricey|much(?! (?:personal|info|information|data|hassle|effort|trouble
    |faff|spam|emails?|time|details|going on))|costly|dear|steep)\b|\bexpensive\b|\boverpriced\b)
    {aside}
price: pricey
    (?:\bpricey\b|\bcostly\b|\bover (?:my |our |the )?budget\b|\b(?:bit|too|rather|quite|pretty
    |very|little|abit) (?:steep|dear|rich)\b|\bsteep for\b|\bdaylight robbery\b|\brip[- ]?off\b
    |\bripoff\b|\barm and a leg\b|\b(?:a|small) fortune\b|\b(?:fierce|so|really|awful|awfully
    |far too|way too) (?:dear|pricey|steep)\b|\b(?:a bit much|a lot|too much|quite a lot) for (?:a
    |an|the|what|such|one|two|some|just)\b){aside}
price: not paying that
    \b(?:can['\u2019]?t|cannot|can not|couldn['\u2019]?t|won['\u2019]?t
    |not going to) (?:\w+ )?(?:spend|pay|fork out|shell out|splash out) (?:{amount}|{money}
    |that much|so much|that kind of|\d+(?:[.,]\d+)?\b(?! ?(?:days|weeks|hours|items|times|of
    |x)\b))
    |\b(?:not|won['\u2019]?t|refuse to|not going to) (?:be )?pay(?:ing)? (?:that|this|so much
    |that much|{amount}|\w+ for (?:postage|shipping|delivery|p&p))\b|\b(?:thought|assumed
    |expected) (?:\w+ ){0,3}(?:was|were|would be)? ?(?:included|free)\b|\b(?:shipping|delivery
    |postage) (?:isn['\u2019]?t|is not|wasn['\u2019]?t|not) (?:included|free)\b
price: cannot spend that much
    \b(?:can['\u2019]?t|cannot|can not|couldn['\u2019]?t|could not) (?:\w+ )?(?:justify|stretch to
    |spare|spend that)\b|\bskint\b(?!,? (?:till|until|til|before) (?:payday|pay day|i get paid
    |\w+day|the end of the month|next month|the \d+\w*|the weekend))|\bout of my league\b
    |\bprice[- ]?wise\b|\bbroke\b|\bstrapped\b|\bshort of (?:cash|money)\b|\b(?:money|cash
    |funds)(?: is|['\u2019]?s| are)? (?:\w+ )?tight\b|\btight (?:this|at the) (?:month|moment)\b
    |\bout of (?:my|our) (?:price )?range\b
price: mainly the price
    \b(?:mainly|mostly|it['\u2019]?s|it was|it is|just|simply
    |purely) (?:just |mainly |mostly |really |simply )?(?:the )?(?:price|cost|money)(?=,|\.|!|$
    | really| tbh| to be honest| if i['\u2019]?m honest| i['\u2019]?m afraid| though| for me)
price: cheaper elsewhere
    \bcheaper\b|\b(?:better|lower) (?:price|deal)\b|\bfor less\b|\bprice range\b|\bhalf the price\b
    |\bhalf price\b|\bprice match\w*\b|\bundercut\b|\bless (?:elsewhere|on amazon|at|on)\b
    |{money} (?:less|cheaper)\b|{amount} (?:less|cheaper)\b|\b(?:a lot of|lots of|that kind of
    |that much|serious|silly|big) money\b|\bfor what it is\b
price: get it for less
    \bfor half (?:that|the price|of that|as much)\b|\b(?:can|could|can['\u2019]?t
    |i['\u2019]?d) (?:\w+ )?(?:get|buy|find) (?:it|one|them|a similar one|the same (?:\w+ )?(?:one
    |thing)|something similar) (?:\w+ ){0,3}for (?:less|half|a fraction|way less|much less)\b
price: waiting for a sale
    \b(?:wait\w*|hang\w* on|hold\w* (?:out|off|on)|holding out) (?:for|till|til|until|on
    |to see)\b ~ \b(?:sales?|black friday|cyber monday|boxing day|discounts?|deals?|price drops?
    |offers?|prices? (?:to )?(?:drop\w*|comes? down|go\w* down|fall\w*)|reduc\w*|cheaper)
price: when the price comes down
    \b(?:when|once|if|until|till|til) (?:the )?prices? (?:\w+ )?(?:comes? down|drops?|goes down
    |falls?|is lower|is reduced|reduces|gets? lower)\b
price: black friday
    \bblack friday\b|\bcyber monday\b|\b(?:january|boxing day|summer|winter|next) sales?\b
    |\bwhen (?:is|will) (?:your|the) (?:next )?sale\b|\bon sale\b
price: discount code (topic)
    \b(?:discount|coupon|promo code|(?<!gift )voucher|free shipping|free delivery|free postage)s?\b
    |\b(?:a|any|the) code for\b|\b(?:welcome|first[- ]order|new customer|student|nhs|blue light
    |loyalty|referral) (?:code|discount|offer)s?\b
price: a sale (weak)
    \b(?:promo|promotion|sale|offer)\b
price: price too high
    \bprices?\b ~~ \b(?:(?:too )?(?:high|steep)|too much|went up|gone up|increase\w*
    |on the high side|a bit much|crazy|mad|insane|silly|a joke|ridiculous|doubled|jumped|shot up
    |rose|risen|higher|dearer|pricier|changed)\b{aside}
price: seen it for less
    \b(?:saw|seen|found|spotted) (?:it|one|them|the same \w+) (?:\w+ ){0,3}(?:for
    |at) (?:only |just )?(?:{amount}|{money})
price: for that price
    \b(?:no chance|not|no way|never) (?:\w+ ){0,2}(?:at|for) (?:that|this|those) (?:price|money)s?\b
    |\bsale (?:price )?(?:has )?(?:ended|finished|is over|was over)\b|\bmissed the sale\b
    |\bsale price\b|\b\d+ ?(?:%|percent|per cent) off\b|\b(?:money|something|anything) off\b
    |\bfor (?:that|this|the same|half the) (?:price|money)\b|\bat that price\b|\bhidden (?:costs?
    |fees?|charges?|extras?)\b|\bunexpected (?:costs?|fees?|charges?)\b|\bsav(?:e|ing) up\b
    |\bprices? (?:\w+ )?put (?:me |us )?off\b
price: free delivery (absent)
    \bfree (?:shipping|delivery|postage|returns|p&p)\b
price: a counter-offer
    \b(?:i['\u2019]?d|i would|would you take|would you do it for|will you do it for
    |could you do it for) (?:\w+ )?(?:pay )?{amount}
price: affordable (absent)
    \baffordable\b
price: not in the budget
    \b(?:not|isn['\u2019]?t|wasn['\u2019]?t|no room|nothing left) (?:\w+ ){0,2}(?:in|within
    |for) (?:the|my|our|this month['\u2019]?s) budget\b
price: cannot afford it
    \b(?:can['\u2019]?t|cannot|can not|couldn['\u2019]?t|could not|not) (?:\w+ )?afford\b|\bafford\b
    |\bbudget\b
price: customs
    \b(?:customs|import (?:duty|duties|tax|taxes|fees|charges)|duties|handling fee|service fee
    |admin fee|booking fee|surcharge)\b
price: VAT (weak)
    \bvat\b(?! ?(?:number|no|id|reg))
delivery: delivery (topic)
    (?:(?<!only to see the )(?<!just to see the )(?<!it to see the )(?<!pay on )(?<!cash on )
    (?<!free )\bdeliver(?!y['"]? (?:address|step|page|section|form|stage|details|button|tab
    |screen))\w*
    |(?<!free )\bshipping\b(?! (?:address|step|page|section|form|stage|details))
    |\bships?\b(?! has sailed)|\bshipped\b|\bdispatch\w*){aside}
delivery: pickup point (option)
    \b(?:pick[- ]?up point|pick[- ]?up|collect(?:ion)?|parcel (?:shop|locker)|click (?:and|&
    |n) collect|post office|locker|collect in (?:store|shop)|in-store pick\w*)\b|\bpick (?:it|them
    |the order|my order|the parcel) up\b|\bcollect (?:it|them) (?:from you|in person|myself)\b
delivery: not possible to choose pickup
    \b(?:not possible|impossible|couldn['\u2019]?t|could not|can['\u2019]?t|cannot|no option
    |no way) (?:\w+ ){0,3}(?:choose|select|pick|get|have|use)\b ~ \b(?:pick[- ]?up|collect\w*
    |parcel (?:shop|locker)|express|next[- ]day|home delivery|courier|delivery (?:options?
    |methods?))
delivery: until Friday
    \b(?!get (?:more|some|new) |getting (?:more|some|new) )(?:get|getting|have|having|receive
    |receiving|arrive|be here|be there)\b (?:it |them |this )?(?:\w+ ){0,2}(?:until|till|by
    |before) (?:\w+day|the \d+\w*
    |\d+\w*|next week|the weekend|christmas|xmas|easter|midsummer|new year)\b
delivery: carrier (topic)
    \b(?:royal mail|dhl|(?-i:UPS)|fedex|dpd|gls|usps|postnord|evri|hermes|yodel|parcelforce|an post
    |fastway|inpost|courier|tracking|tracked|signed for)\b
delivery: shipping abroad
    \b(?:ship\w*|deliver\w*|send|post|posting|dispatch\w*|order) ~ \b(?:to (?:the )?(?:norway|sweden
    |denmark|uk|germany|iceland|switzerland|us|usa|finland|ireland|northern ireland|scotland
    |highlands|channel islands|jersey|guernsey|isle of man|france|spain|netherlands|holland|belgium
    |austria|poland|italy|portugal|canada|australia|new zealand|europe|eu|my country|my area
    |a po box|po box|bfpo)|internationally|abroad|overseas|outside (?:the )?(?:uk|us|eu))\b
delivery: do you ship
    \b(?:do|can|will|would|could) (?:you|u) (?:\w+ ){0,3}(?:ship|deliver|send|post|dispatch)\b
    (?! (?:me|us) (?:\w+ ){0,2}(?:details|info\w*|link|code|pictures?|photos?|e-?mails?|number
    |address|answer|reply|list|quote|catalogue))
delivery: you do not ship
    \b(?:you|u|they|it|we)\b (?:\w+ )?(?:don['\u2019]?t|do not|dont|won['\u2019]?t|wont
    |can['\u2019]?t|cant|cannot|only) (?:\w+ )?(?:ship|deliver|send|post|dispatch)\b
delivery: get to me
    \b(?:get|gets|got) to (?:me|us)\b|\breach (?:me|us)\b
delivery: waiting for the parcel
    \bwait\w* (?:for|on) (?:the |my )?(?:parcel|package|order|delivery)\b
delivery: in time
    \bbefore (?:christmas|xmas|easter|the weekend|friday|saturday|the holidays)\b|\bin time\b
delivery: not in time
    \b(?:won['\u2019]?t|wouldn['\u2019]?t|will not|would not|not|never|doesn['\u2019]?t
    |didn['\u2019]?t|isn['\u2019]?t|wasn['\u2019]?t|can['\u2019]?t|couldn['\u2019]?t) ~ \b(?:arrive
    |come|turn up|land|get here|be here|be there|get there|reach (?:me|us)|make it|be delivered
    |get it|have it) (?:\w+ ){0,3}(?:in time|before|by|until|till)\b
delivery: need it by a date
    \b(?:need|needed|want|wanted) (?:it|them|this|these) (?:by|before|sooner|quicker|faster|asap
    |urgently|in time)\b|\bmake it (?:before|by|in time)\b|\bat the latest\b|\b(?:need|needed) (?:it
    |them|this|these) (?:for|by|before) the \d+
delivery: earliest date
    \b(?:earliest|soonest|first available) (?:delivery )?(?:date|day|slot)\b
delivery: quicker
    \b(?:express|next[- ]day|same[- ]day|expedited|priority|faster|quicker|sooner
    |speedier)\b ~~ \b(?:delivery|shipping|postage|option|service|get (?:it|them)|have (?:it|them)
    |arrive|dispatch|send|way)\b
delivery: too slow
    \b(?:delivery|shipping|ships|shipped|postage|dispatch\w*|standard|lead time|parcel
    |post)\b ~ \b(?:too long
    |too slow|forever|ages|so long|so slow|weeks|a bit slow|slow)\b{aside}
delivery: cuts it fine
    \bcut(?:s|ting)? it (?:too |a bit |very |rather |quite )?(?:fine|close)\b
delivery: when will it arrive
    \b(?:when|how long|how soon|how quickly|how fast)\b(?! (?:\w+ ){0,2}(?:wages?|salary|pay ?cheque
    |paycheck|pay ?day|pension|bonus|money|student loan|paid|holiday|holidays)\b) ~ \b(?:arrive
    |get (?:it|here|there|to)|receive|take|reach|ship|dispatch|sent|send|post\w*|come|land|turn up
    |be here|be delivered)\b
delivery: come before a date
    \b(?:it|they|parcel|order|package|delivery|delivered|things?|items?) (?:\w+ ){0,2}(?:come|arrive
    |get here|be here|turn up|land|reach me)\w* (?:\w+ ){0,2}(?:before|by|in time|on time)\b
delivery: not at home
    \b(?:time|delivery) slot\b|\bnominated day\b|\b(?:won['\u2019]?t|will not|not) be (?:at )?home\b
    |\bnobody (?:at )?home\b|\btoo long to wait\b|\bwait (?:that|so) long\b|\bneed (?:it|them
    |this) for (?:a |my |the |our )?(?:\w+ ){0,2}(?:on|next|this|by) (?:\w+day|week|weekend|the \d+
    |\d+)
delivery: lost in the post
    \b(?:going|go|goes|gets?|got|went|gone) (?:missing|lost|astray)\b|\blost in the post\b
delivery: another address
    \b(?:send|sent|post|posted|ship|shipped)\b (?:\w+ )?to (?:a |my |another |an )?(?:different
    |another|other|work|office|neighbou?r|friend|parent|mum|mam|mom|alternative)\w*
delivery: send it later
    \bsend (?:it|them|the order) (?:\w+ ){0,2}(?:next|later|after|in (?:a|two|\d))\b|\bhold (?:the
    |my) (?:order|parcel)\b|\bdelay (?:the )?(?:delivery|shipping|dispatch|order)\b
delivery: will it make it
    \bwill (?:it|they|the \w+) make it\b|\bmake it (?:in time|on time|before|by|for)\b
delivery: where to leave it
    \bsafe place\b|\bsign for (?:it|them|the parcel)\b|\bsignature\b|\b(?:leave|left) (?:it|them
    |the parcel|the package) (?:\w+ ){0,2}(?:with|at|in|on|outside|by)\b|\bwith (?:a|my
    |the) neighbou?r\b|\bback ?order\w*|\bpre-?order\w*
delivery: get here in time
    \bget here\b|\breach (?:me|us)\b|\b(?:arrive|be here) in time\b
delivery: how many days
    (?:\bhow many (?:days|weeks)\b|\bhow long (?:\w+ ){0,3}takes?\b|\b(?:arrive
    |arrival)\b(?! (?:\w+ )?(?:flat-?packed|assembled|pre-?assembled|in (?:a|one
    |its) (?:\w+ )?(?:box
    |piece|pieces|package)|wrapped|boxed))
    |\bdelivery (?:time|date|estimate)s?\b|\b(?:be here|be there|arrive) (?:for|by|before|until
    |till) (?:next |this )?(?:\w+day|week|weekend|the weekend|the \d+\w*|christmas|xmas|easter)\b
    |\bwhen (?:would|will|could) (?:i|we) (?:get|have|receive) (?:it|them|my order)\b){aside}
trust: never heard of you
    \bnever heard of\b|\b(?:haven['\u2019]?t|hadn['\u2019]?t|not|havent|hadnt) (?:\w+ )?heard of\b
    |\bunknown (?:shop|store|site|company|brand|seller|website|retailer)\b
    |\bnot familiar with (?:you|your|the (?:shop|store|site|company|brand))\b
trust: shops I do not know
    {shop} ~ (?P<focus>\b(?:that |which )?(?:I|we) (?:don['\u2019]?t|do not|didn['\u2019]?t
    |did not) know\b)
trust: do not know you
    \b(?:don['\u2019]?t|do not|didn['\u2019]?t|did not) know (?:you|your (?:shop|store|site|company
    |brand))\b|\b(?:don['\u2019]?t|do not|didn['\u2019]?t|did not) know (?:anything|much
    |who) (?:about )?(?:you|your|the (?:shop|company|brand))\b
trust: company details (absent)
    \b(?:company (?:address|number|details|registration|info\w*)|vat (?:number|no|id|reg\w*)
    |registration number|companies house|registered (?:address|office)
    |(?<!my )(?<!delivery )(?<!shipping )(?<!billing )(?<!email )(?<!ip )address(?! (?:field|box
    |form|line|bar|finder|lookup))|contact (?:details|info\w*|page|number|email)
    |(?<!without a )(?<!my )phone number(?! (?:field|box|is|was))|landline|imprint|customer service
    |returns? polic\w*|refund polic\w*|terms and conditions|t&cs|terms of (?:sale|service)|about us
    |info\w* (?:about|on) (?:you|the company))\b
payment: gift card refused
    \b(?:gift ?cards?|gift vouchers?) ~~ \b(?:balance|declined|rejected|not accepted
    |(?:isn't|is not|wasn't|was not|aren't) (?:being )?accepted
    |won't accept|wouldn't accept|doesn't work|didn't work|invalid|expired|keeps saying|error)
trust: warned
    \b(?:warned|cautioned) (?:me|us)\b|\badvised (?:me |us )?against\b|\btold (?:me|us) to (?:steer
    |stay) clear\b
trust: alarm bells
    \balarm bells?\b|\bred flags?\b|\bsuspiciously (?:\w+ )?(?:cheap|low)\b|\b(?:too|so) cheap to be
    \s(?:true|real|genuine|legit)\b
trust: legitimate shop
    \b(?:legit\w*|scam\w*|fraud\w*|sketchy|shady|dodgy|suspicious|fishy|iffy|dubious|untrustworthy
    |phishing|fake)\b|\btoo good to be true\b|\bsus\b|\btypos\b|\bspelling (?:mistakes|errors)\b
    |\bbroken english\b|\bbad (?:english|grammar)\b|\b(?:been|got|was) (?:burned|burnt|stung
    |caught out)\b|\bcreepy\b|\binvasive\b|\bstalk\w*|\bspying\b
    |\b(?:don['\u2019]?t |do not |didn['\u2019]?t |did not )?trust (?:you|your|the site|this)
trust: trust (absent)
    \btrust(?:ed|ing)?\b(?! ?pilot)|\bsecure\b(?!code)|\bhttps\b|\bssl\b|\bpadlock\b
trust: not sure I trust
    \bnot sure (?:i|we) (?:can |could )?trust\b|\b(?:don['\u2019]?t|do not|didn['\u2019]?t
    |can['\u2019]?t|cannot) (?:really |fully |quite )?trust\b
trust: not secure
    \b(?:not|isn['\u2019]?t|wasn['\u2019]?t|doesn['\u2019]?t look|didn['\u2019]?t look
    |didn['\u2019]?t seem|doesn['\u2019]?t seem) (?:very |that |really )?(?:secure|safe)\b
    |\binsecure\b|\bunsecure\b|\bunsafe\b|\bno (?:https|padlock|ssl)\b
trust: browser warning
    \b(?:connection|certificate|cert) ~~ \b(?:not private|isn['\u2019]?t private
    |wasn['\u2019]?t private|invalid|expired|warning|not secure)\b
trust: my browser warned me
    \b(?:browser|chrome|safari|firefox|edge|antivirus|norton|mcafee) (?:\w+ ){0,3}(?:warn\w*|flagged
    |blocked the site|said (?:it|the site) (?:was|is) (?:unsafe|dangerous|not secure))
trust: a real shop
    {site} ~~ \b(?:fake|genuine|real)\b
trust: a real company
    \b(?:a )?(?:real|genuine|proper|legitimate|serious) (?:shop|store|company|business|website|site
    |seller|webshop)\b
trust: who you are (absent)
    \bwho you (?:actually |really )?are\b|\babout (?:us )?page\b|\bwhere (?:you['\u2019]?re|you are
    |your (?:company|business|shop) is) (?:actually |really )?(?:based|located|registered)\b
trust: where are you based
    \bwhere (?:are you|is (?:your|the) (?:company|shop|business
    |store)) (?:actually |really )?(?:based|located|registered)\b|\bwho (?:are you|am i (?:buying
    |ordering) from)\b
trust: safe
    \b(?:is|are|was) (?:it|this|you|(?:this|your|the) (?:site|shop|store|website|company|checkout
    |payment page)) (?:really|actually )?(?:safe|secure|legit\w*|real|genuine|trustworthy
    |reputable)\b(?! (?:gold|silver|leather|wood|wool|silk|fur|diamonds?|cotton|cashmere|metal|stone
    |marble|sterling|brass|glass|suede|pearls?))|\bcan (?:i|we) trust\b|\bhow (?:do|can|would) (?:i
    |we) know (?:you['\u2019]?re|you are|this is|it['\u2019]?s|its|the site is)\b|\b(?:nervous|wary
    |hesitant|apprehensive|sceptical|skeptical|unsure|worried) (?:about |of )?(?:ordering|buying
    |shopping|paying) (?:from|with|on|here)\b|\b(?:sites?|shops?|stores?|companies) (?:i['\u2019]?ve
    |i have|i) never (?:used|heard of|bought from|shopped)|\bstolen (?:photos|pictures|images)\b
    |\b(?:photos|pictures|images) (?:\S+ ){0,4}(?:stolen|copied)\b|\bstock (?:photos|images)\b
    |\bsafe (?:site|shop|store|website|checkout)\b|\bnot sure (?:if|whether) (?:you|your|the site
    |this|it['\u2019]?s real)\b
trust: others' bad experience
    \b(?:friend|mate|sister|brother|colleague|people|someone|others|customers|wife|husband|partner
    |mum|mam|mom|dad)\b (?:\w+ ){0,5}(?:never (?:got|get|gets|received|receive|see|saw) (?:their|a
    |any|the|her|his|my)? ?(?:refunds?|money|orders?|parcels?|stuff|items?|goods)|never (?:got
    |received)|got scammed|was scammed|ripped off|lost (?:their|her|his|my) money|bad experience
    |never send|never sent|never deliver\w*|never arrive\w*|scam\w*|wait\w* (?:months|weeks|ages
    |forever) for|no refund|chasing)
trust: a low score
    \b(?:trustpilot|reviews?|ratings?|scores?)\b (?:\w+ ){0,3}(?:[0-2][.,]\d|[12])(?: ?(?:/
    |out of) ?(?:5|five|10|ten))?(?!\d|[.,]\d|%)(?! ?(?:days?|weeks?|items?|people|reviews?|sizes?
    |x\b|cm|mm|inch\w*|kg|years?|months?|hours?|of|in|more|other|or))|\b(?:someone|somebody|people
    |customers?|one|reviewers?) (?:\w+ ){0,4}(?:got|received
    |sent) (?:a |the )?(?:totally |completely )?(?:wrong|different) (?:item|thing|product|size
    |colour|color|one)\b
trust: complaints about you
    \bbad things about\b|\bcomplaints? about\b|\bwarnings? about\b|\bhorror stories\b|\b(?:one
    |1)[- ]stars?\b|\b(?:loads|lots|so many|a lot|plenty|tons) of (?:bad |negative )?(?:complaints
    |horror stories|scam reports|bad reviews|negative reviews)\b
trust: not online (absent)
    (?<!with )(?<!via )(?<!been )(?<!go )(?<!get )(?<!going )(?<!getting )\b(?:google\w*|online
    |internet(?! (?:is|was|here|connection|signal|keeps|has been)\b))\b(?! (?:pay|account|login
    |sign|much|lately|recently|a lot|often|for (?:a|days|weeks
    |ages)|since|very much))
    |\blooked (?:you|your \w+) up\b
trust: worried about my card details
    \b(?:worried|afraid|scared|nervous|concerned|uneasy|wary|hesitant) ~ \b(?:card|details|data
    |information|bank)\b
trust: would not give my card
    (?:\bnot|n['\u2019]?t|nt) (?:\w+ )?(?:comfortable|happy|keen|confident|willing|want to
    |wanting to) (?:\w+ ){0,2}(?:giv|put|enter|shar|typ|hand)\w* (?:\w+ )?(?:card|bank|details
    |payment)
trust: who runs it (absent)
    \bwho (?:actually |really )?(?:runs|is behind|owns) (?:it|the site|this|you|the (?:company|shop
    |business|store))\b|\bwho['\u2019]?s behind\b
trust: nothing about you online
    \b(?:couldn['\u2019]?t|could not|can['\u2019]?t|cannot|didn['\u2019]?t
    |did not) (?:\w+ )?find (?:much|anything|any info\w*|a thing|a single thing
    |very much) (?:\w+ ){0,2}(?:about|on) (?:you|your|the (?:company|shop|business|brand|seller
    |store|site))\b
trust: nothing about you online, said
    \b(?:nothing|very little|not much) (?:\w+ ){0,2}(?:about|on) (?:you|your (?:company|shop
    |business|brand))\b ~ \b(?:online|google\w*|search\w*|anywhere|internet)
trust: a brand-new site
    \b(?:site|shop|store|company|website|brand|business|you|domain)(?: that| which)?(?: (?:has|have
    |was|were|is|are|only))? (?:only just|just|recently|newly) (?:popped up|appeared|started
    |launched|been set up|set up|been registered|registered|opened)\b|\b(?:domain|site|website|shop
    |company) (?:\w+ ){0,3}(?:(?:weeks?|days?|months?) old|brand new|registered (?:last|only|a few
    |recently))|(?:\bnot|n['\u2019]?t) (?:\w+ )?(?:comfortable|confident|happy
    |keen) (?:\w+ )?(?:ordering|buying|shopping|paying|purchasing) (?:from|with|on|here|online
    |\s*[.,!]|$)|\b(?:spooked|freaked out|put off|nervous|uneasy) (?:\w+ ){0,6}(?:different|another
    |other|strange|weird|unknown) (?:website|site|page|url|domain|company)\b
trust: did not want to risk my card
    \b(?:didn['\u2019]?t|don['\u2019]?t|did not|do not) want to risk (?:it|my (?:card|money|details
    |bank))\b
trust: no one answered
    \b(?:no one|nobody|no-one|noone) (?:\w+ )?(?:answer\w*|picked up|picks up|replie\w*|got back
    |gets back|respond\w*)\b(?! (?:to )?(?:my|the|your) (?:question|query))|\b(?:didn['\u2019]?t
    |doesn['\u2019]?t|did not|does not|not) (?:\w+ )?(?:fill|give
    |inspire) (?:me )?(?:with )?(?:much |a lot of |any )?confidence\b
trust: want to know who you are
    \b(?:know|learn|find out|hear|see) (?:\w+ ){0,3}(?:more )?about (?:who you are|you
    |your (?:company|business|shop)) first\b|\b(?:like|want|need
    |wanted) to know (?:\w+ ){0,3}who (?:you are|you guys are|is behind|runs)\b
trust: a different company name
    \b(?:company|merchant|business|payee|seller) name\b (?:\w+ ){0,6}(?:different
    |didn['\u2019]?t match|doesn['\u2019]?t match|not the same|wrong)\b|\b(?:different|another
    |strange|unfamiliar) (?:company|merchant|business|payee) name\b|\b(?:sites?|shops?|stores?
    |companies|retailers?) (?:i|we) (?:haven['\u2019]?t|have not|hadn['\u2019]?t|had not|have never
    |had never) (?:used|bought from|shopped (?:with|at)|ordered from|heard of)\b
trust: did not feel right
    \b(?:didn['\u2019]?t|did not|doesn['\u2019]?t|does not) feel right\b
    |\bfelt (?:a bit |a little )?(?:off|wrong|dodgy)\b|\b(?:didn['\u2019]?t|did not|doesn['\u2019]?t
    |does not|don['\u2019]?t|not) (?:really |quite )?(?:feel|sit) (?:right|well)\b|\b(?:looks?
    |looked|seems?|seemed) (?:a bit |a little |kind of |kinda |quite )?(?:off|dodgy|fake
    |unprofessional|amateurish|amateur|home-?made|janky|thrown together|sketchy|shady|fishy|iffy
    |spammy|scammy)\b
trust: a weird payment page
    \b(?:weird|strange|odd|dodgy|suspicious|unfamiliar|different) (?:looking )?(?:payment )?(?:page
    |site|website|link|url|domain)\b
trust: the site looks cheap
    {site} (?:looks?|looked|seems?|seemed) (?:a bit |really |very |kind of |kinda )?(?:cheap|weird
    |odd|strange|dated|thrown together)\b|\b(?:domain|url|web address|email address
    |sender) (?:\w+ ){0,6}(?:looks?|looked|seems?|seemed) (?:a bit |really |very )?(?:weird|odd
    |strange|off|suspicious|dodgy)\b
trust: a real company denied (absent)
    \b(?:legit\w*|(?:real|genuine|proper|serious) (?:shop|store|company|business|website|site|seller
    |brand|webshop))\b
trust: trustworthy (absent)
    \b(?:trustworthy|reputable|trusted|legitimate|professional|genuine)\b
trust: uncomfortable
    \buncomfortable\b|\bdidn['\u2019]?t feel (?:comfortable|safe)\b|\bnot feel (?:comfortable
    |safe)\b
trust: reviews (absent)
    \b(?:reviews?|trustpilot|ratings?|feedback)\b
trust: my data
    \b(?:too much|so much|lots of|a lot of) (?:personal )?(?:info\w*|data|details)\b|\basked (?:for
    |me for) (?:my )?(?:date of birth|passport|id|national insurance|social security)\b|\bprivacy\b
    |\bgdpr\b|\bhow did you get my\b|\bsafe to (?:buy|order|shop|pay)\b|\bmy personal (?:data
    |information|details)\b
trust: what you do with my data
    \bmy (?:data|info\w*|details|email address|email|card details) ~~ \b(?:how did|where did|why do
    |sell\w*|shar\w*|pass\w* on|stor\w*|safe|secure|protect\w*|do with|leak\w*|hack\w*|stolen)
technical: site did not work
    {site} ~ \b(?:didn['\u2019]?t work|did not work|wasn['\u2019]?t working|not working
    |doesn['\u2019]?t work|froze|freez\w*|frozen|crash\w*|kept loading|keeps? loading
    |wouldn['\u2019]?t load|(?:won['\u2019]?t|wouldn['\u2019]?t|didn['\u2019]?t
    |doesn['\u2019]?t) accept|won['\u2019]?t load|doesn['\u2019]?t load|not loading|never loads?
    |empt(?:ied|ies|ying)|(?:really |so |very )?slow|spin\w*|hangs|hung|disappear\w*|vanish\w*
    |didn['\u2019]?t load|error\w*|broken|bugged|buggy|glitchy|closes|closed|closing|shuts|shut down
    |quits|unresponsive|not responding|doesn['\u2019]?t respond|didn['\u2019]?t respond
    |won['\u2019]?t respond|wouldn['\u2019]?t respond|not reacting|(?:wasn|weren|isn
    |aren)['\u2019]?t (?:\w+ )?(?:loading|working|responding|opening|reacting)|does not react
    |did not react|do not react|no reaction|isn['\u2019]?t reacting|doesn['\u2019]?t react
    |didn['\u2019]?t react|jumbled|messed up|garbled|distorted|all over the place|squashed|stuck
    |blank|disappeared|glitch\w*|does nothing|did nothing|do nothing|(?:won['\u2019]?t
    |wouldn['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t) (?:go|change|update|move|budge|save)
    |shows? (?:0|zero|nothing|the wrong)|(?:don['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t
    |won['\u2019]?t|isn['\u2019]?t|aren['\u2019]?t|not) (?:appear|show up|showing|appearing|loading)
    |(?:don['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t|won['\u2019]?t) do anything|(?:goes|went
    |jumps?|jumped|bounces?|bounced) (?:straight )?back|loops|reset\w*|refresh\w*|reload\w*
    |redirect\w*|greyed|grayed|empty|(?:won['\u2019]?t|wouldn['\u2019]?t|doesn['\u2019]?t
    |didn['\u2019]?t|can['\u2019]?t|couldn['\u2019]?t) (?:find|recogni[sz]e|show|list)|missing
    |(?:won['\u2019]?t|wouldn['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t) (?:go away|disappear
    |close)|keeps? (?:coming back|popping up|appearing|reappearing)|kept (?:coming back|popping up
    |appearing|reappearing))
technical: shutting itself down
    \b(?:shut\w*|clos\w*|turn\w*) (?:itself|themselves) (?:down|off)\b|\b(?:shutting|shuts|shut
    |closing|closes) down (?:on me|when|every|each|whenever|as soon as)\b|\b(?:playing|played|acting
    |acted|messing|mucking) up\b|\b(?:acting|being) (?:weird|strange|funny|odd)\b|\b(?:went|gone
    |goes) (?:all )?(?:funny|weird|haywire|wonky)\b|\bstopped (?:working|responding|loading)\b
    |\bpacked (?:in|up)\b|\bon the blink\b|\b(?:keeps?|kept|keeping) (?:flipping|switching|changing
    |going|reverting|defaulting|resetting|jumping|flicking|bouncing) (?:back|to)\b
    |\b(?:won['\u2019]?t|wouldn['\u2019]?t|doesn['\u2019]?t|didn['\u2019]?t|don['\u2019]?t|not
    |never)
    \s(?:\w+ )?(?:stay|stick) (?:selected|ticked|checked|saved|in the basket|in my basket)\b
    |\b(?:kept|keeps
    |keep) (?:emptying|clearing|deleting|wiping|removing|logging me out|crashing|freezing|hanging)\b
technical: pictures never loaded
    \b(?:pictures?|photos?|images?|pics|videos?|map|prices?|sizes?|options?
    |colou?rs?) (?:\w+ ){0,2}(?:never|didn['\u2019]?t|wouldn['\u2019]?t|won['\u2019]?t
    |don['\u2019]?t|doesn['\u2019]?t|aren['\u2019]?t|weren['\u2019]?t|not) (?:\w+ )?(?:load|loading
    |loaded|show|showing|display|displaying|come up|appear|appearing)\b|\b(?:kept|keeps
    |keep) asking (?:me )?(?:for|to) (?:\w+ ){0,3}(?:again|over and over|every time)\b
technical: a login code never came
    \b(?:verification|confirmation|activation|reset|login|log-in|sign-in|one-time|security) (?:code
    |email|e-mail|link|text)s? (?:\w+ ){0,4}(?:never|didn['\u2019]?t|did not|hasn['\u2019]?t|has not
    |won['\u2019]?t|doesn['\u2019]?t|isn['\u2019]?t) (?:\w+ )?(?:came|come|coming|arrive\w*
    |turn\w* up|show\w* up|work\w*)\b
technical: a total of nothing
    \b(?:total|price|basket|cart|amount|sum)s? (?:\w+ ){0,2}(?:showed|shows|said|says|came to|was
    |displayed) (?:as )?(?:£|\$|€)?0(?:[.,]00)?(?!\d|[.,]\d)|\b(?:kept|keeps) (?:filling|putting
    |adding|changing|selecting|choosing) (?:\w+ ){0,4}(?:wrong|different)\b|\b(?:site|website|page
    |checkout|basket|cart|app|which|that|everything|button|form|it)\b (?:\w+ ){0,2}(?:seemed|seems
    |looked|looks) (?:a bit |totally |completely )?broken\b|\b(?:button|box|link
    |option)s? (?:\w+ ){0,2}(?:stayed|stays|remained|remains|kept|was|is) (?:\w+ )?(?:grey|gray
    |disabled|inactive|unclickable)\b
technical: a page that says oops
    \btakes? me to (?:a |an )?(?:blank|empty|error|broken|wrong|dead) page\b|\b(?:page
    |screen) (?:that |which )?(?:just )?(?:says|said|shows|showed) (?:oops|error|sorry
    |page not found|not found|404)\b
technical: not a robot
    \b(?:not|wasn't|was not|am not|isn't) a robot\b|\bprove (?:\w+ ){0,2}(?:human|robot)\b
    |\bre-?captcha\w*|\bpicture puzzles?\b|\b(?:select|click
    |pick) all (?:the )?(?:images|squares|pictures|boxes)\b
technical: error on the site
    (?<!in )\berror\w* ~ {site}
technical: log in (topic)
    \b(?:log ?in|logging in|sign ?in|signing in|password|account|register\w*)\b
technical: logged me out
    \b(?:log|logs|logged|logging|kick\w*|sign\w*|throw\w*|boot\w*) (?:me )?out\b
technical: could not get through
    \b(?:couldn['\u2019]?t|could not|can['\u2019]?t|cannot|can not|unable to|wasn['\u2019]?t able to
    |not able to|won['\u2019]?t let me|wouldn['\u2019]?t let me|will not let me|would not let me
    |does not let me|did not let me|doesn['\u2019]?t let me|not letting me|isn['\u2019]?t letting me
    |didn['\u2019]?t let me) (?:\w+ )?(?:log ?in|sign ?in|sign ?up|register
    |create (?:an |my )?account|make (?:an |my )?account|reset (?:my )?password|check ?out|proceed
    |continue|get past|get through|finish|complete (?:the |my )?(?:order|checkout|purchase)
    |place (?:the |my |an )?order|submit|enter|type|load|open|get (?:it|this|them
    |the (?:\w+ ){1,2})to (?:work|load|apply|accept))\b
technical: a blank page
    \b(?:wouldn['\u2019]?t|won['\u2019]?t|didn['\u2019]?t|would not|did not) let me\b|\b(?:white
    |blank) (?:page|screen)\b|\bwent blank\b|\bcouldn['\u2019]?t get past\b|\bkept (?:reloading
    |refreshing)\b
technical: invalid
    \binvalid\b|\breset (?:itself|everything)\b|\bcleared everything\b|\bnot (?:a )?valid\b
technical: wrong postcode
    \b(?:postcode|post code|zip(?: code)?|address field|field|email|phone number) ~~ \b(?:wrong
    |invalid|incorrect|not valid|not recogni[sz]ed)
technical: the code is rejected
    \b(?:code|voucher|coupon|promo|discount)\w* ~ \b(?:rejected|not accepted
    |wasn['\u2019]?t accepted|isn['\u2019]?t accepted|not recogni[sz]ed
    |wasn['\u2019]?t recogni[sz]ed|isn['\u2019]?t recogni[sz]ed|invalid|not valid
    |won['\u2019]?t apply|wouldn['\u2019]?t apply|didn['\u2019]?t apply|doesn['\u2019]?t apply
    |not applying|won['\u2019]?t work|wouldn['\u2019]?t work|didn['\u2019]?t work
    |doesn['\u2019]?t work|not working|error\w*|won['\u2019]?t accept|wouldn['\u2019]?t accept)
technical: did not accept my input
    \b(?:won['\u2019]?t|wouldn['\u2019]?t|didn['\u2019]?t|doesn['\u2019]?t|does not|did not
    |would not|will not|not) (?:\w+ )?accept\w* (?:my |the |a |any )?(?:\w+ )?(?:postcode|post code
    |zip|address|email|e-mail|phone|code|voucher|coupon|name|password|input|date)\b
technical: the site is down
    \b(?:site|website|app|server|checkout|page)(?:s|['\u2019]?s)? (?:is|was|went|seems|seemed
    |keeps going|has been|been|is still|was still) (?:\w+ )?(?:down|offline)\b|\bfroze\b|\bfreezes\b
technical: a banner in the way
    \b(?:banner|pop-?up|chat) ~~ \b(?:covers|covering|covered|block\w*|hid\w*|overlap\w*)\b
technical: says my details are wrong
    \b(?:says|said|saying|tells me|told me|telling me) (?:that )?(?:my|the) (?:\w+ )?(?:address
    |postcode|post code|zip|email|card number|phone number|number|details|name|password|code) (?:is
    |was|are|were|doesn['\u2019]?t|does not|isn['\u2019]?t|wasn['\u2019]?t|can['\u2019]?t|cannot
    |not)\b
technical: cannot read the page
    \b(?:text|words|letters|buttons?|fields?|menus?|images?|pictures?|photos?|boxes|box|banners?
    |everything|things|elements|pop-?ups?|it) (?:\w+ ){0,2}overlap\w*|\boverlap\w* (?:each other
    |one another|the (?:text|button|field|menu|image|picture|banner|box|price))\b|\bunreadable\b
    |\boff (?:the )?screen\b|\b(?:can['\u2019]?t|cannot
    |couldn['\u2019]?t) (?:read|see) (?:the|anything)\b|\btoo many requests\b|\b(?:page|site|app
    |screen|checkout|it|message|notification|pop-?up|box|error) (?:just )?(?:says|said|saying|shows
    |showed|keeps saying|came up|popped up) (?:saying )?[\x22\x27\u201c\u2018]
    |\bsomething (?:unexpected|weird|strange|odd) happened\b|\b(?:an )?unexpected error\b
    |\ban error (?:has )?occurred\b
technical: sends me back
    \b(?:takes?|took|sends?|sent|kicks?|kicked|throws?|threw|redirects?|redirected|bounces?|bounced
    |brings?|brought|jumps?|jumped) me (?:straight |right )?(?:back|out|to the (?:home|start
    |front) ?page)\b(?! in (?:a )?(?:rash|hives|spots|a sweat))
technical: went white
    \b(?:went|goes|turned|turns|go) (?:completely |all )?(?:white|black|blank|grey|gray)\b
technical: turns red
    \b(?:turns?|turned|goes|went|going|flash\w*|highlight\w*|stays?|stayed) (?:\w+ )?red\b
technical: keeps saying
    \b(?:keeps?|kept|just) (?:saying|telling me|showing|giving me|coming up with|throwing
    |asking (?:me )?(?:for|to)|sending me back|taking me back|going back|jumping)\b
technical: got an error
    \b(?:got|get|getting|kept getting|keep getting) (?:\w+ ){0,3}error\w*
    |\berror (?:code )?[45]0\d\b|\b404\b|\bpage not found\b|\bsomething went wrong\b
    |\blinks? (?:had |has |was |is )?expired\b|\bexpired link\b|\bbroken link\b|\b[45]0\d error\b
    |\bsession (?:has )?(?:expired|timed out)\b|\bexpired session\b|\bspins? forever\b
    |\bjust spins\b|\b(?:keeps?|kept|just) spinning\b|\bspinning (?:wheel|circle)\b
    |\bloading (?:forever|for ages|endlessly)\b|\bstuck (?:on )?loading\b|\btakes? (?:ages
    |forever) to load\b|\b(?:greyed|grayed|greys|grays|greying|graying) out\b|\btim(?:es|ed
    |ing) out\b|\b(?:doesn['\u2019]?t
    |didn['\u2019]?t|won['\u2019]?t|wouldn['\u2019]?t) open\b|\b(?:never|didn['\u2019]?t
    |haven['\u2019]?t) (?:\w+ ){0,2}(?:got|get|received|receive) (?:the |a |any )?(?:verification
    |confirmation|activation|reset) (?:email|e-mail|link|code)\b
technical: technical error
    \berror (?:message|code)\b|\btechnical\w*|\bbug\w*|\bglitch\w*|\bcrash\w*
technical: could not click
    \b(?:couldn['\u2019]?t|could not|can['\u2019]?t|cannot|wasn['\u2019]?t able to
    |unable to) (?:\w+ )?(?:click|press|tap|select|choose|add|pick|tick|scroll|remove|delete|change
    |edit|update|override|overwrite|correct|clear|untick|deselect)\b|\b(?:not|un)clickable\b
technical: did not work
    \b(?:didn['\u2019]?t|did not|doesn['\u2019]?t|wouldn['\u2019]?t|won['\u2019]?t) work\b
technical: nothing happened
    \bnothing happen(?:ed|s)\b|\bdid(?:n['\u2019]?t do anything| nothing)\b
    |\bdoes(?:n['\u2019]?t do anything| nothing)\b|\bnothing (?:loads|loaded)\b
changed_mind: changed my mind
    \bchanged my mind\b|\bsecond thoughts\b|\bdecided (?:not to|against|to wait)\b
    |\bon second thought|\bon reflection\b|\bhaving thought (?:about it|it over)\b
    |\bthought better of it\b|\btalked (?:myself|me) out of\b|\b(?:gone|went) off the idea\b
    |\blost interest\b|\bdecided to (?:leave it|pass|skip|give it a miss|stick with)\b
    |\bchange of plans?\b|\bchanged (?:my |our )?plans\b|\b(?:got|bought|found
    |ordered) something (?:else|i|we|better|nicer)\b|\b(?:surprised me with|bought me|got me|gave me
    |gifted me) (?:one|it|a)\b(?! (?:\w+ )?(?:laugh|smile|chuckle|giggle|fright|scare|headache|shock
    |start|idea)\b)|\bplans (?:have )?changed\b|\b(?:had|have had
    |having) a (?:little |quick |good |long |bit of a )?(?:think|rethink)\b|\bslept on it\b
    |\bafter (?:some|more) thought\b|\b(?:gone|went) off it\b|\bno longer (?:required|necessary
    |relevant)\b|\b(?:i['\u2019]?ll|ill|i will|think i['\u2019]?ll|going to
    |gonna) leave it\b(?! (?:for now|till|until|til|a (?:few|couple)|for (?:a|the|another)))
    |\bthought about it (?:more|again|some more)\b
changed_mind: not for me
    \bnot (?:really |quite |exactly )?what (?:i['\u2019]?m|i am|i was|we['\u2019]?re
    |we are) (?:after|looking for)\b|\bnot (?:really |quite |exactly )?what i (?:want|need|wanted
    |needed)\b|\b(?:not|isn['\u2019]?t|wasn['\u2019]?t) (?:really |quite )?(?:for me|my (?:style
    |thing|taste|cup of tea))\b|\b(?:i['\u2019]?ll|ill|will|gonna
    |going to) (?:\w+ )?(?:pass\b(?! (?:it|this|that) (?:on|along|to))|give it a miss\b)
changed_mind: chose another
    \b(?:went|gone|going) (?:with|for) (?:a |an )?(?:another|a different|different|other)\b
    |\b(?:chose|chosen|opted for) (?:a |an )?(?:another|different|other)\b|\b(?:went
    |gone) elsewhere\b
changed_mind: bought a different one
    \b(?:bought|got|ordered|picked|went for|settled on|treat\w* (?:myself|me|ourselves|herself
    |himself) to) (?:a |an )?(?:different|another|other)\b|\bstick(?:ing)? with (?:what|my|the one
    |mine|the old|the one)\b|\bmake do\b|\b(?:thinking|thought|mulled) (?:it|about it) (?:over
    |through)\b|\bthinking about it\b|\b(?:giving|lending|passing) (?:me )?(?:hers|his|theirs|one)\b
changed_mind: bought near me, in the end
    \b(?:bought|got|ordered|picked (?:\w+ )?up|found)\b ~ \b(?:(?:a|the|my|our) (?:local )?(?:shop
    |store|supermarket|market|garden centre)|near me|nearby|round the corner|down the road
    |in the end)\b
changed_mind: rather save the money
    \b(?:rather|better) (?:save|keep|spend|put|use)\b|\bput (?:the|that|my) money (?:towards|toward
    |into|on)\b|\bsave (?:the|my) money\b|\b(?:old|current
    |existing) one (?:\w+ ){0,2}working again\b|\b(?:fixed|repaired) (?:my|the) old\b
changed_mind: leaving it
    \b(?:so|i['\u2019]?m|i am|gonna|going to|will|i['\u2019]?ll) leav(?:e|ing) it\b(?! (?:for now
    |till|until|til|a (?:few|couple)|for (?:a|the|another)))|\b(?:too|a bit|bit) (?:big|small
    |large) for (?:my|our|the) (?:space|room|flat|house|kitchen|car|needs)\b|\balready (?:treated
    |spent|splurged)\b|\b(?:have|got|has|own) (?:more than )?enough (?!money|cash|time)\w+
changed_mind: never meant to buy
    \bnever (?:really |actually )?(?:meant|intended|planned|planning|going|gonna) (?:on |to )?(?:buy
    |order|get|purchase|check)\w*|\b(?:wasn['\u2019]?t|was not|weren['\u2019]?t
    |not) (?:really |actually |even )?(?:planning|going|meaning|intending
    |looking) (?:on |to )?(?:buy|order|get|purchase)\w*|\bno (?:real )?(?:plans?
    |intention) (?:of |to )?(?:actually )?(?:buy|order|get|purchas)\w*|\b(?:just
    |only) (?:getting (?:ideas|a feel|a sense)|for ideas|pricing|comparing|researching
    |playing around|messing about|messing around|a look|a browse|out of curiosity)\b|\b(?:just
    |only) (?:seeing|checking) (?:what|how much) (?:the |it |everything )?(?:total|cost|would come
    |came|comes|adds)|\b(?:browsing|looking) (?:\w+ )?for (?:ideas|inspiration)\b
    |\bout of curiosity\b|\bnot (?:quite )?ready to (?:buy|order|commit)\b|\bon a whim\b|\bimpulse\b
    |\bcold light of day\b
changed_mind: we'll manage without
    \b(?:manage|live|do|cope|get by|go) without (?:it|them|one|this|that|the \w+)\b|\b(?:talked
    |talking|talk) (?:myself|me|him|her|us) out of\b|\b(?:out ?grown|grew out of|grown out of
    |too (?:old|big) for (?:it|them|that|this))\b|\bno (?:real )?point (?:in )?(?:getting|buying
    |ordering|having)\b|\b(?:don['\u2019]?t|do not|can['\u2019]?t) (?:really )?see the point\b
    |\b(?:won['\u2019]?t|will not|wouldn['\u2019]?t) (?:be needing|need (?:it|them|one|this))\b
    |\bhold(?:ing)? fire\b|\b(?:lent|lend|loaned|borrow\w*) (?:me |us )?(?:one|hers|his|theirs
    |a friend['\u2019]?s|my \w+['\u2019]?s)\b|\bended up (?:finding|with (?:one|a|an|another
    |something))\b|\bon (?:facebook )?marketplace\b|\bgot (?:it|one|them) (?:\w+ )?(?:for free|free
    |given)\b|\b(?:someone|somebody|a friend|family) (?:\w+ )?gave me (?:one|it)\b|\bwent off (?:it
    |the idea)\b|\b(?:liked|preferred) (?:it |that |the other |another )?(?:one )?better\b
changed_mind: given up on the idea
    \bvetoed\b|\b(?:given|gave|giving) up on (?:the idea|it|the \w+ idea)\b
    |\b(?:partner|wife|husband|boyfriend
    |girlfriend|other half|hubby|mum|mam|mom) (?:\w+ ){0,4}(?:said (?:a )?(?:\w+ )?(?:no|not)\b
    |vetoed|wasn['\u2019]?t keen
    |isn['\u2019]?t keen|talked me out)|\b(?:(?:don['\u2019]?t|do not|haven['\u2019]?t|have not
    |didn['\u2019]?t) (?:really )?(?:have|got) (?:anywhere|the room|the space|any room|any space)
    |(?:have|got) nowhere|no (?:room|space|where)) to (?:put|keep|store|fit) (?:it|them|one|this
    |that)\b|\b(?:got|been|was|were|get|getting) given (?:one|a|an|it|them)\b|\bhand-?me-?downs?\b
    |\b(?:don['\u2019]?t|do not|haven['\u2019]?t|have no|not enough|no) (?:\w+ )?(?:room
    |space) for (?:it|them|one|this|that)\b|\b(?:won['\u2019]?t|don['\u2019]?t|wouldn['\u2019]?t
    |won['\u2019]?t be) (?:need|needing|want|wanting|buying|getting
    |ordering) (?:\w+ ){0,3}after all\b|\b(?:won['\u2019]?t|will not|wouldn['\u2019]?t) (?:need
    |be needing) (?:the|a|an|that|those|these|my) \w+
changed_mind: a spare one, not a priority
    \b(?:has|had|have|got|found|there['\u2019]?s) (?:a |an )?spare (?:one)?\b
    |\b(?:so )?(?:i['\u2019]?m|we['\u2019]?re|i am|we are) sorted\b(?! out)
    |\bnot (?:a |really a |much of a |exactly a )?priority\b|\b(?:low|bottom) (?:of
    |on) (?:the |my )?(?:priority )?list\b|\bfound (?:it|the old one|mine|my old one
    |them) (?:\w+ ){0,2}(?:under|behind|in the (?:attic|loft|garage|shed|cupboard|drawer)
    |at the back|down the back)\b|\b(?:has|have|['\u2019]?s
    |['\u2019]?ve) gone off (?:the |her |his |their )?\w+s\b
changed_mind: overruled, fixed the old one
    \b(?:been |was |got )?overruled\b|\b(?:have|got|has
    |own) (?:far |way |already )?too many (?:\w+ )?(?:already|as it is)\b|\btoo many \w+ already\b
    |\b(?:fix|fixed|mend|mended|repair|repaired|glue|glued|patch|patched|sort|sorted)(?: up)? (?:my
    |the|our) old (?!address|email|account|password|card|details)|\bno (?:real )?need for (?:a
    |another) (?:new )?one\b
changed_mind: someone made me one
    \b(?:knitted|made|sewed|sewn|built|crocheted|printed|painted) (?:me|us|her|him|them) (?:one|it|a
    |an|some)\b|\bcloser to home\b|\bwent (?:with|for) (?:one|a shop|a store|someone|somebody
    |a company|a local \w+) (?:\w+ ){0,2}(?:closer|nearer|local|else)\b|\bsav(?:e
    |ing) (?:up )?for (?:a |an )?(?:bigger|better|nicer|different|another|proper|new|larger
    |smaller) (?:one|\w+)\b
changed_mind: not going ahead
    \b(?:won['\u2019]?t|will not|wouldn['\u2019]?t|not|no longer|decided not to
    |don['\u2019]?t think i['\u2019]?ll) (?:be )?(?:going|go) ahead\b
changed_mind: loads of them already
    \b(?:loads|lots|plenty|heaps|tons|a load|a ton|so many|a million) of (?:\w+ )?\w+ already\b
    |\b(?:don['\u2019]?t|do not) know what i was thinking\b|\bwhat was i thinking\b
    |\bgive it a (?:skip|swerve|body swerve)\b|\b(?:come|came|coming|sprang|sprung) back to life\b
    |\bhang(?:ing)? on to (?:my old|the old|mine)\b
changed_mind: circumstances changed
    \bcircumstances (?:have )?changed\b|\bchange (?:in|of) circumstances\b
changed_mind: not something I need
    \bnot (?:something|anything) (?:i|we) (?:really )?(?:need|want)\b|\b(?:not
    |won['\u2019]?t) (?:gonna |going to )?risk it\b
changed_mind: found what I wanted
    \bfound (?:what|exactly what) (?:i|we) (?:wanted|needed|was looking for|were looking for)\b
    |\bcar boot\b|\bcharity shop\b|\bgive it a pass\b|\bpass (?:on it|this time)\b
changed_mind: won't bother
    \b(?:won['\u2019]?t|not going to|not gonna|don['\u2019]?t think i['\u2019]?ll
    |don['\u2019]?t think i will|can['\u2019]?t be) bother(?:ed)?\b|\breali[sz]ed?\b
    |\bwon['\u2019]?t fit (?:in|into|through|on)\b|\bspent (?:the|my|that) money on\b|\b(?:bought
    |got) something else\b|\b(?:go|going|went|gone) (?:a |in a )?(?:different|another) (?:route
    |direction|way)\b|\b(?:i['\u2019]?m|i am) (?:good|alright|all right|ok|okay|fine),? (?:thanks
    |thank you|ta|cheers)\b|^\s*(?:no|nah|nope),? (?:thanks|thank you|ta|cheers)\b
changed_mind: someone changed their mind
    \bchanged (?:my|her|his|their|our) minds?\b|\b(?:she|he|they|we)(?:['\u2019]?s| has| have
    |['\u2019]?ve)? changed (?:\w+ )?minds?\b|\b(?:not|won['\u2019]?t be|no longer) (?:getting
    |buying|ordering)(?: (?:it|them|this|one))?\b
changed_mind: a similar one
    \b(?:bought|got|found|ordered|picked (?:\w+ )?up)\b ~ \bsimilar\b
changed_mind: already have one
    \balready (?:have|own|got) (?:one|a|two|enough|something)\b
changed_mind: bought something else
    \bbought (?:something|one) (?:else|second-?hand|used)\b|\bhold(?:ing)? off\b(?! (?:until|till
    |til|for) (?:pay ?day|i get paid|my wages|the end of the month|next month|the \d+))
    |\bput(?:ting)? it off\b
changed_mind: found something else
    \bfound (?:something|one|another|a different|an alternative|a (?:better|nicer) one)\b
changed_mind: bought elsewhere
    \b(?:bought|purchased|ordered|got|treat\w* (?:myself|me|ourselves) to|picked (?:\w+ )?up
    |picking (?:\w+ )?up|went with|went for|chose|opted for|found (?:it|one|them)|decided on
    |settled on)\b ~ \b(?:elsewhere|somewhere else|another (?:shop|store|site|dealer|seller|retailer
    |webshop|company)|(?:a|the) competitor|locally|in (?:(?:a|the|my|our) )?(?:\w+ )?(?:shop|store)
    |instead|in town|in the city|on the high street|in person|in-?store
    |at (?:a |the )?(?:local )?(?:shop|store|market|mall|supermarket)|(?:at|in
    |from) (?:the )?(?:costco|aldi|lidl|tesco|asda|sainsbury\w*|morrisons|ikea|b&q|currys|john lewis
    |boots|primark|target|walmart|best buy|kmart|bunnings|big w|jb hi-?fi|harvey norman|dunnes
    |penneys|argos|habitat|m&s|marks and spencer|tk ?maxx|homesense|the range|dunelm|wilko
    |home bargains|b&m|smyths|decathlon|clas ohlson|jula|biltema|mediamarkt|h&m|zara|uniqlo|screwfix
    |toolstation|halfords|lakeland|matalan|officeworks|myer|david jones)|at the weekend
    |from (?:a |the )?(?:local|market|friend))\b
changed_mind: will buy it elsewhere
    \b(?:will|['\u2019]?ll|gonna|going to) (?:\w+ )?(?:buy|get|order|pick up) (?:it|one
    |them) ~ \b(?:instead|elsewhere|in (?:a|the) (?:shop|store)|locally|from (?:a|another) (?:shop
    |store|dealer|site))\b
changed_mind: already bought it
    \bended up (?:buying|getting|ordering|going|picking|grabbing|nabbing|snagging|finding)\b
    |\b(?:grabbed|nabbed|snagged|picked up) (?:one|it|them|a \w+) (?:in|at|from) \w+
    |\balready (?:bought|got|ordered|have)\b
    |\b(?:from|on|at|off) (?:amazon|ebay|vinted|depop|gumtree|facebook marketplace|etsy|argos)\b
    |\bsecond[- ]hand\b
changed_mind: no longer need it
    \b(?:no longer|don['\u2019]?t|do not|didn['\u2019]?t|dont|didnt|doesn['\u2019]?t|does not
    |doesnt)\s+(?:really\s+|actually\s+|even\s+)?(?:need|want)\b(?! to\b)(?! (?:(?:any )?more of
    \s(?:these |your |the )?|a |any |more |the |these |your |all (?:the |these )?)?(?:reminders?
    |e-?mails?|messages?|spam|newsletters?
    |nudges?))|\bkeep (?:using )?(?:my
    |the) (?:old|current|existing)\b|\bnot needed\b|\b(?:isn|aren|wasn
    |weren)['\u2019]?t (?:really )?needed\b|\bsorted it (?:another way|elsewhere)\b
    |\bnot (?:\w+ ){1,4}after all\b|\bno (?:real |longer any )?need for (?:it|them|one|this)\b
    |\bno (?:more )?need (?:any ?more|now)\b|\bdon['\u2019]?t need (?:it|them) (?:any ?more|now)\b
changed_mind: the occasion passed
    \b(?:party|wedding|event|birthday|trip|holiday|occasion|christmas|date|christening|baptism
    |communion|graduation|anniversary|hen do|stag do|hen party|festival|concert|gig
    |reunion)\b (?:\w+ ){0,2}(?:was|has (?:been|passed|gone)|(?:has|have) (?:come and gone
    |been and gone)|is over|came and went|got cancell?ed|was cancell?ed|fell through|(?:got|was|been
    |is) (?:called off|postponed|cancell?ed|off))\b|\bplans fell through\b|\btoo late (?:now
    |for it)\b|\bmoment (?:has )?passed\b|\bmoment['\u2019]s passed\b|\b(?:urge|impulse
    |itch) (?:has )?(?:passed|gone)\b|\bship has sailed\b
changed_mind: just looking
    \b(?:just|only) (?:looking|browsing|window shopping|window-shopping|curious|checking)\b
    (?!\s*[-\u2013\u2014:]|\s+(?:whether|if|that|in|on|back|how|when|what)\b)
    |\b(?:only|just) (?:having a (?:\w+ )?(?:look|browse|nosy|nosey|nose|gander|peek|peep|squiz
    |butchers|snoop|scroll)|looking around|comparing)\b|\bhaving a (?:little |quick |wee )?(?:nosy
    |nosey|nose|gander|snoop)\b
changed_mind: got one as a gift
    \bgot (?:one|it|them) as a (?:gift|present)\b|\bgot (?:one|it|them) for my (?:birthday|bday
    |b-day
    |christmas|xmas)\b|\b(?:clicked|added|tapped|put) (?:\w+ ){0,4}by (?:accident|mistake)\b
    |\baccidentally (?:clicked|added|tapped|put)\b|\b(?:gift|present) from\b|\brather wait\b
changed_mind: need it (absent)
    \bneed (?:it|them|this|that|one|another)\b
changed_mind: not interested
    \bnot interested\b|\bno longer interested\b|\bnot (?:that |really )?bothered\b
other: stop emailing me
    \bunsubscrib\w*|\bopt(?:ing)? (?:me )?out\b|\b(?:take|remove|delete|drop|taking|removing) (?:me
    |my (?:email|e-mail|address|details|name)) (?:\w+ )?(?:off|from)\b|\bmailing list\b
    |\bstop (?:\w+ )?(?:emailing|e-mailing|mailing|sending|messaging|contacting|spamming|pestering
    |bugging|hassling|bothering|texting|writing|reminding|chasing)\b|\bno more (?:emails|e-mails
    |reminders|messages|mails)\b|\b(?:don['\u2019]?t|do not|never) (?:\w+ )?(?:email|e-mail|contact
    |message|write to|remind) me (?:again|any ?more)\b|\bleave me (?:\w+ )?alone\b
    |\b(?:don['\u2019]?t|do not|needn['\u2019]?t|need not) (?:need to )?remind me\b
    |\bno need to (?:remind|e-?mail) me\b
    |\bnever signed up\b|\bspam(?:ming)? me\b|\bthis (?:is )?spam\b|\bmarketing (?:emails|e-mails
    |mails)\b
other: too many reminders
    \b(?:too|so|far too|way too|how) many (?:\w+ )?(?:emails|e-mails|reminders|messages|mails)\b
    |\benough (?:with |of )?(?:the |these |all the |all these |your )?(?:emails|e-mails|reminders
    |messages|mails|spam)\b|\b(?:keep|keeps|keeping|kept) (?:on )?(?:emailing|e-mailing
    |sending (?:me )?(?:these|this|emails|reminders|messages)|messaging|writing to|contacting
    |reminding|pestering|bugging|spamming|chasing|nagging)\b|\bhow many (?:more )?times\b|\b(?:third
    |fourth|fifth|sixth|\d+(?:rd|th)) (?:email|e-mail|reminder|message|one) (?:\w+ ){0,2}(?:this
    |today|in|since)\b
other: annoyed at the emails
    \b(?:emails?|e-mails?|reminders?|messages?)\b ~~ \b(?:annoying|irritating|pestering|harass\w*
    |relentless|excessive|pushy|overkill|bombard\w*|intrusive|every (?:single )?day|every other day
    |daily|a bit much|too much|over the top|a joke|getting (?:silly|ridiculous|old|annoying)
    |non-?stop|constant\w*)\b
other: later, on payday
    ^(?![\s\S]*\?)[\s\S]*?(?:\bpay ?day\b|\b(?:when|once|after|till|until|til|before) (?:i|we
    |my \w+) (?:get|gets|am|is) paid\b|\b(?:wages?|salary|pay ?cheque|paycheck|pension|payslip
    |student loan|bonus) (?:\w+ )?(?:comes? in|goes in|go in|lands?|arrives?|hits|clears?)\b
    |\b(?:maybe|perhaps) (?:another time|later|next time)\b)
other: coming back later
    ^(?![\s\S]*\?)[\s\S]*?\b(?:i['\u2019]?ll|i will|will) (?:\w+ ){0,2}(?:come back|pop back|be back
    |look again|have a (?:proper )?look|order|get it|buy it|grab it|sort it)\b ~ \b(?:later
    |next (?:week|month)|another time|soon|tomorrow|at the weekend|when (?:i|we|things)|once (?:i|we
    |things)|in a (?:few|couple)|end of the month)
other: on holiday
    ^(?![\s\S]*\?)[\s\S]*?(?:\b(?:on|away on|off on) (?:(?:a|my|our) )?(?:holiday|holidays|vacation
    |hols|leave|a trip|honeymoon|travels)\b|\b(?:i['\u2019]?m|i am|we['\u2019]?re|we are|currently
    |will be) (?:\w+ )?away\b|\bout of (?:the )?country\b|\bwhen (?:i['\u2019]?m|i am|we['\u2019]?re
    |we are|i get|we get) (?:back|home)\b|\bback from (?:holiday|my trip|travelling|traveling
    |abroad)\b)
other: thanks, compliments
    ^(?![\s\S]*\?)[\s\S]*?(?:\b(?:love|loving|lovely|gorgeous|beautiful|brilliant|amazing|fab\w*
    |great|adore) (?:\w+ ){0,2}(?:shop|store|site|website|stuff|products|range|collection
    |customer service|service|designs?)\b|\bthanks? (?:you )?(?:so much |very much )?for (?:the
    |your) (?:\w+ )?(?:reminder|email|message|nudge|heads[- ]up|note)\b
    |\bwill (?:definitely |def |defo |certainly )(?:order|buy|be back|shop)
    |\bkeep up the good work\b)
other: wrong person
    \b(?:have|has|had|i've|i) (?:\w+ )?never (?:\w+ )?(?:ordered|bought|shopped
    |purchased) (?:\w+ )?(?:from|with|at|here)\b|\bnever (?:\w+ )?been on your (?:web)?site\b
    |\bwrong (?:person|recipient|email(?: address)?|address|e-mail)\b
    |\bnever (?:\w+ ){0,3}(?:put|added|left) (?:\w+ ){0,3}(?:in|into|to) (?:a|any|the|your
    |my) (?:basket
    |cart)\b
    |\bnot (?:meant|intended) for me\b|\b(?:is|was) (?:this|that|it) (?:meant|intended) for me\b
other: no basket (no cart)
    \bnever (?:\w+ )?been on your (?:web)?site\b|\bwrong (?:person|recipient)\b
    |\bnever (?:\w+ ){0,3}(?:put|added|left) (?:\w+ ){0,3}(?:in|into|to) (?:a|any|the|your|my)
    \s(?:basket|cart)\b|\bnot (?:meant|intended) for me\b|\bmeant for someone else\b
    |\b(?:you(?:'ve| have| must have)|you've got) (?:got )?the wrong (?:e-?mail )?address\b
    |\b(?:someone|somebody) (?:must|might|may) (?:\w+ )?have (?:typed|entered|mistyped|given|used)
    \s(?:\w+ ){0,2}(?:e-?mail|address)\w* (?:\w+ )?(?:wrong|by mistake|incorrectly)\b
    |\b(?:someone|somebody) (?:must|might|may) (?:\w+ )?have mistyped\b
    |\b(?:neither of us|none of us|nobody here|no one here) (?:\w+ )?(?:has|have|had)
    \s(?:an |any )?account\b
    |\bnever (?:\w+ )?(?:created|made|opened|set up) (?:an |any )?account\b
    |\bmy late (?:husband|wife|father|mother|dad|mum|mom|partner|son|daughter)['\u2019]?s (?:e-?mail
    |account
    |address|inbox)\b
    |\b(?:don't|do not|can't|cannot|can not) (?:\w+ )?remember (?:ever )?(?:visiting|being on
    |registering|signing up|putting|adding|giving (?:you )?my)\b|\bnever (?:\w+ ){1,4}in my life\b
other: personal news
    ^(?![\s\S]*\?)[\s\S]*?(?:\b(?:had|having|expecting) a baby\b|\bnew baby\b
    |\bin (?:the )?hospital\b|\bbeen (?:ill|sick|unwell|poorly)\b|\bpassed away\b|\bfuneral\b
    |\bbereavement\b|\bfamily emergency\b|\b(?:been|so|really|very|super|crazy|mad) busy\b
    |\bthings (?:have been|are|were) (?:\w+ )?(?:mad|crazy|hectic|busy)\b|\bsorry for the (?:late
    |slow) (?:reply|response)\b)
question: size and stock
    \b(?:fit|fits|size|sizes|sizing|in stock|available in|availability|material|colou?rs?|dimensions
    |measurements|compatible|wool|cotton|leather|acrylic|polyester|linen|silk|waterproof|washable
    |machine wash\w*|dishwasher|vegan|ingredients|warranty|gift ?wrap\w*|gift (?:box|message|receipt
    |note)|engrav\w*|personali[sz]\w*|back in stock|restock\w*|true to size|run (?:small|large|big)
    |how (?:big|heavy|long is|tall|wide)|included|batter(?:y|ies))\b
question: question about the item
    \b(?:does|do|is|are|will|can|could|would|have you|has)\s+(?:it|they|this|these|you
    |the)\b[^.!\n]{0,80}\?
question: asked without a question mark
    (?:^|[.!\n] *)(?:is|are|does|do|will|can|could|would|has|have) (?:this|these|it|they|the
    |you) \b(?:\w+ ){1,8}(?:or|with|in)\b|^\s*(?:is|are|does|do|will|can|could|would|has
    |have) (?:this|these|it|they|the) (?:\w+ ){0,8}\w+\s*$
question: how many, returns
    \bhow many\b|\bcontain\w*|\breturns? (?:window|period|time|process)\b|\bcan (?:i|we) (?:return
    |exchange|send (?:it|them) back)\b|\bexchanges?\b|\bmatching\b
question: care and use
    \bwash\w*|\bcare (?:instructions|label)\b|\bhow do (?:i|you) (?:use|wash|clean|assemble
    |set (?:it )?up|fit|care for|store|charge|install|look after)\b
question: do you sell
    \bdo you (?:sell|stock|make|carry|do|offer) (?!(?:\w+ ){0,2}(?:discount|deal|code|free|shipping
    |deliver|delivery|post|ship))|\b(?:replacement|spare) parts?\b|\bgift vouchers?\b
question: tell me
    \bwill (?:it|they|the \w+(?: one)?) be back\b|\bback in\b|\bany idea (?:if|when|whether|what
    |how)\b|\bsuitable for\b|\bmade (?:of|from|out of)\b|\b(?:can|could) you (?:please )?(?:tell me
    |let me know|confirm)\b|\b(?:wondering|curious) (?:if|whether|what|how|when|which)\b
    |\bworks? with\b
question: question
    \b(?:how|which|what|why|when|where)\b[^.!\n]{0,80}\?
""",
}


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The words of negation, and of the clause: per language. Negations include the
# correlative ones ("né", "noch", "nor", "heller"), which carry a negation on.
NEGATIONS: dict[str, frozenset[str]] = {
    "da": _set("ikke ik ingen intet intetsteds aldrig ej hverken"),
    "nb": _set("ikke ikkje itte ingen ingenting intet aldri ei verken"),
    "sv": _set("inte ingen inga inget ingenting aldrig ej varken"),
    "fi": _set(
        "ei en emme ette eivät eikä enkä etkä emmekä ettekä eivätkä ilman älä älkää emmä emmää"
        " etten ettet ettemme ettette etteivät"
    ),
    "de": _set("nicht kein keine keinen keinem keiner keins nie niemals ohne weder nichts"),
    "it": _set("non nn nessun nessuno nessuna mai senza né nemmeno neanche neppure"),
    "en": _set(
        "no not never without nor neither none nothing cannot dont didnt doesnt cant couldnt"
        " wouldnt wont isnt wasnt arent werent havent hasnt hadnt shouldnt aint"
    ),
}
# After a negation, these make it a doubt ("not sure whether", "ved ikke om") or an
# addition ("not only"), not a denial.
SPARED_AFTER_NEGATION: dict[str, frozenset[str]] = {
    "da": _set("sikker sikre klar om kun blot bare alene"),
    "nb": _set("sikker sikre klar om bare kun alene"),
    "sv": _set("säker säkra om bara endast enbart"),
    "fi": _set("varma varmoja tiedä tiennyt pelkästään vain ainoastaan"),
    "de": _set("sicher ob nur bloß allein"),
    "it": _set("sicuro sicura sicuri so sapevo se solo soltanto"),
    "en": _set("sure certain whether if only just"),
}
# Verbs of wishing, and the ones who wish: a negation of the wish leaves the trouble it
# names standing (_wish_denied). Nordic "vil" is also a future, hence the wisher beside it.
WISHES: dict[str, frozenset[str]] = {
    "da": _set("vil ville ønsker ønskede gider gad orker"),
    "nb": _set("vil ville ønsker ønsket gidder gadd orker"),
    "sv": _set("vill ville önskar orkar orkade"),
    "fi": _set("halua haluaisi haluaisin halunnut viitsi viitsisi jaksa"),
    "de": _set("will wollte möchte möchten mag mochte"),
    "it": _set("voglio volevo vorrei vogliamo vorremmo piace piacerebbe va andava sento"),
    "en": _set("want wanna wanted wish like fancy"),
}
WISHERS: dict[str, frozenset[str]] = {
    "da": _set("jeg vi"),
    "nb": _set("jeg eg vi"),
    "sv": _set("jag vi"),
    "fi": _set("minä mä me"),
    "de": _set("ich wir"),
    "it": _set("io noi mi ci"),
    "en": _set("i we"),
}
# Words that end the clause before them: adversatives, and conjunctions opening a clause
# of their own (unless right after the negation: "not because", "ikke fordi").
ADVERSATIVES: dict[str, frozenset[str]] = {
    "da": _set("men dog derimod"),
    "nb": _set("men dog derimot"),
    "sv": _set("men utan dock"),
    "fi": _set("mutta vaan kuitenkin silti"),
    "de": _set("aber sondern jedoch doch"),
    "it": _set("ma però bensì invece"),
    "en": _set("but however though although tho altho"),
}
CLAUSE_OPENERS: dict[str, frozenset[str]] = {
    "da": _set("fordi da når hvis selvom så at som"),
    "nb": _set("fordi da når hvis selv om så at som"),
    "sv": _set("eftersom för när om fast så att som"),
    "fi": _set("koska kun jos vaikka että et joka jotka mikä jotta sillä kunnes"),
    "de": _set("weil da wenn falls obwohl dass als"),
    "it": _set("perché poiché quando se che siccome"),
    "en": _set("because since when if so that which who how what where why cos coz cuz bc cause"),
}
# A clause they open supposes, it does not deny: "hvis den ikke kan nå frem".
CONDITIONALS: dict[str, frozenset[str]] = {
    "da": _set("hvis såfremt"),
    "nb": _set("hvis dersom"),
    "sv": _set("om ifall"),
    "fi": _set("jos mikäli"),
    "de": _set("wenn falls sofern"),
    "it": _set("se qualora"),
    "en": _set("if unless"),
}
# A coordinator followed by a subject starts a clause: "... and I think the shipping ...".
COORDINATORS: dict[str, frozenset[str]] = {
    "da": frozenset(["og", "eller"]),
    "nb": frozenset(["og", "eller"]),
    "sv": frozenset(["och", "eller"]),
    "fi": frozenset(["ja", "tai"]),
    "de": frozenset(["und", "oder"]),
    "it": frozenset(["e", "o"]),
    "en": frozenset(["and", "or"]),
}
# Finite verbs that show a clause of its own after a coordinator: "... og frakten er dyr".
FINITE_VERBS: dict[str, frozenset[str]] = {
    "da": _set("er var har havde kan kunne vil ville skal blev bliver koster kostede"),
    "nb": _set("er var har hadde kan kunne vil ville skal ble blir koster kostet"),
    "sv": _set("är var har hade kan kunde vill ska blev blir kostar kostade"),
    "fi": _set("on oli ovat olivat olisi voi voisi tuli tulee meni menee maksaa maksoi"),
    "de": _set("ist war sind waren hat hatte kann konnte wird wurde kostet kostete"),
    "it": _set("è era sono erano ha aveva può poteva costa costano costava"),
    "en": _set(
        "is was are were has had can could will would costs cost does did isn't wasn't doesn't"
        " didn't won't wouldn't can't couldn't keeps kept seems seemed looks looked"
    ),
}
SUBJECTS: dict[str, frozenset[str]] = {
    "da": _set("jeg du han hun den det vi i de man"),
    "nb": _set("jeg eg du han hun den det vi dere de man"),
    "sv": _set("jag du han hon den det vi ni de man"),
    "fi": _set("minä mä sinä sä hän se me te he ne"),
    "de": _set("ich du er sie es wir ihr man"),
    "it": _set("io tu lui lei noi voi loro"),
    "en": _set("i you he she it we they u"),
}
# A "no" that answers the email ("haha no I was just looking", "nej jeg har ..."): before a
# subject it denies nothing of the clause after it. Not Finnish "ei": a verb that negates
# its clause ("ei se ole liian kallis").
ANSWERS = frozenset(["no", "nope", "nej", "nei", "nein", "nä"])
# The nouns of trouble: "no problem with the payment" denies payment trouble.
PROBLEMS: dict[str, re.Pattern[str]] = {
    "da": re.compile(r"problem|fejl|galt|bøvl|besvær"),
    "nb": re.compile(r"problem|feil|galt|trøbbel"),
    "sv": re.compile(r"problem|fel$|strul|krångel|bekymmer"),
    "fi": re.compile(r"ongelm|vika|vikaa|virhe|häiriö|hankalu"),
    "de": re.compile(r"problem|fehler|schwierigkeit|ärger|falsch"),
    "it": re.compile(r"problem|difficolt|errore|storto"),
    "en": re.compile(r"problem|issue|trouble|wrong"),
}
# A verb of being or seeming, a word of praise and a word of excess: "the price was fine"
# praises what the rule names, "was too good to be true" does not (_praised).
COPULAS: dict[str, frozenset[str]] = {
    "da": _set("er var virker virkede ser så synes syntes"),
    "nb": _set("er var virker virket virka ser såg"),
    "sv": _set("är var verkar verkade ser såg funkade fungerade"),
    "fi": _set("on oli ovat olivat olisi vaikuttaa vaikutti näyttää näytti toimi toimii"),
    "de": _set("ist war sind waren wäre scheint schien sah sieht lief läuft klappte"),
    "it": _set("è era sono erano sembra sembrava andava va andrebbe"),
    "en": _set("is was are were seem seemed seems look looked looks worked works went"),
}
PRAISE: dict[str, frozenset[str]] = {
    "da": _set("fin fint fine god godt gode ok okay rimelig rimeligt fair perfekt hurtig hurtigt"),
    "nb": _set("fin fint fine grei greit bra god godt ok okei rimelig perfekt kjapp rask raskt"),
    "sv": _set("bra fin fint ok okej rimlig rimligt perfekt snabb snabbt smidig smidigt"),
    "fi": _set("ok okei hyvä hyvin kohtuullinen sopiva kunnossa mainio nopea nopeasti"),
    "de": _set("gut okay ok ordnung fair super perfekt schnell günstig angemessen prima"),
    "it": _set("bene buono buona ok okay ottimo ottima giusto onesto perfetto veloce"),
    "en": _set("fine ok okay good great reasonable fair perfect quick fast cheap decent"),
}
EXCESS: dict[str, frozenset[str]] = {
    "da": _set("for altfor alt"),
    "nb": _set("for altfor alt"),
    "sv": _set("för alldeles"),
    "fi": _set("liian"),
    "de": _set("zu"),
    "it": _set("troppo troppa troppi"),
    "en": _set("too"),
}
# Words that tell a sentence as the consequence of what came before (_a_consequence).
CONSEQUENCES: dict[str, frozenset[str]] = {
    "da": _set("derfor således dermed mellemtiden"),
    "nb": _set("derfor difor dermed mellomtiden"),
    "sv": _set("därför därmed således"),
    "fi": _set("joten siksi siispä"),
    "de": _set("deshalb daher darum deswegen somit folglich inzwischen zwischenzeitlich"),
    "it": _set("quindi perciò pertanto dunque frattempo"),
    "en": _set("therefore hence thus consequently meantime meanwhile"),
}
# ... and "so" inside a sentence, when a subject follows it (_a_consequence): "..., så jeg
# droppet det", "..., so I bought one locally"; not "så" as "saw" or "so" as "as".
SO: dict[str, frozenset[str]] = {
    "da": _set("så"),
    "nb": _set("så"),
    "sv": _set("så"),
    "fi": _set("niin"),
    "de": _set("also"),
    "it": _set("così"),
    "en": _set("so"),
}
# A later clause taking back what came before as the cause (_retracted): "men det var ikke
# det", "mutta ei se ratkaissut", "but that wasn't it", "aber daran lag es nicht".
RETRACTIONS: dict[str, re.Pattern[str]] = {
    "da": re.compile(
        r"\b(?:men )?det (?:var|er) (?:nu )?ikke (?:det(?=\s*(?:[.,;:!?\n]|$|der\b|som\b))"
        r"|derfor|grunden|årsagen|afgørende)\b"
        r"|\b(?:men )?det afgjorde (?:det )?ikke\b",
        re.IGNORECASE,
    ),
    "nb": re.compile(
        r"\b(?:men )?det (?:var|er) (?:nå )?ikke (?:det(?=\s*(?:[.,;:!?\n]|$|som\b))|derfor"
        r"|grunnen|årsaken|avgjørende)\b"
        r"|\b(?:men )?det avgjorde (?:det )?ikke\b",
        re.IGNORECASE,
    ),
    "sv": re.compile(
        r"\b(?:men )?det (?:var|är) (?:nu )?inte (?:det(?=\s*(?:[.,;:!?\n]|$|som\b))|därför"
        r"|anledningen|orsaken|avgörande)\b"
        r"|\b(?:men )?det avgjorde (?:det )?inte\b",
        re.IGNORECASE,
    ),
    "fi": re.compile(
        r"\b(?:mutta )?(?:ei se|se ei) (?:\w+ )?(?:ratkaissut|ollut (?:syy|se juttu|ongelma"
        r"|ratkaiseva))\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:aber )?(?:daran|an dem) (?:lag|liegt) es (?:aber )?nicht\b"
        r"|\b(?:aber )?das (?:war|ist) (?:es )?(?:aber )?nicht (?:der grund|das problem"
        r"|entscheidend|ausschlaggebend)\b"
        r"|\b(?:aber )?das war(?:'s| es) nicht\b(?! wert)",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"\b(?:ma )?non (?:è|era|è stato) (?:quello|questo)(?:(?=\s*(?:[.,;:!?\n]|$))"
        r"| il (?:motivo|problema))"
        r"|\b(?:ma )?il (?:motivo|problema) non (?:è|era) (?:quello|questo)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:but )?(?:that|it) (?:wasn't|was not|isn't|is not) (?:really )?"
        r"(?:it(?=\s*(?:[.,;:!?\n]|$))|why|the reason|the problem|what (?:decided|did) it)\b"
        r"|\b(?:but )?that's not (?:it(?=\s*(?:[.,;:!?\n]|$))|why)\b",
        re.IGNORECASE,
    ),
}
# A first person's possessive before a word, and after it (nb, sv, da: "telefonnummeret
# mitt"): the customer's own detail, not the shop's (_ones_own).
OWNERS: dict[str, frozenset[str]] = {
    "da": _set("min mit mine vores"),
    "nb": _set("min mitt mine vår vårt"),
    "sv": _set("min mitt mina vår vårt"),
    "fi": _set("minun meidän"),
    "de": _set("mein meine meiner meinen meinem unsere unserer"),
    "it": _set("mio mia miei mie nostro nostra"),
    "en": _set("my our"),
}
POSTPOSED_OWNERS = frozenset(["min", "mitt", "mine", "mi", "mitt", "mina", "vår", "vårt"])
# What a praise can deny: the complaints about the shop, not a changed mind.
PRAISABLE = frozenset([Reason.PRICE, Reason.DELIVERY, Reason.PAYMENT, Reason.TECHNICAL])
# Words that call what a rule names poor: denied ("nothing bad", "keine schlechten
# Bewertungen"), they praise it (_absence_around). Beginnings of words.
POOR: dict[str, tuple[str, ...]] = {
    "da": ("dårlig", "grim", "blandede", "negativ", "elendig", "kritisk"),
    "nb": ("dårlig", "stygg", "blandede", "negativ", "elendig", "kritisk"),
    "sv": ("dålig", "hemsk", "blandade", "negativ", "usel", "kritisk"),
    "fi": ("huono", "sekalai", "negatiivi", "kriittis", "surkea"),
    "de": ("schlecht", "gemischt", "negativ", "miserabel", "kritisch", "mies"),
    "it": ("pessim", "negativ", "scars", "critich", "brutt"),
    "en": (
        "bad",
        "poor",
        "mixed",
        "negative",
        "terrible",
        "awful",
        "rubbish",
        "dreadful",
        "horrible",
        "shocking",
        "worrying",
        "scathing",
        "critical",
    ),
}
# Missing, or poor: what makes "reviews" or "VAT number" a complaint.
ABSENCE: dict[str, re.Pattern[str]] = {
    "da": re.compile(
        r"\b(?:ingen|intet|ingensteds|ingen steder|mangle\w*|savne\w*|uden|dårlig\w*|grimme"
        r"|blandede|negative|få)\b|\b(?:kan|kunne) ikke (?:\w+ )?(?:finde|se)\b"
        r"|\bfandt (?:\w+ )?ikke\b|\bikke (?:kan|kunne) (?:\w+ )?(?:finde|se)\b|\bhverken\b"
        r"|\b(?:dukker|findes) (?:\w+ )?ikke\b"
        r"|\bikke (?:\w+ ){0,2}(?:noget|nogen)\b|\b(?:lidt|kun lidt) info",
        re.IGNORECASE,
    ),
    "nb": re.compile(
        r"\b(?:ingen|ingenting|intet|ingensteds|mangle\w*|savne\w*|uten|dårlig\w*|stygge?|blandede"
        r"|negative|få)\b|\b(?:kan|kunne|fikk) ikke (?:\w+ )?(?:finne|se|funnet)\b"
        r"|\bfant (?:\w+ )?ikke\b|\bikke (?:kan|kunne|fikk) (?:\w+ )?(?:finne|se)\b|\bverken\b"
        r"|\b(?:dukker|finnes) (?:\w+ )?ikke\b"
        r"|\bikke (?:\w+ ){0,2}(?:noe|noen)\b|\blite info",
        re.IGNORECASE,
    ),
    "sv": re.compile(
        r"\b(?:ingen|inga|inget|ingenstans|sakna\w*|saknas|utan|dålig\w*|hemsk\w*|blandade|negativa"
        r"|få)\b|\b(?:kan|kunde) inte (?:\w+ )?(?:hitta|se)\b|\bhittade (?:\w+ )?inte\b"
        r"|\binte (?:\w+ ){0,2}(?:något|någon|några)\b|\bvarken\b|\b(?:dyker"
        r"|finns) (?:\w+ )?inte\b|\blite info|\bknappt\b|\bnästan (?:inget|ingenting|inga)\b"
        r"|\bvet (?:inte|ej)\b|\bingen aning\b"
        r"|\b(?:kunde|kan) (?:inte|ej) (?:lista ut|lura ut|klura ut|förstå|begripa|få klarhet)\b",
        re.IGNORECASE,
    ),
    "fi": re.compile(
        r"\b(?:ei|ilman|puuttu\w*|puutu\w*|huono\w*|sekalai\w*|negatiivi\w*|vähän|harva\w*"
        r"|mitään|yhtään|missään)\b|\b(?:en|ei|emme) (?:\w+ )?(?:löytä\w*|löydä|nähnyt|näe)\b"
        r"|\b(?:en|emme) (?:\w+ )?tiedä\b|\bei (?:\w+ )?(?:hajua|aavistustakaan)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:kein\w*|nirgends|nirgendwo|fehl\w*|ohne|schlecht\w*|gemischt\w*|negativ\w*"
        r"|wenige|weder|nirgendwo|vermiss\w*)\b|\btaucht\w* (?:\w+ )?nicht\b"
        r"|\bnicht (?:\w+ )?(?:gefunden"
        r"|finden|sehen)\b|\bfinde\b[^.!?\n]*\bnicht\b"
        r"|\b(?:findet|finde|fand|gefunden) (?:\w+ ){0,3}(?:nichts|nix)\b"
        r"|\b(?:nichts|nix) (?:\w+ ){0,2}zu finden\b|\bunklar\w*|\bnicht (?:\w+ )?klar\b"
        r"|\bnur (?:bei|in|auf) \w+ mit\b"
        r"|\b(?:würde|möchte) (?:gern|gerne|erst) (?:\w+ )?(?:sehen|lesen)\b",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"\b(?:nessun\w*|manca\w*|mancano|senza|pessim\w*|negativ\w*|poche|scars\w*)\b"
        r"|\bnon (?:\w+ )?(?:trovo|trovato|trovata|vedo|c'è|ci sono|esiste)\b"
        r"|\bda nessuna parte\b|\bné\b|\bnon (?:\w+ )?(?:compar\w*|esist\w*|risult\w*)\b"
        r"|\bnon (?:\w+ )?(?:esce|usciva|trovo|trovato|c'[eè]|risulta) (?:\w+ )?(?:niente|nulla)\b"
        r"|\bnon (?:\w+ )?chiar\w*|\bpoco chiar\w*|\bvorrei (?:vedere|leggere)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:no|none|nowhere|missing|lack\w*|without|bad|poor|mixed|negative|few|terrible"
        r"|awful|blank|empty)\b|\bi miss\b"
        r"|\b(?:can't|cannot|couldn't|could not|didn't|did not|can not|cant|couldnt|didnt)"
        r" (?:\w+ )?(?:find|see)\b|\b(?:low|rubbish|dreadful|horrible|shocking|worrying|scathing"
        r"|(?:one|1)[- ]star)\b|(?:\bnot|n't|\bisnt|\bwasnt) (?:\w+ )?(?:great|good|the best)\b"
        r"|(?:\bnot|n't) (?:\w+ ){0,2}any\b|\blittle\b|\bneither\b|n't (?:show|come) up\b"
        r"|\bonly (?:\w+ )?(?:one|1|two|2|a couple|a handful)\b",
        re.IGNORECASE,
    ),
}
# A legal notice: a sentence that says the message is confidential or meant for its
# addressee only, in the seven languages; read from there on, it is not the customer's.
LEGAL_NOTICE = re.compile(
    r"\b(?:fortrolig\w*|konfidentiel\w*|konfidensiell\w*|konfidentiell\w*|sekretessbelag\w*"
    r"|vertraulich\w*|riservat\w*|confidenzial\w*|confidential\w*|privileged|luottamukselli\w*"
    r"|(?:kun|udelukkende|bare|endast|ausschließlich|solely|only) (?:beregnet|ment|avsett"
    r"|avsedd|bestimmt|intended)|tarkoitettu (?:ainoastaan|vain))\b",
    re.IGNORECASE,
)
MESSAGE_WORDS = re.compile(
    r"\b(?:e-?mail\w*|e-?post\w*|mail|meddelelse\w*|besked\w*|melding\w*|meddelande\w*"
    r"|nachricht\w*|messaggio|messaggi|comunicazione|message|vedhæft\w*|vedlegg\w*|bilag\w*"
    r"|anhänge?|allegat\w*|attachments?|information|informationen|informasjon|informazioni"
    r"|viesti\w*|sähköposti\w*|liittei\w*|liite\w*|tiedot)\b",
    re.IGNORECASE,
)

# Function words and everyday words of each language; a word several languages share
# counts for each of them a share.
WORDS: dict[str, str] = {
    "da": "jeg ikke det er og at en et den til på med for har var de som af kan vil men så"
    " hvad hvordan hvorfor hvis købe købt køb sådan også nej meget mig dig efter nogen noget"
    " nogle fik gik tak hej nu lige kun bare kurv kurven bestilling bestillingen fragt"
    " fragten desværre gerne hjemmeside kunne skulle ville være blev eller jeres igen endnu"
    " allerede vores mit min sig her der hvor synes betaling betalingen kortet jo lidt end"
    " mere op ud hvornår ingen aldrig godt dejlig venlig hilsen tusind selv fordi siden"
    " bruge brugt hvilken hvilke tror mener spørgsmål måske ønsker fint jer os sikke hjælp"
    " undskyld uge uger længe hende hjemme vejen stadig derfor selvfølgelig tjekke sendt"
    " plejer gøre gjort fået får hedder rigtig",
    "nb": "jeg ikke det er og å at en et den til på med for har var de som av kan vil men så"
    " hva hvordan hvorfor hvis kjøpe kjøpt kjøp sånn også nei mye veldig meg deg etter noen"
    " noe fikk gikk takk hei nå bare handlekurv handlekurven bestilling bestillingen frakt"
    " frakten dessverre gjerne nettside nettsiden kunne skulle ville være ble eller deres"
    " igjen ennå allerede vår våre mitt min seg her der hvor synes betaling betalingen"
    " kortet litt enn mer opp ut når ingen aldri godt hilsen tusen selv fordi siden fortsatt"
    " prøvde funker e-post bruke brukt hvilken hvilke tror trenger fått gjøre gjort mener"
    " spørsmål lurer kanskje ønsker fint bra dere oss slik skjønner hjelp beklager vennlig"
    " uke uker lenge henne hjemme veien stadig derfor selvfølgelig sjekke sendt vanligvis"
    " kjenner nettbutikk nettbutikker kjøpte hjelpe spørre",
    "sv": "jag inte det är och att en ett den till på med för har var de som av kan vill men"
    " så vad hur varför om köpa köpt köp också nej mycket mig dig efter någon något några"
    " fick gick tack hej nu bara varukorg varukorgen beställning beställningen frakt frakten"
    " tyvärr gärna hemsida hemsidan kunde skulle vara blev eller era igen redan vår mitt"
    " min sig här där tycker betalning betalningen kortet lite än mer upp ut när ingen"
    " aldrig bra hälsningar själv eftersom sedan kanske inga mejl också",
    "fi": "minä mä en ei se on ja että oli olen ole ollut kun jos mutta tai niin kuin vain"
    " vielä jo nyt sitten tämä tämän tätä ne he me te olisi voisi voin voiko onko kiitos"
    " kiitoksia hei moi terveisin ystävällisin tilaus tilauksen tilausta tilasin ostoskori"
    " ostoskorin ostoskorissa toimitus toimituksen toimituskulut maksu maksun kortti liian"
    " kallis miksi miten milloin mitä mikä kuinka paljon myös vähän ihan kyllä hyvä tuote"
    " tuotteen tuotteet sivu sivulla sivusto kaupan kauppa valitettavasti ehkä haluaisin"
    " halusin koska sain tuli meni kassalla kanssa enää vaan jotain mitään minulla minun",
    "de": "ich nicht und der die das ist zu mit habe hatte ein eine einen auf für es wie warum"
    " bitte danke mein meine sie ihr ihnen wir uns aber oder noch schon auch nur sehr kann"
    " konnte wurde war bei von dem den sind hallo leider gerne bestellung warenkorb versand"
    " zahlung weil dass wenn doch mal kein keine mehr über hat haben würde möchte grüße"
    " guten tag freundlichen viele",
    "it": "non il la lo le gli che di è per un una uno ho mi ti con sono del della dei delle"
    " al alla grazie perché ciao come ma anche più questo questa sito ordine carrello"
    " pagamento spedizione ancora già molto troppo vorrei posso potete avete se quando ne"
    " ci si buongiorno salve era stato volevo riuscito saluti cordiali quanti quanto giorni"
    " arriva fatto ordinato comprato negozio prezzo grazie mille",
    "en": "the and i not to is it my was for with you have but this that what why how didn't"
    " don't can't would could just so your of on in at be there are were thanks thank hi"
    " hello please order cart shipping payment too no yes any some because if when about"
    " bought buy regards i'm it's",
}

# The word tables by identity, for _words' cache.
_TABLES = {
    id(table): table
    for table in (
        NEGATIONS,
        SPARED_AFTER_NEGATION,
        WISHES,
        WISHERS,
        ADVERSATIVES,
        CLAUSE_OPENERS,
        CONDITIONALS,
        COORDINATORS,
        FINITE_VERBS,
        SUBJECTS,
        OWNERS,
        COPULAS,
        CONSEQUENCES,
        SO,
        PRAISE,
        EXCESS,
    )
}
