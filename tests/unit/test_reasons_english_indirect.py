"""English rules of kurv.replies.reasons, second round: what is no reason to leave said
plainly ("other": stop emailing me, too many reminders, payday, holiday, thanks, personal
news) while a complaint beside it still wins; a complaint conceded before the main reason
("a bit much, but mainly ..."); changed mind, trust and technical trouble said indirectly.
Sentences of our own, none from the corpus or the private dev sets."""

from __future__ import annotations

import pytest

from kurv.replies.reasons import classify


def reason_of(text: str) -> str:
    return classify(text, "en")[0]


# Each failed on main before these rules.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # annoyance at the emails, asked: not a question about the order
        ("Why do you keep emailing me about a pair of socks?", "other"),
        ("How many times are you going to remind me?", "other"),
        # a complaint conceded before the main reason
        ("Delivery was a bit steep, sure, but mainly I found one I liked better", "changed_mind"),
        (
            "Too pricey, I'll admit, but the real reason is we're moving abroad and won't need"
            " the sofa",
            "changed_mind",
        ),
        # changed mind said indirectly
        ("We'll get by without it for now", "changed_mind"),
        ("my son's outgrown the car seat already", "changed_mind"),
        ("Honestly I never intended to order, I was only pricing things up", "changed_mind"),
        ("Bought it on a whim and then thought, nah", "changed_mind"),
        ("The christening got postponed, so no rush and probably no need", "changed_mind"),
        ("Picked one up in Tesco with the weekly shop", "changed_mind"),
        ("My other half vetoed it, sorry", "changed_mind"),
        ("The urge has passed, if I'm honest", "changed_mind"),
        ("I was just having a quick nosey, sorry", "changed_mind"),
        # trust said indirectly
        ("Couldn't find anything about your business when I searched, so I held off", "trust"),
        ("Your domain was registered last month, that worried me", "trust"),
        ("Wasn't comfortable buying from a company I know nothing about", "trust"),
        # technical in everyday verbs
        ("The site was playing up all evening", "technical"),
        ("The colour options never loaded for me", "technical"),
        ("The continue button isn't reacting at all", "technical"),
        ("Got a pop-up saying 'oops, try again' and that was it", "technical"),
        # fourth dev set's fields: given one, the money put elsewhere, nowhere to put it, a
        # sender that looks odd, 1 stars, a page that does not react, a login code (not the
        # bank's) that never came
        ("Got given a hand-me-down cot from my cousin", "changed_mind"),
        ("I'd rather put that money towards the car", "changed_mind"),
        ("Truth is we don't have the space to put it", "changed_mind"),
        ("The email address your confirmation came from looked weird", "trust"),
        ("Checked the reviews, all 1 stars", "trust"),
        ("the basket does not react when I tap it", "technical"),
        ("The sign-in code you text never arrives", "technical"),
        # fifth dev set's fields
        ("My neighbour had a spare one, so we're sorted", "changed_mind"),
        ("It's just not a priority at the minute", "changed_mind"),
        ("Found the old one behind the wardrobe, typical!", "changed_mind"),
        ("The shelf isn't needed any more, we've redone the room", "changed_mind"),
        ("The site looked a bit homemade, honestly", "trust"),
        ("I phoned twice and nobody picked up", "trust"),
        ("The checkout didn't fill me with much confidence", "trust"),
        ("The basket total came to 0.00, so something was off", "technical"),
        ("The postcode field kept changing my town to a different one", "technical"),
        ("My Starling app asked me to approve it and then nothing", "payment"),
        ("Mostly the price, to be honest", "price"),
        # sixth dev set's fields
        ("Reviews say customers never get their refunds", "trust"),
        ("the app wasn't opening on my tablet yesterday", "technical"),
        ("Got overruled by the family, sorry", "changed_mind"),
        ("We have too many cushions already, to be fair", "changed_mind"),
        ("Managed to mend my old one, so no need for a new one", "changed_mind"),
        ("Ended up treating myself to a different coat in town", "changed_mind"),
        ("I could get one for half that at the market", "price"),
        # seventh dev set's fields
        ("My aunt crocheted me one for my birthday", "changed_mind"),
        ("Went with one closer to home in the end", "changed_mind"),
        ("Your Trustpilot rating is 1.6, no thanks", "trust"),
        ("Only one review and the person got a completely different item", "trust"),
        ("The link took me to a page that says oops", "technical"),
        # eighth dev set's fields
        ("Delivery time was fine, but really it's that the colour isn't for me", "changed_mind"),
        ("We had a quick think about it, and no", "changed_mind"),
        ("Not going ahead with it this time, thanks", "changed_mind"),
        ("I'd want to know who you guys are before I pay anything", "trust"),
        ("Will buy once the price comes down a little", "price"),
        # ninth dev set's fields
        ("Sure I've heaps of scarves already", "changed_mind"),
        ("I'll give it a swerve, thanks", "changed_mind"),
        ("The laptop came back to life after an update", "changed_mind"),
        ("The merchant name at the bank page was different to yours", "trust"),
        ("Bit wary of shops I haven't used before", "trust"),
        ("Had to prove I'm not a robot about ten times, gave up", "technical"),
        # tenth dev set's fields
        ("Could I pick it up from your unit instead?", "delivery"),
        ("We'll save for a bigger one next year", "changed_mind"),
        ("The submit button stayed grey the whole time", "technical"),
    ],
)
def test_reads_the_field(text: str, reason: str) -> None:
    assert reason_of(text) == reason


# Each was "other" on main only because no rule fit; now an "other" rule says why (failed
# on main: the rule was "no rule fits").
@pytest.mark.parametrize(
    "text",
    [
        "honestly the emails every single day are a bit much",
        "This is the third reminder today, give it a rest",
        "Take me off your list please",
        "I never signed up for any of this",
        "I'll grab it once my wages go in on the 28th",
        "Will come back to it when things quieten down at work",
        "Off on my holidays tomorrow, I'll sort it when I'm back",
        "Sorry, my nan passed away last week so shopping hasn't been on my mind",
        "Thanks for the nudge! Gorgeous stuff, will definitely order soon",
        "Holding off till payday on the 28th, then it's mine",
    ],
)
def test_an_other_rule_says_why(text: str) -> None:
    reason, rule = classify(text, "en")
    assert (reason, rule.split(":")[:2]) == ("other", ["en", "other"])


# Guards, passing before the change too: a complaint beside an "other" cue still wins, a
# question outranks the plain "other" cues, and senses the new rules keep apart.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Stop emailing me, the postage is a joke anyway", "price"),
        ("Too many emails, and your checkout wouldn't let me enter my postcode", "technical"),
        ("I'm on holiday, will it get here before the 14th?", "delivery"),
        ("Payday is Friday but honestly it's cheaper on eBay", "price"),
        ("Unsubscribe. Also my card was declined twice", "payment"),
        ("Please stop sending these, I've never heard of you", "trust"),
        ("Back from holiday next week, is it true to size?", "question"),
        ("the app kept crashing on my phone", "technical"),
        ("It kept jumping back to the first step", "technical"),
        ("I just registered and the checkout froze", "technical"),
        ("the reviews don't show anything bad, but the postage is too dear", "price"),
        ("Is it the same one I like better in the shop?", "question"),
        ("Could you confirm the size? It says 7-10 working days, that's fine", "question"),
        ("Postage too high, mainly because of the weight I suppose", "price"),
        ("I always end up with the wrong size, do they run small?", "question"),
        ("The 3-D Secure code from my bank never came", "payment"),
        ("Didn't want to risk it arriving late, I need it by Saturday", "delivery"),
        ("the handle looks broken in the photo, is that right?", "question"),
        ("Nobody answered my question about sizes, does it run small?", "question"),
        ("I wanted to see the delivery options first but there are none for Ireland", "delivery"),
        ("Could you tell me just the price?", "question"),
        ("No need for a gift receipt, is it wool?", "question"),
        ("The reviews say it runs 1 size small, should I size up?", "question"),
        ("I'll go ahead and order if you ship to Norway", "delivery"),
        ("I am skint", "price"),
        ("Can you fix the broken link please, it does not open", "technical"),
    ],
)
def test_keeps_senses_apart(text: str, reason: str) -> None:
    assert reason_of(text) == reason
