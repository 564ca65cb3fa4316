"""The customer's words in an HTML part: the containers that hold quoted history (blockquote,
gmail_quote, Outlook's divRplyFwdMsg, a rule above a header block) dropped before the HTML
becomes text. Pure; bounded in characters and elements."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from kurv.replies.reply_headers import MAX_HEADER_LINE, is_header_label

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


def html_words(html: str, problems: list[str], elements: int = MAX_HTML_ELEMENTS) -> str:
    """An HTML part as text, without the containers that hold quoted history; at most
    `elements` of its elements are rendered."""
    import lxml.html  # type: ignore[import-untyped]
    from inscriptis import Inscriptis  # type: ignore[import-untyped]
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
                element.drop_tree()
    # Rendering is the slow part (Python, per element): the first ones are rendered.
    past = next(islice(tree.iter(), elements, None), None)
    if past is not None:
        problems.append(f"HTML past {elements} elements left unread")
        _cut_from(past)
    text: str = Inscriptis(tree, ParserConfig(display_links=False)).get_text()
    return text


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
