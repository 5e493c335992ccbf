from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def checker():
    from factcheck.engine import Checker

    return Checker(strict=True)


@pytest.fixture(scope="session")
def seeds_dir():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"../shared/seeds is absent ({seeds}); the seed end-to-end tests need it")
    return seeds


def _hypothesis_profiles():
    import os

    from hypothesis import settings

    # CI replays a fixed sequence of examples so a red build always reproduces; locally they vary.
    settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
    settings.register_profile("dev", deadline=None)
    settings.load_profile("ci" if os.environ.get("CI") else "dev")


_hypothesis_profiles()
