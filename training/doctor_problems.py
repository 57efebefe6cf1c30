"""``danlu doctor``'s rules: what collect() found, turned into problems that say what to do about them."""

from __future__ import annotations

import re
from typing import Any

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
REINSTALL = "Run the installer again (bash installer/install.sh, or installer\\install.bat on Windows)."
# The driver branch each CUDA release of PyTorch's wheels ships with (NVIDIA's CUDA toolkit release notes,
# "Toolkit Driver Version"); by major version the oldest driver that runs any minor release of it.
DRIVER_FOR_CUDA = {"11.8": "520", "12.1": "530", "12.4": "550", "12.6": "560", "12.8": "570", "12.9": "575",
                   "13.0": "580"}
DRIVER_FOR_CUDA_MAJOR = {"11": "450", "12": "525", "13": "580"}
# Train page presets the advice names (resources/presets/vram-*.toml; a test checks they exist).
SDXL_PRESETS = {6: "SDXL · 6 GB GPU", 8: "SDXL · 8 GB GPU"}
SD15_LOW_PRESET = "SD 1.5 · 6 GB GPU"


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


def gpu_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
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


def library_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
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


def model_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
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
