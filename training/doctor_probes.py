"""``danlu doctor``'s probes of Python, the system, PyTorch and its GPUs, the NVIDIA driver and bitsandbytes.

Each probe checks for real (torch creates a CUDA context, bitsandbytes is imported) and returns JSON-ready data;
a broken install is reported, never raised.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import platform
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

GIB = 1024**3
NVIDIA_SMI_TIMEOUT_S = 20.0


def gib(n_bytes: float) -> float:
    """Bytes in GiB, rounded for the report."""
    return round(n_bytes / GIB, 2)


def dist_version(distribution: str) -> str | None:
    """The installed version of *distribution*, None when it is not installed."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def error_text(exc: BaseException) -> str:
    """An exception as the report shows it: its type, then its message."""
    return f"{type(exc).__name__}: {exc}"


@contextlib.contextmanager
def fd_redirected(fd: int, target: int) -> Iterator[None]:
    """Point file descriptor *fd* at *target* for a while: libraries write to fds, not sys.stdout."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    saved = os.dup(fd)
    os.dup2(target, fd)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os.dup2(saved, fd)
        os.close(saved)


def python_info() -> dict[str, Any]:
    return {
        "version": platform.python_version(),
        "executable": sys.executable,
        "implementation": platform.python_implementation(),
    }


def system_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "platform": platform.platform(),
        "system": platform.system(),
        "machine": platform.machine(),
        "cpu_cores": os.cpu_count(),
    }
    try:
        import psutil

        memory = psutil.virtual_memory()
        info.update(ram_total_gib=gib(memory.total), ram_available_gib=gib(memory.available))
    except ImportError:
        pass
    return info


def torch_info() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    try:
        import torch
    except Exception as exc:  # a broken install can raise OSError, RuntimeError, ImportError...
        return {"installed": False, "error": error_text(exc)}, []
    available = torch.cuda.is_available()
    info: dict[str, Any] = {
        "installed": True,
        "version": torch.__version__,
        "cuda_build": torch.version.cuda,
        "cuda_available": available,
        "cudnn": None,
        "arch_list": [],
    }
    if not available:
        return info, []
    info["arch_list"] = torch.cuda.get_arch_list()
    info["cudnn"] = torch.backends.cudnn.version()
    gpus = []
    for index in range(torch.cuda.device_count()):
        props = torch.cuda.get_device_properties(index)
        major, minor = props.major, props.minor
        gpu: dict[str, Any] = {
            "index": index,
            "name": props.name,
            "capability": f"{major}.{minor}",
            "total_gib": gib(props.total_memory),
            "free_gib": None,
            "bf16": major >= 8,
            "supported_by_build": _build_runs_on(info["arch_list"], major, minor),
        }
        try:
            free, total = torch.cuda.mem_get_info(index)
            gpu.update(free_gib=gib(free), total_gib=gib(total))
        except RuntimeError as exc:
            gpu["error"] = error_text(exc)
        gpus.append(gpu)
    return info, gpus


def _build_runs_on(arch_list: list[str], major: int, minor: int) -> bool:
    """A build runs on a GPU when it has its sm_XY kernels, or PTX of an older compute_XY."""
    if f"sm_{major}{minor}" in arch_list:
        return True
    return any(a.startswith("compute_") and int(a[8:]) <= major * 10 + minor for a in arch_list)


def bitsandbytes_info() -> dict[str, Any]:
    version = dist_version("bitsandbytes")
    if version is None:
        return {"installed": False, "importable": False, "version": None}
    try:
        import bitsandbytes  # noqa: F401
    except Exception as exc:
        return {"installed": True, "importable": False, "version": version, "error": error_text(exc)}
    return {"installed": True, "importable": True, "version": version}


def driver_info(nvidia_smi: str | None) -> dict[str, Any]:
    """The driver's version and the newest CUDA it runs, from nvidia-smi's banner (None when unknown)."""
    info: dict[str, Any] = {"version": None, "cuda": None}
    if nvidia_smi is None:
        return info
    try:
        done = subprocess.run([nvidia_smi], capture_output=True, text=True, timeout=NVIDIA_SMI_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return {**info, "error": error_text(exc)}
    version = re.search(r"Driver Version\s*:\s*([\d.]+)", done.stdout)
    cuda = re.search(r"CUDA Version\s*:\s*(\d+\.\d+)", done.stdout)
    return {"version": version.group(1) if version else None, "cuda": cuda.group(1) if cuda else None}
