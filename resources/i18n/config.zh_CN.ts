<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>config</name>
        <message>
            <source>Model</source>
            <extracomment>section title (model)</extracomment>
            <translation>模型</translation>
        </message>
        <message>
            <source>Dataset</source>
            <extracomment>section title (dataset)</extracomment>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Network</source>
            <extracomment>section title (network); label of network.network_module</extracomment>
            <translation>网络</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <extracomment>section title (optimizer); label of optimizer.optimizer_type</extracomment>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Schedule</source>
            <extracomment>section title (schedule)</extracomment>
            <translation>训练计划</translation>
        </message>
        <message>
            <source>Loss</source>
            <extracomment>section title (loss)</extracomment>
            <translation>损失</translation>
        </message>
        <message>
            <source>Noise</source>
            <extracomment>section title (noise)</extracomment>
            <translation>噪声</translation>
        </message>
        <message>
            <source>Precision</source>
            <extracomment>section title (precision)</extracomment>
            <translation>精度与显存</translation>
        </message>
        <message>
            <source>Saving</source>
            <extracomment>section title (saving)</extracomment>
            <translation>保存</translation>
        </message>
        <message>
            <source>Sample</source>
            <extracomment>section title (sample)</extracomment>
            <translation>样图</translation>
        </message>
        <message>
            <source>Logging</source>
            <extracomment>section title (logging)</extracomment>
            <translation>日志</translation>
        </message>
        <message>
            <source>Launch</source>
            <extracomment>section title (launch)</extracomment>
            <translation>启动</translation>
        </message>
        <message>
            <source>Hub</source>
            <extracomment>section title (hub)</extracomment>
            <translation>Hugging Face 上传</translation>
        </message>
        <message>
            <source>Base model</source>
            <extracomment>label of model.pretrained_model_name_or_path</extracomment>
            <translation>底模</translation>
        </message>
        <message>
            <source>The Stable Diffusion 1.x/2.x model the LoRA is trained on: a single-file .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id. Train on the model you will generate with.</source>
            <extracomment>help of model.pretrained_model_name_or_path</extracomment>
            <translation>LoRA 所基于的 Stable Diffusion 1.x/2.x 底模：单文件 .safetensors 模型、diffusers 文件夹，或 Hugging Face 仓库 ID。用你之后出图时要用的模型来训练。</translation>
        </message>
        <message>
            <source>SD 2.x model</source>
            <extracomment>label of model.v2</extracomment>
            <translation>SD 2.x 模型</translation>
        </message>
        <message>
            <source>Tick for Stable Diffusion 2.0/2.1 bases (OpenCLIP text encoder). Detected from diffusers folders; needed for single-file checkpoints whose type cannot be read from the weights.</source>
            <extracomment>help of model.v2</extracomment>
            <translation>底模是 Stable Diffusion 2.0/2.1 时勾选（OpenCLIP 文本编码器）。diffusers 文件夹会自动识别；单文件模型若无法从权重判断类型，则需要勾选。</translation>
        </message>
        <message>
            <source>v-prediction</source>
            <extracomment>label of model.v_parameterization</extracomment>
            <translation>v-prediction（v 预测）</translation>
        </message>
        <message>
            <source>The base predicts v instead of noise (SD 2.x 768-v models and some anime models). Wrong here = a LoRA that produces noise. Usually used together with 'SD 2.x model'.</source>
            <extracomment>help of model.v_parameterization</extracomment>
            <translation>底模预测的是 v 而不是噪声（SD 2.x 768-v 模型和部分二次元模型）。这里设错 = 训练出只会生成噪点的 LoRA。通常与“SD 2.x 模型”一起使用。</translation>
        </message>
        <message>
            <source>External VAE</source>
            <extracomment>label of model.vae</extracomment>
            <translation>外置 VAE</translation>
        </message>
        <message>
            <source>A VAE file or folder to encode the training images with instead of the model's own. Leave empty unless the base model's VAE is known to be broken.</source>
            <extracomment>help of model.vae</extracomment>
            <translation>用这个 VAE 文件或文件夹来编码训练图片，代替模型自带的 VAE。除非已知底模的 VAE 有问题，否则留空。</translation>
        </message>
        <message>
            <source>Allow .ckpt files</source>
            <extracomment>label of model.allow_pickle</extracomment>
            <translation>允许 .ckpt 文件</translation>
        </message>
        <message>
            <source>Pickle checkpoints (.ckpt/.pt) can run arbitrary code when loaded. Only tick this for files from a source you trust; prefer .safetensors.</source>
            <extracomment>help of model.allow_pickle</extracomment>
            <translation>Pickle 格式的模型（.ckpt/.pt）在加载时可以执行任意代码。只有文件来源可信时才勾选；优先使用 .safetensors。</translation>
        </message>
        <message>
            <source>CLIP skip</source>
            <extracomment>label of model.clip_skip</extracomment>
            <translation>CLIP skip（跳过层数）</translation>
        </message>
        <message>
            <source>Use the text encoder's N-th layer from the end. 2 for NovelAI-derived anime models, 1 for realistic models; use what the base model was trained with.</source>
            <extracomment>help of model.clip_skip</extracomment>
            <translation>使用文本编码器倒数第 N 层的输出。NovelAI 系二次元模型用 2，写实模型用 1；与底模训练时的设置保持一致。</translation>
        </message>
        <message>
            <source>Max token length</source>
            <extracomment>label of model.max_token_length</extracomment>
            <translation>最大 token 长度</translation>
        </message>
        <message>
            <source>How many caption tokens the text encoder sees (75, 150 or 225; long captions are encoded in chunks of 75 as sd-scripts does). Raise it when long tag lists get cut off.</source>
            <extracomment>help of model.max_token_length</extracomment>
            <translation>文本编码器能看到的标注 token 数（75、150 或 225；长标注会像 sd-scripts 那样按 75 个一段分块编码）。长标签列表被截断时调高。</translation>
        </message>
        <message>
            <source>Image folder</source>
            <extracomment>label of dataset.train_data_dir</extracomment>
            <translation>训练图片文件夹</translation>
        </message>
        <message>
            <source>Folder holding '&lt;repeats&gt;_&lt;identifier&gt; &lt;class&gt;' sub-folders (e.g. '10_shs dog') with the training images and their caption files.</source>
            <extracomment>help of dataset.train_data_dir</extracomment>
            <translation>包含 '&lt;repeats&gt;_&lt;identifier&gt; &lt;class&gt;' 子文件夹（例如 '10_shs dog'）的文件夹，子文件夹里放训练图片及其标注文件。</translation>
        </message>
        <message>
            <source>Regularization folder</source>
            <extracomment>label of dataset.reg_data_dir</extracomment>
            <translation>正则化文件夹</translation>
        </message>
        <message>
            <source>Optional folder of '&lt;repeats&gt;_&lt;class&gt;' sub-folders with images of the same class but not your subject; they keep the class word from drifting towards your subject. Doubles the steps.</source>
            <extracomment>help of dataset.reg_data_dir</extracomment>
            <translation>可选：包含 '&lt;repeats&gt;_&lt;class&gt;' 子文件夹的文件夹，放同一类别但不是你的训练对象的图片；它们防止类别词向你的训练对象漂移。步数会翻倍。</translation>
        </message>
        <message>
            <source>Caption extension</source>
            <extracomment>label of dataset.caption_extension</extracomment>
            <translation>标注文件扩展名</translation>
        </message>
        <message>
            <source>Extension of the caption file next to each image. Images without one are trained with the folder's '&lt;identifier&gt; &lt;class&gt;' as caption (you get a warning).</source>
            <extracomment>help of dataset.caption_extension</extracomment>
            <translation>每张图片旁边标注文件的扩展名。没有标注文件的图片会用所在文件夹的 '&lt;identifier&gt; &lt;class&gt;' 作为标注（并给出警告）。</translation>
        </message>
        <message>
            <source>Resolution</source>
            <extracomment>label of dataset.resolution</extracomment>
            <translation>分辨率</translation>
        </message>
        <message>
            <source>Training resolution, 'size' or 'width,height'. 512 for SD 1.x, 768 for SD 2.x 768 models; larger needs more VRAM.</source>
            <extracomment>help of dataset.resolution</extracomment>
            <translation>训练分辨率，写 'size' 或 'width,height'。SD 1.x 用 512，SD 2.x 768 模型用 768；越大越占显存。</translation>
        </message>
        <message>
            <source>Batch size</source>
            <extracomment>label of dataset.train_batch_size</extracomment>
            <translation>批量大小（batch size）</translation>
        </message>
        <message>
            <source>Images per step. Larger batches are steadier but need more VRAM; raise the learning rate with them.</source>
            <extracomment>help of dataset.train_batch_size</extracomment>
            <translation>每步训练的图片数。批量越大越稳定，但需要更多显存；增大批量时相应提高学习率。</translation>
        </message>
        <message>
            <source>Aspect-ratio buckets</source>
            <extracomment>label of dataset.enable_bucket</extracomment>
            <translation>宽高比分桶</translation>
        </message>
        <message>
            <source>Train images of different shapes at fitting resolutions of about the same area instead of cropping them all square.</source>
            <extracomment>help of dataset.enable_bucket</extracomment>
            <translation>不同宽高比的图片按面积大致相同的合适分辨率训练，而不是全部裁成正方形。</translation>
        </message>
        <message>
            <source>Min bucket resolution</source>
            <extracomment>label of dataset.min_bucket_reso</extracomment>
            <translation>最小分桶分辨率</translation>
        </message>
        <message>
            <source>Smallest bucket side in pixels.</source>
            <extracomment>help of dataset.min_bucket_reso</extracomment>
            <translation>分桶最短边的像素数。</translation>
        </message>
        <message>
            <source>Max bucket resolution</source>
            <extracomment>label of dataset.max_bucket_reso</extracomment>
            <translation>最大分桶分辨率</translation>
        </message>
        <message>
            <source>Largest bucket side in pixels.</source>
            <extracomment>help of dataset.max_bucket_reso</extracomment>
            <translation>分桶最长边的像素数。</translation>
        </message>
        <message>
            <source>Bucket step</source>
            <extracomment>label of dataset.bucket_reso_steps</extracomment>
            <translation>分桶步长</translation>
        </message>
        <message>
            <source>Bucket sides are multiples of this (64 is safe; 8 works for SD but makes more buckets).</source>
            <extracomment>help of dataset.bucket_reso_steps</extracomment>
            <translation>分桶的边长是这个数的倍数（64 最稳妥；8 对 SD 也可用，但会产生更多分桶）。</translation>
        </message>
        <message>
            <source>Don't upscale</source>
            <extracomment>label of dataset.bucket_no_upscale</extracomment>
            <translation>不放大图片</translation>
        </message>
        <message>
            <source>Never enlarge small images to reach the bucket size; they get a bucket of their own size instead.</source>
            <extracomment>help of dataset.bucket_no_upscale</extracomment>
            <translation>不把小图放大到分桶尺寸；它们会得到一个与自身尺寸相符的分桶。</translation>
        </message>
        <message>
            <source>Shuffle caption</source>
            <extracomment>label of dataset.shuffle_caption</extracomment>
            <translation>打乱标注顺序</translation>
        </message>
        <message>
            <source>Shuffle the comma-separated tags each time an image is used, so no tag profits from its position. Recommended for tag captions, not for sentences.</source>
            <extracomment>help of dataset.shuffle_caption</extracomment>
            <translation>每次使用图片时打乱逗号分隔的标签顺序，避免某个标签因位置靠前而占便宜。推荐用于标签式标注，不适合自然语言句子。</translation>
        </message>
        <message>
            <source>Keep N tags</source>
            <extracomment>label of dataset.keep_tokens</extracomment>
            <translation>保留前 N 个标签</translation>
        </message>
        <message>
            <source>The first N comma-separated tags stay in front when shuffling or dropping tags (put the trigger word first and keep 1).</source>
            <extracomment>help of dataset.keep_tokens</extracomment>
            <translation>打乱或丢弃标签时，前 N 个逗号分隔的标签固定在最前面（把触发词放在第一个并保留 1）。</translation>
        </message>
        <message>
            <source>Keep separator</source>
            <extracomment>label of dataset.keep_tokens_separator</extracomment>
            <translation>保留分隔符</translation>
        </message>
        <message>
            <source>If set (e.g. '|||'), everything before it in a caption stays fixed instead of the first N tags.</source>
            <extracomment>help of dataset.keep_tokens_separator</extracomment>
            <translation>若设置（例如 '|||'），标注中这个分隔符之前的内容全部固定不动，代替“前 N 个标签”。</translation>
        </message>
        <message>
            <source>Caption dropout</source>
            <extracomment>label of dataset.caption_dropout_rate</extracomment>
            <translation>标注丢弃率</translation>
        </message>
        <message>
            <source>Chance that an image is trained with an empty caption (0.05–0.1 makes the LoRA work without the trigger too).</source>
            <extracomment>help of dataset.caption_dropout_rate</extracomment>
            <translation>每张图片以空标注训练的概率（0.05–0.1 可以让 LoRA 在不写触发词时也能生效）。</translation>
        </message>
        <message>
            <source>Drop captions every N epochs</source>
            <extracomment>label of dataset.caption_dropout_every_n_epochs</extracomment>
            <translation>每 N 轮丢弃全部标注</translation>
        </message>
        <message>
            <source>Every N-th epoch trains all images with empty captions. 0 = never.</source>
            <extracomment>help of dataset.caption_dropout_every_n_epochs</extracomment>
            <translation>每隔 N 轮，该轮所有图片都用空标注训练。0 = 从不。</translation>
        </message>
        <message>
            <source>Tag dropout</source>
            <extracomment>label of dataset.caption_tag_dropout_rate</extracomment>
            <translation>标签丢弃率</translation>
        </message>
        <message>
            <source>Chance that each tag (after the kept ones) is left out of the caption for one step.</source>
            <extracomment>help of dataset.caption_tag_dropout_rate</extracomment>
            <translation>每个标签（保留的标签之后的）在某一步中被从标注里去掉的概率。</translation>
        </message>
        <message>
            <source>Weighted captions</source>
            <extracomment>label of dataset.weighted_captions</extracomment>
            <translation>带权重的标注</translation>
        </message>
        <message>
            <source>Read '(word:1.3)', '(word)' (x1.1) and '[word]' (/1.1) in captions as in A1111 prompts: those words pull harder or softer on the text encoder. Write brackets meant literally as '\(' and '\)'. Keep commas out of a weighted group when tags are shuffled or dropped.</source>
            <extracomment>help of dataset.weighted_captions</extracomment>
            <translation>像 A1111 提示词那样读取标注中的 '(word:1.3)'、'(word)'（x1.1）和 '[word]'（/1.1）：这些词对文本编码器的作用更强或更弱。想要字面括号时写成 '\(' 和 '\)'。打乱或丢弃标签时，加权组内不要有逗号。</translation>
        </message>
        <message>
            <source>Token warmup: first tags</source>
            <extracomment>label of dataset.token_warmup_min</extracomment>
            <translation>标签预热：初始标签数</translation>
        </message>
        <message>
            <source>At the start of training only this many tags (after the kept ones) are used; more are added step by step until 'Token warmup steps'.</source>
            <extracomment>help of dataset.token_warmup_min</extracomment>
            <translation>训练开始时只使用这么多个标签（保留的标签之后的），之后逐步增加，直到“标签预热步数”。</translation>
        </message>
        <message>
            <source>Token warmup steps</source>
            <extracomment>label of dataset.token_warmup_step</extracomment>
            <translation>标签预热步数</translation>
        </message>
        <message>
            <source>Steps over which captions grow from 'Token warmup: first tags' to all their tags (below 1: a fraction of all steps). Helps the trigger word take the subject before the details do. 0 = off.</source>
            <extracomment>help of dataset.token_warmup_step</extracomment>
            <translation>标注从“标签预热：初始标签数”逐步增加到全部标签所用的步数（小于 1：占总步数的比例）。有助于触发词先学到主体，再学细节。0 = 关闭。</translation>
        </message>
        <message>
            <source>Flip augmentation</source>
            <extracomment>label of dataset.flip_aug</extracomment>
            <translation>水平翻转增强</translation>
        </message>
        <message>
            <source>Randomly mirror images left-right. Doubles the variety for symmetric subjects; don't use it when asymmetry matters (text, hair parting, logos).</source>
            <extracomment>help of dataset.flip_aug</extracomment>
            <translation>随机左右镜像图片。对称的主体可使多样性翻倍；不对称很重要时（文字、发缝、标志）不要使用。</translation>
        </message>
        <message>
            <source>Color augmentation</source>
            <extracomment>label of dataset.color_aug</extracomment>
            <translation>颜色增强</translation>
        </message>
        <message>
            <source>Randomly shift the hue a little each time an image is used. Needs latents to be computed every step, so it cannot be combined with latent caching.</source>
            <extracomment>help of dataset.color_aug</extracomment>
            <translation>每次使用图片时随机轻微改变色相。需要每步重新计算潜变量，因此不能与潜变量缓存同时使用。</translation>
        </message>
        <message>
            <source>Random crop</source>
            <extracomment>label of dataset.random_crop</extracomment>
            <translation>随机裁剪</translation>
        </message>
        <message>
            <source>Crop buckets at a random place instead of the center. Cannot be combined with latent caching.</source>
            <extracomment>help of dataset.random_crop</extracomment>
            <translation>在随机位置而不是中心裁剪分桶。不能与潜变量缓存同时使用。</translation>
        </message>
        <message>
            <source>Mask from alpha channel</source>
            <extracomment>label of dataset.alpha_mask</extracomment>
            <translation>用透明通道作蒙版</translation>
        </message>
        <message>
            <source>With 'Masked loss': take each image's mask from its transparency (opaque = trained, transparent = ignored). Images without an alpha channel are trained whole.</source>
            <extracomment>help of dataset.alpha_mask</extracomment>
            <translation>配合“蒙版损失”：用每张图片的透明度作为蒙版（不透明 = 参与训练，透明 = 忽略）。没有透明通道的图片整张参与训练。</translation>
        </message>
        <message>
            <source>Mask folder</source>
            <extracomment>label of dataset.conditioning_data_dir</extracomment>
            <translation>蒙版文件夹</translation>
        </message>
        <message>
            <source>With 'Masked loss': a folder of mask images named like the training images (in the same '&lt;repeats&gt;_' sub-folders, or all together). Without it, masks are read from '&lt;image name&gt;_mask.png' beside each image.</source>
            <extracomment>help of dataset.conditioning_data_dir</extracomment>
            <translation>配合“蒙版损失”：一个存放蒙版图片的文件夹，蒙版与训练图片同名（放在相同的 '&lt;repeats&gt;_' 子文件夹中，或全部放在一起）。不设置时，从每张图片旁边的 '&lt;image name&gt;_mask.png' 读取蒙版。</translation>
        </message>
        <message>
            <source>Cache latents</source>
            <extracomment>label of dataset.cache_latents</extracomment>
            <translation>缓存潜变量（latents）</translation>
        </message>
        <message>
            <source>Encode every image with the VAE once before training and keep the result in memory: much faster and less VRAM. Excludes color augmentation and random crop.</source>
            <extracomment>help of dataset.cache_latents</extracomment>
            <translation>训练前用 VAE 把每张图片编码一次并把结果保存在内存中：速度快得多，显存占用更少。不能与颜色增强和随机裁剪同时使用。</translation>
        </message>
        <message>
            <source>Cache latents to disk</source>
            <extracomment>label of dataset.cache_latents_to_disk</extracomment>
            <translation>缓存潜变量到磁盘</translation>
        </message>
        <message>
            <source>Also keep the cached latents on disk (in the project's .danlu/latents), so the next run over the same images skips encoding. A changed image is re-encoded.</source>
            <extracomment>help of dataset.cache_latents_to_disk</extracomment>
            <translation>同时把缓存的潜变量保存到磁盘（项目的 .danlu/latents 中），下次用相同图片训练时跳过编码。修改过的图片会重新编码。</translation>
        </message>
        <message>
            <source>Cache text encoder outputs</source>
            <extracomment>label of dataset.cache_text_encoder_outputs</extracomment>
            <translation>缓存文本编码器输出</translation>
        </message>
        <message>
            <source>Encode every caption once before training, then move the text encoders off the GPU: saves their VRAM (about 1.6 GB for SDXL in fp16) and a little time per step. Needs 'Train U-Net only' and fixed captions (no shuffling or dropout).</source>
            <extracomment>help of dataset.cache_text_encoder_outputs</extracomment>
            <translation>训练前把每条标注编码一次，然后把文本编码器移出 GPU：省下它们占用的显存（SDXL 在 fp16 下约 1.6 GB），每步也稍快一些。需要开启“仅训练 U-Net”，且标注固定不变（不打乱、不丢弃）。</translation>
        </message>
        <message>
            <source>Cache text encoder outputs to disk</source>
            <extracomment>label of dataset.cache_text_encoder_outputs_to_disk</extracomment>
            <translation>缓存文本编码器输出到磁盘</translation>
        </message>
        <message>
            <source>Also keep the encoded captions on disk (in the project's .danlu/text_encoder_outputs), so the next run with the same base model and captions skips encoding. A changed caption is encoded again.</source>
            <extracomment>help of dataset.cache_text_encoder_outputs_to_disk</extracomment>
            <translation>同时把编码后的标注保存到磁盘（项目的 .danlu/text_encoder_outputs 中），下次用相同底模和标注训练时跳过编码。修改过的标注会重新编码。</translation>
        </message>
        <message>
            <source>VAE batch size</source>
            <extracomment>label of dataset.vae_batch_size</extracomment>
            <translation>VAE 批量大小</translation>
        </message>
        <message>
            <source>Images encoded at once while caching latents. Higher is faster if VRAM allows.</source>
            <extracomment>help of dataset.vae_batch_size</extracomment>
            <translation>缓存潜变量时一次编码的图片数。显存够的话越大越快。</translation>
        </message>
        <message>
            <source>Data loader workers</source>
            <extracomment>label of dataset.max_data_loader_n_workers</extracomment>
            <translation>数据加载进程数</translation>
        </message>
        <message>
            <source>Processes that load images in the background. 0 loads in the training process, which is best with cached latents.</source>
            <extracomment>help of dataset.max_data_loader_n_workers</extracomment>
            <translation>在后台加载图片的进程数。0 表示在训练进程内加载，缓存了潜变量时这样最好。</translation>
        </message>
        <message>
            <source>Persistent workers</source>
            <extracomment>label of dataset.persistent_data_loader_workers</extracomment>
            <translation>保持加载进程</translation>
        </message>
        <message>
            <source>Keep the loader processes between epochs (faster epoch starts, more RAM).</source>
            <extracomment>help of dataset.persistent_data_loader_workers</extracomment>
            <translation>各轮之间保留加载进程（每轮开始更快，但占用更多内存）。</translation>
        </message>
        <message>
            <source>networks.lora: sd-scripts' LoRA on the attention and feed-forward layers (with 'Conv rank', LoCon on the ResNet convs too). lycoris.kohya: the LyCORIS algorithms (LoHa, LoKr, LoCon) from the lycoris-lora library, saved with the lora_unet_/lora_te_ names A1111 and ComfyUI load.</source>
            <extracomment>help of network.network_module</extracomment>
            <translation>networks.lora：sd-scripts 的 LoRA，作用于注意力层和前馈层（设置了“卷积维度（conv rank）”时，也以 LoCon 方式作用于 ResNet 卷积）。lycoris.kohya：lycoris-lora 库中的 LyCORIS 算法（LoHa、LoKr、LoCon），保存为 A1111 和 ComfyUI 能加载的 lora_unet_/lora_te_ 命名。</translation>
        </message>
        <message>
            <source>LyCORIS algorithm</source>
            <extracomment>label of network.algo</extracomment>
            <translation>LyCORIS 算法</translation>
        </message>
        <message>
            <source>locon: LoRA on linears and convs. loha: Hadamard product of two low-rank pairs (more expressive per parameter; rank 4-16). lokr: Kronecker product (very small files; raise the learning rate). ia3: a learned per-channel scale of each layer's output (tiny files, rank unused; high learning rate ~1e-2). dylora: LoRA trained in rank blocks so it can be cut to smaller ranks.</source>
            <extracomment>help of network.algo</extracomment>
            <translation>locon：对线性层和卷积层做 LoRA。loha：两组低秩矩阵的 Hadamard 积（同样参数量下表达力更强；维度 4-16）。lokr：Kronecker 积（文件非常小；需调高学习率）。ia3：对每层输出学习逐通道缩放（文件极小，不使用维度；学习率要高，约 1e-2）。dylora：按维度分块训练的 LoRA，之后可裁剪到更小的维度。</translation>
        </message>
        <message>
            <source>LyCORIS preset</source>
            <extracomment>label of network.preset</extracomment>
            <translation>LyCORIS 预设</translation>
        </message>
        <message>
            <source>Which layers get a module: full (attention, feed-forward, ResNet blocks, samplers, conv_in/out, time embedding), full-lin (no 3x3 convs), attn-mlp (as standard LoRA), attn-only, unet-only (full without the text encoder), unet-transformer-only, unet-convblock-only.</source>
            <extracomment>help of network.preset</extracomment>
            <translation>哪些层加模块：full（注意力、前馈、ResNet 块、上下采样、conv_in/out、时间嵌入），full-lin（不含 3x3 卷积），attn-mlp（与标准 LoRA 相同），attn-only，unet-only（full 但不含文本编码器），unet-transformer-only，unet-convblock-only。</translation>
        </message>
        <message>
            <source>Tucker decomposition</source>
            <extracomment>label of network.use_tucker</extracomment>
            <translation>Tucker 分解</translation>
        </message>
        <message>
            <source>Factor 3x3 conv modules with a small core tensor (LyCORIS use_tucker): fewer parameters for the same rank on convs.</source>
            <extracomment>help of network.use_tucker</extracomment>
            <translation>用一个小的核心张量分解 3x3 卷积模块（LyCORIS use_tucker）：卷积上相同维度的参数更少。</translation>
        </message>
        <message>
            <source>DoRA weight decomposition</source>
            <extracomment>label of network.dora_wd</extracomment>
            <translation>DoRA 权重分解</translation>
        </message>
        <message>
            <source>Train each layer's weight magnitude apart from its direction (LyCORIS dora_wd, saved as dora_scale): closer to full fine-tuning at the same rank, slower steps.</source>
            <extracomment>help of network.dora_wd</extracomment>
            <translation>把每层权重的大小和方向分开训练（LyCORIS dora_wd，保存为 dora_scale）：相同维度下更接近全量微调，每步更慢。</translation>
        </message>
        <message>
            <source>Trainable scalar</source>
            <extracomment>label of network.use_scalar</extracomment>
            <translation>可训练缩放系数</translation>
        </message>
        <message>
            <source>A learned scale per module, starting at 0 so both factors start random (LyCORIS use_scalar); it is folded into the saved weights.</source>
            <extracomment>help of network.use_scalar</extracomment>
            <translation>每个模块学习一个缩放系数，初始为 0，这样两个分解矩阵都可以随机初始化（LyCORIS use_scalar）；保存时会并入权重。</translation>
        </message>
        <message>
            <source>Rescale rank dropout</source>
            <extracomment>label of network.rank_dropout_scale</extracomment>
            <translation>维度丢弃后重新缩放</translation>
        </message>
        <message>
            <source>Divide the kept ranks by the kept fraction so rank dropout keeps the update's size (LyCORIS rank_dropout_scale).</source>
            <extracomment>help of network.rank_dropout_scale</extracomment>
            <translation>把保留下来的维度除以保留比例，使维度丢弃时更新量的大小保持不变（LyCORIS rank_dropout_scale）。</translation>
        </message>
        <message>
            <source>Train norm layers</source>
            <extracomment>label of network.train_norm</extracomment>
            <translation>训练归一化层</translation>
        </message>
        <message>
            <source>Also train the LayerNorm/GroupNorm weights and biases inside the preset's blocks (LyCORIS train_norm; saved as w_norm/b_norm, which ComfyUI loads).</source>
            <extracomment>help of network.train_norm</extracomment>
            <translation>同时训练预设所含块中的 LayerNorm/GroupNorm 权重和偏置（LyCORIS train_norm；保存为 w_norm/b_norm，ComfyUI 可以加载）。</translation>
        </message>
        <message>
            <source>DyLoRA block size</source>
            <extracomment>label of network.dylora_block_size</extracomment>
            <translation>DyLoRA 块大小</translation>
        </message>
        <message>
            <source>DyLoRA trains the rank in blocks of this size, one random prefix of blocks per step, so the file can be cut to any multiple of it later (LyCORIS block_size). The ranks must be multiples of it.</source>
            <extracomment>help of network.dylora_block_size</extracomment>
            <translation>DyLoRA 按这个大小把维度分块训练，每步训练随机的前若干块，因此文件之后可以裁剪到它的任意倍数（LyCORIS block_size）。维度必须是它的倍数。</translation>
        </message>
        <message>
            <source>Conv rank</source>
            <extracomment>label of network.conv_dim</extracomment>
            <translation>卷积维度（conv rank）</translation>
        </message>
        <message>
            <source>Rank of the modules on the 3x3 convs of the ResNet blocks and samplers (LoCon). 0 = none with networks.lora; with lycoris.kohya 0 means the rank above, as the library does. 4-16 adds texture and detail learning.</source>
            <extracomment>help of network.conv_dim</extracomment>
            <translation>ResNet 块及上下采样中 3x3 卷积上模块的维度（LoCon）。使用 networks.lora 时 0 = 不加；使用 lycoris.kohya 时 0 表示沿用上面的维度，与该库一致。4-16 有助于学习纹理和细节。</translation>
        </message>
        <message>
            <source>Conv alpha</source>
            <extracomment>label of network.conv_alpha</extracomment>
            <translation>卷积 alpha</translation>
        </message>
        <message>
            <source>Alpha of the conv modules (scales them by conv_alpha / conv rank).</source>
            <extracomment>help of network.conv_alpha</extracomment>
            <translation>卷积模块的 alpha（按 conv_alpha / 卷积维度缩放）。</translation>
        </message>
        <message>
            <source>Network dropout</source>
            <extracomment>label of network.network_dropout</extracomment>
            <translation>网络丢弃率（dropout）</translation>
        </message>
        <message>
            <source>Drop this share of the LoRA's down-projection outputs each step (neuron dropout; 0.1-0.3). Training only. Not implemented by LyCORIS LoHa/LoKr.</source>
            <extracomment>help of network.network_dropout</extracomment>
            <translation>每步随机丢弃 LoRA 降维投影输出的这一比例（神经元 dropout；0.1-0.3）。只在训练时生效。LyCORIS 的 LoHa/LoKr 不支持。</translation>
        </message>
        <message>
            <source>Rank dropout</source>
            <extracomment>label of network.rank_dropout</extracomment>
            <translation>维度丢弃率（rank dropout）</translation>
        </message>
        <message>
            <source>Chance that each rank of a module is dropped for one sample in a step (rescaled as if the rank were smaller). Training only.</source>
            <extracomment>help of network.rank_dropout</extracomment>
            <translation>模块的每个维度在某一步中对某个样本被丢弃的概率（按维度变小的情况重新缩放）。只在训练时生效。</translation>
        </message>
        <message>
            <source>Module dropout</source>
            <extracomment>label of network.module_dropout</extracomment>
            <translation>模块丢弃率</translation>
        </message>
        <message>
            <source>Chance that a whole module is skipped for a step. Training only.</source>
            <extracomment>help of network.module_dropout</extracomment>
            <translation>整个模块在某一步中被跳过的概率。只在训练时生效。</translation>
        </message>
        <message>
            <source>Scale weight norms</source>
            <extracomment>label of network.scale_weight_norms</extracomment>
            <translation>权重范数上限</translation>
        </message>
        <message>
            <source>Max-norm regularisation: after each step, modules whose weight change has a norm above this are scaled down to it (1.0 is common). The number scaled and the mean norm show in the metrics.</source>
            <extracomment>help of network.scale_weight_norms</extracomment>
            <translation>最大范数正则化：每步之后，权重变化的范数超过这个值的模块会被缩小到该值（常用 1.0）。被缩放的模块数和平均范数显示在指标中。</translation>
        </message>
        <message>
            <source>Down block lr weights</source>
            <extracomment>label of network.down_lr_weight</extracomment>
            <translation>下采样块学习率权重</translation>
        </message>
        <message>
            <source>Learning-rate weights of the 12 down blocks IN00-IN11, comma-separated, or a preset: cosine, sine, linear, reverse_linear, zeros (optionally '+0.5'). A block with weight 0 gets no module.</source>
            <extracomment>help of network.down_lr_weight</extracomment>
            <translation>12 个下采样块 IN00-IN11 的学习率权重，用逗号分隔，或使用预设：cosine、sine、linear、reverse_linear、zeros（可加 '+0.5'）。权重为 0 的块不加模块。</translation>
        </message>
        <message>
            <source>Mid block lr weight</source>
            <extracomment>label of network.mid_lr_weight</extracomment>
            <translation>中间块学习率权重</translation>
        </message>
        <message>
            <source>Learning-rate weight of the middle block (MID). 0 leaves it out.</source>
            <extracomment>help of network.mid_lr_weight</extracomment>
            <translation>中间块（MID）的学习率权重。0 表示不加模块。</translation>
        </message>
        <message>
            <source>Up block lr weights</source>
            <extracomment>label of network.up_lr_weight</extracomment>
            <translation>上采样块学习率权重</translation>
        </message>
        <message>
            <source>Learning-rate weights of the 12 up blocks OUT00-OUT11, as for the down blocks.</source>
            <extracomment>help of network.up_lr_weight</extracomment>
            <translation>12 个上采样块 OUT00-OUT11 的学习率权重，写法同下采样块。</translation>
        </message>
        <message>
            <source>Block lr zero threshold</source>
            <extracomment>label of network.block_lr_zero_threshold</extracomment>
            <translation>分块学习率归零阈值</translation>
        </message>
        <message>
            <source>Block lr weights at or below this count as 0 (the block gets no module).</source>
            <extracomment>help of network.block_lr_zero_threshold</extracomment>
            <translation>分块学习率权重小于等于这个值时视为 0（该块不加模块）。</translation>
        </message>
        <message>
            <source>Block ranks</source>
            <extracomment>label of network.block_dims</extracomment>
            <translation>分块维度</translation>
        </message>
        <message>
            <source>25 comma-separated ranks, one per U-Net block (IN00-IN11, MID, OUT00-OUT11). 0 = no module in that block. Empty = the rank above everywhere.</source>
            <extracomment>help of network.block_dims</extracomment>
            <translation>25 个逗号分隔的维度，每个 U-Net 块一个（IN00-IN11、MID、OUT00-OUT11）。0 = 该块不加模块。留空 = 所有块都用上面的维度。</translation>
        </message>
        <message>
            <source>Block alphas</source>
            <extracomment>label of network.block_alphas</extracomment>
            <translation>分块 alpha</translation>
        </message>
        <message>
            <source>25 comma-separated alphas for the block ranks. Empty = the alpha above.</source>
            <extracomment>help of network.block_alphas</extracomment>
            <translation>25 个逗号分隔的 alpha，对应分块维度。留空 = 使用上面的 alpha。</translation>
        </message>
        <message>
            <source>Conv block ranks</source>
            <extracomment>label of network.conv_block_dims</extracomment>
            <translation>分块卷积维度</translation>
        </message>
        <message>
            <source>25 comma-separated conv ranks (LoCon per block). Empty = the conv rank everywhere.</source>
            <extracomment>help of network.conv_block_dims</extracomment>
            <translation>25 个逗号分隔的卷积维度（逐块 LoCon）。留空 = 所有块都用卷积维度。</translation>
        </message>
        <message>
            <source>Conv block alphas</source>
            <extracomment>label of network.conv_block_alphas</extracomment>
            <translation>分块卷积 alpha</translation>
        </message>
        <message>
            <source>25 comma-separated conv alphas. Empty = the conv alpha.</source>
            <extracomment>help of network.conv_block_alphas</extracomment>
            <translation>25 个逗号分隔的卷积 alpha。留空 = 使用卷积 alpha。</translation>
        </message>
        <message>
            <source>Rank (dim)</source>
            <extracomment>label of network.network_dim</extracomment>
            <translation>网络维度（dim）</translation>
        </message>
        <message>
            <source>Size of the LoRA. 8–32 for a character or style; higher learns more (including what you did not want) and makes bigger files.</source>
            <extracomment>help of network.network_dim</extracomment>
            <translation>LoRA 的大小。角色或画风一般 8–32；越高学到的越多（包括你不想要的），文件也越大。</translation>
        </message>
        <message>
            <source>Alpha</source>
            <extracomment>label of network.network_alpha</extracomment>
            <translation>网络 Alpha</translation>
        </message>
        <message>
            <source>Scales the LoRA's effect by alpha/rank. Half the rank or 1 are common; with alpha = 1, raise the learning rate as the rank grows.</source>
            <extracomment>help of network.network_alpha</extracomment>
            <translation>按 alpha/维度 缩放 LoRA 的效果。常用维度的一半或 1；alpha = 1 时，维度越大学习率要越高。</translation>
        </message>
        <message>
            <source>Train U-Net only</source>
            <extracomment>label of network.network_train_unet_only</extracomment>
            <translation>仅训练 U-Net</translation>
        </message>
        <message>
            <source>Leave the text encoder untouched (saves VRAM; common for styles and for SDXL).</source>
            <extracomment>help of network.network_train_unet_only</extracomment>
            <translation>不训练文本编码器（省显存；画风和 SDXL 常用）。</translation>
        </message>
        <message>
            <source>Train text encoder only</source>
            <extracomment>label of network.network_train_text_encoder_only</extracomment>
            <translation>仅训练文本编码器</translation>
        </message>
        <message>
            <source>Train only the text encoder's LoRA.</source>
            <extracomment>help of network.network_train_text_encoder_only</extracomment>
            <translation>只训练文本编码器的 LoRA。</translation>
        </message>
        <message>
            <source>Start from LoRA</source>
            <extracomment>label of network.network_weights</extracomment>
            <translation>从已有 LoRA 开始</translation>
        </message>
        <message>
            <source>Initialise from an existing LoRA file. This starts a new training from those weights; it is not a resume (optimizer state, step count and schedule start fresh). To continue a stopped run exactly, use 'Resume from state' in the saving settings.</source>
            <extracomment>help of network.network_weights</extracomment>
            <translation>从一个已有的 LoRA 文件初始化。这是以这些权重开始一次新训练，不是继续训练（优化器状态、步数和调度都从头开始）。要原样继续一次中断的训练，请使用保存设置中的“从状态继续训练”。</translation>
        </message>
        <message>
            <source>Rank from weights</source>
            <extracomment>label of network.dim_from_weights</extracomment>
            <translation>从权重读取维度</translation>
        </message>
        <message>
            <source>Take rank and alpha from the 'Start from LoRA' file instead of the settings above.</source>
            <extracomment>help of network.dim_from_weights</extracomment>
            <translation>从“从已有 LoRA 开始”的文件读取维度和 alpha，而不用上面的设置。</translation>
        </message>
        <message>
            <source>AdamW is the reliable default; AdamW8bit saves VRAM; Prodigy and DAdapt* find the learning rate themselves (set the learning rates to 1); Adafactor adapts its own step size.</source>
            <extracomment>help of optimizer.optimizer_type</extracomment>
            <translation>AdamW 是稳妥的默认选择；AdamW8bit 省显存；Prodigy 和 DAdapt* 会自己寻找学习率（把学习率都设为 1）；Adafactor 自适应调整步长。</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <extracomment>label of optimizer.learning_rate</extracomment>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Step size for every part without its own rate. 1e-4 is a good start for LoRA with AdamW.</source>
            <extracomment>help of optimizer.learning_rate</extracomment>
            <translation>所有没有单独设置学习率的部分所用的步长。LoRA 配合 AdamW 时 1e-4 是个不错的起点。</translation>
        </message>
        <message>
            <source>U-Net learning rate</source>
            <extracomment>label of optimizer.unet_lr</extracomment>
            <translation>U-Net 学习率</translation>
        </message>
        <message>
            <source>Learning rate of the U-Net's LoRA; empty = the learning rate above.</source>
            <extracomment>help of optimizer.unet_lr</extracomment>
            <translation>U-Net 部分 LoRA 的学习率；留空 = 使用上面的学习率。</translation>
        </message>
        <message>
            <source>Text encoder learning rate</source>
            <extracomment>label of optimizer.text_encoder_lr</extracomment>
            <translation>文本编码器学习率</translation>
        </message>
        <message>
            <source>Learning rate of the text encoder's LoRA; usually half of the U-Net's (5e-5). Empty = the learning rate above.</source>
            <extracomment>help of optimizer.text_encoder_lr</extracomment>
            <translation>文本编码器部分 LoRA 的学习率；通常为 U-Net 的一半（5e-5）。留空 = 使用上面的学习率。</translation>
        </message>
        <message>
            <source>Text encoder 2 learning rate</source>
            <extracomment>label of optimizer.text_encoder_lr2</extracomment>
            <translation>文本编码器 2 学习率</translation>
        </message>
        <message>
            <source>SDXL only: learning rate of the second text encoder's LoRA (OpenCLIP bigG, which gives the pooled prompt); empty = the text encoder learning rate. sd-scripts' text_encoder_lr2.</source>
            <extracomment>help of optimizer.text_encoder_lr2</extracomment>
            <translation>仅 SDXL：第二个文本编码器（OpenCLIP bigG，提供池化后的提示词向量）部分 LoRA 的学习率；留空 = 使用文本编码器学习率。对应 sd-scripts 的 text_encoder_lr2。</translation>
        </message>
        <message>
            <source>Max grad norm</source>
            <extracomment>label of optimizer.max_grad_norm</extracomment>
            <translation>最大梯度范数</translation>
        </message>
        <message>
            <source>Clip the gradient to this norm each step to stop sudden jumps. 0 turns clipping off. Leave at 1 unless you know why.</source>
            <extracomment>help of optimizer.max_grad_norm</extracomment>
            <translation>每步把梯度裁剪到这个范数，防止突然跳变。0 关闭裁剪。除非清楚原因，否则保持 1。</translation>
        </message>
        <message>
            <source>Optimizer arguments</source>
            <extracomment>label of optimizer.optimizer_args</extracomment>
            <translation>优化器参数</translation>
        </message>
        <message>
            <source>Extra 'name=value' arguments for the optimizer, e.g. 'weight_decay=0.01' or 'betas=0.9,0.99' (Prodigy: 'decouple=True', 'd_coef=2').</source>
            <extracomment>help of optimizer.optimizer_args</extracomment>
            <translation>传给优化器的额外 'name=value' 参数，例如 'weight_decay=0.01' 或 'betas=0.9,0.99'（Prodigy：'decouple=True'、'd_coef=2'）。</translation>
        </message>
        <message>
            <source>EMA decay</source>
            <extracomment>label of optimizer.ema_decay</extracomment>
            <translation>EMA 衰减</translation>
        </message>
        <message>
            <source>Keep an exponential moving average of the LoRA's weights and save that instead of the last weights: smoother, less dependent on the last steps' images. 0.999 averages over about the last 1000 updates (it warms up over the first steps). Empty = off.</source>
            <extracomment>help of optimizer.ema_decay</extracomment>
            <translation>对 LoRA 权重做指数移动平均（EMA），保存平均后的权重而不是最后的权重：更平滑，不那么受最后几步图片的影响。0.999 大约是最近 1000 次更新的平均（最初几步会逐渐预热）。留空 = 关闭。</translation>
        </message>
        <message>
            <source>EMA every N steps</source>
            <extracomment>label of optimizer.ema_update_every</extracomment>
            <translation>EMA 每 N 步更新</translation>
        </message>
        <message>
            <source>Update the average every N optimizer steps (N times fewer updates, so the average spans N times more steps).</source>
            <extracomment>help of optimizer.ema_update_every</extracomment>
            <translation>每 N 个优化器步更新一次平均（更新次数少 N 倍，平均覆盖的步数多 N 倍）。</translation>
        </message>
        <message>
            <source>Epochs</source>
            <extracomment>label of schedule.max_train_epochs</extracomment>
            <translation>训练轮数（epoch）</translation>
        </message>
        <message>
            <source>Passes over the (repeated) training set. Overrides 'Max steps' when set.</source>
            <extracomment>help of schedule.max_train_epochs</extracomment>
            <translation>遍历（含重复次数的）训练集的轮数。设置后覆盖“最大步数”。</translation>
        </message>
        <message>
            <source>Max steps</source>
            <extracomment>label of schedule.max_train_steps</extracomment>
            <translation>最大步数</translation>
        </message>
        <message>
            <source>Total optimizer steps when 'Epochs' is empty.</source>
            <extracomment>help of schedule.max_train_steps</extracomment>
            <translation>“训练轮数（epoch）”留空时的优化器总步数。</translation>
        </message>
        <message>
            <source>Gradient accumulation</source>
            <extracomment>label of schedule.gradient_accumulation_steps</extracomment>
            <translation>梯度累积</translation>
        </message>
        <message>
            <source>Add up the gradients of N batches before each optimizer step: like an N times bigger batch without its VRAM (but slower, and not identical). Steps count optimizer steps.</source>
            <extracomment>help of schedule.gradient_accumulation_steps</extracomment>
            <translation>把 N 个批次的梯度累加起来再做一次优化器更新：相当于 N 倍大的批量而不需要相应的显存（但更慢，也不完全等同）。步数按优化器步计算。</translation>
        </message>
        <message>
            <source>LR scheduler</source>
            <extracomment>label of schedule.lr_scheduler</extracomment>
            <translation>学习率调度器</translation>
        </message>
        <message>
            <source>How the learning rate changes over the run: constant, warm up then constant, fall linearly or along a cosine to 0, cosine with restarts, polynomial; 'adafactor' goes with the Adafactor optimizer.</source>
            <extracomment>help of schedule.lr_scheduler</extracomment>
            <translation>学习率在训练过程中如何变化：constant 恒定；constant_with_warmup 先预热再恒定；linear / cosine 线性或按余弦曲线降到 0；cosine_with_restarts 带重启的余弦；polynomial 多项式；'adafactor' 配合 Adafactor 优化器使用。</translation>
        </message>
        <message>
            <source>Warmup steps</source>
            <extracomment>label of schedule.lr_warmup_steps</extracomment>
            <translation>预热步数</translation>
        </message>
        <message>
            <source>Steps over which the learning rate rises from 0. A value below 1 is a fraction of all steps (0.1 = 10%).</source>
            <extracomment>help of schedule.lr_warmup_steps</extracomment>
            <translation>学习率从 0 上升所用的步数。小于 1 的值表示占总步数的比例（0.1 = 10%）。</translation>
        </message>
        <message>
            <source>LR cycles</source>
            <extracomment>label of schedule.lr_scheduler_num_cycles</extracomment>
            <translation>学习率重启次数</translation>
        </message>
        <message>
            <source>Number of cosine restarts (cosine_with_restarts) over the run.</source>
            <extracomment>help of schedule.lr_scheduler_num_cycles</extracomment>
            <translation>训练过程中余弦重启的次数（cosine_with_restarts）。</translation>
        </message>
        <message>
            <source>LR power</source>
            <extracomment>label of schedule.lr_scheduler_power</extracomment>
            <translation>学习率衰减幂次</translation>
        </message>
        <message>
            <source>Exponent of the polynomial decay; 1 = linear, higher falls faster early.</source>
            <extracomment>help of schedule.lr_scheduler_power</extracomment>
            <translation>多项式衰减的指数；1 = 线性，越大前期下降越快。</translation>
        </message>
        <message>
            <source>Stop text encoder at %</source>
            <extracomment>label of schedule.stop_text_encoder_training_pct</extracomment>
            <translation>文本编码器停止训练的百分比</translation>
        </message>
        <message>
            <source>Freeze the text encoder after this percentage of the steps and train only the U-Net for the rest; helps against over-fitting the trigger word. 0 = train it to the end.</source>
            <extracomment>help of schedule.stop_text_encoder_training_pct</extracomment>
            <translation>训练到总步数的这个百分比后冻结文本编码器，其余部分只训练 U-Net；有助于防止触发词过拟合。0 = 一直训练到结束。</translation>
        </message>
        <message>
            <source>Seed</source>
            <extracomment>label of schedule.seed</extracomment>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Fixes every random choice (noise, shuffling, augmentation) so a run can be repeated exactly. Empty = a new random seed each run (it is recorded in the LoRA's metadata).</source>
            <extracomment>help of schedule.seed</extracomment>
            <translation>固定所有随机选择（噪声、打乱、数据增强），使训练可以完全复现。留空 = 每次训练使用新的随机种子（会记录在 LoRA 的元数据中）。</translation>
        </message>
        <message>
            <source>Prior loss weight</source>
            <extracomment>label of loss.prior_loss_weight</extracomment>
            <translation>先验损失权重</translation>
        </message>
        <message>
            <source>Weight of regularization images in the loss. Lower it (e.g. 0.5) if your subject does not come through; raise it if the class word drifts.</source>
            <extracomment>help of loss.prior_loss_weight</extracomment>
            <translation>正则化图片在损失中的权重。训练对象体现不出来时调低（例如 0.5）；类别词发生漂移时调高。</translation>
        </message>
        <message>
            <source>Loss type</source>
            <extracomment>label of loss.loss_type</extracomment>
            <translation>损失类型</translation>
        </message>
        <message>
            <source>How a wrong prediction is punished. l2 (squared error) is the classic; huber and smooth_l1 punish big errors less, so odd images and noisy steps pull the LoRA around less (huber with the 'snr' schedule is the usual pick); l1 is plain absolute error.</source>
            <extracomment>help of loss.loss_type</extracomment>
            <translation>如何惩罚错误的预测。l2（平方误差）是经典做法；huber 和 smooth_l1 对大误差的惩罚更轻，因此异常图片和噪声大的步对 LoRA 的拉扯更小（通常选 huber 配合 'snr' 调度）；l1 是单纯的绝对误差。</translation>
        </message>
        <message>
            <source>Huber schedule</source>
            <extracomment>label of loss.huber_schedule</extracomment>
            <translation>Huber 调度</translation>
        </message>
        <message>
            <source>How the Huber threshold changes with the noise level: 'snr' (recommended) is close to l2 on almost clean images and robust on noisy ones; 'exponential' falls from 1 to Huber C over the timesteps; 'constant' keeps Huber C.</source>
            <extracomment>help of loss.huber_schedule</extracomment>
            <translation>Huber 阈值如何随噪声强度变化：'snr'（推荐）在几乎无噪声的图片上接近 l2，在噪声大的图片上更稳健；'exponential' 随时间步从 1 降到 Huber C；'constant' 固定为 Huber C。</translation>
        </message>
        <message>
            <source>Huber C</source>
            <extracomment>label of loss.huber_c</extracomment>
            <translation>Huber C</translation>
        </message>
        <message>
            <source>The Huber threshold: errors below it count as squared, above it as linear. 0.1 is the default; 0.05 often trains a little better, but it depends on the images.</source>
            <extracomment>help of loss.huber_c</extracomment>
            <translation>Huber 阈值：低于它的误差按平方计算，高于它的按线性计算。默认 0.1；0.05 往往训练效果稍好，但取决于图片。</translation>
        </message>
        <message>
            <source>Huber scale</source>
            <extracomment>label of loss.huber_scale</extracomment>
            <translation>Huber 缩放</translation>
        </message>
        <message>
            <source>Multiplies the threshold of the 'constant' and 'exponential' schedules. Leave at 1.</source>
            <extracomment>help of loss.huber_scale</extracomment>
            <translation>乘到 'constant' 和 'exponential' 调度的阈值上。保持 1 即可。</translation>
        </message>
        <message>
            <source>Min SNR gamma</source>
            <extracomment>label of loss.min_snr_gamma</extracomment>
            <translation>Min SNR gamma</translation>
        </message>
        <message>
            <source>Weighs down the easy, almost noise-free timesteps so training converges faster and steadier (Min-SNR paper). 5 is the paper's and most users' value; empty = off.</source>
            <extracomment>help of loss.min_snr_gamma</extracomment>
            <translation>降低简单的、几乎无噪声的时间步的权重，使训练收敛更快更稳（Min-SNR 论文）。5 是论文和大多数人用的值；留空 = 关闭。</translation>
        </message>
        <message>
            <source>Debiased estimation</source>
            <extracomment>label of loss.debiased_estimation_loss</extracomment>
            <translation>去偏估计（debiased estimation）</translation>
        </message>
        <message>
            <source>Weighs each timestep by 1/√SNR (v-prediction: 1/(SNR+1)), a stronger cousin of Min SNR gamma that evens out the noise levels' pull. Usually one of the two, not both.</source>
            <extracomment>help of loss.debiased_estimation_loss</extracomment>
            <translation>按 1/√SNR（v-prediction：1/(SNR+1)）给每个时间步加权，作用比 Min SNR gamma 更强，使各噪声强度的影响更均衡。两者通常只用其一。</translation>
        </message>
        <message>
            <source>Scale v-pred loss like noise-pred</source>
            <extracomment>label of loss.scale_v_pred_loss_like_noise_pred</extracomment>
            <translation>按噪声预测方式缩放 v-pred 损失</translation>
        </message>
        <message>
            <source>For v-prediction models (SD 2.x 768-v): weigh the loss per timestep as an ε-prediction model's loss would be, which helps details.</source>
            <extracomment>help of loss.scale_v_pred_loss_like_noise_pred</extracomment>
            <translation>用于 v-prediction 模型（SD 2.x 768-v）：按 ε 预测模型的方式给每个时间步的损失加权，有助于细节。</translation>
        </message>
        <message>
            <source>V-pred-like loss</source>
            <extracomment>label of loss.v_pred_like_loss</extracomment>
            <translation>类 v-pred 损失</translation>
        </message>
        <message>
            <source>For ε-prediction models: add this much of a v-prediction-like loss (more weight on noisy timesteps, i.e. composition and colour). 0.1–0.3 is typical; empty = off.</source>
            <extracomment>help of loss.v_pred_like_loss</extracomment>
            <translation>用于 ε 预测模型：额外加上这么多类似 v-prediction 的损失（更重视噪声大的时间步，即构图和颜色）。常用 0.1–0.3；留空 = 关闭。</translation>
        </message>
        <message>
            <source>Masked loss</source>
            <extracomment>label of loss.masked_loss</extracomment>
            <translation>蒙版损失</translation>
        </message>
        <message>
            <source>Train only where each image's mask is white (grey = partly): the background or a watermark does not end up in the LoRA. Masks come from a mask image per training image or from the alpha channel.</source>
            <extracomment>help of loss.masked_loss</extracomment>
            <translation>只在每张图片蒙版为白色的区域训练（灰色 = 部分训练）：背景或水印不会被学进 LoRA。蒙版来自每张训练图片对应的蒙版图，或来自透明通道。</translation>
        </message>
        <message>
            <source>Noise offset</source>
            <extracomment>label of noise.noise_offset</extracomment>
            <translation>噪声偏移</translation>
        </message>
        <message>
            <source>Adds a random brightness shift to the training noise, so the LoRA can make much darker or brighter images than the base model. 0.05–0.1 is common (0.0357 in some SDXL recipes); empty = off.</source>
            <extracomment>help of noise.noise_offset</extracomment>
            <translation>给训练噪声加上随机的整体亮度偏移，使 LoRA 能生成比底模暗得多或亮得多的图片。常用 0.05–0.1（部分 SDXL 配方用 0.0357）；留空 = 关闭。</translation>
        </message>
        <message>
            <source>Random offset strength</source>
            <extracomment>label of noise.noise_offset_random_strength</extracomment>
            <translation>随机偏移强度</translation>
        </message>
        <message>
            <source>Draw the offset's strength from 0 to 'Noise offset' every step instead of using it as is.</source>
            <extracomment>help of noise.noise_offset_random_strength</extracomment>
            <translation>每步在 0 到“噪声偏移”之间随机取偏移强度，而不是直接使用该值。</translation>
        </message>
        <message>
            <source>Adaptive noise scale</source>
            <extracomment>label of noise.adaptive_noise_scale</extracomment>
            <translation>自适应噪声缩放</translation>
        </message>
        <message>
            <source>Adds this times each latent channel's mean brightness to the noise offset (about a tenth of the offset, e.g. 0.00357 with 0.0357). -1 to 1; empty = off.</source>
            <extracomment>help of noise.adaptive_noise_scale</extracomment>
            <translation>把这个系数乘以每个潜变量通道的平均亮度后加到噪声偏移上（约为偏移的十分之一，例如偏移 0.0357 时用 0.00357）。范围 -1 到 1；留空 = 关闭。</translation>
        </message>
        <message>
            <source>Multires noise iterations</source>
            <extracomment>label of noise.multires_noise_iterations</extracomment>
            <translation>多分辨率噪声迭代次数</translation>
        </message>
        <message>
            <source>Adds noise at several coarser resolutions ('pyramid noise'): helps larger shapes and contrast. 6–10 is common; empty = off.</source>
            <extracomment>help of noise.multires_noise_iterations</extracomment>
            <translation>在多个更粗的分辨率上叠加噪声（“金字塔噪声”）：有助于较大的形状和对比度。常用 6–10；留空 = 关闭。</translation>
        </message>
        <message>
            <source>Multires noise discount</source>
            <extracomment>label of noise.multires_noise_discount</extracomment>
            <translation>多分辨率噪声衰减</translation>
        </message>
        <message>
            <source>How much weaker each coarser level of the multires noise is (0.3 is the usual; smaller = subtler).</source>
            <extracomment>help of noise.multires_noise_discount</extracomment>
            <translation>多分辨率噪声每往粗一级减弱多少（常用 0.3；越小越轻微）。</translation>
        </message>
        <message>
            <source>IP noise gamma</source>
            <extracomment>label of noise.ip_noise_gamma</extracomment>
            <translation>IP 噪声 gamma</translation>
        </message>
        <message>
            <source>Input perturbation: the model sees slightly more noise than it has to predict, which regularises training. 0.1 is recommended; empty = off.</source>
            <extracomment>help of noise.ip_noise_gamma</extracomment>
            <translation>输入扰动：模型看到的噪声比它要预测的稍多一些，起到正则化作用。推荐 0.1；留空 = 关闭。</translation>
        </message>
        <message>
            <source>Random IP noise strength</source>
            <extracomment>label of noise.ip_noise_gamma_random_strength</extracomment>
            <translation>随机 IP 噪声强度</translation>
        </message>
        <message>
            <source>Draw the perturbation's strength from 0 to 'IP noise gamma' every step.</source>
            <extracomment>help of noise.ip_noise_gamma_random_strength</extracomment>
            <translation>每步在 0 到“IP 噪声 gamma”之间随机取扰动强度。</translation>
        </message>
        <message>
            <source>Min timestep</source>
            <extracomment>label of noise.min_timestep</extracomment>
            <translation>最小时间步</translation>
        </message>
        <message>
            <source>Train only on noise levels from this timestep up (0–999; empty = 0). Raising it leaves out the fine details; mostly for LoRAs meant for img2img.</source>
            <extracomment>help of noise.min_timestep</extracomment>
            <translation>只在从这个时间步往上的噪声强度上训练（0–999；留空 = 0）。调高会跳过精细细节；主要用于图生图（img2img）的 LoRA。</translation>
        </message>
        <message>
            <source>Max timestep</source>
            <extracomment>label of noise.max_timestep</extracomment>
            <translation>最大时间步</translation>
        </message>
        <message>
            <source>Train only on noise levels below this timestep (1–1000; empty = 1000). Lowering it leaves out composition, for LoRAs meant for img2img or detail.</source>
            <extracomment>help of noise.max_timestep</extracomment>
            <translation>只在低于这个时间步的噪声强度上训练（1–1000；留空 = 1000）。调低会跳过构图，用于图生图（img2img）或细节类 LoRA。</translation>
        </message>
        <message>
            <source>Zero terminal SNR</source>
            <extracomment>label of noise.zero_terminal_snr</extracomment>
            <translation>零终端信噪比（zero terminal SNR）</translation>
        </message>
        <message>
            <source>Rescale the noise schedule so the last timestep is pure noise (Lin et al. 2023): fixes washed-out darks and lights, but only for v-prediction models trained this way.</source>
            <extracomment>help of noise.zero_terminal_snr</extracomment>
            <translation>重新缩放噪声调度，使最后一个时间步为纯噪声（Lin et al. 2023）：修复暗部和亮部发灰的问题，但只适用于以这种方式训练的 v-prediction 模型。</translation>
        </message>
        <message>
            <source>Mixed precision</source>
            <extracomment>label of precision.mixed_precision</extracomment>
            <translation>混合精度</translation>
        </message>
        <message>
            <source>Compute in 16 bit: fp16 on any NVIDIA GPU, bf16 on RTX 30xx and newer (no overflow to NaN). 'no' trains in 32 bit; on a CPU fp16 falls back to 32 bit.</source>
            <extracomment>help of precision.mixed_precision</extracomment>
            <translation>用 16 位计算：fp16 适用于所有 NVIDIA 显卡，bf16 适用于 RTX 30xx 及更新的显卡（不会溢出成 NaN）。'no' 用 32 位训练；在 CPU 上 fp16 会退回 32 位。</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <extracomment>label of precision.gradient_checkpointing</extracomment>
            <translation>梯度检查点</translation>
        </message>
        <message>
            <source>Recompute activations in the backward pass: much less VRAM, about 20–30% slower, same result.</source>
            <extracomment>help of precision.gradient_checkpointing</extracomment>
            <translation>在反向传播时重新计算激活值：显存占用大幅减少，速度慢约 20–30%，结果相同。</translation>
        </message>
        <message>
            <source>Keep costly results when checkpointing</source>
            <extracomment>label of precision.selective_checkpointing</extracomment>
            <translation>检查点保留高代价结果</translation>
        </message>
        <message>
            <source>Gradient checkpointing that keeps what is costly to recompute (convolutions, attention, the feed-forward output layers, the LoRA's down projections) and recomputes only the cheap rest: half of the recomputed arithmetic is skipped, for more VRAM (SDXL at 1024 px: about 0.9 GB per image of the batch; SD 1.5 at 512 px: about 0.1 GB). Same result.</source>
            <extracomment>help of precision.selective_checkpointing</extracomment>
            <translation>一种梯度检查点：保留重算代价高的结果（卷积、注意力、前馈输出层、LoRA 的 down 投影），只重算便宜的其余部分：省去一半的重算计算量，代价是更多显存（SDXL 1024 px：批次中每张图约 0.9 GB；SD 1.5 512 px：约 0.1 GB）。结果相同。</translation>
        </message>
        <message>
            <source>Fast attention (SDPA)</source>
            <extracomment>label of precision.sdpa</extracomment>
            <translation>快速注意力（SDPA）</translation>
        </message>
        <message>
            <source>Use PyTorch's scaled-dot-product attention (memory-efficient kernels). Turn off only to debug.</source>
            <extracomment>help of precision.sdpa</extracomment>
            <translation>使用 PyTorch 的 scaled-dot-product attention（省显存的计算核）。只在调试时关闭。</translation>
        </message>
        <message>
            <source>xformers attention</source>
            <extracomment>label of precision.xformers</extracomment>
            <translation>xformers 注意力</translation>
        </message>
        <message>
            <source>Use xformers' memory-efficient attention instead of SDPA. Only when the xformers package is installed; with PyTorch 2 SDPA is about as fast and needs nothing extra.</source>
            <extracomment>help of precision.xformers</extracomment>
            <translation>用 xformers 的省显存注意力代替 SDPA。仅在安装了 xformers 包时可用；PyTorch 2 的 SDPA 速度差不多，而且不需要额外安装。</translation>
        </message>
        <message>
            <source>fp8 base weights</source>
            <extracomment>label of precision.fp8_base</extracomment>
            <translation>底模权重用 fp8</translation>
        </message>
        <message>
            <source>Store the frozen U-Net's weights in 8 bit (float8) and widen each layer only while it computes: the U-Net takes half the VRAM of 16 bit (SDXL: about 2.6 GB instead of 5.1 GB), the LoRA trains as usual. Slightly lower quality than 16-bit weights; needs PyTorch 2.1+.</source>
            <extracomment>help of precision.fp8_base</extracomment>
            <translation>把冻结的 U-Net 权重以 8 位（float8）存储，每层只在计算时临时转为高精度：U-Net 占用的显存只有 16 位的一半（SDXL：约 2.6 GB 而不是 5.1 GB），LoRA 照常训练。质量比 16 位权重略低；需要 PyTorch 2.1+。</translation>
        </message>
        <message>
            <source>Full fp16 LoRA</source>
            <extracomment>label of precision.full_fp16</extracomment>
            <translation>LoRA 完全 fp16</translation>
        </message>
        <message>
            <source>Keep the LoRA's own weights, gradients and optimizer state in fp16 too (not only the computations). Saves a little VRAM; can be unstable. Needs mixed precision fp16 and a CUDA GPU.</source>
            <extracomment>help of precision.full_fp16</extracomment>
            <translation>LoRA 自身的权重、梯度和优化器状态也用 fp16 保存（不只是计算）。略微省显存；可能不稳定。需要混合精度为 fp16，并且有 CUDA 显卡。</translation>
        </message>
        <message>
            <source>Full bf16 LoRA</source>
            <extracomment>label of precision.full_bf16</extracomment>
            <translation>LoRA 完全 bf16</translation>
        </message>
        <message>
            <source>Keep the LoRA's own weights, gradients and optimizer state in bf16. Saves a little VRAM; best with an optimizer that copes with bf16 (Adafactor, AdamW8bit). Needs mixed precision bf16.</source>
            <extracomment>help of precision.full_bf16</extracomment>
            <translation>LoRA 自身的权重、梯度和优化器状态用 bf16 保存。略微省显存；最好配合能适应 bf16 的优化器（Adafactor、AdamW8bit）。需要混合精度为 bf16。</translation>
        </message>
        <message>
            <source>VAE in 32 bit</source>
            <extracomment>label of precision.no_half_vae</extracomment>
            <translation>VAE 使用 32 位</translation>
        </message>
        <message>
            <source>Encode images with the VAE in 32 bit even when training in fp16/bf16. The SDXL VAE overflows in fp16 (black or NaN latents); Danlu then re-encodes in 32 bit by itself, this makes it the rule.</source>
            <extracomment>help of precision.no_half_vae</extracomment>
            <translation>即使用 fp16/bf16 训练，也用 32 位的 VAE 编码图片。SDXL 的 VAE 在 fp16 下会溢出（潜变量全黑或 NaN）；这时 Danlu 会自动用 32 位重新编码，开启此项则始终如此。</translation>
        </message>
        <message>
            <source>Fused backward pass</source>
            <extracomment>label of precision.fused_backward_pass</extracomment>
            <translation>融合反向传播</translation>
        </message>
        <message>
            <source>Adafactor only: update each weight as soon as its gradient is ready and free the gradient at once, instead of holding all gradients until the step. Less VRAM; no gradient accumulation, no fp16.</source>
            <extracomment>help of precision.fused_backward_pass</extracomment>
            <translation>仅限 Adafactor：每个权重的梯度一算好就立即更新并释放该梯度，而不是把所有梯度保留到这一步结束。更省显存；不能使用梯度累积，不能使用 fp16。</translation>
        </message>
        <message>
            <source>Low RAM</source>
            <extracomment>label of precision.lowram</extracomment>
            <translation>低内存模式</translation>
        </message>
        <message>
            <source>Load the base model straight into VRAM instead of system RAM first: for machines with more VRAM than RAM (Colab, Kaggle). Ignored without a CUDA GPU.</source>
            <extracomment>help of precision.lowram</extracomment>
            <translation>把底模直接加载到显存，而不是先加载到系统内存：适用于显存比内存大的机器（Colab、Kaggle）。没有 CUDA 显卡时忽略。</translation>
        </message>
        <message>
            <source>CUDA graphs</source>
            <extracomment>label of precision.cuda_graphs</extracomment>
            <translation>CUDA 图</translation>
        </message>
        <message>
            <source>Record the U-Net's forward and backward pass once per image size and replay them: the CPU no longer issues the tens of thousands of small GPU operations of a LoRA step one by one, which is what limits a step on a fast GPU (SDXL on an H100: batch 1 about 4.8x as fast, batch 8 1.4x). Same result. The first step of each bucket size is slower (it records), and the recordings keep more VRAM (SDXL: about 1 GB at batch 1, about 7 GB at batch 8). One CUDA GPU, plain LoRA without dropouts.</source>
            <extracomment>help of precision.cuda_graphs</extracomment>
            <translation>每种图片尺寸把 U-Net 的前向和反向传播录制一次，之后直接重放：CPU 不必再逐个下发 LoRA 每一步里成千上万个小的 GPU 操作，而在快显卡上限制速度的正是这一点（H100 上训练 SDXL：批量 1 约快到 4.8 倍，批量 8 约 1.4 倍）。结果相同。每个分桶尺寸的第一步会慢一些（在录制），录制内容会多占显存（SDXL：批量 1 约 1 GB，批量 8 约 7 GB）。仅限单张 CUDA 显卡、不带 dropout 的普通 LoRA。</translation>
        </message>
        <message>
            <source>16-bit norms</source>
            <extracomment>label of precision.norms_16bit</extracomment>
            <translation>16 位归一化层</translation>
        </message>
        <message>
            <source>Compute the U-Net's group and layer norms in 16 bit like the layers around them, instead of widening every activation to 32 bit and back as mixed precision does by default. The norms still add up in 32 bit inside, so only the last digit of their output changes (SDXL batch 8 on an H100: about 1.2x as fast with CUDA graphs). Needs mixed precision fp16 or bf16.</source>
            <extracomment>help of precision.norms_16bit</extracomment>
            <translation>让 U-Net 的 GroupNorm 和 LayerNorm 像周围的层一样用 16 位计算，而不是像混合精度默认那样把每个激活先扩成 32 位再转回来。归一化内部仍用 32 位累加，所以输出只差最后一位（H100 上 SDXL 批量 8、配合 CUDA 图：约快 1.2 倍）。需要混合精度 fp16 或 bf16。</translation>
        </message>
        <message>
            <source>Output folder</source>
            <extracomment>label of saving.output_dir</extracomment>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <source>Where the LoRA files go, relative to the run folder.</source>
            <extracomment>help of saving.output_dir</extracomment>
            <translation>LoRA 文件的保存位置，相对于训练运行文件夹。</translation>
        </message>
        <message>
            <source>Output name</source>
            <extracomment>label of saving.output_name</extracomment>
            <translation>输出文件名</translation>
        </message>
        <message>
            <source>File name of the LoRA without extension; checkpoints get '-000004' (epoch) or '-step00000500' added.</source>
            <extracomment>help of saving.output_name</extracomment>
            <translation>LoRA 的文件名（不含扩展名）；中间存档会加上 '-000004'（轮数）或 '-step00000500'。</translation>
        </message>
        <message>
            <source>File format</source>
            <extracomment>label of saving.save_model_as</extracomment>
            <translation>文件格式</translation>
        </message>
        <message>
            <source>LoRAs are saved as .safetensors (loads in A1111, Forge, ComfyUI and diffusers).</source>
            <extracomment>help of saving.save_model_as</extracomment>
            <translation>LoRA 保存为 .safetensors（A1111、Forge、ComfyUI 和 diffusers 都能加载）。</translation>
        </message>
        <message>
            <source>Save precision</source>
            <extracomment>label of saving.save_precision</extracomment>
            <translation>保存精度</translation>
        </message>
        <message>
            <source>Precision of the saved weights: fp16 halves the file with no visible loss.</source>
            <extracomment>help of saving.save_precision</extracomment>
            <translation>保存权重的精度：fp16 让文件减半，看不出损失。</translation>
        </message>
        <message>
            <source>Save every N epochs</source>
            <extracomment>label of saving.save_every_n_epochs</extracomment>
            <translation>每 N 轮保存一次</translation>
        </message>
        <message>
            <source>Also save a checkpoint after every N epochs, to compare them later in a grid.</source>
            <extracomment>help of saving.save_every_n_epochs</extracomment>
            <translation>每 N 轮额外保存一个中间存档，便于之后在对比图中比较。</translation>
        </message>
        <message>
            <source>Save every N steps</source>
            <extracomment>label of saving.save_every_n_steps</extracomment>
            <translation>每 N 步保存一次</translation>
        </message>
        <message>
            <source>Also save a checkpoint every N steps.</source>
            <extracomment>help of saving.save_every_n_steps</extracomment>
            <translation>每 N 步额外保存一个中间存档。</translation>
        </message>
        <message>
            <source>Keep last N epoch saves</source>
            <extracomment>label of saving.save_last_n_epochs</extracomment>
            <translation>只保留最近 N 轮的存档</translation>
        </message>
        <message>
            <source>Delete older epoch checkpoints, keeping the last N.</source>
            <extracomment>help of saving.save_last_n_epochs</extracomment>
            <translation>删除较早的按轮存档，只保留最近 N 个。</translation>
        </message>
        <message>
            <source>Keep saves of last N steps</source>
            <extracomment>label of saving.save_last_n_steps</extracomment>
            <translation>只保留最近 N 步内的存档</translation>
        </message>
        <message>
            <source>Delete step checkpoints older than N steps.</source>
            <extracomment>help of saving.save_last_n_steps</extracomment>
            <translation>删除早于 N 步之前的按步存档。</translation>
        </message>
        <message>
            <source>Save training state</source>
            <extracomment>label of saving.save_state</extracomment>
            <translation>保存训练状态</translation>
        </message>
        <message>
            <source>With every checkpoint (every N epochs / steps, 'save now', cancel) also save the full training state to a '&lt;name&gt;-...-state' folder: LoRA weights, optimizer, learning-rate schedule, random generators and the position in the data. 'Resume from state' then continues the run exactly as if it had never stopped. Costs about 3x the LoRA's size per save.</source>
            <extracomment>help of saving.save_state</extracomment>
            <translation>每次保存存档时（每 N 轮/步、“立即保存”、取消时）同时把完整训练状态保存到 '&lt;name&gt;-...-state' 文件夹：LoRA 权重、优化器、学习率调度、随机数生成器以及数据读取位置。之后用“从状态继续训练”可以完全接着训练，就像从未中断过一样。每次保存约占 LoRA 大小的 3 倍。</translation>
        </message>
        <message>
            <source>Keep last N epoch states</source>
            <extracomment>label of saving.save_last_n_epochs_state</extracomment>
            <translation>只保留最近 N 轮的状态</translation>
        </message>
        <message>
            <source>Delete older epoch states, keeping the last N (empty = as 'Keep last N epoch saves').</source>
            <extracomment>help of saving.save_last_n_epochs_state</extracomment>
            <translation>删除较早的按轮状态，只保留最近 N 个（留空 = 与“只保留最近 N 轮的存档”相同）。</translation>
        </message>
        <message>
            <source>Keep states of last N steps</source>
            <extracomment>label of saving.save_last_n_steps_state</extracomment>
            <translation>只保留最近 N 步内的状态</translation>
        </message>
        <message>
            <source>Delete step states older than N steps (empty = as 'Keep saves of last N steps').</source>
            <extracomment>help of saving.save_last_n_steps_state</extracomment>
            <translation>删除早于 N 步之前的按步状态（留空 = 与“只保留最近 N 步内的存档”相同）。</translation>
        </message>
        <message>
            <source>Save state at the end</source>
            <extracomment>label of saving.save_state_on_train_end</extracomment>
            <translation>结束时保存状态</translation>
        </message>
        <message>
            <source>Also save the training state when the run finishes, so it can later be continued with more epochs.</source>
            <extracomment>help of saving.save_state_on_train_end</extracomment>
            <translation>训练结束时也保存训练状态，以便之后增加轮数继续训练。</translation>
        </message>
        <message>
            <source>Resume from state</source>
            <extracomment>label of saving.resume</extracomment>
            <translation>从状态继续训练</translation>
        </message>
        <message>
            <source>A '&lt;name&gt;-...-state' folder saved by 'Save training state': the run continues from there with the same optimizer, schedule, step count, random numbers and data order, exactly as if it had never stopped. Not the same as 'Start from LoRA' (network_weights), which only loads LoRA weights into a new run.</source>
            <extracomment>help of saving.resume</extracomment>
            <translation>由“保存训练状态”保存的 '&lt;name&gt;-...-state' 文件夹：训练从那里继续，优化器、调度、步数、随机数和数据顺序都与原来相同，就像从未中断过一样。与“从已有 LoRA 开始”（network_weights）不同，后者只是把 LoRA 权重载入一次新的训练。</translation>
        </message>
        <message>
            <source>No metadata</source>
            <extracomment>label of saving.no_metadata</extracomment>
            <translation>不写元数据</translation>
        </message>
        <message>
            <source>Save the LoRA without training information (folders, tags, settings) in its header.</source>
            <extracomment>help of saving.no_metadata</extracomment>
            <translation>保存 LoRA 时不在文件头中写入训练信息（文件夹、标签、设置）。</translation>
        </message>
        <message>
            <source>Comment</source>
            <extracomment>label of saving.training_comment</extracomment>
            <translation>备注</translation>
        </message>
        <message>
            <source>Free text stored in the LoRA's metadata.</source>
            <extracomment>help of saving.training_comment</extracomment>
            <translation>写入 LoRA 元数据的任意文字。</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>label of saving.metadata_title</extracomment>
            <translation>标题</translation>
        </message>
        <message>
            <source>Title shown on model sites; empty = the output name.</source>
            <extracomment>help of saving.metadata_title</extracomment>
            <translation>在模型网站上显示的标题；留空 = 使用输出文件名。</translation>
        </message>
        <message>
            <source>Author</source>
            <extracomment>label of saving.metadata_author</extracomment>
            <translation>作者</translation>
        </message>
        <message>
            <source>Your name, stored in the LoRA.</source>
            <extracomment>help of saving.metadata_author</extracomment>
            <translation>你的名字，写入 LoRA 中。</translation>
        </message>
        <message>
            <source>Description</source>
            <extracomment>label of saving.metadata_description</extracomment>
            <translation>描述</translation>
        </message>
        <message>
            <source>What the LoRA does and how to prompt it.</source>
            <extracomment>help of saving.metadata_description</extracomment>
            <translation>这个 LoRA 的作用以及提示词怎么写。</translation>
        </message>
        <message>
            <source>License</source>
            <extracomment>label of saving.metadata_license</extracomment>
            <translation>许可证</translation>
        </message>
        <message>
            <source>License of the LoRA, e.g. 'CreativeML Open RAIL-M'.</source>
            <extracomment>help of saving.metadata_license</extracomment>
            <translation>LoRA 的许可证，例如 'CreativeML Open RAIL-M'。</translation>
        </message>
        <message>
            <source>Tags</source>
            <extracomment>label of saving.metadata_tags</extracomment>
            <translation>标签</translation>
        </message>
        <message>
            <source>Comma-separated tags for model sites.</source>
            <extracomment>help of saving.metadata_tags</extracomment>
            <translation>用于模型网站的标签，逗号分隔。</translation>
        </message>
        <message>
            <source>Sample every N steps</source>
            <extracomment>label of sample.sample_every_n_steps</extracomment>
            <translation>每 N 步出样图</translation>
        </message>
        <message>
            <source>Render the sample prompts with the LoRA as it is every N steps (ignored when 'Sample every N epochs' is set, as in sd-scripts).</source>
            <extracomment>help of sample.sample_every_n_steps</extracomment>
            <translation>每 N 步用当前的 LoRA 渲染样图提示词（设置了“每 N 轮出样图”时忽略，与 sd-scripts 一致）。</translation>
        </message>
        <message>
            <source>Sample every N epochs</source>
            <extracomment>label of sample.sample_every_n_epochs</extracomment>
            <translation>每 N 轮出样图</translation>
        </message>
        <message>
            <source>Render the sample prompts after every N epochs, to watch the LoRA learn (images go to 'samples/').</source>
            <extracomment>help of sample.sample_every_n_epochs</extracomment>
            <translation>每 N 轮渲染一次样图提示词，观察 LoRA 的学习过程（图片保存在 'samples/'）。</translation>
        </message>
        <message>
            <source>Sample before training</source>
            <extracomment>label of sample.sample_at_first</extracomment>
            <translation>训练前先出样图</translation>
        </message>
        <message>
            <source>Also render the prompts before the first step: the base model's images, to compare against.</source>
            <extracomment>help of sample.sample_at_first</extracomment>
            <translation>在第一步之前也渲染一次提示词：即底模本身的出图，用作对比。</translation>
        </message>
        <message>
            <source>Sample prompts</source>
            <extracomment>label of sample.sample_prompts</extracomment>
            <translation>样图提示词</translation>
        </message>
        <message>
            <source>A prompt file in sd-scripts' format: one prompt per line, options '--n' negative prompt, '--w'/'--h' size, '--d' seed, '--l' CFG scale, '--s' steps, '--ss' sampler. Each prompt keeps its seed all run long (the run's seed + its line number unless '--d' is given), so the samples show the LoRA changing, not the noise.</source>
            <extracomment>help of sample.sample_prompts</extracomment>
            <translation>sd-scripts 格式的提示词文件：每行一条提示词，选项有 '--n' 反向提示词、'--w'/'--h' 尺寸、'--d' 种子、'--l' CFG 强度、'--s' 步数、'--ss' 采样器。每条提示词在整个训练中使用固定的种子（未给 '--d' 时为本次训练的种子加上行号），所以样图体现的是 LoRA 的变化，而不是噪声的变化。</translation>
        </message>
        <message>
            <source>Sampler</source>
            <extracomment>label of sample.sample_sampler</extracomment>
            <translation>采样器</translation>
        </message>
        <message>
            <source>Sampler of the samples unless a prompt sets '--ss'. euler_a and dpmsolver++_karras (DPM++ 2M Karras) look good in 20–30 steps.</source>
            <extracomment>help of sample.sample_sampler</extracomment>
            <translation>样图使用的采样器（提示词中用 '--ss' 指定的除外）。euler_a 和 dpmsolver++_karras（DPM++ 2M Karras）在 20–30 步时效果就不错。</translation>
        </message>
        <message>
            <source>TensorBoard folder</source>
            <extracomment>label of logging.logging_dir</extracomment>
            <translation>TensorBoard 文件夹</translation>
        </message>
        <message>
            <source>TensorBoard logs (loss, learning rate) go here, relative to the run folder. Empty = no TensorBoard.</source>
            <extracomment>help of logging.logging_dir</extracomment>
            <translation>TensorBoard 日志（损失、学习率）保存在这里，相对于训练运行文件夹。留空 = 不使用 TensorBoard。</translation>
        </message>
        <message>
            <source>Loss average window</source>
            <extracomment>label of logging.loss_average_window</extracomment>
            <translation>损失平均窗口</translation>
        </message>
        <message>
            <source>Steps in the moving average of the loss shown beside the raw loss.</source>
            <extracomment>help of logging.loss_average_window</extracomment>
            <translation>与原始损失并列显示的损失移动平均所含的步数。</translation>
        </message>
        <message>
            <source>Processes</source>
            <extracomment>label of launch.num_processes</extracomment>
            <translation>进程数</translation>
        </message>
        <message>
            <source>Training processes, one per GPU. More than 1 starts the run through 'accelerate launch': each process trains 'Batch size' images per step, so a step sees processes x batch size images, and the result is that of one process with that bigger batch.</source>
            <extracomment>help of launch.num_processes</extracomment>
            <translation>训练进程数，每张显卡一个。大于 1 时通过 'accelerate launch' 启动训练：每个进程每步训练“批量大小（batch size）”张图片，所以一步看到的图片数为 进程数 x 批量大小，结果与单个进程使用这个更大批量时相同。</translation>
        </message>
        <message>
            <source>Machines</source>
            <extracomment>label of launch.num_machines</extracomment>
            <translation>机器数</translation>
        </message>
        <message>
            <source>Computers taking part in the run. Keep 1 unless you run Danlu on every machine with the same run folder; the others need '--main_process_ip' and '--machine_rank' in the extra arguments.</source>
            <extracomment>help of launch.num_machines</extracomment>
            <translation>参与训练的计算机数量。保持 1，除非你在每台机器上用同一个运行文件夹运行 Danlu；其他机器需要在额外参数中写 '--main_process_ip' 和 '--machine_rank'。</translation>
        </message>
        <message>
            <source>GPU IDs</source>
            <extracomment>label of launch.gpu_ids</extracomment>
            <translation>GPU 编号</translation>
        </message>
        <message>
            <source>Which GPUs to use, comma-separated, counting from 0 (e.g. '0,1'). Empty = all.</source>
            <extracomment>help of launch.gpu_ids</extracomment>
            <translation>要使用的显卡，逗号分隔，从 0 开始编号（例如 '0,1'）。留空 = 全部。</translation>
        </message>
        <message>
            <source>Main process port</source>
            <extracomment>label of launch.main_process_port</extracomment>
            <translation>主进程端口</translation>
        </message>
        <message>
            <source>Network port the processes meet on (accelerate's default 29500 when empty). Change it when two runs share a machine.</source>
            <extracomment>help of launch.main_process_port</extracomment>
            <translation>各进程相互连接的网络端口（留空时为 accelerate 默认的 29500）。两个训练共用一台机器时修改它。</translation>
        </message>
        <message>
            <source>Dynamo backend</source>
            <extracomment>label of launch.dynamo_backend</extracomment>
            <translation>Dynamo 后端</translation>
        </message>
        <message>
            <source>Compile the U-Net with torch.compile and this backend ('inductor' is the fast one; it needs a C compiler and its first steps are slow). 'no' unless you know it helps on your GPU.</source>
            <extracomment>help of launch.dynamo_backend</extracomment>
            <translation>用 torch.compile 和这个后端编译 U-Net（'inductor' 是快的那个；它需要 C 编译器，而且最初几步很慢）。除非确定它对你的显卡有帮助，否则选 'no'。</translation>
        </message>
        <message>
            <source>Compile block by block</source>
            <extracomment>label of launch.compile_blocks</extracomment>
            <translation>逐块编译</translation>
        </message>
        <message>
            <source>Compile each transformer and ResNet block of the U-Net on its own instead of the whole U-Net: blocks of one shape share their compiled code, and the blocks can run inside CUDA graphs (precision.cuda_graphs), which a U-Net compiled whole cannot.</source>
            <extracomment>help of launch.compile_blocks</extracomment>
            <translation>把 U-Net 的每个 Transformer 块和 ResNet 块分别编译，而不是整个 U-Net 一起编译：形状相同的块共用编译好的代码，而且这些块可以在 CUDA 图（precision.cuda_graphs）里运行，整体编译的 U-Net 不行。</translation>
        </message>
        <message>
            <source>Extra accelerate arguments</source>
            <extracomment>label of launch.extra_accelerate_launch_args</extracomment>
            <translation>额外的 accelerate 参数</translation>
        </message>
        <message>
            <source>More 'accelerate launch' options, as on a command line (e.g. '--main_process_ip 10.0.0.2 --machine_rank 0'). Used only when the run goes through accelerate launch.</source>
            <extracomment>help of launch.extra_accelerate_launch_args</extracomment>
            <translation>更多 'accelerate launch' 选项，写法与命令行相同（例如 '--main_process_ip 10.0.0.2 --machine_rank 0'）。只在通过 accelerate launch 运行时使用。</translation>
        </message>
        <message>
            <source>Hugging Face repo</source>
            <extracomment>label of hub.huggingface_repo_id</extracomment>
            <translation>Hugging Face 仓库</translation>
        </message>
        <message>
            <source>Upload the finished LoRA to this Hugging Face repo ('user/name'); empty = no upload. The access token comes from 'huggingface-cli login' (or the HF_TOKEN variable) and is never written into the run's files.</source>
            <extracomment>help of hub.huggingface_repo_id</extracomment>
            <translation>把训练完成的 LoRA 上传到这个 Hugging Face 仓库（'user/name'）；留空 = 不上传。访问令牌来自 'huggingface-cli login'（或 HF_TOKEN 环境变量），不会写入运行文件中。</translation>
        </message>
        <message>
            <source>Repo type</source>
            <extracomment>label of hub.huggingface_repo_type</extracomment>
            <translation>仓库类型</translation>
        </message>
        <message>
            <source>Kind of repo to upload to.</source>
            <extracomment>help of hub.huggingface_repo_type</extracomment>
            <translation>要上传到的仓库类型。</translation>
        </message>
        <message>
            <source>Folder in repo</source>
            <extracomment>label of hub.huggingface_path_in_repo</extracomment>
            <translation>仓库内文件夹</translation>
        </message>
        <message>
            <source>Folder inside the repo for the uploaded files; empty = the repo's top level.</source>
            <extracomment>help of hub.huggingface_path_in_repo</extracomment>
            <translation>上传文件在仓库内的文件夹；留空 = 仓库根目录。</translation>
        </message>
        <message>
            <source>Visibility</source>
            <extracomment>label of hub.huggingface_repo_visibility</extracomment>
            <translation>可见性</translation>
        </message>
        <message>
            <source>Whether a repo the upload has to create is public or private (an existing repo keeps its visibility).</source>
            <extracomment>help of hub.huggingface_repo_visibility</extracomment>
            <translation>上传时需要新建的仓库设为公开还是私有（已存在的仓库保持原有可见性）。</translation>
        </message>
        <message>
            <source>Upload the state too</source>
            <extracomment>label of hub.save_state_to_huggingface</extracomment>
            <translation>同时上传训练状态</translation>
        </message>
        <message>
            <source>Also upload the training state saved at the end ('Save state at the end'), to resume elsewhere.</source>
            <extracomment>help of hub.save_state_to_huggingface</extracomment>
            <translation>同时上传结束时保存的训练状态（“结束时保存状态”），以便在别处继续训练。</translation>
        </message>
        <message>
            <source>'{name}' is {values}</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>“{name}”为 {values}</translation>
        </message>
        <message>
            <source>'{name}' is not {values}</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>“{name}”不为 {values}</translation>
        </message>
        <message>
            <source>'{name}' is set</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>“{name}”已设置</translation>
        </message>
        <message>
            <source>'{name}' is off</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>“{name}”未开启</translation>
        </message>
        <message>
            <source> or </source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation> 或 </translation>
        </message>
        <message>
            <source>noise.adaptive_noise_scale needs noise.noise_offset (it is added to the offset).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.adaptive_noise_scale 需要设置 noise.noise_offset（它加在偏移量上）。</translation>
        </message>
        <message>
            <source>loss.scale_v_pred_loss_like_noise_pred is for v-prediction models: tick model.v_parameterization.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>loss.scale_v_pred_loss_like_noise_pred 用于 v-prediction 模型：请勾选 model.v_parameterization。</translation>
        </message>
        <message>
            <source>loss.v_pred_like_loss is for ε-prediction models; a v-prediction model has that loss already.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>loss.v_pred_like_loss 用于 ε-prediction 模型；v-prediction 模型本身就是这种损失。</translation>
        </message>
        <message>
            <source>noise.min_timestep ({low}) must be below noise.max_timestep ({high}).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.min_timestep（{low}）必须小于 noise.max_timestep（{high}）。</translation>
        </message>
        <message>
            <source>noise.zero_terminal_snr makes the last timestep's SNR 0, where v_pred_like_loss and (for ε-prediction) debiased_estimation_loss weigh the loss infinitely: turn one of them off.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.zero_terminal_snr 让最后一个时间步的 SNR 为 0，而 v_pred_like_loss 和（ε-prediction 时的）debiased_estimation_loss 在这里会给损失无穷大的权重：请关闭其中一项。</translation>
        </message>
        <message>
            <source>launch.extra_accelerate_launch_args cannot be read as command-line arguments ({error}).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.extra_accelerate_launch_args 无法作为命令行参数解析（{error}）。</translation>
        </message>
        <message>
            <source>launch.num_machines is {machines}: add {options} to launch.extra_accelerate_launch_args (the main machine's address and this machine's number).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.num_machines 为 {machines}：请在 launch.extra_accelerate_launch_args 中加上 {options}（主机的地址和本机的编号）。</translation>
        </message>
        <message>
            <source>launch.num_processes counts the processes of all machines: it cannot be below num_machines.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.num_processes 是所有机器的进程总数：不能小于 num_machines。</translation>
        </message>
        <message>
            <source>hub.save_state_to_huggingface uploads the state saved at the end: tick saving.save_state_on_train_end.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>hub.save_state_to_huggingface 上传的是训练结束时保存的状态：请勾选 saving.save_state_on_train_end。</translation>
        </message>
        <message>
            <source>dataset.cache_text_encoder_outputs cannot be combined with {options}: the cached outputs are of the plain, whole captions. Turn off the text encoder output cache or those options.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_text_encoder_outputs 不能与 {options} 同时使用：缓存的是完整、原样标注的输出。请关闭文本编码器输出缓存或这些选项。</translation>
        </message>
        <message>
            <source>dataset.conditioning_data_dir is not read: dataset.alpha_mask takes the masks from the images.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.conditioning_data_dir 不会被读取：dataset.alpha_mask 从图片中取遮罩。</translation>
        </message>
        <message>
            <source>dataset.{name} has no effect without loss.masked_loss.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.{name} 在未开启 loss.masked_loss 时不起作用。</translation>
        </message>
        <message>
            <source>precision.full_fp16 and full_bf16 exclude each other.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.full_fp16 和 full_bf16 不能同时开启。</translation>
        </message>
        <message>
            <source>precision.{name} needs precision.mixed_precision = '{wanted}'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.{name} 需要 precision.mixed_precision = '{wanted}'。</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass works with optimizer.optimizer_type 'Adafactor' only.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 只能与 optimizer.optimizer_type 'Adafactor' 一起使用。</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass updates the weights during the backward pass, so it cannot accumulate gradients: set schedule.gradient_accumulation_steps to 1.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 在反向传播过程中就更新权重，因此无法累积梯度：请把 schedule.gradient_accumulation_steps 设为 1。</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass cannot unscale fp16 gradients: use bf16 or no mixed precision.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 无法对 fp16 梯度做反缩放：请使用 bf16 或不使用混合精度。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but network.network_module is '{module}' (graphs need networks.lora): untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一个 U-Net 步骤，但 network.network_module 是 '{module}'（CUDA 图需要 networks.lora）：请取消其中一项。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but {options} draw new random numbers in every step: untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一个 U-Net 步骤，但 {options} 每一步都会抽取新的随机数：请取消其中一项。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but launch.dynamo_backend compiles the whole U-Net instead: tick launch.compile_blocks, or untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一个 U-Net 步骤，但 launch.dynamo_backend 会把整个 U-Net 编译掉：请勾选 launch.compile_blocks，或取消其中一个。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but precision.fused_backward_pass updates the weights inside the backward pass: untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一个 U-Net 步骤，但 precision.fused_backward_pass 在反向传播中更新权重：请取消其中一项。</translation>
        </message>
        <message>
            <source>precision.norms_16bit has no effect without mixed precision (fp16 or bf16).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有混合精度（fp16 或 bf16）时，precision.norms_16bit 不起作用。</translation>
        </message>
        <message>
            <source>launch.compile_blocks has no effect while launch.dynamo_backend is 'no'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.dynamo_backend 为 'no' 时，launch.compile_blocks 不起作用。</translation>
        </message>
        <message>
            <source>precision.selective_checkpointing has no effect without precision.gradient_checkpointing.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未开启 precision.gradient_checkpointing 时，precision.selective_checkpointing 不起作用。</translation>
        </message>
        <message>
            <source>model.pretrained_model_name_or_path is empty: pick the base model to train on.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>model.pretrained_model_name_or_path 为空：请选择要在其上训练的底模。</translation>
        </message>
        <message>
            <source>dataset.train_data_dir is empty: pick the folder with the '&lt;repeats&gt;_&lt;name&gt;' folders.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.train_data_dir 为空：请选择包含 '&lt;repeats&gt;_&lt;name&gt;' 文件夹的文件夹。</translation>
        </message>
        <message>
            <source>dataset.caption_extension '{extension}' is not a file extension: write it like '.txt' or '.caption'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.caption_extension '{extension}' 不是文件扩展名：请写成 '.txt' 或 '.caption' 这样的形式。</translation>
        </message>
        <message>
            <source>dataset.cache_latents cannot be combined with {options}: cached latents are computed once, so per-step augmentation would not happen. Turn off latent caching or the augmentation.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_latents 不能与 {options} 同时使用：缓存的潜变量只计算一次，每步的数据增强不会发生。请关闭潜变量缓存或该数据增强。</translation>
        </message>
        <message>
            <source>dataset.cache_text_encoder_outputs needs frozen text encoders, but network.network_train_unet_only is off (the text encoders are trained): tick 'Train U-Net only', or turn off the text encoder output cache.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_text_encoder_outputs 需要冻结的文本编码器，但 network.network_train_unet_only 未开启（文本编码器会被训练）：请勾选“仅训练 U-Net”，或关闭文本编码器输出缓存。</translation>
        </message>
        <message>
            <source>dataset.cache_text_encoder_outputs needs fixed captions, but {options} change them from step to step: turn off caption shuffling and dropout, or turn off the text encoder output cache.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_text_encoder_outputs 需要固定的标注，但 {options} 会让标注每步都不同：请关闭标注打乱和丢弃，或关闭文本编码器输出缓存。</translation>
        </message>
        <message>
            <source>dataset.min_bucket_reso is larger than dataset.max_bucket_reso.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.min_bucket_reso 大于 dataset.max_bucket_reso。</translation>
        </message>
        <message>
            <source>network.network_train_unet_only and network_train_text_encoder_only exclude each other.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.network_train_unet_only 和 network_train_text_encoder_only 不能同时开启。</translation>
        </message>
        <message>
            <source>network.dim_from_weights needs network.network_weights (the LoRA to read the rank from).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.dim_from_weights 需要 network.network_weights（从中读取秩的 LoRA）。</translation>
        </message>
        <message>
            <source>schedule.lr_warmup_steps = {steps} but lr_scheduler '{scheduler}' has no warmup: use 'constant_with_warmup' (or linear/cosine), or set the warmup to 0.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>schedule.lr_warmup_steps = {steps}，但 lr_scheduler '{scheduler}' 没有预热：请使用 'constant_with_warmup'（或 linear/cosine），或把预热设为 0。</translation>
        </message>
        <message>
            <source>schedule.lr_scheduler 'adafactor' only works with optimizer.optimizer_type 'Adafactor'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>schedule.lr_scheduler 'adafactor' 只能与 optimizer.optimizer_type 'Adafactor' 一起使用。</translation>
        </message>
        <message>
            <source>saving.save_last_n_{kind} needs saving.save_every_n_{kind}.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>saving.save_last_n_{kind} 需要设置 saving.save_every_n_{kind}。</translation>
        </message>
        <message>
            <source>saving.save_last_n_{kind}_state needs saving.save_state and saving.save_every_n_{kind}.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>saving.save_last_n_{kind}_state 需要开启 saving.save_state 并设置 saving.save_every_n_{kind}。</translation>
        </message>
        <message>
            <source>sample.sample_every_n_* / sample_at_first need sample.sample_prompts (the prompt file).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>sample.sample_every_n_* / sample_at_first 需要 sample.sample_prompts（提示词文件）。</translation>
        </message>
        <message>
            <source>dataset.keep_tokens has no effect without shuffle_caption or caption_tag_dropout_rate.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.keep_tokens 在没有 shuffle_caption 或 caption_tag_dropout_rate 时不起作用。</translation>
        </message>
        <message>
            <source>noise.zero_terminal_snr is meant for v-prediction (model.v_parameterization); with ε-prediction the results are unpredictable.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.zero_terminal_snr 是为 v-prediction（model.v_parameterization）设计的；用于 ε-prediction 时结果无法预料。</translation>
        </message>
        <message>
            <source>model.v_parameterization is on for an SD 1.x model: make sure the base model is v-pred.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>model.v_parameterization 对 SD 1.x 模型开启了：请确认底模是 v-pred 模型。</translation>
        </message>
        <message>
            <source>network.network_weights is not read when resuming: the state holds the LoRA's weights.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>恢复训练时不读取 network.network_weights：状态中已包含 LoRA 的权重。</translation>
        </message>
        <message>
            <source>sample.sample_every_n_steps is ignored: sample_every_n_epochs is set (as in sd-scripts).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>sample.sample_every_n_steps 被忽略：已设置 sample_every_n_epochs（与 sd-scripts 相同）。</translation>
        </message>
        <message>
            <source>optimizer.text_encoder_lr is 0: the text encoder's LoRA will not learn.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>optimizer.text_encoder_lr 为 0：文本编码器的 LoRA 不会学习。</translation>
        </message>
        <message>
            <source>{where}: {errors}</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{errors}</translation>
        </message>
        <message>
            <source>{options}: block-wise settings work with network_module 'networks.lora' only (LyCORIS' kohya module has none). Clear them or switch to networks.lora.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{options}：分层设置只适用于 network_module 'networks.lora'（LyCORIS 的 kohya 模块没有分层设置）。请清空它们或改用 networks.lora。</translation>
        </message>
        <message>
            <source>network.network_dropout is not implemented by LyCORIS {algo}: clear it or use rank_dropout / module_dropout.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LyCORIS {algo} 没有实现 network.network_dropout：请清空它，或使用 rank_dropout / module_dropout。</translation>
        </message>
        <message>
            <source>network.rank_dropout is not implemented by LyCORIS {algo}: clear it or use module_dropout.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LyCORIS {algo} 没有实现 network.rank_dropout：请清空它，或使用 module_dropout。</translation>
        </message>
        <message>
            <source>network.scale_weight_norms: LyCORIS {algo} has no max-norm step; clear it or use locon/loha/lokr.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.scale_weight_norms：LyCORIS {algo} 没有最大范数步骤；请清空它，或使用 locon/loha/lokr。</translation>
        </message>
        <message>
            <source>network.dora_wd works with algo locon, loha or lokr, not {algo}.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.dora_wd 只适用于 locon、loha 或 lokr 算法，不适用于 {algo}。</translation>
        </message>
        <message>
            <source>network.use_scalar has no effect with algo {algo}: clear it.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.use_scalar 对算法 {algo} 不起作用：请清空它。</translation>
        </message>
        <message>
            <source>network.rank_dropout_scale rescales rank dropout: set network.rank_dropout too.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.rank_dropout_scale 用于缩放秩丢弃：请同时设置 network.rank_dropout。</translation>
        </message>
        <message>
            <source>{ranks}: DyLoRA needs ranks that are multiples of dylora_block_size ({size}); change the rank or the block size.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{ranks}：DyLoRA 要求秩是 dylora_block_size（{size}）的倍数；请修改秩或块大小。</translation>
        </message>
        <message>
            <source>network.dim_from_weights reads LoRA/LoCon ranks; for a LyCORIS file set network_dim, conv_dim and the algorithm of the run that made it.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.dim_from_weights 读取的是 LoRA/LoCon 的秩；对于 LyCORIS 文件，请按生成它的那次训练设置 network_dim、conv_dim 和算法。</translation>
        </message>
        <message>
            <source>{name}: {images} images × {repeats} repeats = {samples}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{name}：{images} 张图 × {repeats} 次重复 = {samples}</translation>
        </message>
        <message>
            <source>reg {name}: {images} images × {repeats} repeats = {samples}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正则 {name}：{images} 张图 × {repeats} 次重复 = {samples}</translation>
        </message>
        <message>
            <source>reg {name}: {images} images × {repeats} repeats = {samples}, balanced to {used} ({used_images} images used)</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正则 {name}：{images} 张图 × {repeats} 次重复 = {samples}，平衡为 {used}（用到 {used_images} 张图）</translation>
        </message>
        <message>
            <source>per epoch: {train} training + {reg} reg = {total} images</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每轮：{train} 训练 + {reg} 正则 = {total} 张图</translation>
        </message>
        <message>
            <source>per epoch: {total} images</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每轮：{total} 张图</translation>
        </message>
        <message>
            <source>batches per epoch: {batches} at batch size {size} (+{partial} partial batches from {buckets} buckets)</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每轮批次：{batches}，批量大小 {size}（含 {buckets} 个分桶产生的 {partial} 个不满的批次）</translation>
        </message>
        <message>
            <source>batches per epoch: {batches} at batch size {size}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每轮批次：{batches}，批量大小 {size}</translation>
        </message>
        <message>
            <source>optimizer steps per epoch: ceil({batches} / {accum}) = {steps}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每轮优化器步数：ceil({batches} / {accum}) = {steps}</translation>
        </message>
        <message>
            <source>total: {epochs} epochs × {per_epoch} = {total} steps</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>总计：{epochs} 轮 × {per_epoch} = {total} 步</translation>
        </message>
        <message>
            <source>total: {total} steps (max_train_steps) = {epochs} epochs, the last one {last} steps</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>总计：{total} 步（max_train_steps）= {epochs} 轮，最后一轮 {last} 步</translation>
        </message>
        <message>
            <source>total: {total} steps (sd-scripts' default max_train_steps) = {epochs} epochs, the last one {last} steps</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>总计：{total} 步（sd-scripts 默认的 max_train_steps）= {epochs} 轮，最后一轮 {last} 步</translation>
        </message>
        <message>
            <source>{images} training images give {samples} samples per epoch.</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{images} 张训练图每轮提供 {samples} 个样本。</translation>
        </message>
        <message>
            <source>Suggested: {count} reg images at reg repeats {repeats} (every image used, {reg_samples} reg samples per epoch).</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>建议：{count} 张正则图，正则重复次数 {repeats}（每张图都用到，每轮 {reg_samples} 个正则样本）。</translation>
        </message>
        <message>
            <source>Rule of thumb {rule}×: {count} images; sd-scripts would use only the first {used} and never show the other {unused} (training repeats would have to be {rule} to use them all).</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>经验法则 {rule}×：{count} 张图；sd-scripts 只会用前 {used} 张，其余 {unused} 张永远用不到（训练重复次数要达到 {rule} 才能全部用上）。</translation>
        </message>
        <message>
            <source>Rule of thumb {rule}×: {count} images at reg repeats {repeats}.</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>经验法则 {rule}×：{count} 张图，正则重复次数 {repeats}。</translation>
        </message>
        <message>
            <source>'{folder}' serves {n} concepts; their training samples are counted together.</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>'{folder}' 供 {n} 个概念使用；它们的训练样本合并计算。</translation>
        </message>
        <message>
            <source>{message} {hint}</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{message} {hint}</translation>
        </message>
        <message>
            <source>The job ran out of memory.</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>任务内存不足。</translation>
        </message>
        <message>
            <source>Close other programs or use smaller batches.</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>关闭其他程序，或使用更小的批量。</translation>
        </message>
        <message>
            <source>This is a bug in Danlu; the job log has details.</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>这是 Danlu 的程序错误；任务日志里有详细信息。</translation>
        </message>
        <message>
            <source>The last good checkpoint is {path}.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>最后一个正常的检查点是 {path}。</translation>
        </message>
        <message>
            <source>No checkpoint had been saved yet.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>此前还没有保存过检查点。</translation>
        </message>
        <message>
            <source>The learning rate may be too high (unet {unet}, text encoder {te}): halve it.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>学习率可能太高（unet {unet}，文本编码器 {te}）：减半试试。</translation>
        </message>
        <message>
            <source>fp16 may have overflowed: switch mixed_precision to bf16 (RTX 30xx and newer) or 'no'.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>fp16 可能溢出了：把 mixed_precision 改为 bf16（RTX 30 系列及更新的显卡）或 'no'。</translation>
        </message>
        <message>
            <source>An image or caption of this batch may be broken: {files}.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>这一批中的某张图片或标注可能有问题：{files}。</translation>
        </message>
        <message>
            <source>The loss became {value} at step {step} (epoch {epoch}); training stopped there. {kept}</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>损失在第 {step} 步（第 {epoch} 轮）变成了 {value}；训练已在此停止。{kept}</translation>
        </message>
        <message>
            <source>Likely causes: {causes}</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>可能的原因：{causes}</translation>
        </message>
        <message>
            <source>Lower train_batch_size to {size} (accumulate gradients to keep the total).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>把 train_batch_size 降到 {size}（用梯度累积保持总量）。</translation>
        </message>
        <message>
            <source>Turn on gradient_checkpointing.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>开启 gradient_checkpointing。</translation>
        </message>
        <message>
            <source>Turn on cache_latents.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>开启 cache_latents。</translation>
        </message>
        <message>
            <source>Use mixed_precision fp16 or bf16.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>mixed_precision 使用 fp16 或 bf16。</translation>
        </message>
        <message>
            <source>Train the U-Net only (network_train_unet_only).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>只训练 U-Net（network_train_unet_only）。</translation>
        </message>
        <message>
            <source>Lower network_dim (now {dim}).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>降低 network_dim（当前 {dim}）。</translation>
        </message>
        <message>
            <source>Lower the resolution (now {w}x{h}).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>降低分辨率（当前 {w}x{h}）。</translation>
        </message>
        <message>
            <source>Use an 8-bit optimizer (AdamW8bit) or an fp8 base model when available.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>使用 8 位优化器（AdamW8bit），条件允许时使用 fp8 底模。</translation>
        </message>
        <message>
            <source>Close other programs that use the GPU.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>关闭其他占用 GPU 的程序。</translation>
        </message>
        <message>
            <source>The GPU ran out of memory ({error}).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are; message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>GPU 显存不足（{error}）。</translation>
        </message>
        <message>
            <source>Try these, in this order: {tips}</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>按顺序尝试：{tips}</translation>
        </message>
        <message>
            <source>fp16 needs a CUDA GPU; training in 32 bit on the CPU.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>fp16 需要 CUDA GPU；在 CPU 上以 32 位训练。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs needs a single CUDA GPU; the U-Net runs without graphs.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 需要单张 CUDA GPU；U-Net 不使用 CUDA 图运行。</translation>
        </message>
        <message>
            <source>U-Net forward and backward replayed from CUDA graphs</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>U-Net 的前向和反向传播从 CUDA Graph 重放</translation>
        </message>
        <message>
            <source>training state saved: {path}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>训练状态已保存：{path}</translation>
        </message>
        <message>
            <source>dataset.weighted_captions is not supported for SDXL models.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>SDXL 模型不支持 dataset.weighted_captions。</translation>
        </message>
        <message>
            <source>Turn weighted captions off, or write the weights as repeated tags.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>关闭带权重的标注，或用重复标签来表达权重。</translation>
        </message>
        <message>
            <source>The training state has no EMA weights: the average starts from its weights.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>训练状态中没有 EMA 权重：平均值从它的权重开始。</translation>
        </message>
        <message>
            <source>text encoder training stopped at step {step}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文本编码器训练在第 {step} 步停止</translation>
        </message>
        <message>
            <source>{n} processes, {n} x {batch} images per step</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 个进程，每步 {n} × {batch} 张图片</translation>
        </message>
        <message>
            <source>seed {seed}, device {device}, precision {precision}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>种子 {seed}，设备 {device}，精度 {precision}</translation>
        </message>
        <message>
            <source>Settings changed since the state was saved ({settings}): the run will not be the same as one that never stopped.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>保存状态之后设置有改动（{settings}）：这次训练与一直没停过的训练不会完全相同。</translation>
        </message>
        <message>
            <source>precision.lowram is ignored without a CUDA GPU.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有 CUDA GPU 时忽略 precision.lowram。</translation>
        </message>
        <message>
            <source>model.clip_skip is ignored: SDXL always uses the penultimate layers.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>忽略 model.clip_skip：SDXL 总是使用倒数第二层。</translation>
        </message>
        <message>
            <source>fp8 base weights: {n} layers stored as float8_e4m3fn</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>fp8 底模权重：{n} 层以 float8_e4m3fn 存储</translation>
        </message>
        <message>
            <source>compiled code kept in {folder}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>编译后的代码保存在 {folder}</translation>
        </message>
        <message>
            <source>{n} U-Net blocks compiled with torch.compile (backend {backend})</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已用 torch.compile 编译 {n} 个 U-Net 块（后端 {backend}）</translation>
        </message>
        <message>
            <source>U-Net compiled with torch.compile (backend {backend})</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已用 torch.compile 编译 U-Net（后端 {backend}）</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass works in a single process only.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 只能在单进程下使用。</translation>
        </message>
        <message>
            <source>Untick it or train on one GPU.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾选它，或只用一张 GPU 训练。</translation>
        </message>
        <message>
            <source>Fix the setting named above.</source>
            <extracomment>message (train_job.py); keep {placeholders}, keys and quoted values as they are; message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>修改上面提到的设置。</translation>
        </message>
        <message>
            <source>Fix network.network_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>修改 network.network_weights。</translation>
        </message>
        <message>
            <source>{path}: not a readable LoRA file ({error}).</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是可读取的 LoRA 文件（{error}）。</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete: copy or download it again, or clear network.network_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文件已损坏或不完整：请重新复制或下载，或清空 network.network_weights。</translation>
        </message>
        <message>
            <source>{path}: holds no LoRA weights for the U-Net or text encoder that this run trains.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：没有本次训练的 U-Net 或文本编码器所需的 LoRA 权重。</translation>
        </message>
        <message>
            <source>Pick a LoRA trained on these parts, or clear network.network_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择在这些部分上训练的 LoRA，或清空 network.network_weights。</translation>
        </message>
        <message>
            <source>Use a LoRA made for this base model and network kind; for another rank, match network_dim to the file or tick dim_from_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用为这个底模和网络类型训练的 LoRA；秩不同时，请让 network_dim 与文件一致，或勾选 dim_from_weights。</translation>
        </message>
        <message>
            <source>precision.full_fp16 needs fp16 on a CUDA GPU; the LoRA stays in 32 bit.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.full_fp16 需要在 CUDA GPU 上使用 fp16；LoRA 保持 32 位。</translation>
        </message>
        <message>
            <source>Pick a '&lt;name&gt;-...-state' folder that a run with save_state = true wrote.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择开启 save_state = true 的训练写出的 '&lt;name&gt;-...-state' 文件夹。</translation>
        </message>
        <message>
            <source>{path}: saving.resume needs a training state folder, not a LoRA file.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：saving.resume 需要的是训练状态文件夹，而不是 LoRA 文件。</translation>
        </message>
        <message>
            <source>To start a new training from this LoRA's weights, set network.network_weights instead.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>如果要从这个 LoRA 的权重开始新的训练，请改为设置 network.network_weights。</translation>
        </message>
        <message>
            <source>{path}: training state folder not found.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到训练状态文件夹。</translation>
        </message>
        <message>
            <source>{path}: not a complete training state (it has no {file}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是完整的训练状态（缺少 {file}）。</translation>
        </message>
        <message>
            <source>{path}: the training state cannot be read ({error}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取训练状态（{error}）。</translation>
        </message>
        <message>
            <source>{path}: the state was saved by the {saved} optimizer; this run uses {now}.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：该状态由 {saved} 优化器保存；本次训练使用的是 {now}。</translation>
        </message>
        <message>
            <source>Resume with the optimizer of the run that saved the state.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are; message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用保存该状态的那次训练的优化器继续训练。</translation>
        </message>
        <message>
            <source>{path}: the saved LoRA does not fit this network ({error}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：保存的 LoRA 与当前网络不匹配（{error}）。</translation>
        </message>
        <message>
            <source>Resume with the network settings (rank, alpha, trained parts) of the run that saved the state.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用保存该状态的那次训练的网络设置（秩、alpha、训练的部分）继续训练。</translation>
        </message>
        <message>
            <source>{path}: the saved optimizer state does not fit ({error}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：保存的优化器状态不匹配（{error}）。</translation>
        </message>
        <message>
            <source>optimizer_args entry '{item}' is not 'name=value'.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>optimizer_args 条目 '{item}' 不是 'name=value' 格式。</translation>
        </message>
        <message>
            <source>Write e.g. weight_decay=0.01.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>例如写成 weight_decay=0.01。</translation>
        </message>
        <message>
            <source>bitsandbytes cannot be imported ({error}).</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>无法导入 bitsandbytes（{error}）。</translation>
        </message>
        <message>
            <source>Use AdamW/Lion/SGDNesterov.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用 AdamW/Lion/SGDNesterov。</translation>
        </message>
        <message>
            <source>{name} needs the 'dadaptation' package ({error}).</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{name} 需要 'dadaptation' 包（{error}）。</translation>
        </message>
        <message>
            <source>optimizer {name} rejected optimizer_args {args}: {error}</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>优化器 {name} 不接受 optimizer_args {args}：{error}</translation>
        </message>
        <message>
            <source>Check the names.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请检查参数名。</translation>
        </message>
        <message>
            <source>unknown optimizer_type '{name}'.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的 optimizer_type '{name}'。</translation>
        </message>
        <message>
            <source>Pick one from the list.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are; message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请从列表中选择。</translation>
        </message>
        <message>
            <source>unknown lr_scheduler '{name}'.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的 lr_scheduler '{name}'。</translation>
        </message>
        <message>
            <source>lr_scheduler 'adafactor' needs Adafactor with relative_step=True.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>lr_scheduler 'adafactor' 需要 Adafactor 并设置 relative_step=True。</translation>
        </message>
        <message>
            <source>Re-export the image or remove it from its folder, then start the training again.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请重新导出这张图片，或把它移出所在文件夹，然后重新开始训练。</translation>
        </message>
        <message>
            <source>Convert the caption file to UTF-8 in the caption editor.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在标注编辑器中把标注文件转换为 UTF-8。</translation>
        </message>
        <message>
            <source>{path}: the regularization folder does not exist.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：正则化文件夹不存在。</translation>
        </message>
        <message>
            <source>{path}: the training image folder does not exist.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are; message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：训练图片文件夹不存在。</translation>
        </message>
        <message>
            <source>Pick the folder in the Train page.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在训练页选择文件夹。</translation>
        </message>
        <message>
            <source>{path}: ignored, the folder name is not {pattern}.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：已忽略，文件夹名不符合 {pattern}。</translation>
        </message>
        <message>
            <source>{path}: no training images found. Images must be in sub-folders named {pattern}.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：没有找到训练图片。图片必须放在名为 {pattern} 的子文件夹中。</translation>
        </message>
        <message>
            <source>{path}: no training images found. Images must be in sub-folders named {pattern}. {ignored}</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：没有找到训练图片。图片必须放在名为 {pattern} 的子文件夹里。{ignored}</translation>
        </message>
        <message>
            <source>Build the folders on the Folders page, or rename them as shown.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在训练文件夹页生成文件夹，或按上面的格式重命名。</translation>
        </message>
        <message>
            <source>{path}: no regularization images found, so this run trains without them. Regularization images must be in sub-folders named {pattern}.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：没有找到正则化图片，本次训练将不使用它们。正则化图片必须放在名为 {pattern} 的子文件夹中。</translation>
        </message>
        <message>
            <source>{n} image(s) have no {extension} caption and are trained with their folder's '&lt;identifier&gt; &lt;class&gt;' instead: {files}</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 张图片没有 {extension} 标注，改用所在文件夹的 '&lt;identifier&gt; &lt;class&gt;' 训练：{files}</translation>
        </message>
        <message>
            <source>{n} image(s) have a blank {extension} caption file and are trained with an empty caption, as sd-scripts does: {files}. Write their captions, or delete those files to train them with their folder's '&lt;identifier&gt; &lt;class&gt;'.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 张图片的 {extension} 标注文件是空的，会像 sd-scripts 一样用空标注训练：{files}。请写好它们的标注，或删除这些文件，让它们用所在文件夹的“&lt;identifier&gt; &lt;class&gt;”训练。</translation>
        </message>
        <message>
            <source>{n} image(s) are narrower than dataset.bucket_reso_steps ({steps} px) on a side, so dataset.bucket_no_upscale has no bucket for them: {files}</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 张图片有一边窄于 dataset.bucket_reso_steps（{steps} px），开启 dataset.bucket_no_upscale 时没有适合它们的分桶：{files}</translation>
        </message>
        <message>
            <source>Remove those images, or turn off dataset.bucket_no_upscale (they are then scaled up to a bucket).</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请移除这些图片，或关闭 dataset.bucket_no_upscale（这样它们会被放大到某个分桶）。</translation>
        </message>
        <message>
            <source>{n} caption(s) have a comma inside a weighted '( )' or '[ ]' group, which {options} cut apart at the comma (the pieces then get wrong weights): {files}. Weigh each tag on its own, e.g. '(red:1.2), (hat:1.2)'.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 条标注在带权重的 '( )' 或 '[ ]' 组内有逗号，{options} 会在逗号处把组拆开（拆开的部分权重就错了）：{files}。请给每个标签单独加权，例如 '(red:1.2), (hat:1.2)'。</translation>
        </message>
        <message>
            <source>{path}: cannot read this image ({error}).</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are; message (caption_job.py); keep {placeholders}, keys and quoted values as they are; message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取这张图片（{error}）。</translation>
        </message>
        <message>
            <source>{path}: the saved LoRA cannot be read back ({error}).</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读回保存的 LoRA（{error}）。</translation>
        </message>
        <message>
            <source>Check the disk.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请检查磁盘。</translation>
        </message>
        <message>
            <source>{path}: the saved LoRA failed its check: {problems}.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：保存的 LoRA 未通过检查：{problems}。</translation>
        </message>
        <message>
            <source>Report this bug.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请报告这个程序错误。</translation>
        </message>
        <message>
            <source>{path}: could not be written ({error}).</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入（{error}）。</translation>
        </message>
        <message>
            <source>Free space on that disk or pick a saving.output_dir you can write to, then train again (or resume from the last saved state). The files saved before are unchanged.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在该磁盘上腾出空间，或选择一个可写的 saving.output_dir，然后重新训练（或从上次保存的状态继续）。之前保存的文件没有变化。</translation>
        </message>
        <message>
            <source>{path}: pickle checkpoints ({suffix}) can run arbitrary code when loaded; Danlu refuses them by default.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：pickle 格式的模型（{suffix}）加载时可以执行任意代码；Danlu 默认拒绝加载。</translation>
        </message>
        <message>
            <source>Use a .safetensors version of the model, or set model.allow_pickle = true if you trust the file.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用该模型的 .safetensors 版本；如果信任该文件，也可以设置 model.allow_pickle = true。</translation>
        </message>
        <message>
            <source>The base model's scheduler says it predicts v (v-prediction): training with v_parameterization.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>底模的调度器表明它预测 v（v-prediction）：按 v_parameterization 训练。</translation>
        </message>
        <message>
            <source>{path}: this diffusers folder has no {parts} sub-folder: the download is incomplete or it is not a whole Stable Diffusion model.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这个 diffusers 文件夹缺少 {parts} 子文件夹：下载不完整，或者它不是完整的 Stable Diffusion 模型。</translation>
        </message>
        <message>
            <source>Download the model again with the model manager, or pick a complete model.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请用模型管理器重新下载这个模型，或选择一个完整的模型。</translation>
        </message>
        <message>
            <source>{path}: not a diffusers model folder ({file} in unet/ cannot be read: {error}).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 diffusers 模型文件夹（无法读取 unet/ 中的 {file}：{error}）。</translation>
        </message>
        <message>
            <source>{repo}: this repo id is not in the local Hugging Face cache, so its family cannot be told without a download.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo}：这个仓库 ID 不在本地 Hugging Face 缓存中，不下载就无法判断它的类型。</translation>
        </message>
        <message>
            <source>Download it with the model manager (Settings → Models) first, or pick a local checkpoint or diffusers folder.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请先用模型管理器（设置 → 模型）下载，或选择本地的模型文件或 diffusers 文件夹。</translation>
        </message>
        <message>
            <source>No base model is set (model.pretrained_model_name_or_path).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有设置底模（model.pretrained_model_name_or_path）。</translation>
        </message>
        <message>
            <source>{path}: base model not found.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到底模。</translation>
        </message>
        <message>
            <source>{path}: its tokenizer has {size} tokens where the text encoder has {expected}: the tokenizer files are missing or incomplete.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：它的分词器有 {size} 个 token，而文本编码器有 {expected} 个：分词器文件缺失或不完整。</translation>
        </message>
        <message>
            <source>{path}: not a readable SD VAE ({error}).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是可读取的 SD VAE（{error}）。</translation>
        </message>
        <message>
            <source>Pick a VAE .safetensors file or a diffusers VAE folder.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择 VAE 的 .safetensors 文件或 diffusers VAE 文件夹。</translation>
        </message>
        <message>
            <source>{path}: VAE not found.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到 VAE。</translation>
        </message>
        <message>
            <source>{path}: an SD 2.x checkpoint does not say whether it predicts noise (512 base) or velocity (768-v); it is trained as a 512 noise-predicting model. Tick model.v_parameterization for a 768-v model (SD 2.0-v, SD 2.1 768).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这个 SD 2.x 模型没有说明它预测的是噪声（512 基础版）还是速度（768-v），将按 512 噪声预测模型训练。若是 768-v 模型（SD 2.0-v、SD 2.1 768），请勾选 model.v_parameterization。</translation>
        </message>
        <message>
            <source>Pick a .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id like 'org/model'.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择 .safetensors 模型文件、diffusers 文件夹，或类似 'org/model' 的 Hugging Face 仓库 ID。</translation>
        </message>
        <message>
            <source>{path}: could not load the base model ({error}).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法加载底模（{error}）。</translation>
        </message>
        <message>
            <source>Check that it is a Stable Diffusion 1.x/2.x or SDXL model; repo ids must be downloaded first (model manager).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请确认它是 Stable Diffusion 1.x/2.x 或 SDXL 模型；仓库 ID 需要先用模型管理器下载。</translation>
        </message>
        <message>
            <source>{path}: this VAE makes {channels}-channel latents; the base model's U-Net takes {wanted}.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这个 VAE 生成 {channels} 通道的潜变量；底模的 U-Net 需要 {wanted} 通道。</translation>
        </message>
        <message>
            <source>Pick a VAE made for this model's family (SD 1.x/2.x or SDXL), or clear model.vae.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择适用于这个模型系列（SD 1.x/2.x 或 SDXL）的 VAE，或清空 model.vae。</translation>
        </message>
        <message>
            <source>{path}: model.v2 is set but this is an SDXL model.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：设置了 model.v2，但这是 SDXL 模型。</translation>
        </message>
        <message>
            <source>Untick 'SD 2.x model'.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾选“SD 2.x 模型”。</translation>
        </message>
        <message>
            <source>Pick a Stable Diffusion 1.x/2.x or SDXL base model: a .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id downloaded with the model manager.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择 Stable Diffusion 1.x/2.x 或 SDXL 底模：.safetensors 模型文件、diffusers 文件夹，或用模型管理器下载过的 Hugging Face 仓库 ID。</translation>
        </message>
        <message>
            <source>{path}: this is a web page or a text message, not a model file: the download failed.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这是一个网页或文本消息，不是模型文件：下载失败了。</translation>
        </message>
        <message>
            <source>Download the model again (some sites need you to log in or an API key), then pick the new file.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请重新下载模型（有些网站需要登录或 API 密钥），然后选择新文件。</translation>
        </message>
        <message>
            <source>{path}: not a readable checkpoint ({error}).</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是可读取的模型文件（{error}）。</translation>
        </message>
        <message>
            <source>Re-download the model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请重新下载模型。</translation>
        </message>
        <message>
            <source>{path}: this pickle checkpoint holds Python objects besides its weights, and Danlu only reads weights from pickles: the rest could run code.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这个 pickle 模型除了权重还包含 Python 对象，而 Danlu 只从 pickle 中读取权重：其余部分可能会执行代码。</translation>
        </message>
        <message>
            <source>Use a .safetensors version of the model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用该模型的 .safetensors 版本。</translation>
        </message>
        <message>
            <source>a file with no weights in it</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个不含任何权重的文件</translation>
        </message>
        <message>
            <source>a LoRA / LyCORIS file (network weights)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 LoRA / LyCORIS 文件（网络权重）</translation>
        </message>
        <message>
            <source>Pick the base model the LoRA was made for. To train on from this LoRA, set it as network.network_weights.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择这个 LoRA 所基于的底模。若要在这个 LoRA 的基础上继续训练，请把它设为 network.network_weights。</translation>
        </message>
        <message>
            <source>a ControlNet</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 ControlNet</translation>
        </message>
        <message>
            <source>a FLUX.1 model</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 FLUX.1 模型</translation>
        </message>
        <message>
            <source>an SD3 / SD3.5 model</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 SD3 / SD3.5 模型</translation>
        </message>
        <message>
            <source>a Stable Cascade model</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 Stable Cascade 模型</translation>
        </message>
        <message>
            <source>a textual-inversion embedding</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个文本反演（textual inversion）嵌入</translation>
        </message>
        <message>
            <source>a VAE</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 VAE</translation>
        </message>
        <message>
            <source>Pick a full checkpoint as the base model; to use this VAE with it, set it as model.vae.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择完整的模型作为底模；若要搭配这个 VAE，请把它设为 model.vae。</translation>
        </message>
        <message>
            <source>a training checkpoint whose U-Net is stored only as EMA weights (model_ema.*)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个训练中途保存的模型，其 U-Net 只以 EMA 权重（model_ema.*）保存</translation>
        </message>
        <message>
            <source>Pick a released (pruned or EMA-only) version of the model, whose U-Net is under model.diffusion_model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择该模型的发布版（pruned 或仅 EMA 版），其 U-Net 位于 model.diffusion_model 下。</translation>
        </message>
        <message>
            <source>a U-Net without its text encoder</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个不带文本编码器的 U-Net</translation>
        </message>
        <message>
            <source>Pick the full checkpoint (U-Net, text encoder and VAE in one file) or a diffusers folder.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择完整的模型（U-Net、文本编码器和 VAE 在同一个文件中）或 diffusers 文件夹。</translation>
        </message>
        <message>
            <source>a text encoder alone</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个单独的文本编码器</translation>
        </message>
        <message>
            <source>a file of weights of no kind Danlu knows</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 Danlu 无法识别类型的权重文件</translation>
        </message>
        <message>
            <source>an inpainting model (its U-Net takes 9 input channels, not 4)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个局部重绘（inpainting）模型（其 U-Net 输入为 9 通道，而不是 4 通道）</translation>
        </message>
        <message>
            <source>an InstructPix2Pix (image editing) model (its U-Net takes 8 input channels, not 4)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 InstructPix2Pix（图像编辑）模型（其 U-Net 输入为 8 通道，而不是 4 通道）</translation>
        </message>
        <message>
            <source>an image-conditioned model (its U-Net takes {n} input channels, not 4)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个以图像为条件的模型（其 U-Net 输入为 {n} 通道，而不是 4 通道）</translation>
        </message>
        <message>
            <source>LoRAs are trained on the text-to-image model of the family: pick that one. A LoRA trained on it also works with this variant.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LoRA 要在同系列的文生图模型上训练：请选择那个模型。在它上面训练的 LoRA 也能用于这个变体。</translation>
        </message>
        <message>
            <source>an SDXL refiner (its one text encoder is OpenCLIP bigG)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个 SDXL refiner（精修模型，只有一个 OpenCLIP bigG 文本编码器）</translation>
        </message>
        <message>
            <source>Pick the SDXL base model (sd_xl_base_1.0) or a model made from it: the refiner only finishes images.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择 SDXL 基础模型（sd_xl_base_1.0）或基于它的模型：refiner 只用于精修图片。</translation>
        </message>
        <message>
            <source>{path}: {kind}, not a text-to-image base model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{kind}，不是文生图底模。</translation>
        </message>
        <message>
            <source>an SDXL checkpoint without both of its text encoders</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个缺少两个文本编码器之一的 SDXL 模型</translation>
        </message>
        <message>
            <source>Download the full checkpoint again (U-Net, both text encoders and VAE in one file).</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请重新下载完整的模型（U-Net、两个文本编码器和 VAE 在同一个文件中）。</translation>
        </message>
        <message>
            <source>an SDXL-based model with an EDM noise schedule (Playground v2.5 or similar), which this trainer cannot train</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一个使用 EDM 噪声调度的 SDXL 衍生模型（Playground v2.5 或类似模型），本训练器无法训练</translation>
        </message>
        <message>
            <source>Pick an SDXL model with the standard noise schedule.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择使用标准噪声调度的 SDXL 模型。</translation>
        </message>
        <message>
            <source>{path}: {kind}, not a Stable Diffusion 1.x/2.x or SDXL base model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{kind}，不是 Stable Diffusion 1.x/2.x 或 SDXL 底模。</translation>
        </message>
        <message>
            <source>{path}: model.v2 is set but this is an {family} checkpoint.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：设置了 model.v2，但这是 {family} 模型。</translation>
        </message>
        <message>
            <source>{path}: this checkpoint holds no VAE weights.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这个模型不包含 VAE 权重。</translation>
        </message>
        <message>
            <source>Pick a checkpoint with its VAE baked in, or, for training, set model.vae to the VAE made for this model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择内置 VAE 的模型；或者在训练时把 model.vae 设为为该模型制作的 VAE。</translation>
        </message>
        <message>
            <source>{path}: could not read it as an {family} checkpoint ({error}).</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法作为 {family} 模型读取（{error}）。</translation>
        </message>
        <message>
            <source>Check that the file is complete and is a standard {family} model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请确认文件完整，并且是标准的 {family} 模型。</translation>
        </message>
        <message>
            <source>Pick an SD 1.x/2.x VAE file.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择 SD 1.x/2.x 的 VAE 文件。</translation>
        </message>
        <message>
            <source>precision.xformers is set but the xformers package cannot be imported ({error}).</source>
            <extracomment>message (memory.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>设置了 precision.xformers，但无法导入 xformers 包（{error}）。</translation>
        </message>
        <message>
            <source>Untick xformers (SDPA, the default, is about as fast with PyTorch 2) or install xformers matching your PyTorch.</source>
            <extracomment>message (memory.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾选 xformers（默认的 SDPA 在 PyTorch 2 下差不多一样快），或安装与你的 PyTorch 匹配的 xformers。</translation>
        </message>
        <message>
            <source>Steps slowed from {usual} s to {recent} s while VRAM is full ({reserved} of {total} GB): the driver is probably spilling into system memory. Stop the run and pick a cheaper memory setting (the fit check on the Train page proposes one), or turn off the NVIDIA 'CUDA sysmem fallback' so it fails fast instead.</source>
            <extracomment>message (memory.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>显存已满（{reserved} / {total} GB）时每步从 {usual} 秒变慢到 {recent} 秒：驱动很可能在借用系统内存。请停止训练，换一个更省显存的设置（训练页的显存检查会给出建议），或关闭 NVIDIA 的“CUDA 系统内存回退”（CUDA sysmem fallback），让它直接报错而不是变慢。</translation>
        </message>
        <message>
            <source>Add a mask in {folder} (same name as the image, in a sub-folder named like the image's folder or directly), tick dataset.alpha_mask to use the images' transparency, or turn masked loss off.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在 {folder} 中添加遮罩（与图片同名，放在与图片所在文件夹同名的子文件夹中或直接放在其中），勾选 dataset.alpha_mask 使用图片的透明度，或关闭遮罩损失。</translation>
        </message>
        <message>
            <source>Add a mask beside the image as '&lt;image name&gt;{suffix}.png', tick dataset.alpha_mask to use the images' transparency, or turn masked loss off.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在图片旁添加名为 '&lt;image name&gt;{suffix}.png' 的遮罩，勾选 dataset.alpha_mask 使用图片的透明度，或关闭遮罩损失。</translation>
        </message>
        <message>
            <source>loss.masked_loss is on but {n} training image(s) have no mask: {files}.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>开启了 loss.masked_loss，但有 {n} 张训练图片没有遮罩：{files}。</translation>
        </message>
        <message>
            <source>precision.fp8_base needs PyTorch 2.1 or newer (this is {version}).</source>
            <extracomment>message (fp8.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fp8_base 需要 PyTorch 2.1 或更新版本（当前为 {version}）。</translation>
        </message>
        <message>
            <source>Untick fp8 base weights or update PyTorch.</source>
            <extracomment>message (fp8.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾选“底模权重用 fp8”，或更新 PyTorch。</translation>
        </message>
        <message>
            <source>{path}: the saved EMA weights do not fit this network (no {name}).</source>
            <extracomment>message (ema.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：保存的 EMA 权重与当前网络不匹配（缺少 {name}）。</translation>
        </message>
        <message>
            <source>Resume with the network settings of the run that saved the state.</source>
            <extracomment>message (ema.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用保存该状态的那次训练的网络设置继续训练。</translation>
        </message>
        <message>
            <source>The state was saved by a run of {procs} process(es) x batch {batch} = {per_step} images per step; this run has {now_procs} x {now_batch}. Its position in the data means nothing with another step size.</source>
            <extracomment>message (multiprocess.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>该状态由 {procs} 个进程 x 批量 {batch} = 每步 {per_step} 张图的训练保存；本次训练是 {now_procs} x {now_batch}。换了每步的图片数，它在数据中的位置就没有意义了。</translation>
        </message>
        <message>
            <source>Set launch.num_processes back to {procs}, or make processes x batch size {per_step}.</source>
            <extracomment>message (multiprocess.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>把 launch.num_processes 改回 {procs}，或让进程数 x 批量大小等于 {per_step}。</translation>
        </message>
        <message>
            <source>sample.sample_prompts: {error}</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>sample.sample_prompts：{error}</translation>
        </message>
        <message>
            <source>Fix the prompt file or clear it.</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请修改提示词文件或清空它。</translation>
        </message>
        <message>
            <source>No samples: set sample.sample_prompts (a prompt file) to get sample images.</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有样图：设置 sample.sample_prompts（提示词文件）才会生成样图。</translation>
        </message>
        <message>
            <source>samples of step {step} skipped: the run was cancelled</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>跳过第 {step} 步的样图：训练已取消</translation>
        </message>
        <message>
            <source>{path}: the sample images could not be written ({error}); training goes on without them.</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入样图（{error}）；训练继续进行，不保存这些样图。</translation>
        </message>
        <message>
            <source>{path}: the cache could not be written ({error}); this run keeps it in memory. Make that folder writable to keep the cache for the next run.</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入缓存（{error}）；本次训练把它保存在内存中。请让该文件夹可写入，以便下次训练沿用缓存。</translation>
        </message>
        <message>
            <source>{path}: the cache could not be written ({error}); this run keeps it in memory. Free space on that disk to keep the cache for the next run.</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入缓存（{error}）；本次训练把它保留在内存中。在该磁盘上腾出空间，下次训练就能沿用缓存。</translation>
        </message>
        <message>
            <source>The VAE overflowed in 16 bit (NaN latents); those images were encoded in 32 bit. Tick precision.no_half_vae to encode all of them in 32 bit.</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>VAE 在 16 位下溢出（潜变量为 NaN）；这些图片已改用 32 位编码。勾选 precision.no_half_vae 可让所有图片都用 32 位编码。</translation>
        </message>
        <message>
            <source>text encoder outputs cached: {encoded} encoded, {reused} read from disk</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文本编码器输出已缓存：编码 {encoded} 条，从磁盘读取 {reused} 条</translation>
        </message>
        <message>
            <source>text encoder outputs cached: {encoded} encoded, {reused} read from disk, {pruned} stale file(s) of changed captions deleted</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文本编码器输出已缓存：编码 {encoded} 条，从磁盘读取 {reused} 条，删除了 {pruned} 个标注已改动的过期文件</translation>
        </message>
        <message>
            <source>{repo} is a {kind}, not a {wanted}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 是 {kind}，不是 {wanted}。</translation>
        </message>
        <message>
            <source>'{repo}' is not a model Danlu knows ({known}). For another Hugging Face repository also say which kind it is ({kinds}), or pick a local folder.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>'{repo}' 不是 Danlu 认识的模型（{known}）。对于其他 Hugging Face 仓库，请同时说明它的类型（{kinds}），或选择本地文件夹。</translation>
        </message>
        <message>
            <source>{path}: no such folder. Pick the folder that holds the model's files.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：没有这个文件夹。请选择存放模型文件的文件夹。</translation>
        </message>
        <message>
            <source>{path}: no captioning model here. A WD tagger folder holds model.onnx and selected_tags.csv; a BLIP folder holds config.json (model_type "blip") and its weights.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这里没有标注模型。WD 标签器文件夹包含 model.onnx 和 selected_tags.csv；BLIP 文件夹包含 config.json（model_type "blip"）及其权重。</translation>
        </message>
        <message>
            <source>{path}: holds a {kind}, not a {wanted}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这里是 {kind}，不是 {wanted}。</translation>
        </message>
        <message>
            <source>{path}: missing {files}. Copy the model's complete folder there.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：缺少 {files}。请把模型的完整文件夹复制到这里。</translation>
        </message>
        <message>
            <source>{kind} {repo} is not downloaded: the Hugging Face cache ({cache}) lacks {files}, and Danlu is offline ({reason}), so it does not download. To get it: unset {var} and run again (Danlu downloads it), or run `{command}` on a connected machine and copy its Hugging Face cache here, or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{kind} {repo} 还没有下载：Hugging Face 缓存（{cache}）中缺少 {files}，而 Danlu 处于离线状态（{reason}），所以不会下载。获取方法：取消设置 {var} 后重新运行（Danlu 会下载），或在联网的机器上运行 `{command}` 再把它的 Hugging Face 缓存复制过来，或选择一个包含 {needed} 的本地文件夹。</translation>
        </message>
        <message>
            <source>Could not download {file} of {repo}: the Hugging Face Hub cannot be reached and the file is not in the cache ({cache}). Check the connection and try again, or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>无法下载 {repo} 的 {file}：连不上 Hugging Face Hub，缓存（{cache}）中也没有这个文件。请检查网络后重试，或选择一个包含 {needed} 的本地文件夹。</translation>
        </message>
        <message>
            <source>{repo} has no {file}; it is not a {kind} Danlu can use.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 中没有 {file}；它不是 Danlu 能用的 {kind}。</translation>
        </message>
        <message>
            <source>{repo} is gated on the Hugging Face Hub: open its page, accept its terms, log in with `hf auth login`, then download again; or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 在 Hugging Face Hub 上需要申请访问：打开它的页面，同意其条款，用 `hf auth login` 登录后再下载；或者选择一个包含 {needed} 的本地文件夹。</translation>
        </message>
        <message>
            <source>{repo} is not on the Hugging Face Hub (or it is private). Check the name: owner/name, as in the address of its page.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 不在 Hugging Face Hub 上（或者是私有的）。请检查名称：格式为 owner/name，与其页面地址中的一致。</translation>
        </message>
        <message>
            <source>Could not download {file} of {repo}: cannot write to the Hugging Face cache ({cache}): {error}. Free some space on that disk or make the folder writable (or set HF_HUB_CACHE to another folder), then download again; the files already downloaded are kept.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>无法下载 {repo} 的 {file}：无法写入 Hugging Face 缓存（{cache}）：{error}。请清理该磁盘的空间或让该文件夹可写入（或把 HF_HUB_CACHE 设为其他文件夹），然后重新下载；已下载的文件会保留。</translation>
        </message>
        <message>
            <source>Could not download {file} of {repo}: {error}. Check the name and the connection and try again, or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>无法下载 {repo} 的 {file}：{error}。请检查名称和网络后重试，或选择一个包含 {needed} 的本地文件夹。</translation>
        </message>
        <message>
            <source>No model chosen. Pick a model in Settings → Models, or a local folder.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有选择模型。请在 设置 → 模型 中选择一个模型，或选择本地文件夹。</translation>
        </message>
        <message>
            <source>{repo} is not in the Hugging Face cache ({cache}); nothing to delete.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 不在 Hugging Face 缓存（{cache}）中；没有可删除的内容。</translation>
        </message>
        <message>
            <source>{path}: {what} ({detail}). The file is damaged or incomplete: delete the model in Settings → Models and download it again, or pick another folder.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{what}（{detail}）。文件已损坏或不完整：请在 设置 → 模型 中删除该模型后重新下载，或选择其他文件夹。</translation>
        </message>
        <message>
            <source>onnxruntime cannot load this model</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 无法加载这个模型</translation>
        </message>
        <message>
            <source>Tagging on the CPU, not the GPU: this onnxruntime build has no CUDA support (install onnxruntime-gpu). This is much slower.</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 CPU 而不是 GPU 打标：这个 onnxruntime 版本不支持 CUDA（请安装 onnxruntime-gpu）。这会慢很多。</translation>
        </message>
        <message>
            <source>Tagging on the CPU, not the GPU: onnxruntime could not start its CUDA provider (no NVIDIA GPU or driver, or CUDA/cuDNN libraries missing). This is much slower.</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 CPU 而不是 GPU 打标：onnxruntime 无法启动 CUDA 执行器（没有 NVIDIA GPU 或驱动，或缺少 CUDA/cuDNN 库）。这会慢很多。</translation>
        </message>
        <message>
            <source>cannot read the model</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>无法读取模型</translation>
        </message>
        <message>
            <source>{folder}: cannot write the int8 copy of {file} there ({error}). Turn the fast mode off, or copy the model to a folder you can write to.</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：无法在这里写入 {file} 的 int8 副本（{error}）。请关闭快速模式，或把模型复制到可写的文件夹。</translation>
        </message>
        <message>
            <source>onnxruntime cannot quantize this model</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 无法量化这个模型</translation>
        </message>
        <message>
            <source>not a WD tagger</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are; message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不是 WD 标签器</translation>
        </message>
        <message>
            <source>does not belong to this model.onnx</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>与这个 model.onnx 不匹配</translation>
        </message>
        <message>
            <source>cannot read the tag list</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>无法读取标签列表</translation>
        </message>
        <message>
            <source>not a WD tagger tag list</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不是 WD 标签器的标签列表</translation>
        </message>
        <message>
            <source>bad row {line}</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>第 {line} 行有误</translation>
        </message>
        <message>
            <source>the tag list is empty</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>标签列表为空</translation>
        </message>
        <message>
            <source>Captioning on the CPU, not the GPU: torch sees no CUDA GPU. This is much slower.</source>
            <extracomment>message (blip_captioner.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 CPU 而不是 GPU 生成标注：torch 没有检测到 CUDA GPU。这会慢很多。</translation>
        </message>
        <message>
            <source>transformers cannot load this BLIP model</source>
            <extracomment>message (blip_captioner.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>transformers 无法加载这个 BLIP 模型</translation>
        </message>
        <message>
            <source>{path}: cannot write the caption ({error}). Check that its folder is writable.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入标注（{error}）。请检查所在文件夹是否可写。</translation>
        </message>
        <message>
            <source>files must be a list of image paths.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>files 必须是图片路径列表。</translation>
        </message>
        <message>
            <source>{n} image(s) not found, first: {file}.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>有 {n} 张图片找不到，第一张：{file}。</translation>
        </message>
        <message>
            <source>Check the file list.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请检查文件列表。</translation>
        </message>
        <message>
            <source>caption needs 'images' (a folder) or 'files' (a list of images) in its config.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>caption 任务的配置中需要 'images'（一个文件夹）或 'files'（图片列表）。</translation>
        </message>
        <message>
            <source>{n} image(s) already have a caption and are skipped (mode = skip).</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 张图片已有标注，已跳过（mode = skip）。</translation>
        </message>
        <message>
            <source>Pick another model or a local folder in Settings → Models.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在 设置 → 模型 中选择其他模型或本地文件夹。</translation>
        </message>
        <message>
            <source>{path}: cannot write the caption ({error}).</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入标注（{error}）。</translation>
        </message>
        <message>
            <source>Free some space on that disk, then caption again: the captions written so far are kept.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在该磁盘上腾出空间，然后重新打标：已经写入的标注会保留。</translation>
        </message>
        <message>
            <source>download-model needs 'model', a Hugging Face repository id.</source>
            <extracomment>message (model_download_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>download-model 任务需要 'model'，即 Hugging Face 仓库 ID。</translation>
        </message>
        <message>
            <source>Identifier '{ident}' is a common English word: the model already knows it, so the concept mixes with its meaning. Use a rare token such as 'ohwx' or 'sks'.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>标识符 '{ident}' 是常见英文单词：模型本来就认识它，概念会和它原本的意思混在一起。请使用 'ohwx' 或 'sks' 这样的罕见词。</translation>
        </message>
        <message>
            <source>CLIP tokenizer files not found in {folder}; the token length of identifier '{ident}' was not checked.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在 {folder} 中找不到 CLIP 分词器文件；没有检查标识符 '{ident}' 的 token 长度。</translation>
        </message>
        <message>
            <source>Identifier '{ident}' is {count} CLIP tokens long; rare identifiers of {most} tokens or fewer learn best. Pick a shorter one.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>标识符 '{ident}' 有 {count} 个 CLIP token；不超过 {most} 个 token 的罕见标识符学得最好。请换一个更短的。</translation>
        </message>
        <message>
            <source>Concept '{ident}' has no class token (like 'woman' or 'dog'): images without captions get only the identifier as caption, and it cannot have regularization images.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念 '{ident}' 没有类别词（如 'woman' 或 'dog'）：没有标注的图片只会用标识符作为标注，而且它不能有正则化图片。</translation>
        </message>
        <message>
            <source>{n} image(s) in {folder} have {other} captions but this concept reads {ext} files. Set its caption extension to {other}.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 张图片的标注是 {other} 文件，但这个概念读取的是 {ext} 文件。请把它的标注扩展名设为 {other}。</translation>
        </message>
        <message>
            <source>{n} of {total} images in {folder} have no {ext} caption ({files}); sd-scripts then uses the folder's class tokens '{tokens}' as their caption.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 的 {total} 张图片中有 {n} 张没有 {ext} 标注（{files}）；sd-scripts 会用文件夹的类别词 '{tokens}' 作为它们的标注。</translation>
        </message>
        <message>
            <source>{n} caption file(s) in {folder} have no image ({files}); they are not used.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 个标注文件没有对应的图片（{files}）；它们不会被使用。</translation>
        </message>
        <message>
            <source>{error} sd-scripts stops on it.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{error} sd-scripts 遇到它会停止。</translation>
        </message>
        <message>
            <source>{file} starts with a UTF-8 byte-order mark, which sd-scripts keeps as part of the first tag. Re-save it without the BOM.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 以 UTF-8 字节顺序标记（BOM）开头，sd-scripts 会把它当作第一个标签的一部分。请去掉 BOM 重新保存。</translation>
        </message>
        <message>
            <source>{file} is empty; sd-scripts stops on an empty caption file. Write a caption or delete the file.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 是空的；sd-scripts 遇到空标注文件会停止。请写上标注或删除该文件。</translation>
        </message>
        <message>
            <source>{file} holds only blank space: the image trains with an empty caption.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 只有空白：这张图片会以空标注训练。</translation>
        </message>
        <message>
            <source>{file} has several lines; sd-scripts reads only the first. Join them with commas.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 有多行；sd-scripts 只读取第一行。请用逗号把它们连成一行。</translation>
        </message>
        <message>
            <source>{folder} does not exist (source of {rel}). Fix the concept's folder.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 不存在（{rel} 的来源）。请修改概念的文件夹。</translation>
        </message>
        <message>
            <source>{n} image(s) in {folder} are in a format sd-scripts does not read ({files}), so they are not trained. Prepare this folder on the Images page (it writes PNG, WebP or JPEG) and train on the prepared set, or convert them.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 张图片的格式 sd-scripts 无法读取（{files}），所以它们不会参与训练。请在图片页预处理这个文件夹（会写出 PNG、WebP 或 JPEG）并用处理后的训练集训练，或自行转换格式。</translation>
        </message>
        <message>
            <source>{folder} holds no images, so it adds no regularization images (sd-scripts skips empty folders: '{rel}').</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中没有图片，所以不会增加任何正则化图片（sd-scripts 会跳过空文件夹：'{rel}'）。</translation>
        </message>
        <message>
            <source>{folder} holds no images, so this concept trains nothing (sd-scripts skips empty folders: '{rel}').</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中没有图片，所以这个概念什么也不会训练（sd-scripts 会跳过空文件夹：'{rel}'）。</translation>
        </message>
        <message>
            <source>{n} image(s) ({files}) appear in both training folder and regularization folder ('{a}', '{b}'). Reg images should be the same class but not the same subject; remove them from the reg set.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 张图片（{files}）同时出现在训练文件夹和正则化文件夹中（'{a}'、'{b}'）。正则化图片应与训练图片同类别但不是同一个对象；请把它们从正则化集中移除。</translation>
        </message>
        <message>
            <source>{n} image(s) ({files}) are in '{a}' twice, so they train twice as often. Remove the copies.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 张图片（{files}）在 '{a}' 中出现了两次，所以训练次数会翻倍。请删除副本。</translation>
        </message>
        <message>
            <source>{n} image(s) ({files}) are in both '{a}' and '{b}'. Keep each image in one concept.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 张图片（{files}）同时在 '{a}' 和 '{b}' 中。每张图片只放在一个概念里。</translation>
        </message>
        <message>
            <source>The regularization set has {reg} images × repeats for {train} training images × repeats: sd-scripts repeats reg images until the two match, so each reg image is used about {times}× as often. Add reg images to vary them.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正则化集有 {reg} 个（图片 × 重复次数），而训练集有 {train} 个（图片 × 重复次数）：sd-scripts 会重复正则化图片直到两者相等，所以每张正则化图片的使用次数约为 {times} 倍。请增加正则化图片让它们更多样。</translation>
        </message>
        <message>
            <source>Only {used} of {total} regularization images are used per epoch: sd-scripts takes reg images in order until they match the {train} training images × repeats, and never shows the other {unused}.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每轮只用到 {total} 张正则化图片中的 {used} 张：sd-scripts 按顺序取正则化图片，直到与 {train} 个训练（图片 × 重复次数）相等，另外 {unused} 张永远用不到。</translation>
        </message>
        <message>
            <source>The project has no concepts yet. Add one: an identifier, a class and a folder.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>项目还没有概念。请添加一个：标识符、类别和文件夹。</translation>
        </message>
        <message>
            <source>{path}: the image has {pixels} megapixels, over the limit of {limit} megapixels (a guard against decompression bombs). Downscale it, or raise max_pixels if you trust the file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：图片有 {pixels} 百万像素，超过了 {limit} 百万像素的上限（防范解压炸弹）。请缩小它；如果信任该文件，也可以调高 max_pixels。</translation>
        </message>
        <message>
            <source>{path}: the file is empty (0 bytes), as after a failed download or copy. Copy the image again from its source, or delete this file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：文件是空的（0 字节），像是下载或复制失败了。请从来源重新复制这张图片，或删除这个文件。</translation>
        </message>
        <message>
            <source>{path}: skipped: HEIC images need the pillow-heif plug-in. Install it (pip install pillow-heif) and scan again, or convert it to JPEG.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：已跳过：HEIC 图片需要 pillow-heif 插件。请安装它（pip install pillow-heif）后重新扫描，或把它转换为 JPEG。</translation>
        </message>
        <message>
            <source>{path}: skipped: AVIF images need Pillow 11.3+ or the pillow-avif-plugin. Install one (pip install pillow-avif-plugin) and scan again, or convert it to JPEG.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：已跳过：AVIF 图片需要 Pillow 11.3+ 或 pillow-avif-plugin。请安装其中一个（pip install pillow-avif-plugin）后重新扫描，或把它转换为 JPEG。</translation>
        </message>
        <message>
            <source>{path}: the file is truncated (its {format} data ends early, as after an interrupted download or copy). Copy the image again from its source, or delete this file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：文件不完整（{format} 数据提前结束，像是下载或复制中断了）。请从来源重新复制这张图片，或删除这个文件。</translation>
        </message>
        <message>
            <source>{path}: not an image, the file holds text. Move it out of the image folder.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是图片，文件里是文本。请把它移出图片文件夹。</translation>
        </message>
        <message>
            <source>{path}: not an image Danlu can read (the contents match no known image format). Re-export it as PNG or JPEG, or move it out of the image folder.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 Danlu 能读取的图片（内容不符合任何已知的图片格式）。请重新导出为 PNG 或 JPEG，或把它移出图片文件夹。</translation>
        </message>
        <message>
            <source>{path}: the {format} data is damaged ({error}). Re-export the image from its source, or delete this file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{format} 数据已损坏（{error}）。请从来源重新导出这张图片，或删除这个文件。</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({error}). Check that it still exists and that you may read it.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are; message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取文件（{error}）。请确认文件还在，并且你有读取权限。</translation>
        </message>
        <message>
            <source>{path}: its colour mode {mode} cannot be converted to RGB ({error}). Re-export it as an 8-bit RGB PNG or JPEG.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：它的颜色模式 {mode} 无法转换为 RGB（{error}）。请重新导出为 8 位 RGB 的 PNG 或 JPEG。</translation>
        </message>
        <message>
            <source>import-scan needs 'source' (a folder or a list of folders) or 'project' in its config.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>import-scan 任务的配置中需要 'source'（一个文件夹或文件夹列表）或 'project'。</translation>
        </message>
        <message>
            <source>the project has no source folders: add one on the Images page.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>项目还没有来源文件夹：请在图片页添加一个。</translation>
        </message>
        <message>
            <source>{where}: {error}</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are; message (prepare.py); keep {placeholders}, keys and quoted values as they are; message (prompts.py); keep {placeholders}, keys and quoted values as they are; message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{error}</translation>
        </message>
        <message>
            <source>max_pixels must be 1 or more (got {n}).</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>max_pixels 必须大于等于 1（当前为 {n}）。</translation>
        </message>
        <message>
            <source>{path}: cannot write the import report ({error}).</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入导入报告（{error}）。</translation>
        </message>
        <message>
            <source>Check that the folder is writable and has free space, then scan again.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请检查该文件夹是否可写、是否有剩余空间，然后重新扫描。</translation>
        </message>
        <message>
            <source>import-scan needs 'report' (where to write the report) or 'project' in its config.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>import-scan 任务的配置中需要 'report'（报告写到哪里）或 'project'。</translation>
        </message>
        <message>
            <source>{error} Scanning every file again.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{error} 将重新扫描所有文件。</translation>
        </message>
        <message>
            <source>CLIP similarity with {model} on {n} images</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>用 {model} 计算 {n} 张图片的 CLIP 相似度</translation>
        </message>
        <message>
            <source>{where}: unknown setting(s) {names}.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：未知的设置 {names}。</translation>
        </message>
        <message>
            <source>{where}: set 'source' (a folder or list of folders) or 'project'.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：请设置 'source'（一个文件夹或文件夹列表）或 'project'。</translation>
        </message>
        <message>
            <source>{where}: set 'output' (the folder for the prepared images) or 'project'.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：请设置 'output'（存放处理后图片的文件夹）或 'project'。</translation>
        </message>
        <message>
            <source>{where}: no source folders: add one on the Images page.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：没有来源文件夹：请在图片页添加一个。</translation>
        </message>
        <message>
            <source>{where}: the output folder {output} is a source folder; the prepared images would overwrite the originals. Choose another output folder.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：输出文件夹 {output} 是来源文件夹之一；处理后的图片会覆盖原图。请选择其他输出文件夹。</translation>
        </message>
        <message>
            <source>{path}: another image, {other}, is already prepared as {name}. Rename one of them so each has its own name (and caption).</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：另一张图片 {other} 已经处理为 {name}。请给其中一张改名，让每张图片都有自己的文件名（和标注）。</translation>
        </message>
        <message>
            <source>prepare: {todo} to write, {done} already done, {excluded} excluded, {removed} removed from an earlier run</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>预处理：待写入 {todo} 张，已完成 {done} 张，已排除 {excluded} 张，删除上次运行留下的 {removed} 张</translation>
        </message>
        <message>
            <source>Free some space there (or choose another output folder) and run prepare again to finish the set.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在那里腾出空间（或选择其他输出文件夹），再运行一次预处理来完成这组图片。</translation>
        </message>
        <message>
            <source>{folder}: cannot write the prepared images there ({error}).</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：无法在这里写入处理后的图片（{error}）。</translation>
        </message>
        <message>
            <source>Check that the folder is writable and has free space, or choose another output folder.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请检查该文件夹是否可写、是否有剩余空间，或选择其他输出文件夹。</translation>
        </message>
        <message>
            <source>{path}: too small for its bucket {w}x{h} (the image or its crop has a side under {steps} pixels, and bucket_no_upscale keeps it from being enlarged). Remove it from the training set, or prepare with resize = max-side.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：对它的分桶 {w}x{h} 来说太小了（图片或其裁剪有一边不到 {steps} 像素，而 bucket_no_upscale 不允许放大）。请把它从训练集中去掉，或用 resize = max-side 预处理。</translation>
        </message>
        <message>
            <source>{path}: could not prepare it ({error}). Check the image, its mask and its caption file.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法预处理（{error}）。请检查图片、它的蒙版和标注文件。</translation>
        </message>
        <message>
            <source>{path}: could not write it as {format} ({error}). Choose another format or a smaller size.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法保存为 {format}（{error}）。请换一种格式或更小的尺寸。</translation>
        </message>
        <message>
            <source>{path}: could not write {file} ({error}). Check that {folder} is writable and has free space.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入 {file}（{error}）。请检查 {folder} 是否可写、是否有剩余空间。</translation>
        </message>
        <message>
            <source>{path}: the mask is {mw}x{mh} pixels but its image {image} is {w}x{h}.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：遮罩是 {mw}x{mh} 像素，但它的图片 {image} 是 {w}x{h}。</translation>
        </message>
        <message>
            <source>Export the mask at the image's size (draw it on a copy of the image), or remove it.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请按图片的尺寸导出遮罩（在图片的副本上绘制），或删除它。</translation>
        </message>
        <message>
            <source>build-layout needs 'project' (the project folder) in its config.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>build-layout 任务的配置中需要 'project'（项目文件夹）。</translation>
        </message>
        <message>
            <source>Fix the value in the job's config.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请修改任务配置中的这个值。</translation>
        </message>
        <message>
            <source>{first} (and {n} more)</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{first}（还有 {n} 个）</translation>
        </message>
        <message>
            <source>Fix the concepts, then build the folders again.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请修改概念，然后重新生成文件夹。</translation>
        </message>
        <message>
            <source>building {path} failed: {error}</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>生成 {path} 失败：{error}</translation>
        </message>
        <message>
            <source>The previous layout is unchanged.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>之前的文件夹结构没有改变。</translation>
        </message>
        <message>
            <source>{path}: cannot write the dataset config ({error}).</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法写入数据集配置（{error}）。</translation>
        </message>
        <message>
            <source>The folders are built. Choose another place for the dataset config, or check that its folder is writable, then build again.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文件夹已经建好。请为数据集配置另选位置，或检查其所在文件夹是否可写，然后重新生成。</translation>
        </message>
        <message>
            <source>unknown sampler '{name}'; use one of: {known}.</source>
            <extracomment>message (samplers.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的采样器 '{name}'；请使用以下之一：{known}。</translation>
        </message>
        <message>
            <source>{where}: --{option} needs a whole number (got '{value}').</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：--{option} 需要整数（当前为 '{value}'）。</translation>
        </message>
        <message>
            <source>{where}: --{option} must be {low} or more (got {number}).</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：--{option} 必须大于等于 {low}（当前为 {number}）。</translation>
        </message>
        <message>
            <source>{where}: {option} needs a number, the CFG scale (got '{value}').</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{option} 需要一个数字，即 CFG 强度（当前为 '{value}'）。</translation>
        </message>
        <message>
            <source>{where}: option --{option} is not supported here and is ignored.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：这里不支持选项 --{option}，已忽略。</translation>
        </message>
        <message>
            <source>{where}: the line has options but no prompt before them.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：这一行有选项，但选项前面没有提示词。</translation>
        </message>
        <message>
            <source>{where}: each entry needs a 'prompt'.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：每个条目都需要 'prompt'。</translation>
        </message>
        <message>
            <source>{path}: not UTF-8 text. Re-save it as UTF-8.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are; message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 UTF-8 文本。请另存为 UTF-8。</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({error}). Check that it is a file you may read, then try again.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are; message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取（{error}）。请确认它是你有权限读取的文件，然后重试。</translation>
        </message>
        <message>
            <source>{path}: not a valid JSON prompt file ({error}).</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是有效的 JSON 提示词文件（{error}）。</translation>
        </message>
        <message>
            <source>{path}: a JSON prompt file holds a list of {entry} entries.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：JSON 提示词文件应是 {entry} 条目的列表。</translation>
        </message>
        <message>
            <source>{path}: a TOML prompt file needs a [prompt] table with [[prompt.subset]] entries.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：TOML 提示词文件需要一个包含 [[prompt.subset]] 条目的 [prompt] 表。</translation>
        </message>
        <message>
            <source>{path}: prompt file not found. Pick an existing file.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到提示词文件。请选择一个存在的文件。</translation>
        </message>
        <message>
            <source>{path} entry {n}</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 第 {n} 个条目</translation>
        </message>
        <message>
            <source>{path} line {line}</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 第 {line} 行</translation>
        </message>
        <message>
            <source>{path}: holds no prompts (only empty or # comment lines). Add one prompt per line.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：没有提示词（只有空行或 # 注释行）。请每行写一条提示词。</translation>
        </message>
        <message>
            <source>the class prompt is empty: set the concept's class (or reg class), e.g. 'woman'.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>类别提示词为空：请设置概念的类别（或正则类别），例如 'woman'。</translation>
        </message>
        <message>
            <source>there are no training images to take captions from; pick the concept's image folder.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有可以读取标注的训练图片；请选择概念的图片文件夹。</translation>
        </message>
        <message>
            <source>vae_tiling '{value}' is not one of auto, on, off.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>vae_tiling '{value}' 不是 auto、on、off 之一。</translation>
        </message>
        <message>
            <source>clip_skip must be 1 or more (got {n}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>clip_skip 必须大于等于 1（当前为 {n}）。</translation>
        </message>
        <message>
            <source>device '{name}' was asked for, but PyTorch sees no CUDA GPU.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>指定了设备 '{name}'，但 PyTorch 没有检测到 CUDA GPU。</translation>
        </message>
        <message>
            <source>Pick device 'auto' or 'cpu', or run 'python -m training doctor' to see why the GPU is missing.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请把设备设为 'auto' 或 'cpu'，或运行 'python -m training doctor' 查看为什么找不到 GPU。</translation>
        </message>
        <message>
            <source>dtype '{name}' is not one of auto, fp16, bf16, fp32.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dtype '{name}' 不是 auto、fp16、bf16、fp32 之一。</translation>
        </message>
        <message>
            <source>Pick the base model the LoRA is trained on.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择训练这个 LoRA 所用的底模。</translation>
        </message>
        <message>
            <source>{path}: not a diffusers model folder (no model_index.json).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 diffusers 模型文件夹（没有 model_index.json）。</translation>
        </message>
        <message>
            <source>Pick the folder that holds model_index.json, unet/, vae/ and text_encoder/.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择包含 model_index.json、unet/、vae/ 和 text_encoder/ 的文件夹。</translation>
        </message>
        <message>
            <source>{path}: its model_index.json cannot be read ({error}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取它的 model_index.json（{error}）。</translation>
        </message>
        <message>
            <source>unknown</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知</translation>
        </message>
        <message>
            <source>{path}: a {kind} model, not a Stable Diffusion 1.x/2.x or SDXL text-to-image model.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这是 {kind} 模型，不是 Stable Diffusion 1.x/2.x 或 SDXL 文生图模型。</translation>
        </message>
        <message>
            <source>{path}: could not load the model ({error}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法加载模型（{error}）。</translation>
        </message>
        <message>
            <source>Check the path; a Hugging Face repo id must be downloaded first.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请检查路径；Hugging Face 仓库 ID 需要先下载。</translation>
        </message>
        <message>
            <source>{path}: a {kind}, not a Stable Diffusion text-to-image model.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这是 {kind}，不是 Stable Diffusion 文生图模型。</translation>
        </message>
        <message>
            <source>{path}: a pickle checkpoint; loading one can run code, so generation does not.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这是 pickle 格式的模型文件；加载它可能执行任意代码，所以生成图片时不加载。</translation>
        </message>
        <message>
            <source>Use a .safetensors version of the model, or a diffusers folder.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用该模型的 .safetensors 版本，或 diffusers 文件夹。</translation>
        </message>
        <message>
            <source>{path}: an SD 2.x single-file checkpoint, which does not say whether it predicts noise (512 base) or velocity (768-v).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这是 SD 2.x 单文件模型，文件里没有说明它预测噪声（512 base）还是速度（768-v）。</translation>
        </message>
        <message>
            <source>Use the model as a diffusers folder (it names its prediction type), or an SD 1.x/SDXL file.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用该模型的 diffusers 文件夹（里面写明了预测类型），或使用 SD 1.x/SDXL 的模型文件。</translation>
        </message>
        <message>
            <source>{path}: could not load this LoRA ({error}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法加载这个 LoRA（{error}）。</translation>
        </message>
        <message>
            <source>Check that it is a LoRA for this base model (SD 1.x/2.x or SDXL).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请确认它是这个底模（SD 1.x/2.x 或 SDXL）的 LoRA。</translation>
        </message>
        <message>
            <source>the model produced NaN values (images {indices}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>模型输出了 NaN 值（图片 {indices}）。</translation>
        </message>
        <message>
            <source>Remove or re-export it, then check again.</source>
            <extracomment>message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请删除或重新导出它，然后再检查一次。</translation>
        </message>
        <message>
            <source>CLIP model '{name}' could not be loaded ({error}).</source>
            <extracomment>message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>无法加载 CLIP 模型 '{name}'（{error}）。</translation>
        </message>
        <message>
            <source>Download it once while online (it goes to the Hugging Face cache), or set clip_model to a local open_clip folder.</source>
            <extracomment>message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请在联网时下载一次（会存入 Hugging Face 缓存），或把 clip_model 设为本地的 open_clip 文件夹。</translation>
        </message>
        <message>
            <source>text</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文本</translation>
        </message>
        <message>
            <source>a whole number</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>数字</translation>
        </message>
        <message>
            <source>true or false</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>布尔值（true 或 false）</translation>
        </message>
        <message>
            <source>a list</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>列表</translation>
        </message>
        <message>
            <source>an identifier or a number</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>标识符或编号</translation>
        </message>
        <message>
            <source>{path}: unreadable reg manifest ({error}).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取正则集记录文件（{error}）。</translation>
        </message>
        <message>
            <source>Delete the file: images already there are kept, rejected ones lose their new seeds.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请删除该文件：已有的图片会保留，被剔除图片的新种子会丢失。</translation>
        </message>
        <message>
            <source>config key '{key}' is not a reg setting and is ignored (check its spelling).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>配置项 '{key}' 不是正则图设置，已忽略（请检查拼写）。</translation>
        </message>
        <message>
            <source>reg setting {key} = {value} has the wrong type.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正则图设置 {key} = {value} 的类型不对。</translation>
        </message>
        <message>
            <source>Give {key} as {kind}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请把 {key} 写成{kind}。</translation>
        </message>
        <message>
            <source>{path}: the project has no concepts.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：项目中没有概念。</translation>
        </message>
        <message>
            <source>Add a concept first.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请先添加一个概念。</translation>
        </message>
        <message>
            <source>concept {which}: the project has {n} concept(s).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念 {which}：项目中只有 {n} 个概念。</translation>
        </message>
        <message>
            <source>Number concepts from 1, or give the concept's identifier.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念从 1 开始编号，也可以填写概念的标识符。</translation>
        </message>
        <message>
            <source>no concept with identifier '{ident}' in {path}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 中没有标识符为 '{ident}' 的概念。</translation>
        </message>
        <message>
            <source>Give an identifier from danlu.toml or the concept's number.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请填写 danlu.toml 中的标识符或概念的编号。</translation>
        </message>
        <message>
            <source>no identifier is set, so captions are used as they are; set 'identifier' to take the subject's name out.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有设置标识符，所以标注会原样使用；请设置 'identifier'，把主体的名字从标注中去掉。</translation>
        </message>
        <message>
            <source>source = "file" needs prompt_file.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>source = "file" 需要设置 prompt_file。</translation>
        </message>
        <message>
            <source>Name an sd-scripts prompt file.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请指定一个 sd-scripts 提示词文件。</translation>
        </message>
        <message>
            <source>the reg job needs 'output_dir', or 'project' to put the set in its reg/ folder.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正则图任务需要 'output_dir'，或者 'project'（把正则集放进项目的 reg/ 文件夹）。</translation>
        </message>
        <message>
            <source>captions, bucket sizes and the check need the training images: set 'captions_dir' or 'project'.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>读取标注、按分桶尺寸生成和检查都需要训练图片：请设置 'captions_dir' 或 'project'。</translation>
        </message>
        <message>
            <source>{path}: no training images there.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：这里没有训练图片。</translation>
        </message>
        <message>
            <source>the reg job needs 'model': the base model the LoRA will be trained on.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正则图任务需要 'model'：即将来训练 LoRA 所用的底模。</translation>
        </message>
        <message>
            <source>Set model to a diffusers folder (or a downloaded Hugging Face repo id).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请把 model 设为 diffusers 文件夹（或已下载的 Hugging Face 仓库 ID）。</translation>
        </message>
        <message>
            <source>source '{value}' is not one of {names}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>source '{value}' 不是 {names} 之一。</translation>
        </message>
        <message>
            <source>size '{value}' is not 'fixed' or 'buckets'.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>size '{value}' 不是 'fixed' 或 'buckets'。</translation>
        </message>
        <message>
            <source>{key} must be {low} or more (got {n}).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{key} 必须大于等于 {low}（当前为 {n}）。</translation>
        </message>
        <message>
            <source>set 'count' (or 'project', to use the suggested count).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请设置 'count'（或设置 'project' 以使用建议的数量）。</translation>
        </message>
        <message>
            <source>Set 'count' yourself.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请自己设置 'count'。</translation>
        </message>
        <message>
            <source>{file}: concept '{concept}' now takes its reg images from {source}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file}：概念 '{concept}' 现在从 {source} 读取正则化图片。</translation>
        </message>
        <message>
            <source>concept '{ident}' takes its reg images from {source}, not from {folder}; change reg_source in the project to use this set.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念 '{ident}' 的正则图取自 {source}，而不是 {folder}；要使用这个正则集，请修改项目中的 reg_source。</translation>
        </message>
        <message>
            <source>{folder} holds images made with other settings ({names} changed); they are kept. Delete them to render the whole set with the new settings.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有用其他设置生成的图片（{names} 有改动）；它们会保留。如果要用新设置生成整个正则集，请删除它们。</translation>
        </message>
        <message>
            <source>{folder} holds {n} image(s) numbered beyond count {count}; they stay in the set. Delete them if the set should be smaller.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 张图片的编号超出了数量 {count}；它们仍留在正则集中。如果正则集应该更小，请删除它们。</translation>
        </message>
        <message>
            <source>loading {model}</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在加载 {model}</translation>
        </message>
        <message>
            <source>{error} Nothing was written for them.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{error} 这些图片都没有写入。</translation>
        </message>
        <message>
            <source>Use dtype = "bf16" (RTX 30xx and newer) or "fp32"; fp16 overflows in some models' VAE.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用 dtype = "bf16"（RTX 30xx 及更新的显卡）或 "fp32"；有些模型的 VAE 在 fp16 下会溢出。</translation>
        </message>
        <message>
            <source>Lower batch_size (now {size}) or the size, or set vae_tiling = "on".</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请降低 batch_size（当前 {size}）或图片尺寸，或设置 vae_tiling = "on"。</translation>
        </message>
        <message>
            <source>mode '{value}' is not 'generate' or 'check'.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>mode '{value}' 不是 'generate' 或 'check'。</translation>
        </message>
        <message>
            <source>{image}: not an image of the reg folder {folder} (any more).</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{image}：（已）不是正则化文件夹 {folder} 中的图片。</translation>
        </message>
        <message>
            <source>Check the set again, then reject from the new report.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请重新检查正则化集，再根据新的报告剔除。</translation>
        </message>
        <message>
            <source>{path}: cannot move the image into {bin} ({error}).</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法把图片移入 {bin}（{error}）。</translation>
        </message>
        <message>
            <source>Make the reg folder writable, then reject again.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请让正则化文件夹可写，然后再剔除一次。</translation>
        </message>
        <message>
            <source>check setting {key} = {value} must be a number.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>检查设置 {key} = {value} 必须是数字。</translation>
        </message>
        <message>
            <source>reject = {value}: give a list of flags from {names}.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>reject = {value}：请填写由 {names} 中的标记组成的列表。</translation>
        </message>
        <message>
            <source>the check needs the class: set 'class_prompt' or 'project'.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>检查需要类别：请设置 'class_prompt' 或 'project'。</translation>
        </message>
        <message>
            <source>{path}: the reg folder does not exist; generate the set first.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：正则图文件夹不存在；请先生成正则集。</translation>
        </message>
        <message>
            <source>{path}: holds no images to check.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：没有可检查的图片。</translation>
        </message>
        <message>
            <source>loading CLIP {model}</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在加载 CLIP {model}</translation>
        </message>
        <message>
            <source>{key} is empty: give at least one value.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{key} 为空：请至少填写一个值。</translation>
        </message>
        <message>
            <source>unknown axis '{axis}': rows and columns take {names}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的维度 '{axis}'：行和列可以用 {names}。</translation>
        </message>
        <message>
            <source>axis '{axis}' is on both rows and columns; put it on one side.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>维度 '{axis}' 同时在行和列中；请只放在一边。</translation>
        </message>
        <message>
            <source>{key} has several values but is neither in rows nor in columns; add it to one of them or keep one value.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{key} 有多个值，但既不在行中也不在列中；请把它加到其中一边，或只保留一个值。</translation>
        </message>
        <message>
            <source>tolerance is a fraction between 0 and 1 (got {n}).</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>tolerance 是 0 到 1 之间的比例（当前为 {n}）。</translation>
        </message>
        <message>
            <source>{where}: unknown key '{key}'; known keys: {names}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：未知的键 '{key}'；可用的键：{names}。</translation>
        </message>
        <message>
            <source>{where}: {key} = {value} is not a {kind} list.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} = {value} 不是 {kind} 列表。</translation>
        </message>
        <message>
            <source>{where}: {key} = {value} is not a {kind}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} = {value} 不是 {kind}。</translation>
        </message>
        <message>
            <source>no preset '{name}'; presets: {names}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有预设 '{name}'；可用的预设：{names}。</translation>
        </message>
        <message>
            <source>no LoRA</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不加 LoRA</translation>
        </message>
        <message>
            <source>epoch {n}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>第 {n} 轮</translation>
        </message>
        <message>
            <source>step {n}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>第 {n} 步</translation>
        </message>
        <message>
            <source>weight {value}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>权重 {value}</translation>
        </message>
        <message>
            <source>seed {value}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>种子 {value}</translation>
        </message>
        <message>
            <source>CFG {value}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>CFG {value}</translation>
        </message>
        <message>
            <source>{path}: cannot read this grid ({error}). Render the grid again.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取这张对比图（{error}）。请重新生成对比图。</translation>
        </message>
        <message>
            <source>{path}: not a Danlu grid file (version {version}). Render the grid again.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 Danlu 的对比图文件（版本 {version}）。请重新生成对比图。</translation>
        </message>
        <message>
            <source>{path}: export as .png or .jpg.</source>
            <extracomment>message (grid_export.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：请导出为 .png 或 .jpg。</translation>
        </message>
        <message>
            <source>every row or every column is hidden: nothing to export.</source>
            <extracomment>message (grid_export.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>所有行或所有列都被隐藏了：没有可导出的内容。</translation>
        </message>
        <message>
            <source>{path}: not a LoRA .safetensors file that exists.</source>
            <extracomment>message (grid_export.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是存在的 LoRA .safetensors 文件。</translation>
        </message>
        <message>
            <source>{checkpoint} @ {weight}</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{checkpoint} @ {weight}</translation>
        </message>
        <message>
            <source>The grid has no LoRA checkpoints to choose from.</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>对比图中没有可供选择的 LoRA 检查点。</translation>
        </message>
        <message>
            <source>the base model without LoRA</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不加 LoRA 的底模</translation>
        </message>
        <message>
            <source>the checkpoints at the lowest weight ({weight})</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>最低权重（{weight}）下的检查点</translation>
        </message>
        <message>
            <source>Every checkpoint loses more than {tolerance} of the prompt adherence (CLIP-T) of {source}: they override the prompts. Try earlier epochs or lower weights.</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每个检查点的提示词贴合度（CLIP-T）都比{source}低了 {tolerance} 以上：它们压过了提示词。请试试更早的轮次（epoch）或更低的权重。</translation>
        </message>
        <message>
            <source>highest identity score (CLIP-I {clip_i}) among the {n} checkpoint(s) that keep prompt adherence within {tolerance} of {source} (CLIP-T ≥ {floor})</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在提示词贴合度与{source}相差不超过 {tolerance} 的 {n} 个检查点中（CLIP-T ≥ {floor}），人物相似度最高（CLIP-I {clip_i}）</translation>
        </message>
        <message>
            <source>highest prompt adherence (CLIP-T {clip_t}); no training images were given for CLIP-I</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>提示词贴合度最高（CLIP-T {clip_t}）；没有提供训练图片，无法计算 CLIP-I</translation>
        </message>
        <message>
            <source>{label}: {why}.</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{label}：{why}。</translation>
        </message>
        <message>
            <source>{path}: cannot read this checkpoint ({error}).</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取这个检查点（{error}）。</translation>
        </message>
        <message>
            <source>Pick checkpoints that exist; a rotated-away epoch is gone.</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请选择存在的检查点；被轮换删除的轮次已经不在了。</translation>
        </message>
        <message>
            <source>Use dtype = "bf16" or "fp32"; fp16 overflows in some models' VAE.</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用 dtype = "bf16" 或 "fp32"；有些模型的 VAE 在 fp16 下会溢出。</translation>
        </message>
        <message>
            <source>Lower the size or batch_size.</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请降低图片尺寸或 batch_size。</translation>
        </message>
        <message>
            <source>No scores: {error} {hint}</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有分数：{error} {hint}</translation>
        </message>
        <message>
            <source>{path} holds no images: no identity score (CLIP-I).</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 中没有图片：无法计算人物相似度（CLIP-I）。</translation>
        </message>
        <message>
            <source>no reason given</source>
            <extracomment>message (doctor_onnxruntime.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有给出原因</translation>
        </message>
        <message>
            <source>the onnx package is missing, so no test model could be built</source>
            <extracomment>message (doctor_onnxruntime.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>缺少 onnx 包，无法构建测试模型</translation>
        </message>
        <message>
            <source>Run the installer again (bash installer/install.sh, or installer\install.bat on Windows).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请重新运行安装程序（bash installer/install.sh，Windows 上是 installer\install.bat）。</translation>
        </message>
        <message>
            <source>NVIDIA driver {branch} or newer</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{branch} 或更新版本的 NVIDIA 驱动</translation>
        </message>
        <message>
            <source>an NVIDIA driver that runs CUDA {build}</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>支持 CUDA {build} 的 NVIDIA 驱动</translation>
        </message>
        <message>
            <source>the NVIDIA driver {driver} runs CUDA up to {driver_cuda}, but PyTorch {torch} is built for CUDA {build}: training cannot use the GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>NVIDIA 驱动 {driver} 最高只支持 CUDA {driver_cuda}，而 PyTorch {torch} 是为 CUDA {build} 构建的：训练用不了显卡。</translation>
        </message>
        <message>
            <source>Install {target} (nvidia.com/drivers, or your distribution's driver package), restart the computer and check again; or run the installer again to get a PyTorch build for this driver.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请安装{target}（nvidia.com/drivers，或 Linux 发行版自带的驱动包），重启电脑后再检查一次；也可以重新运行安装程序，换一个适合当前驱动的 PyTorch 版本。</translation>
        </message>
        <message>
            <source>PyTorch {torch} (built for CUDA {build}) cannot use the NVIDIA GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch {torch}（为 CUDA {build} 构建）用不了 NVIDIA 显卡。</translation>
        </message>
        <message>
            <source>The driver is probably older than that CUDA version (nvidia-smi shows the newest CUDA it runs): update the driver, or run the installer again to get a build for this driver.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>驱动可能比这个 CUDA 版本旧（nvidia-smi 会显示它支持的最高 CUDA 版本）：请更新驱动，或重新运行安装程序，换一个适合当前驱动的版本。</translation>
        </message>
        <message>
            <source>PyTorch is not installed or does not import ({error}).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch 没有安装或无法导入（{error}）。</translation>
        </message>
        <message>
            <source>PyTorch {torch} is a CPU-only build, but an NVIDIA driver is installed.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch {torch} 是纯 CPU 版本，但这台电脑装了 NVIDIA 驱动。</translation>
        </message>
        <message>
            <source>{reinstall} It picks the CUDA build for your driver.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{reinstall}它会按你的驱动选择 CUDA 版本。</translation>
        </message>
        <message>
            <source>no CUDA GPU: training will run on the CPU and be very slow.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有 CUDA 显卡：训练只能在 CPU 上跑，会非常慢。</translation>
        </message>
        <message>
            <source>Image preparation, captioning and caption editing work on the CPU, and the demo project runs end to end; training a real LoRA needs a machine with an NVIDIA GPU (8 GB or more).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>处理图片、自动打标和编辑标注在 CPU 上都能用，演示项目也能完整跑通；真正训练 LoRA 需要一台有 NVIDIA 显卡（显存 8 GB 或以上）的电脑。</translation>
        </message>
        <message>
            <source>PyTorch {torch} has no kernels for {gpu}, compute capability {capability}.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch {torch} 没有适用于 {gpu}（计算能力 {capability}）的内核。</translation>
        </message>
        <message>
            <source>{gpu} has only {gib} GiB of memory.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu} 只有 {gib} GiB 显存。</translation>
        </message>
        <message>
            <source>SD 1.5 LoRA training needs batch size 1, gradient checkpointing, fp16 and an 8-bit optimizer to fit: start from the preset '{preset}' on the Train page (Presets → By GPU memory); SDXL will not fit.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>训练 SD 1.5 LoRA 要用批量 1、梯度检查点、fp16 和 8-bit 优化器才放得下：在训练页从预设“{preset}”开始（预设 → 按显存）；SDXL 放不下。</translation>
        </message>
        <message>
            <source>{gpu} has {gib} GiB of memory: enough for SD 1.5 LoRAs; SDXL fits only with memory savings.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu} 有 {gib} GiB 显存：训练 SD 1.5 LoRA 足够；SDXL 要打开省显存的选项才放得下。</translation>
        </message>
        <message>
            <source>For SDXL start from the preset '{preset}' on the Train page (Presets → By GPU memory): fp8 base weights, cached text encoder outputs, gradient checkpointing and an 8-bit optimizer.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>练 SDXL 请在训练页从预设“{preset}”开始（预设 → 按显存）：底模权重用 fp8，缓存文本编码器输出，开启梯度检查点，使用 8-bit 优化器。</translation>
        </message>
        <message>
            <source>{gpu}: only {free} of {total} GiB free; another program is using the GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu}：{total} GiB 显存只剩 {free} GiB 可用；有其他程序正在使用显卡。</translation>
        </message>
        <message>
            <source>Close other GPU programs (a web UI, a game) first.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请先关闭其他占用显卡的程序（WebUI、游戏等）。</translation>
        </message>
        <message>
            <source>{gpu} has no bf16 support.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu} 不支持 bf16。</translation>
        </message>
        <message>
            <source>Use fp16 mixed precision.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请使用 fp16 混合精度。</translation>
        </message>
        <message>
            <source>onnxruntime is not usable ({error}): the WD tagger cannot caption.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 无法使用（{error}）：WD 标签器无法打标。</translation>
        </message>
        <message>
            <source>several onnxruntime packages are installed ({names}); the last one installed overwrote the others.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>装了多个 onnxruntime 包（{names}）；最后安装的那个覆盖了其他的。</translation>
        </message>
        <message>
            <source>Keep one: pip uninstall the others, then pip install --force-reinstall the one you keep.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>只保留一个：先 pip uninstall 其他的，再对要保留的那个执行 pip install --force-reinstall。</translation>
        </message>
        <message>
            <source>Install the onnxruntime-gpu release built for your PyTorch's CUDA major version (they then share the CUDA and cuDNN libraries).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请安装与 PyTorch 的 CUDA 主版本相同的 onnxruntime-gpu（这样它们能共用 CUDA 和 cuDNN 库）。</translation>
        </message>
        <message>
            <source>Expected without an NVIDIA GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有 NVIDIA 显卡时本来就是这样。</translation>
        </message>
        <message>
            <source>onnxruntime-gpu can't use CUDA: captioning runs on the CPU ({error}).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime-gpu 用不了 CUDA：打标在 CPU 上运行（{error}）。</translation>
        </message>
        <message>
            <source>onnxruntime has no CUDA provider: captioning runs on the CPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 没有 CUDA 执行器：打标在 CPU 上运行。</translation>
        </message>
        <message>
            <source>Install onnxruntime-gpu instead of onnxruntime for faster WD tagging.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>请安装 onnxruntime-gpu 代替 onnxruntime，让 WD 打标更快。</translation>
        </message>
        <message>
            <source>not installed</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有安装</translation>
        </message>
        <message>
            <source>bitsandbytes does not load ({error}): the 8-bit optimizers (AdamW8bit, Lion8bit) are unavailable.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>bitsandbytes 无法加载（{error}）：8-bit 优化器（AdamW8bit、Lion8bit）不可用。</translation>
        </message>
        <message>
            <source>missing packages: {names}.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>缺少这些包：{names}。</translation>
        </message>
        <message>
            <source>only {free} GiB free on the disk of {path} ({place}).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}（{place}）所在的磁盘只剩 {free} GiB 可用空间。</translation>
        </message>
        <message>
            <source>Checkpoints are 2-7 GB each and runs save several LoRA files and samples: free some space.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每个大模型 2-7 GB，每次训练还会保存多个 LoRA 文件和样图：请腾出一些空间。</translation>
        </message>
        <message>
            <source>no captioning model downloaded yet: auto-captioning (WD tagger, BLIP) needs one.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>还没有下载打标模型：自动打标（WD 标签器、BLIP）需要一个。</translation>
        </message>
        <message>
            <source>On the Captions page click Auto-caption…, pick a model and Download: the WD ViT tagger v3 (about 380 MB) writes tags, BLIP writes sentences. Settings → Models lists what is on disk. The demo project's captions are already written.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在打标页点“自动打标…”，选一个模型再点“下载”：WD ViT tagger v3（约 380 MB）输出标签，BLIP 输出句子。设置 → 模型 列出了已下载的模型。演示项目的标注已经写好了。</translation>
        </message>
        <message>
            <source>no Stable Diffusion base model in the Hugging Face cache.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>Hugging Face 缓存里没有 Stable Diffusion 底模。</translation>
        </message>
        <message>
            <source>Training a real LoRA starts from the model you generate with: download a checkpoint (.safetensors, SD 1.5 or SDXL, from Civitai or Hugging Face) and pick it on the Train page under Base model, or type a Hugging Face repo id there to download it.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>训练真正的 LoRA 要从你出图用的底模开始：下载一个大模型（.safetensors，SD 1.5 或 SDXL，可以从 Civitai 或 Hugging Face 下载），在训练页的“底模”里选中它，或者在那里填 Hugging Face 仓库 ID 来下载。</translation>
        </message>
        <message>
            <source>project</source>
            <extracomment>message (doctor.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>项目</translation>
        </message>
        <message>
            <source>home</source>
            <extracomment>message (doctor.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>主目录</translation>
        </message>
        <message>
            <source>Hugging Face cache</source>
            <extracomment>message (doctor.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>Hugging Face 缓存</translation>
        </message>
        <message>
            <source>{folder}: not a folder. Pick a folder that holds your images.</source>
            <extracomment>message (imagefiles.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：不是文件夹。请选择存放图片的文件夹。</translation>
        </message>
        <message>
            <source>{folder}: cannot list this folder ({error}). Give yourself permission to read it, or choose a source folder that does not hold it.</source>
            <extracomment>message (imagefiles.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：无法列出这个文件夹的内容（{error}）。请给自己读取权限，或选择不包含它的来源文件夹。</translation>
        </message>
        <message>
            <source>{path}: written by a newer Danlu. Update Danlu to open this project.</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：由更新版本的 Danlu 写入。请升级 Danlu 后再打开这个项目。</translation>
        </message>
        <message>
            <source>{path}: the entry for '{key}' is invalid ({error}). Fix or delete that entry (deleting it only forgets that image's crop).</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：'{key}' 的条目无效（{error}）。请修正或删除该条目（删除只会丢掉那张图片的裁剪）。</translation>
        </message>
        <message>
            <source>{path}: not a valid crops file ({error}). Restore it from a backup, or delete it to start the crops over.</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是有效的裁剪文件（{error}）。请从备份恢复，或删除它重新裁剪。</translation>
        </message>
        <message>
            <source>{path}: cannot read the crops file ({error}). Make it a file you may read, or move it away to start the crops over.</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取裁剪文件（{error}）。请改成你有权限读取的文件，或把它移走重新裁剪。</translation>
        </message>
        <message>
            <source> (it decodes as {encoding})</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>（可按 {encoding} 解码）</translation>
        </message>
        <message>
            <source>{path}: not a UTF-8 text file{guess}. Danlu reads and writes captions as UTF-8; convert this file to UTF-8 (Danlu can do it and keeps a .bak copy of the original).</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 UTF-8 文本文件{guess}。Danlu 以 UTF-8 读写标注；请把这个文件转换为 UTF-8（Danlu 可以代劳，并把原文件保留为 .bak 副本）。</translation>
        </message>
        <message>
            <source>{path}: cannot read this caption file ({error}). Move it away, or make it a text file you may read.</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取这个标注文件（{error}）。请把它移走，或改成你有权限读取的文本文件。</translation>
        </message>
        <message>
            <source>{path}: changed on disk since Danlu read it. Reload it to see the new text, or overwrite it with yours.</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：Danlu 读取后，磁盘上的文件被改动了。请重新载入查看新内容，或用你的内容覆盖它。</translation>
        </message>
        <message>
            <source>{path}: does not decode as {encoding} ({reason} at byte {byte}).</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法按 {encoding} 解码（第 {byte} 字节：{reason}）。</translation>
        </message>
        <message>
            <source>{message} It is skipped.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{message} 已跳过。</translation>
        </message>
        <message>
            <source>{path}: cannot make its thumbnail ({error}). It is skipped; check the file and the cache folder.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法生成缩略图（{error}）。已跳过；请检查该文件和缓存文件夹。</translation>
        </message>
        <message>
            <source>thumbnails needs 'source' and 'cache' folders in its config.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>缩略图任务的配置需要 'source' 和 'cache' 文件夹。</translation>
        </message>
        <message>
            <source>thumbnail size {size} is outside 16–1024 px.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>缩略图尺寸 {size} 不在 16–1024 像素范围内。</translation>
        </message>
        <message>
            <source>{where}: a concept must be a [[concepts]] table with an identifier and a class_token, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：每个概念必须是带 identifier 和 class_token 的 [[concepts]] 表，而不是 {value}。请用文本编辑器改正，然后重新打开项目。</translation>
        </message>
        <message>
            <source>{where}: {key} must be a whole number, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} 必须是整数，而不是 {value}。请用文本编辑器改正，然后重新打开项目。</translation>
        </message>
        <message>
            <source>{where}: {key} must be a list in square brackets, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} 必须是方括号里的列表，而不是 {value}。请用文本编辑器改正，然后重新打开项目。</translation>
        </message>
        <message>
            <source>{where}: {key} must be text in quotes, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} 必须是引号里的文本，而不是 {value}。请用文本编辑器改正，然后重新打开项目。</translation>
        </message>
        <message>
            <source>{folder}: Danlu cannot write in this project folder ({error}). Every step saves its work there: make the folder writable, or copy the project to a folder you can write to and open the copy.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：Danlu 无法在这个项目文件夹中写入（{error}）。每一步都把结果保存在这里：请让该文件夹可写，或把项目复制到你能写入的文件夹并打开副本。</translation>
        </message>
        <message>
            <source>{path}: file not found. Check the path.</source>
            <extracomment>message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到文件。请检查路径。</translation>
        </message>
        <message>
            <source>{path}: not valid TOML ({error}). Fix the file or re-save it from Danlu.</source>
            <extracomment>message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是有效的 TOML（{error}）。请修正该文件，或在 Danlu 中重新保存。</translation>
        </message>
        <message>
            <source>{path}: the model's configs cannot be read ({error}).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：无法读取该模型的配置文件（{error}）。</translation>
        </message>
        <message>
            <source>Download the model again with the model manager, or correct the config.json files in its unet, vae and text_encoder folders.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>用模型管理器重新下载该模型，或修正其 unet、vae 和 text_encoder 文件夹中的 config.json 文件。</translation>
        </message>
        <message>
            <source>--vram {size}: not a card size in GB.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>--vram {size}：不是以 GB 为单位的显卡容量。</translation>
        </message>
        <message>
            <source>Give the card's memory in GB, e.g. --vram 8.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>以 GB 为单位给出显卡的显存，例如 --vram 8。</translation>
        </message>
        <message>
            <source>Estimating the peak VRAM of {model} ({family}) with a dry run on the meta device…</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 meta 设备上的空跑估算 {model}（{family}）的显存峰值…</translation>
        </message>
        <message>
            <source>No CUDA GPU: the estimate is for a GPU of your choice; add --vram GB to compare it with a card's memory.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有 CUDA 显卡：此估算适用于你选择的显卡；加上 --vram GB 即可与某张显卡的显存比较。</translation>
        </message>
        <message>
            <source>free on this GPU</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>本机显卡的可用显存</translation>
        </message>
        <message>
            <source>a {size} GB card less {kept} the desktop keeps</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{size} GB 显卡减去桌面占用的 {kept}</translation>
        </message>
        <message>
            <source>It fits in {free} ({what}).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>放得下 {free}（{what}）。</translation>
        </message>
        <message>
            <source>It does not fit in {free} ({what}).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>放不下 {free}（{what}）。</translation>
        </message>
        <message>
            <source>Faster and still fits: {switches}.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>更快且仍放得下：{switches}。</translation>
        </message>
        <message>
            <source>Nothing on the memory ladder makes it fit (tried: {switches}). Lower the resolution or the network rank, or use a card with more memory.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>显存阶梯上的任何一级都放不下（已试：{switches}）。请降低分辨率或网络维度，或使用显存更大的显卡。</translation>
        </message>
        <message>
            <source>nothing applies</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>没有可用的一级</translation>
        </message>
        <message>
            <source>It fits with: {switches}.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>打开这些后放得下：{switches}。</translation>
        </message>
        <message>
            <source>New peak {peak} (needs {needed} free).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>新的峰值 {peak}（需要 {needed} 可用）。</translation>
        </message>
        <message>
            <source>The LoRA is saved here: {path}.</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LoRA 已保存在：{path}。</translation>
        </message>
        <message>
            <source>Not uploaded to Hugging Face ({repo}): offline mode is on (HF_HUB_OFFLINE). {kept}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未上传到 Hugging Face（{repo}）：离线模式已开启（HF_HUB_OFFLINE）。{kept}</translation>
        </message>
        <message>
            <source>Not uploaded to Hugging Face ({repo}): no access token. Log in once with 'hf auth login' (or set HF_TOKEN), then train again or upload the file yourself. {kept}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未上传到 Hugging Face（{repo}）：没有访问令牌。请先用 'hf auth login' 登录一次（或设置 HF_TOKEN），然后重新训练，或自己上传文件。{kept}</translation>
        </message>
        <message>
            <source>Upload to Hugging Face repo {repo} failed ({reason}). Check the repo id, that your token may write to it, and the connection. {kept}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>上传到 Hugging Face 仓库 {repo} 失败（{reason}）。请检查仓库 ID、你的令牌是否有写入权限，以及网络连接。{kept}</translation>
        </message>
        <message>
            <source>uploaded to Hugging Face: {repo}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已上传到 Hugging Face：{repo}</translation>
        </message>
        <message>
            <source>caching latents (higher than training): {size} GB</source>
            <extracomment>message (fit_estimate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>缓存潜变量（高于训练时）：{size} GB</translation>
        </message>
        <message>
            <source>peak: {peak} GB (needs {needed} GB free)</source>
            <extracomment>message (fit_estimate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>峰值：{peak} GB（需要 {needed} GB 可用）</translation>
        </message>
        <message>
            <source>CUDA graphs recorded for U-Net input {shape} ({n} shape(s) so far)</source>
            <extracomment>message (cuda_graphs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已为 U-Net 输入 {shape} 录制 CUDA Graph（目前共 {n} 种尺寸）</translation>
        </message>
    </context>
</TS>
