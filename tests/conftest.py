"""Shared pytest configuration for the mlfound test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlfound_book.sitebuild import build

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser):
    parser.addoption(
        "--update-snippets",
        action="store_true",
        default=False,
        help="rewrite snippets/**/*.out from the snippets' current output "
        "(on purpose only: review the diff before committing it)",
    )


@pytest.fixture(scope="session")
def cold_build(tmp_path_factory):
    """The whole book built from an empty execution cache: (site, cache)."""
    base = tmp_path_factory.mktemp("cold")
    site, cache = base / "site", base / "cache"
    build(site, cache, project=ROOT)
    return site, cache


@pytest.fixture(scope="session")
def site(cold_build):
    return cold_build[0]
