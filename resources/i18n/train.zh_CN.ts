<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BaseModelCheck</name>
    <message>
        <source>{file} is an SD 1.x checkpoint but &apos;SD 2.x model&apos; is ticked.</source>
        <translation>{file} 是 SD 1.x 模型，但勾选了“SD 2.x 模型”。</translation>
    </message>
    <message>
        <source>{file} is an SD 2.x checkpoint: tick &apos;SD 2.x model&apos;.</source>
        <translation>{file} 是 SD 2.x 模型：请勾选“SD 2.x 模型”。</translation>
    </message>
    <message>
        <source>{file} is SD 2.x: a 768-v model (SD 2.0/2.1 768) needs v-prediction ticked; the weights alone do not say which one it is.</source>
        <translation>{file} 是 SD 2.x 模型：768-v 模型（SD 2.0/2.1 768）需要勾选 v-prediction；仅凭权重无法判断是哪一种。</translation>
    </message>
</context>
<context>
    <name>BundledPresets</name>
    <message>
        <source>Worked examples</source>
        <translation>实战示例</translation>
    </message>
    <message>
        <source>Example · seed 001 realistic person</source>
        <translation>示例 · seed 001 写实真人</translation>
    </message>
    <message>
        <source>Seed 001&apos;s working run: 45 photos + 4,200 reg images, AdamW8bit, 2e-4 / 5e-5, rank 128 alpha 1, prior loss 0.15, noise offset 0.06, 12 epochs.</source>
        <translation>seed 001 中实际跑通的训练：45 张照片 + 4,200 张正则图，AdamW8bit，学习率 2e-4 / 5e-5，rank 128、alpha 1，先验损失权重 0.15，噪声偏移 0.06，12 轮。</translation>
    </message>
    <message>
        <source>Example · seed 004 CivitAI SDXL (AdamW8bit)</source>
        <translation>示例 · seed 004 CivitAI SDXL（AdamW8bit）</translation>
    </message>
    <message>
        <source>Seed 004&apos;s CivitAI run: AdamW8bit 5e-4 / 5e-5 with weight decay 0.1, rank 256 alpha 1, batch 4, 16 epochs, flip.</source>
        <translation>seed 004 在 CivitAI 上的训练：AdamW8bit，学习率 5e-4 / 5e-5，权重衰减 0.1，rank 256、alpha 1，批量大小 4，16 轮，水平翻转。</translation>
    </message>
    <message>
        <source>Example · seed 004 kohya SDXL (DAdaptAdamPreprint)</source>
        <translation>示例 · seed 004 kohya SDXL（DAdaptAdamPreprint）</translation>
    </message>
    <message>
        <source>Seed 004&apos;s local kohya run: DAdaptAdamPreprint at lr 1, rank 64 alpha 1, 10 epochs, batch 1, cosine with restarts, 10% warmup.</source>
        <translation>seed 004 在本地 kohya 上的训练：DAdaptAdamPreprint，学习率 1，rank 64、alpha 1，10 轮，批量大小 1，带重启的余弦调度，10% 预热。</translation>
    </message>
    <message>
        <source>Example · seed 004 TensorArt SDXL (Prodigy)</source>
        <translation>示例 · seed 004 TensorArt SDXL（Prodigy）</translation>
    </message>
    <message>
        <source>Seed 004&apos;s TensorArt run: Prodigy at lr 1, rank 64 alpha 1, 10 epochs, cosine with 3 restarts, a save per epoch.</source>
        <translation>seed 004 在 TensorArt 上的训练：Prodigy，学习率 1，rank 64、alpha 1，10 轮，余弦调度重启 3 次，每轮保存一次。</translation>
    </message>
    <message>
        <source>SD 1.5 · character</source>
        <translation>SD 1.5 · 角色</translation>
    </message>
    <message>
        <source>A person or character on SD 1.5: rank 32, AdamW8bit, 1e-4 / 5e-5, 10 epochs, cosine, a save per epoch.</source>
        <translation>在 SD 1.5 上训练真人或角色：rank 32，AdamW8bit，学习率 1e-4 / 5e-5，10 轮，余弦调度，每轮保存一次。</translation>
    </message>
    <message>
        <source>SD 1.5 · 6–8 GB GPU</source>
        <translation>SD 1.5 · 6–8 GB 显卡</translation>
    </message>
    <message>
        <source>SD 1.5 within 6–8 GB of VRAM: batch 1, gradient checkpointing, AdamW8bit, U-Net only, rank 16.</source>
        <translation>SD 1.5，显存 6–8 GB 以内：批量大小 1，梯度检查点，AdamW8bit，只训练 U-Net，rank 16。</translation>
    </message>
    <message>
        <source>SD 1.5 · style</source>
        <translation>SD 1.5 · 画风</translation>
    </message>
    <message>
        <source>An art style on SD 1.5: rank 32, flip and caption dropout, text encoder at a fifth of the U-Net&apos;s rate.</source>
        <translation>在 SD 1.5 上训练画风：rank 32，水平翻转和标注丢弃（caption dropout），文本编码器学习率为 U-Net 的五分之一。</translation>
    </message>
    <message>
        <source>SDXL · character</source>
        <translation>SDXL · 角色</translation>
    </message>
    <message>
        <source>A person or character on SDXL at 1024 px: U-Net only, rank 32, AdamW8bit 1e-4, bf16, checkpointing.</source>
        <translation>在 SDXL 上以 1024 px 训练真人或角色：只训练 U-Net，rank 32，AdamW8bit 学习率 1e-4，bf16，梯度检查点。</translation>
    </message>
    <message>
        <source>By GPU memory</source>
        <translation>按显存</translation>
    </message>
    <message>
        <source>SD 1.5 · 6 GB GPU</source>
        <translation>SD 1.5 · 6 GB 显卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 6 GB of VRAM: batch 1, gradient checkpointing, AdamW8bit, U-Net only, rank 16.</source>
        <translation>SD 1.5，512 px，显存 6 GB 以内：批量大小 1，梯度检查点，AdamW8bit，只训练 U-Net，rank 16。</translation>
    </message>
    <message>
        <source>SD 1.5 · 8 GB GPU</source>
        <translation>SD 1.5 · 8 GB 显卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 8 GB of VRAM: batch 2, gradient checkpointing, AdamW8bit, U-Net and text encoder, rank 32.</source>
        <translation>SD 1.5，512 px，显存 8 GB 以内：批量大小 2，梯度检查点，AdamW8bit，训练 U-Net 和文本编码器，rank 32。</translation>
    </message>
    <message>
        <source>SD 1.5 · 12 GB GPU</source>
        <translation>SD 1.5 · 12 GB 显卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 12 GB of VRAM: batch 4 without checkpointing (faster), AdamW8bit, rank 32.</source>
        <translation>SD 1.5，512 px，显存 12 GB 以内：批量大小 4，不开梯度检查点（更快），AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SD 1.5 · 16 GB GPU</source>
        <translation>SD 1.5 · 16 GB 显卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 16 GB of VRAM: batch 6 without checkpointing, AdamW, rank 32.</source>
        <translation>SD 1.5，512 px，显存 16 GB 以内：批量大小 6，不开梯度检查点，AdamW，rank 32。</translation>
    </message>
    <message>
        <source>SD 1.5 · 24 GB GPU</source>
        <translation>SD 1.5 · 24 GB 显卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 24 GB of VRAM: batch 8 without checkpointing, AdamW, rank 64.</source>
        <translation>SD 1.5，512 px，显存 24 GB 以内：批量大小 8，不开梯度检查点，AdamW，rank 64。</translation>
    </message>
    <message>
        <source>SDXL · 6 GB GPU</source>
        <translation>SDXL · 6 GB 显卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 6 GB of VRAM: fp8 base weights, cached text encoder outputs, batch 1, checkpointing, AdamW8bit, rank 16.</source>
        <translation>SDXL，1024 px，显存 6 GB 以内：底模权重 fp8，缓存文本编码器输出，批量大小 1，梯度检查点，AdamW8bit，rank 16。</translation>
    </message>
    <message>
        <source>SDXL · 8 GB GPU</source>
        <translation>SDXL · 8 GB 显卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 8 GB of VRAM: fp8 base weights, cached text encoder outputs, batch 1, checkpointing, AdamW8bit, rank 32.</source>
        <translation>SDXL，1024 px，显存 8 GB 以内：底模权重 fp8，缓存文本编码器输出，批量大小 1，梯度检查点，AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SDXL · 12 GB GPU</source>
        <translation>SDXL · 12 GB 显卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 12 GB of VRAM: 16-bit base weights, cached text encoder outputs, batch 1, checkpointing, AdamW8bit, rank 32.</source>
        <translation>SDXL，1024 px，显存 12 GB 以内：底模权重 16 位，缓存文本编码器输出，批量大小 1，梯度检查点，AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SDXL · 16 GB GPU</source>
        <translation>SDXL · 16 GB 显卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 16 GB of VRAM: batch 4, checkpointing, cached text encoder outputs, AdamW8bit, rank 32.</source>
        <translation>SDXL，1024 px，显存 16 GB 以内：批量大小 4，梯度检查点，缓存文本编码器输出，AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SDXL · 24 GB GPU</source>
        <translation>SDXL · 24 GB 显卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 24 GB of VRAM: batch 6, checkpointing, cached text encoder outputs, AdamW, rank 32.</source>
        <translation>SDXL，1024 px，显存 24 GB 以内：批量大小 6，梯度检查点，缓存文本编码器输出，AdamW，rank 32。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{m} min {seconds} s</source>
        <translation>{m} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>The loss became NaN: training stopped</source>
        <translation>损失变成了 NaN：训练已停止</translation>
    </message>
    <message>
        <source>Out of GPU memory</source>
        <translation>显存不足</translation>
    </message>
    <message>
        <source>The settings were refused</source>
        <translation>设置被拒绝</translation>
    </message>
    <message>
        <source>The base model could not be loaded</source>
        <translation>无法加载底模</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>有文件无法读取或写入</translation>
    </message>
    <message>
        <source>CUDA error</source>
        <translation>CUDA 错误</translation>
    </message>
    <message>
        <source>Danlu hit a bug</source>
        <translation>Danlu 遇到了程序错误（bug）</translation>
    </message>
    <message>
        <source>The training process ended without reporting an error</source>
        <translation>训练进程意外结束，没有报告错误</translation>
    </message>
    <message>
        <source>Training failed ({kind})</source>
        <translation>训练失败（{kind}）</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>处理办法：{hint}</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>U-Net weights</source>
        <translation>U-Net 权重</translation>
    </message>
    <message>
        <source>Text encoder weights</source>
        <translation>文本编码器权重</translation>
    </message>
    <message>
        <source>LoRA weights</source>
        <translation>LoRA 权重</translation>
    </message>
    <message>
        <source>LoRA gradients</source>
        <translation>LoRA 梯度</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Cache latents</source>
        <translation>缓存 latent</translation>
    </message>
    <message>
        <source>Cache text encoder outputs</source>
        <translation>缓存文本编码器输出</translation>
    </message>
    <message>
        <source>8-bit optimizer</source>
        <translation>8 位优化器</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <source>Recompute everything when checkpointing (untick &apos;Keep costly results&apos;)</source>
        <translation>检查点时全部重算（取消勾选“保留高代价结果”）</translation>
    </message>
    <message>
        <source>No gradient checkpointing (20–30% faster steps)</source>
        <translation>不用梯度检查点（每步快 20–30%）</translation>
    </message>
    <message>
        <source>Keep costly results when checkpointing (half the recomputation)</source>
        <translation>检查点保留高代价结果（重算量减半）</translation>
    </message>
    <message>
        <source>fp8 base model weights</source>
        <translation>底模权重用 fp8</translation>
    </message>
    <message>
        <source>LoRA weights in bf16 (full_bf16)</source>
        <translation>LoRA 权重用 bf16（full_bf16）</translation>
    </message>
    <message>
        <source>Batch size 1 with gradient accumulation (same images per step)</source>
        <translation>批量大小 1 加梯度累积（每步图片数不变）</translation>
    </message>
    <message>
        <source>Train the U-Net only</source>
        <translation>只训练 U-Net</translation>
    </message>
    <message>
        <source>Free memory of this GPU</source>
        <translation>本机显卡的可用显存</translation>
    </message>
    <message>
        <source>A {size} GB card</source>
        <translation>{size} GB 显卡</translation>
    </message>
    <message>
        <source>Compare with this computer&apos;s GPU, or with a card of this size (less 0.25 GB the desktop keeps)</source>
        <translation>与本机显卡比较，或与这个容量的显卡比较（扣除桌面占用的 0.25 GB）</translation>
    </message>
    <message>
        <source>Will it fit?</source>
        <translation>显存够吗？</translation>
    </message>
    <message>
        <source>Estimate the run&apos;s peak VRAM (no weights loaded; SDXL takes a few seconds) and propose memory savings when it does not fit</source>
        <translation>估算这次训练的显存峰值（不加载权重；SDXL 需要几秒），显存不够时给出省显存的办法</translation>
    </message>
    <message>
        <source>Needs free: the peak plus 10% for the allocator&apos;s fragmentation and 0.5 GB for the CUDA context</source>
        <translation>需要可用：峰值加上 10% 的显存分配碎片，再加 0.5 GB 的 CUDA 上下文</translation>
    </message>
    <message>
        <source>Apply these settings</source>
        <translation>应用这些设置</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put back the settings the proposal changed</source>
        <translation>恢复被建议改动的设置</translation>
    </message>
    <message>
        <source>Estimating… (a dry run without weights: a few seconds, longer for SDXL)</source>
        <translation>正在估算…（不加载权重的试运行：几秒钟，SDXL 更久）</translation>
    </message>
    <message>
        <source>Will it fit? · {model}</source>
        <translation>显存够吗？· {model}</translation>
    </message>
    <message>
        <source>The estimate failed: {message}</source>
        <translation>估算失败：{message}</translation>
    </message>
    <message>
        <source>The estimate was cancelled.</source>
        <translation>估算已取消。</translation>
    </message>
    <message>
        <source>No CUDA GPU on this computer: the estimate is for a GPU of your choice. Pick a card size above to compare with it.</source>
        <translation>这台电脑没有 CUDA 显卡：估算针对你选择的显卡。请在上方选择一个显卡容量来比较。</translation>
    </message>
    <message>
        <source>It fits: it needs {needed} of {free} free.</source>
        <translation>够用：需要 {needed}，可用 {free}。</translation>
    </message>
    <message>
        <source>It does not fit: it needs {needed}, {free} are free.</source>
        <translation>不够用：需要 {needed}，只有 {free} 可用。</translation>
    </message>
    <message>
        <source>Caching latents (before training, higher)</source>
        <translation>缓存 latent（训练开始前，更高）</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Needs free</source>
        <translation>需要可用</translation>
    </message>
    <message>
        <source>Free on this GPU</source>
        <translation>本机显卡可用</translation>
    </message>
    <message>
        <source>Free on the card</source>
        <translation>该显卡可用</translation>
    </message>
    <message>
        <source>Nothing on the memory ladder makes it fit (tried in this order):</source>
        <translation>省显存的办法全部用上也不够（按以下顺序尝试过）：</translation>
    </message>
    <message>
        <source>Lower the resolution or the network rank, or use a card with more memory.</source>
        <translation>请降低分辨率或网络维度（rank），或换一张显存更大的显卡。</translation>
    </message>
    <message>
        <source>It also fits with faster settings:</source>
        <translation>用更快的设置也放得下：</translation>
    </message>
    <message>
        <source>With them: peak {peak}, needs {needed} free.</source>
        <translation>用上这些后：峰值 {peak}，需要可用 {needed}。</translation>
    </message>
    <message>
        <source>It fits with these memory savings, cheapest first:</source>
        <translation>用上这些省显存的办法就够了（代价最小的在前）：</translation>
    </message>
    <message>
        <source>Settings they change:</source>
        <translation>会改动的设置：</translation>
    </message>
    <message>
        <source>Applied: the form has the proposed settings. Check again to confirm.</source>
        <translation>已应用：表单里已是建议的设置。请再检查一次确认。</translation>
    </message>
    <message>
        <source>The settings changed since this estimate: check again.</source>
        <translation>估算之后设置有改动：请重新检查。</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>LaunchPanel</name>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Write the run&apos;s folder under runs/ and queue the training (Ctrl+Return)</source>
        <translation>在 runs/ 下创建本次训练的文件夹，并把训练加入队列（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Queue variants…</source>
        <translation>批量排队…</translation>
    </message>
    <message>
        <source>Queue the same run once per value of one setting (e.g. rank 16, 32, 64)</source>
        <translation>对某一项参数的每个取值各排队一次相同的训练（例如 rank 16、32、64）</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>No step count</source>
        <translation>无法计算步数</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} 步</translation>
    </message>
    <message>
        <source>{epochs} epochs × {steps} steps</source>
        <translation>{epochs} 轮 × 每轮 {steps} 步</translation>
    </message>
    <message>
        <source>{epochs} epochs of {steps} steps, the last one {last} (the step limit decides)</source>
        <translation>{epochs} 轮，每轮 {steps} 步，最后一轮 {last} 步（由最大步数决定）</translation>
    </message>
    <message>
        <source>Nothing stops this run.</source>
        <translation>没有发现问题，可以开始训练。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……还有 {n} 条</translation>
    </message>
</context>
<context>
    <name>PresetDiffDialog</name>
    <message>
        <source>{preset} vs. current settings</source>
        <translation>{preset} 与当前设置对比</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>{n} setting(s) would change.</source>
        <translation>将更改 {n} 项参数。</translation>
    </message>
    <message>
        <source>The form already matches this preset.</source>
        <translation>当前设置已与这个预设一致。</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>载入预设</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>{done} / {total} steps</source>
        <translation>{done} / {total} 步</translation>
    </message>
    <message>
        <source>latents {done} / {total}</source>
        <translation>latent {done} / {total}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Tick runs to overlay their average loss on the graph</source>
        <translation>勾选训练，把它们的平均损失曲线叠加到图上</translation>
    </message>
    <message>
        <source>Run earlier (queued runs)</source>
        <translation>提前运行（排队中的训练）</translation>
    </message>
    <message>
        <source>Run later (queued runs)</source>
        <translation>推后运行（排队中的训练）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop a queued run; a running one saves a checkpoint, then stops</source>
        <translation>移除排队中的训练；正在运行的训练会先保存检查点再停止</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>立即保存</translation>
    </message>
    <message>
        <source>Ask the running trainer to save a checkpoint at the next step</source>
        <translation>让正在运行的训练在下一步保存检查点</translation>
    </message>
    <message>
        <source>Sample now</source>
        <translation>立即出样图</translation>
    </message>
    <message>
        <source>Ask the running trainer to render its sample prompts at the next step</source>
        <translation>让正在运行的训练在下一步用样图提示词生成样图</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>No run selected</source>
        <translation>未选择训练</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样图</translation>
    </message>
    <message>
        <source>Messages, warnings and checkpoints of the run appear here.</source>
        <translation>训练的消息、警告和检查点会显示在这里。</translation>
    </message>
    <message>
        <source>The log below holds the error output of the training process.</source>
        <translation>下方日志中有训练进程的错误输出。</translation>
    </message>
    <message>
        <source>Samples · {n} newest, click to enlarge</source>
        <translation>样图 · 最新 {n} 张，点击放大</translation>
    </message>
    <message>
        <source>Samples · none yet (sample prompts render here when the trainer saves them)</source>
        <translation>样图 · 暂无（训练保存样图后会显示在这里）</translation>
    </message>
    <message>
        <source>Caching latents {done} / {total}</source>
        <translation>正在缓存 latent {done} / {total}</translation>
    </message>
    <message>
        <source>Caching text encoder outputs {done} / {total}</source>
        <translation>正在缓存文本编码器输出 {done} / {total}</translation>
    </message>
    <message>
        <source>{unit}s {done} / {total}</source>
        <translation>{unit} {done} / {total}</translation>
    </message>
    <message>
        <source>step {done} / {total}</source>
        <translation>第 {done} / {total} 步</translation>
    </message>
    <message>
        <source>step {done} / {total} · epoch {epoch}</source>
        <translation>第 {done} / {total} 步 · 第 {epoch} 轮</translation>
    </message>
    <message>
        <source>ETA {duration}</source>
        <translation>剩余 {duration}</translation>
    </message>
    <message>
        <source>VRAM {gb} GB</source>
        <translation>显存 {gb} GB</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>没有训练步</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已中止</translation>
    </message>
</context>
<context>
    <name>SampleViewer</name>
    <message>
        <source>Cannot read {file}</source>
        <translation>无法读取 {file}</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
</context>
<context>
    <name>SamplesStrip</name>
    <message>
        <source>Click a sample to see it large</source>
        <translation>点击样图查看大图</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
</context>
<context>
    <name>SavePresetDialog</name>
    <message>
        <source>Save settings as a preset</source>
        <translation>将设置保存为预设</translation>
    </message>
    <message>
        <source>e.g. My character, 12 GB</source>
        <translation>例如：我的角色，12 GB</translation>
    </message>
    <message>
        <source>The settings that differ from the defaults are saved; folders and the base model are not.</source>
        <translation>只保存与默认值不同的设置；文件夹和底模不会保存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Run file</source>
        <translation>训练文件</translation>
    </message>
    <message>
        <source>Open run.toml…</source>
        <translation>打开 run.toml…</translation>
    </message>
    <message>
        <source>Save settings as run.toml…</source>
        <translation>将设置保存为 run.toml…</translation>
    </message>
    <message>
        <source>Import kohya_ss GUI config (.json)…</source>
        <translation>导入 kohya_ss GUI 配置（.json）…</translation>
    </message>
    <message>
        <source>Import sd-scripts config (.toml)…</source>
        <translation>导入 sd-scripts 配置（.toml）…</translation>
    </message>
    <message>
        <source>Reset all settings to defaults</source>
        <translation>将所有设置恢复为默认值</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Open or create a project: its concepts (Folders page) are what the LoRA learns, and every run is kept in its &lt;code&gt;runs/&lt;/code&gt; folder with its settings, loss history and checkpoints.</source>
        <translation>打开或新建一个项目：项目中的概念（“训练文件夹”页）就是 LoRA 要学习的内容，每次训练连同设置、损失记录和检查点都保存在项目的 &lt;code&gt;runs/&lt;/code&gt; 文件夹中。</translation>
    </message>
    <message>
        <source>Train a LoRA on this machine&apos;s GPU.</source>
        <translation>用本机显卡训练 LoRA。</translation>
    </message>
    <message>
        <source>{project}: runs are kept in {folder}</source>
        <translation>{project}：训练记录保存在 {folder}</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>未选择训练</translation>
    </message>
    <message>
        <source>The saved settings could not be read ({error}); starting from the defaults.</source>
        <translation>无法读取已保存的设置（{error}），已改用默认值。</translation>
    </message>
    <message>
        <source>Could not save the settings to {file}: {error}</source>
        <translation>无法将设置保存到 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not check the base model: {error}</source>
        <translation>无法检查底模：{error}</translation>
    </message>
    <message>
        <source>The training folders are not built yet: press Build folders on the Folders page.</source>
        <translation>训练文件夹还没有生成：请在“训练文件夹”页点击“生成文件夹”。</translation>
    </message>
    <message>
        <source>The image folder is not this project&apos;s train/img: the step count is of the project&apos;s concepts, the run trains what the folder holds.</source>
        <translation>图片文件夹不是本项目的 train/img：步数按项目中的概念计算，而训练用的是该文件夹里的内容。</translation>
    </message>
    <message>
        <source>No step count: {reason}</source>
        <translation>无法计算步数：{reason}</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Open a project first: runs are kept in its runs/ folder.</source>
        <translation>请先打开项目：训练记录保存在项目的 runs/ 文件夹中。</translation>
    </message>
    <message>
        <source>Fix {n} problem(s) under Checks first.</source>
        <translation>请先解决“检查”中列出的 {n} 个问题。</translation>
    </message>
    <message>
        <source>No speed measured on this machine yet at {resolution} px, {precision}: the first run measures it.</source>
        <translation>本机还没有测过 {resolution} px、{precision} 下的速度：第一次训练时会测量。</translation>
    </message>
    <message>
        <source>About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine with this base model).</source>
        <translation>约 {duration}，按每秒 {speed} 张图计算（本机之前用这个底模训练 {runs} 次的中位数）。</translation>
    </message>
    <message>
        <source>About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine with other base models).</source>
        <translation>约 {duration}，按每秒 {speed} 张图计算（本机之前用其他底模训练 {runs} 次的中位数）。</translation>
    </message>
    <message>
        <source>A bundled preset is broken: {error}</source>
        <translation>内置预设已损坏：{error}</translation>
    </message>
    <message>
        <source>My presets</source>
        <translation>我的预设</translation>
    </message>
    <message>
        <source>Unreadable: {problem}</source>
        <translation>无法读取：{problem}</translation>
    </message>
    <message>
        <source>Save current settings as a preset…</source>
        <translation>将当前设置保存为预设…</translation>
    </message>
    <message>
        <source>Compare a preset with the current settings</source>
        <translation>将预设与当前设置对比</translation>
    </message>
    <message>
        <source>Open my presets folder</source>
        <translation>打开我的预设文件夹</translation>
    </message>
    <message>
        <source>Loaded the preset “{name}”. Folders, base model and names were kept.</source>
        <translation>已载入预设“{name}”。文件夹、底模和名称保持不变。</translation>
    </message>
    <message>
        <source>Could not save the preset: {error}</source>
        <translation>无法保存预设：{error}</translation>
    </message>
    <message>
        <source>Saved the preset “{name}” to {file}.</source>
        <translation>已将预设“{name}”保存到 {file}。</translation>
    </message>
    <message>
        <source>Open a Danlu run.toml</source>
        <translation>打开 Danlu 的 run.toml</translation>
    </message>
    <message>
        <source>Cannot open the run file</source>
        <translation>无法打开训练文件</translation>
    </message>
    <message>
        <source>{error}

Is it a config of kohya_ss or sd-scripts? Import it with Run file → Import… instead: Danlu converts the settings it knows and lists the others.</source>
        <translation>{error}

这是 kohya_ss 或 sd-scripts 的配置吗？请改用“训练文件 → 导入…”：Danlu 会转换它认识的设置，并列出其余的。</translation>
    </message>
    <message>
        <source>Loaded {file}.</source>
        <translation>已载入 {file}。</translation>
    </message>
    <message>
        <source>Save the settings as run.toml</source>
        <translation>将设置保存为 run.toml</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>无法保存 {file}：{error}</translation>
    </message>
    <message>
        <source>Saved {file} (run it with: python -m training train {file}).</source>
        <translation>已保存 {file}（命令行运行：python -m training train {file}）。</translation>
    </message>
    <message>
        <source>kohya_ss config (*.json)</source>
        <translation>kohya_ss 配置 (*.json)</translation>
    </message>
    <message>
        <source>sd-scripts config (*.toml)</source>
        <translation>sd-scripts 配置 (*.toml)</translation>
    </message>
    <message>
        <source>Import a training config</source>
        <translation>导入训练配置</translation>
    </message>
    <message>
        <source>Cannot import the config</source>
        <translation>无法导入配置</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>已导入 {file}。</translation>
    </message>
    <message>
        <source>Converted: {notes}.</source>
        <translation>已转换：{notes}。</translation>
    </message>
    <message>
        <source>Not imported ({n}): {settings}</source>
        <translation>未导入（{n} 项）：{settings}</translation>
    </message>
    <message>
        <source>Train · {run}</source>
        <translation>训练 · {run}</translation>
    </message>
    <message>
        <source>Could not list the runs: {error}</source>
        <translation>无法列出训练记录：{error}</translation>
    </message>
    <message>
        <source>Runs ({running} running, {queued} queued)</source>
        <translation>训练记录（{running} 个运行中，{queued} 个排队中）</translation>
    </message>
    <message>
        <source>Runs ({running} running)</source>
        <translation>训练记录（{running} 个运行中）</translation>
    </message>
    <message>
        <source>Runs ({queued} queued)</source>
        <translation>训练记录（{queued} 个排队中）</translation>
    </message>
    <message>
        <source>{run} (reading its events…)</source>
        <translation>{run}（正在读取事件记录…）</translation>
    </message>
    <message>
        <source>{run}: cannot read its events ({error})</source>
        <translation>{run}：无法读取事件记录（{error}）</translation>
    </message>
    <message>
        <source>Cannot overlay {run}: {error}</source>
        <translation>无法叠加 {run}：{error}</translation>
    </message>
    <message>
        <source>Asked {run} to save a checkpoint at its next step ({time}).</source>
        <translation>已请求 {run} 在下一步保存检查点（{time}）。</translation>
    </message>
    <message>
        <source>Asked {run} to render samples at its next step ({time}).</source>
        <translation>已请求 {run} 在下一步生成样图（{time}）。</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>Queue variants</source>
        <translation>批量排队变体</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>多个值用英文逗号分隔</translation>
    </message>
    <message>
        <source>Queue runs</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>The current settings are queued once per value; the runs start one after the other, each in its own run folder.</source>
        <translation>当前设置会按每个取值各排队一次；这些训练依次运行，各自保存在独立的训练文件夹中。</translation>
    </message>
    <message>
        <source>{n} run(s): {names}</source>
        <translation>{n} 次训练：{names}</translation>
    </message>
    <message>
        <source>Type one or more values.</source>
        <translation>请输入一个或多个值。</translation>
    </message>
</context>
</TS>
