"""The base model and the dataset sections of ``run.toml``."""

from __future__ import annotations

from dataclasses import dataclass

from training.config_fields import When, setting


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
        origin="danlu",
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
