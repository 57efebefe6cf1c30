"""Reg counts as sd-scripts' balancing uses them (seed 001's numbers)."""

from __future__ import annotations

import pytest
from PIL import Image

from dataprep.project import Concept, create_project
from training.reg_count import balance, suggest_reg_count


def test_more_reg_images_than_samples_are_never_seen():
    # seed 001's working run: 45 images × 50 repeats, 4200 reg images at repeats 1
    result = balance(4200, 45 * 50, reg_repeats=1)
    assert (result.used_images, result.unused_images, result.reg_samples) == (2250, 1950, 2250)


def test_fewer_reg_images_are_cycled_with_the_repeats_that_balance_them():
    result = balance(500, 2250)
    assert result.reg_repeats == 4  # 500 × 4 = 2000, then 250 images get one more repeat
    assert (result.used_images, result.cycled_images, result.reg_samples) == (500, 250, 2250)
    exact = balance(750, 2250)
    assert (exact.reg_repeats, exact.cycled_images, exact.unused_images) == (3, 0, 0)


def test_balance_rejects_nonsense():
    with pytest.raises(ValueError, match="1 or more"):
        balance(0, 10)
    with pytest.raises(ValueError, match="no training samples"):
        balance(5, 0)


def make_project(root, concepts, images):
    project = create_project(root)
    for concept in concepts:
        folder = root / concept.source
        folder.mkdir(exist_ok=True)
        for i in range(images[concept.source]):
            Image.new("RGB", (8, 8)).save(folder / f"{i}.png")
    project.concepts = concepts
    project.save()
    return project


def test_suggestion_for_a_concept(tmp_path):
    project = make_project(tmp_path, [Concept("ohwx", "woman", repeats=50, source="a", reg_repeats=3)], {"a": 45})
    suggestion = suggest_reg_count(project, 0)
    assert suggestion.folder == "3_woman"
    assert (suggestion.train_images, suggestion.train_samples, suggestion.count) == (45, 2250, 750)
    assert suggestion.balanced.unused_images == 0 and suggestion.balanced.reg_samples == 2250
    assert (suggestion.rule_low.count, suggestion.rule_high.count) == (4500, 9000)
    assert suggestion.rule_low.used_images == 2250
    lines = suggestion.lines()
    assert lines[0] == "45 training images give 2250 samples per epoch."
    assert lines[1] == "Suggested: 750 reg images at reg repeats 3 (every image used, 2250 reg samples per epoch)."
    assert "use only the first 2250 and never show the other 2250" in lines[2]
    assert "training repeats would have to be 100" in lines[2]


def test_concepts_sharing_a_reg_folder_are_counted_together(tmp_path):
    concepts = [Concept("ohwx", "girl", repeats=100, source="a"), Concept("ohwx", "girl", repeats=10, source="b"),
                Concept("zkx", "dog", repeats=5, source="c")]
    project = make_project(tmp_path, concepts, {"a": 4, "b": 20, "c": 7})
    suggestion = suggest_reg_count(project, 1)
    assert suggestion.folder == "1_girl" and suggestion.concepts == [0, 1]
    assert (suggestion.train_images, suggestion.train_samples, suggestion.count) == (24, 600, 600)
    assert "serves 2 concepts" in suggestion.lines()[-1]
    # the 100× rule is all used when training repeats are 100 (where the folk rule comes from)
    only = make_project(tmp_path / "solo", [Concept("ohwx", "girl", repeats=100, source="a")], {"a": 4})
    assert suggest_reg_count(only, 0).rule_low.unused_images == 0


def test_suggestion_errors(tmp_path):
    project = make_project(tmp_path, [Concept("ohwx", "woman", source="a")], {"a": 0})
    with pytest.raises(ValueError, match="no images yet"):
        suggest_reg_count(project, 0)
    with pytest.raises(ValueError, match="no concept number 2"):
        suggest_reg_count(project, 1)
