"""Fixtures of the trainer tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from trainkit import make_images


@pytest.fixture
def dataset_dir(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    make_images(root / "img" / "2_shs thing", 4, seed=1)
    return root


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four small images in one concept folder (``img/2_shs thing``), shared by one test module's runs."""
    root = tmp_path_factory.mktemp("data")
    make_images(root / "img" / "2_shs thing", 4, seed=1)
    return root
