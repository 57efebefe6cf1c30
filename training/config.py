"""The training run's settings: one dataclass per section, sd-scripts' argument names.

``run.toml`` has one table per section (``[model]``, ``[dataset]``, ...). Every field is declared
with :func:`training.config_fields.setting`, so the Train page's form, the TOML reader/writer and
the validation messages come from these definitions alone. Defaults follow kohya_ss where it
differs from bare sd-scripts in a way beginners expect (buckets on, latents cached, fp16).
"""

from __future__ import annotations

import dataclasses
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dataprep.buckets import BucketError, parse_resolution
from dataprep.tomlio import ConfigFileError, dumps_toml, load_toml, save_toml
from training.config_fields import FieldInfo, When, coerce, section_fields, setting, unknown_key_message
from training.network_args import LYCORIS_ALGOS, LYCORIS_PRESETS, network_errors
from training.samplers import sampler_names

OPTIMIZERS = (
    "AdamW",
    "AdamW8bit",
    "Lion",
    "Lion8bit",
    "SGDNesterov",
    "SGDNesterov8bit",
    "Adafactor",
    "Prodigy",
    "DAdaptAdam",
    "DAdaptAdaGrad",
    "DAdaptAdan",
    "DAdaptSGD",
    "DAdaptLion",
    "DAdaptAdamPreprint",
)
SCHEDULERS = (
    "constant",
    "constant_with_warmup",
    "linear",
    "cosine",
    "cosine_with_restarts",
    "polynomial",
    "adafactor",
)
LOSS_TYPES = ("l2", "huber", "smooth_l1", "l1")
HUBER_LOSS_TYPES = ("huber", "smooth_l1")
HUBER_SCHEDULES = ("snr", "exponential", "constant")
WARMUP_SCHEDULERS = ("constant_with_warmup", "linear", "cosine", "cosine_with_restarts", "polynomial")


@dataclass
class ModelSection:
    pretrained_model_name_or_path: str = setting(
        "",
        "Base model",
        "The Stable Diffusion 1.x/2.x model the LoRA is trained on: a single-file .safetensors checkpoint, a "
        "diffusers folder, or a Hugging Face repo id. Train on the model you will generate with.",
        simple=True,
        widget="path",
    )
    v2: bool = setting(
        False,
        "SD 2.x model",
        "Tick for Stable Diffusion 2.0/2.1 bases (OpenCLIP text encoder). Detected from diffusers folders; "
        "needed for single-file checkpoints whose type cannot be read from the weights.",
    )
    v_parameterization: bool = setting(
        False,
        "v-prediction",
        "The base predicts v instead of noise (SD 2.x 768-v models and some anime models). Wrong here = a "
        "LoRA that produces noise. Usually used together with 'SD 2.x model'.",
    )
    vae: str | None = setting(
        None,
        "External VAE",
        "A VAE file or folder to encode the training images with instead of the model's own. Leave empty "
        "unless the base model's VAE is known to be broken.",
        widget="path",
    )
    allow_pickle: bool = setting(
        False,
        "Allow .ckpt files",
        "Pickle checkpoints (.ckpt/.pt) can run arbitrary code when loaded. Only tick this for files from a "
        "source you trust; prefer .safetensors.",
    )
    clip_skip: int = setting(
        1,
        "CLIP skip",
        "Use the text encoder's N-th layer from the end. 2 for NovelAI-derived anime models, 1 for realistic "
        "models; use what the base model was trained with.",
        min=1,
        max=12,
    )
    max_token_length: int = setting(
        75,
        "Max token length",
        "How many caption tokens the text encoder sees (75, 150 or 225; long captions are encoded in chunks "
        "of 75 as sd-scripts does). Raise it when long tag lists get cut off.",
        choices=(75, 150, 225),
    )


@dataclass
class DatasetSection:
    train_data_dir: str = setting(
        "",
        "Image folder",
        "Folder holding '<repeats>_<identifier> <class>' sub-folders (e.g. '10_shs dog') with the training "
        "images and their caption files.",
        simple=True,
        widget="dir",
    )
    reg_data_dir: str | None = setting(
        None,
        "Regularization folder",
        "Optional folder of '<repeats>_<class>' sub-folders with images of the same class but not your "
        "subject; they keep the class word from drifting towards your subject. Doubles the steps.",
        widget="dir",
    )
    caption_extension: str = setting(
        ".txt",
        "Caption extension",
        "Extension of the caption file next to each image. Images without one are trained with the folder's "
        "'<identifier> <class>' as caption (you get a warning).",
    )
    resolution: str = setting(
        "512",
        "Resolution",
        "Training resolution, 'size' or 'width,height'. 512 for SD 1.x, 768 for SD 2.x 768 models; larger "
        "needs more VRAM.",
        simple=True,
    )
    train_batch_size: int = setting(
        1,
        "Batch size",
        "Images per step. Larger batches are steadier but need more VRAM; raise the learning rate with them.",
        min=1,
        max=256,
        simple=True,
    )
    enable_bucket: bool = setting(
        True,
        "Aspect-ratio buckets",
        "Train images of different shapes at fitting resolutions of about the same area instead of cropping "
        "them all square.",
    )
    min_bucket_reso: int = setting(
        256,
        "Min bucket resolution",
        "Smallest bucket side in pixels.",
        min=32,
        max=4096,
        when=When("dataset.enable_bucket"),
    )
    max_bucket_reso: int = setting(
        1024,
        "Max bucket resolution",
        "Largest bucket side in pixels.",
        min=64,
        max=8192,
        when=When("dataset.enable_bucket"),
    )
    bucket_reso_steps: int = setting(
        64,
        "Bucket step",
        "Bucket sides are multiples of this (64 is safe; 8 works for SD but makes more buckets).",
        min=8,
        max=256,
        when=When("dataset.enable_bucket"),
    )
    bucket_no_upscale: bool = setting(
        False,
        "Don't upscale",
        "Never enlarge small images to reach the bucket size; they get a bucket of their own size instead.",
        when=When("dataset.enable_bucket"),
    )
    shuffle_caption: bool = setting(
        False,
        "Shuffle caption",
        "Shuffle the comma-separated tags each time an image is used, so no tag profits from its position. "
        "Recommended for tag captions, not for sentences.",
        simple=True,
    )
    keep_tokens: int = setting(
        0,
        "Keep N tags",
        "The first N comma-separated tags stay in front when shuffling or dropping tags (put the trigger "
        "word first and keep 1).",
        min=0,
        max=255,
    )
    keep_tokens_separator: str = setting(
        "",
        "Keep separator",
        "If set (e.g. '|||'), everything before it in a caption stays fixed instead of the first N tags.",
    )
    caption_dropout_rate: float = setting(
        0.0,
        "Caption dropout",
        "Chance that an image is trained with an empty caption (0.05–0.1 makes the LoRA work without the trigger too).",
        min=0.0,
        max=1.0,
    )
    caption_dropout_every_n_epochs: int = setting(
        0,
        "Drop captions every N epochs",
        "Every N-th epoch trains all images with empty captions. 0 = never.",
        min=0,
        max=10000,
    )
    caption_tag_dropout_rate: float = setting(
        0.0,
        "Tag dropout",
        "Chance that each tag (after the kept ones) is left out of the caption for one step.",
        min=0.0,
        max=1.0,
    )
    weighted_captions: bool = setting(
        False,
        "Weighted captions",
        "Read '(word:1.3)', '(word)' (x1.1) and '[word]' (/1.1) in captions as in A1111 prompts: those words pull "
        "harder or softer on the text encoder. Write brackets meant literally as '\\(' and '\\)'. Keep commas out "
        "of a weighted group when tags are shuffled or dropped.",
    )
    token_warmup_min: int = setting(
        1,
        "Token warmup: first tags",
        "At the start of training only this many tags (after the kept ones) are used; more are added step by "
        "step until 'Token warmup steps'.",
        min=1,
        max=255,
        when=When("dataset.token_warmup_step"),
    )
    token_warmup_step: float = setting(
        0,
        "Token warmup steps",
        "Steps over which captions grow from 'Token warmup: first tags' to all their tags (below 1: a fraction "
        "of all steps). Helps the trigger word take the subject before the details do. 0 = off.",
        min=0,
        max=10_000_000,
    )
    flip_aug: bool = setting(
        False,
        "Flip augmentation",
        "Randomly mirror images left-right. Doubles the variety for symmetric subjects; don't use it when "
        "asymmetry matters (text, hair parting, logos).",
    )
    color_aug: bool = setting(
        False,
        "Color augmentation",
        "Randomly shift the hue a little each time an image is used. Needs latents to be computed every "
        "step, so it cannot be combined with latent caching.",
    )
    random_crop: bool = setting(
        False,
        "Random crop",
        "Crop buckets at a random place instead of the center. Cannot be combined with latent caching.",
    )
    alpha_mask: bool = setting(
        False,
        "Mask from alpha channel",
        "With 'Masked loss': take each image's mask from its transparency (opaque = trained, transparent = "
        "ignored). Images without an alpha channel are trained whole.",
        when=When("loss.masked_loss"),
    )
    conditioning_data_dir: str | None = setting(
        None,
        "Mask folder",
        "With 'Masked loss': a folder of mask images named like the training images (in the same '<repeats>_' "
        "sub-folders, or all together). Without it, masks are read from '<image name>_mask.png' beside each image.",
        widget="dir",
        when=(When("loss.masked_loss"), When("dataset.alpha_mask", negate=True)),
    )
    cache_latents: bool = setting(
        True,
        "Cache latents",
        "Encode every image with the VAE once before training and keep the result in memory: much faster "
        "and less VRAM. Excludes color augmentation and random crop.",
    )
    cache_latents_to_disk: bool = setting(
        False,
        "Cache latents to disk",
        "Also keep the cached latents on disk (in the project's .danlu/latents), so the next run over the "
        "same images skips encoding. A changed image is re-encoded.",
    )
    cache_text_encoder_outputs: bool = setting(
        False,
        "Cache text encoder outputs",
        "Encode every caption once before training, then move the text encoders off the GPU: saves their "
        "VRAM (about 1.6 GB for SDXL in fp16) and a little time per step. Needs 'Train U-Net only' and "
        "fixed captions (no shuffling or dropout).",
    )
    cache_text_encoder_outputs_to_disk: bool = setting(
        False,
        "Cache text encoder outputs to disk",
        "Also keep the encoded captions on disk (in the project's .danlu/text_encoder_outputs), so the next "
        "run with the same base model and captions skips encoding. A changed caption is encoded again.",
    )
    vae_batch_size: int = setting(
        1,
        "VAE batch size",
        "Images encoded at once while caching latents. Higher is faster if VRAM allows.",
        min=1,
        max=64,
        when=When("dataset.cache_latents"),
    )
    max_data_loader_n_workers: int = setting(
        0,
        "Data loader workers",
        "Processes that load images in the background. 0 loads in the training process, which is best with "
        "cached latents.",
        min=0,
        max=64,
    )
    persistent_data_loader_workers: bool = setting(
        False,
        "Persistent workers",
        "Keep the loader processes between epochs (faster epoch starts, more RAM).",
        when=When("dataset.max_data_loader_n_workers"),
    )


LYCORIS_ON = When("network.network_module", ("lycoris.kohya",))


@dataclass
class NetworkSection:
    network_module: str = setting(
        "networks.lora",
        "Network",
        "networks.lora: sd-scripts' LoRA on the attention and feed-forward layers (with 'Conv rank', LoCon on "
        "the ResNet convs too). lycoris.kohya: the LyCORIS algorithms (LoHa, LoKr, LoCon) from the lycoris-lora "
        "library, saved with the lora_unet_/lora_te_ names A1111 and ComfyUI load.",
        choices=("networks.lora", "lycoris.kohya"),
    )
    algo: str = setting(
        "locon",
        "LyCORIS algorithm",
        "locon: LoRA on linears and convs. loha: Hadamard product of two low-rank pairs (more expressive per "
        "parameter; rank 4-16). lokr: Kronecker product (very small files; raise the learning rate). ia3: a "
        "learned per-channel scale of each layer's output (tiny files, rank unused; high learning rate ~1e-2). "
        "dylora: LoRA trained in rank blocks so it can be cut to smaller ranks.",
        choices=LYCORIS_ALGOS,
        when=When("network.network_module", ("lycoris.kohya",)),
    )
    preset: str = setting(
        "full",
        "LyCORIS preset",
        "Which layers get a module: full (attention, feed-forward, ResNet blocks, samplers, conv_in/out, time "
        "embedding), full-lin (no 3x3 convs), attn-mlp (as standard LoRA), attn-only, unet-only (full without "
        "the text encoder), unet-transformer-only, "
        "unet-convblock-only.",
        choices=LYCORIS_PRESETS,
        when=When("network.network_module", ("lycoris.kohya",)),
    )
    use_tucker: bool = setting(
        False,
        "Tucker decomposition",
        "Factor 3x3 conv modules with a small core tensor (LyCORIS use_tucker): fewer parameters for the same "
        "rank on convs.",
        when=When("network.network_module", ("lycoris.kohya",)),
    )
    dora_wd: bool = setting(
        False,
        "DoRA weight decomposition",
        "Train each layer's weight magnitude apart from its direction (LyCORIS dora_wd, saved as dora_scale): "
        "closer to full fine-tuning at the same rank, slower steps.",
        when=(LYCORIS_ON, When("network.algo", ("locon", "loha", "lokr"))),
    )
    use_scalar: bool = setting(
        False,
        "Trainable scalar",
        "A learned scale per module, starting at 0 so both factors start random (LyCORIS use_scalar); it is "
        "folded into the saved weights.",
        when=(LYCORIS_ON, When("network.algo", ("locon", "loha", "lokr"))),
    )
    rank_dropout_scale: bool = setting(
        False,
        "Rescale rank dropout",
        "Divide the kept ranks by the kept fraction so rank dropout keeps the update's size (LyCORIS "
        "rank_dropout_scale).",
        when=(LYCORIS_ON, When("network.rank_dropout")),
    )
    train_norm: bool = setting(
        False,
        "Train norm layers",
        "Also train the LayerNorm/GroupNorm weights and biases inside the preset's blocks (LyCORIS train_norm; "
        "saved as w_norm/b_norm, which ComfyUI loads).",
        when=LYCORIS_ON,
    )
    dylora_block_size: int = setting(
        4,
        "DyLoRA block size",
        "DyLoRA trains the rank in blocks of this size, one random prefix of blocks per step, so the file can be "
        "cut to any multiple of it later (LyCORIS block_size). The ranks must be multiples of it.",
        min=1,
        max=1024,
        when=(LYCORIS_ON, When("network.algo", ("dylora",))),
    )
    conv_dim: int = setting(
        0,
        "Conv rank",
        "Rank of the modules on the 3x3 convs of the ResNet blocks and samplers (LoCon). 0 = none with "
        "networks.lora; with lycoris.kohya 0 means the rank above, as the library does. 4-16 adds texture "
        "and detail learning.",
        min=0,
        max=1024,
    )
    conv_alpha: float = setting(
        1.0,
        "Conv alpha",
        "Alpha of the conv modules (scales them by conv_alpha / conv rank).",
        min=0.0,
        max=1024.0,
        when=When("network.conv_dim"),
    )
    network_dropout: float | None = setting(
        None,
        "Network dropout",
        "Drop this share of the LoRA's down-projection outputs each step (neuron dropout; 0.1-0.3). Training "
        "only. Not implemented by LyCORIS LoHa/LoKr.",
        min=0.0,
        max=1.0,
    )
    rank_dropout: float = setting(
        0.0,
        "Rank dropout",
        "Chance that each rank of a module is dropped for one sample in a step (rescaled as if the rank were "
        "smaller). Training only.",
        min=0.0,
        max=1.0,
    )
    module_dropout: float = setting(
        0.0,
        "Module dropout",
        "Chance that a whole module is skipped for a step. Training only.",
        min=0.0,
        max=1.0,
    )
    scale_weight_norms: float | None = setting(
        None,
        "Scale weight norms",
        "Max-norm regularisation: after each step, modules whose weight change has a norm above this are "
        "scaled down to it (1.0 is common). The number scaled and the mean norm show in the metrics.",
        min=0.0,
        max=100.0,
    )
    down_lr_weight: str = setting(
        "",
        "Down block lr weights",
        "Learning-rate weights of the 12 down blocks IN00-IN11, comma-separated, or a preset: cosine, sine, "
        "linear, reverse_linear, zeros (optionally '+0.5'). A block with weight 0 gets no module.",
        when=When("network.network_module", ("networks.lora",)),
    )
    mid_lr_weight: float | None = setting(
        None,
        "Mid block lr weight",
        "Learning-rate weight of the middle block (MID). 0 leaves it out.",
        min=0.0,
        max=100.0,
        when=When("network.network_module", ("networks.lora",)),
    )
    up_lr_weight: str = setting(
        "",
        "Up block lr weights",
        "Learning-rate weights of the 12 up blocks OUT00-OUT11, as for the down blocks.",
        when=When("network.network_module", ("networks.lora",)),
    )
    block_lr_zero_threshold: float = setting(
        0.0,
        "Block lr zero threshold",
        "Block lr weights at or below this count as 0 (the block gets no module).",
        min=0.0,
        max=100.0,
        when=When("network.network_module", ("networks.lora",)),
    )
    block_dims: str = setting(
        "",
        "Block ranks",
        "25 comma-separated ranks, one per U-Net block (IN00-IN11, MID, OUT00-OUT11). 0 = no module in that "
        "block. Empty = the rank above everywhere.",
        when=When("network.network_module", ("networks.lora",)),
    )
    block_alphas: str = setting(
        "",
        "Block alphas",
        "25 comma-separated alphas for the block ranks. Empty = the alpha above.",
        when=When("network.network_module", ("networks.lora",)),
    )
    conv_block_dims: str = setting(
        "",
        "Conv block ranks",
        "25 comma-separated conv ranks (LoCon per block). Empty = the conv rank everywhere.",
        when=When("network.network_module", ("networks.lora",)),
    )
    conv_block_alphas: str = setting(
        "",
        "Conv block alphas",
        "25 comma-separated conv alphas. Empty = the conv alpha.",
        when=When("network.network_module", ("networks.lora",)),
    )
    network_dim: int = setting(
        8,
        "Rank (dim)",
        "Size of the LoRA. 8–32 for a character or style; higher learns more (including what you did not "
        "want) and makes bigger files.",
        min=1,
        max=1024,
        simple=True,
    )
    network_alpha: float = setting(
        1.0,
        "Alpha",
        "Scales the LoRA's effect by alpha/rank. Half the rank or 1 are common; with alpha = 1, raise the "
        "learning rate as the rank grows.",
        min=0.0,
        max=1024.0,
        simple=True,
    )
    network_train_unet_only: bool = setting(
        False,
        "Train U-Net only",
        "Leave the text encoder untouched (saves VRAM; common for styles and for SDXL).",
    )
    network_train_text_encoder_only: bool = setting(
        False,
        "Train text encoder only",
        "Train only the text encoder's LoRA.",
    )
    network_weights: str | None = setting(
        None,
        "Start from LoRA",
        "Initialise from an existing LoRA file. This starts a new training from those weights; it is not a "
        "resume (optimizer state, step count and schedule start fresh). To continue a stopped run exactly, "
        "use 'Resume from state' in the saving settings.",
        widget="file",
    )
    dim_from_weights: bool = setting(
        False,
        "Rank from weights",
        "Take rank and alpha from the 'Start from LoRA' file instead of the settings above.",
        when=When("network.network_weights"),
    )


@dataclass
class OptimizerSection:
    optimizer_type: str = setting(
        "AdamW",
        "Optimizer",
        "AdamW is the reliable default; AdamW8bit saves VRAM; Prodigy and DAdapt* find the learning rate "
        "themselves (set the learning rates to 1); Adafactor adapts its own step size.",
        choices=OPTIMIZERS,
        simple=True,
    )
    learning_rate: float = setting(
        1e-4,
        "Learning rate",
        "Step size for every part without its own rate. 1e-4 is a good start for LoRA with AdamW.",
        min=0.0,
        max=10.0,
        simple=True,
    )
    unet_lr: float | None = setting(
        None,
        "U-Net learning rate",
        "Learning rate of the U-Net's LoRA; empty = the learning rate above.",
        min=0.0,
        max=10.0,
        when=When("network.network_train_text_encoder_only", negate=True),
    )
    text_encoder_lr: float | None = setting(
        None,
        "Text encoder learning rate",
        "Learning rate of the text encoder's LoRA; usually half of the U-Net's (5e-5). Empty = the learning "
        "rate above.",
        min=0.0,
        max=10.0,
        simple=True,
        when=When("network.network_train_unet_only", negate=True),
    )
    text_encoder_lr2: float | None = setting(
        None,
        "Text encoder 2 learning rate",
        "SDXL only: learning rate of the second text encoder's LoRA (OpenCLIP bigG, which gives the pooled "
        "prompt); empty = the text encoder learning rate. sd-scripts' text_encoder_lr2.",
        min=0.0,
        max=10.0,
        when=When("network.network_train_unet_only", negate=True),
    )
    max_grad_norm: float = setting(
        1.0,
        "Max grad norm",
        "Clip the gradient to this norm each step to stop sudden jumps. 0 turns clipping off. Leave at 1 "
        "unless you know why.",
        min=0.0,
        max=1000.0,
    )
    optimizer_args: list[str] = setting(  # noqa: RUF009 (setting() returns a dataclasses.field)
        [],
        "Optimizer arguments",
        "Extra 'name=value' arguments for the optimizer, e.g. 'weight_decay=0.01' or 'betas=0.9,0.99' "
        "(Prodigy: 'decouple=True', 'd_coef=2').",
    )
    ema_decay: float | None = setting(
        None,
        "EMA decay",
        "Keep an exponential moving average of the LoRA's weights and save that instead of the last weights: "
        "smoother, less dependent on the last steps' images. 0.999 averages over about the last 1000 updates "
        "(it warms up over the first steps). Empty = off.",
        min=0.0,
        max=0.99999,
    )
    ema_update_every: int = setting(
        1,
        "EMA every N steps",
        "Update the average every N optimizer steps (N times fewer updates, so the average spans N times more steps).",
        min=1,
        max=10000,
        when=When("optimizer.ema_decay"),
    )


@dataclass
class ScheduleSection:
    max_train_epochs: int | None = setting(
        None,
        "Epochs",
        "Passes over the (repeated) training set. Overrides 'Max steps' when set.",
        min=1,
        max=100000,
        simple=True,
    )
    max_train_steps: int = setting(
        1600,
        "Max steps",
        "Total optimizer steps when 'Epochs' is empty.",
        min=1,
        max=10_000_000,
    )
    gradient_accumulation_steps: int = setting(
        1,
        "Gradient accumulation",
        "Add up the gradients of N batches before each optimizer step: like an N times bigger batch without "
        "its VRAM (but slower, and not identical). Steps count optimizer steps.",
        min=1,
        max=1024,
    )
    lr_scheduler: str = setting(
        "constant",
        "LR scheduler",
        "How the learning rate changes over the run: constant, warm up then constant, fall linearly or along a "
        "cosine to 0, cosine with restarts, polynomial; 'adafactor' goes with the Adafactor optimizer.",
        choices=SCHEDULERS,
        simple=True,
    )
    lr_warmup_steps: float = setting(
        0,
        "Warmup steps",
        "Steps over which the learning rate rises from 0. A value below 1 is a fraction of all steps (0.1 = 10%).",
        min=0,
        max=10_000_000,
        when=When("schedule.lr_scheduler", WARMUP_SCHEDULERS),
    )
    lr_scheduler_num_cycles: int = setting(
        1,
        "LR cycles",
        "Number of cosine restarts (cosine_with_restarts) over the run.",
        min=1,
        max=1000,
        when=When("schedule.lr_scheduler", ("cosine_with_restarts",)),
    )
    lr_scheduler_power: float = setting(
        1.0,
        "LR power",
        "Exponent of the polynomial decay; 1 = linear, higher falls faster early.",
        min=0.0,
        max=100.0,
        when=When("schedule.lr_scheduler", ("polynomial",)),
    )
    stop_text_encoder_training_pct: int = setting(
        0,
        "Stop text encoder at %",
        "Freeze the text encoder after this percentage of the steps and train only the U-Net for the rest; "
        "helps against over-fitting the trigger word. 0 = train it to the end.",
        min=0,
        max=100,
        when=When("network.network_train_unet_only", negate=True),
    )
    seed: int | None = setting(
        None,
        "Seed",
        "Fixes every random choice (noise, shuffling, augmentation) so a run can be repeated exactly. Empty = "
        "a new random seed each run (it is recorded in the LoRA's metadata).",
        min=0,
        max=2**32 - 1,
    )


@dataclass
class LossSection:
    prior_loss_weight: float = setting(
        1.0,
        "Prior loss weight",
        "Weight of regularization images in the loss. Lower it (e.g. 0.5) if your subject does not come "
        "through; raise it if the class word drifts.",
        min=0.0,
        max=100.0,
        when=When("dataset.reg_data_dir"),
    )
    loss_type: str = setting(
        "l2",
        "Loss type",
        "How a wrong prediction is punished. l2 (squared error) is the classic; huber and smooth_l1 punish "
        "big errors less, so odd images and noisy steps pull the LoRA around less (huber with the 'snr' "
        "schedule is the usual pick); l1 is plain absolute error.",
        choices=LOSS_TYPES,
    )
    huber_schedule: str = setting(
        "snr",
        "Huber schedule",
        "How the Huber threshold changes with the noise level: 'snr' (recommended) is close to l2 on almost "
        "clean images and robust on noisy ones; 'exponential' falls from 1 to Huber C over the timesteps; "
        "'constant' keeps Huber C.",
        choices=HUBER_SCHEDULES,
        when=When("loss.loss_type", HUBER_LOSS_TYPES),
    )
    huber_c: float = setting(
        0.1,
        "Huber C",
        "The Huber threshold: errors below it count as squared, above it as linear. 0.1 is the default; "
        "0.05 often trains a little better, but it depends on the images.",
        min=1e-4,
        max=10.0,
        when=When("loss.loss_type", HUBER_LOSS_TYPES),
    )
    huber_scale: float = setting(
        1.0,
        "Huber scale",
        "Multiplies the threshold of the 'constant' and 'exponential' schedules. Leave at 1.",
        min=1e-4,
        max=100.0,
        when=(When("loss.loss_type", HUBER_LOSS_TYPES), When("loss.huber_schedule", ("constant", "exponential"))),
    )
    min_snr_gamma: float | None = setting(
        None,
        "Min SNR gamma",
        "Weighs down the easy, almost noise-free timesteps so training converges faster and steadier "
        "(Min-SNR paper). 5 is the paper's and most users' value; empty = off.",
        min=0.0,
        max=100.0,
    )
    debiased_estimation_loss: bool = setting(
        False,
        "Debiased estimation",
        "Weighs each timestep by 1/√SNR (v-prediction: 1/(SNR+1)), a stronger cousin of Min SNR gamma that "
        "evens out the noise levels' pull. Usually one of the two, not both.",
    )
    scale_v_pred_loss_like_noise_pred: bool = setting(
        False,
        "Scale v-pred loss like noise-pred",
        "For v-prediction models (SD 2.x 768-v): weigh the loss per timestep as an ε-prediction model's loss "
        "would be, which helps details.",
        when=When("model.v_parameterization"),
    )
    v_pred_like_loss: float | None = setting(
        None,
        "V-pred-like loss",
        "For ε-prediction models: add this much of a v-prediction-like loss (more weight on noisy "
        "timesteps, i.e. composition and colour). 0.1–0.3 is typical; empty = off.",
        min=0.0,
        max=10.0,
        when=When("model.v_parameterization", negate=True),
    )
    masked_loss: bool = setting(
        False,
        "Masked loss",
        "Train only where each image's mask is white (grey = partly): the background or a watermark does not "
        "end up in the LoRA. Masks come from a mask image per training image or from the alpha channel.",
    )


@dataclass
class NoiseSection:
    noise_offset: float | None = setting(
        None,
        "Noise offset",
        "Adds a random brightness shift to the training noise, so the LoRA can make much darker or brighter "
        "images than the base model. 0.05–0.1 is common (0.0357 in some SDXL recipes); empty = off.",
        min=0.0,
        max=1.0,
    )
    noise_offset_random_strength: bool = setting(
        False,
        "Random offset strength",
        "Draw the offset's strength from 0 to 'Noise offset' every step instead of using it as is.",
        when=When("noise.noise_offset"),
    )
    adaptive_noise_scale: float | None = setting(
        None,
        "Adaptive noise scale",
        "Adds this times each latent channel's mean brightness to the noise offset (about a tenth of the "
        "offset, e.g. 0.00357 with 0.0357). -1 to 1; empty = off.",
        min=-1.0,
        max=1.0,
        when=When("noise.noise_offset"),
    )
    multires_noise_iterations: int | None = setting(
        None,
        "Multires noise iterations",
        "Adds noise at several coarser resolutions ('pyramid noise'): helps larger shapes and contrast. "
        "6–10 is common; empty = off.",
        min=1,
        max=64,
    )
    multires_noise_discount: float = setting(
        0.3,
        "Multires noise discount",
        "How much weaker each coarser level of the multires noise is (0.3 is the usual; smaller = subtler).",
        min=0.0,
        max=1.0,
        when=When("noise.multires_noise_iterations"),
    )
    ip_noise_gamma: float | None = setting(
        None,
        "IP noise gamma",
        "Input perturbation: the model sees slightly more noise than it has to predict, which regularises "
        "training. 0.1 is recommended; empty = off.",
        min=0.0,
        max=1.0,
    )
    ip_noise_gamma_random_strength: bool = setting(
        False,
        "Random IP noise strength",
        "Draw the perturbation's strength from 0 to 'IP noise gamma' every step.",
        when=When("noise.ip_noise_gamma"),
    )
    min_timestep: int | None = setting(
        None,
        "Min timestep",
        "Train only on noise levels from this timestep up (0–999; empty = 0). Raising it leaves out the fine "
        "details; mostly for LoRAs meant for img2img.",
        min=0,
        max=999,
    )
    max_timestep: int | None = setting(
        None,
        "Max timestep",
        "Train only on noise levels below this timestep (1–1000; empty = 1000). Lowering it leaves out "
        "composition, for LoRAs meant for img2img or detail.",
        min=1,
        max=1000,
    )
    zero_terminal_snr: bool = setting(
        False,
        "Zero terminal SNR",
        "Rescale the noise schedule so the last timestep is pure noise (Lin et al. 2023): fixes washed-out "
        "darks and lights, but only for v-prediction models trained this way.",
    )


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


@dataclass
class SampleSection:
    sample_every_n_steps: int | None = setting(
        None,
        "Sample every N steps",
        "Render the sample prompts with the LoRA as it is every N steps (ignored when 'Sample every N epochs' "
        "is set, as in sd-scripts).",
        min=1,
        max=10_000_000,
        when=When("sample.sample_prompts"),
    )
    sample_every_n_epochs: int | None = setting(
        None,
        "Sample every N epochs",
        "Render the sample prompts after every N epochs, to watch the LoRA learn (images go to 'samples/').",
        min=1,
        max=100000,
        when=When("sample.sample_prompts"),
    )
    sample_at_first: bool = setting(
        False,
        "Sample before training",
        "Also render the prompts before the first step: the base model's images, to compare against.",
        when=When("sample.sample_prompts"),
    )
    sample_prompts: str | None = setting(
        None,
        "Sample prompts",
        "A prompt file in sd-scripts' format: one prompt per line, options '--n' negative prompt, '--w'/'--h' size, "
        "'--d' seed, '--l' CFG scale, '--s' steps, '--ss' sampler. Each prompt keeps its seed all run long (the "
        "run's seed + its line number unless '--d' is given), so the samples show the LoRA changing, not the noise.",
        widget="file",
    )
    sample_sampler: str = setting(
        "euler_a",
        "Sampler",
        "Sampler of the samples unless a prompt sets '--ss'. euler_a and dpmsolver++_karras (DPM++ 2M Karras) "
        "look good in 20–30 steps.",
        choices=tuple(sampler_names()),
        when=When("sample.sample_prompts"),
    )


@dataclass
class LoggingSection:
    logging_dir: str | None = setting(
        "logs",
        "TensorBoard folder",
        "TensorBoard logs (loss, learning rate) go here, relative to the run folder. Empty = no TensorBoard.",
        widget="dir",
    )
    loss_average_window: int = setting(
        50,
        "Loss average window",
        "Steps in the moving average of the loss shown beside the raw loss.",
        min=1,
        max=100000,
    )


DYNAMO_BACKENDS = ("no", "eager", "aot_eager", "inductor", "cudagraphs")
REPO_TYPES = ("model", "dataset", "space")


@dataclass
class LaunchSection:
    num_processes: int = setting(
        1,
        "Processes",
        "Training processes, one per GPU. More than 1 starts the run through 'accelerate launch': each process "
        "trains 'Batch size' images per step, so a step sees processes x batch size images, and the result is "
        "that of one process with that bigger batch.",
        min=1,
        max=64,
    )
    num_machines: int = setting(
        1,
        "Machines",
        "Computers taking part in the run. Keep 1 unless you run Danlu on every machine with the same run "
        "folder; the others need '--main_process_ip' and '--machine_rank' in the extra arguments.",
        min=1,
        max=64,
    )
    gpu_ids: str = setting(
        "",
        "GPU IDs",
        "Which GPUs to use, comma-separated, counting from 0 (e.g. '0,1'). Empty = all.",
    )
    main_process_port: int | None = setting(
        None,
        "Main process port",
        "Network port the processes meet on (accelerate's default 29500 when empty). Change it when two runs "
        "share a machine.",
        min=1,
        max=65535,
    )
    dynamo_backend: str = setting(
        "no",
        "Dynamo backend",
        "Compile the U-Net with torch.compile and this backend ('inductor' is the fast one; it needs a C "
        "compiler and its first steps are slow). 'no' unless you know it helps on your GPU.",
        choices=DYNAMO_BACKENDS,
    )
    extra_accelerate_launch_args: str = setting(
        "",
        "Extra accelerate arguments",
        "More 'accelerate launch' options, as on a command line (e.g. '--main_process_ip 10.0.0.2 "
        "--machine_rank 0'). Used only when the run goes through accelerate launch.",
    )


@dataclass
class HubSection:
    huggingface_repo_id: str = setting(
        "",
        "Hugging Face repo",
        "Upload the finished LoRA to this Hugging Face repo ('user/name'); empty = no upload. The access token "
        "comes from 'huggingface-cli login' (or the HF_TOKEN variable) and is never written into the run's files.",
    )
    huggingface_repo_type: str = setting(
        "model",
        "Repo type",
        "Kind of repo to upload to.",
        choices=REPO_TYPES,
        when=When("hub.huggingface_repo_id"),
    )
    huggingface_path_in_repo: str = setting(
        "",
        "Folder in repo",
        "Folder inside the repo for the uploaded files; empty = the repo's top level.",
        when=When("hub.huggingface_repo_id"),
    )
    huggingface_repo_visibility: str = setting(
        "private",
        "Visibility",
        "Whether a repo the upload has to create is public or private (an existing repo keeps its visibility).",
        choices=("private", "public"),
        when=When("hub.huggingface_repo_id"),
    )
    save_state_to_huggingface: bool = setting(
        False,
        "Upload the state too",
        "Also upload the training state saved at the end ('Save state at the end'), to resume elsewhere.",
        when=When("hub.huggingface_repo_id"),
    )


SECTIONS: dict[str, type] = {
    "model": ModelSection,
    "dataset": DatasetSection,
    "network": NetworkSection,
    "optimizer": OptimizerSection,
    "schedule": ScheduleSection,
    "loss": LossSection,
    "noise": NoiseSection,
    "precision": PrecisionSection,
    "saving": SavingSection,
    "sample": SampleSection,
    "logging": LoggingSection,
    "launch": LaunchSection,
    "hub": HubSection,
}
# top-level keys besides the sections: read by the job shell, kept on save
TOP_LEVEL_KEYS = ("run_dir",)


@dataclass
class TrainConfig:
    model: ModelSection = field(default_factory=ModelSection)
    dataset: DatasetSection = field(default_factory=DatasetSection)
    network: NetworkSection = field(default_factory=NetworkSection)
    optimizer: OptimizerSection = field(default_factory=OptimizerSection)
    schedule: ScheduleSection = field(default_factory=ScheduleSection)
    loss: LossSection = field(default_factory=LossSection)
    noise: NoiseSection = field(default_factory=NoiseSection)
    precision: PrecisionSection = field(default_factory=PrecisionSection)
    saving: SavingSection = field(default_factory=SavingSection)
    sample: SampleSection = field(default_factory=SampleSection)
    logging: LoggingSection = field(default_factory=LoggingSection)
    launch: LaunchSection = field(default_factory=LaunchSection)
    hub: HubSection = field(default_factory=HubSection)
    run_dir: str | None = "."  # the job shell writes events.jsonl here (relative to run.toml)

    def get(self, key: str) -> Any:
        section, name = key.split(".", 1)
        return getattr(getattr(self, section), name)

    def applies(self, info: FieldInfo) -> bool:
        """Whether *info* acts under the current values (a form greys out the rest)."""
        return all(rule.holds(self.get(rule.key)) for rule in info.spec.when)

    @property
    def resolution_wh(self) -> tuple[int, int]:
        return parse_resolution(self.dataset.resolution)

    @property
    def unet_lr(self) -> float:
        return self.optimizer.unet_lr if self.optimizer.unet_lr is not None else self.optimizer.learning_rate

    @property
    def text_encoder_lr(self) -> float:
        te = self.optimizer.text_encoder_lr
        return te if te is not None else self.optimizer.learning_rate

    @property
    def text_encoder_2_lr(self) -> float:
        """SDXL's second text encoder: its own rate when set, else the first one's (sd-scripts' fallback)."""
        te2 = self.optimizer.text_encoder_lr2
        return te2 if te2 is not None else self.text_encoder_lr

    @property
    def train_unet(self) -> bool:
        return not self.network.network_train_text_encoder_only

    @property
    def train_text_encoder(self) -> bool:
        return not self.network.network_train_unet_only

    @property
    def caches_latents(self) -> bool:
        return self.dataset.cache_latents or self.dataset.cache_latents_to_disk

    @property
    def caches_text_encoder_outputs(self) -> bool:
        return self.dataset.cache_text_encoder_outputs or self.dataset.cache_text_encoder_outputs_to_disk


def all_fields() -> list[FieldInfo]:
    """Every setting, section by section, in declaration order (the form's order)."""
    return [info for name, cls in SECTIONS.items() for info in section_fields(name, cls)]


def field_index() -> dict[str, FieldInfo]:
    """sd-scripts argument name -> field (names are unique across sections)."""
    return {info.name: info for info in all_fields()}


def config_from_dict(data: dict[str, Any], where: str = "config") -> TrainConfig:
    """A TrainConfig from run.toml's tables; unknown sections or keys are errors naming *where*."""
    cfg = TrainConfig()
    for key, value in data.items():
        if key in TOP_LEVEL_KEYS:
            if not isinstance(value, str):
                raise ConfigFileError(f"{where}: {key} must be text (a folder path).")
            setattr(cfg, key, value)
            continue
        if key not in SECTIONS:
            raise ConfigFileError(unknown_key_message(where, key, [*SECTIONS, *TOP_LEVEL_KEYS]))
        if not isinstance(value, dict):
            raise ConfigFileError(f"{where}: '{key}' must be a table ([{key}]), not a single value.")
        infos = {info.name: info for info in section_fields(key, SECTIONS[key])}
        section = getattr(cfg, key)
        for name, raw in value.items():
            if name not in infos:
                raise ConfigFileError(unknown_key_message(where, f"{key}.{name}", [i.key for i in infos.values()]))
            setattr(section, name, coerce(infos[name], raw, where))
    return cfg


def config_to_dict(cfg: TrainConfig) -> dict[str, Any]:
    data: dict[str, Any] = {k: getattr(cfg, k) for k in TOP_LEVEL_KEYS if getattr(cfg, k) is not None}
    for name in SECTIONS:
        data[name] = {k: v for k, v in dataclasses.asdict(getattr(cfg, name)).items() if v is not None}
    return data


def load_config(path: Path) -> TrainConfig:
    """Read and check run.toml: every problem is a ConfigFileError naming the file."""
    cfg = config_from_dict(load_toml(path), str(path))
    validate(cfg, str(path))
    return cfg


def save_config(path: Path, cfg: TrainConfig) -> None:
    save_toml(path, config_to_dict(cfg))


def dumps_config(cfg: TrainConfig) -> str:
    return dumps_toml(config_to_dict(cfg))


def _loss_and_noise_errors(cfg: TrainConfig) -> list[str]:
    """sd-scripts' rules for the loss and noise options, plus the combinations that weigh a timestep infinitely."""
    loss, noise, v_pred = cfg.loss, cfg.noise, cfg.model.v_parameterization
    errors = []
    if noise.adaptive_noise_scale and not noise.noise_offset:
        errors.append("noise.adaptive_noise_scale needs noise.noise_offset (it is added to the offset).")
    if loss.scale_v_pred_loss_like_noise_pred and not v_pred:
        errors.append(
            "loss.scale_v_pred_loss_like_noise_pred is for v-prediction models: tick model.v_parameterization."
        )
    if loss.v_pred_like_loss and v_pred:
        errors.append("loss.v_pred_like_loss is for ε-prediction models; a v-prediction model has that loss already.")
    low = noise.min_timestep or 0
    high = noise.max_timestep if noise.max_timestep is not None else 1000
    if low >= high:
        errors.append(f"noise.min_timestep ({low}) must be below noise.max_timestep ({high}).")
    if noise.zero_terminal_snr and (loss.v_pred_like_loss or (loss.debiased_estimation_loss and not v_pred)):
        errors.append(
            "noise.zero_terminal_snr makes the last timestep's SNR 0, where v_pred_like_loss and (for ε-prediction) "
            "debiased_estimation_loss weigh the loss infinitely: turn one of them off."
        )
    return errors


def _launch_and_hub_errors(cfg: TrainConfig) -> list[str]:
    """What 'accelerate launch' would reject later, said before the run starts."""
    launch, errors = cfg.launch, []
    try:
        extra = shlex.split(launch.extra_accelerate_launch_args)
    except ValueError as exc:
        return [f"launch.extra_accelerate_launch_args cannot be read as command-line arguments ({exc})."]
    if launch.num_machines > 1:
        missing = [a for a in ("--main_process_ip", "--machine_rank") if not any(x.split("=")[0] == a for x in extra)]
        if missing:
            errors.append(
                f"launch.num_machines is {launch.num_machines}: add {' and '.join(missing)} to "
                "launch.extra_accelerate_launch_args (the main machine's address and this machine's number)."
            )
        if launch.num_processes < launch.num_machines:
            errors.append("launch.num_processes counts the processes of all machines: it cannot be below num_machines.")
    if cfg.hub.save_state_to_huggingface and not cfg.saving.save_state_on_train_end:
        errors.append(
            "hub.save_state_to_huggingface uploads the state saved at the end: tick saving.save_state_on_train_end."
        )
    return errors


def _caption_feature_errors(cfg: TrainConfig) -> list[str]:
    """Weighted captions and token warmup change what the text encoder reads per step (sd-scripts refuses
    weighted captions with cached text encoder outputs)."""
    ds = cfg.dataset
    used = [n for n in ("weighted_captions", "token_warmup_step") if getattr(ds, n)]
    if not (cfg.caches_text_encoder_outputs and used):
        return []
    return [
        f"dataset.cache_text_encoder_outputs cannot be combined with dataset.{' and '.join(used)}: the cached "
        "outputs are of the plain, whole captions. Turn off the text encoder output cache or those options."
    ]


def _mask_warnings(cfg: TrainConfig) -> list[str]:
    ds = cfg.dataset
    if cfg.loss.masked_loss:
        if ds.alpha_mask and ds.conditioning_data_dir:
            return ["dataset.conditioning_data_dir is not read: dataset.alpha_mask takes the masks from the images."]
        return []
    used = [n for n, on in (("alpha_mask", ds.alpha_mask), ("conditioning_data_dir", ds.conditioning_data_dir)) if on]
    return [f"dataset.{n} has no effect without loss.masked_loss." for n in used]


def _precision_errors(cfg: TrainConfig) -> list[str]:
    """sd-scripts' rules for the memory-saving switches."""
    prec, errors = cfg.precision, []
    if prec.full_fp16 and prec.full_bf16:
        errors.append("precision.full_fp16 and full_bf16 exclude each other.")
    for name, wanted in (("full_fp16", "fp16"), ("full_bf16", "bf16")):
        if getattr(prec, name) and prec.mixed_precision != wanted:
            errors.append(f"precision.{name} needs precision.mixed_precision = '{wanted}'.")
    if prec.fused_backward_pass:
        if cfg.optimizer.optimizer_type != "Adafactor":
            errors.append("precision.fused_backward_pass works with optimizer.optimizer_type 'Adafactor' only.")
        if cfg.schedule.gradient_accumulation_steps > 1:
            errors.append(
                "precision.fused_backward_pass updates the weights during the backward pass, so it cannot "
                "accumulate gradients: set schedule.gradient_accumulation_steps to 1."
            )
        if prec.mixed_precision == "fp16":
            errors.append("precision.fused_backward_pass cannot unscale fp16 gradients: use bf16 or no mixed "
                          "precision.")
    return errors


def validate(cfg: TrainConfig, where: str = "config") -> list[str]:
    """Raise ConfigFileError for contradictions; return warnings for settings that will do nothing."""
    errors: list[str] = []
    warnings: list[str] = []
    ds, sch, net, opt, sav = cfg.dataset, cfg.schedule, cfg.network, cfg.optimizer, cfg.saving
    if not cfg.model.pretrained_model_name_or_path:
        errors.append("model.pretrained_model_name_or_path is empty: pick the base model to train on.")
    if not ds.train_data_dir:
        errors.append("dataset.train_data_dir is empty: pick the folder with the '<repeats>_<name>' folders.")
    try:
        parse_resolution(ds.resolution)
    except BucketError as exc:
        errors.append(f"dataset.{exc}")
    if cfg.caches_latents and (ds.color_aug or ds.random_crop):
        used = " and ".join(n for n, on in (("color_aug", ds.color_aug), ("random_crop", ds.random_crop)) if on)
        errors.append(
            f"dataset.cache_latents cannot be combined with {used}: cached latents are computed once, so "
            "per-step augmentation would not happen. Turn off latent caching or the augmentation."
        )
    if cfg.caches_text_encoder_outputs:
        caption_keys = ("shuffle_caption", "caption_dropout_rate", "caption_dropout_every_n_epochs")
        varying = [n for n in (*caption_keys, "caption_tag_dropout_rate") if getattr(ds, n)]
        if cfg.train_text_encoder or varying:
            trained = "network.network_train_unet_only is off (the text encoders are trained)"
            why = [trained] if cfg.train_text_encoder else []
            why += [f"dataset.{n} is set" for n in varying]
            errors.append(
                "dataset.cache_text_encoder_outputs needs frozen text encoders and fixed captions, but "
                f"{' and '.join(why)}: tick 'Train U-Net only' and turn off caption shuffling and dropout, or "
                "turn off the text encoder output cache."
            )
    if ds.enable_bucket and ds.min_bucket_reso > ds.max_bucket_reso:
        errors.append("dataset.min_bucket_reso is larger than dataset.max_bucket_reso.")
    if net.network_train_unet_only and net.network_train_text_encoder_only:
        errors.append("network.network_train_unet_only and network_train_text_encoder_only exclude each other.")
    if net.dim_from_weights and not net.network_weights:
        errors.append("network.dim_from_weights needs network.network_weights (the LoRA to read the rank from).")
    if sch.lr_warmup_steps and sch.lr_scheduler not in WARMUP_SCHEDULERS:
        errors.append(
            f"schedule.lr_warmup_steps = {sch.lr_warmup_steps:g} but lr_scheduler '{sch.lr_scheduler}' has no "
            "warmup: use 'constant_with_warmup' (or linear/cosine), or set the warmup to 0."
        )
    if sch.lr_scheduler == "adafactor" and opt.optimizer_type != "Adafactor":
        errors.append("schedule.lr_scheduler 'adafactor' only works with optimizer.optimizer_type 'Adafactor'.")
    if sav.save_last_n_epochs and not sav.save_every_n_epochs:
        errors.append("saving.save_last_n_epochs needs saving.save_every_n_epochs.")
    if sav.save_last_n_steps and not sav.save_every_n_steps:
        errors.append("saving.save_last_n_steps needs saving.save_every_n_steps.")
    for kind in ("epochs", "steps"):
        if getattr(sav, f"save_last_n_{kind}_state") and not (sav.save_state and getattr(sav, f"save_every_n_{kind}")):
            errors.append(f"saving.save_last_n_{kind}_state needs saving.save_state and saving.save_every_n_{kind}.")
    smp = cfg.sample
    if (smp.sample_every_n_steps or smp.sample_every_n_epochs or smp.sample_at_first) and not smp.sample_prompts:
        errors.append("sample.sample_every_n_* / sample_at_first need sample.sample_prompts (the prompt file).")
    errors += _loss_and_noise_errors(cfg) + _launch_and_hub_errors(cfg) + network_errors(net) + _precision_errors(cfg)
    errors += _caption_feature_errors(cfg)
    if errors:
        raise ConfigFileError(f"{where}: " + " ".join(errors))
    if (ds.keep_tokens or ds.keep_tokens_separator) and not (ds.shuffle_caption or ds.caption_tag_dropout_rate):
        warnings.append("dataset.keep_tokens has no effect without shuffle_caption or caption_tag_dropout_rate.")
    if cfg.noise.zero_terminal_snr and not cfg.model.v_parameterization:
        warnings.append(
            "noise.zero_terminal_snr is meant for v-prediction (model.v_parameterization); with ε-prediction "
            "the results are unpredictable."
        )
    if cfg.model.v_parameterization and not cfg.model.v2:
        warnings.append("model.v_parameterization is on for an SD 1.x model: make sure the base model is v-pred.")
    warnings += _mask_warnings(cfg)
    if sav.resume and net.network_weights:
        warnings.append("network.network_weights is not read when resuming: the state holds the LoRA's weights.")
    if smp.sample_every_n_epochs and smp.sample_every_n_steps:
        warnings.append("sample.sample_every_n_steps is ignored: sample_every_n_epochs is set (as in sd-scripts).")
    if cfg.train_text_encoder and sch.stop_text_encoder_training_pct == 0 and opt.text_encoder_lr == 0:
        warnings.append("optimizer.text_encoder_lr is 0: the text encoder's LoRA will not learn.")
    return warnings
