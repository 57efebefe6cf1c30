"""Step counts worked out by hand with sd-scripts' rules (train_util.DreamBoothDataset, train_network.py)."""

import json

import pytest

from dataprep.buckets import BucketSettings
from dataprep.phrases import Phrase
from dataprep.steps import (
    DEFAULT_MAX_TRAIN_STEPS,
    Schedule,
    StepsError,
    Subset,
    balance_reg_repeats,
    compute_steps,
    suggest_repeats,
)

SQ = (512, 512)
TALL = (1000, 1500)  # bucket (384, 640) at 512
WIDE = (1500, 1000)  # bucket (640, 384) at 512: ar 1.5, 640/384=1.667 (err .167) beats 576/448 (err .214)


def sub(name, n, repeats, size=SQ, is_reg=False):
    return Subset(name, repeats, [size] * n, is_reg)


def test_seed_000_example_20_images_50_repeats():
    # seed 000: 20 images × 50 repeats = 1000 per epoch; 2 epochs = 2000 (batch 1, no reg)
    b = compute_steps([sub("50_hina lora-girl", 20, 50)], Schedule(max_train_epochs=2))
    assert (b.train_samples, b.batches_per_epoch, b.steps_per_epoch, b.total_steps) == (1000, 1000, 1000, 2000)
    assert b.steps_source == "max_train_epochs" and b.epochs == 2


def test_reg_larger_than_train_is_cut():
    # train 20×10 = 200; reg 300×1: registered in order until 200 → 200 images used, 100 unused.
    # epoch 400 samples, batch 2 → 200 batches; 3 epochs → 600
    b = compute_steps([sub("10_ohwx woman", 20, 10), sub("1_woman", 300, 1, is_reg=True)],
                      Schedule(train_batch_size=2, max_train_epochs=3))
    reg = b.subsets[1]
    assert (reg.samples, reg.used_images, reg.used_samples) == (300, 200, 200)
    assert (b.samples_per_epoch, b.batches_per_epoch, b.total_steps) == (400, 200, 600)


def test_reg_smaller_than_train_is_repeated_in_order():
    # train 10×5 = 50; reg 8×1: first pass n=8, then +1 each per pass: 16, 24, 32, 40, 48, then images 1 and 2
    # reach 50 → repeats 7, 7 and 6 for the other six (2×7 + 6×6 = 50)
    assert balance_reg_repeats(50, [1] * 8) == [7, 7, 6, 6, 6, 6, 6, 6]
    b = compute_steps([sub("5_sks dog", 10, 5), sub("1_dog", 8, 1, is_reg=True)], Schedule(max_train_epochs=1))
    assert (b.reg_samples, b.reg_used_samples, b.batches_per_epoch) == (8, 50, 100)


def test_reg_repeats_overshoot_the_train_count():
    # train 10×1; reg 4×3: n = 3, 6, 9, 12 → all 4 used with 3 repeats, 12 ≥ 10 stops; 22 samples,
    # batch 4 in one bucket → ceil(22/4) = 6 batches
    assert balance_reg_repeats(10, [3] * 4) == [3, 3, 3, 3]
    b = compute_steps([sub("1_a b", 10, 1), sub("3_b", 4, 3, is_reg=True)],
                      Schedule(train_batch_size=4, max_train_epochs=1))
    assert (b.reg_used_samples, b.samples_per_epoch, b.batches_per_epoch) == (12, 22, 6)


def test_reg_with_repeats_larger_than_needed():
    # train 10; reg 10 images × 3: n = 3, 6, 9, 12 → only 4 images used (12 samples), 6 never seen
    assert balance_reg_repeats(10, [3] * 10) == [3, 3, 3, 3, 0, 0, 0, 0, 0, 0]


def test_buckets_add_partial_batches():
    # 3 squares × 3 = 9 in 512x512 → ceil(9/4) = 3; 1 tall × 3 = 3 in 384x640 → 1 → 4 batches per epoch
    # (the formula 12/4 would say 3); 10 epochs → 40 steps
    b = compute_steps([sub("3_a b", 3, 3), sub("3_c d", 1, 3, TALL)],
                      Schedule(train_batch_size=4, max_train_epochs=10))
    assert (b.batches_per_epoch, b.buckets.partial_batches, b.total_steps) == (4, 1, 40)


def test_without_buckets_one_batch_pool():
    # enable_bucket off: all 12 samples in 512x512 → ceil(12/4) = 3 batches
    b = compute_steps([sub("3_a b", 3, 3), sub("3_c d", 1, 3, TALL)],
                      Schedule(train_batch_size=4, max_train_epochs=1), BucketSettings(SQ, enable_bucket=False))
    assert b.batches_per_epoch == 3 and [x.reso for x in b.buckets.buckets] == [SQ]


def test_gradient_accumulation_with_epochs():
    # 45×10 = 450 batches (batch 1); accumulation 4 → ceil(450/4) = 113 updates per epoch; 2 epochs → 226
    b = compute_steps([sub("10_x y", 45, 10)], Schedule(gradient_accumulation_steps=4, max_train_epochs=2))
    assert (b.batches_per_epoch, b.steps_per_epoch, b.total_steps, b.epochs) == (450, 113, 226, 2)


def test_max_train_steps_sets_epochs():
    # 113 updates per epoch as above; max_train_steps 300 → ceil(300/113) = 3 epochs, the last 300-226 = 74
    b = compute_steps([sub("10_x y", 45, 10)], Schedule(gradient_accumulation_steps=4, max_train_steps=300))
    assert (b.total_steps, b.epochs, b.last_epoch_steps, b.steps_source) == (300, 3, 74, "max_train_steps")


def test_default_max_train_steps():
    # 10×10 = 100 steps per epoch; nothing set → sd-scripts' 1600 steps = 16 epochs
    b = compute_steps([sub("10_x y", 10, 10)], Schedule())
    assert (b.total_steps, b.epochs, b.last_epoch_steps) == (DEFAULT_MAX_TRAIN_STEPS, 16, 100)
    assert b.steps_source == "default"


def test_max_train_epochs_overrides_max_train_steps():
    # 100 steps per epoch; epochs 5 wins over steps 9999 → 500
    b = compute_steps([sub("10_x y", 10, 10)], Schedule(max_train_epochs=5, max_train_steps=9999))
    assert (b.total_steps, b.epochs) == (500, 5)


def test_two_concepts_reg_buckets_and_accumulation():
    # train: 4 squares × 5 = 20 (512x512), 2 tall × 5 = 10 (384x640) → 30.
    # reg: 3 squares, 2 wide, 1 repeat each: first pass n = 5; five more passes of +1 each reach 30 exactly
    # at the last image → every reg image has 6 repeats: 18 squares, 12 wide (640x384).
    # buckets at batch 4: 384x640: ceil(10/4)=3, 512x512: ceil(38/4)=10, 640x384: ceil(12/4)=3 → 16
    # (ceil(60/4) = 15 without buckets); accumulation 2 → 8 updates per epoch; 10 epochs → 80
    subsets = [sub("5_ohwx woman", 4, 5), sub("5_ohwx2 woman", 2, 5, TALL),
               sub("1_woman", 3, 1, is_reg=True), sub("1_person", 2, 1, WIDE, is_reg=True)]
    b = compute_steps(subsets, Schedule(train_batch_size=4, gradient_accumulation_steps=2, max_train_epochs=10))
    assert [(x.reso, x.samples, x.batches) for x in b.buckets.buckets] == [
        ((384, 640), 10, 3), ((512, 512), 38, 10), ((640, 384), 12, 3)]
    assert [s.used_samples for s in b.subsets] == [20, 10, 18, 12]
    assert (b.batches_per_epoch, b.steps_per_epoch, b.total_steps) == (16, 8, 80)


def test_seed_001_three_train_and_three_reg_folders():
    # train: 40×100 + 200×10 + 1000×5 = 4000 + 2000 + 5000 = 11000.
    # reg declared: 500×5 + 2000×1 + 4000×1 = 8500 < 11000. First pass registers all (n = 8500); the second
    # pass gives +1 to the 500 girl images (9000) then the 2000 portrait images (11000, stop) → girl 500×6 =
    # 3000, portrait 2000×2 = 4000, full body 4000×1 = 4000 = 11000. Epoch 22000 at 768x768, batch 2 →
    # 11000 batches; 12 epochs → 132000 steps.
    size = (768, 768)
    subsets = [sub("100_ai-caline girl", 40, 100, size), sub("10_ai-caline girl portrait", 200, 10, size),
               sub("5_ai-caline girl full body", 1000, 5, size), sub("5_girl", 500, 5, size, True),
               sub("1_portrait", 2000, 1, size, True), sub("1_full body", 4000, 1, size, True)]
    b = compute_steps(subsets, Schedule(train_batch_size=2, max_train_epochs=12), BucketSettings((768, 768)))
    assert (b.train_samples, b.reg_samples, b.reg_used_samples) == (11000, 8500, 11000)
    assert [s.used_samples for s in b.subsets[3:]] == [3000, 4000, 4000]
    assert (b.batches_per_epoch, b.total_steps) == (11000, 132000)
    assert any("balanced to 3000" in line for line in b.lines())


def test_empty_subsets_are_skipped_and_no_images_is_an_error():
    b = compute_steps([sub("10_a b", 0, 10), sub("2_c d", 5, 2)], Schedule(max_train_epochs=1))
    assert [s.name for s in b.subsets] == ["2_c d"] and b.total_steps == 10
    with pytest.raises(StepsError, match="no training images"):
        compute_steps([sub("10_a b", 0, 10), sub("1_b", 3, 1, is_reg=True)], Schedule())
    with pytest.raises(StepsError, match="train_batch_size"):
        compute_steps([sub("2_c d", 5, 2)], Schedule(train_batch_size=0))


def test_breakdown_lines_and_dict():
    b = compute_steps([sub("3_a b", 3, 3), sub("3_c d", 1, 3, TALL)], Schedule(train_batch_size=4, max_train_epochs=10))
    lines = b.lines()
    assert lines[0] == "3_a b: 3 images × 3 repeats = 9"
    assert "batches per epoch: 4 at batch size 4 (+1 partial batches from 2 buckets)" in lines
    assert lines[-1] == "total: 10 epochs × 4 = 40 steps"
    data = b.to_dict()
    assert data["total_steps"] == 40 and data["buckets"]["buckets"][0]["reso"] == (384, 640)
    sent = json.loads(json.dumps(data))  # as a job's event carries it to the interface
    assert [Phrase.from_json(p) for p in sent["phrases"]] == sent["lines"] == lines
    assert sent["phrases"][0] == {"template": "{name}: {images} images × {repeats} repeats = {samples}",
                                  "values": {"name": "3_a b", "images": 3, "repeats": 3, "samples": 9}}


def test_suggest_balanced_repeats():
    # 10 and 40 images, 1000 steps over 10 epochs at batch 1 → 100 samples per epoch, 50 per concept:
    # repeats 5 and round(1.25)=1 → (50+40)×10 = 900; rescaled by 1000/900: round(5.56)=6, round(1.39)=1 →
    # (60+40)×10 = 1000
    s = suggest_repeats([sub("a", 10, 1), sub("b", 40, 1)], 1000, Schedule(max_train_epochs=10))
    assert s.repeats == [6, 1] and s.breakdown.total_steps == 1000


def test_suggest_same_repeats_for_all():
    # 100 samples per epoch over 50 images → repeats 2 each → (20+80)×10 = 1000
    s = suggest_repeats([sub("a", 10, 1), sub("b", 40, 1)], 1000, Schedule(max_train_epochs=10), balance=False)
    assert s.repeats == [2, 2] and s.breakdown.total_steps == 1000


def test_suggest_with_reg_seed_001():
    # 45 images, 2700 steps, 12 epochs, batch 2, with reg: 2700×2/12/2 = 225 samples → repeats 5;
    # reg 4200×1 cut to 225 → 450 samples, 225 batches × 12 = 2700
    s = suggest_repeats([sub("a", 45, 1, (768, 768))], 2700, Schedule(train_batch_size=2, max_train_epochs=12),
                        reg=[sub("1_girl", 4200, 1, (768, 768), True)], buckets=BucketSettings((768, 768)))
    assert s.repeats == [5] and s.breakdown.total_steps == 2700
    with pytest.raises(StepsError, match="max_train_epochs"):
        suggest_repeats([sub("a", 45, 1)], 2700, Schedule())
