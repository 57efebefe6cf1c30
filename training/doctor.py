"""``danlu doctor``: what this machine can do for Danlu, and what to fix.

Users of LoRA trainers lose hours to a CPU-only torch, a driver too old for the CUDA build, or an
onnxruntime-gpu that silently runs on the CPU. collect() checks each of those for real (it creates
a CUDA context, an onnxruntime CUDA session, imports bitsandbytes) and says what it found, plainly,
on a machine without a GPU too. The Qt side (platform plugin, fonts) is checked by the launcher,
since training/ never imports Qt.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dataprep.jobs import JobContext

GIB = 1024**3
LOW_VRAM_GIB = 6.0  # below this even SD 1.5 LoRA training needs every memory saving
SDXL_VRAM_GIB = 12.0  # SDXL LoRA training is comfortable from here
LOW_DISK_GIB = 20.0  # a checkpoint is 2-7 GB, and a run writes several LoRA files and samples
REQUIRED_PACKAGES = (
    "torchvision",
    "diffusers",
    "transformers",
    "accelerate",
    "safetensors",
    "huggingface_hub",
    "open-clip-torch",
)
LISTED_PACKAGES = (*REQUIRED_PACKAGES, "peft", "onnx", "lycoris-lora", "prodigyopt", "tensorboard", "pillow")
ORT_DISTRIBUTIONS = ("onnxruntime", "onnxruntime-gpu", "onnxruntime-directml", "onnxruntime-openvino")
PROBLEM_LEVELS = ("error", "warning", "info")
REINSTALL = "Run the installer again (bash installer/install.sh, or installer\\install.bat on Windows)."
NVIDIA_SMI_TIMEOUT_S = 20.0
# The driver branch each CUDA release of PyTorch's wheels ships with (NVIDIA's CUDA toolkit release notes,
# "Toolkit Driver Version"); by major version the oldest driver that runs any minor release of it.
DRIVER_FOR_CUDA = {"11.8": "520", "12.1": "530", "12.4": "550", "12.6": "560", "12.8": "570", "12.9": "575",
                   "13.0": "580"}
DRIVER_FOR_CUDA_MAJOR = {"11": "450", "12": "525", "13": "580"}
# Train page presets the advice names (resources/presets/vram-*.toml; a test checks they exist).
SDXL_PRESETS = {6: "SDXL · 6 GB GPU", 8: "SDXL · 8 GB GPU"}
SD15_LOW_PRESET = "SD 1.5 · 6 GB GPU"


def _gib(n_bytes: float) -> float:
    return round(n_bytes / GIB, 2)


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


@contextlib.contextmanager
def _fd_redirected(fd: int, target: int) -> Iterator[None]:
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


def _python_info() -> dict[str, Any]:
    return {
        "version": platform.python_version(),
        "executable": sys.executable,
        "implementation": platform.python_implementation(),
    }


def _system_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "platform": platform.platform(),
        "system": platform.system(),
        "machine": platform.machine(),
        "cpu_cores": os.cpu_count(),
    }
    try:
        import psutil

        memory = psutil.virtual_memory()
        info.update(ram_total_gib=_gib(memory.total), ram_available_gib=_gib(memory.available))
    except ImportError:
        pass
    return info


def _torch_info() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    try:
        import torch
    except Exception as exc:  # a broken install can raise OSError, RuntimeError, ImportError...
        return {"installed": False, "error": _error_text(exc)}, []
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
            "total_gib": _gib(props.total_memory),
            "free_gib": None,
            "bf16": major >= 8,
            "supported_by_build": _build_runs_on(info["arch_list"], major, minor),
        }
        try:
            free, total = torch.cuda.mem_get_info(index)
            gpu.update(free_gib=_gib(free), total_gib=_gib(total))
        except RuntimeError as exc:
            gpu["error"] = _error_text(exc)
        gpus.append(gpu)
    return info, gpus


def _build_runs_on(arch_list: list[str], major: int, minor: int) -> bool:
    """A build runs on a GPU when it has its sm_XY kernels, or PTX of an older compute_XY."""
    if f"sm_{major}{minor}" in arch_list:
        return True
    return any(a.startswith("compute_") and int(a[8:]) <= major * 10 + minor for a in arch_list)


def _ort_failure_reason(log: str) -> str:
    """The useful line of onnxruntime's log when its CUDA provider fails to load."""
    log = re.sub(r"\x1b\[[0-9;]*m", "", log)
    missing = re.search(r"with error: (.+)", log)
    if missing:
        return missing.group(1).strip()
    for line in log.splitlines():
        if "CUDAExecutionProvider" in line or "CUDA" in line:
            return line.split("] ", 1)[-1].strip()
    return log.strip().splitlines()[-1] if log.strip() else "no reason given"


def _probe_ort_cuda(ort: Any) -> tuple[bool | None, str]:
    """Whether a CUDA session can really be created: onnxruntime-gpu falls back to the CPU silently."""
    try:
        from onnx import TensorProto, helper
    except ImportError:
        return None, "the onnx package is missing, so no test model could be built"
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])
    graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "doctor", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    with tempfile.TemporaryFile(mode="w+b") as log:
        try:
            with _fd_redirected(2, log.fileno()):
                session = ort.InferenceSession(
                    model.SerializeToString(), providers=["CUDAExecutionProvider", "CPUExecutionProvider"]
                )
        except Exception as exc:  # onnxruntime raises its own exception types
            return False, _error_text(exc)
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    if "CUDAExecutionProvider" in session.get_providers():
        return True, ""
    return False, _ort_failure_reason(text)


def _onnxruntime_info() -> dict[str, Any]:
    dists = {name: v for name in ORT_DISTRIBUTIONS if (v := _version(name))}
    try:
        import onnxruntime as ort
    except Exception as exc:
        return {"installed": False, "distributions": dists, "error": _error_text(exc)}
    providers = list(ort.get_available_providers())
    info: dict[str, Any] = {
        "installed": True,
        "version": ort.__version__,
        "distributions": dists,
        "providers": providers,
        "cuda_provider": "not listed",
        "cuda_error": "",
    }
    if "CUDAExecutionProvider" in providers:
        usable, reason = _probe_ort_cuda(ort)
        info["cuda_provider"] = {True: "usable", False: "listed but unusable", None: "unknown"}[usable]
        info["cuda_error"] = reason
    return info


def _bitsandbytes_info() -> dict[str, Any]:
    version = _version("bitsandbytes")
    if version is None:
        return {"installed": False, "importable": False, "version": None}
    try:
        import bitsandbytes  # noqa: F401
    except Exception as exc:
        return {"installed": True, "importable": False, "version": version, "error": _error_text(exc)}
    return {"installed": True, "importable": True, "version": version}


def _driver_info(nvidia_smi: str | None) -> dict[str, Any]:
    """The driver's version and the newest CUDA it runs, from nvidia-smi's banner (None when unknown)."""
    info: dict[str, Any] = {"version": None, "cuda": None}
    if nvidia_smi is None:
        return info
    try:
        done = subprocess.run([nvidia_smi], capture_output=True, text=True, timeout=NVIDIA_SMI_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return {**info, "error": _error_text(exc)}
    version = re.search(r"Driver Version\s*:\s*([\d.]+)", done.stdout)
    cuda = re.search(r"CUDA Version\s*:\s*(\d+\.\d+)", done.stdout)
    return {"version": version.group(1) if version else None, "cuda": cuda.group(1) if cuda else None}


def _model_info(cache: Path) -> dict[str, list[str]]:
    """Models in the Hugging Face cache: complete captioning models, and Stable Diffusion pipelines."""
    from dataprep.model_registry import list_cached_models

    cached = list_cached_models(cache)
    return {
        "captioners": [m.repo_id for m in cached if m.spec is not None and m.complete],
        "base_models": [m.repo_id for m in cached if any(m.path.glob("snapshots/*/model_index.json"))],
    }


def _hf_cache_dir() -> Path:
    try:
        from huggingface_hub import constants

        return Path(constants.HF_HUB_CACHE)
    except ImportError:
        home = os.environ.get("HF_HOME", os.path.join(os.path.expanduser("~"), ".cache", "huggingface"))
        return Path(os.environ.get("HF_HUB_CACHE", os.path.join(home, "hub")))


def _tree_size(root: Path) -> int:
    """Bytes in regular files under *root*; the HF cache's snapshot symlinks are not counted twice."""
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            with contextlib.suppress(OSError):
                st = os.lstat(os.path.join(folder, name))
                if stat.S_ISREG(st.st_mode):
                    total += st.st_size
    return total


def _existing_ancestor(path: Path) -> Path:
    path = path.expanduser().absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _disk_info(places: dict[str, Path]) -> list[dict[str, Any]]:
    """Free space for each place, one entry per file system."""
    seen: set[int] = set()
    disks = []
    for label, place in places.items():
        existing = _existing_ancestor(place)
        try:
            device = existing.stat().st_dev
            usage = shutil.disk_usage(existing)
        except OSError:
            continue
        if device in seen:
            continue
        seen.add(device)
        disks.append({"label": label, "path": str(place), "free_gib": _gib(usage.free), "total_gib": _gib(usage.total)})
    return disks


def _problem(level: str, message: str, advice: str, code: str, action: str = "", **params: str) -> dict[str, Any]:
    """One finding; *code* names the rule and *params* its values (stable, so the GUI can word it in the
    user's language), *action* the page of the app that fixes it ("captions": its Auto-caption dialog
    downloads models, "train": presets and the base model; "" when the fix is outside the app)."""
    return {"level": level, "message": message, "advice": advice, "code": code, "action": action, "params": params}


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def needed_driver(cuda: str) -> str:
    """The NVIDIA driver branch to install for a PyTorch build made with CUDA *cuda* ("12.8" -> "570")."""
    return DRIVER_FOR_CUDA.get(cuda) or DRIVER_FOR_CUDA_MAJOR.get(cuda.split(".")[0], "")


def _unusable_gpu_problem(info: dict[str, Any]) -> dict[str, Any]:
    """A CUDA build of PyTorch, a driver, and still no GPU: name the driver to install when it is too old."""
    torch_info, driver = info["torch"], info["driver"]
    build = torch_info["cuda_build"]
    if driver["cuda"] and _version_tuple(driver["cuda"]) < _version_tuple(build):
        branch = needed_driver(build)
        target = f"NVIDIA driver {branch} or newer" if branch else f"an NVIDIA driver that runs CUDA {build}"
        return _problem(
            "error",
            f"the NVIDIA driver {driver['version'] or '?'} runs CUDA up to {driver['cuda']}, but PyTorch "
            f"{torch_info['version']} is built for CUDA {build}: training cannot use the GPU.",
            f"Install {target} (nvidia.com/drivers, or your distribution's driver package), restart the "
            "computer and check again; or run the installer again to get a PyTorch build for this driver.",
            "driver_too_old",
            driver=driver["version"] or "?",
            driver_cuda=driver["cuda"],
            build=build,
            branch=branch,
        )
    return _problem(
        "error",
        f"PyTorch {torch_info['version']} (built for CUDA {build}) cannot use the NVIDIA GPU.",
        "The driver is probably older than that CUDA version (nvidia-smi shows the newest CUDA it runs): "
        "update the driver, or run the installer again to get a build for this driver.",
        "gpu_unusable",
    )


def _gpu_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
    torch_info, gpus = info["torch"], info["gpus"]
    if not torch_info["installed"]:
        return [_problem("error", f"PyTorch is not installed or does not import ({torch_info['error']}).", REINSTALL,
                         "torch_missing")]
    problems = []
    if not gpus:
        if info["nvidia_smi"] and torch_info["cuda_build"] is None:
            problems.append(
                _problem(
                    "error",
                    f"PyTorch {torch_info['version']} is a CPU-only build, but an NVIDIA driver is installed.",
                    REINSTALL + " It picks the CUDA build for your driver.",
                    "cpu_torch",
                    torch=torch_info["version"],
                )
            )
        elif info["nvidia_smi"]:
            problems.append(_unusable_gpu_problem(info))
        else:
            problems.append(
                _problem(
                    "warning",
                    "no CUDA GPU: training will run on the CPU and be very slow.",
                    "Image preparation, captioning and caption editing work on the CPU, and the demo project "
                    "runs end to end; training a real LoRA needs a machine with an NVIDIA GPU (8 GB or more).",
                    "no_gpu",
                )
            )
    for gpu in gpus:
        name = f"GPU {gpu['index']} ({gpu['name']})"
        if not gpu["supported_by_build"]:
            problems.append(
                _problem(
                    "error",
                    f"PyTorch {torch_info['version']} has no kernels for {name}, compute "
                    f"capability {gpu['capability']}.",
                    REINSTALL,
                    "no_kernels",
                )
            )
        total, free = gpu["total_gib"], gpu["free_gib"]
        if total < LOW_VRAM_GIB:
            problems.append(
                _problem(
                    "warning",
                    f"{name} has only {total:.1f} GiB of memory.",
                    "SD 1.5 LoRA training needs batch size 1, gradient checkpointing, fp16 and an 8-bit "
                    f"optimizer to fit: start from the preset '{SD15_LOW_PRESET}' on the Train page (Presets → "
                    "By GPU memory); SDXL will not fit.",
                    "low_vram",
                    "train",
                    gpu=name,
                    gib=f"{total:.1f}",
                    preset=SD15_LOW_PRESET,
                )
            )
        elif total < SDXL_VRAM_GIB:
            sdxl_preset = SDXL_PRESETS[8 if total >= 7.5 else 6]
            problems.append(
                _problem(
                    "info",
                    f"{name} has {total:.1f} GiB of memory: enough for SD 1.5 LoRAs; SDXL fits only with "
                    "memory savings.",
                    f"For SDXL start from the preset '{sdxl_preset}' on the Train page "
                    "(Presets → By GPU memory): fp8 base weights, cached text encoder outputs, gradient "
                    "checkpointing and an 8-bit optimizer.",
                    "sdxl_vram",
                    "train",
                    gpu=name,
                    gib=f"{total:.1f}",
                    preset=sdxl_preset,
                )
            )
        if free is not None and free < 0.5 * total:
            problems.append(
                _problem(
                    "warning",
                    f"{name}: only {free:.1f} of {total:.1f} GiB free; another program is using the GPU.",
                    "Close other GPU programs (a web UI, a game) first.",
                    "gpu_busy",
                )
            )
        if not gpu["bf16"]:
            problems.append(_problem("info", f"{name} has no bf16 support.", "Use fp16 mixed precision.", "no_bf16"))
    return problems


def _library_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
    problems = []
    ort = info["onnxruntime"]
    has_gpu = bool(info["gpus"])
    if not ort["installed"]:
        problems.append(
            _problem("warning", f"onnxruntime is not usable ({ort['error']}): the WD tagger cannot caption.", REINSTALL,
                     "ort_missing")
        )
    else:
        if len(ort["distributions"]) > 1:
            problems.append(
                _problem(
                    "warning",
                    "several onnxruntime packages are installed ("
                    f"{', '.join(ort['distributions'])}); the last one installed overwrote the "
                    "others.",
                    "Keep one: pip uninstall the others, then pip install --force-reinstall the one you keep.",
                    "ort_several",
                )
            )
        if ort["cuda_provider"] == "listed but unusable":
            advice = (
                "Install the onnxruntime-gpu release built for your PyTorch's CUDA major version (they then "
                "share the CUDA and cuDNN libraries)."
                if has_gpu
                else "Expected without an NVIDIA GPU."
            )
            problems.append(
                _problem(
                    "warning" if has_gpu else "info",
                    f"onnxruntime-gpu can't use CUDA: captioning runs on the CPU ({ort['cuda_error']}).",
                    advice,
                    "ort_cuda_unusable" if has_gpu else "ort_cpu_expected",
                )
            )
        elif has_gpu and ort["cuda_provider"] == "not listed":
            problems.append(
                _problem(
                    "info",
                    "onnxruntime has no CUDA provider: captioning runs on the CPU.",
                    "Install onnxruntime-gpu instead of onnxruntime for faster WD tagging.",
                    "ort_no_cuda",
                )
            )
    bnb = info["bitsandbytes"]
    if not bnb["importable"]:
        why = bnb.get("error", "not installed")
        problems.append(
            _problem(
                "warning",
                f"bitsandbytes does not load ({why}): the 8-bit optimizers (AdamW8bit, Lion8bit) are unavailable.",
                REINSTALL,
                "bitsandbytes",
            )
        )
    missing = [name for name in REQUIRED_PACKAGES if info["packages"].get(name) is None]
    if missing:
        problems.append(_problem("error", f"missing packages: {', '.join(missing)}.", REINSTALL, "packages_missing"))
    for disk in info["disks"]:
        if disk["free_gib"] < LOW_DISK_GIB:
            problems.append(
                _problem(
                    "warning",
                    f"only {disk['free_gib']:.1f} GiB free on the disk of {disk['path']} ({disk['label']}).",
                    "Checkpoints are 2-7 GB each and runs save several LoRA files and samples: free some space.",
                    "low_disk",
                )
            )
    return problems


def _model_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
    """Models to fetch before the real path works: a captioning model, a Stable Diffusion base model."""
    models, problems = info["models"], []
    if not models["captioners"]:
        problems.append(
            _problem(
                "info",
                "no captioning model downloaded yet: auto-captioning (WD tagger, BLIP) needs one.",
                "On the Captions page click Auto-caption…, pick a model and Download: the WD ViT tagger v3 "
                "(about 380 MB) writes tags, BLIP writes sentences. Settings → Models lists what is on disk. The "
                "demo project's captions are already written.",
                "no_captioner",
                "captions",
            )
        )
    if not models["base_models"]:
        problems.append(
            _problem(
                "info",
                "no Stable Diffusion base model in the Hugging Face cache.",
                "Training a real LoRA starts from the model you generate with: download a checkpoint "
                "(.safetensors, SD 1.5 or SDXL, from Civitai or Hugging Face) and pick it on the Train page "
                "under Base model, or type a Hugging Face repo id there to download it.",
                "no_base_model",
                "train",
            )
        )
    return problems


def sort_problems(problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Worst first: errors stop training, warnings slow it down, infos are advice."""
    return sorted(problems, key=lambda p: PROBLEM_LEVELS.index(p["level"]))


def diagnose(info: dict[str, Any]) -> list[dict[str, Any]]:
    """Problems found in collect()'s *info*, each with what to do about it."""
    return sort_problems(_gpu_problems(info) + _library_problems(info) + _model_problems(info))


def collect(project: Path | None = None) -> dict[str, Any]:
    """Everything the report shows, as JSON-ready data; writes nothing on stdout (libraries do)."""
    with _fd_redirected(1, 2):
        torch_info, gpus = _torch_info()
        info: dict[str, Any] = {
            "danlu": _version("danlu"),
            "python": _python_info(),
            "system": _system_info(),
            "nvidia_smi": (nvidia_smi := shutil.which("nvidia-smi")),
            "driver": _driver_info(nvidia_smi),
            "torch": torch_info,
            "gpus": gpus,
            "onnxruntime": _onnxruntime_info(),
            "bitsandbytes": _bitsandbytes_info(),
            "packages": {name: _version(name) for name in LISTED_PACKAGES},
        }
    cache = _hf_cache_dir()
    info["hf_cache"] = {
        "path": str(cache),
        "exists": cache.is_dir(),
        "size_gib": _gib(_tree_size(cache)) if cache.is_dir() else 0.0,
    }
    places = {"project": project or Path.cwd(), "home": Path.home(), "Hugging Face cache": cache}
    info["disks"] = _disk_info(places)
    info["models"] = _model_info(cache)
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


def format_report(info: dict[str, Any]) -> str:
    """The human-readable report of collect()'s *info*."""
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
        lines.append(f"  [{problem['level']}] {problem['message']}")
        if problem["advice"]:
            lines.append(f"      -> {problem['advice']}")
    return "\n".join(lines)


def doctor_job(ctx: JobContext) -> list[str]:
    """``python -m training doctor [config]``: the report as a ``result`` event (config: ``project``)."""
    project = ctx.config.get("project")
    info = collect(ctx.resolve(project) if project else None)
    ctx.emitter.emit("result", data=info)
    return []
