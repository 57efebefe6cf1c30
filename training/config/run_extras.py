"""Around the run: samples during training, logging, multi-process launch and the Hugging Face upload."""

from __future__ import annotations

from dataclasses import dataclass

from training.config.choices import DYNAMO_BACKENDS, REPO_TYPES
from training.config_fields import When, setting
from training.samplers import sampler_names


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
        origin="danlu",
    )




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
        origin="accelerate",
    )
    num_machines: int = setting(
        1,
        "Machines",
        "Computers taking part in the run. Keep 1 unless you run Danlu on every machine with the same run "
        "folder; the others need '--main_process_ip' and '--machine_rank' in the extra arguments.",
        min=1,
        max=64,
        origin="accelerate",
    )
    gpu_ids: str = setting(
        "",
        "GPU IDs",
        "Which GPUs to use, comma-separated, counting from 0 (e.g. '0,1'). Empty = all.",
        origin="accelerate",
    )
    main_process_port: int | None = setting(
        None,
        "Main process port",
        "Network port the processes meet on (accelerate's default 29500 when empty). Change it when two runs "
        "share a machine.",
        min=1,
        max=65535,
        origin="accelerate",
    )
    dynamo_backend: str = setting(
        "no",
        "Dynamo backend",
        "Compile the U-Net with torch.compile and this backend ('inductor' is the fast one; it needs a C "
        "compiler and its first steps are slow). 'no' unless you know it helps on your GPU.",
        choices=DYNAMO_BACKENDS,
        origin="accelerate",
    )
    compile_blocks: bool = setting(
        False,
        "Compile block by block",
        "Compile each transformer and ResNet block of the U-Net on its own instead of the whole U-Net: blocks of "
        "one shape share their compiled code, and the blocks can run inside CUDA graphs (precision.cuda_graphs), "
        "which a U-Net compiled whole cannot.",
        when=When("launch.dynamo_backend", ("no",), negate=True),
        origin="danlu",
    )
    extra_accelerate_launch_args: str = setting(
        "",
        "Extra accelerate arguments",
        "More 'accelerate launch' options, as on a command line (e.g. '--main_process_ip 10.0.0.2 "
        "--machine_rank 0'). Used only when the run goes through accelerate launch.",
        origin="gui",
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
