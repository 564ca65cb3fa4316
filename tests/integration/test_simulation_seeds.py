"""Another seed of the random traffic in test_simulation.py, in a file of its own: pytest
runs a file's tests on one worker (--dist loadfile), so it runs beside the first seed
rather than after it. With KURV_SIM_SEEDS set, test_simulation.py runs those seeds instead."""

from __future__ import annotations

import os

import pytest

from integration.test_simulation import MORE_SEEDS, keeps_every_promise
from kurv.core.shops import Shop
from kurv_tools.local.stack import LocalStack

pytestmark = pytest.mark.slow


@pytest.mark.skipif("KURV_SIM_SEEDS" in os.environ, reason="KURV_SIM_SEEDS names the seeds")
@pytest.mark.parametrize("seed", MORE_SEEDS)
def test_random_traffic_keeps_every_promise_with_another_seed(
    seed: int, stack: LocalStack, shop: Shop
) -> None:
    keeps_every_promise(seed, stack, shop)
