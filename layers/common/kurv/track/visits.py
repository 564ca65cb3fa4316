"""Who opened a restore link: a person, or a machine (a mail scanner, a link preview, a
prefetch). Pure.

Mail security services fetch every link of a message before (or instead of) the
recipient, and chat apps and mail clients fetch links to preview them. Their visits are
sent on like anyone's, but they are not clicks: a click is what feeds attribution. A
person clicks in a browser, and every browser's User-Agent begins `Mozilla/5.0 (`; a
machine either does not, or names itself, or asks with HEAD or as a prefetch.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

# Read this much of a User-Agent: every signature below sits well inside it.
MAX_USER_AGENT = 1024

# Machines that name themselves in a browser-like User-Agent, lower case.
SCANNERS = (
    # Mail security: link protection and sandboxes.
    *("barracuda", "mimecast", "proofpoint", "urldefense", "safelinks", "safe links"),
    *("defender", "microsoft office", "ms-office", "msoffice", "microsoft outlook"),
    *("ironport", "cisco", "symantec", "messagelabs", "sophos", "trend micro", "trendmicro"),
    *("fortinet", "fortimail", "fortiguard", "forcepoint", "websense", "zscaler"),
    *("check point", "checkpoint", "fireeye", "trellix", "mcafee", "kaspersky", "avanan"),
    *("ironscales", "hornetsecurity", "libraesva", "spamtitan", "vadesecure", "cloudmark"),
    *("virustotal", "urlscan", "phishtank", "netcraft", "spamhaus", "darktrace", "tessian"),
    # Google's and Microsoft's fetchers and previews.
    *("google-safety", "googleimageproxy", "google web preview", "google-read-aloud"),
    *("googleother", "google-inspectiontool", "google-pagerenderer", "google favicon"),
    *("feedfetcher-google", "adsbot-google", "mediapartners-google", "apis-google"),
    *("bingpreview", "microsoftpreview", "skypeuripreview"),
    # Apple's: its crawler, and the link previews of Messages (which borrow these names).
    *("applebot", "facebookexternalhit", "facebot", "twitterbot"),
    # Link previews of chat and social apps.
    *("slackbot", "slack-imgproxy", "discordbot", "telegrambot", "whatsapp", "linkedinbot"),
    *("embedly", "redditbot", "pinterestbot", "vkshare", "iframely", "outbrain"),
    # Any crawler, spider, scanner or preview, and bots that say "(compatible; ...)".
    *("crawler", "spider", "scanner", "preview", "prefetch", "(compatible;"),
)
# ...and any "<name>bot/1.0" (not a phone such as "CUBOT_P30").
_SCANNER = re.compile("|".join(re.escape(name) for name in SCANNERS) + r"|bot[/;)-]|bot$")
_BROWSER = re.compile(r"mozilla/5\.0 \(")
# Sec-Purpose (prefetch, prerender), Purpose, X-Purpose (preview), X-Moz (prefetch).
_PURPOSE_HEADERS = ("sec-purpose", "purpose", "x-purpose", "x-moz")
_AHEAD = re.compile(r"prefetch|prerender|preview")


class Scan(StrEnum):
    """Why a visit is a machine's, as the log says it."""

    HEAD = "head"  # asks what is there without loading it
    PREFETCH = "prefetch"  # fetched ahead of a click that may never come
    NOT_A_BROWSER = "not_a_browser"  # no User-Agent, or not a browser's
    SCANNER = "scanner"  # names itself: a mail scanner, a preview, a crawler


@dataclass(frozen=True)
class Visit:
    method: str
    user_agent: str = ""
    purpose: str = ""  # what the prefetch headers say, lower case

    @classmethod
    def of(cls, method: str, headers: Mapping[str, str]) -> Visit:
        """A request's visit; `headers` with lower-case names."""
        purpose = " ".join(headers.get(name, "") for name in _PURPOSE_HEADERS)
        return cls(
            method=method.upper(),
            user_agent=headers.get("user-agent", "")[:MAX_USER_AGENT],
            purpose=purpose.lower()[:MAX_USER_AGENT],
        )

    @property
    def scan(self) -> Scan | None:
        """Why this visit is not a person's click, or None when it is one."""
        if self.method == "HEAD":
            return Scan.HEAD
        if _AHEAD.search(self.purpose):
            return Scan.PREFETCH
        agent = self.user_agent.strip().lower()
        if not _BROWSER.match(agent):
            return Scan.NOT_A_BROWSER
        if _SCANNER.search(agent):
            return Scan.SCANNER
        return None
