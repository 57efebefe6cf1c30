"""Bucket math against values worked out by hand from sd-scripts' rules."""

import pytest

from dataprep.buckets import (
    BucketError,
    BucketSelector,
    BucketSettings,
    adjust_bucket_limits,
    aspect_error,
    make_bucket_resolutions,
    parse_resolution,
    plan_buckets,
    sdxl_crop_ltrb,
)

# 512x512, min 256, max 1024, steps 64: area 262144, square side 512; for each width w the height is
# min(1024, (262144 // w) // 64 * 64): 256→1024, 320→768 (819//64=12), 384→640 (682//64=10),
# 448→576 (585//64=9), 512→512, 576→448, 640→384, 704→320 (372//64=5), 768→320, 832→256 (315//64=4),
# 896→256, 960→256, 1024→256; each pair is added in both orientations.
BUCKETS_512 = [
    (256, 832), (256, 896), (256, 960), (256, 1024), (320, 704), (320, 768), (384, 640), (448, 576),
    (512, 512), (576, 448), (640, 384), (704, 320), (768, 320), (832, 256), (896, 256), (960, 256), (1024, 256),
]


def test_bucket_resolutions_512():
    assert make_bucket_resolutions((512, 512)) == BUCKETS_512


def test_bucket_resolutions_1024_sdxl_area():
    # 1024x1024, min 256, max 2048: area 1048576; w=256 → min(2048, 4096//64*64=4096)=2048;
    # w=512 → 2048; w=576 → 1820//64*64=1792; w=640 → 1638→1600; w=1024 → 1024; w=2048 → 512.
    resos = make_bucket_resolutions((1024, 1024), 256, 2048, 64)
    for reso in [(1024, 1024), (256, 2048), (2048, 256), (512, 2048), (576, 1792), (640, 1600), (2048, 512)]:
        assert reso in resos
    assert all(w * h <= 1024 * 1024 for w, h in resos)
    assert all(w % 64 == 0 and h % 64 == 0 for w, h in resos)
    assert resos == sorted(resos)


def test_bucket_resolutions_drop_heights_below_min():
    # max 1024 with area 262144 and min 384: w=832 gives height 256 < 384, so it is left out
    resos = make_bucket_resolutions((512, 512), 384, 1024, 64)
    assert (832, 256) not in resos and (256, 832) not in resos
    assert (384, 640) in resos and (704, 320) not in resos


@pytest.mark.parametrize(
    "size, reso, resized, crop",
    [
        # aspect 2/3=0.6667: closest bucket aspect 384/640=0.6 (err .0667) vs 448/576=0.778 (err .111);
        # image wider than bucket → fit height: scale 640/1500, width int(426.67+.5)=427; crop (427-384)//2=21
        ((1000, 1500), (384, 640), (427, 640), (21, 0, 405, 640)),
        # aspect 2.0: 704/320=2.2 (err .2) beats 640/384=1.667 (err .333); image narrower → fit width:
        # scale 704/2000=.352, height int(352+.5)=352; crop top (352-320)//2=16
        ((2000, 1000), (704, 320), (704, 352), (0, 16, 704, 336)),
        # an image whose size is a bucket keeps it, untouched
        ((576, 448), (576, 448), (576, 448), (0, 0, 576, 448)),
        # square images are upscaled to the 512 bucket
        ((300, 300), (512, 512), (512, 512), (0, 0, 512, 512)),
    ],
)
def test_select_predefined(size, reso, resized, crop):
    choice = BucketSelector(BucketSettings((512, 512))).select_bucket(*size)
    assert choice == (reso, resized, crop)


def test_select_no_upscale_large_image():
    # 1000x1500 > 262144 px: resized width sqrt(262144*2/3)=418.04 → round 418 → 384; height 384*1.5=576 →
    # 576. Height path: 262144/418.04=627.07 → 627 → 576; width 576*2/3=384 → 384. Both give aspect 2/3
    # exactly, the tie goes to the height path: (int(576*2/3+.5), 576) = (384, 576); bucket (384, 576).
    selector = BucketSelector(BucketSettings((512, 512), bucket_no_upscale=True))
    assert selector.predefined_resos == []
    assert selector.select_bucket(1000, 1500) == ((384, 576), (384, 576), (0, 0, 384, 576))


def test_select_no_upscale_small_image_is_not_enlarged():
    # 300x500 fits in the area: not resized; bucket (300-300%64, 500-500%64) = (256, 448);
    # center crop left (300-256)//2=22, top (500-448)//2=26
    selector = BucketSelector(BucketSettings((512, 512), bucket_no_upscale=True))
    assert selector.select_bucket(300, 500) == ((256, 448), (300, 500), (22, 26, 278, 474))


def test_select_no_upscale_wide_image():
    # 1600x900 (16:9) at 512: width sqrt(262144*16/9)=682.67 → 683 → 640; height 640*9/16=360 → 360 → 320
    # (ar 2.0, err .222). height 262144/682.67=384 → 384; width 384*16/9=682.67 → 683 → 640 (ar 1.667, err
    # .111): the height path wins: resized (int(682.67+.5)=683, 384), bucket (640, 384), crop left 21.
    selector = BucketSelector(BucketSettings((512, 512), bucket_no_upscale=True))
    assert selector.select_bucket(1600, 900) == ((640, 384), (683, 384), (21, 0, 661, 384))


def test_select_without_buckets_uses_the_resolution():
    # one bucket 512x512; 1000x1500 is taller → fit width: scale .512, height int(768+.5)=768; crop top 128
    selector = BucketSelector(BucketSettings((512, 512), enable_bucket=False))
    assert selector.predefined_resos == [(512, 512)]
    assert selector.select_bucket(1000, 1500) == ((512, 512), (512, 768), (0, 128, 512, 640))


def test_aspect_error_and_sdxl_crop():
    assert aspect_error((384, 640), (1000, 1500)) == pytest.approx(0.6 - 2 / 3)
    # image 2/3 inside bucket 384x640 (bucket ar .6 < .667): fit width 384, height 576; top (640-576)//2=32
    assert sdxl_crop_ltrb((384, 640), (1000, 1500)) == pytest.approx((0, 32, 384, 608))


def test_plan_buckets_counts_partial_batches():
    selector = BucketSelector(BucketSettings((512, 512)))
    # three square images × 3 repeats = 9 samples in 512x512, one 1000x1500 × 3 = 3 in 384x640
    images = [((512, 512), 3)] * 3 + [((1000, 1500), 3)]
    plan = plan_buckets(images, selector, batch_size=4)
    assert [(b.reso, b.samples, b.images, b.batches) for b in plan.buckets] == [
        ((384, 640), 3, 1, 1),  # ceil(3/4) = 1, a partial batch
        ((512, 512), 9, 3, 3),  # ceil(9/4) = 3, the last one partial
    ]
    assert plan.samples == 12
    assert plan.batches == 4  # vs ceil(12/4) = 3 without buckets
    assert plan.partial_batches == 1
    # ar errors over images (not repeats): 0, 0, 0, |0.6-2/3|
    assert plan.mean_ar_error == pytest.approx((2 / 3 - 0.6) / 4)


def test_plan_skips_zero_repeats_and_rejects_bad_batch():
    selector = BucketSelector()
    assert plan_buckets([((512, 512), 0)], selector, 2).batches == 0
    with pytest.raises(BucketError):
        plan_buckets([], selector, 0)


def test_limits_are_adjusted_and_checked():
    assert adjust_bucket_limits((512, 512), 250, 1000, 64) == (192, 1024)
    with pytest.raises(BucketError, match="min_bucket_reso"):
        adjust_bucket_limits((512, 512), 576, 1024, 64)
    with pytest.raises(BucketError, match="max_bucket_reso"):
        BucketSelector(BucketSettings((1024, 1024), max_bucket_reso=768))


def test_parse_resolution():
    assert parse_resolution(512) == (512, 512)
    assert parse_resolution("768,512") == (768, 512)
    assert parse_resolution("1024") == (1024, 1024)
    assert parse_resolution((640, 896)) == (640, 896)
    with pytest.raises(BucketError):
        parse_resolution("big")
    with pytest.raises(BucketError):
        parse_resolution("1,2,3")


@pytest.mark.parametrize("no_upscale", [False, True])
def test_invariants_over_many_sizes(no_upscale):
    settings = BucketSettings((768, 512), bucket_no_upscale=no_upscale)
    selector = BucketSelector(settings)
    for width in range(97, 3000, 131):
        for height in range(89, 3000, 157):
            reso, resized, (left, top, right, bottom) = selector.select_bucket(width, height)
            assert reso[0] % 64 == 0 and reso[1] % 64 == 0
            assert resized[0] >= reso[0] and resized[1] >= reso[1]  # crop, never pad
            assert (right - left, bottom - top) == reso and right <= resized[0] and bottom <= resized[1]
            if no_upscale:
                assert resized[0] <= width and resized[1] <= height  # never enlarged
                assert reso[0] * reso[1] <= 768 * 512
            else:
                assert reso in selector.predefined_resos
