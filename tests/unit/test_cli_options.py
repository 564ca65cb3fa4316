"""The CLI's options: each says what it does, and `kurv shop add` and `update` show an example."""

from __future__ import annotations

import argparse

import pytest

from kurv_tools import cli


def parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += parsers(sub)
    return found


def test_every_option_says_what_it_does() -> None:
    missing = [
        f"{parser.prog} {action.option_strings or action.dest}"
        for parser in parsers(cli._parser())
        for action in parser._actions
        if not action.help and not isinstance(action, argparse._SubParsersAction)
    ]

    assert missing == []


def test_add_and_update_show_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("add", "update"):
        with pytest.raises(SystemExit):
            cli.main(["shop", command, "--help"])
        assert f"example:\n  kurv shop {command}" in capsys.readouterr().out
