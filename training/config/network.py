"""The network section: LoRA rank/alpha, LyCORIS, block weights, dropouts."""

from __future__ import annotations

from dataclasses import dataclass

from training.config_fields import When, setting
from training.network_args import LYCORIS_ALGOS, LYCORIS_PRESETS

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
        origin="network_args",
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
        origin="network_args",
    )
    use_tucker: bool = setting(
        False,
        "Tucker decomposition",
        "Factor 3x3 conv modules with a small core tensor (LyCORIS use_tucker): fewer parameters for the same "
        "rank on convs.",
        when=When("network.network_module", ("lycoris.kohya",)),
        origin="network_args",
    )
    dora_wd: bool = setting(
        False,
        "DoRA weight decomposition",
        "Train each layer's weight magnitude apart from its direction (LyCORIS dora_wd, saved as dora_scale): "
        "closer to full fine-tuning at the same rank, slower steps.",
        when=(LYCORIS_ON, When("network.algo", ("locon", "loha", "lokr"))),
        origin="network_args",
    )
    use_scalar: bool = setting(
        False,
        "Trainable scalar",
        "A learned scale per module, starting at 0 so both factors start random (LyCORIS use_scalar); it is "
        "folded into the saved weights.",
        when=(LYCORIS_ON, When("network.algo", ("locon", "loha", "lokr"))),
        origin="network_args",
    )
    rank_dropout_scale: bool = setting(
        False,
        "Rescale rank dropout",
        "Divide the kept ranks by the kept fraction so rank dropout keeps the update's size (LyCORIS "
        "rank_dropout_scale).",
        when=(LYCORIS_ON, When("network.rank_dropout")),
        origin="network_args",
    )
    train_norm: bool = setting(
        False,
        "Train norm layers",
        "Also train the LayerNorm/GroupNorm weights and biases inside the preset's blocks (LyCORIS train_norm; "
        "saved as w_norm/b_norm, which ComfyUI loads).",
        when=LYCORIS_ON,
        origin="network_args",
    )
    dylora_block_size: int = setting(
        4,
        "DyLoRA block size",
        "DyLoRA trains the rank in blocks of this size, one random prefix of blocks per step, so the file can be "
        "cut to any multiple of it later (LyCORIS block_size). The ranks must be multiples of it.",
        min=1,
        max=1024,
        when=(LYCORIS_ON, When("network.algo", ("dylora",))),
        origin="network_args",
    )
    conv_dim: int = setting(
        0,
        "Conv rank",
        "Rank of the modules on the 3x3 convs of the ResNet blocks and samplers (LoCon). 0 = none with "
        "networks.lora; with lycoris.kohya 0 means the rank above, as the library does. 4-16 adds texture "
        "and detail learning.",
        min=0,
        max=1024,
        origin="network_args",
    )
    conv_alpha: float = setting(
        1.0,
        "Conv alpha",
        "Alpha of the conv modules (scales them by conv_alpha / conv rank).",
        min=0.0,
        max=1024.0,
        when=When("network.conv_dim"),
        origin="network_args",
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
        origin="network_args",
    )
    module_dropout: float = setting(
        0.0,
        "Module dropout",
        "Chance that a whole module is skipped for a step. Training only.",
        min=0.0,
        max=1.0,
        origin="network_args",
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
        origin="network_args",
    )
    mid_lr_weight: float | None = setting(
        None,
        "Mid block lr weight",
        "Learning-rate weight of the middle block (MID). 0 leaves it out.",
        min=0.0,
        max=100.0,
        when=When("network.network_module", ("networks.lora",)),
        origin="network_args",
    )
    up_lr_weight: str = setting(
        "",
        "Up block lr weights",
        "Learning-rate weights of the 12 up blocks OUT00-OUT11, as for the down blocks.",
        when=When("network.network_module", ("networks.lora",)),
        origin="network_args",
    )
    block_lr_zero_threshold: float = setting(
        0.0,
        "Block lr zero threshold",
        "Block lr weights at or below this count as 0 (the block gets no module).",
        min=0.0,
        max=100.0,
        when=When("network.network_module", ("networks.lora",)),
        origin="network_args",
    )
    block_dims: str = setting(
        "",
        "Block ranks",
        "25 comma-separated ranks, one per U-Net block (IN00-IN11, MID, OUT00-OUT11). 0 = no module in that "
        "block. Empty = the rank above everywhere.",
        when=When("network.network_module", ("networks.lora",)),
        origin="network_args",
    )
    block_alphas: str = setting(
        "",
        "Block alphas",
        "25 comma-separated alphas for the block ranks. Empty = the alpha above.",
        when=When("network.network_module", ("networks.lora",)),
        origin="network_args",
    )
    conv_block_dims: str = setting(
        "",
        "Conv block ranks",
        "25 comma-separated conv ranks (LoCon per block). Empty = the conv rank everywhere.",
        when=When("network.network_module", ("networks.lora",)),
        origin="network_args",
    )
    conv_block_alphas: str = setting(
        "",
        "Conv block alphas",
        "25 comma-separated conv alphas. Empty = the conv alpha.",
        when=When("network.network_module", ("networks.lora",)),
        origin="network_args",
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
