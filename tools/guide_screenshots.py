"""The user guide's screenshots, taken from the real app walking a fresh copy of the demo project end to end.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/guide_screenshots.py --out docs/guide/img

It opens the main window on a new copy of the demo project and does what docs/walkthrough.md tells a
person to do, through the pages' own buttons: build the tiny demo models → scan the images → prepare →
auto-caption with the tiny WD tagger → edit the captions → generate regularization images → build the
training folders → train 2 epochs (the live loss graph) → render the comparison grid with CLIP scores.
Each job runs as the app runs it (a child process through the job runner); the script waits for what the
app shows (a job's state, a page's rows), never for a fixed time, and stops with the step's name and the
job's message when something fails. ``--until STEP`` stops after that step. ``--cache DIR`` keeps the tiny
kit in DIR/danlu/tiny-models instead of the user's cache (the tests point it at their own kit).

The models are tiny ones with random weights: the pictures they make are noise, the screenshots show the
app, not a result.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

STEPS = ("open", "models", "scan", "prepare", "caption", "edit", "reg", "folders", "train", "compare")
WINDOW_SIZE = (1400, 860)
SHOT_WIDTH = 1200
JOB_TIMEOUT_S = 600  # a hang guard, not a timing check: the slowest step takes about a minute on 2 CPU cores


class StepFailed(Exception):
    """A step of the walk-through that did not do what the guide says it does."""


class Walkthrough:
    """Drives one MainWindow through the steps and writes a PNG per screenshot into *out*."""

    def __init__(self, out: Path, workdir: Path, width: int = SHOT_WIDTH, language: str = "en") -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from desktop.app import APP_NAME, ORGANIZATION
        from desktop.i18n import LANGUAGE_KEY, install_translators
        from desktop.jobs.runner import JobRunner
        from desktop.main_window import MainWindow
        from desktop.theme import apply_theme

        app = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(app, QApplication)
        self.app = app
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORGANIZATION)
        apply_theme(app, "light")  # the same look on every machine
        self.out = out
        self.width = width
        self.shots: list[Path] = []
        self.settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
        self.settings.setValue(LANGUAGE_KEY, language)
        install_translators(app, self.settings)
        # one thread per job: the tiny models are too small for more, and the machine may have 2 cores
        self.runner = JobRunner(env={"OMP_NUM_THREADS": "1"})
        self.window = MainWindow(self.runner, self.settings, workdir / "demo-project")
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.step = ""
        self.trigger = ""

    # ---- waiting
    def wait(self, ready: Callable[[], bool], what: str, timeout_s: float = 60) -> None:
        """Run the event loop until *ready()*; a modal dialog that pops up, or *timeout_s*, fails the step."""
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        deadline = time.monotonic() + timeout_s
        problem: list[str] = []
        loop = QEventLoop()

        def check() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
                problem.append(f"a dialog popped up: {modal.windowTitle()}: {text}")
                modal.close()
            elif ready():
                pass
            elif time.monotonic() > deadline:
                problem.append(f"gave up after {timeout_s:.0f} s waiting for {what}")
            else:
                return
            loop.quit()

        if ready():
            return
        timer = QTimer(interval=50)
        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()
        if problem:
            raise StepFailed(f"{self.step}: {problem[0]}")

    def run_job(self, start: Callable[[], object], what: str) -> object:
        """Start a job through the page (*start* clicks its button), wait for it, fail loudly if it failed."""
        from desktop.jobs.runner import FINISHED

        before = {j.id for j in self.runner.jobs()}
        start()
        self.wait(lambda: any(j.id not in before for j in self.runner.jobs()), f"{what} to be queued", 10)
        (job,) = [j for j in self.runner.jobs() if j.id not in before][-1:]
        self.wait(lambda: not job.active, f"{what} ({job.title})", JOB_TIMEOUT_S)
        if job.state != FINISHED:
            tail = "\n".join(job.stderr_tail)
            raise StepFailed(f"{self.step}: {what} ended {job.state}: {job.message}\n{tail}")
        return job

    # ---- screenshots
    def shot(self, name: str, widget: object | None = None) -> Path:
        """*widget* (default the main window) as docs/guide/img/<name>.png, SHOT_WIDTH wide, 256 colours."""
        from PIL import Image
        from PySide6.QtCore import QBuffer, QIODevice

        self.app.processEvents()
        pixmap = (widget or self.window).grab()  # type: ignore[attr-defined]
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
        if image.width > self.width:
            image = image.resize((self.width, round(image.height * self.width / image.width)), Image.Resampling.LANCZOS)
        path = self.out / f"{name}.png"
        image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)
        self.shots.append(path)
        return path

    def page(self, key: str) -> Any:  # each page its own type
        self.window.show_page(key)
        self.app.processEvents()
        return self.window.pages[key]

    # ---- the steps, in the walk-through's order
    def do_open(self) -> None:
        """First start: the Welcome page, with (a fresh copy of) the demo project open; then its pictures."""
        self.window.open_initial(None)
        project = self.window.project
        if project is None or not project.demo_models:
            raise StepFailed("open: the demo project did not open (or lacks demo_models = true)")
        self.trigger = project.concepts[0].identifier
        if self.window.current_page_key() == "welcome":  # the first start: the path and the machine check
            check = self.window.pages["welcome"].machine
            self.wait(lambda: check.job is not None and not check.job.active,
                      "the machine check on the Welcome page", JOB_TIMEOUT_S)
            self.shot("00-welcome")
        images = self.page("images")
        self.wait(lambda: images.model.rowCount() == 12 and images.thumbs.pending_count() == 0,
                  "the 12 demo pictures in the grid")
        self.shot("01-demo-project")

    def do_models(self) -> None:
        """Build the tiny demo models from the bar the model pages show for the demo project."""
        train = self.page("train")
        bar = train.demo_bar
        if bar.kit() is None:
            self.shot("02-demo-models-build")
            self.run_job(bar.build_button.click, "building the demo models")
        self.wait(lambda: bar.kit() is not None and not bar.build_button.isVisible(), "the demo models to be ready")
        model = train.form.value("model.pretrained_model_name_or_path")
        if model != str(bar.kit().sd1):
            raise StepFailed(f"models: the Train page's base model is {model!r}, not the tiny demo SD")
        self.shot("03-demo-models-ready")

    def do_scan(self) -> None:
        images = self.page("images")
        self.run_job(images.scan_button.click, "the import scan")
        self.wait(lambda: images.scan.report is not None, "the scan report on the page")
        self.shot("04-images-scanned")

    def do_prepare(self) -> None:
        images = self.page("images")
        panel = images.prepare
        panel.size_combo.setCurrentIndex(panel.size_combo.findData("512"))
        self.wait(lambda: panel.prepare_button.isEnabled(), "the Prepare button")
        self.run_job(panel.prepare_button.click, "prepare")
        project = self.window.project
        written = len(list(project.prepared_dir.glob("*.png")))
        if written != 12:
            raise StepFailed(f"prepare: {written} images in {project.prepared_dir}, expected 12")
        self.shot("05-images-prepared")

    def do_caption(self) -> None:
        captions = self.page("captions")
        project = self.window.project
        self.wait(lambda: captions.store is not None and captions.folder == project.prepared_dir
                  and captions.model.rowCount() == 12, "the Captions page to show prepared/")
        captions.autocaption_button.click()
        dialog = captions.autocaption
        self.wait(lambda: dialog is not None and dialog.isVisible(), "the Auto-caption dialog")
        kit = dialog.demo_bar.kit()
        if kit is None or dialog.model() != str(kit.wd_tagger):
            raise StepFailed(f"caption: the dialog's model is {dialog.model()!r}, not the tiny demo tagger")
        mode = dialog.top.controls["mode"]
        mode.setCurrentIndex(mode.findData("overwrite"))  # the tagger's tags replace the hand-written ones
        dialog.preview_button.click()
        self.wait(lambda: bool(dialog.changes), "the preview of the new captions", JOB_TIMEOUT_S)
        self.shot("06-autocaption-dialog", dialog)
        self.run_job(dialog.run_button.click, "auto-captioning")
        self.wait(lambda: dialog.written == 12, "12 captions written")
        self.shot("07-autocaption-done", dialog)
        dialog.close()

    def answer_dialog(self, open_it: Callable[[], object], shot: str) -> None:
        """Call *open_it*, which shows a modal dialog; screenshot the dialog, then press its OK (accept)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        answered: list[str] = []

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                QTimer.singleShot(50, answer)  # not shown yet
                return
            self.shot(shot, dialog)
            answered.append(dialog.windowTitle())
            dialog.accept()

        QTimer.singleShot(0, answer)
        open_it()  # returns once the dialog is answered
        if not answered:
            raise StepFailed(f"{self.step}: no dialog opened")

    def do_edit(self) -> None:
        """Put the trigger word first in every caption (More → Add text), then look at one in the editor."""
        captions = self.page("captions")
        self.answer_dialog(captions.ask_add_text, "08-add-trigger-word")  # the identifier is filled in
        changed = sum(list(row.tags[:1]) == [self.trigger] for row in captions.store.rows)
        if changed != 12:
            raise StepFailed(f"edit: the trigger word is first in {changed} captions, expected 12")
        captions.autosaver.save_now()
        self.wait(lambda: not captions.store.dirty_rows() and not captions.autosaver.busy(), "the captions saved")
        first = captions.folder / "dnl_01.txt"
        if not first.read_text(encoding="utf-8").startswith(self.trigger + ", "):
            raise StepFailed(f"edit: {first} does not start with {self.trigger!r}")
        self.wait(captions.editor.image.has_image, "the picture in the editor")
        self.shot("09-captions-edited")

    def do_reg(self) -> None:
        reg = self.page("regularization")
        kit = reg.demo_bar.kit()
        self.wait(lambda: reg.state is not None and reg.generate_button.isEnabled(), "the Regularization page")
        if kit is None or reg.form.values()["model"] != str(kit.sd1):
            raise StepFailed(f"reg: the base model is {reg.form.values()['model']!r}, not the tiny demo SD")
        self.shot("10-regularization-setup")
        self.run_job(reg.generate_button.click, "generating regularization images")
        self.wait(lambda: reg.state is not None and len(reg.state.images) >= reg.count.value()
                  and reg.grid_model.rowCount() > 0, "the reg images in the grid")
        self.shot("11-regularization-done")

    def do_folders(self) -> None:
        """Train on prepared/ (the captioned set), then build the repeats folders."""
        folders = self.page("folders")
        form = folders.editor.form
        folders.editor.select(0)
        if not form.use_prepared.isVisible():
            raise StepFailed("folders: the concept is not offered the prepared set (Use prepared/)")
        form.use_prepared.click()
        self.wait(lambda: self.window.project.concepts[0].source == "prepared", "the concept to use prepared/")
        if folders.schedule.config()["resolution"] != 64:
            raise StepFailed("folders: the schedule is not the demo's (resolution 64)")
        self.wait(lambda: not folders.busy() and folders.build_button.isEnabled(), "the folder checks")
        self.run_job(folders.build_button.click, "building the folders")
        self.wait(lambda: not folders.busy(), "the checks after the build")
        self.shot("12-folders-built")

    def do_train(self) -> None:
        train = self.page("train")
        self.wait(lambda: not train.busy(), "the step count")
        if not train.checks.start_button.isEnabled():
            raise StepFailed(f"train: Start is disabled: {train.checks.checks.text()} {train.checks.why.text()}")
        self.shot("13-train-settings")
        from desktop.jobs.runner import FINISHED

        job = train.start()
        if job is None:
            raise StepFailed("train: the page did not start a run")
        total = train.steps["total_steps"] if train.steps else 0
        graph = train.monitor.graph

        def half_drawn() -> bool:
            graph.flush()  # the graph draws on a timer; count what it has now
            return not job.active or graph.point_count() * 2 >= total

        self.wait(half_drawn, "half of the steps in the loss graph", JOB_TIMEOUT_S)
        self.shot("14-train-live")
        self.wait(lambda: not job.active, "the run to finish", JOB_TIMEOUT_S)
        if job.state != FINISHED:
            raise StepFailed(f"train: the run ended {job.state}: {job.message}\n" + "\n".join(job.stderr_tail))
        self.shot("15-train-finished")

    def do_compare(self) -> None:
        compare = self.page("compare")
        compare.set_project(self.window.project)  # read the runs again: one has checkpoints now
        self.wait(lambda: compare.setup.current_run() is not None, "the run in the Compare page")
        self.shot("16-compare-setup")
        job = self.run_job(compare.render_grid, "rendering the grid")
        if not any("scores" in e["data"] for e in job.events if e["event"] == "result"):  # type: ignore[attr-defined]
            raise StepFailed("compare: the grid has no CLIP scores")
        self.wait(lambda: bool(compare.view.records), "the grid on the page")
        compare.view.fit()
        self.shot("17-compare-grid")

    def walk(self, until: str = STEPS[-1]) -> list[Path]:
        """Every step up to and including *until*; the screenshots taken."""
        for name in STEPS[:STEPS.index(until) + 1]:
            self.step = name
            getattr(self, f"do_{name}")()
        return self.shots

    def close(self) -> None:
        self.runner.shutdown(wait_ms=5000)
        self.window.close()


def walk(out: Path, until: str = STEPS[-1], workdir: Path | None = None, width: int = SHOT_WIDTH,
         language: str = "en") -> list[Path]:
    """Walk the demo into *out* (created); the screenshots. A temporary work folder unless *workdir* is given."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="danlu-guide-") as tmp:
        walker = Walkthrough(out, workdir or Path(tmp), width, language)
        try:
            return walker.walk(until)
        finally:
            walker.close()


def main(argv: list[str] | None = None) -> int:
    from desktop.i18n import NATIVE_NAMES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "guide" / "img", help="folder for the PNGs")
    parser.add_argument("--until", choices=STEPS, default=STEPS[-1], help="stop after this step")
    parser.add_argument("--width", type=int, default=SHOT_WIDTH, help="width of the PNGs in pixels")
    parser.add_argument("--workdir", type=Path, help="keep the demo project and settings here (default: temporary)")
    parser.add_argument("--cache", type=Path, help="cache folder for the tiny kit (default: the user's cache)")
    parser.add_argument("--language", choices=tuple(NATIVE_NAMES), default="en",
                        help="the interface's language (to check a translation; the guide's shots are in English)")
    args = parser.parse_args(argv)
    if args.cache is not None:
        os.environ["XDG_CACHE_HOME"] = str(args.cache.resolve())  # the app and its jobs find the kit there
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
    try:
        shots = walk(args.out, args.until, args.workdir, args.width, args.language)
    except StepFailed as exc:
        print(f"guide_screenshots: step {exc}", file=sys.stderr)
        return 1
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
