from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def checker():
    from factcheck.engine import Checker

    return Checker()


@pytest.fixture(scope="session")
def seeds_dir():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"../shared/seeds is absent ({seeds}); the seed end-to-end tests need it")
    return seeds
