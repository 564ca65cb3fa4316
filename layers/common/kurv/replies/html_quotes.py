"""The customer's words in an HTML part: the containers that hold quoted history (blockquote,
gmail_quote, Outlook's divRplyFwdMsg, a rule above a header block) dropped before the HTML
becomes text, each leaving a quoted line (">") so that the text rules see where a quote was.
A plain blockquote is not always a quote: a reply that is all one blockquote has its words
inside it, and plain blockquotes above the last one's attribution are the customer's
indented words. Pure; bounded in characters and elements."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from kurv.replies.reply_headers import MAX_HEADER_LINE, is_attribution, is_header_label

MAX_HTML_CHARS = 128_000
MAX_RULES = 20  # <hr> elements looked under for a header block
MAX_HTML_ELEMENTS = 2000  # rendered as text; the words are near the top

# Containers of quoted history, as the clients write them: dropped, words around them kept.
_QUOTE_CONTAINERS = (
    "//blockquote",
    "//*[contains(@class,'gmail_quote')]",
    "//*[contains(@class,'gmail_signature')]",
    "//*[contains(@class,'moz-cite-prefix')]",
    "//*[contains(@class,'moz-signature')]",
    "//*[contains(@class,'yahoo_quoted')]",
    "//*[starts-with(@id,'yahoo_quoted')]",
    "//*[@name='quote']",
    "//*[@type='cite']",
    "//*[contains(@class,'protonmail_quote')]",
    "//*[contains(@class,'zmail_extra')]",
    "//*[@id='Signature' or @id='ms-outlook-mobile-signature']",
)
# Where history starts in Outlook's HTML: it and everything after it go.
_HISTORY_STARTS = (
    "//*[@id='appendonsend']",
    "//*[@id='divRplyFwdMsg' or @id='x_divRplyFwdMsg']",
    "//*[@id='mail-editor-reference-message-container']",
    "//*[@id='OLK_SRC_BODY_SECTION']",  # Outlook for Mac
    "//*[contains(@class,'OutlookMessageHeader')]",
    "//hr[@id='stopSpelling']",
    "//div[contains(translate(@style,' ',''),'border-top:solid#E1E1E1')]",
    "//div[contains(translate(@style,' ',''),'border-top:solid#B5C4DF')]",
)


# A line drawn above a header block: <hr>, or a border on top (Windows Mail, Outlook.com).
_RULES = "//hr | //div[contains(translate(@style,' ',''),'border-top')]"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


# Blocks with no element inside and nothing but spaces and no-break spaces in them.
_BLANK_BLOCKS = (
    "//*[self::div or self::p][not(*)][normalize-space(translate(., '\u00a0', ' ')) = '']"
    "[contains(., '\u00a0')]"
)
MAX_BLANK_BLOCKS = 1000


def html_words(html: str, problems: list[str], elements: int = MAX_HTML_ELEMENTS) -> str:
    """An HTML part as text, without the containers that hold quoted history; at most
    `elements` of its elements are rendered."""
    import lxml.html  # type: ignore[import-untyped]
    from inscriptis import Inscriptis  # type: ignore[import-untyped]
    from inscriptis.css_profiles import CSS_PROFILES  # type: ignore[import-untyped]
    from inscriptis.model.config import ParserConfig  # type: ignore[import-untyped]

    if len(html) > MAX_HTML_CHARS:
        problems.append(f"HTML part cut at {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    # lxml refuses text that XML cannot hold (control characters, lone surrogates) when a
    # quote is cut out of the tree; a browser shows nothing for them either.
    html = _NOT_XML.sub("", html)
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as error:
        problems.append(f"unreadable HTML part: {type(error).__name__}")
        return re.sub(r"<[^<>]*>", " ", html)
    _unwrap_sole_blockquote(tree)
    _unwrap_indented_blockquotes(tree)
    for xpath in _HISTORY_STARTS:
        for element in tree.xpath(xpath)[:1]:
            _cut_from(element)
    for rule in tree.xpath(_RULES)[:MAX_RULES]:
        following = rule.xpath(
            "(descendant::text() | following::text())[normalize-space()][position() <= 3]"
        )
        if is_header_label(" ".join(following)[:MAX_HEADER_LINE]):
            _cut_from(rule)  # a rule above "From: … Date: …": the history under it
            break
    for xpath in _QUOTE_CONTAINERS:
        for element in tree.xpath(xpath):
            if element.getparent() is not None:
                _mark_quoted(element)
    # Rendering is the slow part (Python, per element): the first ones are rendered.
    past = next(islice(tree.iter(), elements, None), None)
    if past is not None:
        problems.append(f"HTML past {elements} elements left unread")
        _cut_from(past)
    _blank_lines_kept(tree)
    # The strict profile: a nested <div> is not indented (the relaxed one pads each level).
    config = ParserConfig(css=CSS_PROFILES["strict"], display_links=False)
    text: str = Inscriptis(tree, config).get_text()
    return text


def _blank_lines_kept(tree: Any) -> None:
    """A block that holds only a no-break space ("<div>&nbsp;</div>", as Outlook, GMX and
    WEB.DE write a blank line) renders as the blank line it shows, not as nothing: the
    paragraphs around it stay apart."""
    for element in tree.xpath(_BLANK_BLOCKS)[:MAX_BLANK_BLOCKS]:
        element.text = None
        element.append(element.makeelement("br", {}))


def _unwrap_sole_blockquote(tree: Any) -> None:
    """A message that is all one blockquote (some clients indent the whole reply) is not
    all quote: its words are inside it, and the quote is what is nested in it."""
    outer = tree.xpath("//blockquote[not(ancestor::blockquote)]")[:2]
    if len(outer) != 1 or outer[0].get("type") == "cite" or "quote" in outer[0].get("class", ""):
        return
    inside = sum(len(text.strip()) for text in outer[0].itertext())
    everything = sum(len(text.strip()) for text in tree.itertext())
    if inside and inside == everything:
        outer[0].drop_tag()


# A blockquote no client marks as a quote (no type="cite", no quote class): the indent
# button of an editor makes them too.
_PLAIN_BLOCKQUOTES = (
    "//blockquote[not(ancestor::blockquote)][not(@type='cite')][not(contains(@class,'quote'))]"
)


def _unwrap_indented_blockquotes(tree: Any) -> None:
    """The history is the last blockquote, under its attribution ("On … wrote:"): plain
    blockquotes above that attribution are the customer's indented words, and stay."""
    plain = tree.xpath(_PLAIN_BLOCKQUOTES)[:MAX_RULES]
    if len(plain) < 2:
        return
    above = plain[-1].xpath("preceding::text()[normalize-space()][1]")
    if not above or not is_attribution(" ".join(str(above[0]).split())[:MAX_HEADER_LINE]):
        return
    for quote in plain[:-1]:
        quote.drop_tag()


def _mark_quoted(element: Any) -> None:
    """Replaces a quote container with a line saying "quoted here" (">"), as a plain text
    client would have marked it: an attribution above it then heads only that quote, and the
    customer's answers between quotes stay theirs."""
    import lxml.html

    mark = lxml.html.Element("div")
    mark.text = ">"
    mark.tail = element.tail
    element.getparent().replace(element, mark)


def _cut_from(element: Any) -> None:
    """Removes `element`, everything after it in its parent, and so on up to <body>."""
    node = element
    while node.getparent() is not None and node.tag not in ("body", "html"):
        for sibling in list(node.itersiblings()):
            node.getparent().remove(sibling)
        node.tail = None
        node = node.getparent()
    if element.getparent() is not None:
        element.getparent().remove(element)
