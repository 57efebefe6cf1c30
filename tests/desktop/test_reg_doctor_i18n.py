"""A regularization job's failure and a doctor finding in the interface language, from the events the jobs send."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from dataprep.events import Emitter, parse_event_line
from dataprep.jobs import EXIT_FAILED, JobContext, execute
from dataprep.phrases import Phrase
from desktop.jobs.runner import FAILED, Job
from desktop.pages.regularization_jobs import RegJob
from desktop.welcome.machine import FindingRow
from desktop.widgets.phrase_text import event_text
from training.doctor import diagnose, format_report
from training.doctor_problems import REQUIRED_PACKAGES
from training.reg_job import reg_job


def _events(stream: io.StringIO) -> list[dict[str, Any]]:
    return [e for e in map(parse_event_line, stream.getvalue().splitlines()) if e is not None]


def _failed_job(events: list[dict[str, Any]]) -> Job:
    """A job as the runner leaves it after these events (it words each one as it arrives)."""
    job = Job(1, "reg", [])
    for event in events:
        job.apply(event, 0.0)
    job.state = FAILED
    return job


def test_a_reg_job_failure_in_simplified_chinese(qtbot, runner, install_catalog, tmp_path: Path):
    stream = io.StringIO()
    config = {"model": "m", "output_dir": "reg", "count": 2, "sampler": "fastest"}
    ctx = JobContext("reg", config, tmp_path / "reg.toml", Emitter(stream=stream))
    assert execute(ctx, reg_job, listen_stdin=False) == EXIT_FAILED
    events = _events(stream)
    reg = RegJob(runner)
    reg.follow(_failed_job(events))
    assert reg.outcome().startswith("Generation failed: unknown sampler 'fastest'; use one of: ddim (DDIM),")
    install_catalog("config", "zh_CN")
    install_catalog("regularization", "zh_CN")
    reg.follow(_failed_job(events))
    assert reg.outcome().startswith("生成失败：未知的采样器 'fastest'；请使用以下之一：ddim (DDIM),")
    assert reg.outcome().endswith("（详情见“任务”页）")


def _machine() -> dict[str, Any]:
    """collect()'s data for a machine whose GPU another program holds, with a nearly full project disk."""
    gpu = {"index": 0, "name": "RTX 3060", "capability": "8.6", "total_gib": 12.0, "free_gib": 2.0, "bf16": True,
           "supported_by_build": True}
    info = {
        "torch": {"installed": True, "version": "2.9.1+cu128", "cuda_build": "12.8", "cuda_available": True},
        "gpus": [gpu], "nvidia_smi": "/usr/bin/nvidia-smi", "driver": {"version": "570.86", "cuda": "12.8"},
        "onnxruntime": {"installed": True, "version": "1.23.0", "distributions": {"onnxruntime-gpu": "1.23.0"},
                        "providers": ["CUDAExecutionProvider"], "cuda_provider": "usable", "cuda_error": ""},
        "bitsandbytes": {"installed": True, "importable": True, "version": "0.48.1"},
        "packages": {name: "1.0" for name in REQUIRED_PACKAGES},
        "models": {"captioners": ["a/b"], "base_models": ["c/d"]},
        "disks": [{"label": Phrase("project"), "path": "/p", "free_gib": 3.0, "total_gib": 500.0}],
        "python": {"version": "3.11", "executable": "py"}, "system": {"platform": "Linux", "cpu_cores": 8},
        "hf_cache": {"path": "/h", "exists": False},
    }
    return {**info, "problems": diagnose(info)}


def test_doctor_findings_in_traditional_chinese(qtbot, install_catalog):
    info = _machine()
    stream = io.StringIO()
    Emitter(stream=stream).emit("result", data=info)  # as the doctor job sends it to the welcome page
    (event,) = _events(stream)
    problems = {p["code"]: p for p in event["data"]["problems"]}
    assert set(problems) == {"gpu_busy", "low_disk"}
    install_catalog("config", "zh_TW")
    install_catalog("welcome", "zh_TW")
    row = FindingRow(problems["gpu_busy"])
    qtbot.addWidget(row)
    assert row.badge.text() == "警告"
    assert row.message.text() == "GPU 0 (RTX 3060)：12.0 GiB 顯示記憶體只剩 2.0 GiB 可用；有其他程式正在使用顯示卡。"
    assert row.advice.text() == "請先關閉其他佔用顯示卡的程式（WebUI、遊戲等）。"
    disk = FindingRow(problems["low_disk"])
    qtbot.addWidget(disk)
    assert disk.message.text() == "/p（專案）所在的磁碟只剩 3.0 GiB 可用空間。"
    report = format_report(event["data"], event_text)  # the Settings page's report
    assert "[warning] /p（專案）所在的磁碟只剩 3.0 GiB 可用空間。" in report
    assert "-> 請先關閉其他佔用顯示卡的程式（WebUI、遊戲等）。" in report
