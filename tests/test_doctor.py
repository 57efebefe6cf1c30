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
from training import doctor, doctor_onnxruntime, doctor_probes, doctor_problems, doctor_storage
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
        "driver": {"version": "570.86.10", "cuda": "12.8"},
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
        "models": {"captioners": ["SmilingWolf/wd-vit-tagger-v3"], "base_models": ["org/sd15"]},
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


def test_a_driver_older_than_the_build_names_the_driver_to_install() -> None:
    info = _info_with_gpu()
    info["gpus"] = []
    info["driver"] = {"version": "535.104.05", "cuda": "12.2"}
    (problem,) = doctor.diagnose(info)
    assert problem["code"] == "driver_too_old" and problem["level"] == "error"
    assert "driver 535.104.05 runs CUDA up to 12.2" in problem["message"]
    assert "built for CUDA 12.8" in problem["message"]
    assert "NVIDIA driver 570 or newer" in problem["advice"]
    assert problem["params"] == {"driver": "535.104.05", "driver_cuda": "12.2", "build": "12.8", "branch": "570"}
    info["driver"] = {"version": "575.51", "cuda": "12.9"}  # new enough: something else is wrong
    assert [p["code"] for p in doctor.diagnose(info)] == ["gpu_unusable"]


@pytest.mark.parametrize(("cuda", "branch"), [("12.8", "570"), ("13.0", "580"), ("12.3", "525"), ("14.0", "")])
def test_needed_driver(cuda: str, branch: str) -> None:
    assert doctor_problems.needed_driver(cuda) == branch


def test_no_gpu_says_the_demo_runs_and_real_training_needs_one() -> None:
    info = _info_with_gpu()
    info.update(gpus=[], nvidia_smi=None, driver={"version": None, "cuda": None})
    (problem,) = doctor.diagnose(info)
    assert problem["code"] == "no_gpu" and problem["level"] == "warning"
    assert "demo project" in problem["advice"] and "NVIDIA GPU" in problem["advice"]


def test_onnxruntime_on_the_cpu_is_a_problem_only_beside_a_gpu() -> None:
    info = _info_with_gpu()
    info["onnxruntime"].update(cuda_provider="listed but unusable", cuda_error="libcudnn.so.9: cannot open")
    assert [(p["code"], p["level"]) for p in doctor.diagnose(info)] == [("ort_cuda_unusable", "warning")]
    info.update(gpus=[], nvidia_smi=None)
    codes = [(p["code"], p["level"]) for p in doctor.diagnose(info)]
    assert ("ort_cpu_expected", "info") in codes and ("ort_cuda_unusable", "warning") not in codes


def _preset_names() -> set[str]:
    from dataprep.tomlio import load_toml

    return {load_toml(path)["preset"]["name"] for path in (REPO / "resources" / "presets").glob("vram-*.toml")}


@pytest.mark.parametrize(("total", "preset"), [(7.6, "SDXL · 8 GB GPU"), (6.0, "SDXL · 6 GB GPU")])
def test_under_12_gib_points_at_the_sdxl_low_memory_preset(total: float, preset: str) -> None:
    (problem,) = doctor.diagnose(_info_with_gpu(total_gib=total, free_gib=total))
    assert (problem["code"], problem["action"]) == ("sdxl_vram", "train")
    assert f"'{preset}'" in problem["advice"] and "fp8" in problem["advice"]
    assert preset in _preset_names()
    assert problem["params"] == {"gpu": "GPU 0 (Test GPU)", "gib": f"{total:.1f}", "preset": preset}


def test_low_vram_names_an_existing_preset() -> None:
    (problem,) = doctor.diagnose(_info_with_gpu(total_gib=4.0, free_gib=4.0))
    assert problem["code"] == "low_vram"
    assert f"'{doctor_problems.SD15_LOW_PRESET}'" in problem["advice"]
    assert doctor_problems.SD15_LOW_PRESET in _preset_names()


def test_missing_models_point_at_where_to_get_them() -> None:
    info = _info_with_gpu()
    info["models"] = {"captioners": [], "base_models": []}
    problems = {p["code"]: p for p in doctor.diagnose(info)}
    assert set(problems) == {"no_captioner", "no_base_model"}
    assert problems["no_captioner"]["action"] == "captions" and "Auto-caption…" in problems["no_captioner"]["advice"]
    assert problems["no_base_model"]["action"] == "train" and ".safetensors" in problems["no_base_model"]["advice"]
    assert "Stable Diffusion: none in the HF cache" in doctor.format_report({**info, "problems": []})


def test_model_info_finds_captioners_and_pipelines_in_the_cache(tmp_path: Path) -> None:
    def repo(repo_id: str, files: dict[str, bytes]) -> None:
        snapshot = tmp_path / f"models--{repo_id.replace('/', '--')}" / "snapshots" / "abc"
        snapshot.mkdir(parents=True)
        (snapshot.parents[1] / "refs").mkdir()
        (snapshot.parents[1] / "refs" / "main").write_text("abc")
        for name, data in files.items():
            (snapshot / name).write_bytes(data)

    assert doctor_storage.model_info(tmp_path) == {"captioners": [], "base_models": []}
    repo("SmilingWolf/wd-vit-tagger-v3", {"model.onnx": b"x", "selected_tags.csv": b"y"})
    repo("SmilingWolf/wd-swinv2-tagger-v3", {"model.onnx": b"x"})  # incomplete: not usable
    repo("org/sd15", {"model_index.json": b"{}"})
    found = doctor_storage.model_info(tmp_path)
    assert found == {"captioners": ["SmilingWolf/wd-vit-tagger-v3"], "base_models": ["org/sd15"]}


def test_driver_info_reads_the_banner(tmp_path: Path) -> None:
    smi = tmp_path / "nvidia-smi"
    smi.write_text("#!/bin/sh\necho '| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2 |'\n")
    smi.chmod(0o755)
    assert doctor_probes.driver_info(str(smi)) == {"version": "535.104.05", "cuda": "12.2"}
    assert doctor_probes.driver_info(None) == {"version": None, "cuda": None}


def test_ort_failure_reason_names_the_missing_library() -> None:
    assert doctor_onnxruntime._ort_failure_reason(ORT_LOG) == (
        "libcublasLt.so.13: cannot open shared object file: No such file or directory"
    )


def test_hf_cache_size_counts_blobs_once(tmp_path: Path) -> None:
    blob = tmp_path / "blobs" / "abc"
    blob.parent.mkdir()
    blob.write_bytes(b"x" * 1000)
    (tmp_path / "snapshots").mkdir()
    (tmp_path / "snapshots" / "model.safetensors").symlink_to(blob)
    assert doctor_storage.tree_size(tmp_path) == 1000


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libgthread-2.0.so.0", "libglib2.0-0"),
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
