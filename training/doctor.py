"""``danlu doctor``: what this machine can do for Danlu, and what to fix.

Users of LoRA trainers lose hours to a CPU-only torch, a driver too old for the CUDA build, or an
onnxruntime-gpu that silently runs on the CPU. collect() checks each of those for real (it creates
a CUDA context, an onnxruntime CUDA session, imports bitsandbytes) and says what it found, plainly,
on a machine without a GPU too. The Qt side (platform plugin, fonts) is checked by the launcher,
since training/ never imports Qt.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dataprep.jobs import JobContext
from dataprep.phrases import Phrase
from training.doctor_onnxruntime import onnxruntime_info
from training.doctor_probes import (
    bitsandbytes_info,
    dist_version,
    driver_info,
    fd_redirected,
    gib,
    python_info,
    system_info,
    torch_info,
)
from training.doctor_problems import REQUIRED_PACKAGES, gpu_problems, library_problems, model_problems
from training.doctor_storage import disk_info, hf_cache_dir, model_info, tree_size

LISTED_PACKAGES = (*REQUIRED_PACKAGES, "peft", "onnx", "lycoris-lora", "prodigyopt", "tensorboard", "pillow")
PROBLEM_LEVELS = ("error", "warning", "info")


def sort_problems(problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Worst first: errors stop training, warnings slow it down, infos are advice."""
    return sorted(problems, key=lambda p: PROBLEM_LEVELS.index(p["level"]))


def diagnose(info: dict[str, Any]) -> list[dict[str, Any]]:
    """Problems found in collect()'s *info*, each with what to do about it."""
    return sort_problems(gpu_problems(info) + library_problems(info) + model_problems(info))


def collect(project: Path | None = None) -> dict[str, Any]:
    """Everything the report shows, as JSON-ready data; writes nothing on stdout (libraries do)."""
    with fd_redirected(1, 2):
        torch_found, gpus = torch_info()
        info: dict[str, Any] = {
            "danlu": dist_version("danlu"),
            "python": python_info(),
            "system": system_info(),
            "nvidia_smi": (nvidia_smi := shutil.which("nvidia-smi")),
            "driver": driver_info(nvidia_smi),
            "torch": torch_found,
            "gpus": gpus,
            "onnxruntime": onnxruntime_info(),
            "bitsandbytes": bitsandbytes_info(),
            "packages": {name: dist_version(name) for name in LISTED_PACKAGES},
        }
    cache = hf_cache_dir()
    info["hf_cache"] = {
        "path": str(cache),
        "exists": cache.is_dir(),
        "size_gib": gib(tree_size(cache)) if cache.is_dir() else 0.0,
    }
    places = {Phrase("project"): project or Path.cwd(), Phrase("home"): Path.home(),
              Phrase("Hugging Face cache"): cache}
    info["disks"] = disk_info(places)
    info["models"] = model_info(cache)
    info["problems"] = diagnose(info)
    return info


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _gpu_lines(info: dict[str, Any]) -> list[str]:
    if not info["gpus"]:
        return ["  GPU           none"]
    lines = []
    for gpu in info["gpus"]:
        free = f"{gpu['free_gib']:.1f}" if gpu["free_gib"] is not None else "?"
        lines.append(
            f"  GPU {gpu['index']}         {gpu['name']}, compute capability {gpu['capability']}, "
            f"{free} of {gpu['total_gib']:.1f} GiB free, bf16: {_yes(gpu['bf16'])}"
        )
    return lines


def _driver_line(info: dict[str, Any]) -> str:
    if not info["nvidia_smi"]:
        return "not found"
    driver = info.get("driver") or {"version": None, "cuda": None}
    runs = f" (runs CUDA up to {driver['cuda']})" if driver["cuda"] else ""
    return f"{driver['version'] or 'version unknown'}{runs}, nvidia-smi at {info['nvidia_smi']}"


def _english(problem: dict[str, Any], key: str) -> str:
    return str(problem[key])


def format_report(info: dict[str, Any], text: Callable[[dict[str, Any], str], str] = _english) -> str:
    """The human-readable report of collect()'s *info*; *text(problem, key)* words a finding's message and advice
    (the interface passes its translation of their phrases)."""
    py, system, torch_info = info["python"], info["system"], info["torch"]
    ram = f", {system['ram_total_gib']:.1f} GiB RAM" if "ram_total_gib" in system else ""
    lines = [
        "Danlu doctor" + (f" (danlu {info['danlu']})" if info.get("danlu") else ""),
        f"  Python        {py['version']} ({py['executable']})",
        f"  System        {system['platform']}, {system['cpu_cores']} CPU cores{ram}",
        f"  NVIDIA driver {_driver_line(info)}",
    ]
    if torch_info["installed"]:
        build = f"CUDA {torch_info['cuda_build']} build" if torch_info["cuda_build"] else "CPU-only build"
        lines.append(
            f"  PyTorch       {torch_info['version']} ({build}), CUDA available: {_yes(torch_info['cuda_available'])}"
        )
    else:
        lines.append(f"  PyTorch       not usable: {torch_info['error']}")
    lines += _gpu_lines(info)
    ort = info["onnxruntime"]
    if ort["installed"]:
        lines.append(
            f"  onnxruntime   {ort['version']} ({', '.join(ort['distributions']) or '?'}), providers: "
            f"{', '.join(ort['providers'])}; CUDA: {ort['cuda_provider']}"
        )
    else:
        lines.append(f"  onnxruntime   not usable: {ort['error']}")
    bnb = info["bitsandbytes"]
    lines.append(f"  bitsandbytes  {bnb['version'] or 'not installed'}, loads: {_yes(bnb['importable'])}")
    packages = ", ".join(f"{name} {version or 'MISSING'}" for name, version in info["packages"].items())
    lines.append(f"  Packages      {packages}")
    hf = info["hf_cache"]
    lines.append(
        f"  HF cache      {hf['path']} ({hf['size_gib']:.1f} GiB)"
        if hf["exists"]
        else f"  HF cache      {hf['path']} (not created yet)"
    )
    models = info.get("models")  # absent in reports of older versions
    if models is not None:
        lines.append(
            f"  Models        captioning: {', '.join(models['captioners']) or 'none'}; "
            f"Stable Diffusion: {', '.join(models['base_models']) or 'none in the HF cache'}"
        )
    lines += [
        f"  Disk          {d['free_gib']:.1f} of {d['total_gib']:.1f} GiB free at {d['path']} ({d['label']})"
        for d in info["disks"]
    ]
    if "qt" in info:  # added by the launcher (desktop side)
        lines.append(f"  Qt            {info['qt']['summary']}")
    problems = info["problems"]
    lines.append("")
    lines.append("Problems" if problems else "No problems found.")
    for problem in problems:
        lines.append(f"  [{problem['level']}] {text(problem, 'message')}")
        if problem["advice"]:
            lines.append(f"      -> {text(problem, 'advice')}")
    return "\n".join(lines)


def doctor_job(ctx: JobContext) -> list[str]:
    """``python -m training doctor [config]``: the report as a ``result`` event (config: ``project``)."""
    project = ctx.config.get("project")
    info = collect(ctx.resolve(project) if project else None)
    ctx.emitter.emit("result", data=info)
    return []
