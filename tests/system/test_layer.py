"""The common layer as `make build` ships it (kurv_tools.building.layer): Babel's locale data
slimmed, and every locale still formatting money and dates, and every tag normalizing, exactly as
the full Babel in .venv does. Builds the layer with pip (its cache makes it seconds)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import babel
import pytest

from kurv.core.locales import EMAIL_LANGUAGES
from kurv_tools.building import layer
from kurv_tools.building.template import REPO_ROOT

pytestmark = pytest.mark.slow

FULL_LOCALE_DATA = Path(babel.__file__).parent / "locale-data"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The layer's python/ folder, built by the code `make build` runs."""
    artifacts = tmp_path_factory.mktemp("CommonLayer")
    return layer.build(REPO_ROOT / "layers" / "common", artifacts)


@pytest.fixture(scope="module")
def full() -> layer.Samples:
    """The same figures from .venv: its full Babel and the kurv package under test."""
    return layer.samples()


def test_every_locale_formats_and_every_tag_normalizes_as_with_full_babel(
    built: Path, full: layer.Samples
) -> None:
    shipped = layer.samples_in(built)

    assert Path(shipped["paths"]["babel"]).is_relative_to(built)
    assert Path(shipped["paths"]["kurv"]).is_relative_to(built)
    assert shipped["babel"] == full["babel"]
    assert layer.differences(full, shipped) == []


def test_the_comparison_covers_our_languages_their_regions_and_foreign_tags(
    full: layer.Samples,
) -> None:
    covered = set(full["formats"])
    for language in EMAIL_LANGUAGES:
        assert language in covered
    assert {"de_CH", "de_AT", "en_GB", "en_001", "en_150", "sv_FI", "nb_NO", "it_CH"} <= covered
    assert {"fr", "fr_FR", "ja", "root"} <= covered  # an English email may format these
    normalized = full["normalized"]
    assert normalized["fr-FR"] == "fr_FR"
    assert normalized["ja"] == "ja"
    assert normalized["zh-TW"] == "zh_Hant_TW"
    assert normalized["NB-no"] == "nb_NO"
    assert normalized["klingon"] is None


def test_our_languages_keep_whole_files_and_the_rest_only_what_formatting_reads(
    built: Path,
) -> None:
    shipped, original = built / layer.LOCALE_DATA, FULL_LOCALE_DATA
    for name in ("root", "da", "de", "de_CH", "en", "en_001", "en_150", "nb", "no", "sv_FI"):
        assert (shipped / f"{name}.dat").read_bytes() == (original / f"{name}.dat").read_bytes()
    for name in ("fr", "fr_FR", "ja", "zh_Hant"):
        assert (shipped / f"{name}.dat").stat().st_size < (original / f"{name}.dat").stat().st_size
    assert sorted(path.name for path in shipped.iterdir()) == sorted(
        path.name for path in original.iterdir()
    )  # every locale Babel knows is still there, so every tag is still accepted
    assert _bytes(shipped) < _bytes(original) / 4
    assert not [*built.rglob("__pycache__")]
    assert not (built / "bin").exists()
    assert [*built.glob("babel-*.dist-info")]


def test_an_over_pruned_layer_is_caught(built: Path, full: layer.Samples, tmp_path: Path) -> None:
    # Given a copy of the layer's pure-Python part without German, and French without months
    for package in ("babel", "kurv"):
        shutil.copytree(built / package, tmp_path / package)
    for german in (tmp_path / layer.LOCALE_DATA).glob("de*.dat"):
        german.unlink()
    french = tmp_path / layer.LOCALE_DATA / "fr.dat"
    shutil.copy(built / layer.LOCALE_DATA / "root.dat", french)  # a file with no French in it

    # When it is compared with the full Babel
    problems = layer.differences(full, layer.samples_in(tmp_path))

    # Then German formatting and tags, and French dates, are named
    assert any(problem.startswith("formats de_CH:") for problem in problems)
    assert any(problem.startswith("normalized de-AT:") for problem in problems)
    assert any(problem.startswith("formats fr_CA:") for problem in problems)


def _bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir())


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """pip sees no package index (none that answers) and no configuration of this machine."""
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")
    monkeypatch.setenv("PIP_RETRIES", "0")
    monkeypatch.setenv("PIP_TIMEOUT", "2")


@pytest.mark.usefixtures("no_network")
def test_once_built_the_layer_builds_with_no_network(built: Path, tmp_path: Path) -> None:
    # `built` filled the wheelhouse; `make build` runs this same build.
    python = layer.build(REPO_ROOT / "layers" / "common", tmp_path)

    assert (python / "babel").is_dir()
    assert (python / "kurv" / "templates").is_dir()
    assert sorted(path.name for path in python.iterdir()) == sorted(
        path.name for path in built.iterdir()
    )


@pytest.mark.usefixtures("no_network")
def test_without_its_wheels_and_a_network_the_build_fails_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layer, "WHEELHOUSE", tmp_path / "empty")

    with pytest.raises(subprocess.CalledProcessError):
        layer.build(REPO_ROOT / "layers" / "common", tmp_path / "artifacts")
