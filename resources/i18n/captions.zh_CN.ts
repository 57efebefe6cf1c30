<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddTextDialog</name>
    <message>
        <source>Add text to captions</source>
        <translation>向标注添加文本</translation>
    </message>
    <message>
        <source>e.g. the trigger word</source>
        <translation>例如触发词</translation>
    </message>
    <message>
        <source>At the front (where keep_tokens holds it)</source>
        <translation>加在开头（keep_tokens 会把它固定在前面）</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>加在末尾</translation>
    </message>
    <message>
        <source>Captions that already start (or end) with it are left alone. Changes {scope}.</source>
        <translation>已经以它开头（或结尾）的标注保持不变。作用于{scope}。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>AutoCaptionDialog</name>
    <message>
        <source>replacements: write each as source=target, got {item}</source>
        <translation>替换：每一项请写成 源=目标 的形式，收到的是 {item}</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>有改动</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无改动</translation>
    </message>
    <message>
        <source>skipped (has a caption)</source>
        <translation>已跳过（已有标注）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>no caption file</source>
        <translation>没有标注文件</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>new:</source>
        <translation>新：</translation>
    </message>
    <message>
        <source>Auto-caption</source>
        <translation>自动打标</translation>
    </message>
    <message>
        <source>Local folder…</source>
        <translation>本地文件夹…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Fetch the model into the Hugging Face cache (a job, with its progress)</source>
        <translation>把模型下载到 Hugging Face 缓存（作为一个任务运行，可查看进度）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tagger options</source>
        <translation>打标器选项</translation>
    </message>
    <message>
        <source>BLIP options</source>
        <translation>BLIP 选项</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>The images to caption</source>
        <translation>要打标的图片</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>打标范围</translation>
    </message>
    <message>
        <source>Preview captions the first {n} images in scope with these settings and shows what would change: added tags marked green, dropped ones struck out. Nothing is written.</source>
        <translation>“预览”会用这些设置给范围内的前 {n} 张图片打标，并显示会有哪些改动：新增的标签标为绿色，去掉的标签加删除线。不会写入任何文件。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} (local folder)</source>
        <translation>{name}（本地文件夹）</translation>
    </message>
    <message>
        <source>Tiny demo tagger — random weights, its tags are noise</source>
        <translation>演示用微型打标器 — 随机权重，打出的标签没有意义</translation>
    </message>
    <message>
        <source>Folder holding the captioning model</source>
        <translation>存放打标模型的文件夹</translation>
    </message>
    <message>
        <source>on disk, {size}</source>
        <translation>已在磁盘上，{size}</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>{folder}: no WD tagger or BLIP model in this folder.</source>
        <translation>{folder}：这个文件夹里没有 WD 打标器或 BLIP 模型。</translation>
    </message>
    <message>
        <source>{model}: on disk ({size}).</source>
        <translation>{model}：已在磁盘上（{size}）。</translation>
    </message>
    <message>
        <source>{model}: on disk.</source>
        <translation>{model}：已在磁盘上。</translation>
    </message>
    <message>
        <source>{model} is not downloaded yet. Download fetches it into the Hugging Face cache; Run also downloads it first. Or on another machine: `{command}`.</source>
        <translation>{model} 尚未下载。点“下载”会把它下载到 Hugging Face 缓存；点“运行”也会先下载它。也可以在另一台机器上执行：`{command}`。</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>下载 {model}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>Downloading {model}: {done}…</source>
        <translation>正在下载 {model}：{done}…</translation>
    </message>
    <message>
        <source>Download failed: {message}</source>
        <translation>下载失败：{message}</translation>
    </message>
    <message>
        <source>Download the model first: the preview runs in this window, on a model on disk</source>
        <translation>请先下载模型：预览在本窗口中运行，需要模型已在磁盘上</translation>
    </message>
    <message>
        <source>Check the settings: {error}</source>
        <translation>请检查设置：{error}</translation>
    </message>
    <message>
        <source>Previewing {n} image(s)…</source>
        <translation>正在预览 {n} 张图片…</translation>
    </message>
    <message>
        <source>Preview failed: {error}</source>
        <translation>预览失败：{error}</translation>
    </message>
    <message>
        <source>Preview: {n} of {total} caption(s) would change. Nothing was written.</source>
        <translation>预览：{total} 条标注中有 {n} 条会改变。没有写入任何文件。</translation>
    </message>
    <message>
        <source>Auto-caption {n} image ({model})</source>
        <translation>自动打标 {n} 张图片（{model}）</translation>
    </message>
    <message>
        <source>Auto-caption {n} images ({model})</source>
        <translation>自动打标 {n} 张图片（{model}）</translation>
    </message>
    <message>
        <source>Downloading the model: {done} of {total}…</source>
        <translation>正在下载模型：{done} / {total}…</translation>
    </message>
    <message>
        <source>{done} / {total} images</source>
        <translation>{done} / {total} 张图片</translation>
    </message>
    <message>
        <source>Captioning… {n} caption(s) written so far. {message}</source>
        <translation>正在打标… 已写入 {n} 条标注。{message}</translation>
    </message>
    <message>
        <source>Auto-caption failed: {message}</source>
        <translation>自动打标失败：{message}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} images; {n} caption(s) written are kept.</source>
        <translation>已在处理 {done} / {total} 张图片后取消；已写入的 {n} 条标注会保留。</translation>
    </message>
    <message>
        <source>Done: {n} caption(s) written, {total} image(s) looked at.</source>
        <translation>完成：共处理 {total} 张图片，写入 {n} 条标注。</translation>
    </message>
    <message>
        <source>{n} image(s) failed, first: {error}</source>
        <translation>{n} 张图片失败，第一个错误：{error}</translation>
    </message>
</context>
<context>
    <name>AutoCaptionOptions</name>
    <message>
        <source>overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>append</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不写</translation>
    </message>
    <message>
        <source>first</source>
        <translation>最前</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>写入方式</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>扩展名</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发词</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Decode threads (0: auto)</source>
        <translation>解码线程数（0：自动）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>WD tagger: fast mode (approximate)</source>
        <translation>WD 打标器：快速模式（近似）</translation>
    </message>
    <message>
        <source>General threshold</source>
        <translation>通用标签阈值</translation>
    </message>
    <message>
        <source>Character threshold</source>
        <translation>角色标签阈值</translation>
    </message>
    <message>
        <source>General: MCut</source>
        <translation>通用标签：MCut</translation>
    </message>
    <message>
        <source>Character: MCut</source>
        <translation>角色标签：MCut</translation>
    </message>
    <message>
        <source>Max tags (0: all)</source>
        <translation>最多标签数（0：全部）</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>分级标签</translation>
    </message>
    <message>
        <source>Character tags first</source>
        <translation>角色标签在前</translation>
    </message>
    <message>
        <source>Undesired tags</source>
        <translation>排除的标签</translation>
    </message>
    <message>
        <source>Always first tags</source>
        <translation>总是放在最前的标签</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Underscores to spaces</source>
        <translation>下划线改为空格</translation>
    </message>
    <message>
        <source>Escape parentheses</source>
        <translation>转义括号</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>束搜索</translation>
    </message>
    <message>
        <source>Num beams</source>
        <translation>束数量</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>最短长度</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The caption file written beside each image</source>
        <translation>写在每张图片旁边的标注文件</translation>
    </message>
    <message>
        <source>overwrite: replace the caption · append: add the tags it lacks · skip: leave captioned images alone</source>
        <translation>覆盖：替换原标注 · 追加：补上缺少的标签 · 跳过：已有标注的图片不动</translation>
    </message>
    <message>
        <source>Becomes the first tag of every caption (your concept&apos;s identifier)</source>
        <translation>作为每条标注的第一个标签（你的概念的标识词）</translation>
    </message>
    <message>
        <source>Written between tags</source>
        <translation>写在标签之间</translation>
    </message>
    <message>
        <source>Images per model call</source>
        <translation>每次调用模型处理的图片数</translation>
    </message>
    <message>
        <source>Threads that decode and preprocess images (0: one per core, at most 8)</source>
        <translation>解码和预处理图片的线程数（0：每个核心一个，最多 8 个）</translation>
    </message>
    <message>
        <source>auto uses a CUDA GPU when there is one (the job log says when it falls back to the CPU)</source>
        <translation>自动：有 CUDA 显卡时使用显卡（退回 CPU 时任务日志会说明）</translation>
    </message>
    <message>
        <source>Faster, approximate: an int8 copy of the model on the CPU (built once) and JPEGs decoded at reduced size. The scores differ slightly from the reference tagger&apos;s, so tags near a threshold can change</source>
        <translation>更快但结果近似：在 CPU 上使用模型的 int8 副本（只生成一次），并以缩小的尺寸解码 JPEG。分数与原版打标器略有差别，所以接近阈值的标签可能不同</translation>
    </message>
    <message>
        <source>Keep general tags scoring above this</source>
        <translation>保留得分高于此值的通用标签</translation>
    </message>
    <message>
        <source>Keep character tags scoring above this</source>
        <translation>保留得分高于此值的角色标签</translation>
    </message>
    <message>
        <source>Pick the general threshold per image (MCut: the widest gap between scores)</source>
        <translation>为每张图片自动选择通用标签阈值（MCut：分数之间最大的间隔处）</translation>
    </message>
    <message>
        <source>Pick the character threshold per image (MCut)</source>
        <translation>为每张图片自动选择角色标签阈值（MCut）</translation>
    </message>
    <message>
        <source>Keep at most this many general + character tags, best first</source>
        <translation>通用标签加角色标签最多保留这么多个，按得分从高到低</translation>
    </message>
    <message>
        <source>Where the rating tag (general, sensitive, …) goes</source>
        <translation>分级标签（general、sensitive 等）放在哪里</translation>
    </message>
    <message>
        <source>Character tags before general tags</source>
        <translation>角色标签放在通用标签前面</translation>
    </message>
    <message>
        <source>Tags never written (comma-separated)</source>
        <translation>永远不写入的标签（逗号分隔）</translation>
    </message>
    <message>
        <source>Tags moved to the front when present (comma-separated)</source>
        <translation>出现时移到最前面的标签（逗号分隔）</translation>
    </message>
    <message>
        <source>source=target pairs, comma-separated; an empty target drops the tag</source>
        <translation>源=目标 形式的替换对，逗号分隔；目标留空表示删除该标签</translation>
    </message>
    <message>
        <source>long_hair → long hair (emoticons such as ^_^ keep theirs)</source>
        <translation>long_hair → long hair（^_^ 这类表情符号保留下划线）</translation>
    </message>
    <message>
        <source>star (symbol) → star \(symbol\) (some trainers want it)</source>
        <translation>star (symbol) → star \(symbol\)（有些训练器需要这样）</translation>
    </message>
    <message>
        <source>Beam search (on) or nucleus sampling (off)</source>
        <translation>束搜索（开）或核采样（关）</translation>
    </message>
    <message>
        <source>Text the caption starts with; stripped from the output</source>
        <translation>标注开头的文本；会从输出中去掉</translation>
    </message>
    <message>
        <source>Sampling only: the same seed gives the same captions</source>
        <translation>仅用于采样：相同的种子得到相同的标注</translation>
    </message>
</context>
<context>
    <name>BulkOps</name>
    <message>
        <source>{label}: {n} caption changed</source>
        <translation>{label}：改动了 {n} 条标注</translation>
    </message>
    <message>
        <source>{label}: {n} captions changed</source>
        <translation>{label}：改动了 {n} 条标注</translation>
    </message>
    <message>
        <source>{label}: no caption changed</source>
        <translation>{label}：没有标注被改动</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>将“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Delete “{tag}”</source>
        <translation>删除“{tag}”</translation>
    </message>
    <message>
        <source>Delete {n} tags</source>
        <translation>删除 {n} 个标签</translation>
    </message>
    <message>
        <source>Merge {n} tag into “{target}”</source>
        <translation>将 {n} 个标签合并为“{target}”</translation>
    </message>
    <message>
        <source>Merge {n} tags into “{target}”</source>
        <translation>将 {n} 个标签合并为“{target}”</translation>
    </message>
    <message>
        <source>Move “{tag}” to the front</source>
        <translation>将“{tag}”移到最前</translation>
    </message>
    <message>
        <source>Move “{tag}” to the back</source>
        <translation>将“{tag}”移到最后</translation>
    </message>
    <message>
        <source>Add “{tag}”</source>
        <translation>添加“{tag}”</translation>
    </message>
    <message>
        <source>Sort tags A–Z</source>
        <translation>标签按字母排序</translation>
    </message>
    <message>
        <source>Sort tags by count</source>
        <translation>标签按出现次数排序</translation>
    </message>
    <message>
        <source>Remove duplicate tags</source>
        <translation>删除重复标签</translation>
    </message>
    <message>
        <source>Replace “{find}” with “{replace}”</source>
        <translation>将“{find}”替换为“{replace}”</translation>
    </message>
    <message>
        <source>Add “{text}” at the front</source>
        <translation>在开头添加“{text}”</translation>
    </message>
    <message>
        <source>Add “{text}” at the end</source>
        <translation>在末尾添加“{text}”</translation>
    </message>
    <message>
        <source>Caption files renamed to {extension}; {n} not renamed</source>
        <translation>标注文件已改为 {extension}；{n} 个未能重命名</translation>
    </message>
    <message>
        <source>Caption files renamed to {extension}</source>
        <translation>标注文件已改为 {extension}</translation>
    </message>
</context>
<context>
    <name>CaptionEditor</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Edit the caption as tag chips</source>
        <translation>以标签块的形式编辑标注</translation>
    </message>
    <message>
        <source>Edit the caption as plain text (for sentences)</source>
        <translation>以纯文本编辑标注（适合自然语言句子）</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择图片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示这张图片。</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} 个 token</translation>
    </message>
    <message>
        <source>{file} · changed on disk</source>
        <translation>{file} · 已在磁盘上被修改</translation>
    </message>
    <message>
        <source>{file} · unsaved</source>
        <translation>{file} · 未保存</translation>
    </message>
    <message>
        <source>{file} · saved</source>
        <translation>{file} · 已保存</translation>
    </message>
    <message>
        <source>{file} · new file</source>
        <translation>{file} · 新文件</translation>
    </message>
    <message>
        <source>Counting tokens…</source>
        <translation>正在统计 token…</translation>
    </message>
    <message>
        <source>{tokens} tokens · the {limit}-token limit cuts {n} tag from “{tag}”</source>
        <translation>{tokens} 个 token · {limit} token 的上限从“{tag}”起截掉 {n} 个标签</translation>
    </message>
    <message>
        <source>{tokens} tokens · the {limit}-token limit cuts {n} tags from “{tag}”</source>
        <translation>{tokens} 个 token · {limit} token 的上限从“{tag}”起截掉 {n} 个标签</translation>
    </message>
    <message>
        <source>{tokens} / {limit} tokens</source>
        <translation>{tokens} / {limit} 个 token</translation>
    </message>
    <message>
        <source>Past the {limit}-token limit: the text encoder does not see this.</source>
        <translation>超出 {limit} token 上限：文本编码器看不到这部分。</translation>
    </message>
    <message>
        <source>“{tag}” is in {n} of {total} captions. Double-click or F2 to edit, drag to move.</source>
        <translation>{total} 条标注中有 {n} 条含有“{tag}”。双击或按 F2 编辑，拖动可调整位置。</translation>
    </message>
    <message>
        <source>Add tag “{tag}”</source>
        <translation>添加标签“{tag}”</translation>
    </message>
    <message>
        <source>Add {n} tags</source>
        <translation>添加 {n} 个标签</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>编辑标注</translation>
    </message>
</context>
<context>
    <name>CaptionListModel</name>
    <message>
        <source>(no caption yet)</source>
        <translation>（还没有标注）</translation>
    </message>
</context>
<context>
    <name>CaptionRowDelegate</name>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>changed on disk</source>
        <translation>磁盘上已修改</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（无标注）</translation>
    </message>
</context>
<context>
    <name>CaptionShortcuts</name>
    <message>
        <source>Next image</source>
        <translation>下一张图片</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>上一张图片</translation>
    </message>
    <message>
        <source>Type a tag</source>
        <translation>输入标签</translation>
    </message>
    <message>
        <source>Accept the highlighted (or first) completion</source>
        <translation>采用高亮的（或第一个）补全项</translation>
    </message>
    <message>
        <source>Delete the current tag</source>
        <translation>删除当前标签</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Switch between tags and text</source>
        <translation>在标签和文本之间切换</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>筛选图片</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>立即保存</translation>
    </message>
</context>
<context>
    <name>CaptionsPage</name>
    <message>
        <source>Reload from disk</source>
        <translation>从磁盘重新加载</translation>
    </message>
    <message>
        <source>Go to the Images page</source>
        <translation>前往“图片”页</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>打标</translation>
    </message>
    <message>
        <source>The folder whose captions you edit</source>
        <translation>正在编辑其标注的文件夹</translation>
    </message>
    <message>
        <source>Shortcuts…</source>
        <translation>快捷键…</translation>
    </message>
    <message>
        <source>Auto-caption…</source>
        <translation>自动打标…</translation>
    </message>
    <message>
        <source>Caption images with a WD tagger or BLIP, with a preview before writing</source>
        <translation>用 WD 打标器或 BLIP 给图片打标，写入前可以预览</translation>
    </message>
    <message>
        <source>Filter: tag:earrings -tag:phone tokens&gt;75</source>
        <translation>筛选：tag:earrings -tag:phone tokens&gt;75</translation>
    </message>
    <message>
        <source>tag:x  -tag:x  caption:&quot;red scarf&quot;  name:0001*  tags&gt;20  tokens&gt;75  flag:blurry
AND, OR, NOT and ( ) combine them; words alone search the caption text.</source>
        <translation>tag:x  -tag:x  caption:&quot;red scarf&quot;  name:0001*  tags&gt;20  tokens&gt;75  flag:blurry
用 AND、OR、NOT 和 ( ) 组合条件；单独的词会在标注文本中搜索。</translation>
    </message>
    <message>
        <source>Captions changed since this filter ran.</source>
        <translation>筛选之后标注已有改动。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add a tag to every caption in scope that lacks it</source>
        <translation>给范围内缺少该标签的每条标注加上它</translation>
    </message>
    <message>
        <source>Find &amp;&amp; replace…</source>
        <translation>查找和替换…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>作用于</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Trainer&apos;s eye</source>
        <translation>训练器视角</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;File → New project…&lt;/b&gt; or &lt;b&gt;File → Open project…&lt;/b&gt;.</source>
        <translation>请使用&lt;b&gt;文件 → 新建项目…&lt;/b&gt;或&lt;b&gt;文件 → 打开项目…&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Caption the images of a folder</source>
        <translation>给一个文件夹里的图片打标</translation>
    </message>
    <message>
        <source>Reading captions…</source>
        <translation>正在读取标注…</translation>
    </message>
    <message>
        <source>Reading the caption files in {folders}.</source>
        <translation>正在读取 {folders} 中的标注文件。</translation>
    </message>
    <message>
        <source>Cannot read this folder</source>
        <translation>无法读取这个文件夹</translation>
    </message>
    <message>
        <source>No images in this folder</source>
        <translation>这个文件夹里没有图片</translation>
    </message>
    <message>
        <source>Danlu found no images in {folder}.</source>
        <translation>Danlu 在 {folder} 中没有找到图片。</translation>
    </message>
    <message>
        <source>No images to caption yet</source>
        <translation>还没有要打标的图片</translation>
    </message>
    <message>
        <source>Add an image folder on the &lt;b&gt;Images&lt;/b&gt; page (or prepare the training set there); its images and their caption files show up here.</source>
        <translation>请在&lt;b&gt;图片&lt;/b&gt;页添加图片文件夹（或在那里准备训练集）；其中的图片和标注文件会显示在这里。</translation>
    </message>
    <message>
        <source>Column {column}: {message}</source>
        <translation>第 {column} 列：{message}</translation>
    </message>
    <message>
        <source>all {n} image</source>
        <translation>全部 {n} 张图片</translation>
    </message>
    <message>
        <source>all {n} images</source>
        <translation>全部 {n} 张图片</translation>
    </message>
    <message>
        <source>the filtered {n} image</source>
        <translation>筛选出的 {n} 张图片</translation>
    </message>
    <message>
        <source>the filtered {n} images</source>
        <translation>筛选出的 {n} 张图片</translation>
    </message>
    <message>
        <source>the selected {n} image</source>
        <translation>选中的 {n} 张图片</translation>
    </message>
    <message>
        <source>the selected {n} images</source>
        <translation>选中的 {n} 张图片</translation>
    </message>
    <message>
        <source>{shown} of {total} images shown · {selected} selected</source>
        <translation>显示 {shown} / {total} 张图片 · 已选 {selected} 张</translation>
    </message>
    <message>
        <source>{total} images · {selected} selected</source>
        <translation>{total} 张图片 · 已选 {selected} 张</translation>
    </message>
    <message>
        <source>{shown} of {total} images shown</source>
        <translation>显示 {shown} / {total} 张图片</translation>
    </message>
    <message>
        <source>{total} images</source>
        <translation>{total} 张图片</translation>
    </message>
    <message>
        <source>Undid “{label}” ({n} caption)</source>
        <translation>已撤销“{label}”（{n} 条标注）</translation>
    </message>
    <message>
        <source>Undid “{label}” ({n} captions)</source>
        <translation>已撤销“{label}”（{n} 条标注）</translation>
    </message>
    <message>
        <source>Redid “{label}” ({n} caption)</source>
        <translation>已重做“{label}”（{n} 条标注）</translation>
    </message>
    <message>
        <source>Redid “{label}” ({n} captions)</source>
        <translation>已重做“{label}”（{n} 条标注）</translation>
    </message>
    <message>
        <source>Undo {label}</source>
        <translation>撤销 {label}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo {label}</source>
        <translation>重做 {label}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo {label} ({keys})</source>
        <translation>撤销 {label}（{keys}）</translation>
    </message>
    <message>
        <source>Redo {label} ({keys})</source>
        <translation>重做 {label}（{keys}）</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>{n} unsaved</source>
        <translation>{n} 条未保存</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>所有改动已保存</translation>
    </message>
    <message>
        <source>{n} image in {folder} · {state}</source>
        <translation>{folder} 中有 {n} 张图片 · {state}</translation>
    </message>
    <message>
        <source>{n} images in {folder} · {state}</source>
        <translation>{folder} 中有 {n} 张图片 · {state}</translation>
    </message>
    <message>
        <source>Token counts unavailable</source>
        <translation>无法统计 token 数</translation>
    </message>
    <message>
        <source>Rename “{tag}” in {scope} to:</source>
        <translation>将{scope}中的“{tag}”重命名为：</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Merge {tags} in {scope} into one tag:</source>
        <translation>将{scope}中的 {tags} 合并为一个标签：</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Add a tag to {scope} (where it is missing):</source>
        <translation>给{scope}添加标签（已有的不重复添加）：</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Sort tags A–Z (the first {keep} stay)</source>
        <translation>标签按字母排序（前 {keep} 个不动）</translation>
    </message>
    <message>
        <source>Sort tags A–Z</source>
        <translation>标签按字母排序</translation>
    </message>
    <message>
        <source>Sort tags by count (the first {keep} stay)</source>
        <translation>标签按出现次数排序（前 {keep} 个不动）</translation>
    </message>
    <message>
        <source>Sort tags by count</source>
        <translation>标签按出现次数排序</translation>
    </message>
    <message>
        <source>Remove duplicate tags</source>
        <translation>删除重复标签</translation>
    </message>
    <message>
        <source>Add text (trigger word)…</source>
        <translation>添加文本（触发词）…</translation>
    </message>
    <message>
        <source>Rename caption files to {extension}</source>
        <translation>将标注文件改为 {extension}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} caption file(s) were not renamed:&lt;/b&gt;&lt;br&gt;{files}</source>
        <translation>&lt;b&gt;{n} 个标注文件未能重命名：&lt;/b&gt;&lt;br&gt;{files}</translation>
    </message>
    <message>
        <source>{folder}: cannot be read ({reason}).</source>
        <translation>{folder}：无法读取（{reason}）。</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <source>Convert caption file to UTF-8</source>
        <translation>将标注文件转换为 UTF-8</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not UTF-8. Pick the encoding in which the text reads right; Danlu rewrites the file as UTF-8 and keeps the original as &lt;i&gt;{file}.bak&lt;/i&gt;.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; 不是 UTF-8 编码。请选择文字显示正确的那种编码；Danlu 会把文件改写为 UTF-8，并把原文件保留为 &lt;i&gt;{file}.bak&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in captions</source>
        <translation>在标注中查找和替换</translation>
    </message>
    <message>
        <source>e.g. holding (a )?phone</source>
        <translation>例如 holding (a )?phone</translation>
    </message>
    <message>
        <source>replacement; \1 for a group</source>
        <translation>替换内容；\1 表示第 1 个分组</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Changes {scope}.</source>
        <translation>作用于{scope}。</translation>
    </message>
    <message>
        <source>Changes {n} caption of {scope}.</source>
        <translation>将改动{scope}中的 {n} 条标注。</translation>
    </message>
    <message>
        <source>Changes {n} captions of {scope}.</source>
        <translation>将改动{scope}中的 {n} 条标注。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProblemNotices</name>
    <message>
        <source>&lt;b&gt;{n} caption file changed on disk&lt;/b&gt; while you had unsaved edits here: {files}. Nothing was overwritten.</source>
        <translation>&lt;b&gt;{n} 个标注文件在磁盘上被修改&lt;/b&gt;，而你在这里有未保存的编辑：{files}。没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} caption files changed on disk&lt;/b&gt; while you had unsaved edits here: {files}. Nothing was overwritten.</source>
        <translation>&lt;b&gt;{n} 个标注文件在磁盘上被修改&lt;/b&gt;，而你在这里有未保存的编辑：{files}。没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>从磁盘重新加载</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} caption(s) could not be saved.&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;{n} 条标注未能保存。&lt;/b&gt;{error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>{error} ({n} more unreadable)</source>
        <translation>{error}（另有 {n} 个无法读取）</translation>
    </message>
    <message>
        <source>Convert to UTF-8…</source>
        <translation>转换为 UTF-8…</translation>
    </message>
    <message>
        <source>{file} converted to UTF-8; the original is {backup}</source>
        <translation>{file} 已转换为 UTF-8；原文件保存为 {backup}</translation>
    </message>
</context>
<context>
    <name>RawCaptionEdit</name>
    <message>
        <source>Tags separated by commas, or a sentence.</source>
        <translation>用逗号分隔的标签，或一句话。</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <source>The images that tag operations and bulk edits change</source>
        <translation>标签操作和批量编辑所作用的图片</translation>
    </message>
    <message>
        <source>All images ({n})</source>
        <translation>全部图片（{n}）</translation>
    </message>
    <message>
        <source>Shown by the filter ({n})</source>
        <translation>筛选显示的图片（{n}）</translation>
    </message>
    <message>
        <source>Selected images ({n})</source>
        <translation>选中的图片（{n}）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Caption editor shortcuts</source>
        <translation>标注编辑器快捷键</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Back to {keys}</source>
        <translation>恢复为 {keys}</translation>
    </message>
    <message>
        <source>Click a field and press the keys. Shortcuts act anywhere on the Captions page.</source>
        <translation>点一下输入框再按下按键。快捷键在整个打标页都有效。</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” have the same keys</source>
        <translation>“{first}”和“{second}”的快捷键相同</translation>
    </message>
</context>
<context>
    <name>TagCountModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片数</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示中</translation>
    </message>
    <message>
        <source>The tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Captions that hold it</source>
        <translation>含有该标签的标注数</translation>
    </message>
    <message>
        <source>Of those, images the filter shows</source>
        <translation>其中当前筛选显示的图片数</translation>
    </message>
    <message>
        <source>{tag}
Click: show the images with it · Alt+click: hide them · right-click: edit</source>
        <translation>{tag}
单击：显示含有它的图片 · Alt+单击：隐藏这些图片 · 右键：编辑</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>the chosen images</source>
        <translation>所选范围的图片</translation>
    </message>
    <message>
        <source>Search tags…</source>
        <translation>搜索标签…</translation>
    </message>
    <message>
        <source>Show images with “{tag}”</source>
        <translation>显示含有“{tag}”的图片</translation>
    </message>
    <message>
        <source>Show images with {n} tags</source>
        <translation>显示含有这 {n} 个标签的图片</translation>
    </message>
    <message>
        <source>Hide images with “{tag}”</source>
        <translation>隐藏含有“{tag}”的图片</translation>
    </message>
    <message>
        <source>Hide images with {n} tags</source>
        <translation>隐藏含有这 {n} 个标签的图片</translation>
    </message>
    <message>
        <source>Merge “{tag}” into…</source>
        <translation>将“{tag}”合并为…</translation>
    </message>
    <message>
        <source>Merge {n} tags into…</source>
        <translation>将 {n} 个标签合并为…</translation>
    </message>
    <message>
        <source>Delete “{tag}”</source>
        <translation>删除“{tag}”</translation>
    </message>
    <message>
        <source>Delete {n} tags</source>
        <translation>删除 {n} 个标签</translation>
    </message>
    <message>
        <source>Change {scope}</source>
        <translation>改动{scope}</translation>
    </message>
    <message>
        <source>Rename “{tag}”…</source>
        <translation>重命名“{tag}”…</translation>
    </message>
    <message>
        <source>Move “{tag}” to the front</source>
        <translation>将“{tag}”移到最前</translation>
    </message>
    <message>
        <source>Move “{tag}” to the back</source>
        <translation>将“{tag}”移到最后</translation>
    </message>
    <message>
        <source>Add “{tag}” where it is missing</source>
        <translation>给缺少“{tag}”的标注加上它</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>TrainerPreview</name>
    <message>
        <source>Take the caption settings of a training run, or set them here</source>
        <translation>采用某次训练的标注设置，或在这里设置</translation>
    </message>
    <message>
        <source>none, e.g. |||</source>
        <translation>无，例如 |||</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} 个 token</translation>
    </message>
    <message>
        <source>Reroll</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <source>Draw other random steps</source>
        <translation>换一组随机训练步重新抽取</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>抽取步数</translation>
    </message>
    <message>
        <source>&lt;b&gt;bold&lt;/b&gt;: held in front (keep_tokens) · &lt;s&gt;struck&lt;/s&gt;: past the token limit, unseen</source>
        <translation>&lt;b&gt;粗体&lt;/b&gt;：固定在前面（keep_tokens） · &lt;s&gt;删除线&lt;/s&gt;：超出 token 上限，模型看不到</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>在此设置</translation>
    </message>
    <message>
        <source>Run “{name}”</source>
        <translation>训练记录“{name}”</translation>
    </message>
    <message>
        <source>Keep N tags has no effect without shuffle or tag dropout: the caption is used as it is.</source>
        <translation>不打乱标注顺序、也不丢弃标签时，“保留前 N 个标签”不起作用：标注按原样使用。</translation>
    </message>
    <message>
        <source>This caption has no “{separator}”: the first {n} tags are held.</source>
        <translation>这条标注里没有“{separator}”：固定前 {n} 个标签。</translation>
    </message>
    <message>
        <source>This image has no caption: the trainer uses an empty one.</source>
        <translation>这张图片没有标注：训练时使用空标注。</translation>
    </message>
    <message>
        <source>(empty: caption dropout)</source>
        <translation>（空：标注被丢弃）</translation>
    </message>
    <message>
        <source>dropped: {tags}</source>
        <translation>丢弃：{tags}</translation>
    </message>
</context>
</TS>
