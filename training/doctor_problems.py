"""``danlu doctor``'s rules: what collect() found, turned into problems that say what to do about them."""

from __future__ import annotations

import re
from typing import Any

from dataprep.phrases import Phrase, names, phrase_fields

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
REINSTALL = Phrase("Run the installer again (bash installer/install.sh, or installer\\install.bat on Windows).")
# The driver branch each CUDA release of PyTorch's wheels ships with (NVIDIA's CUDA toolkit release notes,
# "Toolkit Driver Version"); by major version the oldest driver that runs any minor release of it.
DRIVER_FOR_CUDA = {"11.8": "520", "12.1": "530", "12.4": "550", "12.6": "560", "12.8": "570", "12.9": "575",
                   "13.0": "580"}
DRIVER_FOR_CUDA_MAJOR = {"11": "450", "12": "525", "13": "580"}
# Train page presets the advice names (resources/presets/vram-*.toml; a test checks they exist).
SDXL_PRESETS = {6: "SDXL · 6 GB GPU", 8: "SDXL · 8 GB GPU"}
SD15_LOW_PRESET = "SD 1.5 · 6 GB GPU"


def _problem(level: str, message: Phrase, advice: Phrase, code: str, action: str = "", **params: str
             ) -> dict[str, Any]:
    """One finding; *code* names the rule and *params* its values (stable, so the GUI can word it in the
    user's language), *action* the page of the app that fixes it ("captions": its Auto-caption dialog
    downloads models, "train": presets and the base model; "" when the fix is outside the app). The message
    and advice also go as Phrases under "phrases", as a job's events carry theirs."""
    return {"level": level, "message": message, "advice": advice, "code": code, "action": action, "params": params,
            "phrases": phrase_fields({"message": message, "advice": advice})}


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
        target = (Phrase("NVIDIA driver {branch} or newer", branch=branch) if branch else
                  Phrase("an NVIDIA driver that runs CUDA {build}", build=build))
        return _problem(
            "error",
            Phrase("the NVIDIA driver {driver} runs CUDA up to {driver_cuda}, but PyTorch {torch} is built for CUDA "
                   "{build}: training cannot use the GPU.", driver=driver["version"] or "?",
                   driver_cuda=driver["cuda"], torch=torch_info["version"], build=build),
            Phrase("Install {target} (nvidia.com/drivers, or your distribution's driver package), restart the "
                   "computer and check again; or run the installer again to get a PyTorch build for this driver.",
                   target=target),
            "driver_too_old",
            driver=driver["version"] or "?",
            driver_cuda=driver["cuda"],
            build=build,
            branch=branch,
        )
    return _problem(
        "error",
        Phrase("PyTorch {torch} (built for CUDA {build}) cannot use the NVIDIA GPU.", torch=torch_info["version"],
               build=build),
        Phrase("The driver is probably older than that CUDA version (nvidia-smi shows the newest CUDA it runs): "
               "update the driver, or run the installer again to get a build for this driver."),
        "gpu_unusable",
    )


def gpu_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
    torch_info, gpus = info["torch"], info["gpus"]
    if not torch_info["installed"]:
        return [_problem("error", Phrase("PyTorch is not installed or does not import ({error}).",
                                         error=torch_info["error"]), REINSTALL, "torch_missing")]
    problems = []
    if not gpus:
        if info["nvidia_smi"] and torch_info["cuda_build"] is None:
            problems.append(
                _problem(
                    "error",
                    Phrase("PyTorch {torch} is a CPU-only build, but an NVIDIA driver is installed.",
                           torch=torch_info["version"]),
                    Phrase("{reinstall} It picks the CUDA build for your driver.", reinstall=REINSTALL),
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
                    Phrase("no CUDA GPU: training will run on the CPU and be very slow."),
                    Phrase("Image preparation, captioning and caption editing work on the CPU, and the demo project "
                           "runs end to end; training a real LoRA needs a machine with an NVIDIA GPU (8 GB or more)."),
                    "no_gpu",
                )
            )
    for gpu in gpus:
        name = f"GPU {gpu['index']} ({gpu['name']})"
        if not gpu["supported_by_build"]:
            problems.append(
                _problem(
                    "error",
                    Phrase("PyTorch {torch} has no kernels for {gpu}, compute capability {capability}.",
                           torch=torch_info["version"], gpu=name, capability=gpu["capability"]),
                    REINSTALL,
                    "no_kernels",
                )
            )
        total, free = gpu["total_gib"], gpu["free_gib"]
        if total < LOW_VRAM_GIB:
            problems.append(
                _problem(
                    "warning",
                    Phrase("{gpu} has only {gib} GiB of memory.", gpu=name, gib=f"{total:.1f}"),
                    Phrase("SD 1.5 LoRA training needs batch size 1, gradient checkpointing, fp16 and an 8-bit "
                           "optimizer to fit: start from the preset '{preset}' on the Train page (Presets → By GPU "
                           "memory); SDXL will not fit.", preset=SD15_LOW_PRESET),
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
                    Phrase("{gpu} has {gib} GiB of memory: enough for SD 1.5 LoRAs; SDXL fits only with memory "
                           "savings.", gpu=name, gib=f"{total:.1f}"),
                    Phrase("For SDXL start from the preset '{preset}' on the Train page (Presets → By GPU memory): "
                           "fp8 base weights, cached text encoder outputs, gradient checkpointing and an 8-bit "
                           "optimizer.", preset=sdxl_preset),
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
                    Phrase("{gpu}: only {free} of {total} GiB free; another program is using the GPU.", gpu=name,
                           free=f"{free:.1f}", total=f"{total:.1f}"),
                    Phrase("Close other GPU programs (a web UI, a game) first."),
                    "gpu_busy",
                )
            )
        if not gpu["bf16"]:
            problems.append(_problem("info", Phrase("{gpu} has no bf16 support.", gpu=name),
                                     Phrase("Use fp16 mixed precision."), "no_bf16"))
    return problems


def library_problems(info: dict[str, Any]) -> list[dict[str, Any]]:
    problems = []
    ort = info["onnxruntime"]
    has_gpu = bool(info["gpus"])
    if not ort["installed"]:
        problems.append(
            _problem("warning", Phrase("onnxruntime is not usable ({error}): the WD tagger cannot caption.",
                                       error=ort["error"]), REINSTALL, "ort_missing")
        )
    else:
        if len(ort["distributions"]) > 1:
            problems.append(
                _problem(
                    "warning",
                    Phrase("several onnxruntime packages are installed ({names}); the last one installed overwrote "
                           "the others.", names=names(list(ort["distributions"]))),
                    Phrase("Keep one: pip uninstall the others, then pip install --force-reinstall the one you keep."),
                    "ort_several",
                )
            )
        if ort["cuda_provider"] == "listed but unusable":
            advice = (
                Phrase("Install the onnxruntime-gpu release built for your PyTorch's CUDA major version (they then "
                       "share the CUDA and cuDNN libraries).")
                if has_gpu
                else Phrase("Expected without an NVIDIA GPU.")
            )
            problems.append(
                _problem(
                    "warning" if has_gpu else "info",
                    Phrase("onnxruntime-gpu can't use CUDA: captioning runs on the CPU ({error}).",
                           error=ort["cuda_error"]),
                    advice,
                    "ort_cuda_unusable" if has_gpu else "ort_cpu_expected",
                )
            )
        elif has_gpu and ort["cuda_provider"] == "not listed":
            problems.append(
                _problem(
                    "info",
                    Phrase("onnxruntime has no CUDA provider: captioning runs on the CPU."),
                    Phrase("Install onnxruntime-gpu instead of onnxruntime for faster WD tagging."),
                    "ort_no_cuda",
                )
            )
    bnb = info["bitsandbytes"]
    if not bnb["importable"]:
        why = bnb.get("error") or Phrase("not installed")
        problems.append(
            _problem(
                "warning",
                Phrase("bitsandbytes does not load ({error}): the 8-bit optimizers (AdamW8bit, Lion8bit) are "
                       "unavailable.", error=why),
                REINSTALL,
                "bitsandbytes",
            )
        )
    missing = [name for name in REQUIRED_PACKAGES if info["packages"].get(name) is None]
    if missing:
        problems.append(_problem("error", Phrase("missing packages: {names}.", names=names(missing)), REINSTALL,
                                 "packages_missing"))
    for disk in info["disks"]:
        if disk["free_gib"] < LOW_DISK_GIB:
            problems.append(
                _problem(
                    "warning",
                    Phrase("only {free} GiB free on the disk of {path} ({place}).", free=f"{disk['free_gib']:.1f}",
                           path=disk["path"], place=disk["label"]),
                    Phrase("Checkpoints are 2-7 GB each and runs save several LoRA files and samples: free some "
                           "space."),
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
                Phrase("no captioning model downloaded yet: auto-captioning (WD tagger, BLIP) needs one."),
                Phrase("On the Captions page click Auto-caption…, pick a model and Download: the WD ViT tagger v3 "
                       "(about 380 MB) writes tags, BLIP writes sentences. Settings → Models lists what is on disk. "
                       "The demo project's captions are already written."),
                "no_captioner",
                "captions",
            )
        )
    if not models["base_models"]:
        problems.append(
            _problem(
                "info",
                Phrase("no Stable Diffusion base model in the Hugging Face cache."),
                Phrase("Training a real LoRA starts from the model you generate with: download a checkpoint "
                       "(.safetensors, SD 1.5 or SDXL, from Civitai or Hugging Face) and pick it on the Train page "
                       "under Base model, or type a Hugging Face repo id there to download it."),
                "no_base_model",
                "train",
            )
        )
    return problems
