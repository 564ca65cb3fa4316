"""Languages, currencies and addresses, checked by libraries (Babel's CLDR data,
email-validator) rather than hand-kept lists and patterns."""

from __future__ import annotations

from functools import lru_cache

# The languages our emails are written in; anything else falls back to the shop's, then English.
EMAIL_LANGUAGES = ("da", "sv", "nb", "fi", "it", "de", "en")
FALLBACK_LANGUAGE = "en"
# Norwegian without a written standard named ("no") reads as Bokmål.
_LANGUAGE_ALIASES = {"no": "nb"}


def normalize_currency(value: str) -> str:
    code = value.upper()
    if len(code) != 3 or not code.isalpha() or not _is_currency(code):
        raise ValueError("must be an ISO 4217 currency code such as EUR or DKK")
    return code


def normalize_locale(value: str) -> str:
    """'nb-NO', 'nb_no' and 'NB' become Babel's canonical 'nb_NO' / 'nb'; unknown ones fail."""
    from babel import Locale, UnknownLocaleError

    candidate = value.replace("-", "_")
    if not 2 <= len(candidate) <= 35 or not candidate.replace("_", "").isalnum():
        raise ValueError("must be a known language tag such as da, sv-SE or nb-NO")
    try:
        return str(Locale.parse(candidate))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError("must be a known language tag such as da, sv-SE or nb-NO") from None


def normalize_email(value: str) -> str:
    """The address as email-validator normalises it (syntax only: no DNS lookups)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        # email-validator's own words quote the characters at fault: ours repeat nothing.
        raise ValueError("is not a valid email address such as name@example.com") from None


def deliverable_email(value: str) -> str:
    """normalize_email's address, refused unless mail can be delivered to it: the part before
    the @ in ASCII (any other needs SMTPUTF8, which SES does not speak)."""
    address = normalize_email(value)
    if not address.rpartition("@")[0].isascii():
        raise ValueError(
            "must have only ASCII letters, digits and punctuation before the @: "
            "mail to other addresses cannot be delivered"
        )
    return address


def ascii_email(value: str) -> str:
    """The address as it goes on the wire: an internationalised domain in IDNA (punycode,
    user@xn--bcher-kva.de), never an encoded-word. ValueError when it has no ASCII form."""
    local, at, domain = value.rpartition("@")
    if not at or not local.isascii():
        raise ValueError("the part before the @ is not ASCII: mail cannot be delivered to it")
    if domain.isascii():
        return value
    import idna

    try:
        return f"{local}@{idna.encode(domain, uts46=True).decode('ascii')}"
    except idna.IDNAError:
        raise ValueError("the domain has no IDNA form") from None


def email_language(*preferences: str | None) -> str:
    """The first preference we write emails in, by language: 'de_AT' is served in 'de'."""
    for preference in preferences:
        if preference and _language(preference) in EMAIL_LANGUAGES:
            return _language(preference)
    return FALLBACK_LANGUAGE


def formatting_locale(language: str, *preferences: str | None) -> str:
    """How money and dates are written in an email in `language`: the first preference of
    that same language (a Swiss cart's German email gets de_CH), else the language itself.
    A French cart's English email is written the English way, never the French."""
    return next((p for p in preferences if p and _language(p) == language), language)


def _language(tag: str) -> str:
    language = tag.replace("-", "_").split("_", 1)[0].lower()
    return _LANGUAGE_ALIASES.get(language, language)


@lru_cache(maxsize=512)
def _is_currency(code: str) -> bool:
    from babel.numbers import is_currency

    return bool(is_currency(code))
