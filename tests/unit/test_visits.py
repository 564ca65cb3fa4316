"""A person's click and a machine's visit to a restore link, told apart (track/visits.py):
mail scanners, previews and prefetches are sent on, never counted as clicks."""

from __future__ import annotations

import time

import pytest

from kurv.track.visits import Scan, Visit

CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
PEOPLE = [
    CHROME,
    CHROME + " Edg/131.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    # Mail apps' own browsers: Gmail's and Outlook's on iOS, a phone called CUBOT.
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148 GSA/330.0.665236494 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 9; CUBOT_P30) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Mobile Safari/537.36",
]
SCANNERS = [
    # The mail security services: Barracuda, Mimecast, Proofpoint, Microsoft Defender.
    "Mozilla/5.0 (compatible; Barracuda Sentinel)",
    CHROME + " Barracuda/1.0",
    "Mimecast URL Protect",
    CHROME + " Mimecast",
    "Proofpoint URL Defense",
    CHROME + " ProofPoint-Sandbox",
    CHROME + " Microsoft-Defender-SafeLinks",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) SafeLinks/1.0",
    "Microsoft Office Existence Discovery",
    "Mozilla/4.0 (compatible; ms-office; MSOffice 16)",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
    CHROME + " BingPreview/1.0b",
    # Google's and Apple's fetchers and previews.
    "Mozilla/5.0 (compatible; Google-Safety; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Linux; Android 6.0.1) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 "
    "(compatible; Google-Read-Aloud; +https://support.google.com/webmasters/answer/1061943)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) "
    "Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    # Previews and plain HTTP clients.
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "WhatsApp/2.23.20.0",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "TelegramBot (like TwitterBot)",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "Go-http-client/2.0",
    "Mozilla/5.0",
    "",
    "   ",
]


@pytest.mark.parametrize("agent", PEOPLE)
def test_a_person_in_a_browser_clicks(agent: str) -> None:
    assert Visit.of("GET", {"user-agent": agent}).scan is None


@pytest.mark.parametrize("agent", SCANNERS)
def test_a_machine_that_names_itself_scans(agent: str) -> None:
    assert Visit.of("GET", {"user-agent": agent}).scan in (Scan.SCANNER, Scan.NOT_A_BROWSER)


def test_no_user_agent_is_no_browser() -> None:
    assert Visit.of("GET", {}).scan is Scan.NOT_A_BROWSER


@pytest.mark.parametrize("method", ["HEAD", "head"])
def test_a_head_request_scans_whoever_sends_it(method: str) -> None:
    assert Visit.of(method, {"user-agent": CHROME}).scan is Scan.HEAD


@pytest.mark.parametrize(
    "headers",
    [
        {"sec-purpose": "prefetch"},
        {"sec-purpose": "prefetch;prerender"},
        {"purpose": "prefetch"},
        {"x-purpose": "preview"},
        {"x-moz": "prefetch"},
    ],
)
def test_a_prefetch_is_not_a_click(headers: dict[str, str]) -> None:
    assert Visit.of("GET", {"user-agent": CHROME, **headers}).scan is Scan.PREFETCH


def test_reading_a_huge_user_agent_stays_quick() -> None:
    agent = "Mozilla/5.0 (" + "b" * 200_000 + "ot" * 200_000
    started = time.perf_counter()
    Visit.of("GET", {"user-agent": agent, "sec-purpose": "p" * 200_000}).scan  # noqa: B018
    assert time.perf_counter() - started < 0.05
