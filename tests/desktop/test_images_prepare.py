"""The Images page's prepare panel: the prepare job run from the page, the bucket preview against
dataprep's own histogram, and the single-image bucket warning."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from test_images_page import TIMEOUT, open_page, wait_saved

from dataprep.crops import CropStore
from dataprep.prepare import bucket_histogram, planned_sizes
from dataprep.prepare_options import PrepareOptions, plan_geometry
from dataprep.project import load_project
from desktop.jobs.runner import FINISHED
from desktop.pages import images_buckets


def set_combo(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def preview_settled(page) -> bool:
    return not page.prepare.preview_pending


def test_bucket_histogram_matches_dataprep_and_warns_about_single_image_buckets(qtbot, runner, demo_project):
    images = demo_project.root / "images"
    Image.open(images / "dnl_07.jpg").resize((256, 320)).save(images / "dnl_07_small.jpg")
    page = open_page(qtbot, runner, demo_project, rows=13)
    qtbot.waitUntil(lambda: page.edits.ready, timeout=TIMEOUT)
    page.edits.set_crop(images / "dnl_02.jpg", (0, 0, 512, 512), (512, 640), "1:1")
    set_combo(page.prepare.resolution_combo, 512)
    qtbot.waitUntil(lambda: preview_settled(page) and bool(page.prepare.buckets.data.buckets), timeout=TIMEOUT)
    options = page.prepare.options()
    assert isinstance(options, PrepareOptions) and options.bucket.resolution == (512, 512)
    sizes = planned_sizes([(p, Image.open(p).size) for p in sorted(images.glob("*.jpg"))], page.edits.snapshot(),
                          options)
    plan, lonely = bucket_histogram(sizes, options.bucket, 2)
    data = page.prepare.buckets.data
    assert data.buckets == plan.buckets and data.lonely == lonely
    assert {b.reso: b.images for b in data.buckets} == {(256, 320): 1, (384, 512): 11, (512, 512): 1}
    warning = page.prepare.buckets.warning
    assert not warning.isHidden()
    assert warning.text().startswith("⚠ 2 buckets hold a single image (256×320, 512×512)")

    page.prepare.buckets.batch_spin.setValue(1)  # a batch of one wastes nothing
    qtbot.waitUntil(lambda: preview_settled(page) and page.prepare.buckets.data.batch_size == 1, timeout=TIMEOUT)
    assert warning.isHidden()
    page.set_excluded([images / "dnl_07_small.jpg", images / "dnl_02.jpg"], True)  # excluded images leave it
    page.prepare.buckets.batch_spin.setValue(2)
    qtbot.waitUntil(lambda: preview_settled(page) and page.prepare.buckets.data.batch_size == 2, timeout=TIMEOUT)
    assert [(b.reso, b.images) for b in page.prepare.buckets.data.buckets] == [((384, 512), 11)]
    assert warning.isHidden()


def test_prepare_runs_from_the_page_with_crops_and_exclusions(qtbot, runner, demo_project):
    images = demo_project.root / "images"
    page = open_page(qtbot, runner, demo_project, rows=12)
    qtbot.waitUntil(lambda: page.edits.ready, timeout=TIMEOUT)
    page.set_excluded([images / "dnl_04.jpg"], True)
    page.edits.set_crop(images / "dnl_01.jpg", (56, 64, 456, 464), (512, 640), "1:1")  # not saved yet: Prepare saves
    set_combo(page.prepare.size_combo, "512")
    set_combo(page.prepare.format_combo, "jpg")
    qtbot.mouseClick(page.prepare.prepare_button, Qt.MouseButton.LeftButton)
    (job,) = page.prepare.jobs.jobs
    assert job.argv[1:4] == ["-m", "dataprep", "prepare"]
    assert not page.prepare.prepare_button.isEnabled()
    qtbot.waitUntil(lambda: not job.active, timeout=TIMEOUT)
    assert job.state == FINISHED, job.message
    assert (job.done, job.total) == (11, 11)
    prepared = demo_project.prepared_dir
    assert sorted(p.name for p in prepared.glob("*.jpg")) == [f"dnl_{i:02d}.jpg" for i in range(1, 13) if i != 4]
    assert len(list(prepared.glob("*.txt"))) == 11  # captions come along
    assert Image.open(prepared / "dnl_01.jpg").size == (400, 400)  # the crop, no upscaling
    expected = plan_geometry((512, 640), None, page.prepare.options()).size
    assert Image.open(prepared / "dnl_02.jpg").size == expected == (410, 512)
    assert page.prepare.status.text().startswith("Wrote 11, kept 0 unchanged, left out 1 excluded; 0 failed")
    assert page.prepare.prepare_button.isEnabled() and page.prepare.progress.isHidden()
    assert wait_saved(qtbot, page)["images/dnl_01.jpg"]["crop"] == [56, 64, 456, 464]
    assert CropStore.load(demo_project.root).is_excluded(images / "dnl_04.jpg")


def test_a_project_opened_again_while_its_prepare_waits_gets_no_second_one(qtbot, runner, demo_project):
    """File → Open recent on the project whose prepare is queued or running: the page follows that job again, so
    Prepare stays off and no second job writes into the same prepared/ folder."""
    runner.cpu_slots = 0  # the job stays queued, which counts as running here, with no timing involved
    page = open_page(qtbot, runner, demo_project, rows=12)
    page.prepare.run()
    (job,) = runner.jobs()
    page.set_project(load_project(demo_project.root))
    assert page.prepare.jobs.jobs == [job] and not page.prepare.prepare_button.isEnabled()
    page.prepare.run()
    assert runner.jobs() == [job]
    page.set_project(None)  # another project: its job runs on, on the Jobs page
    assert page.prepare.jobs.jobs == [] and job.active


def test_invalid_options_disable_prepare_and_say_why(qtbot, runner, demo_project: Path):
    page = open_page(qtbot, runner, demo_project, rows=12)
    set_combo(page.prepare.crop_combo, "center")  # a center crop needs an aspect; "free" has none
    assert not page.prepare.prepare_button.isEnabled()
    assert "needs an aspect" in page.prepare.status.text()
    set_combo(page.prepare.aspect_combo, "2:3")
    assert page.prepare.prepare_button.isEnabled() and page.prepare.status.text() == ""


def test_the_preview_reads_only_a_few_sizes_itself_and_leaves_the_rest_to_the_scan(qtbot, runner, demo_project,
                                                                                    monkeypatch):
    monkeypatch.setattr(images_buckets, "HEADER_READS", 5)
    page = open_page(qtbot, runner, demo_project, rows=12)
    qtbot.waitUntil(lambda: page.edits.ready and preview_settled(page) and bool(page.prepare.buckets.data.buckets),
                    timeout=TIMEOUT)
    data = page.prepare.buckets.data  # each preview reads at most 5 more (the page keeps what was read)
    assert len(data.read_sizes) == 5 and data.unmeasured in (7, 2)
    assert sum(b.images for b in data.buckets) + data.unmeasured == 12
    assert f"{data.unmeasured} more not measured yet: Scan images to count them" in page.prepare.buckets.summary.text()


def test_prepare_after_the_project_folder_was_moved_says_so_and_rebuilds_nothing(qtbot, runner, demo_project,
                                                                                  tmp_path: Path):
    """Renamed in the file manager while open: Prepare wrote a job file into a new, empty project skeleton where the
    folder had been, and the job then failed on a danlu.toml it could not find."""
    page = open_page(qtbot, runner, demo_project, rows=12)
    qtbot.waitUntil(lambda: page.edits.ready and not page.thumb_jobs.active and not page.scan_jobs.active,
                    timeout=TIMEOUT)
    before = runner.jobs()
    demo_project.root.rename(tmp_path / "renamed")
    qtbot.mouseClick(page.prepare.prepare_button, Qt.MouseButton.LeftButton)
    assert runner.jobs() == before and page.prepare.jobs.jobs == []
    assert page.prepare.status.text().startswith(f"The project folder {demo_project.root} is not there any more")
    assert page.prepare.prepare_button.isEnabled()
    page.scan_images()
    assert runner.jobs() == before and "is not there any more" in page.status.text()
    assert not (demo_project.root / ".danlu" / "jobs").exists()  # (thumbnails still on their way may land there)
