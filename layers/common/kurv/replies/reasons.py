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
- Payment and technical trouble is often told by a negation ("I couldn't pay", "konnte
  mich nicht einloggen"): for those only the denial of a problem counts ("no problem with
  the payment", "ikke noget galt med siden").
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
- When several strong reasons fit, the more specific complaint wins: payment, price,
  delivery, trust, technical, changed mind, then a question; the next one is the
  runner-up, and the confidence says they disagreed.
- A legal notice under the reply ("Denne e-mail er fortrolig ...") is not the customer's
  and is not read. Letters typed without them ("gaar", "Groesse") read as the letters.
- Words in another sense than the complaint's are kept apart: "lieferbar" (in stock),
  "afsenderen" (a message's sender), "per errore" (by mistake), a VAT number (a company's
  identity, not a price), a compound's head decides ("leveringsadresse" is an address).

The corpus the rules are measured on, and how it was written, is tests/replies/reasons/
(`python -m kurv_tools.measure.reason_corpus`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kurv.core.locales import EMAIL_LANGUAGES
from kurv.core.model import ReplyReason

Reason = ReplyReason  # the one list of reasons, kept with the cart record


# When several reasons fit: the more specific complaint first, a question last.
PRIORITY = (
    Reason.PAYMENT,
    Reason.PRICE,
    Reason.DELIVERY,
    Reason.TRUST,
    Reason.TECHNICAL,
    Reason.CHANGED_MIND,
    Reason.QUESTION,
)
# Whose negation is a failure told, not a complaint denied (see the module's text).
FAILURES = frozenset([Reason.PAYMENT, Reason.TECHNICAL])
# Of one rule in one reply, the matches weighed: enough for any reply, and a bound for
# text made to be slow.
MAX_MATCHES = 16
AUTO_REPLY_RULE = "auto-reply"
NO_TEXT_RULE = "no words of their own"
NO_RULE = "no rule fits"
QUESTION_MARK = "a question mark"
WEAK_CUE = "only a weak cue"

# How strongly a rule fits: a complaint, a topic named (see the module's text), a weak cue.
STRONG = 1.0
TOPIC = 0.75
ASKED = 0.7  # a question's rule: a question about a topic is about that topic
WEAK_FIT = 0.5

# How sure a reading is: one strong reason; several that disagree (the priority chose);
# only a weak cue (so question or other); nothing at all.
SURE = 0.9
DISAGREED = 0.6
WEAK = 0.4
UNSURE = 0.5


@dataclass(frozen=True)
class Rule:
    language: str
    reason: Reason
    label: str
    pattern: re.Pattern[str]
    weak: bool = False  # a cue that does not decide alone
    absent: bool = False  # a complaint when missing or denied ("no reviews"), weak when not
    topic: bool = False  # a topic named: decides only when no complaint does

    def __str__(self) -> str:
        return f"{self.language}:{self.reason.value}:{self.label}"

    def strength(self, text: str, written_in: str) -> float:
        """How strongly the rule fits `text`, written in `written_in`: STRONG, TOPIC,
        WEAK_FIT, or 0 (not at all)."""
        languages = (self.language, written_in)
        fits = WEAK_FIT if self.weak else TOPIC if self.topic else STRONG
        if self.reason is Reason.QUESTION:
            fits = min(fits, ASKED)
        best = 0.0
        for count, found in enumerate(self.pattern.finditer(text)):
            if count == MAX_MATCHES:
                break
            if self.absent:
                missing = _absence_around(text, found, languages) or _negated(
                    text, found, languages
                )
                best = max(best, STRONG if missing else WEAK_FIT)
            elif not _denied(text, found, languages, self.reason):
                best = max(best, fits)
            if best == STRONG:
                break
        return best


@dataclass(frozen=True)
class Reading:
    """Why the customer left (reason, and the rule that says so), what came next
    (runner_up, "" if nothing else fit) and how sure the reading is (0 to 1)."""

    reason: str
    rule: str
    runner_up: str = ""
    runner_up_rule: str = ""
    confidence: float = UNSURE


def classify(text: str, language: str) -> tuple[str, str]:
    """(reason, rule): why the customer left, and the rule that says so."""
    reading = read(text, language)
    return reading.reason, reading.rule


def read(text: str, language: str) -> Reading:
    """Why the customer left, the runner-up and how sure the reading is."""
    own = language if language in EMAIL_LANGUAGES else "en"
    text = _without_legal_notice(text)
    if not text.strip():
        return Reading(Reason.OTHER.value, NO_TEXT_RULE, confidence=1.0)
    others = [other for other in EMAIL_LANGUAGES if other != own]
    asked = "?" in text
    for languages in ([own], others):
        fits = _fitting([rule for lang in languages for rule in _rules(lang)], text, own)
        if fits:
            return _decided(fits, own, asked)
    if asked:
        return Reading(Reason.QUESTION.value, f"{own}:{Reason.QUESTION.value}:{QUESTION_MARK}")
    return Reading(Reason.OTHER.value, NO_RULE)


def _fitting(rules: list[Rule], text: str, own: str) -> list[tuple[float, Rule]]:
    """The fitting rules, strongest first, then by priority: the first one of each reason."""
    found = [(strength, rule) for rule in rules if (strength := rule.strength(text, own))]
    found.sort(key=lambda pair: (-pair[0], PRIORITY.index(pair[1].reason)))
    seen: set[Reason] = set()
    best = []
    for strength, rule in found:
        if rule.reason not in seen:
            seen.add(rule.reason)
            best.append((strength, rule))
    return best


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
        DISAGREED if len(complaints) > 1 else SURE,
    )


@lru_cache(maxsize=len(EMAIL_LANGUAGES))
def _rules(language: str) -> tuple[Rule, ...]:
    return tuple(
        Rule(
            language,
            Reason(reason),
            re.sub(r" \((?:weak|absent|topic)\)$", "", label),
            re.compile(pattern, re.IGNORECASE),
            weak=label.endswith(" (weak)"),
            absent=label.endswith(" (absent)"),
            topic=label.endswith(" (topic)"),
        )
        for reason, label, pattern in _parsed(RULES[language], language)
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


def _negations_in(words: list[str], languages: Languages) -> list[int]:
    """Where the words deny: a negation, unless it doubts ("not sure whether") or adds
    ("not only")."""
    negations = _words(NEGATIONS, languages)
    spared = _words(SPARED_AFTER_NEGATION, languages)
    return [
        index
        for index, word in enumerate(words)
        if (word in negations or word.endswith("n't"))
        and not (set(words[index + 1 : index + 3]) & spared)
    ]


def _asked(text: str, end: int) -> bool:
    """Whether the sentence a match ends in is a question."""
    found = _SENTENCE_END.search(text, end)
    return found is not None and found.group() == "?"


def _denied(text: str, found: re.Match[str], languages: Languages, reason: Reason) -> bool:
    """Whether the clause denies what the match says (see the module's text)."""
    if _asked(text, found.end()):
        return False
    if "focus" in found.re.groupindex and found.start("focus") >= 0:
        # A relative clause the rule names ("nettsider [jeg ikke kjenner]"): its own.
        words = _WORD.findall(text[found.start() : found.start("focus")].lower())[1:]
    else:
        words = _clause_before(text, found.start(), languages)
    if words[:1] and words[0] in _words(CONDITIONALS, languages):
        return False  # "if it can't arrive in time": supposed, not denied
    negated = _negations_in(words, languages)
    if not negated:
        return False
    if reason not in FAILURES:
        return True
    # Trouble told by a negation counts; only "no problem with ..." denies it.
    said = words + _WORD.findall(found.group().lower())
    return any(
        PROBLEMS[language].match(word)
        for language in languages
        for index in negated
        for word in said[index + 1 : index + 4]
    )


def _negated(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether the clause denies what a buyer wants to be true ("virker ikke troværdig",
    "I don't think I need it"): a negation before the match in its clause, not a question."""
    if _asked(text, found.end()):
        return False
    words = _clause_before(text, found.start(), languages)
    if words[:1] and words[0] in _words(CONDITIONALS, languages):
        return False
    return bool(_negations_in(words, languages))


def _absence_around(text: str, found: re.Match[str], languages: Languages) -> bool:
    """Whether the match's clause says it is missing or poor: "no VAT number", "kein
    Impressum gefunden", "Umsatzsteuer-ID fehlt", "couldn't find any reviews"."""
    start = max((m.end() for m in _PUNCTUATION.finditer(text, 0, found.start())), default=0)
    end = _PUNCTUATION.search(text, found.end())
    clause = text[start : end.start() if end else len(text)]
    return any(ABSENCE[language].search(clause) for language in languages)


def _without_legal_notice(text: str) -> str:
    """`text` up to a legal notice ("This email is confidential ..."): not the customer's."""
    for found in LEGAL_NOTICE.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, found.start())), default=0)
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
# Per language: "reason: label", then the pattern on the indented lines below it (joined as
# they are). Patterns are case-blind; \\w* lets a stem take its endings and compounds
# ("fragt" in "fragten", "Versand" in "Versandkosten"). "A ~ B" is A, then B within 40
# characters of the same sentence; "A ~~ B" the same in either order; {site} the language's
# words for the shop's pages and buttons, defined as "site =".

NEAR = 50
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
    names = {"amount": AMOUNT} | {head: pattern for head, pattern in entries if ":" not in head}
    rules = []
    for head, pattern in entries:
        if ":" in head:
            reason, label = (part.strip() for part in head.split(":", 1))
            for _ in range(2):  # a name may use another
                for name, value in names.items():
                    pattern = pattern.replace("{" + name + "}", value)  # noqa: PLW2901
            rules.append((reason, label, _expanded(_transliterated(pattern), language)))
    return rules


# How the letters are typed on a keyboard without them: "gaar", "foer", "Groesse".
TRANSLITERATIONS = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def _transliterated(pattern: str) -> str:
    """`pattern`, with each letter also matched as it is typed without it."""
    for letter, typed in TRANSLITERATIONS.items():
        pattern = pattern.replace(letter, f"(?:{letter}|{typed})")
    return pattern


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
site =
    \b(?:hjemmeside\w*|siden|siderne|webshop\w*|knap\w*|app(?:en)?|kassen|checkout
    |kurv(?:en)?|link(?:et)?)\b
shop =
    \b(?:butik\w*|webshop\w*|netbutik\w*|hjemmeside\w*|side\w*|firma\w*|shop\w*|jer)\b
cost =
    \b(?:fragt\w*|forsendelse\w*|porto\w*|levering(?!sadresse)\w*|leveringsomkostning\w*|total\w*
    |samlede pris)
dear =
    \b(?:dyr\w*|høj\w*|for meget|vanvittig\w*|urimelig\w*|voldsom\w*|saftig\w*|koste\w*
    |gebyr\w*|mere end|i overkanten|steget|hævet)
payment: kortet blev afvist
    \b(?:kort\w*|dankort|visa\w*|mastercard|betaling\w*|transaktion\w*|mobile ?pay|apple ?pay
    |paypal|klarna) ~~ \b(?:afvis\w*|fejle\w*|ikke gennemføre\w*
    |ikke godkendt|ikke gennemført|gik ikke igennem|ville ikke|virke\w* ikke|blokeret)
payment: betalingen gik ikke igennem
    \bgik ikke igennem\b
payment: kunne ikke betale
    \b(?:kunne|kan) ikke (?:betale|gennemføre betaling\w*)
payment: kunne ikke behandles
    \bbetaling\w* ~ \b(?:kunne ikke|ikke kunne) (?:behandles|gennemføres|godkendes)
payment: ikke accepteret
    \bbetaling\w* ~ \b(?:ikke accepteret|afbrudt)
payment: betalingsmåde
    \b(?:mobile ?pay|klarna|paypal|apple ?pay|google ?pay|viabill|anyday|dankort
    |3-?d[ -]?secure|mitid|nemid|kortbetaling\w*|kreditkort\w*|betalingsm(?:etode|åde
    |ulighed)\w*|faktura\w*)
payment: problemer med betalingen
    \b(?:problem\w*|fejl\w*|bøvl|besvær\w*)\s+(?:med|ved|i)\s+(?:at\s+)?(?:betal\w*|kort\w*)
payment: banken
    \bbank\w* ~~ \b(?:kode\w*|godkend\w*|bekræft\w*|afvis\w*|tiden løb ud)
payment: siden frøs ved betalingen
    \bbetal\w* ~~ \b(?:frøs|fryser|hang|hænger|gik ned|crash\w*|fejl\w*|virke\w* ikke|loade\w*)
price: fragt for dyr
    {cost} ~~ {dear}
price: ikke pengene værd
    \bikke (?:\w+ ){0,3}værd\b|\buden (?:\w+ )?værdi\b
price: et beløb
    {amount} ~~ (?:{dear}|{cost}|\b(?:rigeligt|for meget))
price: mere end jeg ville
    \bmere end jeg (?:\w+ ){0,3}(?:give|betale|bruge)\b|\bover (?:mit|vores) budget\b
price: for dyr
    \b(?:for|alt for|lidt for|meget|ret|temmelig|rigtig|virkelig|er|var|synes)\s+dyr[te]?\b
    |\bdyrt\b
price: dyrere end andre
    \bdyrere\b|\bdyreste\b
price: billigere andre steder
    \bbillig(?:ere|st)\b|\bfor mindre\b
price: rabatkode
    \b(?:rabat\w*|kampagnekode\w*|gratis fragt)
price: tilbud (weak)
    \b(?:tilbud\w*|udsalg\w*)
price: prisen
    \bpris\w* ~~ {dear}
price: har ikke råd
    \bikke råd\b|\bbudget\w*
price: told
    \btold\w*
price: moms (weak)
    \bmoms\b
delivery: levering
    \blevering(?!sadresse)\w*|\bleveret\b|\bleveres\b|\blevere\b
delivery: afhentning
    \b(?:afhent\w*|pakkeshop\w*|pakkeboks\w*|posthus\w*|udleveringssted\w*|døgnpost
    |hente (?:den|dem|varen|varerne|pakken))
delivery: fragtfirma
    \b(?:gls|postnord|dao|bring|dhl|(?-i:UPS)|budbee|instabox|fedex)\b
delivery: sende til udlandet
    \b(?:sende\w*|sender|levere\w*|fragt\w*) ~ \btil (?:udlandet|norge|sverige|tyskland
    |grønland|færøerne|island|finland|england)\b
delivery: sender I
    \b(?:kan|vil) (?:i|du) (?:\w+ ){0,3}(?:sende|levere)\b|\b(?:sender|leverer) (?:i|du)\b
delivery: i tide
    \b(?:før|inden) (?:jul|weekenden|påske|fredag|lørdag|søndag)\b|\bi tide\b
    |\bnå(?:r)? (?:i|den|det|pakken) (?:det|frem)\b|\bnå(?:r)? frem\b|\bkomme\w* frem\b(?! til)
delivery: hvornår kommer den
    \bhvornår\b ~ \b(?:få (?:den|det|dem|pakken|varen|varerne)|modtage|fremme|kommer (?:den|det|de
    |pakken|varen|varerne|ordren)|ankommer|sendt|afsendt)\b
delivery: vente på pakken
    \bvente\w* på (?:pakken|varen|varerne|ordren|leveringen)\b
delivery: hvor længe skal man vente
    \bhvor (?:lang tid|længe) ~ \bvente\b
delivery: forsendelse
    \bforsendelse\w*|\bafsend(?!er)\w*
delivery: hvor lang tid
    \bhvor (?:lang tid|længe|hurtigt) ~ \b(?:tage\w*|tager|går|varer|levere\w*|fremme|kommer
    |ankommer|sendt)\b
trust: aldrig hørt om jer
    \baldrig hørt (?:om|af)\b|\bukendt\w*
trust: kender ikke butikken
    \bkend(?:er|te) (?:slet )?ikke (?:noget )?(?:til )?(?:jeres )?{shop}
trust: butikker jeg ikke kender
    {shop} ~ (?P<focus>\b(?:jeg |vi |man )?ikke (?:kend\w*|hørt om))
trust: firmaoplysninger (absent)
    \b(?:cvr\w*|adresse\w*|firmaoplysning\w*|kontaktoplysning\w*|telefonnummer\w*|kundeservice\w*
    |info\w* om (?:jer|firmaet|butikken|virksomheden))
trust: seriøs butik
    \b(?:seriøs\w*|useriøs\w*|troværdig\w*|pålidelig\w*|svindel\w*|snyd\w*|fup\w*|scam
    |falsk\w*|mistænk\w*|lyssky)
trust: dårlig omtale
    \b(?:dårlig\w*|negativ\w*|grim\w*) (?:ting|historier|erfaring\w*|omtale) om\b|\bklage\w* over\b
trust: ikke på nettet (absent)
    \b(?:google\w*|nettet|internettet|online)\b
trust: bange for mine kortoplysninger
    \b(?:bange|nervøs|utryg\w*|bekymre\w*) ~ \b(?:kort\w*|oplysninger|data)
trust: hvem står bag (absent)
    \bhvem (?:der )?står bag\b
trust: utilpas
    \b(?:føle\w*|følte) mig (?:ikke )?(?:tryg|sikker)\b|\butilpas\b
trust: anmeldelser (absent)
    \b(?:anmeldelse\w*|trustpilot|e-?mærke\w*|omtale\w*)
trust: trygt at handle
    \btryg\w*|\bsikker(?:t)? at (?:handle|købe|bestille|betale)|\b(?:tør
    |turde) (?:ikke )?(?:handle|købe|bestille|betale)
trust: en rigtig virksomhed
    \b(?:en )?rigtig (?:virksomhed|butik|forretning|firma)\b|\bikke sikker på,? om (?:i|jeres|siden
    |butikken|det er)\b
trust: til at stole på
    \bstole på\b|\b(?:ingen |ikke )?tillid\b|\busikker på,? om (?:i|jeres|siden|butikken
    |det er)\b|\bægte\b
trust: mine data
    \b(?:mine|min)\s+(?:data|oplysninger|personoplysninger|e-?mail\w*|mailadresse)|\bgdpr\b
    |\bpersondata\w*
technical: siden virkede ikke
    {site} ~ \b(?:virke\w* ikke|fungere\w* ikke|frøs|fryser|frosset|hang|hænger|crash\w*
    |gik ned|loade\w*|indlæs\w*|fejl\w*|reagere\w* ikke|forsvandt|blank|tømt\w*|tømmes)
technical: fejl på siden
    \bfejl\w* ~ {site}
technical: kunne ikke logge ind
    \blogge? (?:ind|på)\b|\blogin\b|\badgangskode\w*|\bkodeord\w*
technical: blank side
    \b(?:hvid|blank|tom) (?:side|skærm)\b|\bkom ikke videre\b
    |\b(?:lod|ville) (?:den |siden )?mig ikke\b
technical: ugyldig
    \bugyldig\w*|\bnulstill\w*
technical: forkert postnummer
    \b(?:postnummer|postnr|adressefelt\w*|felt\w*) ~~ \b(?:forkert|ugyldig\w*|ikke gyldig)
technical: fik en fejl
    \b(?:fik|får|kom) (?:\w+ ){0,3}fejl\w*|\bfejl\w* (?:kode )?[45]0\d\b
    |\b(?:ville|vil) ikke (?:indlæse|loade|åbne)\b|\blukkede (?:\w+ )?ned\b|\bblev tom\b
    |\b(?:kunne|kan) ikke åbne\b|\bfik ikke åbnet\b
technical: teknisk fejl
    \bfejl ?(?:meddelelse|besked|kode)\w*|\berror\b|\bteknisk\w*|\bbug\w*|\bnedbrud
technical: kunne ikke trykke
    \b(?:kunne|kan) ikke (?:\w+ )?(?:trykke|klikke|vælge|tilføje|lægge)\b
technical: virkede ikke
    \b(?:virke\w*|fungere\w*) ikke\b
technical: der skete ikke noget
    \bskete (?:ikke noget|ingenting|intet)\b|\b(?:smed|smide\w*) mig ud\b
changed_mind: fortrudt
    \b(?:fortr(?:udt|yder|ød)|ombestemt|skiftet mening|ændre[td]? mening|kom i tanke om)
changed_mind: valgt noget andet
    \bvalg(?:t|te) (?:en|et|noget) (?:\w+ )?(?:anden|andet)\b
changed_mind: en lignende
    \b(?:købt|købte|fundet|fandt|fik|taget) (?:en|et|noget) (?:\w+ )?lignende\b
    |\b(?:bare|kun) nysgerrig\b|\bhar (?:jo )?allerede (?:en|et|to|nok)\b
changed_mind: købt noget andet
    \b(?:købt|købte) (?:noget|en|et) (?:\w+ )?(?:andet|anden|brugt)\b|\bventer med det\b
changed_mind: fundet noget andet
    \bf(?:undet|andt) (?:noget|en|et) (?:andet|anden)\b
changed_mind: købt et andet sted
    \b(?:købt|købte|køber|handlet|handlede|bestilt|bestilte)\b ~ \b(?:et andet sted
    |andetsteds|hos (?:en|et) (?:anden|andet)|i (?:(?:en|den|et|det) )?(?:\w+ )?butik\w*|lokalt
    |i stedet)
changed_mind: har ikke brug for den
    \b(?:ikke|ingen)\s+(?:længere\s+)?(?:\w+ )?brug for\b|\bbehøver (?:den |dem |det )?ikke\b
changed_mind: kiggede bare
    \b(?:bare|blot|kun)\s+(?:lige\s+)?(?:kigge\w*|kikke\w*|undersøge\w*)|\bkiggede bare\b
changed_mind: fået den i gave
    \b(?:fik|fået|fåt) (?:den|det|dem|en|et|én) (?:\w+ )?i (?:gave|fødselsdagsgave|julegave)\b
    |\b(?:valgt|besluttet) (?:mig for )?at vente\b|\bventer (?:hellere|lige)\b
changed_mind: ikke interesseret
    \bikke (?:længere )?interesseret\b|\balligevel ikke\b|\bikke alligevel\b
    |\bbesluttet (?:mig for )?at (?:vente|lade være)|\bbesluttet (?:\w+ )?at (?:\w+ )?ikke\b
    |\bikke (?:\w+ ){1,5}alligevel\b|\bløst det på (?:en )?anden måde\b
changed_mind: skal ikke bruge den
    \bskal ikke (?:bruge|have) (?:den|dem|det|noget)\b|\b(?:ville|skulle) bare (?:se|kigge|tjekke)\b
changed_mind: har allerede købt den
    \b(?:har|havde) (?:allerede|nu) (?:købt|bestilt|fået)\b|\bendte med at købe\b
question: et tilbud på
    \btilbud på \d|\btilbud på (?:et|en|flere)\b
question: størrelse og lager
    \b(?:passer|passe)\b|\bstørrelse\w*|\bpå lager\b|\bmateriale\w*|\bfarve\w*
    |\bmål(?:ene)?\b
question: spørgsmål om varen
    \b(?:kan|vil|er|har|findes|fås|kommer|holder|tåler)\s+(?:den|det|de|man
    |i)\b[^.!\n]{0,80}\?
question: spørgsmål
    \b(?:hvor|hvilke?n?|hvad|hvordan|hvorfor|hvornår)\b[^.!\n]{0,80}\?
""",
    "nb": r"""
site =
    \b(?:nettside\w*|siden|sidene|nettbutikk\w*|knapp\w*|app(?:en)?|kassen|checkout
    |handlekurv\w*|lenke\w*)\b
shop =
    \b(?:butikk\w*|nettbutikk\w*|nettside\w*|side\w*|firma\w*|selskap\w*|dere)\b
cost =
    \b(?:frakt\w*|porto\w*|levering(?!sadresse)\w*|sending\w*|total\w*|sluttsum\w*)
dear =
    \b(?:dyr\w*|høy\w*|for mye|drøy\w*|stiv\w*|urimelig\w*|saftig\w*|kost\w*|gebyr\w*|mer enn
    |like mye som|i overkant\w*|økt|steget)
payment: kortet ble avvist
    \b(?:kort\w*|visa\w*|mastercard|betaling\w*|transaksjon\w*|vipps|apple ?pay|paypal
    |klarna) ~~ \b(?:avvis\w*|stoppa?\w* opp|ikke gjennomføre\w*
    |avslått|feil\w*
    |ikke godkjent|ikke gjennomført|gikk ikke gjennom|ville ikke|virke\w* ikke|fungerte ikke
    |blokkert)
payment: betalingen gikk ikke gjennom
    \bgikk ikke gjennom\b
payment: kunne ikke betale
    \b(?:kunne|kan) ikke (?:betale|fullføre betaling\w*)
payment: kunne ikke behandles
    \bbetaling\w* ~ \b(?:kunne ikke|ikke kunne) (?:behandles|gjennomføres|godkjennes)
payment: ikke akseptert
    \bbetaling\w* ~ \b(?:ikke akseptert|avbrutt)
payment: betalingsmåte
    \b(?:vipps|klarna|paypal|apple ?pay|google ?pay|3-?d[ -]?secure|bankid|kredittkort\w*
    |betalingsm(?:åte|etode)\w*|delbetaling\w*|faktura\w*)
payment: problemer med betalingen
    \b(?:problem\w*|feil\w*|trøbbel|krøll)\s+(?:med|ved)\s+(?:å\s+)?(?:betal\w*|kort\w*
    |vipps)
payment: banken
    \bbank\w* ~~ \b(?:kode\w*|godkjen\w*|bekreft\w*|avvis\w*|tiden løp ut)
payment: siden hang ved betalingen
    \bbetal\w* ~~ \b(?:hang|henger|frøs|krasj\w*|feil\w*|virke\w* ikke|fungerte ikke|laste\w*)
price: frakten for dyr
    {cost} ~~ {dear}
price: ikke verdt pengene
    \bikke (?:\w+ ){0,3}verdt\b
price: et beløp
    {amount} ~~ (?:{dear}|{cost}|\b(?:rikelig|for mye))
price: mer enn jeg ville
    \bmer enn jeg (?:\w+ ){0,3}(?:betale|bruke)\b|\bover (?:budsjettet|mitt budsjett)\b
price: for dyr
    \b(?:for|altfor|litt for|veldig|ganske|er|var|synes)\s+dyr[te]?\b|\bdyrt\b
price: billigere andre steder
    \bbillig(?:ere|st)\b|\bfor mindre\b
price: rabattkode
    \b(?:rabatt\w*|kampanjekode\w*|gratis frakt)
price: tilbud (weak)
    \b(?:tilbud\w*|salg\w*)
price: prisen
    \bpris\w* ~~ {dear}
price: har ikke råd
    \bikke råd\b|\bbudsjett\w*
price: toll
    \btoll\w*
price: moms (weak)
    \bmoms\b
delivery: levering
    \blevering(?!sadresse)\w*|\blevert\b|\bleveres\b|\blevere\b
delivery: hentested
    \b(?:hentested\w*|pakkeboks\w*|postkontor\w*|utleveringssted\w*|post i butikk
    |hente (?:den|dem|varen|varene|pakken))
delivery: fraktselskap
    \b(?:bring|postnord|(?<!-)posten|helthjem|porterbuddy|dhl|(?-i:UPS)|instabox|budbee)\b
delivery: sende til utlandet
    \b(?:sende\w*|levere\w*|frakt\w*) ~ \btil (?:utlandet|sverige|danmark|finland|island
    |svalbard|norge)\b
delivery: sender dere
    \b(?:kan|vil) dere (?:\w+ ){0,3}(?:sende|levere)\b|\b(?:sender|leverer) dere\b
delivery: i tide
    \b(?:før|innen) (?:jul|helga|helgen|påske|fredag|lørdag|søndag)\b|\bi tide\b
    |\brekke\w* (?:den |det |pakken )?fram\b|\bkomme\w* fram\b(?! til)
changed_mind: løst det
    \bløst det på en annen måte\b|\bklarer meg (?:\w+ ){0,4}(?:uten|med den gamle)\b
delivery: når kommer den
    \bnår\b ~ \b(?:få (?:den|det|dem|pakken|varen|varene)|motta|fram(?! til)|kommer (?:den|det|de
    |pakken|varen|varene|ordren)|sendt)\b
delivery: hvor lang tid
    \bhvor (?:lang tid|lenge|fort) ~ \b(?:ta\w*|tar|går|levere\w*|fram|kommer|sendt)\b
delivery: vente på pakken
    \bvente\w* på (?:pakken|varen|varene|ordren|leveringen)\b
delivery: hvor lenge må man vente
    \bhvor (?:lang tid|lenge) ~ \bvente\b
delivery: sending
    \bsending\w*|\bsendes\b
trust: aldri hørt om dere
    \baldri hørt om\b|\bukjent\w*
trust: kjenner ikke butikken
    \bkjen(?:ner|te) (?:ikke|ikkje) (?:noe )?(?:til )?{shop}
trust: butikker jeg ikke kjenner
    {shop} ~ (?P<focus>\b(?:jeg |eg |vi |man )?(?:ikke|ikkje) (?:kjen\w*|hørt om))
trust: firmaopplysninger (absent)
    \b(?:org(?:anisasjons)?\.? ?n(?:umme)?r\w*|adresse\w*|firmaopplysning\w*
    |kontaktinformasjon|telefonnummer\w*|kundeservice\w*|info\w* om (?:dere|firmaet|butikken
    |selskapet))
trust: seriøs butikk
    \b(?:seriøs\w*|useriøs\w*|pålitelig\w*|svindel\w*|svindl\w*|lureri|scam|falsk\w*
    |mistenk\w*|tvilsom\w*)
trust: dårlig omtale
    \b(?:dårlig\w*|negativ\w*) (?:ting|historier|erfaring\w*|omtale) om\b|\bklage\w* på\b
trust: ikke på nettet (absent)
    \b(?:google\w*|nettet|internett|online)\b
trust: redd for kortopplysningene
    \b(?:redd|nervøs|utrygg\w*|bekymre\w*) ~ \b(?:kort\w*|opplysninger|data)
trust: hvem står bak (absent)
    \bhvem (?:som )?står bak\b
trust: utilpass
    \butilpass\b
trust: anmeldelser (absent)
    \b(?:anmeldelse\w*|trustpilot|omtale\w*|trygg e-handel)
trust: trygt å handle
    \btrygg\w*|\bsikker(?:t)? å (?:handle|kjøpe|bestille|betale)|\btør (?:ikke )?(?:handle
    |kjøpe|bestille|betale)
trust: et ekte firma
    \b(?:et )?(?:ekte|ordentlig|seriøst) (?:firma|selskap|butikk)\b|\bikke sikker på,? om (?:dere
    |nettsiden|butikken|det er)\b
trust: stoler ikke på
    \bstole[rt]? (?:ikke )?(?:helt )?på\b|\b(?:ingen |ikke )?tillit\b|\busikker på om\b|\bekte\b
trust: mine data
    \b(?:mine|min)\s+(?:data|opplysninger|personopplysninger|e-?post\w*)|\bgdpr\b
    |\bpersonvern\w*
technical: siden virket ikke
    {site} ~ \b(?:virke\w* ikke|fungerte ikke|fungerer ikke|frøs|fryser|hang|henger|krasj\w*
    |kræsj\w*|gikk ned|laste\w*|feil\w*|reagerte ikke|forsvant|blank|tømt\w*|tømmes)
technical: feil på siden
    \bfeil\w* ~ {site}
technical: kunne ikke logge inn
    \blogge (?:inn|på)\b|\binnlogging\w*|\bpassord\w*
technical: blank side
    \b(?:hvit|blank|tom) (?:side|skjerm)\b|\bkom ikke videre\b|\blot (?:den |siden )?meg ikke\b
technical: ugyldig
    \bugyldig\w*|\bnullstil\w*
technical: feil postnummer
    \b(?:postnummer|postnr|adressefelt\w*|felt\w*) ~~ \b(?:feil|ugyldig\w*|ikke gyldig)
technical: fikk en feil
    \b(?:fikk|får|kom) (?:\w+ ){0,3}feil\w*|\bfeil\w* (?:kode )?[45]0\d\b|\b(?:fikk|får) ikke opp\b
    |\bble tom\b|\btom av seg selv\b|\blukket seg\b|\bhang seg opp\b
technical: teknisk feil
    \bfeilmelding\w*|\berror\b|\bteknisk\w*|\bbug\w*
technical: fikk ikke trykket
    \b(?:kunne|kan|fikk) ikke (?:\w+ )?(?:trykke\w*|klikke\w*|velge|valgt|lagt|legge)\b
technical: virket ikke
    \b(?:virke\w*|fungerte|fungerer|funker) ikke\b
changed_mind: ombestemt meg
    \b(?:angre[rt]?|ombestem\w*|endret mening|skiftet mening|tenkt meg om)
    |\bbestemt meg for å vente\b
changed_mind: valgt noe annet
    \bvalg(?:t|te) (?:en|et|ei|noe) (?:\w+ )?(?:annen|annet|anna)\b|\bf(?:unnet
    |ant) en (?:\w+ )?lignende\b
changed_mind: en lignende
    \b(?:kjøpt|kjøpte|funnet|fant|fikk|tatt) (?:en|ei|et|noe) (?:\w+ )?lignende\b
    |\bbare nysgjerrig\b|\bhar (?:jo )?allerede (?:en|ei|et|to|nok|for mange)\b
changed_mind: kjøpt noe annet
    \b(?:kjøpt|kjøpte) (?:noe|en|ei|et) (?:\w+ )?(?:annet|annen|brukt)\b|\bventer med det\b
    |\butsetter det\b
changed_mind: funnet noe annet
    \bf(?:unnet|ant) (?:noe|en|et) (?:annet|annen)\b
changed_mind: kjøpt et annet sted
    \b(?:kjøpt|kjøpte|handlet|bestilt|bestilte)\b ~ \b(?:et annet sted|andre steder
    |hos (?:en|et) (?:annen|annet)|i (?:(?:en|ei|et|den|det) )?(?:\w+ )?butikk\w*|lokalt|i stedet)
changed_mind: kjøpt i en annen butikk
    \b(?:kjøpt|kjøpte|handlet|bestilt|bestilte)\b[^.!?\n]{0,30}\b(?:i|hos|fra) en annen\b
    |\b(?:har|hadde) (?:allerede|nå) (?:kjøpt|bestilt|fått)\b
changed_mind: trenger den ikke
    \b(?:ikke|ingen)\s+(?:lenger\s+)?(?:bruk|behov) for\b|\btrenger (?:(?:den|dem|det) )?ikke\b
changed_mind: bare så
    \b(?:bare|kun)\s+(?:så|kikket|kikke\w*|titte\w*|sjekke\w*)\b
changed_mind: fått den i gave
    \b(?:fikk|fått) (?:den|det|dem|en|ei|et) (?:\w+ )?i (?:gave|bursdagsgave|julegave)\b
    |\bventer heller\b
changed_mind: ikke interessert
    \bikke (?:lenger )?interessert\b|\blikevel ikke\b|\bikke likevel\b
question: størrelse og lager
    \b(?:passer|passe)\b|\bstørrelse\w*|\bpå lager\b|\bmateriale\w*|\bfarge\w*
    |\bmål(?:ene)?\b
question: spørsmål om varen
    \b(?:kan|vil|er|har|finnes|fås|kommer|tåler)\s+(?:den|det|de|man|dere)\b[^.!\n]{0,80}\?
question: spørsmål
    \b(?:hvor|hvilke?n?|hva|hvordan|hvorfor|når)\b[^.!\n]{0,80}\?
""",
    "sv": r"""
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
    \b(?:kort\w*|visa\w*|mastercard|betalning\w*|transaktion\w*|köpet|swish\w*|apple ?pay
    |paypal|klarna|mobilepay|bankid|faktura\w*) ~~ \b(?:nek\w*|godkände inte|kunde inte genomföras
    |avvis\w*|avslag\w*|fel\w*|sa nej|gick inte|godtogs inte|godtas inte|accepteras inte
    |inte godkän\w*|gick inte igenom|ville inte|fungera\w* (?:inte|ej)|funka\w* (?:inte|ej)|spärr\w*
    |misslyck\w*|declin\w*|avböjd\w*|strula\w*|krångla\w*|stöds inte|inte stöds|stöds ej
    |inte accepteras
    |öppnades (?:inte|aldrig)|öppnas (?:inte|aldrig))
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
price: frakten för dyr
    {cost} ~~ {dear}
price: inte värt pengarna
    \binte (?:\w+ ){0,3}vär[dt]\w*\b|\binte prisvärd\w*
price: värt pengarna (absent)
    \b(?:värt|värd|värda) (?:pengarna|priset|det)\b|\bprisvärd\w*
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
    \binte råd\b|\bbudget\w*|\bplånbok\w*
price: tull
    \btull\w*
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
    \b(?:skicka\w*|levere\w*|frakt\w*|skeppa\w*) ~ \btill (?:utlandet|norge|danmark|finland|åland
    |island|tyskland|sverige|estland|europa|eu|usa|england|storbritannien)\b
delivery: utomlands
    \butomlands\b|\btill åland\b
delivery: skickar ni
    \b(?:kan|skickar|levererar) ni (?:\w+ ){0,3}(?:skicka|leverera|till|hem)\b|\b(?:skickar
    |levererar|skeppar) ni\b
delivery: i tid
    \b(?:före|innan|till|senast|tills) (?:\w+ )?(?:jul\w*|helgen|påsk\w*|midsommar\w*|nyår\w*
    |måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|födelsedag\w*|kalas\w*|bröllop\w*
    |semester\w*|resan|den \d{1,2}|\d{1,2}[./]\d{1,2})\b|\bi tid\b
    |\bhinn\w* (?:\w+ ){0,3}(?:fram|komma|levere\w*|skicka\w*|innan|före|till)\b|\bkomma fram\b
delivery: leveranstid
    \bleveranstid\w* ~~ \b(?:lång\w*|för\b|veckor|dagar|alldeles)
delivery: för långsamt
    \b(?:för lång tid|för länge|snabbare|expressfrakt\w*|express
    |snabbleverans\w*|lång leveranstid|leveranstid\w*|veckors leverans\w*)\b
delivery: vänta på paketet
    \bvänta\w* på (?:paketet|varan|varorna|ordern|leveransen)\b
delivery: hur länge får man vänta
    \bhur (?:lång tid|länge) ~ \bvänta\b
delivery: när kommer den
    \bnär\b ~ \b(?:få (?:den|det|dem|paketet|varan|varorna)|(?:kan|ska) (?:den|det|paketet
    |varan|ni) (?:komma|skicka)|kommer (?:den|det|de|paketet|varan|varorna
    |ordern)(?! (?:\w+ )?(?:i fler|i andra|i nya|tillbaka
    |in i|i lager|i storlek))|fram
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
    |orgnr|org\.? ?nr|fo-?nummer|adress|telefonnummer|kontaktuppgift\w*|returrätt\w*)[^.!\n]{0,40}\?
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
    \b(?:google(?!-?(?:kont|inlogg|login|pay|tunnu|tili))\w*|nätet|internet|online)\b
trust: rädd för kortuppgifterna
    \b(?:rädd|nervös|orolig) ~ \b(?:kort\w*|uppgifter|data)
trust: vem står bakom (absent)
    \bvem (?:som )?(?:står bakom|driver|äger)\b
trust: otrygg
    \botrygg\w*|\bobekväm\w*|\bhemmagjord\w*|\bosäkert?\b
trust: recensioner (absent)
    \b(?:recension\w*|omdöme\w*|trustpilot|trygg e-handel|prisjakt)
trust: vågar inte handla
    \b(?:våga\w*|törs|vågade) (?:\w+ )?(?:handla|köpa|beställa|betala|lämna|ge)\b
trust: ett riktigt företag
    \b(?:ett )?riktigt företag\b|\b(?:en )?riktig butik\b|\binte säker på,? om (?:ni|er|sidan
    |butiken|det är)\b|\bfinns (?:ni|ni ens|företaget) på riktigt\b
trust: litar inte på
    \blita[rt]? (?:inte )?(?:riktigt )?på\b|\blitade (?:inte )?på\b|\b(?:inget )?förtroende\b
    |\bosäker på om\b|\bäkta (?:butik|företag|sida)\b
trust: mina uppgifter
    \b(?:mina|min)\s+(?:uppgifter|data|personuppgifter|e-?post\w*|mejl\w*|mailadress
    |kortuppgifter)|\bgdpr\b|\bpersonuppgift\w*
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
    \blogga (?:in|på)\b|\binloggning\w*|\blösenord\w*|\bkonto\w*|\bregistrera\w*
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
    |inte giltig|fungera\w* (?:inte|ej)|funka\w* (?:inte|ej)|gick inte|går inte)
technical: försvann
    \b(?:\w*alternativ\w*|\w*knapp\w*|varor(?:na)?|varukorg\w*|fält\w*|val(?:en)?) ~~ \b(?:försvann
    |försvinner|försvunn\w*|syns inte|syntes inte|grå\w*|gråad\w*|utgråad\w*)
technical: fick ett fel
    \b(?:fick|får|kom) (?:\w+ ){0,3}fel\w*|\bfel\w* (?:kod )?[45]0\d\b|\böppnas inte\b
    |\bgick inte att öppna\b|\bladdade (?:bara )?och laddade\b|\b404\b|\b50[023]\b
technical: tekniskt fel
    \bfelmeddelande\w*|\berror\w*|\btekniskt?\b|\bbugg\w*|\bfelkod\w*
technical: kunde inte klicka
    \b(?:kunde|kan) (?:inte|ej) (?:\w+ )?(?:klicka|trycka|välja|lägga|fylla|ta bort|radera|öka
    |minska
    |skriva|ändra|gå vidare)\b
technical: fungerade inte
    \b(?:fungera\w*|funka\w*) (?:inte|ej)\b(?! för (?:mig|oss))|\bslutade (?:fungera|funka)\b
technical: inget hände
    \bhände (?:ingenting|inget)\b|\binget hände\b|\bhänder (?:ingenting|inget)\b|\binget händer\b
    |\bingenting händer\b|\bingenting hände\b
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
    |\bbehöver (?:den\s|dem\s|det\s)?inte\b(?! (?:\w+ )?(?:påminna|skicka|mejla|maila|höra
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
    \binte (?:längre )?intresserad\b
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
    \binte (?:\w+ ){0,4}(?:pris)?vär(?:t|d|da)\b|\binte (?:\w+ ){0,3}prisvärd\w*
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
    |midsommar\w*|påsk\w*|nyår\w*|\d)
price: för saftigt
    \b(?:för|lite för|alldeles för|väl|rätt|ganska|lite väl) (?:saftig\w*|salt\w*|mastig\w*|högt
    |höga|stor summa)\b
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
    \bvarning\w* ~~ \b(?:webbläsare\w*|certifikat\w*|säker\w*|sidan|chrome|safari)
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
    |reserverats)\b|\bdrogs (?:\w+ )?(?:pengar|från (?:mitt )?kontot)\b|\bdubbeldrag\w*
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
    |\b(?:sidan|systemet|kassan|appen) (?:säger|påstår|visar) (?:\w+ ){0,5}(?:fast|trots att)\b
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
    \breturadress\w*|\bvem (?:jag |man )?(?:ska|kan|bör) (?:kontakta|vända mig till|ringa)\b
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
    \b(?:hört|läst|sett) (?:\w+ ){0,3}(?:att|om) (?:\w+ ){0,4}(?:aldrig|inte) (?:fått|får|fick)\b
trust: finns ni på trustpilot
    \b(?:finns|är) ni\b[^.!?\n]{0,30}\b(?:trustpilot\w*|prisjakt|reco\.se)
changed_mind: paus från shopping
    \bpaus från (?:shopping|shoppandet|att handla|köp\w*)|\bköpstopp\w*|\bshoppingstopp\w*
question: storlek och lager
    \bpassar\b|\bstorlek\w*|\bi lager\b|\bmaterial\w*|\bfärg\w*|\bmått\b
question: fråga om varan
    \b(?:kan|vill|är|har|finns|går|kommer|tål)\s+(?:den|det|de|man|ni)\b[^.!\n]{0,80}\?
question: fråga
    \b(?:hur|vilke?n|vad|varför|när)\b[^.!\n]{0,80}\?
""",
    "fi": r"""
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
    |melkein saman|puolet|tuplasti|kaksinkertai\w*|älytö\w*|järjetö\w*|törke\w*|hävytö\w*)
payment: kortti hylättiin
    \b(?:\w*kortti\w*|\w*kortin\w*|\w*kortil\w*|visa\w*|mastercard|maksu\w*|maksa\w*
    |mobilepay\w*|apple ?pay|google ?pay|paypal\w*|klarna\w*|tilisiir\w*|verkkopank\w*
    |pankkitunnu\w*|lasku\w*) ~~ \b(?:hylät\w*|hylkä\w*|ei mennyt läpi|ei menny läpi
    |ei toimi|ei toiminut|ei toiminu|ei onnistunut|ei onnistunu|epäonnistu\w*|keskeyt\w*
    |ei hyväksy\w*
    |ei hyväksytty|estet\w*|peruuntu\w*|ei käy|ei käyny\w*|ei kelpaa|ei kelvannut|meni pieleen
    |herja\w*|declin\w*|ei aukea|ei auennut|kieltäyty\w*|ei tueta|ei tuettu|ei hyväksytä
    |ei voinut valita|ei voi valita|ei saanut valittua|ei pystynyt valitsemaan)
payment: maksu ei mennyt läpi
    \bei (?:\w+ )?(?:mennyt|menny|menneet) (?:\w+ )?läpi\b
payment: en pystynyt maksamaan
    \b(?:en|ei|emme) (?:pystynyt|voinut|saanut|onnistunut|päässyt|pystyny|pysty|voi|saa|päässy
    |pässy|pääse) (?:\w+ )?maks(?:aa|amaan|ettua|ella|aminen|u)(?!sivu|vaihe|tap|tav)\w*
payment: maksutapa (topic)
    \b(?:mobilepay\w*|klarna\w*|paypal\w*|apple ?pay|google ?pay|3-?d[ -]?secure|verkkopankki\w*
    |pankkitunnu\w*|luottokortti\w*|luottokortil\w*|maksutap\w*|maksutav\w*|lasku\w*
    |osamaksu\w*|walley|paytrail|vipps|tilisiir\w*|erämaksu\w*|maksaa osissa|nordea\w*|op:n
    |op-?mobiil\w*)
payment: ongelma maksussa
    \b(?:ongelm\w*|vika|vikaa|virhe\w*|häiriö\w*|hankaluu\w*) ~~ \bmaks(?!utap|utav)\w*
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
    \btoimitu(?!skulu|smaksu|sosoit)\w*|\btoimitet\w*|\btoimita\w*|\btoimitta\w*
    |\bkotiinkuljetu\w*|\bkotiinkanno\w*|\bovelle\b
delivery: nouto (topic)
    \b(?:nouto\w*|noutopist\w*|noude\w*|noutaa|noudan|pakettiautomaat\w*|pakettipist\w*
    |smartpost\w*|postiin|postista|postitse|r-?kioski\w*|lähipost\w*|pakettiboks\w*)
delivery: kuljetusyhtiö (topic)
    \b(?:posti(?:n|lla|lta|sta|in)?|matkahuol\w*|schenker|dhl|(?-i:UPS)|budbee|postnord|bring
    |gls|omniva|db schenker)\b
delivery: lähettää ulkomaille
    \b(?:lähet\w*|toimit\w*|posti\w*) ~ \b(?:ulkomail\w*|ruotsiin|norjaan|tanskaan
    |ahvenanmaalle|viroon|saksaan|suomeen|ahvenanmaa\w*|eurooppaan|eu-maihin)\b
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
    |takaisin))|saapu\w*|saisin|saan|saisi|lähte\w*|lähet\w*|toimit\w*
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
    |\b(?:(?:en|ei|emme) (?:\w+ ){0,4})?tuntemat\w*
trust: en halua antaa korttitietoja
    \b(?:en|emme) (?:\w+ )?(?:halua|uskalla|viitsi|uskaltanut|halunnut) (?:\w+ )?(?:antaa|laittaa
    |syöttää) (?:\w+ )?(?:\w*kortti\w*|\w*tiedo\w*|\w*tietoj\w*)
trust: onko teillä y-tunnusta
    \b(?:onko|löytyykö|mikä on|missä on|onks|onkos|mistä löytyy)\b[^.!?\n]{0,30}\b(?:y-?tunnu\w*
    |yhteystie\w*|yritystie\w*|puhelinnum\w*|osoitetta|palautusoikeu\w*)[^.!\n]{0,40}\?
trust: en tunne kauppaa
    \b(?:en|emme) (?:\w+ ){0,2}tunne\w* ~ {shop}
trust: yritystiedot (absent)
    \b(?:y-?tunnu\w*|yhteystie\w*|yritystie\w*|käyntiosoit\w*|(?:yrityksen|firman) nim\w*
    |(?:yrityksen|firman|kaupan|teidän
    |fyysi\w*) osoit\w*|puhelinnum(?!\w*(?:ni|si)\b)\w*
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
    \b(?:google(?!-?(?:kont|inlogg|login|pay|tunnu|tili))\w*|netissä|netistä|internetissä
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
    |ei mene läpi|ei menny\w* läpi|ei mennyt läpi|hylät\w*|hylkä\w*)
technical: virheilmoitus
    \bvirheilmoitu\w*|\berror\w*|\btekni\w*|\bbugi\w*|\bvirhekoodi\w*|\b404\b
technical: en voinut klikata
    \b(?:en|ei) (?:voinut|pystynyt|saanut|pysty|voi|pystyny|saa) (?:\w+ )?(?:klikata|painaa
    |valita|lisätä|syöttää|jatkaa|kirjautua|täyttää|vaihtaa|muuttaa|poistaa|avata)\b
technical: ei toiminut
    \bei (?:toimi|toiminut|toiminu|toimineet|auennut|aukea|latautunut|lataudu|reagoi\w*)\b
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
    |löydettiin|hankittiin|tilattiin|löyty) (?:\w+ )
    {0,4}(?:muualta|toisesta (?:\w+ )?(?:kaupasta|liikkeestä|verkkokaupasta)|kivijalka\w*
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
    |\b(?:katselin|selailin|kurkin|vertailin) (?:vain|vaan|vähän)\b
changed_mind: sain lahjaksi
    \bsain (?:\w+ )?lahjaksi\b|\b(?:taidan|päätin) (?:vielä )?odottaa\b
changed_mind: ei kiinnosta
    \bei (?:enää )?kiinnost\w*|\ben ole (?:enää )?kiinnostunut\b
technical: kenttä muuttuu punaiseksi
    \b\w*kenttä\w* (?:\w+ )?(?:muuttu\w* |meni |menee |on |näkyy |muuttui )?(?:punai|punase
    |punane)\w*
    |\b(?:en|emme|enkä|ei) (?:\w+ )?(?:pääse|päässyt|päässy|pässy) (?:\w+ )?eteenpäin\b
changed_mind: jätän ostamatta
    \bpäät(?:in|imme|ettiin|i) (?:\w+ )?(?:odottaa|jättää|luopua|olla ostamatta|olla tilaamatta)\b
    |\bjät\w* (?:\w+ )?(?:ostamatta|tilaamatta|väliin)\b
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
    \buskal(?:lanko|laako|taako|taisinko|lan|taisin|laisin)\b|\bkuka te olette\b|\bkeitä te olette\b
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
    |muutu|päivittynyt|päivity|vähentynyt|näkynyt|tullut voimaan|pienentynyt)\b
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
    \b(?:vähän|aika|ihan|vähän liian|ihan liian|aivan|selvästi
    |reippaasti) liikaa\b(?! (?:\w+ )?(?:viest
    |sähköpost|maile|spämm|mainos|posti))
trust: scämmi
    \bsc(?:a|ä)mm?\w*|\bskämm\w*|\bhuijaus\w*
trust: kuka pyörittää (absent)
    \bkuka (?:\w+ )?(?:pyörittää|omistaa|ylläpitää)\b
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
    |\b(?:sivu\w*|kassa|järjestelmä|sovellus) (?:väittää|sanoo|näyttää) (?:\w+ ){0,5}vaikka\b
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
    \b(?:kuullut|lukenut|luin|kuulin) (?:\w+ ){0,4}(?:ei|eivät|ette) (?:ole )?(?:saaneet|saanut
    |saa)\b
trust: löytyykö teitä trustpilotista
    \b(?:löytyykö|onko|ootteko|oletteko)\b[^.!?\n]{0,30}\btrustpilot\w*
changed_mind: tauko shoppailusta
    \btauko\w* (?:\w+ )?(?:shoppail\w*|ostamise\w*|ostoksi\w*|shoppaami\w*)|\bostolakko\w*
question: koko ja saatavuus
    \b(?:sopii|sopiiko|koon|kokoa|kokoja|kokotaulu\w*|koossa|kokoinen|kokoisen|varasto\w*
    |materiaali\w*|väri\w*|mitat|mitoitu\w*|saatavuu\w*)\b
question: kysymys tuotteesta
    \b(?:onko|voiko|sopiiko|kestääkö|saako|mahtuuko|löytyykö|tuleeko|pitääkö|voinko|saanko
    |pystyykö|käykö|onkohan|voisiko|olisiko)\b[^.!\n]{0,80}\?
question: kysymys
    \b(?:miten|mikä|mitä|miksi|milloin|missä|kuinka|paljonko|mistä|kuka|mitkä)\b[^.!\n]{0,80}\?
""",
    "de": r"""
site =
    \b(?:seite\w*|website|webseite\w*|shop|button|knopf|schaltfläche|warenkorb|kasse
    |checkout|app)\b
shop =
    \b(?:shop\w*|online-?shop\w*|laden|händler\w*|seite\w*|webseite\w*|firma\w*|euch|ihnen)\b
cost =
    \b(?:versand\w*|porto\w*|liefer(?:kosten|gebühr)\w*|gesamt\w*|endpreis\w*|endsumme\w*)
dear =
    \b(?:teuer\w*|hoch|hohe\w*|höher\w*|zu viel|übertrieben\w*|unverschämt\w*|heftig\w*|kost\w*
    |gebühr\w*|mehr als|happig\w*|saftig\w*|gesalzen\w*|gestiegen|erhöht)
payment: Karte abgelehnt
    \b(?:\w*karte\w*|zahlung\w*|bezahlung\w*|transaktion\w*|visa|mastercard|paypal|klarna
    |apple ?pay) ~~ \b(?:abgelehnt|nicht freigegeben|nicht bestätigt|nicht autorisiert
    |abgebrochen|fehlgeschlagen|nicht akzeptiert|nicht durch|ging nicht|funktioniert\w* nicht
    |nicht angenommen|gesperrt|fehler\w*)
payment: konnte nicht bezahlen
    \b(?:konnte|kann|könnte) (?:leider )?(?:nicht|nie) (?:bezahlen|zahlen)\b
payment: konnte nicht verarbeitet werden
    \b(?:zahlung\w*|bezahlung\w*) ~ \bnicht (?:verarbeitet|durchgeführt|abgeschlossen)
payment: Zahlungsart
    \b(?:paypal|klarna|sofort ?überweisung|giropay|apple ?pay|google ?pay|3-?d[ -]?secure
    |rechnungskauf|auf rechnung|vorkasse|lastschrift|zahlungsart\w*|zahlungsmethode\w*
    |ratenzahlung|nachnahme|kreditkarte\w*)
payment: Probleme mit der Zahlung
    \b(?:problem\w*|ärger|schwierigkeit\w*|fehler)\s+(?:mit|bei)\s+(?:der\s+
    |dem\s+)?(?:zahlung\w*|bezahl\w*|\w*karte|paypal|klarna)
payment: Bank-App
    \bbank\w* ~~ \b(?:tan|code|freigabe|freigeg\w*|bestätig\w*|abgelehnt|abgelaufen)\b
payment: Seite hing beim Bezahlen
    \b(?:bezahl\w*|zahlung\w*|zahlen) ~~ \b(?:aufgehängt|hängt|hing|abgestürzt|stürzt|lädt nicht
    |fehler\w*|funktioniert\w* nicht|ging nicht|geht nicht)
price: Versandkosten zu hoch
    {cost} ~~ {dear}
price: nicht wert
    \bnicht (?:\w+ ){0,2}wert\b
price: ein Betrag
    {amount} ~~ (?:{dear}|{cost}|\b(?:zu viel|ganz schön viel))
price: mehr als ich ausgeben wollte
    \büber (?:dem|das), was ich\b|\bmehr als ich (?:\w+ ){0,3}(?:ausgeben|zahlen|bezahlen)\b
price: zu teuer
    \bteuer\w*
price: zu viel Geld
    \bzu viel geld\b|\bkostet (?:mir )?zu viel\b
price: woanders günstiger
    \b(?:günstiger|billiger|preiswerter)\b|\bfür weniger\b
price: Rabattcode
    \b(?:rabatt\w*|gutschein\w*|aktionscode\w*|promocode\w*|versandkostenfrei\w*
    |kostenlose\w* versand)
price: Angebot (weak)
    \bangebot\w*
price: Preis zu hoch
    \bpreis\w* ~~ {dear}
price: nicht leisten
    \bnicht leisten\b|\bbudget\w*
price: Zoll
    \bzoll\w*
delivery: Lieferung
    \bliefer(?!bar|adresse|anschrift)\w*|\bgeliefert\b|\bzustell\w*|\bversand\b|\bverschickt\b
    |\bversend\w*
delivery: Abholung
    \b(?:abhol\w*|packstation\w*|paketshop\w*|postfiliale\w*)
delivery: Paketdienst
    \b(?:dhl|hermes|dpd|gls|(?-i:UPS))\b
delivery: Versand ins Ausland
    \b(?:versand\w*|liefer(?!bar)\w*|schick\w*) ~ \b(?:nach (?:österreich|der schweiz|schweiz
    |italien|dänemark|luxemburg)|ins ausland)\b
delivery: liefert ihr
    \b(?:könnt|können) (?:ihr|sie) (?:\w+ ){0,3}(?:verschicken|versenden|liefern|schicken)\b
    |\b(?:liefert|versendet|verschickt) ihr\b|\b(?:liefern|versenden|verschicken) sie\b
delivery: rechtzeitig
    \bvor (?:weihnachten|ostern|dem wochenende|freitag|samstag)\b|\brechtzeitig\b
    |\bkommt\b[^.!?\n]{0,40}\ban\b
delivery: bis Freitag da
    \b(?:paket|lieferung|bestellung|es|sie|er)\b ~ \bbis (?:\w+ )?(?:montag|dienstag|mittwoch
    |donnerstag
    |freitag|samstag|sonntag|wochenende|\d+)
delivery: bei mir
    \bbei mir (?:wäre|ist|sein)\b
changed_mind: anders gelöst
    \banders gelöst\b
delivery: auf das Paket warten
    \bwarte\w* (?:auf|aufs) (?:das )?(?:paket|lieferung|bestellung|ware)\b
delivery: wann kommt es
    \bwann\b ~ \b(?:komm\w*|ankomm\w*|an|da|erhalt\w*|erhält|bekomm\w*|versend\w*|verschickt
    |geliefert|zugestellt)\b
delivery: wie lange
    \bwie (?:lange|schnell) ~ \b(?:dauer\w*|brauch\w*|liefer(?!bar)\w*|versand\w*|ankomm\w*
    |unterwegs)\b
trust: nie von Ihnen gehört
    \bnie\b[^.!?\n]{0,30}\bgehört\b|\bunbekannt\w*
trust: kenne den Shop nicht
    \bkenn\w* (?:ihren|euren|den|diesen|deinen|ihre|eure) {shop} nicht\b
trust: Shops, die ich nicht kenne
    {shop} ~ (?P<focus>\b(?:die |den |das )?(?:ich |wir |man )?nicht (?:kenn\w*|kannte))
trust: Impressum (absent)
    \b(?:impressum|umsatzsteuer-?id\w*|ust-?id\w*|ust\.?-?idnr\w*|handelsregister\w*
    |firmenanschrift\w*|anschrift|adresse|kontaktdaten|telefonnummer\w*|kundendienst\w*
    |kundenservice\w*|infos? (?:über|zu) (?:euch|ihnen|der firma))
trust: seriöser Shop
    \b(?:seriös\w*|unseriös\w*|vertrauenswürdig\w*|betrug\w*|betrüger\w*|fake\w*|abzocke
    |zweifel\w*|misstrau\w*|dubios\w*)
trust: eine echte Firma
    \b(?:eine )?echte (?:firma|unternehmen|shop)\b|\bnicht sicher,? ob (?:ihr|sie|der shop|die seite
    |es)\b
trust: Shop echt
    \becht\b|\b(?:kein )?vertrau\w*|\bnicht sicher,? ob\b
trust: schlechte Erfahrungen
    \bschlecht\w* (?:dinge|sachen|erfahrung\w*) (?:über|mit)\b|\b(?:beschwerde\w*|warnung\w*)\b
trust: nicht im Netz (absent)
    \b(?:google\w*|internet|netz|online)\b
trust: Angst um meine Daten
    \b(?:angst|sorge\w*|bedenken|mulmig\w*)\b,? (?:\w+ )?[^.!?\n]{0,50}\b(?:\w*daten|karte\w*)
trust: wer dahinter steht (absent)
    \bwer (?:\w+ )?dahinter steht\b
trust: nicht wohl dabei
    \bnicht (?:ganz |so )?wohl\b|\bunwohl\b|\bnur ein postfach\b
trust: Bewertungen (absent)
    \b(?:bewertung\w*|rezension\w*|trustpilot|trusted shops|gütesiegel)
trust: meine Daten
    \b(?:meine|meiner)\s+(?:daten|e-?mail-?adresse)|\bdatenschutz\w*|\bdsgvo\b
    |\bsicher (?:einkaufen|bestellen|bezahlen)|\bwoher haben sie meine
technical: Seite funktionierte nicht
    {site} ~ \b(?:funktioniert\w* nicht|ging nicht|geht nicht|hängt|hing|aufgehängt
    |abgestürzt|stürzt|lädt nicht|lud nicht|laden|fehler\w*|reagiert\w* nicht|leert\w*|geleert)
technical: Fehler auf der Seite
    \bfehler\w* ~ {site}
technical: konnte mich nicht einloggen
    \b(?:einloggen|login|passwort\w*|kundenkonto\w*)\b
technical: leere Seite
    \b(?:weiße|leere|blanke) seite\b|\b(?:kam|komme|kommt) nicht weiter\b|\bneu gelade\w*
    |\blädt\w* (?:\w+ )?neu\b|\bließ mich nicht\b
technical: ungültig
    \bungültig\w*|\bzurückgesetzt\b
technical: falsche Postleitzahl
    \b(?:postleitzahl|plz|adressfeld\w*|feld\w*) ~~ \b(?:falsch\w*|ungültig\w*|nicht gültig)
technical: einen Fehler bekommen
    \b(?:bekomme|bekam|bekommen|kam|kommt) (?:\w+ ){0,3}fehler\w*|\bfehler\w* (?:code )?[45]0\d\b
    |\beingefroren\b|\bfriert\w* ein\b|\blädt (?:ewig|endlos|ständig|und lädt)\b
    |\böffnet sich nicht\b
    |\bließ sich nicht öffnen\b
technical: technischer Fehler
    \bfehlermeldung\w*|\berror\b|\btechnisch\w*|\bbug\w*
technical: konnte nicht klicken
    \b(?:konnte|kann|ließ sich) (?:\w+ ){0,3}nicht (?:\w+ ){0,2}(?:klicken|drücken|auswählen
    |hinzufügen|anklicken)\b
technical: funktionierte nicht
    \b(?:funktioniert\w*|ging|geht) nicht\b
technical: nichts passiert
    \b(?:passiert\w*|tat sich|geschah) (?:gar )?nichts\b|\bnichts (?:passiert|geschah)\b
changed_mind: anders überlegt
    \b(?:anders überlegt|umentschieden|meinung geändert|doch nicht)
changed_mind: dagegen entschieden
    \bdagegen entschieden\b|\bentschieden,? (?:es )?nicht\b
changed_mind: schon gekauft
    \b(?:schon|bereits|inzwischen) (?:gekauft|bestellt)\b
changed_mind: ein ähnliches
    \b(?:gekauft|gefunden|geholt|bestellt)\b ~~ \bähnlich\w*
changed_mind: schon eins
    \bnur neugierig\b|\bhabe? (?:schon|bereits) (?:ein|eine|einen|genug|zu viele)\b
changed_mind: etwas anderes gefunden
    \b(?:etwas|was) anderes (?:gefunden|gekauft|bestellt|geholt)\b|\bgebraucht\w* gekauft\b
    |\bwarte (?:noch )?damit\b|\bverschieb\w* (?:es|das)\b
changed_mind: für ein anderes entschieden
    \bfür (?:ein|eine|einen) (?:\w+ )?(?:andere\w*)\b ~ \bentschieden\b
changed_mind: lieber warten
    \bentschieden,? (?:noch )?(?:zu )?warten\b|\b(?:warte|warten) (?:lieber|doch)\b
changed_mind: woanders gekauft
    \b(?:woanders|anderswo|anderweitig|vor ort|im (?:\w+ )?(?:laden|geschäft)
    |bei (?:einem )?anderen?)\b ~~ \b(?:gekauft|bestellt|geholt)
changed_mind: brauche es nicht mehr
    \bbrauche\b[^.!?\n]{0,20}\bnicht mehr\b|\bkein(?:en)? bedarf\b|\bkein interesse\b
    |\bnicht mehr interessiert
changed_mind: geschenkt bekommen
    \bgeschenkt bekommen\b|\bwarte\w* lieber\b
changed_mind: nur geschaut
    \bnur (?:mal )?(?:geschaut|gestöbert|umgesehen|umschauen|schauen|informier\w*)
question: Größe und Lager
    \bpasst\b|\bgr(?:ö|oe)(?:ß|ss)e\w*|\bauf lager\b|\blieferbar\b|\bverfügbar\w*|\bvorrätig\w*
    |\bmaterial\w*|\bfarbe\w*|\bmaße\b
question: Frage zum Artikel
    \b(?:kann|ist|hat|gibt es|passt|sind|haben sie|habt ihr)\b[^.!\n]{0,80}\?
question: Frage
    \b(?:wie|welche\w*|was|warum|wann|wo|wieso)\b[^.!\n]{0,80}\?
""",
    "it": r"""
site =
    \b(?:sito|pagina|pulsante|bottone|carrello|cassa|checkout|app|link)\b
shop =
    \b(?:negozi\w*|sit[oi]|shop|azienda|ditta|voi)\b
cost =
    \b(?:spese di spedizione|costi? di spedizione|(?<!indirizzo di )spedizion[ei]
    |(?<!indirizzo di )consegn[ae]|trasporto|totale)
dear =
    \b(?:car[oaie]|alt[oaei]|elevat\w*|eccessiv\w*|esagerat\w*|salat[oaie]|tropp[oaie](?! lung
    | lent)
    |cost\w*
    |più (?:del|della|dello|di)|aumentat\w*)
payment: carta rifiutata
    \b(?:cart[ae]\b|pagament\w*|transazion\w*|visa|mastercard|bancomat|postepay|paypal
    |satispay|apple ?pay) ~~ \b(?:rifiutat\w*
    |non (?:è )?(?:stat[oa] )?(?:andat\w*|passat\w*|accettat\w*|autorizzat\w*)|fallit\w*|errore
    |non funziona\w*|bloccat\w*|negat\w*)
payment: non riuscivo a pagare
    \bnon (?:sono riuscit\w*|riuscivo|riesco|potevo|posso) a (?:pagare
    |completare il pagamento)
payment: non va a buon fine
    \b(?:pagament\w*|transazion\w*) ~ \bnon (?:va|andava|è andat[oa]) a buon fine\b
payment: metodo di pagamento
    \b(?:paypal|klarna|satispay|scalapay|apple ?pay|google ?pay|3-?d[ -]?secure|bonifico
    |contrassegno|metod[oi] di pagamento|carta di credito|pagamento a rate)
payment: problemi con il pagamento
    \b(?:problem\w*|difficoltà|errore)\s+(?:con|nel|col|durante)\s+(?:il\s+|la\s+
    |l')?(?:pagament\w*|carta|paypal)
payment: banca
    \b(?:banca|otp|codice sms)\b ~~ \b(?:codice|otp|sms|conferm\w*|autorizz\w*|rifiut\w*|blocc\w*
    |scadut\w*)
payment: il sito si bloccava al pagamento
    \b(?:pagament\w*|pagare|paga) ~~ \b(?:blocca\w*|errore|non funziona\w*|crash\w*
    |non (?:si )?carica\w*)
price: spese di spedizione alte
    {cost} ~~ {dear}
price: non vale
    \bnon vale (?:la pena|quello che costa|il prezzo|i soldi)\b
price: una cifra
    {amount} ~~ (?:{dear}|{cost})
price: più di quanto volevo
    \bpiù di quanto (?:\w+ ){0,3}(?:spendere|pagare)\b
price: troppo caro
    \b(?:troppo|molto|un po'|abbastanza|parecchio)\s+car[oaie]\b|\bcosta(?:no)? troppo\b
price: costa troppo
    \bcosta(?:no|va)? (?:un po' |davvero |decisamente )?troppo\b
price: più economico altrove
    \b(?:più economic\w*|meno car\w*|più conveniente|prezzo migliore)|\b(?:a|per) meno\b
    |\ba (?:un )?prezzo (?:più )?bass\w*
price: codice sconto
    \b(?:codic[ei] sconto|scont[oi]|coupon|spedizione gratuita)\b
price: promozione (weak)
    \b(?:promozion\w*|saldi|offert\w*)\b
price: prezzo alto
    \bprezz\w* ~~ {dear}
price: non posso permettermelo
    \bnon (?:\w+ ){0,2}permetter\w*|\bpermetter\w*|\bbudget\b
price: dogana
    \bdogan\w*
delivery: consegna
    (?<!indirizzo di )\b(?:consegn\w*|spedizion\w*)|\bspedit\w*|\bspedire\b
delivery: punto di ritiro
    \b(?:ritiro|ritirare|punto di ritiro|fermopoint|locker|tabaccheria)\b
delivery: corriere
    \b(?:corriere|brt|gls|dhl|sda|poste|(?-i:UPS)|bartolini)\b
delivery: spedire all'estero
    \b(?:spedi\w*|consegn\w*|invia\w*) ~ \b(?:in (?:svizzera|austria|germania|francia
    |san marino)|all'estero|estero)\b
delivery: spedite
    \b(?:spedite|consegnate|potete (?:spedire|consegnare|inviare))\b
delivery: in tempo
    \bprima di (?:natale|pasqua|sabato|venerdì|domenica)\b|\bin tempo\b
    |\barriv(?:a|ano|erà|eranno|are|o)\b
delivery: aspettare il pacco
    \baspett\w* (?:il pacco|la consegna|l'ordine|la merce)\b
delivery: quando arriva
    \bquando\b ~ \b(?:arriv\w*|consegn\w*|ricev\w*|spedit\w*)
delivery: quanto ci mette
    \b(?:quanto|quanti giorni|quanto tempo) ~ \b(?:ci mett\w*|ci vuole|ci vogliono|arriv\w*
    |impieg\w*)
delivery: quanti giorni
    \bquanti giorni\b|\btempi di consegna\b|\bquanto tempo\b[^.!?\n]{0,40}\barriv\w*
trust: mai sentito
    \bmai sentit[oaie]\b|\bsconosciut\w*
trust: non vi conosco
    \bnon (?:vi |la |lo |li )?conosc\w*
trust: negozi che non conosco
    {shop} ~ (?P<focus>\b(?:che )?non (?:conosc\w*|ho mai sentito))
trust: partita IVA (absent)
    \b(?:partita iva|p\.? ?iva|codice fiscale|ragione sociale|sede(?: legale)?|indirizzo
    |numero di telefono|contatti|servizio clienti|chi siete)
trust: un'azienda vera
    \b(?:azienda|negozio|ditta) ver[oa]\b|\bnon (?:ero|sono) sicur[oa] che (?:foste|siate|il sito)\b
trust: negozio affidabile
    \b(?:affidabil\w*|truff\w*|seri[oa]\b|sospett\w*|fidar\w*|fiducia|falso|fake)
trust: non mi fido
    \b(?:non )?(?:mi |ci )?fid(?:are|arsi|armi|o|avo|ata|ato|ando)\b|\b(?:nessuna |poca )?fiducia\b
trust: recensioni negative
    \b(?:cose|commenti|recensioni|esperienze) (?:negativ\w*|brutt\w*) su\b|\blamentel\w*\b
    |\bparlano male\b
trust: non su internet (absent)
    \b(?:google\w*|internet|online|in rete)\b
trust: paura per i dati della carta
    \b(?:paura|timore|preoccupat\w*) ~ \b(?:dati|carta)\b
trust: chi c'è dietro (absent)
    \bchi c'è dietro\b|\bchi (?:lo )?gestisce\b
trust: a disagio
    \bnon mi sentiv[oa] (?:tranquill[oa]|sicur[oa])\b|\ba disagio\b
trust: recensioni (absent)
    \b(?:recension[ei]|trustpilot|feedback)\b
trust: i miei dati
    \b(?:miei dati|dati personali|privacy|gdpr)\b|\bsicuro (?:acquistare|comprare|pagare)
    |\bcome avete (?:avuto|trovato) (?:la )?mi[ao]
technical: il sito non funzionava
    {site} ~ \b(?:non funziona\w*|bloccat\w*|non (?:si )?carica\w*|errore|crash\w*
    |non rispond\w*|sparit\w*|svuot\w*)
technical: il sito si bloccava
    \b(?:sito|pagina|app|carrello)\b[^.!?\n]{0,40}\bblocca\w*
technical: errore sul sito
    (?<!per )\berror\w* ~ {site}
technical: non riuscivo ad accedere
    \b(?:accedere|login|password|registrazione|account)\b
technical: non valido
    \bnon (?:è )?valid[oa]\b|\bsi (?:è )?azzerat\w*|\bsi azzera\w*
technical: CAP sbagliato
    \b(?:cap|codice postale|indirizzo|campo) ~~ \b(?:sbagliat\w*|errat\w*|non valid\w*)
technical: dava errore
    \b(?:dava|dà|mi dava|esce|usciva|compare|compariva) (?:\w+ ){0,3}error\w*|\berror\w* [45]0\d\b
    |\bnon si (?:apre|apriva)\b|\bnon (?:riesco|riuscivo) ad aprire\b|\bnon (?:fa|faceva|succede
    |succedeva) (?:niente|nulla)\b|\b(?:email|mail|e-mail) di (?:conferma|verifica|attivazione)\b
technical: problema tecnico
    \bmessaggio di errore\b|(?<!per )\berror\w*\b|\bproblem[ai] tecnic[oi]\b|\bbug\b
technical: pagina bianca
    \b(?:pagina|schermata) bianca\b|\bnon (?:mi )?(?:fa|faceva|lascia\w*) (?:andare avanti
    |procedere)|\bnon (?:andava|va) avanti\b|\bsi ricarica\w*|\bcontinua\w* a caricare\b
    |\ball'infinito\b|\bsi (?:è )?chius[oa]\b
technical: non riesco a cliccare
    \bnon (?:riesco|riuscivo|sono riuscit\w*|potevo|posso) a (?:cliccare|premere|selezionare
    |scegliere|aggiungere)\b
technical: non funzionava
    \bnon funziona\w*\b
changed_mind: ho cambiato idea
    \bcambiato idea\b|\bripensat\w*|\bnon (?:mi )?(?:serve|servono)\b|\bdeciso di non\b
    |\brisolto in (?:altro|un altro) modo\b
    |\bnon ne ho più bisogno\b|\bnon (?:mi interessa|sono) più interessat\w*
    |\bnon mi interessa più\b
changed_mind: uno simile
    \b(?:comprat[oa]|pres[oa]|trovat[oa]|ordinat[oa])\b ~ \bsimil[ei]\b
changed_mind: ne ho già
    \bsolo curios[oa]\b|\bho già (?:un|una|uno|troppe|troppi|abbastanza)\b
changed_mind: trovato altro
    \btrovat[oa] (?:qualcos'altro|qualcosa di (?:altro|diverso|meglio)|un'altra|un altro
    |altro)
changed_mind: scelto altro
    \b(?:scelto|optato per|deciso per) (?:un|una|un')(?:\w+ )?(?:altr[oa]|divers[oa])\b
    |\bho deciso di aspettare\b
changed_mind: ripiegato su altro
    \bripiegat\w* su\b|\b(?:comprato|preso) (?:qualcos'altro|altro|un usato|usato)\b|\brimand\w*\b
changed_mind: comprato altrove
    \b(?:comprat\w*|acquistat\w*|ordinat\w*|pres[oa]) ~ \b(?:altrove|da un'altra parte|in un altro
    |in (?:un |il )?negozio|nel negozio|al negozio|dal negozio|da un altro)
changed_mind: l'ho già comprato
    \bl'ho (?:già )?(?:comprat|acquistat|pres|ordinat)[oa]\b|\bho già (?:comprato|acquistato
    |ordinato)\b
changed_mind: me l'hanno regalato
    \b(?:me l'hanno|mi hanno) regalat\w*|\bl'ho ricevut[oa] in regalo\b|\bpreferisco aspettare\b
changed_mind: stavo solo guardando
    \b(?:stavo|sto) solo (?:guardando|curiosando|dando un'occhiata)|\bsolo un'occhiata
question: taglia e disponibilità
    \btagli[ae]\b|\bmisur\w*|\bdisponibil\w*|\bcolor\w*|\bmateriale\b|\bva bene per\b
    |\bè adatt\w*|\bcompatibil\w*
question: domanda sul prodotto
    \b(?:è|ha|avete|c'è|ci sono|si può|posso|può|sono)\b[^.!\n]{0,80}\?
question: domanda
    \b(?:come|quale|quali|quanto|quando|perché|dove|cosa)\b[^.!\n]{0,80}\?
""",
    "en": r"""
site =
    \b(?:site|website|page|button|checkout|cart|basket|app|link|form|box|field)\b
shop =
    \b(?:shops?|stores?|sites?|websites?|companies|company|retailers?|you)\b
cost =
    \b(?:shipping|delivery|postage|freight|p&p|total)
dear =
    \b(?:expensive|too (?:high|much)|costs?|fees?|charges?|steep|a lot|ridiculous|crazy|higher
    |extortionate|over the top|more than|on the high side|a bit much|went up|gone up
    |increased)\b
payment: card declined
    \b(?:card|payment\w*|visa|mastercard|amex|transaction) ~ \b(?:declined|rejected|failed
    |didn't go through|did not go through|wouldn't go through|would not go through
    |(?:not|wasn't|weren't|isn't) accepted|didn't work|did not work|wasn't working|was not working
    |blocked|error)
payment: could not pay
    \b(?:couldn't|could not|can't|cannot|was unable to|wasn't able to)\s+(?:pay
    |complete (?:the |my )?payment)
payment: would not process
    \b(?:payment|card|transaction)s? ~ \b(?:wouldn't|would not|couldn't|could not|didn't
    |did not) (?:be )?process\w*
payment: failed to process
    \bfailed to process\b
payment: payment method (topic)
    \b(?:paypal|klarna|apple ?pay|google ?pay|shop ?pay|afterpay|clearpay|3-?d ?secure
    |verified by visa|securecode|payment methods?|pay by invoice|credit card)
payment: problem with the payment
    \b(?:problem\w*|issue\w*|trouble|difficult\w*)\s+(?:with|paying|during)\s+(?:the\s+
    |my\s+)?(?:payment\w*|card|paying)
payment: bank verification
    \b(?:bank|3-?d ?secure|verification code|otp)\b ~~ \b(?:code|text|app|verif\w*|approv\w*
    |confirm\w*|blocked|declined|timed out|never (?:came|arrived))
payment: the site froze when paying
    \b(?:pay|paying|payment\w*) ~~ \b(?:froze|frozen|crash\w*|hung|stuck|error\w*|tim(?:ed|es
    |ing) out
    |didn't work
    |did not work|not working|wouldn't load|kept loading)
price: shipping too expensive
    {cost} ~~ {dear}
price: not worth the money
    \b(?:not|isn't|wasn't|ain't) (?:\w+ ){0,2}worth\b
price: an amount
    {amount} ~~ (?:{dear}|{cost})
price: more than I wanted to spend
    \bmore than I (?:\w+ ){0,2}(?:wanted|expected|planned|meant)(?: to (?:spend|pay))?\b
price: too expensive
    \btoo (?:expensive|pricey|much|costly)\b|\bexpensive\b|\boverpriced\b
price: pricey
    \bpricey\b|\bcostly\b|\bover (?:my )?budget\b
price: cheaper elsewhere
    \bcheaper\b|\b(?:better|lower) price\b|\bfor less\b|\bprice range\b
price: discount code (topic)
    \b(?:discount|coupon|promo code|voucher|free shipping)\b
price: a sale (weak)
    \b(?:promo|promotion|sale|offer)\b
price: price too high
    \bprices?\b ~~ \b(?:(?:too )?(?:high|steep)|too much|went up|gone up|increase\w*
    |on the high side|a bit much)\b
price: cannot afford it
    \b(?:can't|cannot|can not|couldn't|could not|not) afford\b|\bafford\b|\bbudget\b
price: customs
    \b(?:customs|import (?:duty|tax|fees))\b
price: VAT (weak)
    \bvat\b(?! ?(?:number|no|id|reg))
delivery: delivery
    \bdeliver(?!y address)\w*|\bshipping\b(?! address)|\bship\b|\bshipped\b|\bdispatch\w*
delivery: pickup point
    \b(?:pick ?up point|pickup|collect(?:ion)?|parcel (?:shop|locker)|click (?:and
    |&) collect|post office|locker)\b
delivery: carrier (topic)
    \b(?:royal mail|dhl|(?-i:UPS)|fedex|dpd|gls|usps|postnord)\b
delivery: shipping abroad
    \b(?:ship\w*|deliver\w*|send) ~ \b(?:to (?:norway|sweden|denmark|the uk|uk|germany
    |iceland|switzerland|the us|usa|finland)|internationally|abroad|overseas)\b
delivery: do you ship
    \b(?:do|can|will) you (?:\w+ ){0,3}(?:ship|deliver|send)\b
delivery: get to me
    \b(?:get|gets|got) to (?:me|us)\b|\breach (?:me|us)\b
delivery: waiting for the parcel
    \bwait\w* (?:for|on) (?:the |my )?(?:parcel|package|order|delivery)\b
delivery: in time
    \bbefore (?:christmas|easter|the weekend|friday|saturday)\b|\bin time\b
delivery: when will it arrive
    \b(?:when|how long|how soon)\b ~ \b(?:arrive|get (?:it|here|there|to)|receive|take|reach)\b
delivery: get here in time
    \bget here\b|\breach (?:me|us)\b|\b(?:arrive|be here) in time\b
delivery: how many days
    \bhow many (?:days|weeks)\b|\b(?:arrive|arrival)\b
trust: never heard of you
    \bnever heard of\b|\bunknown (?:shop|store|site|company)\b
trust: shops I do not know
    {shop} ~ (?P<focus>\b(?:that |which )?(?:I|we) (?:don't|do not|didn't|did not) know\b)
trust: do not know you
    \b(?:don't|do not|didn't|did not) know (?:you|your (?:shop|store|site|company))\b
trust: company details (absent)
    \b(?:company (?:address|number|details|registration)|vat (?:number|no|id|reg\w*)
    |registered (?:address|office)|address|contact details|phone number|imprint|customer service
    |info\w* (?:about|on) (?:you|the company))\b
trust: legitimate shop
    \b(?:legit\w*|scam\w*|fraud\w*|sketchy|shady|dodgy|suspicious)\b
    |\btoo good to be true\b
    |\b(?:don't |do not |didn't |did not )?trust (?:you|your|the site|this)
trust: a real shop
    {site} ~~ \b(?:fake|genuine|real)\b
trust: a real company
    \b(?:a )?real (?:shop|store|company|business)\b
trust: safe
    \b(?:is|are|was) (?:it|this|you|your (?:site|shop|store|website)) (?:really )?safe\b
    |\bsafe (?:site|shop|store|website|checkout)\b
    |\bnot sure (?:if|whether) (?:you|your|the site|this|it's real)\b
trust: complaints about you
    \bbad things about\b|\bcomplaints? about\b|\bwarnings? about\b
trust: not online (absent)
    \b(?:google\w*|online|internet)\b
trust: worried about my card details
    \b(?:worried|afraid|scared|nervous|concerned|uneasy|wary) ~ \b(?:card|details|data
    |information)\b
trust: who runs it (absent)
    \bwho (?:actually |really )?(?:runs|is behind|owns) (?:it|the site|this|you)\b|\bwho's behind\b
trust: did not feel right
    \b(?:didn't|did not|doesn't|does not) feel right\b|\bfelt (?:a bit |a little )?(?:off|wrong
    |dodgy)\b
trust: trustworthy (absent)
    \b(?:trustworthy|reputable|trusted)\b
trust: uncomfortable
    \buncomfortable\b|\bdidn't feel (?:comfortable|safe)\b|\bnot feel (?:comfortable|safe)\b
trust: reviews (absent)
    \b(?:reviews?|trustpilot|ratings?)\b
trust: my data
    \bmy (?:data|personal (?:data|information|details)|email address|details)\b|\bprivacy\b
    |\bgdpr\b|\bhow did you get my\b|\bsafe to (?:buy|order|shop|pay)\b
technical: site did not work
    {site} ~ \b(?:didn't work|did not work|wasn't working|not working|doesn't work|froze
    |frozen|crash\w*|kept loading|wouldn't load|(?:won't|wouldn't|didn't|doesn't) accept|won't load
    |empt(?:ied|ies|ying)|(?:really |so |very )?slow
    |didn't load|error\w*|broken
    |unresponsive|stuck|blank|disappeared|glitch\w*)
technical: error on the site
    (?<!in )\berror\w* ~ {site}
technical: log in (topic)
    \b(?:log ?in|logging in|sign ?in|signing in|password|account)\b
technical: a blank page
    \b(?:wouldn't|won't|didn't|would not|did not) let me\b|\b(?:white|blank) (?:page|screen)\b
    |\bwent blank\b|\bcouldn't get past\b|\bkept (?:reloading|refreshing)\b
technical: invalid
    \binvalid\b|\breset (?:itself|everything)\b|\bcleared everything\b
technical: wrong postcode
    \b(?:postcode|post code|zip(?: code)?|address field|field) ~~ \b(?:wrong|invalid|incorrect
    |not valid)
technical: got an error
    \b(?:got|get|getting|kept getting|keep getting) (?:\w+ ){0,3}error\w*
    |\berror (?:code )?[45]0\d\b
    |\b[45]0\d error\b|\bspins? forever\b|\bjust spins\b|\b(?:greyed|grayed) out\b|\btim(?:es
    |ed) out\b
    |\b(?:doesn't|didn't|won't|wouldn't) open\b
    |\b(?:never|didn't|haven't) (?:\w+ ){0,2}(?:got|get|received
    |receive) (?:the |a |any )?(?:verification
    |confirmation|activation) (?:email|e-mail|link|code)\b
technical: technical error
    \berror (?:message|code)\b|\btechnical\w*|\bbug\w*|\bglitch\w*
technical: could not click
    \b(?:couldn't|could not|can't|cannot|wasn't able to|unable to) (?:\w+ )?(?:click|press|tap
    |select|choose|add)\b
technical: did not work
    \b(?:didn't|did not|doesn't|wouldn't|won't) work\b
technical: nothing happened
    \bnothing happen(?:ed|s)\b|\bdid(?:n't do anything| nothing)\b
changed_mind: changed my mind
    \bchanged my mind\b|\bsecond thoughts\b|\bdecided (?:not to|against|to wait)\b
    |\bon second thought
changed_mind: chose another
    \b(?:went|gone|going) (?:with|for) (?:a |an )?(?:another|a different|different|other)\b
    |\b(?:chose|chosen|opted for) (?:a |an )?(?:another|different|other)\b
changed_mind: a similar one
    \b(?:bought|got|found|ordered|picked (?:\w+ )?up)\b ~ \bsimilar\b
changed_mind: already have one
    \balready have (?:one|a|two|enough)\b
changed_mind: bought something else
    \bbought (?:something|one) (?:else|second-?hand|used)\b|\bhold(?:ing)? off\b
    |\bput(?:ting)? it off\b
changed_mind: found something else
    \bfound (?:something|one|another|a different|an alternative)\b
changed_mind: bought elsewhere
    \b(?:bought|purchased|ordered|got|picked (?:\w+ )?up|picking (?:\w+ )?up)\b ~ \b(?:elsewhere
    |somewhere else|another (?:shop|store|site)|locally|in (?:(?:a|the|my|our) )?(?:\w+ )?(?:shop
    |store)|instead)\b
changed_mind: already bought it
    \bended up (?:buying|getting|ordering|going|picking)\b|\balready (?:bought|got|ordered|have)\b
    |\b(?:from|on|at) amazon\b
changed_mind: no longer need it
    \b(?:no longer|don't|do not|didn't)\s+(?:really\s+|actually\s+|even\s+)?(?:need|want)\b(?! to\b)
    |\bnot needed\b|\bsorted it (?:another way|elsewhere)\b|\bnot (?:\w+ ){1,4}after all\b
changed_mind: just looking
    \bjust (?:looking|browsing|window shopping|curious|checking)\b
changed_mind: got one as a gift
    \bgot (?:one|it|them) as a (?:gift|present)\b|\b(?:gift|present) from\b|\brather wait\b
changed_mind: need it (absent)
    \bneed (?:it|them|this|that|one|another)\b
changed_mind: not interested
    \bnot interested\b|\bno longer interested\b
question: size and stock
    \b(?:fit|fits|size|sizes|sizing|in stock|available in|availability|material|colou?rs?
    |dimensions|measurements|compatible)\b
question: question about the item
    \b(?:does|do|is|are|will|can|could|would|have you|has)\s+(?:it|they|this|these|you
    |the)\b[^.!\n]{0,80}\?
question: question
    \b(?:how|which|what|why|when|where)\b[^.!\n]{0,80}\?
""",
}


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The words of negation, and of the clause: per language. Negations include the
# correlative ones ("né", "noch", "nor", "heller"), which carry a negation on.
NEGATIONS: dict[str, frozenset[str]] = {
    "da": _set("ikke ingen intet intetsteds aldrig ej hverken"),
    "nb": _set("ikke ikkje ingen ingenting intet aldri ei verken"),
    "sv": _set("inte ingen inga inget ingenting aldrig ej varken"),
    "fi": _set("ei en et emme ette eivät eikä enkä etkä emmekä ettekä eivätkä ilman älä älkää"),
    "de": _set("nicht kein keine keinen keinem keiner keins nie niemals ohne weder nichts"),
    "it": _set("non nessun nessuno nessuna mai senza né nemmeno neanche neppure"),
    "en": _set("no not never without nor neither none nothing"),
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
# Words that end the clause before them: adversatives, and conjunctions opening a clause
# of their own (unless right after the negation: "not because", "ikke fordi").
ADVERSATIVES: dict[str, frozenset[str]] = {
    "da": _set("men dog derimod"),
    "nb": _set("men dog derimot"),
    "sv": _set("men utan dock"),
    "fi": _set("mutta vaan kuitenkin silti"),
    "de": _set("aber sondern jedoch doch"),
    "it": _set("ma però bensì invece"),
    "en": _set("but however though although"),
}
CLAUSE_OPENERS: dict[str, frozenset[str]] = {
    "da": _set("fordi da når hvis selvom så at som"),
    "nb": _set("fordi da når hvis selv om så at som"),
    "sv": _set("eftersom för när om fast så att som"),
    "fi": _set("koska kun jos vaikka että joka jotka mikä jotta sillä kunnes"),
    "de": _set("weil da wenn falls obwohl dass als"),
    "it": _set("perché poiché quando se che siccome"),
    "en": _set("because since when if so that which who"),
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
    "en": _set("is was are were has had can could will would costs cost"),
}
SUBJECTS: dict[str, frozenset[str]] = {
    "da": _set("jeg du han hun den det vi i de man"),
    "nb": _set("jeg eg du han hun den det vi dere de man"),
    "sv": _set("jag du han hon den det vi ni de man"),
    "fi": _set("minä mä sinä sä hän se me te he ne"),
    "de": _set("ich du er sie es wir ihr man"),
    "it": _set("io tu lui lei noi voi loro"),
    "en": _set("i you he she it we they"),
}
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
        r"|finns) (?:\w+ )?inte\b|\blite info",
        re.IGNORECASE,
    ),
    "fi": re.compile(
        r"\b(?:ei|ilman|puuttu\w*|puutu\w*|huono\w*|sekalai\w*|negatiivi\w*|vähän|harva\w*"
        r"|mitään|yhtään|missään)\b|\b(?:en|ei|emme) (?:\w+ )?(?:löytä\w*|löydä|nähnyt|näe)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:kein\w*|nirgends|nirgendwo|fehl\w*|ohne|schlecht\w*|gemischt\w*|negativ\w*"
        r"|wenige|weder|nirgendwo)\b|\btaucht\w* (?:\w+ )?nicht\b|\bnicht (?:\w+ )?(?:gefunden"
        r"|finden|sehen)\b|\bfinde\b[^.!?\n]*\bnicht\b",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"\b(?:nessun\w*|manca\w*|mancano|senza|pessim\w*|negativ\w*|poche|scars\w*)\b"
        r"|\bnon (?:\w+ )?(?:trovo|trovato|trovata|vedo|c'è|ci sono|esiste)\b"
        r"|\bda nessuna parte\b|\bné\b|\bnon (?:\w+ )?(?:compar\w*|esist\w*|risult\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:no|none|nowhere|missing|lack\w*|without|bad|poor|mixed|negative|few|terrible"
        r"|awful)\b"
        r"|\b(?:can't|cannot|couldn't|could not|didn't|did not|can not) (?:\w+ )?(?:find|see)\b"
        r"|(?:\bnot|n't) (?:\w+ ){0,2}any\b|\blittle\b|\bneither\b|n't (?:show|come) up\b",
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
        ADVERSATIVES,
        CLAUSE_OPENERS,
        CONDITIONALS,
        COORDINATORS,
        FINITE_VERBS,
        SUBJECTS,
    )
}
