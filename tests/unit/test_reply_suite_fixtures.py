"""How the reply suites' fixtures are read from their tests' code (kurv_tools.measure.
reply_suite_talon, reply_suite_fixtures): on a small repository of our own, no mirror."""

from __future__ import annotations

from kurv_tools.measure import reply_suite_fixtures, reply_suite_talon, reply_suites
from kurv_tools.measure.reply_suite_fixtures import Fixture

TEXT_TESTS = '''
def test_crlf():
    msg_body = """My
reply
> quoted"""
    msg_body = msg_body.replace('\\n', '\\r\\n')
    eq_("My\\nreply", quotations.extract_from_plain(msg_body))


@patch.object(quotations, 'MAX_LINES_COUNT', 1)
def test_patched():
    eq_("Test reply", quotations.extract_from_plain("Test reply\\nHi"))
'''
BRUTEFORCE_TESTS = """
def test_dash():
    msg_body = '''Hey!
-roman'''
    eq_(('Hey!', '-roman'), bruteforce.extract_signature(msg_body))
"""
EXTRACTION_TESTS = '''
def test_shorter():
    sender = "bob@foo.bar"
    body = """Call me.

Thanks in advance,
Bob"""
    text, extracted_signature = extract(body, sender)
    eq_('\\n'.join(body.splitlines()[:2]), text)
    eq_('\\n'.join(body.splitlines()[-2:]), extracted_signature)
'''
STRIPPED = "tests/fixtures/signature/emails/stripped/"


class _Repo:
    def __init__(self, files: dict[str, str]) -> None:
        self._files = files

    def files(self) -> list[str]:
        return sorted(self._files)

    def read(self, path: str) -> bytes:
        return self._files[path].encode()

    def text(self, path: str) -> str:
        return self._files[path]


def _talon() -> dict[str, reply_suite_talon.Case]:
    repo = _Repo(
        {
            "tests/fixtures/__init__.py": "",
            "tests/text_quotations_test.py": TEXT_TESTS,
            "tests/signature/bruteforce_test.py": BRUTEFORCE_TESTS,
            "tests/signature/extraction_test.py": EXTRACTION_TESTS,
            STRIPPED + "jo_body": "Words.\n\nJo Berg\n+45 12 34 56 78",
            STRIPPED + "jo_sender": "Jo Berg\n",
            STRIPPED + "jo_signature": "Jo Berg\n+45 12 34 56 78",
        }
    )
    return {case.name: case for case in reply_suite_talon.cases(repo)}


def test_a_body_a_test_rewrites_is_read_as_rewritten() -> None:
    assert _talon()["test_crlf"].body == "My\r\nreply\r\n> quoted"


def test_a_test_that_patches_the_parser_is_left_out() -> None:
    assert "test_patched" not in _talon()


def test_a_signature_tests_text_is_the_reply_expected_and_its_sender_the_from() -> None:
    cases = _talon()

    assert cases["sig_test_dash"].expected == "Hey!"
    assert cases["sig_test_shorter"].expected == "Call me.\n"
    assert cases["sig_test_shorter"].sender == "bob@foo.bar"


def test_a_stripped_messages_reply_is_its_body_without_its_signature() -> None:
    case = _talon()["sig_stripped_jo"]

    assert (case.expected, case.sender) == ("Words.", "Jo Berg")


def test_a_body_githubs_ruby_tests_write_inline_is_a_fixture() -> None:
    ruby = (
        "  def test_handles_non_ascii_characters\n"
        '    non_ascii_body = "Here\\u2019s a \\"test\\"."\n'
        "    assert_equal non_ascii_body, EmailReplyParser.parse_reply(non_ascii_body)\n"
    ).replace("\\u2019", "\u2019")
    repo = _Repo({"test/email_reply_parser_test.rb": ruby})

    (fixture,) = reply_suite_fixtures._inline_in_ruby(repo)  # type: ignore[arg-type]

    assert fixture.name == "github/test_handles_non_ascii_characters"
    assert fixture.expected == 'Here\u2019s a "test".'


def test_the_message_comes_from_the_sender_the_test_names() -> None:
    assert reply_suites._from("bob@foo.bar") == b"From: bob@foo.bar\n"
    assert reply_suites._from("Jo Berg") == b"From: Jo Berg <customer@example.com>\n"
    assert reply_suites._from("") == b"From: customer@example.com\n"


def test_the_held_out_quarter_is_chosen_by_the_fixtures_name() -> None:
    names = [f"talon/case_{index}" for index in range(400)]
    held = [Fixture(name, "text", b"", "").held_out for name in names]

    assert 0.15 < sum(held) / len(held) < 0.35
    assert held == [Fixture(name, "text", b"x", "y").held_out for name in names]


BRUTEFORCE = """
from talon.signature.constants import SIGNATURE_MAX_LINES
from talon.utils import get_delimiter


def extract_signature(msg_body):
    lines = msg_body.split(get_delimiter(msg_body))
    if len(lines) > SIGNATURE_MAX_LINES and lines[-2] == "Thanks,":
        return get_delimiter(msg_body).join(lines[:-3]), "\\n".join(lines[-2:])
    return msg_body, None
"""


def test_talons_signature_stage_runs_from_its_source_without_the_rest_of_talon() -> None:
    repo = _Repo(
        {
            "talon/signature/bruteforce.py": BRUTEFORCE,
            "talon/signature/constants.py": "SIGNATURE_MAX_LINES = 3\n",
        }
    )
    cut = reply_suite_talon.signature_stage(repo)

    assert cut("Hi. I am fine.\n\nThanks,\nAlex") == "Hi. I am fine."
    assert cut("Hi. I am fine.\r\n\r\nThanks,\r\nAlex") == "Hi. I am fine."
    assert cut("Hi.\nThanks,\nAlex") == "Hi.\nThanks,\nAlex"


def test_exact_is_judged_against_the_suites_parser_as_a_whole_and_as_the_test_states() -> None:
    fixture = Fixture("talon/test_reply", "text", b"", "Hi. I am fine.\n\nThanks,\nAlex")

    signed = reply_suites.judge(fixture, "Hi. I am fine.\n\nThanks,\nAlex", 0.0, "Hi. I am fine.")
    unsigned = reply_suites.judge(fixture, "Hi. I am fine.", 0.0, "Hi. I am fine.")
    alone = reply_suites.judge(fixture, "Hi. I am fine.", 0.0)

    assert (signed.exact, signed.exact_stated) == (True, True)
    assert (unsigned.exact, unsigned.exact_stated, unsigned.kept) == (True, False, True)
    assert (alone.exact, alone.exact_stated, alone.exact_unsigned) == (False, False, True)
