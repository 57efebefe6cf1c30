"""The build-layout job: events, result data, refusal on errors, end to end through the CLI."""

import io
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from dataprep.events import Emitter, parse_event_line
from dataprep.jobs import EXIT_FAILED, EXIT_OK, JobContext, execute
from dataprep.layout_job import build_layout_job
from dataprep.project import Concept, create_project

REPO = Path(__file__).resolve().parents[1]


def make_project(root: Path, captions: bool = True):
    project = create_project(root)
    project.prepared_dir.mkdir()
    for i in range(3):
        size = (1000, 1500) if i == 0 else (512, 512)
        Image.new("RGB", size, (i * 50, 0, 0)).save(project.prepared_dir / f"{i}.png")
        if captions:
            (project.prepared_dir / f"{i}.txt").write_text(f"tag{i}", encoding="utf-8")
    project.concepts = [Concept("ohwx", "woman", 4, "prepared")]
    project.save()
    return project


def run_job(config: dict, tmp_path: Path) -> tuple[int, list[dict]]:
    stream = io.StringIO()
    ctx = JobContext("build-layout", config, tmp_path / "job.toml", Emitter(stream=stream))
    code = execute(ctx, build_layout_job, listen_stdin=False)
    return code, [e for e in map(parse_event_line, stream.getvalue().splitlines()) if e]


def test_job_builds_and_reports_steps(tmp_path):
    make_project(tmp_path / "p")
    code, events = run_job({"project": "p", "train_batch_size": 2, "max_train_epochs": 5,
                            "dataset_config": "p/dataset.toml"}, tmp_path)
    assert code == EXIT_OK
    progress = [e for e in events if e["event"] == "progress"]
    assert progress[-1]["done"] == progress[-1]["total"] == 6 and progress[-1]["unit"] == "file"
    (result,) = [e["data"] for e in events if e["event"] == "result"]
    # 1000x1500 ×4 → bucket 384x640: ceil(4/2) = 2; two 512x512 ×4 = 8 → 4 batches; 6 per epoch × 5 = 30
    assert result["steps"]["batches_per_epoch"] == 6 and result["steps"]["total_steps"] == 30
    assert result["folders"] == ["img/4_ohwx woman"] and result["placed"] == 6
    assert events[-1]["event"] == "done"
    assert events[-1]["outputs"] == [str(tmp_path / "p" / "train"), str(tmp_path / "p" / "dataset.toml")]
    assert (tmp_path / "p/train/img/4_ohwx woman/0.png").is_file()


def test_job_refuses_to_build_on_errors(tmp_path):
    project = make_project(tmp_path / "p")
    (tmp_path / "p" / "prepared" / "0.txt").write_text("", encoding="utf-8")  # empty caption: sd-scripts stops
    code, events = run_job({"project": "p"}, tmp_path)
    assert code == EXIT_FAILED
    assert any(e["event"] == "warning" and e["level"] == "error" for e in events)
    assert events[-1]["event"] == "error" and "is empty" in events[-1]["message"]
    assert not project.train_dir.exists()


def test_job_config_errors(tmp_path):
    make_project(tmp_path / "p")
    code, events = run_job({"project": "p", "train_batch_size": 0}, tmp_path)
    assert code == EXIT_FAILED and "train_batch_size" in events[-1]["message"]
    code, events = run_job({}, tmp_path)
    assert code == EXIT_FAILED and events[-1]["kind"] == "config"


def test_a_dataset_config_that_cannot_be_written_is_an_io_error_naming_it(tmp_path):
    project = make_project(tmp_path / "p")
    (tmp_path / "p" / "taken").write_text("a file, not a folder")
    code, events = run_job({"project": "p", "dataset_config": "p/taken/dataset.toml"}, tmp_path)
    assert code == EXIT_FAILED and events[-1]["kind"] == "io"
    assert events[-1]["message"].startswith(f"{tmp_path / 'p' / 'taken' / 'dataset.toml'}: cannot write the dataset "
                                            f"config (")
    assert events[-1]["hint"].startswith("The folders are built.")
    assert (project.train_dir / "img" / "4_ohwx woman" / "0.png").is_file()


def test_cli_end_to_end(tmp_path):
    make_project(tmp_path / "p", captions=False)
    (tmp_path / "job.toml").write_text('project = "p"\nmax_train_epochs = 1\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "dataprep", "build-layout", "job.toml", "--no-stdin"],
                          cwd=tmp_path, env=env, text=True, capture_output=True, timeout=120)
    assert proc.returncode == EXIT_OK, proc.stderr
    events = [e for e in map(parse_event_line, proc.stdout.splitlines()) if e]
    warnings = [e["message"] for e in events if e["event"] == "warning"]
    assert any("have no .txt caption" in m and "'ohwx woman'" in m for m in warnings)
    (result,) = [e["data"] for e in events if e["event"] == "result"]
    assert result["steps"]["total_steps"] == 12  # 4 samples in 384x640 + 8 in 512x512, batch 1: 12 batches
