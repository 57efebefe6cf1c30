<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckPanel</name>
    <message>
        <source>Similarity to the subject</source>
        <translation>与主体的相似度</translation>
    </message>
    <message>
        <source>CLIP similarity of each reg image to its nearest training image; dashed lines: where “{close}” (as close as the subject&apos;s own photos) and “{copy}” start</source>
        <translation>每张正则图与最接近的训练图的 CLIP 相似度；虚线：“{close}”（和主体本人的照片一样接近）与“{copy}”的起点</translation>
    </message>
    <message>
        <source>Similarity to the class</source>
        <translation>与类别的相似度</translation>
    </message>
    <message>
        <source>CLIP similarity of each reg image to “a photo of a &lt;class&gt;”; the dashed line: below it an image is off-class</source>
        <translation>每张正则图与“a photo of a &lt;类别&gt;”的 CLIP 相似度；虚线：低于它的图片偏离类别</translation>
    </message>
    <message>
        <source>CLIP model: {model} (downloaded once)</source>
        <translation>CLIP 模型：{model}（只下载一次）</translation>
    </message>
    <message>
        <source>An open_clip model: hf-hub:org/repo (from the Hugging Face cache) or a local open_clip folder</source>
        <translation>open_clip 模型：hf-hub:组织/仓库（从 Hugging Face 缓存读取）或本地 open_clip 文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Reject flagged</source>
        <translation>剔除已标记</translation>
    </message>
    <message>
        <source>Move the flagged images and their captions to .rejected/ in the reg folder; their numbers are rendered again with new seeds</source>
        <translation>把已标记的图片及其标注移到正则文件夹的 .rejected/ 中；这些编号会用新种子重新生成</translation>
    </message>
    <message>
        <source>Regenerate missing</source>
        <translation>补全缺失</translation>
    </message>
    <message>
        <source>Render the images missing from the set (rejected or deleted) and nothing else</source>
        <translation>只生成正则集中缺失（被剔除或删除）的图片</translation>
    </message>
    <message>
        <source>a copy of a training image</source>
        <translation>与某张训练图几乎相同</translation>
    </message>
    <message>
        <source>as close as the subject&apos;s own photos</source>
        <translation>和主体本人的照片一样接近</translation>
    </message>
    <message>
        <source>not the class</source>
        <translation>不属于该类别</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check set&lt;/b&gt; scores each image with CLIP against the training images and the class: {legend}.</source>
        <translation>&lt;b&gt;检查正则集&lt;/b&gt;会用 CLIP 把每张图片与训练图和类别比对打分：{legend}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} images checked&lt;/b&gt; against “{prompt}”: {counts}. Flags are a guide: look at the images before rejecting them.</source>
        <translation>&lt;b&gt;已对照“{prompt}”检查 {n} 张图片&lt;/b&gt;：{counts}。标记仅供参考：剔除前请先看一眼图片。</translation>
    </message>
    <message>
        <source>open_clip model folder</source>
        <translation>open_clip 模型文件夹</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source> images</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Suggested {n}</source>
        <translation>建议 {n}</translation>
    </message>
    <message>
        <source>Seed 001&apos;s rule of thumb: 100–200 reg images per training image.</source>
        <translation>seed 001 的经验法则：每张训练图配 100–200 张正则图。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{headline}&lt;/b&gt; The suggested {n} uses every reg image once per epoch; seed 001&apos;s rule of thumb ({low}–{high}× the training images) is the upper option.</source>
        <translation>&lt;b&gt;{headline}&lt;/b&gt; 建议的 {n} 张让每张正则图每轮（epoch）恰好用一次；seed 001 的经验法则（训练图的 {low}–{high} 倍）是上限选项。</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
</context>
<context>
    <name>RegBadges</name>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>close</source>
        <translation>过近</translation>
    </message>
    <message>
        <source>off-class</source>
        <translation>偏类</translation>
    </message>
</context>
<context>
    <name>RegCount</name>
    <message>
        <source>{count} × reg repeats {repeats} = {product}, more than the {samples} training samples: sd-scripts uses the first {used} images and never shows the other {unused}.</source>
        <translation>{count} × 正则重复次数 {repeats} = {product}，多于 {samples} 个训练样本：sd-scripts 只用前 {used} 张，其余 {unused} 张永远不会用到。</translation>
    </message>
    <message>
        <source>{count} × reg repeats {repeats} = {product}, fewer than the {samples} training samples: sd-scripts shows the images more often ({reg_samples} reg samples per epoch), so each is seen more than once.</source>
        <translation>{count} × 正则重复次数 {repeats} = {product}，少于 {samples} 个训练样本：sd-scripts 会更频繁地使用这些图片（每轮 {reg_samples} 个正则样本），每张会被用到不止一次。</translation>
    </message>
    <message>
        <source>{count} × reg repeats {repeats} = {product} reg samples per epoch against {samples} training samples: every image is used.</source>
        <translation>{count} × 正则重复次数 {repeats} = 每轮 {product} 个正则样本，对应 {samples} 个训练样本：每张图片都会用到。</translation>
    </message>
    <message>
        <source>Reg repeats {best} would balance {count} images ({count} × {best} = {product} of {samples}); set it on the Folders page (the set then lives in reg/{best}_…).</source>
        <translation>正则重复次数设为 {best} 可与 {count} 张图片平衡（{count} × {best} = {product}，训练样本 {samples}）；请在“训练文件夹”页设置（正则集随后位于 reg/{best}_…）。</translation>
    </message>
</context>
<context>
    <name>RegGridModel</name>
    <message>
        <source>{prompt}  (seed {seed})</source>
        <translation>{prompt}  （种子 {seed}）</translation>
    </message>
    <message>
        <source>similarity to the subject {subject} (nearest: {nearest}), to the class {cls}</source>
        <translation>与主体的相似度 {subject}（最接近：{nearest}），与类别的相似度 {cls}</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>标记：{flags}</translation>
    </message>
</context>
<context>
    <name>RegJob</name>
    <message>
        <source>Generation failed: {error} (details on the Jobs page)</source>
        <translation>生成失败：{error}（详情见“任务”页）</translation>
    </message>
    <message>
        <source>Check failed: {error} (details on the Jobs page)</source>
        <translation>检查失败：{error}（详情见“任务”页）</translation>
    </message>
    <message>
        <source>Generation stopped after {done} of {total} images. The images made are kept: Generate again to finish the set.</source>
        <translation>生成在 {done} / {total} 张时停止。已生成的图片会保留：再次点击“生成”即可补全正则集。</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>Generation done: {n} images in the set.</source>
        <translation>生成完成：正则集共 {n} 张图片。</translation>
    </message>
    <message>
        <source>Check done: {n} images, {flagged} flagged.</source>
        <translation>检查完成：{n} 张图片，{flagged} 张被标记。</translation>
    </message>
</context>
<context>
    <name>RegPreview</name>
    <message>
        <source>Choose a prompt file (one prompt per line, sd-scripts&apos; options allowed).</source>
        <translation>请选择提示词文件（每行一条提示词，可使用 sd-scripts 的选项）。</translation>
    </message>
</context>
<context>
    <name>RegSettingsForm</name>
    <message>
        <source>Class word</source>
        <translation>类别词</translation>
    </message>
    <message>
        <source>Training captions</source>
        <translation>训练集标注</translation>
    </message>
    <message>
        <source>Prompt list file</source>
        <translation>提示词列表文件</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>固定尺寸</translation>
    </message>
    <message>
        <source>Training buckets</source>
        <translation>训练分桶</translation>
    </message>
    <message>
        <source>.safetensors checkpoint, diffusers folder or Hugging Face repo id</source>
        <translation>.safetensors 底模文件、diffusers 文件夹或 Hugging Face 仓库 ID</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Checkpoint file (.safetensors)…</source>
        <translation>底模文件（.safetensors）…</translation>
    </message>
    <message>
        <source>Diffusers folder…</source>
        <translation>diffusers 文件夹…</translation>
    </message>
    <message>
        <source>e.g. mole under eye, blue eyes</source>
        <translation>例如：mole under eye, blue eyes</translation>
    </message>
    <message>
        <source>Tags that describe this person rather than the class; they are taken out of the captions (the identifier always is)</source>
        <translation>描述这个人本身而不是类别的标签；它们会从标注中去掉（标识符总会去掉）</translation>
    </message>
    <message>
        <source>one prompt per line; sd-scripts&apos; --n --w --h --d --l --s --ss</source>
        <translation>每行一条提示词；可用 sd-scripts 的 --n --w --h --d --l --s --ss</translation>
    </message>
    <message>
        <source>e.g. lowres, blurry, watermark</source>
        <translation>例如：lowres, blurry, watermark</translation>
    </message>
    <message>
        <source>Training buckets: image i gets the aspect-ratio bucket of training image i, so reg images fill the same buckets as the training images</source>
        <translation>训练分桶：第 i 张图使用第 i 张训练图的宽高比分桶，让正则图与训练图落在相同的分桶里</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>0 = the model&apos;s native size (512 for SD 1.x, 1024 for SDXL); with training buckets, the resolution the buckets are made for</source>
        <translation>0 = 模型的原生尺寸（SD 1.x 为 512，SDXL 为 1024）；使用训练分桶时，为分桶所依据的分辨率</translation>
    </message>
    <message>
        <source>Image i uses seed + i, so any image can be made again on its own</source>
        <translation>第 i 张图使用种子 + i，因此任意一张都可以单独重新生成</translation>
    </message>
    <message>
        <source>Images per pipeline call; lower it if the GPU runs out of memory</source>
        <translation>每次调用管线生成的图片数；显存不足时调低</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Identity tags</source>
        <translation>人物特征标签</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>提示词文件</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>生成设置</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Steps, CFG</source>
        <translation>步数、CFG</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Width × height</source>
        <translation>宽 × 高</translation>
    </message>
    <message>
        <source>Seed, batch</source>
        <translation>种子、批量</translation>
    </message>
    <message>
        <source>Base model: the diffusers folder (with model_index.json) of the model the LoRA will train on</source>
        <translation>底模：LoRA 将要训练所用模型的 diffusers 文件夹（含 model_index.json）</translation>
    </message>
    <message>
        <source>Base model: the SD 1.x or SDXL checkpoint the LoRA will train on</source>
        <translation>底模：LoRA 将基于其训练的 SD 1.x 或 SDXL 模型文件</translation>
    </message>
    <message>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>模型文件 (*.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.toml *.json);;All files (*)</source>
        <translation>提示词文件 (*.txt *.toml *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RegularizationPage</name>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>The concept whose reg set is shown</source>
        <translation>显示哪个概念的正则集</translation>
    </message>
    <message>
        <source>Check set</source>
        <translation>检查正则集</translation>
    </message>
    <message>
        <source>Score every reg image with CLIP: copies of training images, images as close as the subject&apos;s own photos, images off the class</source>
        <translation>用 CLIP 给每张正则图打分：找出训练图的副本、和主体本人照片一样接近的图片、偏离类别的图片</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Choose base model…</source>
        <translation>选择底模…</translation>
    </message>
    <message>
        <source>Open the Folders page</source>
        <translation>打开“训练文件夹”页</translation>
    </message>
    <message>
        <source>concept {n}</source>
        <translation>概念 {n}</translation>
    </message>
    <message>
        <source>Class images that keep the LoRA from taking over the whole class.</source>
        <translation>类别图片，防止 LoRA 把整个类别都学成你的主体。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;File → New project…&lt;/b&gt; or &lt;b&gt;File → Open project…&lt;/b&gt;.</source>
        <translation>请使用&lt;b&gt;文件 → 新建项目…&lt;/b&gt;或&lt;b&gt;文件 → 打开项目…&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>No concepts yet</source>
        <translation>还没有概念</translation>
    </message>
    <message>
        <source>Reg images are made per concept: for &lt;code&gt;ohwx woman&lt;/code&gt;, pictures of &lt;i&gt;women&lt;/i&gt; (the class) that are not your subject, generated with the base model.</source>
        <translation>正则图按概念生成：对于 &lt;code&gt;ohwx woman&lt;/code&gt;，就是用底模生成的&lt;i&gt;女性&lt;/i&gt;（类别）图片，但不是你的主体。</translation>
    </message>
    <message>
        <source>Add a concept on the &lt;b&gt;Folders&lt;/b&gt; page (its identifier, class and image folder) and come back.</source>
        <translation>请先在&lt;b&gt;训练文件夹&lt;/b&gt;页添加一个概念（标识符、类别和图片文件夹），然后再回来。</translation>
    </message>
    <message>
        <source>Reading the reg folder…</source>
        <translation>正在读取正则文件夹…</translation>
    </message>
    <message>
        <source>Could not read the reg folder: {error}</source>
        <translation>无法读取正则文件夹：{error}</translation>
    </message>
    <message>
        <source>Class images for “{concept}” in {folder}: made with the base model, checked with CLIP.</source>
        <translation>“{concept}”的类别图片，位于 {folder}：用底模生成，用 CLIP 检查。</translation>
    </message>
    <message>
        <source>{n} prompt, cycled over the images:&lt;br&gt;{prompts}</source>
        <translation>{n} 条提示词，循环用于各张图片：&lt;br&gt;{prompts}</translation>
    </message>
    <message>
        <source>{n} prompts, cycled over the images:&lt;br&gt;{prompts}</source>
        <translation>{n} 条提示词，循环用于各张图片：&lt;br&gt;{prompts}</translation>
    </message>
    <message>
        <source>{folder}: {have} of {count} images</source>
        <translation>{folder}：{have} / {count} 张图片</translation>
    </message>
    <message>
        <source>{folder}: {have} image</source>
        <translation>{folder}：{have} 张图片</translation>
    </message>
    <message>
        <source>{folder}: {have} images</source>
        <translation>{folder}：{have} 张图片</translation>
    </message>
    <message>
        <source>Generate renders the {n} missing; the images there are kept. Each number always gets the same seed, so a stopped run resumes where it left off.</source>
        <translation>“生成”会补上缺失的 {n} 张；已有图片会保留。每个编号始终使用同一个种子，所以中途停止后可以从停下的地方继续。</translation>
    </message>
    <message>
        <source>The set is complete. Check it, or raise the count to add images.</source>
        <translation>正则集已齐全。可以检查它，或调高数量来添加图片。</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation>选择底模</translation>
    </message>
    <message>
        <source>Reg images must come from the model the LoRA will train on, so that they show what it already draws for the class. Choose its .safetensors checkpoint or diffusers folder (or type a downloaded Hugging Face repo id) above.</source>
        <translation>正则图必须由 LoRA 将要训练的底模生成，这样它们才能体现底模对该类别原本的画法。请在上方选择它的 .safetensors 模型文件或 diffusers 文件夹（或输入已下载的 Hugging Face 仓库 ID）。</translation>
    </message>
    <message>
        <source>A run set up on the &lt;b&gt;Train&lt;/b&gt; page fills this in for you.</source>
        <translation>在&lt;b&gt;训练&lt;/b&gt;页设置好的训练会自动填写这一项。</translation>
    </message>
    <message>
        <source>No reg images yet</source>
        <translation>还没有正则图</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generate&lt;/b&gt; renders {count} images into &lt;code&gt;{folder}&lt;/code&gt;, each with its caption. They appear here as they are made; the job runs on the GPU queue (see the Jobs page) and can be stopped and resumed.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;会在 &lt;code&gt;{folder}&lt;/code&gt; 中生成 {count} 张图片，每张附带标注。图片生成后会陆续显示在这里；任务在 GPU 队列中运行（见“任务”页），可以随时停止和继续。</translation>
    </message>
    <message>
        <source>The base model of run “{run}”, which the LoRA trains on.</source>
        <translation>训练“{run}”的底模，也就是 LoRA 训练所用的模型。</translation>
    </message>
    <message>
        <source>No run names a base model yet: choose the one the LoRA will train on.</source>
        <translation>还没有训练指定底模：请选择 LoRA 将要训练所用的模型。</translation>
    </message>
    <message>
        <source>Use the model the LoRA will train on. Run “{run}” trains on {model}.</source>
        <translation>请使用 LoRA 训练所用的模型。训练“{run}”使用的是 {model}。</translation>
    </message>
    <message>
        <source>Use the model the LoRA will train on.</source>
        <translation>请使用 LoRA 训练所用的模型。</translation>
    </message>
    <message>
        <source>Choose the base model first</source>
        <translation>请先选择底模</translation>
    </message>
    <message>
        <source>Render the {n} missing images; the images there are kept</source>
        <translation>生成缺失的 {n} 张图片；已有图片会保留</translation>
    </message>
    <message>
        <source>Render {n} images</source>
        <translation>生成 {n} 张图片</translation>
    </message>
    <message>
        <source>Choose the base model first.</source>
        <translation>请先选择底模。</translation>
    </message>
    <message>
        <source>Reg images · {concept}</source>
        <translation>正则图 · {concept}</translation>
    </message>
    <message>
        <source>Generating {n} image(s) into {folder}; the {kept} already there are kept.</source>
        <translation>正在向 {folder} 生成 {n} 张图片；已有的 {kept} 张会保留。</translation>
    </message>
    <message>
        <source>Generating {n} image(s) into {folder}.</source>
        <translation>正在向 {folder} 生成 {n} 张图片。</translation>
    </message>
    <message>
        <source>Check reg set · {concept}</source>
        <translation>检查正则集 · {concept}</translation>
    </message>
    <message>
        <source>Checking the set with CLIP (the first check loads the model)…</source>
        <translation>正在用 CLIP 检查正则集（第一次检查需要加载模型）…</translation>
    </message>
    <message>
        <source>{done} / {total} images</source>
        <translation>{done} / {total} 张图片</translation>
    </message>
    <message>
        <source>{done} / {total} {unit}s</source>
        <translation>{done} / {total} {unit}</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Moving {n} flagged image(s) aside…</source>
        <translation>正在移走 {n} 张已标记的图片…</translation>
    </message>
    <message>
        <source>Not rejected: {error}</source>
        <translation>未剔除：{error}</translation>
    </message>
    <message>
        <source>Moved {n} image(s) to {folder}/.rejected/. Regenerate missing renders those numbers again with new seeds (same prompts).</source>
        <translation>已将 {n} 张图片移到 {folder}/.rejected/。“补全缺失”会用新种子（相同提示词）重新生成这些编号。</translation>
    </message>
</context>
</TS>
