"""Pick the PyTorch wheel index that fits this machine's NVIDIA driver and GPU.

install.sh and install.ps1 both run this file, so the mapping from the driver's CUDA version and
the GPU's compute capability to a wheel index lives in one place. It uses the standard library
only: it runs with any Python >= 3.8, before the venv exists.

    python installer/torch_index.py                 prints an index URL, or "default"
    python installer/torch_index.py --cpu           the CPU index, or "default"
    <venv python> installer/torch_index.py --check-installed
                                                    exit 0 when the venv's torch already fits

"default" means: install torch from the ordinary package index (PyTorch's own index was not
reachable). Messages for the person go to stderr; stdout carries only the answer. Exit code 3
means the GPU cannot be used with this driver at all (a Blackwell card on a pre-R570 driver):
the installer stops and asks for a driver update.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.request
from dataclasses import dataclass

DEFAULT_BASE = "https://download.pytorch.org/whl"
PROBE_TIMEOUT_S = 5.0
NVIDIA_SMI_TIMEOUT_S = 20.0
EXIT_DRIVER_TOO_OLD = 3


@dataclass(frozen=True)
class WheelIndex:
    """One of PyTorch's CUDA wheel indexes and the GPUs its builds carry kernels for."""

    tag: str
    cuda: tuple[int, int]
    min_capability: tuple[int, int]
    blackwell: bool


# Oldest first. Architectures per PyTorch's CUDA support matrix: the 12.8+ builds dropped Maxwell,
# Pascal and Volta (the 12.6 build keeps them); only 12.8+ builds have Blackwell (sm_100, sm_120)
# kernels. cu118, cu121 and cu124 hold older torch releases (up to 2.7, 2.5, 2.6).
INDEXES = (
    WheelIndex("cu118", (11, 8), (5, 0), False),
    WheelIndex("cu121", (12, 1), (5, 0), False),
    WheelIndex("cu124", (12, 4), (5, 0), False),
    WheelIndex("cu126", (12, 6), (5, 0), False),
    WheelIndex("cu128", (12, 8), (7, 5), True),
    WheelIndex("cu130", (13, 0), (7, 5), True),
    WheelIndex("cu132", (13, 2), (7, 5), True),
)
BLACKWELL = (10, 0)  # B100/B200 are 10.x, RTX 50xx and RTX PRO are 12.x


@dataclass(frozen=True)
class GpuReport:
    """What nvidia-smi says: the newest CUDA the driver runs, and each GPU's compute capability."""

    driver_cuda: tuple[int, int] | None
    capabilities: tuple[tuple[int, int], ...]
    error: str = ""


@dataclass(frozen=True)
class Choice:
    """*tag* is an INDEXES tag or "cpu"; *fatal* means the installer must stop (see module doc)."""

    tag: str
    messages: tuple[str, ...] = ()
    fatal: bool = False


def parse_driver_cuda(text: str) -> tuple[int, int] | None:
    """The driver's CUDA version from nvidia-smi's banner ("CUDA Version: 12.4")."""
    match = re.search(r"CUDA Version\s*:\s*(\d+)\.(\d+)", text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def parse_capabilities(text: str) -> tuple[tuple[int, int], ...]:
    """Compute capabilities from ``nvidia-smi --query-gpu=compute_cap --format=csv,noheader``."""
    return tuple((int(m.group(1)), int(m.group(2))) for m in re.finditer(r"^\s*(\d+)\.(\d+)\s*$", text, re.M))


def find_nvidia_smi() -> str | None:
    found = shutil.which("nvidia-smi")
    if found or os.name != "nt":
        return found
    legacy = os.path.join(
        os.environ.get("PROGRAMFILES", r"C:\Program Files"), "NVIDIA Corporation", "NVSMI", "nvidia-smi.exe"
    )
    return legacy if os.path.isfile(legacy) else None


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=NVIDIA_SMI_TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise OSError((done.stdout + done.stderr).strip() or f"exit code {done.returncode}")
    return done.stdout


def query_gpus(nvidia_smi: str | None) -> GpuReport | None:
    """None when there is no NVIDIA driver; a report with *error* when nvidia-smi fails."""
    if nvidia_smi is None:
        return None
    try:
        banner = _run([nvidia_smi])
    except (OSError, subprocess.SubprocessError) as exc:
        return GpuReport(None, (), f"nvidia-smi failed: {exc}")
    try:  # drivers older than ~R510 do not know the compute_cap field
        caps = parse_capabilities(_run([nvidia_smi, "--query-gpu=compute_cap", "--format=csv,noheader"]))
    except (OSError, subprocess.SubprocessError):
        caps = ()
    return GpuReport(parse_driver_cuda(banner), caps)


def _fmt(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


def _fits_gpus(index: WheelIndex, caps: tuple[tuple[int, int], ...]) -> bool:
    if any(cap < index.min_capability for cap in caps):
        return False
    return index.blackwell or not any(cap >= BLACKWELL for cap in caps)


def choose(report: GpuReport | None, force_cpu: bool = False) -> Choice:
    """The newest index whose CUDA version the driver runs and whose kernels cover every GPU."""
    if force_cpu:
        return Choice("cpu", ("--cpu given: installing the CPU build of PyTorch.",))
    if report is None:
        return Choice("cpu", ("No NVIDIA GPU found (no nvidia-smi): installing the CPU build of PyTorch.",))
    if report.error:
        return Choice(
            "cpu",
            (
                f"{report.error}",
                "The NVIDIA driver does not answer: installing the CPU build. "
                "Fix the driver (reboot after an update), then run the installer again.",
            ),
        )
    caps = report.capabilities
    if report.driver_cuda is None:
        return Choice(
            "cpu",
            (
                "nvidia-smi does not show a CUDA version: the driver is too old for PyTorch. "
                "Update the NVIDIA driver, then run the installer again. Installing the CPU build.",
            ),
        )
    driver = report.driver_cuda
    fitting = [i for i in INDEXES if _fits_gpus(i, caps)]
    if not fitting and len(caps) > 1:  # e.g. a Volta beside a Blackwell: no build has kernels for both
        newest = max(caps)
        picked = choose(GpuReport(driver, (newest,)))
        note = (
            f"No PyTorch build runs on all these GPUs ({', '.join(_fmt(c) for c in caps)}): choosing for the "
            f"newest ({_fmt(newest)}); the others will not be usable."
        )
        return Choice(picked.tag, (note, *picked.messages), picked.fatal)
    supported = [i for i in fitting if i.cuda <= driver]
    notes: list[str] = []
    if not supported:
        # CUDA's minor-version compatibility: a build runs on any driver of the same major version
        # (not for Blackwell: its kernels need a driver that knows the architecture)
        supported = [i for i in fitting if i.cuda[0] == driver[0] and not i.blackwell]
        if supported:
            notes.append(
                f"The driver supports CUDA {_fmt(driver)} only; using CUDA {_fmt(supported[-1].cuda)} "
                "through minor-version compatibility. A driver update is recommended."
            )
    if supported:
        best = supported[-1]
        gpus = ", ".join(_fmt(c) for c in caps) or "unknown"
        return Choice(
            best.tag,
            (
                f"NVIDIA driver supports CUDA {_fmt(driver)}; GPU compute capability {gpus}: "
                f"using PyTorch's {best.tag} build.",
                *notes,
            ),
        )
    if any(cap >= BLACKWELL for cap in caps):
        return Choice(
            "cpu",
            (
                f"This GPU (compute capability {_fmt(max(caps))}, Blackwell) needs PyTorch built "
                f"with CUDA 12.8 or newer, but the driver supports only CUDA {_fmt(driver)}. Update "
                "the NVIDIA driver (R570 or newer), then run the installer again.",
            ),
            fatal=True,
        )
    if caps and min(caps) < INDEXES[0].min_capability:
        return Choice(
            "cpu",
            (
                f"This GPU (compute capability {_fmt(min(caps))}) is too old for current PyTorch "
                "builds: installing the CPU build.",
            ),
        )
    return Choice(
        "cpu",
        (
            f"The NVIDIA driver supports only CUDA {_fmt(driver)}, older than any PyTorch build "
            f"(CUDA {_fmt(INDEXES[0].cuda)} at least). Update the driver, then run the installer again. "
            "Installing the CPU build for now.",
        ),
    )


def index_reachable(url: str, timeout: float = PROBE_TIMEOUT_S) -> bool:
    """Whether *url* answers within *timeout*, name lookup included (a thread bounds the wait)."""
    answers: list[bool] = []

    def probe() -> None:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                answers.append(200 <= response.status < 400)
        except (OSError, ValueError):
            answers.append(False)

    worker = threading.Thread(target=probe, daemon=True)
    worker.start()
    worker.join(timeout + 1.0)
    return bool(answers and answers[0])


def index_url(choice: Choice, base: str, probe: bool = True) -> tuple[str, list[str]]:
    """The URL to pass to ``pip --index-url``, or "default" when the index cannot be reached."""
    url = f"{base.rstrip('/')}/{choice.tag}"
    if not probe or index_reachable(f"{url}/torch/"):
        return url, []
    notes = [f"PyTorch's wheel index ({url}) cannot be reached: installing torch from the default package index."]
    if choice.tag != "cpu":
        if os.name == "nt":
            notes.append(
                "On Windows that torch is a CPU-only build: run the installer again once the index can "
                "be reached (or set DANLU_TORCH_INDEX to a mirror of it) to use the GPU."
            )
        else:
            notes.append("Its CUDA build may need a newer driver than yours; `danlu doctor` tells whether it works.")
    return "default", notes


def check_installed(force_cpu: bool, report: GpuReport | None) -> tuple[bool, str]:
    """Whether the running interpreter's torch + torchvision already fit this machine."""
    try:
        import torch  # only present inside the venv
        import torchvision  # noqa: F401
    except Exception as exc:  # a broken install raises anything from OSError to RuntimeError
        return False, f"torch/torchvision not installed or broken ({type(exc).__name__}: {exc})"
    build = f"torch {torch.__version__} (CUDA {torch.version.cuda or 'none'})"
    if force_cpu or report is None or report.error:
        return True, f"{build} is installed; no usable NVIDIA GPU to match"
    if torch.version.cuda is None:
        return False, f"{build} is a CPU-only build but an NVIDIA GPU is present"
    if not torch.cuda.is_available():
        return False, f"{build} cannot use the GPU with this driver"
    arches = torch.cuda.get_arch_list()
    for device in range(torch.cuda.device_count()):
        major, minor = torch.cuda.get_device_capability(device)
        if f"sm_{major}{minor}" not in arches and not any(
            a.startswith("compute_") and int(a[8:]) <= major * 10 + minor for a in arches
        ):
            return False, f"{build} has no kernels for GPU {device} (compute capability {major}.{minor})"
    return True, f"{build} runs on this GPU"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the PyTorch wheel index URL for this machine, or 'default'.")
    parser.add_argument("--cpu", action="store_true", help="choose the CPU build whatever the GPU")
    parser.add_argument("--no-probe", action="store_true", help="do not check that the index can be reached")
    parser.add_argument(
        "--check-installed",
        action="store_true",
        help="exit 0 when this interpreter's torch fits the machine, 1 when it must be (re)installed",
    )
    args = parser.parse_args(argv)

    report = None if args.cpu else query_gpus(find_nvidia_smi())
    if args.check_installed:
        ok, why = check_installed(args.cpu, report)
        print(why, file=sys.stderr)
        return 0 if ok else 1

    forced = os.environ.get("DANLU_TORCH_INDEX", "").strip()
    if forced:
        print(f"DANLU_TORCH_INDEX is set: using {forced}", file=sys.stderr)
        print(forced)
        return 0
    choice = choose(report, args.cpu)
    for message in choice.messages:
        print(message, file=sys.stderr)
    if choice.fatal:
        return EXIT_DRIVER_TOO_OLD
    url, notes = index_url(choice, os.environ.get("DANLU_TORCH_INDEX_BASE", DEFAULT_BASE), probe=not args.no_probe)
    for message in notes:
        print(message, file=sys.stderr)
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
