<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConceptEditor</name>
    <message>
        <source>Add concept</source>
        <translation>添加概念</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected concept (its images stay where they are)</source>
        <translation>移除选中的概念（其图片保留在原处）</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
</context>
<context>
    <name>ConceptForm</name>
    <message>
        <source>rare token, e.g. ohwx</source>
        <translation>罕见词，例如 ohwx</translation>
    </message>
    <message>
        <source>e.g. woman, dog, 1girl</source>
        <translation>例如 woman、dog、1girl</translation>
    </message>
    <message>
        <source>Images of this concept</source>
        <translation>此概念的图片</translation>
    </message>
    <message>
        <source>folder of images and captions, e.g. prepared</source>
        <translation>图片和标注所在的文件夹，例如 prepared</translation>
    </message>
    <message>
        <source>Use prepared/</source>
        <translation>使用 prepared/</translation>
    </message>
    <message>
        <source>Train on the prepared set (cropped, resized and captioned on the Images and Captions pages) instead of the original pictures</source>
        <translation>用处理好的训练集（已在“图片”和“打标”页裁切、缩放并打标）训练，而不是原始图片</translation>
    </message>
    <message>
        <source>Regularization images</source>
        <translation>正则化图像</translation>
    </message>
    <message>
        <source>optional: folder of regularization images</source>
        <translation>可选：正则化图像所在的文件夹</translation>
    </message>
    <message>
        <source>same as class</source>
        <translation>与类别相同</translation>
    </message>
    <message>
        <source>The trigger word that will call the concept in prompts</source>
        <translation>在提示词中调用此概念的触发词</translation>
    </message>
    <message>
        <source>What the subject is; also the caption of images without a caption file</source>
        <translation>主体是什么；没有标注文件的图片也以它作为标注</translation>
    </message>
    <message>
        <source>How often each image is seen per epoch</source>
        <translation>每个轮次(epoch)里每张图片被训练的次数</translation>
    </message>
    <message>
        <source>Sidecar caption files: .txt (Danlu, most taggers) or .caption</source>
        <translation>与图片同名的标注文件扩展名：.txt（Danlu 和大多数打标工具）或 .caption</translation>
    </message>
    <message>
        <source>Class tokens of the regularization folder when they differ from the class</source>
        <translation>正则化文件夹的类别词（与类别不同时填写）</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Images from</source>
        <translation>图片来源</translation>
    </message>
    <message>
        <source>Reg images</source>
        <translation>正则图</translation>
    </message>
    <message>
        <source>Reg repeats</source>
        <translation>正则重复次数</translation>
    </message>
    <message>
        <source>Reg class</source>
        <translation>正则类别</translation>
    </message>
    <message>
        <source>Select a concept to edit it.</source>
        <translation>选择一个概念进行编辑。</translation>
    </message>
    <message>
        <source>Builds {img} and {reg}</source>
        <translation>将生成 {img} 和 {reg}</translation>
    </message>
    <message>
        <source>Builds {img}</source>
        <translation>将生成 {img}</translation>
    </message>
</context>
<context>
    <name>ConceptTableModel</name>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Images from</source>
        <translation>图片来源</translation>
    </message>
    <message>
        <source>Reg images from</source>
        <translation>正则图来源</translation>
    </message>
    <message>
        <source>Reg repeats</source>
        <translation>正则重复次数</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>The identifier or class cannot be a folder name</source>
        <translation>标识符或类别不能用作文件夹名</translation>
    </message>
    <message>
        <source>Builds {folder}</source>
        <translation>将生成 {folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>sd-scripts dataset config</source>
        <translation>sd-scripts 数据集配置</translation>
    </message>
    <message>
        <source>Wrote &lt;b&gt;{path}&lt;/b&gt;. To train on this layout with kohya sd-scripts, run from the sd-scripts folder:</source>
        <translation>已写入 &lt;b&gt;{path}&lt;/b&gt;。要用 kohya sd-scripts 按这个目录结构训练，请在 sd-scripts 文件夹中运行：</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Folders</source>
        <translation>训练文件夹</translation>
    </message>
    <message>
        <source>Import kohya layout…</source>
        <translation>导入 kohya 目录结构…</translation>
    </message>
    <message>
        <source>Read existing &apos;10_name class&apos; folders back into concepts</source>
        <translation>把现有的 &apos;10_name class&apos; 文件夹读回为概念</translation>
    </message>
    <message>
        <source>Export sd-scripts config…</source>
        <translation>导出 sd-scripts 配置…</translation>
    </message>
    <message>
        <source>Write a dataset_config TOML for kohya sd-scripts and show the command line</source>
        <translation>为 kohya sd-scripts 写出 dataset_config TOML 文件，并显示训练命令</translation>
    </message>
    <message>
        <source>Build folders</source>
        <translation>生成文件夹</translation>
    </message>
    <message>
        <source>Build train/img and train/reg from the concepts (hard links; sources untouched)</source>
        <translation>根据概念生成 train/img 和 train/reg（使用硬链接；不改动源文件）</translation>
    </message>
    <message>
        <source>Add concept</source>
        <translation>添加概念</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;File → New project…&lt;/b&gt; or &lt;b&gt;File → Open project…&lt;/b&gt;.</source>
        <translation>请使用 &lt;b&gt;文件 → 新建项目…&lt;/b&gt; 或 &lt;b&gt;文件 → 打开项目…&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>{n} concept → the folders kohya sd-scripts reads, built in {folder}</source>
        <translation>{n} 个概念 → 生成 kohya sd-scripts 读取的文件夹，位于 {folder}</translation>
    </message>
    <message>
        <source>{n} concepts → the folders kohya sd-scripts reads, built in {folder}</source>
        <translation>{n} 个概念 → 生成 kohya sd-scripts 读取的文件夹，位于 {folder}</translation>
    </message>
    <message>
        <source>No concepts yet</source>
        <translation>还没有概念</translation>
    </message>
    <message>
        <source>A &lt;b&gt;concept&lt;/b&gt; is one thing to learn: a rare trigger word (the &lt;i&gt;identifier&lt;/i&gt;, like &lt;code&gt;ohwx&lt;/code&gt;), its &lt;i&gt;class&lt;/i&gt; (&lt;code&gt;woman&lt;/code&gt;, &lt;code&gt;dog&lt;/code&gt;), how often each image is repeated, and the folder of its images and captions.</source>
        <translation>一个&lt;b&gt;概念&lt;/b&gt;就是要学习的一样东西：一个罕见的触发词（即&lt;i&gt;标识符&lt;/i&gt;，如 &lt;code&gt;ohwx&lt;/code&gt;）、它的&lt;i&gt;类别&lt;/i&gt;（&lt;code&gt;woman&lt;/code&gt;、&lt;code&gt;dog&lt;/code&gt;）、每张图片的重复次数，以及存放其图片和标注的文件夹。</translation>
    </message>
    <message>
        <source>Danlu builds &lt;code&gt;{img}/&amp;lt;repeats&amp;gt;_&amp;lt;identifier&amp;gt; &amp;lt;class&amp;gt;&lt;/code&gt; and &lt;code&gt;{reg}/&amp;lt;repeats&amp;gt;_&amp;lt;class&amp;gt;&lt;/code&gt; from the concepts, counts the training steps as sd-scripts will and checks the folders before you train, so you never name a folder by hand.</source>
        <translation>Danlu 根据概念生成 &lt;code&gt;{img}/&amp;lt;重复次数&amp;gt;_&amp;lt;标识符&amp;gt; &amp;lt;类别&amp;gt;&lt;/code&gt; 和 &lt;code&gt;{reg}/&amp;lt;重复次数&amp;gt;_&amp;lt;类别&amp;gt;&lt;/code&gt; 文件夹，按 sd-scripts 的算法计算训练步数，并在训练前检查这些文件夹，你无需手动给文件夹命名。</translation>
    </message>
    <message>
        <source>Add a concept, or import folders you already made for kohya_ss.</source>
        <translation>添加一个概念，或导入你已经为 kohya_ss 准备好的文件夹。</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>无法保存 {file}：{error}</translation>
    </message>
    <message>
        <source>Checking the folders…</source>
        <translation>正在检查文件夹…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <source>Checking the folders failed: {error}</source>
        <translation>检查文件夹失败：{error}</translation>
    </message>
    <message>
        <source>Checks: {summary}</source>
        <translation>检查结果：{summary}</translation>
    </message>
    <message>
        <source>Wait for the step count (or fix what it says) first.</source>
        <translation>请先等步数计算完成（或先修正它提示的问题）。</translation>
    </message>
    <message>
        <source>Looking for repeats…</source>
        <translation>正在计算重复次数…</translation>
    </message>
    <message>
        <source>{concept}: {old} → {new} repeats</source>
        <translation>{concept}：重复次数 {old} → {new}</translation>
    </message>
    <message>
        <source>{suggestions}: {total} steps in all</source>
        <translation>{suggestions}：共 {total} 步</translation>
    </message>
    <message>
        <source>Not built: fix the errors first. {message}</source>
        <translation>未生成：请先修正错误。{message}</translation>
    </message>
    <message>
        <source> (and {n} more, listed below)</source>
        <translation>（另有 {n} 个，见下方列表）</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
        <source>Building the folders in the background…</source>
        <translation>正在后台生成文件夹…</translation>
    </message>
    <message>
        <source>Import a kohya layout (the folder holding img/ or the &apos;10_name class&apos; folders)</source>
        <translation>导入 kohya 目录结构（选择包含 img/ 或 &apos;10_name class&apos; 文件夹的目录）</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>正在读取 {folder}…</translation>
    </message>
    <message>
        <source>Cannot import the layout</source>
        <translation>无法导入目录结构</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>Imported {n} concept(s).</source>
        <translation>已导入 {n} 个概念。</translation>
    </message>
    <message>
        <source>Export sd-scripts dataset config</source>
        <translation>导出 sd-scripts 数据集配置</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>未导出：{error}</translation>
    </message>
    <message>
        <source>Replace {model} with your base model.</source>
        <translation>请把 {model} 替换为你的底模。</translation>
    </message>
    <message>
        <source>The config names the folders in train/, which are not built yet: press Build folders.</source>
        <translation>配置里引用的 train/ 文件夹还没有生成：请点击“生成文件夹”。</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>{n} concept(s) found:</source>
        <translation>找到 {n} 个概念：</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>Import kohya layout</source>
        <translation>导入 kohya 目录结构</translation>
    </message>
    <message>
        <source>Replace concepts</source>
        <translation>替换现有概念</translation>
    </message>
    <message>
        <source>Add to concepts</source>
        <translation>添加到现有概念</translation>
    </message>
</context>
<context>
    <name>IssueList</name>
    <message>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <source>{n} infos</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Info: {message}</source>
        <translation>提示：{message}</translation>
    </message>
    <message>
        <source>Double-click to open its folder.</source>
        <translation>双击打开所在文件夹。</translation>
    </message>
</context>
<context>
    <name>LayoutBuild</name>
    <message>
        <source>Build folders · {project}</source>
        <translation>生成文件夹 · {project}</translation>
    </message>
    <message>
        <source>Build failed: {message} (details on the Jobs page)</source>
        <translation>生成失败：{message}（详情见“任务”页）</translation>
    </message>
    <message>
        <source>Build cancelled; the previous folders are unchanged.</source>
        <translation>已取消生成；之前的文件夹保持不变。</translation>
    </message>
    <message>
        <source>Built {folders} folder(s) with {placed} files ({linked} linked, {copied} copied) in {layout}; removed {removed} from the previous build.</source>
        <translation>已在 {layout} 中生成 {folders} 个文件夹，共 {placed} 个文件（硬链接 {linked} 个，复制 {copied} 个）；移除了上次生成的 {removed} 个文件。</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>Training resolution: one size, or width,height (sd-scripts&apos; --resolution)</source>
        <translation>训练分辨率：一个尺寸，或“宽,高”（sd-scripts 的 --resolution）</translation>
    </message>
    <message>
        <source>Images per batch (--train_batch_size)</source>
        <translation>每个批次的图片数（--train_batch_size）</translation>
    </message>
    <message>
        <source>--max_train_epochs; when set it decides the length</source>
        <translation>--max_train_epochs：设置后由它决定训练长度</translation>
    </message>
    <message>
        <source>--max_train_steps: used when epochs is not set (sd-scripts&apos; default is {n})</source>
        <translation>--max_train_steps：未设置轮数时使用（sd-scripts 的默认值为 {n}）</translation>
    </message>
    <message>
        <source>Batches per optimizer step (--gradient_accumulation_steps)</source>
        <translation>每次优化器更新累积的批次数（--gradient_accumulation_steps）</translation>
    </message>
    <message>
        <source>Aspect-ratio buckets</source>
        <translation>宽高比分桶</translation>
    </message>
    <message>
        <source>--enable_bucket: train each image near its own aspect ratio</source>
        <translation>--enable_bucket：每张图片以接近其原始宽高比的尺寸训练</translation>
    </message>
    <message>
        <source>No upscale</source>
        <translation>不放大</translation>
    </message>
    <message>
        <source>--bucket_no_upscale: small images keep their size</source>
        <translation>--bucket_no_upscale：小图保持原尺寸</translation>
    </message>
    <message>
        <source>--min_bucket_reso</source>
        <translation>--min_bucket_reso：桶的最小分辨率</translation>
    </message>
    <message>
        <source>--max_bucket_reso</source>
        <translation>--max_bucket_reso：桶的最大分辨率</translation>
    </message>
    <message>
        <source>--bucket_reso_steps</source>
        <translation>--bucket_reso_steps：桶分辨率的步长</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数 (epoch)</translation>
    </message>
    <message>
        <source>Max steps</source>
        <translation>最大步数</translation>
    </message>
    <message>
        <source>Grad. accum.</source>
        <translation>梯度累积</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>分桶</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Training length</source>
        <translation>训练长度</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No step count</source>
        <translation>无法计算步数</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片数</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Per epoch</source>
        <translation>每轮</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>计算中…</translation>
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
        <translation>{epochs} 轮，每轮 {steps} 步，最后一轮 {last} 步（由步数上限决定）</translation>
    </message>
    <message>
        <source> (of {n})</source>
        <translation>（共 {n}）</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation>，另有 {n} 个</translation>
    </message>
    <message>
        <source>buckets (samples): {buckets}</source>
        <translation>分桶（样本数）：{buckets}</translation>
    </message>
    <message>
        <source>one bucket: {w}×{h}</source>
        <translation>只有一个桶：{w}×{h}</translation>
    </message>
</context>
<context>
    <name>SuggestRow</name>
    <message>
        <source>The total number of optimizer steps you want</source>
        <translation>你希望的优化器总步数</translation>
    </message>
    <message>
        <source>Balance concepts</source>
        <translation>平衡各概念</translation>
    </message>
    <message>
        <source>Give each concept the same share of an epoch (fewer images → more repeats); off: the same repeats for all</source>
        <translation>让每个概念在一轮中所占的比重相同（图片越少 → 重复次数越多）；关闭时：所有概念使用相同的重复次数</translation>
    </message>
    <message>
        <source>Suggest repeats</source>
        <translation>建议重复次数</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
</context>
</TS>
