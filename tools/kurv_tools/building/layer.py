"""The common layer as `make build` ships it. `sam build` runs this through
layers/common/Makefile (the layer's BuildMethod is makefile); `make bench` and
tests/system/test_layer.py build with it too.

1. pip installs layers/common/requirements.txt for Lambda: arm64 (manylinux2014_aarch64),
   CPython 3.13, wheels only, no bytecode compiled for the build machine's Python. It
   installs from the wheelhouse .cache/lambda-wheels alone (no index, so offline), and
   only when that lacks a wheel, downloads the wheels into it first: once a build or
   `make test` has run online, `make build` needs no network.
2. Adds the kurv package (modules, templates/, copy/).
3. Slims Babel's CLDR locale data (28.5 of the layer's 65.7 MiB). The languages our
   emails are written in (locales.EMAIL_LANGUAGES and "no", every regional variant, root
   and every file they inherit from) keep their whole files. Every other locale keeps its
   file, so every tag Babel knows is still accepted (locales.normalize_locale), but only
   what formatting money and long dates reads: an email that falls back to English writes
   a French customer's money and dates the French way (sending.py), as it always has.
4. Checks, in fresh interpreters that see only the layer, that every locale formats and
   every tag normalizes exactly as before the slimming, and fails the build otherwise.

Only the standard library is imported at the top: the checks run this file as a script
with nothing but the layer's python/ on the import path (Babel is pure Python; nothing
built for arm64 is imported there).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[3]
# KURV_WHEELHOUSE: somewhere else, e.g. a folder a CI cache keeps.
WHEELHOUSE = Path(os.environ.get("KURV_WHEELHOUSE") or REPO_ROOT / ".cache" / "lambda-wheels")
LAMBDA_PLATFORM = "manylinux2014_aarch64"
LAMBDA_PYTHON = "3.13"
# What babel.numbers.format_currency and babel.dates.format_date(..., format="long") read
# of a locale (render.py's two calls; the currency names fill the "¤¤¤" placeholder).
# If render.py formats anything else, add it to samples() too: the check then says what
# this list lacks.
FORMATTING_KEYS = frozenset(
    {
        "currency_formats",
        "currency_names",
        "currency_names_plural",
        "currency_symbols",
        "date_formats",
        "eras",
        "months",
        "number_symbols",
        "plural_form",
    }
)
# Sign and digits differ by currency (JPY none, KWD three) and by amount.
SAMPLE_CURRENCIES = ("EUR", "DKK", "SEK", "NOK", "CHF", "GBP", "USD", "JPY", "KWD", "INR")
SAMPLE_AMOUNTS = ("0.5", "1244.50", "1234567.891")
SAMPLE_DATES = ((2026, 3, 5), (2026, 12, 24))
# Tags beyond Babel's own identifiers that normalize_locale meets: regions, scripts,
# aliases, likely subtags, nonsense.
SAMPLE_TAGS = (
    *("fr-FR", "ja", "zh-TW", "zh-Hant", "sr-Latn", "pt-BR", "es-419", "und-AT", "no-NO"),
    *("nn", "NB-no", "de_ch", "EN-us", "en-Latn-US", "iw", "tl", "sh", "mo", "root", "ROOT"),
    *("xx", "en-XX", "klingon", "i-klingon", "de-CH-1996", "de--DE", "_de", "a", "x" * 36),
)
LOCALE_DATA = Path("babel") / "locale-data"
MIB = 2**20  # Lambda's "250 MB" is 250 MiB
Samples = dict[str, Any]


class LayerBuildError(RuntimeError):
    """The layer would not behave as the full libraries do; nothing should ship."""


@dataclass(frozen=True)
class LayerSize:
    files: int
    unzipped: int  # bytes: what Lambda's 250 MB limit (function and layers) counts
    zipped: int  # bytes, deflated as `sam package` uploads it


def build(source: Path, artifacts: Path, *, python: str = sys.executable) -> Path:
    """Builds the layer from `source` (layers/common) into `artifacts`/python, and returns that."""
    target = artifacts / "python"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    _install(source / "requirements.txt", target, python=python)
    shutil.copytree(
        source / "kurv", target / "kurv", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    _drop_dead_weight(target)
    before = samples_in(target, python=python)
    slimmed = _run_inside(target, "slim", python=python)
    after = samples_in(target, python=python)
    if problems := differences(before, after):
        raise LayerBuildError(
            f"slimming Babel's locale data changed {len(problems)} results, e.g. {problems[:5]}"
        )
    print(
        f"CommonLayer: Babel locale data for {len(slimmed['whole'])} locales kept whole, "
        f"{slimmed['slimmed']} slimmed to what formatting reads; formats unchanged",
        flush=True,
    )
    return target


def _install(requirements: Path, target: Path, *, python: str) -> None:
    """pip install for Lambda from the wheelhouse alone; if it lacks a wheel, fill it first."""
    lambda_only = [
        *("--platform", LAMBDA_PLATFORM, "--implementation", "cp"),
        *("--python-version", LAMBDA_PYTHON, "--abi", "cp" + LAMBDA_PYTHON.replace(".", "")),
        "--only-binary=:all:",
    ]
    pip = [python, "-m", "pip", "-qq", "--disable-pip-version-check"]
    offline = [
        *pip[:3],
        "install",
        *pip[3:],
        *("--no-index", "--find-links", str(WHEELHOUSE), "--target", str(target)),
        *lambda_only,
        *("--no-compile", "-r", str(requirements)),
    ]
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    if subprocess.run(offline, check=False, stderr=subprocess.DEVNULL).returncode == 0:
        return
    print(
        f"CommonLayer: fetching the layer's wheels into {WHEELHOUSE} "
        "(later builds need no network)",
        flush=True,
    )
    shutil.rmtree(target)
    target.mkdir(parents=True)
    subprocess.run(
        [
            *pip[:3],
            "download",
            *pip[3:],
            "--dest",
            str(WHEELHOUSE),
            *lambda_only,
            "-r",
            str(requirements),
        ],
        check=True,
    )
    subprocess.run(offline, check=True)


def samples_in(python_dir: Path, *, python: str = sys.executable) -> Samples:
    """`samples()` computed by a fresh interpreter that sees only `python_dir` (and the
    standard library)."""
    return _run_inside(python_dir, "samples", python=python)


def differences(expected: Samples, actual: Samples) -> list[str]:
    """What `actual` does differently from `expected`: one line per locale, tag or version."""
    found = []
    for section in ("babel", "formats", "normalized", "currencies"):
        want, got = expected[section], actual[section]
        if not isinstance(want, dict):
            if want != got:
                found.append(f"{section}: {_contrast(want, got)}")
            continue
        for key in sorted(want.keys() | got.keys()):
            if want.get(key) != got.get(key):
                found.append(f"{section} {key}: {_contrast(want.get(key), got.get(key))}")
    return found


def _contrast(want: Any, got: Any) -> str:
    if isinstance(want, list) and isinstance(got, list):
        want, got = next((w, g) for w, g in zip_longest(want, got) if w != g)
    return f"{got!r} instead of {want!r}"


def measure(layer: Path) -> LayerSize:
    """Files and bytes of a built layer (the folder holding python/), and its zip's size."""
    files = sorted(path for path in layer.rglob("*") if path.is_file())
    with tempfile.TemporaryFile() as archive:
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path in files:
                zipped.write(path, path.relative_to(layer))
        zipped_size = archive.seek(0, os.SEEK_END)
    return LayerSize(len(files), sum(path.stat().st_size for path in files), zipped_size)


# Compiled libraries' sources and C headers (lxml ships its Cython sources and libxml2's
# headers): for building against them, never read when they run.
BUILD_ONLY_SUFFIXES = frozenset({".pyx", ".pxd", ".pxi", ".h", ".c"})


def _drop_dead_weight(target: Path) -> None:
    """Bytecode for the build machine's Python, console scripts, and the sources and
    headers compiled libraries ship for builds: Lambda runs none of them. *.dist-info
    stays: libraries read their own metadata."""
    for source in [*target.rglob("*")]:
        if source.is_file() and source.suffix in BUILD_ONLY_SUFFIXES:
            source.unlink()
    for folder in sorted(target.rglob("includes"), reverse=True):
        if folder.is_dir() and not any(folder.rglob("*.py")):
            shutil.rmtree(folder, ignore_errors=True)
    for cache in [*target.rglob("__pycache__")]:
        shutil.rmtree(cache, ignore_errors=True)
    for compiled in target.rglob("*.pyc"):
        compiled.unlink()
    shutil.rmtree(target / "bin", ignore_errors=True)


def _run_inside(python_dir: Path, action: str, *, python: str) -> Samples:
    # -I -S: no site-packages, no PYTHONPATH, not even this file's folder; -B: no __pycache__.
    isolated = (python, "-I", "-S", "-B", str(Path(__file__).resolve()))
    result = subprocess.run(
        [*isolated, "inside", str(python_dir), action],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise LayerBuildError(f"{action} in {python_dir} failed:\n{result.stderr}")
    answer: Samples = json.loads(result.stdout)
    return answer


def samples() -> Samples:
    """Money and long dates in every locale, tags and currency codes as the kurv package
    normalizes them: with whatever Babel and kurv this interpreter imports."""
    import babel
    from babel.localedata import locale_identifiers
    from babel.numbers import list_currencies

    from kurv.core.locales import normalize_currency, normalize_locale

    identifiers = sorted([*locale_identifiers(), "root"])
    tags = {
        spelling
        for identifier in identifiers
        for spelling in (identifier, identifier.replace("_", "-"), identifier.lower())
    } | set(SAMPLE_TAGS)
    codes = [*sorted(list_currencies()), "eur", "XYZ", "EU", "EURO"]
    return {
        "babel": babel.__version__,
        "paths": {"babel": babel.__file__, "kurv": sys.modules["kurv"].__file__},
        "formats": {identifier: _formats(identifier) for identifier in identifiers},
        "normalized": {tag: _or_none(normalize_locale, tag) for tag in sorted(tags)},
        "currencies": {code: _or_none(normalize_currency, code) for code in codes},
    }


def _formats(identifier: str) -> list[str]:
    """What render.py writes in this locale: money, and dates in the long format."""
    from datetime import date
    from decimal import Decimal

    from babel.dates import format_date
    from babel.numbers import format_currency

    try:
        return [
            *(
                format_currency(Decimal(amount), code, locale=identifier)
                for code in SAMPLE_CURRENCIES
                for amount in SAMPLE_AMOUNTS
            ),
            *(format_date(date(*day), format="long", locale=identifier) for day in SAMPLE_DATES),
        ]
    except Exception as error:  # an over-pruned locale fails in many ways
        return [f"{type(error).__name__}: {error}"]


def _or_none(normalize: Callable[[str], str], value: str) -> str | None:
    try:
        return normalize(value)
    except ValueError:
        return None


def _slim(python_dir: Path) -> Samples:
    from babel import localedata

    from kurv.core.locales import FALLBACK_LANGUAGE, email_language

    def written_in(identifier: str) -> bool:  # one of our languages, or an alias of one ("no")
        language = identifier.split("_", 1)[0]
        return language == FALLBACK_LANGUAGE or email_language(language) != FALLBACK_LANGUAGE

    read: set[str] = set()

    def record(event: str, args: tuple[Any, ...]) -> None:
        if event == "open" and isinstance(args[0], str) and args[0].endswith(".dat"):
            read.add(Path(args[0]).stem)

    sys.addaudithook(record)
    for identifier in localedata.locale_identifiers():
        if written_in(identifier):
            localedata.load(identifier)  # reads the locale's file and every one it inherits
    whole = frozenset(read) - {"global"}
    slimmed = 0
    for path in sorted((python_dir / LOCALE_DATA).glob("*.dat")):
        if path.stem in whole:
            continue
        data = pickle.loads(path.read_bytes())  # noqa: S301 - Babel's own data, as Babel reads it
        kept = {key: value for key, value in data.items() if key in FORMATTING_KEYS}
        path.write_bytes(pickle.dumps(kept, protocol=4))
        slimmed += 1
    return {"whole": sorted(whole), "slimmed": slimmed}


def _inside(python_dir: Path, action: str) -> None:
    sys.path.insert(0, str(python_dir))
    answer = samples() if action == "samples" else _slim(python_dir)
    json.dump(answer, sys.stdout, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kurv_tools.building.layer", description=__doc__
    )
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build", help="build the layer (what sam build runs)")
    make.add_argument("--source", type=Path, required=True, help="layers/common")
    make.add_argument("--artifacts", type=Path, required=True, help="sam's ARTIFACTS_DIR")
    size = commands.add_parser("size", help="files, unzipped and zipped bytes of a built layer")
    size.add_argument("layer", type=Path, help="e.g. .aws-sam/build/CommonLayer")
    inside = commands.add_parser("inside", help="internal: run in a fresh interpreter")
    inside.add_argument("python_dir", type=Path)
    inside.add_argument("action", choices=("samples", "slim"))
    arguments = parser.parse_args(argv)
    if arguments.command == "build":
        try:
            build(arguments.source.resolve(), arguments.artifacts.resolve())
        except (LayerBuildError, subprocess.CalledProcessError) as error:
            print(f"CommonLayer: {error}", file=sys.stderr)
            return 1
        print(_describe(measure(arguments.artifacts.resolve())), flush=True)
    elif arguments.command == "size":
        print(_describe(measure(arguments.layer)))
    else:
        _inside(arguments.python_dir, arguments.action)
    return 0


def _describe(size: LayerSize) -> str:
    return (
        f"CommonLayer: {size.files} files, {size.unzipped / MIB:.1f} MiB unzipped, "
        f"{size.zipped / MIB:.1f} MiB zipped"
    )


if __name__ == "__main__":
    sys.exit(main())
