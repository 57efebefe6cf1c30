"""``danlu doctor`` and the ``doctor`` job on this machine (honest about a missing GPU),
the diagnosis of GPU setups this machine does not have, and the ``danlu`` command's dispatch."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from dataprep.events import Emitter, parse_event_line
from dataprep.jobs import EXIT_OK, JobContext, execute
from desktop import launcher, qt_doctor
from training import doctor
from training.doctor import doctor_job

REPO = Path(__file__).resolve().parents[1]
ORT_LOG = (
    "\x1b[1;31m2026-11-22 14:25:09.755 [E:onnxruntime:Default, provider_bridge_ort.cc:2458 operator()] "
    "/onnxruntime_src/onnxruntime/core/session/provider_bridge_ort.cc:2043 onnxruntime::Provider& "
    "onnxruntime::ProviderLibrary::Get() [ONNXRuntimeError] : 1 : FAIL : Failed to load library "
    "/x/libonnxruntime_providers_cuda.so with error: libcublasLt.so.13: cannot open shared object file: "
    "No such file or directory\n\x1b[m\n\x1b[0;93m2026-11-22 [W:onnxruntime:Default, onnxruntime_pybind_state.cc:1295 "
    "CreateExecutionProviderFactoryInstance] Failed to create CUDAExecutionProvider. Require cuDNN 9.*\x1b[m\n"
)


@pytest.fixture(scope="module")
def run() -> subprocess.CompletedProcess[str]:
    """`danlu doctor --json` in a child process, so that stray library output would show on stdout."""
    cmd = [sys.executable, "-m", "desktop.launcher", "doctor", "--json"]
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def report(run: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    return json.loads(run.stdout)  # the whole stdout must be one JSON document


@pytest.mark.slow
def test_doctor_json_reports_this_machine_honestly(report: dict[str, Any]) -> None:
    import torch

    assert report["python"]["version"].startswith(f"{sys.version_info[0]}.{sys.version_info[1]}.")
    assert report["torch"]["version"] == torch.__version__
    assert report["torch"]["cuda_available"] == torch.cuda.is_available()
    assert len(report["gpus"]) == (torch.cuda.device_count() if torch.cuda.is_available() else 0)
    messages = [p["message"] for p in report["problems"]]
    if not report["gpus"] and not report["nvidia_smi"]:
        assert "no CUDA GPU: training will run on the CPU and be very slow." in messages
    assert report["bitsandbytes"]["importable"] is True
    assert report["onnxruntime"]["installed"] is True
    if "CUDAExecutionProvider" in report["onnxruntime"]["providers"] and not report["gpus"]:
        assert report["onnxruntime"]["cuda_provider"] == "listed but unusable"
    assert report["packages"]["diffusers"] is not None
    assert report["disks"] and all(d["free_gib"] > 0 for d in report["disks"])


@pytest.mark.slow
def test_doctor_exit_code_says_whether_errors_were_found(
    run: subprocess.CompletedProcess[str], report: dict[str, Any]
) -> None:
    has_errors = any(p["level"] == "error" for p in report["problems"])
    assert run.returncode == (1 if has_errors else 0), run.stderr


@pytest.mark.slow
def test_doctor_json_includes_qt(report: dict[str, Any]) -> None:
    qt = report["qt"]
    assert qt["pyside6"]
    assert qt["requested_platform"] == os.environ["QT_QPA_PLATFORM"]
    assert qt["platform"] == os.environ["QT_QPA_PLATFORM"]  # offscreen under the test suite
    assert "problems" not in qt  # merged into the report's list


@pytest.mark.slow
def test_training_doctor_job_emits_result_event(tmp_path: Path) -> None:
    stream = io.StringIO()
    ctx = JobContext("doctor", {"project": str(tmp_path)}, None, Emitter(stream=stream))
    assert execute(ctx, doctor_job, listen_stdin=False) == EXIT_OK
    events = [e for e in map(parse_event_line, stream.getvalue().splitlines()) if e is not None]
    assert [e["event"] for e in events] == ["start", "result", "done"]
    data = events[1]["data"]
    assert {"torch", "gpus", "onnxruntime", "bitsandbytes", "problems"} <= set(data)
    assert data["disks"][0] == {**data["disks"][0], "label": "project", "path": str(tmp_path)}


@pytest.mark.slow
def test_format_report_lists_every_problem(report: dict[str, Any]) -> None:
    text = doctor.format_report(report)
    for problem in report["problems"]:
        assert problem["message"] in text
        assert problem["advice"] in text
    assert report["torch"]["version"] in text
    if not report["gpus"]:
        assert "GPU           none" in text


def _info_with_gpu(**gpu: Any) -> dict[str, Any]:
    base_gpu = {
        "index": 0,
        "name": "Test GPU",
        "capability": "8.6",
        "total_gib": 24.0,
        "free_gib": 23.0,
        "bf16": True,
        "supported_by_build": True,
    }
    return {
        "danlu": "0.1.0",
        "python": {"version": "3.11.7", "executable": "/x/python", "implementation": "CPython"},
        "system": {"platform": "Linux", "cpu_cores": 8},
        "nvidia_smi": "/usr/bin/nvidia-smi",
        "torch": {"installed": True, "version": "2.9.1+cu128", "cuda_build": "12.8", "cuda_available": True},
        "gpus": [{**base_gpu, **gpu}],
        "onnxruntime": {
            "installed": True,
            "version": "1.31.1",
            "distributions": {"onnxruntime-gpu": "1.31.1"},
            "providers": ["CUDAExecutionProvider", "CPUExecutionProvider"],
            "cuda_provider": "usable",
            "cuda_error": "",
        },
        "bitsandbytes": {"installed": True, "importable": True, "version": "0.50.2"},
        "packages": {name: "1.0" for name in doctor.LISTED_PACKAGES},
        "hf_cache": {"path": "/x/hub", "exists": True, "size_gib": 6.5},
        "disks": [{"label": "project", "path": "/x", "free_gib": 500.0, "total_gib": 1000.0}],
    }


def test_a_healthy_gpu_setup_has_no_problems() -> None:
    info = _info_with_gpu()
    info["problems"] = doctor.diagnose(info)
    assert info["problems"] == []
    text = doctor.format_report(info)
    assert "Test GPU, compute capability 8.6, 23.0 of 24.0 GiB free, bf16: yes" in text
    assert "No problems found." in text


def test_diagnose_small_old_busy_gpu() -> None:
    info = _info_with_gpu(capability="6.1", total_gib=4.0, free_gib=1.0, bf16=False, supported_by_build=False)
    info["onnxruntime"].update(cuda_provider="listed but unusable", cuda_error="libcudnn.so.9: cannot open")
    info["disks"][0]["free_gib"] = 3.0
    problems = doctor.diagnose(info)
    levels = [p["level"] for p in problems]
    assert levels == sorted(levels, key=doctor.PROBLEM_LEVELS.index)
    text = " ".join(p["message"] for p in problems)
    for words in (
        "has no kernels",
        "only 4.0 GiB",
        "only 1.0 of 4.0 GiB free",
        "no bf16",
        "can't use CUDA: captioning runs on the CPU (libcudnn.so.9",
        "only 3.0 GiB free",
    ):
        assert words in text


def test_diagnose_cpu_only_torch_beside_a_driver() -> None:
    info = _info_with_gpu()
    info["gpus"] = []
    info["torch"].update(cuda_build=None, cuda_available=False, version="2.9.1+cpu")
    problems = doctor.diagnose(info)
    assert problems[0]["level"] == "error" and "CPU-only build" in problems[0]["message"]


def test_ort_failure_reason_names_the_missing_library() -> None:
    assert doctor._ort_failure_reason(ORT_LOG) == (
        "libcublasLt.so.13: cannot open shared object file: No such file or directory"
    )


def test_hf_cache_size_counts_blobs_once(tmp_path: Path) -> None:
    blob = tmp_path / "blobs" / "abc"
    blob.parent.mkdir()
    blob.write_bytes(b"x" * 1000)
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "model.safetensors").symlink_to(blob)
    assert doctor._tree_size(tmp_path) == 1000


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
    ],
)
def test_debian_package_of_a_library(soname: str, package: str) -> None:
    assert qt_doctor.debian_package(soname) == package


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is for Linux")
def test_display_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert "no display" in qt_doctor.display_problem()
    monkeypatch.setenv("DISPLAY", ":0")
    assert qt_doctor.display_problem() == ""


def _fake_app(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    opened: list[Path | None] = []
    module = types.ModuleType("desktop.app")
    module.run_app = lambda project: opened.append(project) or 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.app", module)
    return opened


def test_danlu_opens_the_gui_with_a_project(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened = _fake_app(monkeypatch)
    assert launcher.main([]) == 7
    assert launcher.main(["gui", str(tmp_path)]) == 7
    assert opened == [None, tmp_path.resolve()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is for Linux")
def test_danlu_without_display_explains_instead_of_crashing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = _fake_app(monkeypatch)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert launcher.main([]) == 1
    assert opened == []
    assert "no display" in capsys.readouterr().err


def test_danlu_forwards_job_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr("dataprep.cli.main", lambda argv: calls.append(("dataprep", argv)) or 0)
    monkeypatch.setattr("training.cli.main", lambda argv: calls.append(("training", argv)) or 3)
    assert launcher.main(["dataprep", "thumbnails", "cfg.toml"]) == 0
    assert launcher.main(["training", "doctor"]) == 3
    assert calls == [("dataprep", ["thumbnails", "cfg.toml"]), ("training", ["doctor"])]


def test_danlu_help_and_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert launcher.main(["--help"]) == 0
    assert "danlu doctor" in capsys.readouterr().out
    assert launcher.main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err
