<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>config</name>
        <message>
            <source>Model</source>
            <extracomment>section title (model)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dataset</source>
            <extracomment>section title (dataset)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <extracomment>section title (network); label of network.network_module</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optimizer</source>
            <extracomment>section title (optimizer); label of optimizer.optimizer_type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <extracomment>section title (schedule)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss</source>
            <extracomment>section title (loss)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noise</source>
            <extracomment>section title (noise)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precision</source>
            <extracomment>section title (precision)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving</source>
            <extracomment>section title (saving)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample</source>
            <extracomment>section title (sample)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logging</source>
            <extracomment>section title (logging)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Launch</source>
            <extracomment>section title (launch)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub</source>
            <extracomment>section title (hub)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base model</source>
            <extracomment>label of model.pretrained_model_name_or_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Stable Diffusion 1.x/2.x model the LoRA is trained on: a single-file .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id. Train on the model you will generate with.</source>
            <extracomment>help of model.pretrained_model_name_or_path</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SD 2.x model</source>
            <extracomment>label of model.v2</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick for Stable Diffusion 2.0/2.1 bases (OpenCLIP text encoder). Detected from diffusers folders; needed for single-file checkpoints whose type cannot be read from the weights.</source>
            <extracomment>help of model.v2</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>v-prediction</source>
            <extracomment>label of model.v_parameterization</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base predicts v instead of noise (SD 2.x 768-v models and some anime models). Wrong here = a LoRA that produces noise. Usually used together with 'SD 2.x model'.</source>
            <extracomment>help of model.v_parameterization</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>External VAE</source>
            <extracomment>label of model.vae</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A VAE file or folder to encode the training images with instead of the model's own. Leave empty unless the base model's VAE is known to be broken.</source>
            <extracomment>help of model.vae</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow .ckpt files</source>
            <extracomment>label of model.allow_pickle</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pickle checkpoints (.ckpt/.pt) can run arbitrary code when loaded. Only tick this for files from a source you trust; prefer .safetensors.</source>
            <extracomment>help of model.allow_pickle</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CLIP skip</source>
            <extracomment>label of model.clip_skip</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the text encoder's N-th layer from the end. 2 for NovelAI-derived anime models, 1 for realistic models; use what the base model was trained with.</source>
            <extracomment>help of model.clip_skip</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max token length</source>
            <extracomment>label of model.max_token_length</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many caption tokens the text encoder sees (75, 150 or 225; long captions are encoded in chunks of 75 as sd-scripts does). Raise it when long tag lists get cut off.</source>
            <extracomment>help of model.max_token_length</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image folder</source>
            <extracomment>label of dataset.train_data_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder holding '&lt;repeats&gt;_&lt;identifier&gt; &lt;class&gt;' sub-folders (e.g. '10_shs dog') with the training images and their caption files.</source>
            <extracomment>help of dataset.train_data_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regularization folder</source>
            <extracomment>label of dataset.reg_data_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional folder of '&lt;repeats&gt;_&lt;class&gt;' sub-folders with images of the same class but not your subject; they keep the class word from drifting towards your subject. Doubles the steps.</source>
            <extracomment>help of dataset.reg_data_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caption extension</source>
            <extracomment>label of dataset.caption_extension</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extension of the caption file next to each image. Images without one are trained with the folder's '&lt;identifier&gt; &lt;class&gt;' as caption (you get a warning).</source>
            <extracomment>help of dataset.caption_extension</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <extracomment>label of dataset.resolution</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training resolution, 'size' or 'width,height'. 512 for SD 1.x, 768 for SD 2.x 768 models; larger needs more VRAM.</source>
            <extracomment>help of dataset.resolution</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch size</source>
            <extracomment>label of dataset.train_batch_size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images per step. Larger batches are steadier but need more VRAM; raise the learning rate with them.</source>
            <extracomment>help of dataset.train_batch_size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aspect-ratio buckets</source>
            <extracomment>label of dataset.enable_bucket</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train images of different shapes at fitting resolutions of about the same area instead of cropping them all square.</source>
            <extracomment>help of dataset.enable_bucket</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min bucket resolution</source>
            <extracomment>label of dataset.min_bucket_reso</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smallest bucket side in pixels.</source>
            <extracomment>help of dataset.min_bucket_reso</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max bucket resolution</source>
            <extracomment>label of dataset.max_bucket_reso</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest bucket side in pixels.</source>
            <extracomment>help of dataset.max_bucket_reso</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bucket step</source>
            <extracomment>label of dataset.bucket_reso_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bucket sides are multiples of this (64 is safe; 8 works for SD but makes more buckets).</source>
            <extracomment>help of dataset.bucket_reso_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Don't upscale</source>
            <extracomment>label of dataset.bucket_no_upscale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never enlarge small images to reach the bucket size; they get a bucket of their own size instead.</source>
            <extracomment>help of dataset.bucket_no_upscale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shuffle caption</source>
            <extracomment>label of dataset.shuffle_caption</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shuffle the comma-separated tags each time an image is used, so no tag profits from its position. Recommended for tag captions, not for sentences.</source>
            <extracomment>help of dataset.shuffle_caption</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep N tags</source>
            <extracomment>label of dataset.keep_tokens</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first N comma-separated tags stay in front when shuffling or dropping tags (put the trigger word first and keep 1).</source>
            <extracomment>help of dataset.keep_tokens</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep separator</source>
            <extracomment>label of dataset.keep_tokens_separator</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If set (e.g. '|||'), everything before it in a caption stays fixed instead of the first N tags.</source>
            <extracomment>help of dataset.keep_tokens_separator</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caption dropout</source>
            <extracomment>label of dataset.caption_dropout_rate</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chance that an image is trained with an empty caption (0.05–0.1 makes the LoRA work without the trigger too).</source>
            <extracomment>help of dataset.caption_dropout_rate</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop captions every N epochs</source>
            <extracomment>label of dataset.caption_dropout_every_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every N-th epoch trains all images with empty captions. 0 = never.</source>
            <extracomment>help of dataset.caption_dropout_every_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag dropout</source>
            <extracomment>label of dataset.caption_tag_dropout_rate</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chance that each tag (after the kept ones) is left out of the caption for one step.</source>
            <extracomment>help of dataset.caption_tag_dropout_rate</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighted captions</source>
            <extracomment>label of dataset.weighted_captions</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read '(word:1.3)', '(word)' (x1.1) and '[word]' (/1.1) in captions as in A1111 prompts: those words pull harder or softer on the text encoder. Write brackets meant literally as '\(' and '\)'. Keep commas out of a weighted group when tags are shuffled or dropped.</source>
            <extracomment>help of dataset.weighted_captions</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token warmup: first tags</source>
            <extracomment>label of dataset.token_warmup_min</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the start of training only this many tags (after the kept ones) are used; more are added step by step until 'Token warmup steps'.</source>
            <extracomment>help of dataset.token_warmup_min</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token warmup steps</source>
            <extracomment>label of dataset.token_warmup_step</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps over which captions grow from 'Token warmup: first tags' to all their tags (below 1: a fraction of all steps). Helps the trigger word take the subject before the details do. 0 = off.</source>
            <extracomment>help of dataset.token_warmup_step</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flip augmentation</source>
            <extracomment>label of dataset.flip_aug</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Randomly mirror images left-right. Doubles the variety for symmetric subjects; don't use it when asymmetry matters (text, hair parting, logos).</source>
            <extracomment>help of dataset.flip_aug</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Color augmentation</source>
            <extracomment>label of dataset.color_aug</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Randomly shift the hue a little each time an image is used. Needs latents to be computed every step, so it cannot be combined with latent caching.</source>
            <extracomment>help of dataset.color_aug</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random crop</source>
            <extracomment>label of dataset.random_crop</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crop buckets at a random place instead of the center. Cannot be combined with latent caching.</source>
            <extracomment>help of dataset.random_crop</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask from alpha channel</source>
            <extracomment>label of dataset.alpha_mask</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With 'Masked loss': take each image's mask from its transparency (opaque = trained, transparent = ignored). Images without an alpha channel are trained whole.</source>
            <extracomment>help of dataset.alpha_mask</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask folder</source>
            <extracomment>label of dataset.conditioning_data_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With 'Masked loss': a folder of mask images named like the training images (in the same '&lt;repeats&gt;_' sub-folders, or all together). Without it, masks are read from '&lt;image name&gt;_mask.png' beside each image.</source>
            <extracomment>help of dataset.conditioning_data_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache latents</source>
            <extracomment>label of dataset.cache_latents</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encode every image with the VAE once before training and keep the result in memory: much faster and less VRAM. Excludes color augmentation and random crop.</source>
            <extracomment>help of dataset.cache_latents</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache latents to disk</source>
            <extracomment>label of dataset.cache_latents_to_disk</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also keep the cached latents on disk (in the project's .danlu/latents), so the next run over the same images skips encoding. A changed image is re-encoded.</source>
            <extracomment>help of dataset.cache_latents_to_disk</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache text encoder outputs</source>
            <extracomment>label of dataset.cache_text_encoder_outputs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encode every caption once before training, then move the text encoders off the GPU: saves their VRAM (about 1.6 GB for SDXL in fp16) and a little time per step. Needs 'Train U-Net only' and fixed captions (no shuffling or dropout).</source>
            <extracomment>help of dataset.cache_text_encoder_outputs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache text encoder outputs to disk</source>
            <extracomment>label of dataset.cache_text_encoder_outputs_to_disk</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also keep the encoded captions on disk (in the project's .danlu/text_encoder_outputs), so the next run with the same base model and captions skips encoding. A changed caption is encoded again.</source>
            <extracomment>help of dataset.cache_text_encoder_outputs_to_disk</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAE batch size</source>
            <extracomment>label of dataset.vae_batch_size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images encoded at once while caching latents. Higher is faster if VRAM allows.</source>
            <extracomment>help of dataset.vae_batch_size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data loader workers</source>
            <extracomment>label of dataset.max_data_loader_n_workers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processes that load images in the background. 0 loads in the training process, which is best with cached latents.</source>
            <extracomment>help of dataset.max_data_loader_n_workers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persistent workers</source>
            <extracomment>label of dataset.persistent_data_loader_workers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the loader processes between epochs (faster epoch starts, more RAM).</source>
            <extracomment>help of dataset.persistent_data_loader_workers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>networks.lora: sd-scripts' LoRA on the attention and feed-forward layers (with 'Conv rank', LoCon on the ResNet convs too). lycoris.kohya: the LyCORIS algorithms (LoHa, LoKr, LoCon) from the lycoris-lora library, saved with the lora_unet_/lora_te_ names A1111 and ComfyUI load.</source>
            <extracomment>help of network.network_module</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LyCORIS algorithm</source>
            <extracomment>label of network.algo</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>locon: LoRA on linears and convs. loha: Hadamard product of two low-rank pairs (more expressive per parameter; rank 4-16). lokr: Kronecker product (very small files; raise the learning rate). ia3: a learned per-channel scale of each layer's output (tiny files, rank unused; high learning rate ~1e-2). dylora: LoRA trained in rank blocks so it can be cut to smaller ranks.</source>
            <extracomment>help of network.algo</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LyCORIS preset</source>
            <extracomment>label of network.preset</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which layers get a module: full (attention, feed-forward, ResNet blocks, samplers, conv_in/out, time embedding), full-lin (no 3x3 convs), attn-mlp (as standard LoRA), attn-only, unet-only (full without the text encoder), unet-transformer-only, unet-convblock-only.</source>
            <extracomment>help of network.preset</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tucker decomposition</source>
            <extracomment>label of network.use_tucker</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Factor 3x3 conv modules with a small core tensor (LyCORIS use_tucker): fewer parameters for the same rank on convs.</source>
            <extracomment>help of network.use_tucker</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DoRA weight decomposition</source>
            <extracomment>label of network.dora_wd</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train each layer's weight magnitude apart from its direction (LyCORIS dora_wd, saved as dora_scale): closer to full fine-tuning at the same rank, slower steps.</source>
            <extracomment>help of network.dora_wd</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trainable scalar</source>
            <extracomment>label of network.use_scalar</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A learned scale per module, starting at 0 so both factors start random (LyCORIS use_scalar); it is folded into the saved weights.</source>
            <extracomment>help of network.use_scalar</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rescale rank dropout</source>
            <extracomment>label of network.rank_dropout_scale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Divide the kept ranks by the kept fraction so rank dropout keeps the update's size (LyCORIS rank_dropout_scale).</source>
            <extracomment>help of network.rank_dropout_scale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train norm layers</source>
            <extracomment>label of network.train_norm</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also train the LayerNorm/GroupNorm weights and biases inside the preset's blocks (LyCORIS train_norm; saved as w_norm/b_norm, which ComfyUI loads).</source>
            <extracomment>help of network.train_norm</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DyLoRA block size</source>
            <extracomment>label of network.dylora_block_size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DyLoRA trains the rank in blocks of this size, one random prefix of blocks per step, so the file can be cut to any multiple of it later (LyCORIS block_size). The ranks must be multiples of it.</source>
            <extracomment>help of network.dylora_block_size</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conv rank</source>
            <extracomment>label of network.conv_dim</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank of the modules on the 3x3 convs of the ResNet blocks and samplers (LoCon). 0 = none with networks.lora; with lycoris.kohya 0 means the rank above, as the library does. 4-16 adds texture and detail learning.</source>
            <extracomment>help of network.conv_dim</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conv alpha</source>
            <extracomment>label of network.conv_alpha</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alpha of the conv modules (scales them by conv_alpha / conv rank).</source>
            <extracomment>help of network.conv_alpha</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network dropout</source>
            <extracomment>label of network.network_dropout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop this share of the LoRA's down-projection outputs each step (neuron dropout; 0.1-0.3). Training only. Not implemented by LyCORIS LoHa/LoKr.</source>
            <extracomment>help of network.network_dropout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank dropout</source>
            <extracomment>label of network.rank_dropout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chance that each rank of a module is dropped for one sample in a step (rescaled as if the rank were smaller). Training only.</source>
            <extracomment>help of network.rank_dropout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Module dropout</source>
            <extracomment>label of network.module_dropout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chance that a whole module is skipped for a step. Training only.</source>
            <extracomment>help of network.module_dropout</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale weight norms</source>
            <extracomment>label of network.scale_weight_norms</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max-norm regularisation: after each step, modules whose weight change has a norm above this are scaled down to it (1.0 is common). The number scaled and the mean norm show in the metrics.</source>
            <extracomment>help of network.scale_weight_norms</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down block lr weights</source>
            <extracomment>label of network.down_lr_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning-rate weights of the 12 down blocks IN00-IN11, comma-separated, or a preset: cosine, sine, linear, reverse_linear, zeros (optionally '+0.5'). A block with weight 0 gets no module.</source>
            <extracomment>help of network.down_lr_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid block lr weight</source>
            <extracomment>label of network.mid_lr_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning-rate weight of the middle block (MID). 0 leaves it out.</source>
            <extracomment>help of network.mid_lr_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up block lr weights</source>
            <extracomment>label of network.up_lr_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning-rate weights of the 12 up blocks OUT00-OUT11, as for the down blocks.</source>
            <extracomment>help of network.up_lr_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block lr zero threshold</source>
            <extracomment>label of network.block_lr_zero_threshold</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block lr weights at or below this count as 0 (the block gets no module).</source>
            <extracomment>help of network.block_lr_zero_threshold</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block ranks</source>
            <extracomment>label of network.block_dims</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 comma-separated ranks, one per U-Net block (IN00-IN11, MID, OUT00-OUT11). 0 = no module in that block. Empty = the rank above everywhere.</source>
            <extracomment>help of network.block_dims</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Block alphas</source>
            <extracomment>label of network.block_alphas</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 comma-separated alphas for the block ranks. Empty = the alpha above.</source>
            <extracomment>help of network.block_alphas</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conv block ranks</source>
            <extracomment>label of network.conv_block_dims</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 comma-separated conv ranks (LoCon per block). Empty = the conv rank everywhere.</source>
            <extracomment>help of network.conv_block_dims</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conv block alphas</source>
            <extracomment>label of network.conv_block_alphas</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 comma-separated conv alphas. Empty = the conv alpha.</source>
            <extracomment>help of network.conv_block_alphas</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank (dim)</source>
            <extracomment>label of network.network_dim</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size of the LoRA. 8–32 for a character or style; higher learns more (including what you did not want) and makes bigger files.</source>
            <extracomment>help of network.network_dim</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alpha</source>
            <extracomment>label of network.network_alpha</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scales the LoRA's effect by alpha/rank. Half the rank or 1 are common; with alpha = 1, raise the learning rate as the rank grows.</source>
            <extracomment>help of network.network_alpha</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train U-Net only</source>
            <extracomment>label of network.network_train_unet_only</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the text encoder untouched (saves VRAM; common for styles and for SDXL).</source>
            <extracomment>help of network.network_train_unet_only</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train text encoder only</source>
            <extracomment>label of network.network_train_text_encoder_only</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train only the text encoder's LoRA.</source>
            <extracomment>help of network.network_train_text_encoder_only</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from LoRA</source>
            <extracomment>label of network.network_weights</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Initialise from an existing LoRA file. This starts a new training from those weights; it is not a resume (optimizer state, step count and schedule start fresh). To continue a stopped run exactly, use 'Resume from state' in the saving settings.</source>
            <extracomment>help of network.network_weights</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank from weights</source>
            <extracomment>label of network.dim_from_weights</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take rank and alpha from the 'Start from LoRA' file instead of the settings above.</source>
            <extracomment>help of network.dim_from_weights</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AdamW is the reliable default; AdamW8bit saves VRAM; Prodigy and DAdapt* find the learning rate themselves (set the learning rates to 1); Adafactor adapts its own step size.</source>
            <extracomment>help of optimizer.optimizer_type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning rate</source>
            <extracomment>label of optimizer.learning_rate</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step size for every part without its own rate. 1e-4 is a good start for LoRA with AdamW.</source>
            <extracomment>help of optimizer.learning_rate</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U-Net learning rate</source>
            <extracomment>label of optimizer.unet_lr</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning rate of the U-Net's LoRA; empty = the learning rate above.</source>
            <extracomment>help of optimizer.unet_lr</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoder learning rate</source>
            <extracomment>label of optimizer.text_encoder_lr</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning rate of the text encoder's LoRA; usually half of the U-Net's (5e-5). Empty = the learning rate above.</source>
            <extracomment>help of optimizer.text_encoder_lr</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text encoder 2 learning rate</source>
            <extracomment>label of optimizer.text_encoder_lr2</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDXL only: learning rate of the second text encoder's LoRA (OpenCLIP bigG, which gives the pooled prompt); empty = the text encoder learning rate. sd-scripts' text_encoder_lr2.</source>
            <extracomment>help of optimizer.text_encoder_lr2</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max grad norm</source>
            <extracomment>label of optimizer.max_grad_norm</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clip the gradient to this norm each step to stop sudden jumps. 0 turns clipping off. Leave at 1 unless you know why.</source>
            <extracomment>help of optimizer.max_grad_norm</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optimizer arguments</source>
            <extracomment>label of optimizer.optimizer_args</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra 'name=value' arguments for the optimizer, e.g. 'weight_decay=0.01' or 'betas=0.9,0.99' (Prodigy: 'decouple=True', 'd_coef=2').</source>
            <extracomment>help of optimizer.optimizer_args</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMA decay</source>
            <extracomment>label of optimizer.ema_decay</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep an exponential moving average of the LoRA's weights and save that instead of the last weights: smoother, less dependent on the last steps' images. 0.999 averages over about the last 1000 updates (it warms up over the first steps). Empty = off.</source>
            <extracomment>help of optimizer.ema_decay</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EMA every N steps</source>
            <extracomment>label of optimizer.ema_update_every</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update the average every N optimizer steps (N times fewer updates, so the average spans N times more steps).</source>
            <extracomment>help of optimizer.ema_update_every</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Epochs</source>
            <extracomment>label of schedule.max_train_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passes over the (repeated) training set. Overrides 'Max steps' when set.</source>
            <extracomment>help of schedule.max_train_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max steps</source>
            <extracomment>label of schedule.max_train_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total optimizer steps when 'Epochs' is empty.</source>
            <extracomment>help of schedule.max_train_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gradient accumulation</source>
            <extracomment>label of schedule.gradient_accumulation_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add up the gradients of N batches before each optimizer step: like an N times bigger batch without its VRAM (but slower, and not identical). Steps count optimizer steps.</source>
            <extracomment>help of schedule.gradient_accumulation_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LR scheduler</source>
            <extracomment>label of schedule.lr_scheduler</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the learning rate changes over the run: constant, warm up then constant, fall linearly or along a cosine to 0, cosine with restarts, polynomial; 'adafactor' goes with the Adafactor optimizer.</source>
            <extracomment>help of schedule.lr_scheduler</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warmup steps</source>
            <extracomment>label of schedule.lr_warmup_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps over which the learning rate rises from 0. A value below 1 is a fraction of all steps (0.1 = 10%).</source>
            <extracomment>help of schedule.lr_warmup_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LR cycles</source>
            <extracomment>label of schedule.lr_scheduler_num_cycles</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of cosine restarts (cosine_with_restarts) over the run.</source>
            <extracomment>help of schedule.lr_scheduler_num_cycles</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LR power</source>
            <extracomment>label of schedule.lr_scheduler_power</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exponent of the polynomial decay; 1 = linear, higher falls faster early.</source>
            <extracomment>help of schedule.lr_scheduler_power</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop text encoder at %</source>
            <extracomment>label of schedule.stop_text_encoder_training_pct</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Freeze the text encoder after this percentage of the steps and train only the U-Net for the rest; helps against over-fitting the trigger word. 0 = train it to the end.</source>
            <extracomment>help of schedule.stop_text_encoder_training_pct</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed</source>
            <extracomment>label of schedule.seed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fixes every random choice (noise, shuffling, augmentation) so a run can be repeated exactly. Empty = a new random seed each run (it is recorded in the LoRA's metadata).</source>
            <extracomment>help of schedule.seed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prior loss weight</source>
            <extracomment>label of loss.prior_loss_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight of regularization images in the loss. Lower it (e.g. 0.5) if your subject does not come through; raise it if the class word drifts.</source>
            <extracomment>help of loss.prior_loss_weight</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss type</source>
            <extracomment>label of loss.loss_type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How a wrong prediction is punished. l2 (squared error) is the classic; huber and smooth_l1 punish big errors less, so odd images and noisy steps pull the LoRA around less (huber with the 'snr' schedule is the usual pick); l1 is plain absolute error.</source>
            <extracomment>help of loss.loss_type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huber schedule</source>
            <extracomment>label of loss.huber_schedule</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the Huber threshold changes with the noise level: 'snr' (recommended) is close to l2 on almost clean images and robust on noisy ones; 'exponential' falls from 1 to Huber C over the timesteps; 'constant' keeps Huber C.</source>
            <extracomment>help of loss.huber_schedule</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huber C</source>
            <extracomment>label of loss.huber_c</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Huber threshold: errors below it count as squared, above it as linear. 0.1 is the default; 0.05 often trains a little better, but it depends on the images.</source>
            <extracomment>help of loss.huber_c</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huber scale</source>
            <extracomment>label of loss.huber_scale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multiplies the threshold of the 'constant' and 'exponential' schedules. Leave at 1.</source>
            <extracomment>help of loss.huber_scale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min SNR gamma</source>
            <extracomment>label of loss.min_snr_gamma</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighs down the easy, almost noise-free timesteps so training converges faster and steadier (Min-SNR paper). 5 is the paper's and most users' value; empty = off.</source>
            <extracomment>help of loss.min_snr_gamma</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debiased estimation</source>
            <extracomment>label of loss.debiased_estimation_loss</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weighs each timestep by 1/√SNR (v-prediction: 1/(SNR+1)), a stronger cousin of Min SNR gamma that evens out the noise levels' pull. Usually one of the two, not both.</source>
            <extracomment>help of loss.debiased_estimation_loss</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale v-pred loss like noise-pred</source>
            <extracomment>label of loss.scale_v_pred_loss_like_noise_pred</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For v-prediction models (SD 2.x 768-v): weigh the loss per timestep as an ε-prediction model's loss would be, which helps details.</source>
            <extracomment>help of loss.scale_v_pred_loss_like_noise_pred</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>V-pred-like loss</source>
            <extracomment>label of loss.v_pred_like_loss</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For ε-prediction models: add this much of a v-prediction-like loss (more weight on noisy timesteps, i.e. composition and colour). 0.1–0.3 is typical; empty = off.</source>
            <extracomment>help of loss.v_pred_like_loss</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Masked loss</source>
            <extracomment>label of loss.masked_loss</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train only where each image's mask is white (grey = partly): the background or a watermark does not end up in the LoRA. Masks come from a mask image per training image or from the alpha channel.</source>
            <extracomment>help of loss.masked_loss</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noise offset</source>
            <extracomment>label of noise.noise_offset</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds a random brightness shift to the training noise, so the LoRA can make much darker or brighter images than the base model. 0.05–0.1 is common (0.0357 in some SDXL recipes); empty = off.</source>
            <extracomment>help of noise.noise_offset</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random offset strength</source>
            <extracomment>label of noise.noise_offset_random_strength</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw the offset's strength from 0 to 'Noise offset' every step instead of using it as is.</source>
            <extracomment>help of noise.noise_offset_random_strength</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adaptive noise scale</source>
            <extracomment>label of noise.adaptive_noise_scale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds this times each latent channel's mean brightness to the noise offset (about a tenth of the offset, e.g. 0.00357 with 0.0357). -1 to 1; empty = off.</source>
            <extracomment>help of noise.adaptive_noise_scale</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multires noise iterations</source>
            <extracomment>label of noise.multires_noise_iterations</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adds noise at several coarser resolutions ('pyramid noise'): helps larger shapes and contrast. 6–10 is common; empty = off.</source>
            <extracomment>help of noise.multires_noise_iterations</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multires noise discount</source>
            <extracomment>label of noise.multires_noise_discount</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much weaker each coarser level of the multires noise is (0.3 is the usual; smaller = subtler).</source>
            <extracomment>help of noise.multires_noise_discount</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IP noise gamma</source>
            <extracomment>label of noise.ip_noise_gamma</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Input perturbation: the model sees slightly more noise than it has to predict, which regularises training. 0.1 is recommended; empty = off.</source>
            <extracomment>help of noise.ip_noise_gamma</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random IP noise strength</source>
            <extracomment>label of noise.ip_noise_gamma_random_strength</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw the perturbation's strength from 0 to 'IP noise gamma' every step.</source>
            <extracomment>help of noise.ip_noise_gamma_random_strength</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min timestep</source>
            <extracomment>label of noise.min_timestep</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train only on noise levels from this timestep up (0–999; empty = 0). Raising it leaves out the fine details; mostly for LoRAs meant for img2img.</source>
            <extracomment>help of noise.min_timestep</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max timestep</source>
            <extracomment>label of noise.max_timestep</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Train only on noise levels below this timestep (1–1000; empty = 1000). Lowering it leaves out composition, for LoRAs meant for img2img or detail.</source>
            <extracomment>help of noise.max_timestep</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zero terminal SNR</source>
            <extracomment>label of noise.zero_terminal_snr</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rescale the noise schedule so the last timestep is pure noise (Lin et al. 2023): fixes washed-out darks and lights, but only for v-prediction models trained this way.</source>
            <extracomment>help of noise.zero_terminal_snr</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mixed precision</source>
            <extracomment>label of precision.mixed_precision</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compute in 16 bit: fp16 on any NVIDIA GPU, bf16 on RTX 30xx and newer (no overflow to NaN). 'no' trains in 32 bit; on a CPU fp16 falls back to 32 bit.</source>
            <extracomment>help of precision.mixed_precision</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <extracomment>label of precision.gradient_checkpointing</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recompute activations in the backward pass: much less VRAM, about 20–30% slower, same result.</source>
            <extracomment>help of precision.gradient_checkpointing</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fast attention (SDPA)</source>
            <extracomment>label of precision.sdpa</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use PyTorch's scaled-dot-product attention (memory-efficient kernels). Turn off only to debug.</source>
            <extracomment>help of precision.sdpa</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xformers attention</source>
            <extracomment>label of precision.xformers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use xformers' memory-efficient attention instead of SDPA. Only when the xformers package is installed; with PyTorch 2 SDPA is about as fast and needs nothing extra.</source>
            <extracomment>help of precision.xformers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fp8 base weights</source>
            <extracomment>label of precision.fp8_base</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store the frozen U-Net's weights in 8 bit (float8) and widen each layer only while it computes: the U-Net takes half the VRAM of 16 bit (SDXL: about 2.6 GB instead of 5.1 GB), the LoRA trains as usual. Slightly lower quality than 16-bit weights; needs PyTorch 2.1+.</source>
            <extracomment>help of precision.fp8_base</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full fp16 LoRA</source>
            <extracomment>label of precision.full_fp16</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the LoRA's own weights, gradients and optimizer state in fp16 too (not only the computations). Saves a little VRAM; can be unstable. Needs mixed precision fp16 and a CUDA GPU.</source>
            <extracomment>help of precision.full_fp16</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full bf16 LoRA</source>
            <extracomment>label of precision.full_bf16</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the LoRA's own weights, gradients and optimizer state in bf16. Saves a little VRAM; best with an optimizer that copes with bf16 (Adafactor, AdamW8bit). Needs mixed precision bf16.</source>
            <extracomment>help of precision.full_bf16</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VAE in 32 bit</source>
            <extracomment>label of precision.no_half_vae</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encode images with the VAE in 32 bit even when training in fp16/bf16. The SDXL VAE overflows in fp16 (black or NaN latents); Danlu then re-encodes in 32 bit by itself, this makes it the rule.</source>
            <extracomment>help of precision.no_half_vae</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fused backward pass</source>
            <extracomment>label of precision.fused_backward_pass</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adafactor only: update each weight as soon as its gradient is ready and free the gradient at once, instead of holding all gradients until the step. Less VRAM; no gradient accumulation, no fp16.</source>
            <extracomment>help of precision.fused_backward_pass</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low RAM</source>
            <extracomment>label of precision.lowram</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load the base model straight into VRAM instead of system RAM first: for machines with more VRAM than RAM (Colab, Kaggle). Ignored without a CUDA GPU.</source>
            <extracomment>help of precision.lowram</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output folder</source>
            <extracomment>label of saving.output_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the LoRA files go, relative to the run folder.</source>
            <extracomment>help of saving.output_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output name</source>
            <extracomment>label of saving.output_name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File name of the LoRA without extension; checkpoints get '-000004' (epoch) or '-step00000500' added.</source>
            <extracomment>help of saving.output_name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File format</source>
            <extracomment>label of saving.save_model_as</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LoRAs are saved as .safetensors (loads in A1111, Forge, ComfyUI and diffusers).</source>
            <extracomment>help of saving.save_model_as</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save precision</source>
            <extracomment>label of saving.save_precision</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precision of the saved weights: fp16 halves the file with no visible loss.</source>
            <extracomment>help of saving.save_precision</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save every N epochs</source>
            <extracomment>label of saving.save_every_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also save a checkpoint after every N epochs, to compare them later in a grid.</source>
            <extracomment>help of saving.save_every_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save every N steps</source>
            <extracomment>label of saving.save_every_n_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also save a checkpoint every N steps.</source>
            <extracomment>help of saving.save_every_n_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep last N epoch saves</source>
            <extracomment>label of saving.save_last_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete older epoch checkpoints, keeping the last N.</source>
            <extracomment>help of saving.save_last_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep saves of last N steps</source>
            <extracomment>label of saving.save_last_n_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete step checkpoints older than N steps.</source>
            <extracomment>help of saving.save_last_n_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save training state</source>
            <extracomment>label of saving.save_state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With every checkpoint (every N epochs / steps, 'save now', cancel) also save the full training state to a '&lt;name&gt;-...-state' folder: LoRA weights, optimizer, learning-rate schedule, random generators and the position in the data. 'Resume from state' then continues the run exactly as if it had never stopped. Costs about 3x the LoRA's size per save.</source>
            <extracomment>help of saving.save_state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep last N epoch states</source>
            <extracomment>label of saving.save_last_n_epochs_state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete older epoch states, keeping the last N (empty = as 'Keep last N epoch saves').</source>
            <extracomment>help of saving.save_last_n_epochs_state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep states of last N steps</source>
            <extracomment>label of saving.save_last_n_steps_state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete step states older than N steps (empty = as 'Keep saves of last N steps').</source>
            <extracomment>help of saving.save_last_n_steps_state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save state at the end</source>
            <extracomment>label of saving.save_state_on_train_end</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also save the training state when the run finishes, so it can later be continued with more epochs.</source>
            <extracomment>help of saving.save_state_on_train_end</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume from state</source>
            <extracomment>label of saving.resume</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A '&lt;name&gt;-...-state' folder saved by 'Save training state': the run continues from there with the same optimizer, schedule, step count, random numbers and data order, exactly as if it had never stopped. Not the same as 'Start from LoRA' (network_weights), which only loads LoRA weights into a new run.</source>
            <extracomment>help of saving.resume</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No metadata</source>
            <extracomment>label of saving.no_metadata</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the LoRA without training information (folders, tags, settings) in its header.</source>
            <extracomment>help of saving.no_metadata</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <extracomment>label of saving.training_comment</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free text stored in the LoRA's metadata.</source>
            <extracomment>help of saving.training_comment</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <extracomment>label of saving.metadata_title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title shown on model sites; empty = the output name.</source>
            <extracomment>help of saving.metadata_title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <extracomment>label of saving.metadata_author</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name, stored in the LoRA.</source>
            <extracomment>help of saving.metadata_author</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <extracomment>label of saving.metadata_description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the LoRA does and how to prompt it.</source>
            <extracomment>help of saving.metadata_description</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>License</source>
            <extracomment>label of saving.metadata_license</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>License of the LoRA, e.g. 'CreativeML Open RAIL-M'.</source>
            <extracomment>help of saving.metadata_license</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <extracomment>label of saving.metadata_tags</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma-separated tags for model sites.</source>
            <extracomment>help of saving.metadata_tags</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample every N steps</source>
            <extracomment>label of sample.sample_every_n_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Render the sample prompts with the LoRA as it is every N steps (ignored when 'Sample every N epochs' is set, as in sd-scripts).</source>
            <extracomment>help of sample.sample_every_n_steps</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample every N epochs</source>
            <extracomment>label of sample.sample_every_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Render the sample prompts after every N epochs, to watch the LoRA learn (images go to 'samples/').</source>
            <extracomment>help of sample.sample_every_n_epochs</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample before training</source>
            <extracomment>label of sample.sample_at_first</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also render the prompts before the first step: the base model's images, to compare against.</source>
            <extracomment>help of sample.sample_at_first</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sample prompts</source>
            <extracomment>label of sample.sample_prompts</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A prompt file in sd-scripts' format: one prompt per line, options '--n' negative prompt, '--w'/'--h' size, '--d' seed, '--l' CFG scale, '--s' steps, '--ss' sampler. Each prompt keeps its seed all run long (the run's seed + its line number unless '--d' is given), so the samples show the LoRA changing, not the noise.</source>
            <extracomment>help of sample.sample_prompts</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampler</source>
            <extracomment>label of sample.sample_sampler</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sampler of the samples unless a prompt sets '--ss'. euler_a and dpmsolver++_karras (DPM++ 2M Karras) look good in 20–30 steps.</source>
            <extracomment>help of sample.sample_sampler</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TensorBoard folder</source>
            <extracomment>label of logging.logging_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TensorBoard logs (loss, learning rate) go here, relative to the run folder. Empty = no TensorBoard.</source>
            <extracomment>help of logging.logging_dir</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss average window</source>
            <extracomment>label of logging.loss_average_window</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps in the moving average of the loss shown beside the raw loss.</source>
            <extracomment>help of logging.loss_average_window</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processes</source>
            <extracomment>label of launch.num_processes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training processes, one per GPU. More than 1 starts the run through 'accelerate launch': each process trains 'Batch size' images per step, so a step sees processes x batch size images, and the result is that of one process with that bigger batch.</source>
            <extracomment>help of launch.num_processes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machines</source>
            <extracomment>label of launch.num_machines</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computers taking part in the run. Keep 1 unless you run Danlu on every machine with the same run folder; the others need '--main_process_ip' and '--machine_rank' in the extra arguments.</source>
            <extracomment>help of launch.num_machines</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GPU IDs</source>
            <extracomment>label of launch.gpu_ids</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which GPUs to use, comma-separated, counting from 0 (e.g. '0,1'). Empty = all.</source>
            <extracomment>help of launch.gpu_ids</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main process port</source>
            <extracomment>label of launch.main_process_port</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network port the processes meet on (accelerate's default 29500 when empty). Change it when two runs share a machine.</source>
            <extracomment>help of launch.main_process_port</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dynamo backend</source>
            <extracomment>label of launch.dynamo_backend</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compile the U-Net with torch.compile and this backend ('inductor' is the fast one; it needs a C compiler and its first steps are slow). 'no' unless you know it helps on your GPU.</source>
            <extracomment>help of launch.dynamo_backend</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra accelerate arguments</source>
            <extracomment>label of launch.extra_accelerate_launch_args</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More 'accelerate launch' options, as on a command line (e.g. '--main_process_ip 10.0.0.2 --machine_rank 0'). Used only when the run goes through accelerate launch.</source>
            <extracomment>help of launch.extra_accelerate_launch_args</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hugging Face repo</source>
            <extracomment>label of hub.huggingface_repo_id</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload the finished LoRA to this Hugging Face repo ('user/name'); empty = no upload. The access token comes from 'huggingface-cli login' (or the HF_TOKEN variable) and is never written into the run's files.</source>
            <extracomment>help of hub.huggingface_repo_id</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repo type</source>
            <extracomment>label of hub.huggingface_repo_type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of repo to upload to.</source>
            <extracomment>help of hub.huggingface_repo_type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder in repo</source>
            <extracomment>label of hub.huggingface_path_in_repo</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder inside the repo for the uploaded files; empty = the repo's top level.</source>
            <extracomment>help of hub.huggingface_path_in_repo</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visibility</source>
            <extracomment>label of hub.huggingface_repo_visibility</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether a repo the upload has to create is public or private (an existing repo keeps its visibility).</source>
            <extracomment>help of hub.huggingface_repo_visibility</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upload the state too</source>
            <extracomment>label of hub.save_state_to_huggingface</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also upload the training state saved at the end ('Save state at the end'), to resume elsewhere.</source>
            <extracomment>help of hub.save_state_to_huggingface</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' is {values}</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' is not {values}</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' is set</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' is off</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> or </source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
