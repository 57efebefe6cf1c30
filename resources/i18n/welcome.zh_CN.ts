<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MachineCheck</name>
    <message>
        <source>No NVIDIA GPU: training runs on the CPU only, and very slowly.</source>
        <translation>没有 NVIDIA 显卡：训练只能在 CPU 上跑，而且非常慢。</translation>
    </message>
    <message>
        <source>Preparing images, captioning, editing captions and the demo project all work on this computer. Training a real LoRA needs a computer with an NVIDIA GPU (8 GB or more).</source>
        <translation>处理图片、自动打标、编辑标注和演示项目在这台电脑上都能用。真正训练 LoRA 需要一台有 NVIDIA 显卡（显存 8 GB 或以上）的电脑。</translation>
    </message>
    <message>
        <source>PyTorch {torch} is a CPU-only build, but an NVIDIA driver is installed.</source>
        <translation>PyTorch {torch} 是纯 CPU 版本，但这台电脑装了 NVIDIA 驱动。</translation>
    </message>
    <message>
        <source>Run the installer again: it picks the PyTorch build for your driver.</source>
        <translation>重新运行安装程序：它会按你的驱动选择合适的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>The NVIDIA driver {driver} runs CUDA up to {driver_cuda}, but PyTorch is built for CUDA {build}: training cannot use the GPU.</source>
        <translation>NVIDIA 驱动 {driver} 最高只支持 CUDA {driver_cuda}，而 PyTorch 是为 CUDA {build} 构建的：训练用不了显卡。</translation>
    </message>
    <message>
        <source>Install NVIDIA driver {branch} or newer (nvidia.com/drivers, or your distribution&apos;s driver package), restart the computer and check again; or run the installer again to get a PyTorch build for this driver.</source>
        <translation>安装 {branch} 或更新版本的 NVIDIA 驱动（nvidia.com/drivers，或 Linux 发行版自带的驱动包），重启电脑后再检查一次；也可以重新运行安装程序，换一个适合当前驱动的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>{gpu} has only {gib} GiB of video memory.</source>
        <translation>{gpu} 只有 {gib} GiB 显存。</translation>
    </message>
    <message>
        <source>SD 1.5 LoRAs fit only with every memory saving: start from the preset “{preset}” on the Train page (Presets → By GPU memory). SDXL will not fit.</source>
        <translation>SD 1.5 LoRA 要打开所有省显存的选项才放得下：在训练页从预设“{preset}”开始（预设 → 按显存）。SDXL 放不下。</translation>
    </message>
    <message>
        <source>{gpu} has {gib} GiB of video memory: enough for SD 1.5 LoRAs; SDXL fits only with memory savings.</source>
        <translation>{gpu} 有 {gib} GiB 显存：训练 SD 1.5 LoRA 足够；SDXL 要打开省显存的选项才放得下。</translation>
    </message>
    <message>
        <source>For SDXL start from the preset “{preset}” on the Train page (Presets → By GPU memory): fp8 base weights, cached text encoder outputs, gradient checkpointing and an 8-bit optimizer.</source>
        <translation>练 SDXL 请在训练页从预设“{preset}”开始（预设 → 按显存）：底模权重用 fp8，缓存文本编码器输出，开启梯度检查点，使用 8-bit 优化器。</translation>
    </message>
    <message>
        <source>Captioning runs on the CPU, as expected without an NVIDIA GPU.</source>
        <translation>打标在 CPU 上运行：没有 NVIDIA 显卡时本来就是这样。</translation>
    </message>
    <message>
        <source>Nothing to do: auto-captioning works, only slower than on a GPU.</source>
        <translation>不用处理：自动打标照常可用，只是比在显卡上慢。</translation>
    </message>
    <message>
        <source>No captioning model downloaded yet.</source>
        <translation>还没有下载打标模型。</translation>
    </message>
    <message>
        <source>Auto-captioning needs one: on the Captions page click Auto-caption…, pick a model and Download (the WD ViT tagger v3, about 380 MB, writes tags; BLIP writes sentences). The demo project&apos;s captions are already written.</source>
        <translation>自动打标需要一个打标模型：在打标页点“自动打标…”，选一个模型再点“下载”（WD ViT tagger v3 约 380 MB，输出标签；BLIP 输出自然语言句子）。演示项目的标注已经写好了。</translation>
    </message>
    <message>
        <source>No Stable Diffusion base model in the Hugging Face cache.</source>
        <translation>Hugging Face 缓存里没有 Stable Diffusion 底模。</translation>
    </message>
    <message>
        <source>Training a real LoRA starts from the model you generate with: download a .safetensors checkpoint (SD 1.5 or SDXL, from Civitai or Hugging Face) and pick it on the Train page under Base model, or type a Hugging Face repo id there.</source>
        <translation>训练真正的 LoRA 要从你出图用的底模开始：下载一个 .safetensors 大模型（SD 1.5 或 SDXL，可以从 Civitai 或 Hugging Face 下载），在训练页的“底模”里选中它，或者在那里填 Hugging Face 仓库 ID。</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>必须修复</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Open the Captions page</source>
        <translation>打开打标页</translation>
    </message>
    <message>
        <source>Open the Train page</source>
        <translation>打开训练页</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>还没有检查。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Check this machine</source>
        <translation>检查本机</translation>
    </message>
    <message>
        <source>Everything Danlu needs is in place.</source>
        <translation>Danlu 需要的东西都已就绪。</translation>
    </message>
    <message>
        <source>Fix the problems marked “Must fix” before training.</source>
        <translation>训练前先解决标着“必须修复”的问题。</translation>
    </message>
    <message>
        <source>Checked. What was found, and what to do:</source>
        <translation>检查完毕。发现的问题和处理办法：</translation>
    </message>
    <message>
        <source>PyTorch does not load</source>
        <translation>PyTorch 无法加载</translation>
    </message>
    <message>
        <source>PyTorch {version} (CUDA {cuda})</source>
        <translation>PyTorch {version}（CUDA {cuda}）</translation>
    </message>
    <message>
        <source>PyTorch {version} (CPU only)</source>
        <translation>PyTorch {version}（仅 CPU）</translation>
    </message>
    <message>
        <source>{name}, {gib} GiB</source>
        <translation>{name}，{gib} GiB</translation>
    </message>
    <message>
        <source>no NVIDIA GPU</source>
        <translation>没有 NVIDIA 显卡</translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU:&lt;/b&gt; {gpus} · {torch}</source>
        <translation>&lt;b&gt;显卡：&lt;/b&gt;{gpus} · {torch}</translation>
    </message>
    <message>
        <source>Checking this machine… (PyTorch loads and the GPU is probed: a few seconds, up to a minute on a busy computer)</source>
        <translation>正在检查本机…（要加载 PyTorch 并探测显卡：通常几秒钟，电脑忙时最多一分钟）</translation>
    </message>
    <message>
        <source>The check did not finish ({state}): {message}. The Jobs page shows its log; Check again retries.</source>
        <translation>检查没有完成（{state}）：{message}。任务页里有它的日志；点“重新检查”再试一次。</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>Open the demo project</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>New project from a folder of images…</source>
        <translation>用图片文件夹新建项目…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Import your photos, look at the ones flagged (blurry, too small, duplicates) and crop them to training sizes.</source>
        <translation>导入照片，看看被标出问题的图（模糊、太小、重复），再裁剪到训练尺寸。</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>打标</translation>
    </message>
    <message>
        <source>Auto-caption with a WD tagger or BLIP, then edit: tag what should stay changeable, leave out what the trigger word should learn.</source>
        <translation>用 WD 打标器或 BLIP 自动打标，再手动修改：想保持可变的特征要写进标签，想让触发词学进去的特征就删掉。</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Optional: generate class images with the base model, so that the LoRA does not turn every “woman” into your character.</source>
        <translation>可选：用底模生成类别图（正则图），免得 LoRA 把每个“woman”都画成你的角色。</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>训练文件夹</translation>
    </message>
    <message>
        <source>Set the trigger word, class and repeats; Danlu builds the kohya-style img/ and reg/ folders and counts the steps.</source>
        <translation>设置触发词、类别和重复次数；Danlu 按 kohya 的格式建好 img/ 和 reg/ 文件夹，并算出总步数。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Pick the base model and a preset for your GPU, start, and watch the loss and the sample images.</source>
        <translation>选好底模和适合你显卡的预设，开始训练，盯着 loss 曲线和采样图。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Render a grid of checkpoints × prompts and keep the epoch that looks best.</source>
        <translation>把各轮保存的模型 × 提示词出一张对比图，留下效果最好的那一轮（epoch）。</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Put the LoRA (.safetensors) into the loras folder of the WebUI, Forge or ComfyUI and generate with its trigger word.</source>
        <translation>把 LoRA（.safetensors）放进 WebUI、Forge 或 ComfyUI 的 loras 文件夹，用触发词出图。</translation>
    </message>
    <message>
        <source>New here? The demo project holds a dozen captioned portraits of a made-up character: try every step on it, then start your own project from a folder of your photos (they are copied, never changed).</source>
        <translation>第一次用？演示项目里有十来张虚构角色的头像，已经打好标：先在它上面把每一步走一遍，再用你自己的照片文件夹新建项目（照片会被复制，原图不会被改动）。</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>从这里开始</translation>
    </message>
    <message>
        <source>The path, one step per page</source>
        <translation>流程：每一步一个页面</translation>
    </message>
    <message>
        <source>Welcome to Danlu</source>
        <translation>欢迎使用 Danlu</translation>
    </message>
    <message>
        <source>From a folder of photos to a tested LoRA, on your own computer.</source>
        <translation>在你自己的电脑上，从一文件夹照片炼出一个测试过的 LoRA。</translation>
    </message>
</context>
</TS>
