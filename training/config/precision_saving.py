"""The precision section (the memory ladder's switches) and the saving section (checkpoints, metadata)."""

from __future__ import annotations

from dataclasses import dataclass

from training.config_fields import When, setting


@dataclass
class PrecisionSection:
    mixed_precision: str = setting(
        "fp16",
        "Mixed precision",
        "Compute in 16 bit: fp16 on any NVIDIA GPU, bf16 on RTX 30xx and newer (no overflow to NaN). 'no' "
        "trains in 32 bit; on a CPU fp16 falls back to 32 bit.",
        choices=("no", "fp16", "bf16"),
        simple=True,
    )
    gradient_checkpointing: bool = setting(
        False,
        "Gradient checkpointing",
        "Recompute activations in the backward pass: much less VRAM, about 20–30% slower, same result.",
    )
    selective_checkpointing: bool = setting(
        False,
        "Keep costly results when checkpointing",
        "Gradient checkpointing that keeps what is costly to recompute (convolutions, attention, the feed-forward "
        "output layers, the LoRA's down projections) and recomputes only the cheap rest: half of the recomputed "
        "arithmetic is skipped, for more VRAM (SDXL at 1024 px: about 0.9 GB per image of the batch; SD 1.5 at "
        "512 px: about 0.1 GB). Same result.",
        when=When("precision.gradient_checkpointing"),
        origin="danlu",
    )
    sdpa: bool = setting(
        True,
        "Fast attention (SDPA)",
        "Use PyTorch's scaled-dot-product attention (memory-efficient kernels). Turn off only to debug.",
    )
    xformers: bool = setting(
        False,
        "xformers attention",
        "Use xformers' memory-efficient attention instead of SDPA. Only when the xformers package is installed; "
        "with PyTorch 2 SDPA is about as fast and needs nothing extra.",
    )
    fp8_base: bool = setting(
        False,
        "fp8 base weights",
        "Store the frozen U-Net's weights in 8 bit (float8) and widen each layer only while it computes: the "
        "U-Net takes half the VRAM of 16 bit (SDXL: about 2.6 GB instead of 5.1 GB), the LoRA trains as usual. "
        "Slightly lower quality than 16-bit weights; needs PyTorch 2.1+.",
    )
    full_fp16: bool = setting(
        False,
        "Full fp16 LoRA",
        "Keep the LoRA's own weights, gradients and optimizer state in fp16 too (not only the computations). "
        "Saves a little VRAM; can be unstable. Needs mixed precision fp16 and a CUDA GPU.",
        when=When("precision.mixed_precision", ("fp16",)),
    )
    full_bf16: bool = setting(
        False,
        "Full bf16 LoRA",
        "Keep the LoRA's own weights, gradients and optimizer state in bf16. Saves a little VRAM; best with an "
        "optimizer that copes with bf16 (Adafactor, AdamW8bit). Needs mixed precision bf16.",
        when=When("precision.mixed_precision", ("bf16",)),
    )
    no_half_vae: bool = setting(
        False,
        "VAE in 32 bit",
        "Encode images with the VAE in 32 bit even when training in fp16/bf16. The SDXL VAE overflows in fp16 "
        "(black or NaN latents); Danlu then re-encodes in 32 bit by itself, this makes it the rule.",
    )
    fused_backward_pass: bool = setting(
        False,
        "Fused backward pass",
        "Adafactor only: update each weight as soon as its gradient is ready and free the gradient at once, "
        "instead of holding all gradients until the step. Less VRAM; no gradient accumulation, no fp16.",
        when=When("optimizer.optimizer_type", ("Adafactor",)),
    )
    lowram: bool = setting(
        False,
        "Low RAM",
        "Load the base model straight into VRAM instead of system RAM first: for machines with more VRAM than "
        "RAM (Colab, Kaggle). Ignored without a CUDA GPU.",
    )
    cuda_graphs: bool = setting(
        False,
        "CUDA graphs",
        "Record the U-Net's forward and backward pass once per image size and replay them: the CPU no longer "
        "issues the tens of thousands of small GPU operations of a LoRA step one by one, which is what limits a "
        "step on a fast GPU (SDXL on an H100: batch 1 about 4.8x as fast, batch 8 1.4x). Same result. The first "
        "step of each bucket size is slower (it records), and the recordings keep more VRAM (SDXL: about 1 GB at "
        "batch 1, about 7 GB at batch 8). One CUDA GPU, plain LoRA without dropouts.",
        origin="danlu",
    )
    norms_16bit: bool = setting(
        False,
        "16-bit norms",
        "Compute the U-Net's group and layer norms in 16 bit like the layers around them, instead of widening "
        "every activation to 32 bit and back as mixed precision does by default. The norms still add up in 32 bit "
        "inside, so only the last digit of their output changes (SDXL batch 8 on an H100: about 1.2x as fast "
        "with CUDA graphs). Needs mixed precision fp16 or bf16.",
        when=When("precision.mixed_precision", ("fp16", "bf16")),
        origin="danlu",
    )


@dataclass
class SavingSection:
    output_dir: str = setting(
        ".",
        "Output folder",
        "Where the LoRA files go, relative to the run folder.",
        widget="dir",
    )
    output_name: str = setting(
        "lora",
        "Output name",
        "File name of the LoRA without extension; checkpoints get '-000004' (epoch) or '-step00000500' added.",
        simple=True,
    )
    save_model_as: str = setting(
        "safetensors",
        "File format",
        "LoRAs are saved as .safetensors (loads in A1111, Forge, ComfyUI and diffusers).",
        choices=("safetensors",),
    )
    save_precision: str = setting(
        "fp16",
        "Save precision",
        "Precision of the saved weights: fp16 halves the file with no visible loss.",
        choices=("fp16", "bf16", "float"),
    )
    save_every_n_epochs: int | None = setting(
        None,
        "Save every N epochs",
        "Also save a checkpoint after every N epochs, to compare them later in a grid.",
        min=1,
        max=100000,
        simple=True,
    )
    save_every_n_steps: int | None = setting(
        None,
        "Save every N steps",
        "Also save a checkpoint every N steps.",
        min=1,
        max=10_000_000,
    )
    save_last_n_epochs: int | None = setting(
        None,
        "Keep last N epoch saves",
        "Delete older epoch checkpoints, keeping the last N.",
        min=1,
        max=100000,
        when=When("saving.save_every_n_epochs"),
    )
    save_last_n_steps: int | None = setting(
        None,
        "Keep saves of last N steps",
        "Delete step checkpoints older than N steps.",
        min=1,
        max=10_000_000,
        when=When("saving.save_every_n_steps"),
    )
    save_state: bool = setting(
        False,
        "Save training state",
        "With every checkpoint (every N epochs / steps, 'save now', cancel) also save the full training state "
        "to a '<name>-...-state' folder: LoRA weights, optimizer, learning-rate schedule, random generators and "
        "the position in the data. 'Resume from state' then continues the run exactly as if it had never "
        "stopped. Costs about 3x the LoRA's size per save.",
    )
    save_last_n_epochs_state: int | None = setting(
        None,
        "Keep last N epoch states",
        "Delete older epoch states, keeping the last N (empty = as 'Keep last N epoch saves').",
        min=1,
        max=100000,
        when=(When("saving.save_state"), When("saving.save_every_n_epochs")),
    )
    save_last_n_steps_state: int | None = setting(
        None,
        "Keep states of last N steps",
        "Delete step states older than N steps (empty = as 'Keep saves of last N steps').",
        min=1,
        max=10_000_000,
        when=(When("saving.save_state"), When("saving.save_every_n_steps")),
    )
    save_state_on_train_end: bool = setting(
        False,
        "Save state at the end",
        "Also save the training state when the run finishes, so it can later be continued with more epochs.",
    )
    resume: str | None = setting(
        None,
        "Resume from state",
        "A '<name>-...-state' folder saved by 'Save training state': the run continues from there with the same "
        "optimizer, schedule, step count, random numbers and data order, exactly as if it had never stopped. "
        "Not the same as 'Start from LoRA' (network_weights), which only loads LoRA weights into a new run.",
        widget="dir",
    )
    no_metadata: bool = setting(
        False,
        "No metadata",
        "Save the LoRA without training information (folders, tags, settings) in its header.",
    )
    training_comment: str = setting("", "Comment", "Free text stored in the LoRA's metadata.")
    metadata_title: str = setting("", "Title", "Title shown on model sites; empty = the output name.")
    metadata_author: str = setting("", "Author", "Your name, stored in the LoRA.")
    metadata_description: str = setting("", "Description", "What the LoRA does and how to prompt it.")
    metadata_license: str = setting("", "License", "License of the LoRA, e.g. 'CreativeML Open RAIL-M'.")
    metadata_tags: str = setting("", "Tags", "Comma-separated tags for model sites.")
