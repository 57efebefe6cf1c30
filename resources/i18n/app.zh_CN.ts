<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigForm</name>
    <message>
        <source>Basic</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样图</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Accelerate</source>
        <translation>Accelerate</translation>
    </message>
    <message>
        <source>Point at a setting to read what it does and when to change it.</source>
        <translation>把鼠标移到某个设置上，这里会说明它的作用以及什么时候需要改它。</translation>
    </message>
    <message>
        <source>Search all settings (name, label or help)…</source>
        <translation>搜索全部设置（参数名、名称或说明）…</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>Only the settings a first run needs; the rest keep their defaults</source>
        <translation>只显示第一次训练需要的设置，其余保持默认值</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>全部设置</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>仅显示已修改</translation>
    </message>
    <message>
        <source>Show only settings that differ from their defaults</source>
        <translation>只显示与默认值不同的设置</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab}（{count}）</translation>
    </message>
    <message>
        <source>No setting matches “{search}”.</source>
        <translation>没有与“{search}”匹配的设置。</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>没有修改过任何设置。</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>默认 {value}</translation>
    </message>
    <message>
        <source>now {value}</source>
        <translation>当前 {value}</translation>
    </message>
    <message>
        <source>Does nothing now: it applies when {reason}.</source>
        <translation>目前不起作用：仅当 {reason} 时生效。</translation>
    </message>
</context>
<context>
    <name>DemoModelsBar</name>
    <message>
        <source>Build demo models</source>
        <translation>生成演示模型</translation>
    </message>
    <message>
        <source>Build a tiny Stable Diffusion, WD tagger and CLIP model with random weights on this machine (no download), for the demo project</source>
        <translation>在本机生成随机权重的微型 Stable Diffusion、WD 打标模型和 CLIP 模型（无需下载），供演示项目使用</translation>
    </message>
    <message>
        <source>Build the tiny demo models</source>
        <translation>生成微型演示模型</translation>
    </message>
    <message>
        <source>Demo project: the tiny demo models are filled in — random weights, pictures are noise. They show that every step works; for a real LoRA choose a real base model.</source>
        <translation>演示项目：已填入微型演示模型——权重是随机的，生成的图片只是噪点。它们用来演示每一步都能跑通；要训练真正的 LoRA，请选择真正的底模。</translation>
    </message>
    <message>
        <source>Building the tiny demo models: {done} of {total}…</source>
        <translation>正在生成微型演示模型：{done} / {total}…</translation>
    </message>
    <message>
        <source>Building the demo models failed: {message} (details on the Jobs page)</source>
        <translation>生成演示模型失败：{message}（详情见“任务”页）</translation>
    </message>
    <message>
        <source>Demo project: this step needs a model. Build the tiny demo models (random weights, no download, a minute or two) to try the whole path; the pictures they make are noise.</source>
        <translation>演示项目：这一步需要模型。生成微型演示模型（随机权重，无需下载，一两分钟）即可体验完整流程；它们生成的图片只是噪点。</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Enter a whole number from {lo:g} to {hi:g}.</source>
        <translation>请输入 {lo:g} 到 {hi:g} 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a number from {lo:g} to {hi:g}.</source>
        <translation>请输入 {lo:g} 到 {hi:g} 之间的数。</translation>
    </message>
    <message>
        <source>Enter a whole number of at least {lo:g}.</source>
        <translation>请输入不小于 {lo:g} 的整数。</translation>
    </message>
    <message>
        <source>Enter a number of at least {lo:g}.</source>
        <translation>请输入不小于 {lo:g} 的数。</translation>
    </message>
    <message>
        <source>Enter a whole number of at most {hi:g}.</source>
        <translation>请输入不大于 {hi:g} 的整数。</translation>
    </message>
    <message>
        <source>Enter a number of at most {hi:g}.</source>
        <translation>请输入不大于 {hi:g} 的数。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>可选值：{choices}</translation>
    </message>
    <message>
        <source>{min:g} to {max:g}</source>
        <translation>{min:g} 到 {max:g}</translation>
    </message>
    <message>
        <source>Reset to the default ({value})</source>
        <translation>恢复默认值（{value}）</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>默认值：{value}</translation>
    </message>
    <message>
        <source>Applies when {reason}.</source>
        <translation>仅当 {reason} 时生效。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>开始前已取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Could not start {program}: {error}</source>
        <translation>无法启动 {program}：{error}</translation>
    </message>
    <message>
        <source>The job crashed: {last}</source>
        <translation>任务崩溃：{last}</translation>
    </message>
    <message>
        <source>The job crashed without saying why.</source>
        <translation>任务崩溃，没有给出原因。</translation>
    </message>
    <message>
        <source>The job exited with code {code}: {last}</source>
        <translation>任务退出，退出码 {code}：{last}</translation>
    </message>
    <message>
        <source>The job exited with code {code} without saying why.</source>
        <translation>任务退出，退出码 {code}，没有给出原因。</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Long tasks run in the background, one GPU job at a time.</source>
        <translation>耗时的任务在后台运行，同一时间只运行一个 GPU 任务。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the selected job (a running job gets the chance to save first)</source>
        <translation>停止选中的任务（正在运行的任务会先有机会保存）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <source>Remove ended jobs from this list (their files stay in the project)</source>
        <translation>从列表中移除已结束的任务（它们的文件仍保留在项目中）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Select a job to see its events and error output.</source>
        <translation>选择一个任务，查看它的事件和错误输出。</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>还没有任务</translation>
    </message>
    <message>
        <source>Long tasks (building thumbnails, captioning, generating images, training) run here as background jobs, each in its own process: the window stays responsive and a crash or an out-of-memory error only ends that job.</source>
        <translation>耗时的工作（生成缩略图、打标、生成图片、训练）都作为后台任务在这里运行，每个任务有自己的进程：窗口不会卡住，崩溃或显存不足也只会结束那一个任务。</translation>
    </message>
    <message>
        <source>One GPU job runs at a time and the others wait their turn; queued jobs can be reordered or cancelled.</source>
        <translation>同一时间只运行一个 GPU 任务，其他任务排队等候；排队中的任务可以调整顺序或取消。</translation>
    </message>
    <message>
        <source>Log · {title}</source>
        <translation>日志 · {title}</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Job</source>
        <translation>任务</translation>
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
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{done} / {total} image</source>
        <translation>{done} / {total} 张图片</translation>
    </message>
    <message>
        <source>{done} / {total} images</source>
        <translation>{done} / {total} 张图片</translation>
    </message>
    <message>
        <source>{done} / {total} step</source>
        <translation>{done} / {total} 步</translation>
    </message>
    <message>
        <source>{done} / {total} steps</source>
        <translation>{done} / {total} 步</translation>
    </message>
    <message>
        <source>{done} / {total} epoch</source>
        <translation>{done} / {total} 轮</translation>
    </message>
    <message>
        <source>{done} / {total} epochs</source>
        <translation>{done} / {total} 轮</translation>
    </message>
    <message>
        <source>{done} / {total} file</source>
        <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 个文件</translation>
    </message>
    <message>
        <source>{done} / {total} cell</source>
        <translation>{done} / {total} 格</translation>
    </message>
    <message>
        <source>{done} / {total} cells</source>
        <translation>{done} / {total} 格</translation>
    </message>
    <message>
        <source>{done} / {total} item</source>
        <translation>{done} / {total} 项</translation>
    </message>
    <message>
        <source>{done} / {total} items</source>
        <translation>{done} / {total} 项</translation>
    </message>
    <message>
        <source>{done} / {total} byte</source>
        <translation>{done} / {total} 字节</translation>
    </message>
    <message>
        <source>{done} / {total} bytes</source>
        <translation>{done} / {total} 字节</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>one per line</source>
        <translation>每行一个</translation>
    </message>
</context>
<context>
    <name>LossGraph</name>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>lr text encoder</source>
        <translation>文本编码器学习率</translation>
    </message>
    <message>
        <source>lr U-Net</source>
        <translation>U-Net 学习率</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>average</source>
        <translation>移动平均</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: small changes late in a run become visible</source>
        <translation>损失轴使用对数刻度：训练后期的细微变化也能看清</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the whole run and follow new steps again (drag to pan, wheel to zoom)</source>
        <translation>显示整个训练过程并重新跟随新的步数（拖动可平移，滚轮可缩放）</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>还没有训练步</translation>
    </message>
    <message>
        <source>{steps:,} steps · {epochs} epochs</source>
        <translation>{steps:,} 步 · {epochs} 轮</translation>
    </message>
    <message>
        <source>{steps:,} steps</source>
        <translation>{steps:,} 步</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>打标</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>训练文件夹</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>WORKFLOW</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Danlu</source>
        <translation>关于 Danlu(&amp;A)</translation>
    </message>
    <message>
        <source>{name}  —  {path}</source>
        <translation>{name}  —  {path}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>About Danlu</source>
        <translation>关于 Danlu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Danlu&lt;/h3&gt;&lt;p&gt;A workbench for training Stable Diffusion LoRAs: images, captions, regularization, training folders, training and checkpoint comparison.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Danlu&lt;/h3&gt;&lt;p&gt;训练 Stable Diffusion LoRA 的工作台：图片整理、打标、正则化、训练文件夹、训练以及检查点对比。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open project (a folder with danlu.toml)</source>
        <translation>打开项目（含有 danlu.toml 的文件夹）</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Could not write the project into {folder}: {error}

Pick a folder you can write to (in your home folder, for example) on a disk that is not full.</source>
        <translation>无法把项目写入 {folder}：{error}

请选择一个你有写入权限、且所在磁盘未满的文件夹（例如你的主目录下的文件夹）。</translation>
    </message>
    <message>
        <source>Not a Danlu project</source>
        <translation>不是 Danlu 项目</translation>
    </message>
    <message>
        <source>{folder} has no danlu.toml. Pick the project&apos;s folder, or make a new project there with File → New project.</source>
        <translation>{folder} 中没有 danlu.toml。请选择项目所在的文件夹，或者用“文件 → 新建项目”在那里新建一个项目。</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Could not read the project in {folder}: {error}

Check that the folder is still there (on a drive that is plugged in) and that you may read it.</source>
        <translation>无法读取 {folder} 中的项目：{error}

请确认该文件夹仍然存在（所在的磁盘已连接），并且你有读取权限。</translation>
    </message>
    <message>
        <source>Cannot open the demo project</source>
        <translation>无法打开演示项目</translation>
    </message>
    <message>
        <source>Could not copy the demo project into {folder}: {error}

Check that this folder can be written and that its disk is not full.</source>
        <translation>无法把演示项目复制到 {folder}：{error}

请确认该文件夹可以写入，并且所在磁盘未满。</translation>
    </message>
    <message>
        <source>{name} — Danlu</source>
        <translation>{name} — Danlu</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Jobs: {running} running, {queued} queued</source>
        <translation>任务：{running} 个运行中，{queued} 个排队中</translation>
    </message>
    <message>
        <source>Jobs: {running} running</source>
        <translation>任务：{running} 个运行中</translation>
    </message>
    <message>
        <source>Jobs: {queued} queued</source>
        <translation>任务：{queued} 个排队中</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <source>Jobs  ({active})</source>
        <translation>任务（{active}）</translation>
    </message>
    <message>
        <source>Quit Danlu?</source>
        <translation>退出 Danlu？</translation>
    </message>
    <message>
        <source>{running} job(s) running and {queued} waiting. Quitting stops them; running jobs are asked to stop cleanly and are ended after {seconds:.0f} seconds.</source>
        <translation>有 {running} 个任务正在运行，{queued} 个在排队。退出会停止它们：正在运行的任务会先被要求正常停止，{seconds:.0f} 秒后仍未结束则强制结束。</translation>
    </message>
    <message>
        <source>Stopping the running jobs…</source>
        <translation>正在停止运行中的任务…</translation>
    </message>
</context>
<context>
    <name>ModelsBox</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>占用空间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} 个文件</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>incomplete: {missing} missing</source>
        <translation>不完整：缺少 {missing}</translation>
    </message>
    <message>
        <source>{size} of an interrupted download</source>
        <translation>中断的下载残留 {size}</translation>
    </message>
    <message>
        <source>Cannot read the model cache {cache}: {error}</source>
        <translation>无法读取模型缓存 {cache}：{error}</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the selected model from the cache (download it again to use it)</source>
        <translation>从缓存中删除选中的模型（以后要用需重新下载）</translation>
    </message>
    <message>
        <source>Open cache folder</source>
        <translation>打开缓存文件夹</translation>
    </message>
    <message>
        <source>Captioning models (and any other model) in the Hugging Face cache: {cache}</source>
        <translation>Hugging Face 缓存中的打标模型（以及其他模型）：{cache}</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>正在读取缓存…</translation>
    </message>
    <message>
        <source>{n} model(s), {size}</source>
        <translation>{n} 个模型，共 {size}</translation>
    </message>
    <message>
        <source>No models downloaded yet.</source>
        <translation>还没有下载任何模型。</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Missing: {files}</source>
        <translation>缺少：{files}</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from the Hugging Face cache?

{path}

Captioning with it downloads it again (or fails while offline).</source>
        <translation>要从 Hugging Face 缓存中删除 {model}（{size}）吗？

{path}

之后再用它打标会重新下载（离线时会失败）。</translation>
    </message>
    <message>
        <source>Deleting {model}…</source>
        <translation>正在删除 {model}…</translation>
    </message>
    <message>
        <source>Could not delete {model}: {error}

Close programs that may be using it (a running caption job, a web UI) and try again, or delete its folder by hand: {path}</source>
        <translation>无法删除 {model}：{error}

请关闭可能正在使用它的程序（正在运行的打标任务、WebUI 等）后重试，或者手动删除它的文件夹：{path}</translation>
    </message>
    <message>
        <source>Deleted {model}: {size} freed.</source>
        <translation>已删除 {model}：释放了 {size}。</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>项目文件夹</translation>
    </message>
    <message>
        <source>a new or empty folder, e.g. ~/loras/my-character</source>
        <translation>新建的或空的文件夹，例如 ~/loras/my-character</translation>
    </message>
    <message>
        <source>defaults to the folder&apos;s name</source>
        <translation>默认使用文件夹名</translation>
    </message>
    <message>
        <source>Folder of training pictures</source>
        <translation>训练图片所在文件夹</translation>
    </message>
    <message>
        <source>optional: the pictures to train on</source>
        <translation>可选：用来训练的图片</translation>
    </message>
    <message>
        <source>A project folder holds Danlu&apos;s work: prepared images, captions, training runs. Your pictures stay where they are and are never changed.</source>
        <translation>项目文件夹存放 Danlu 的工作成果：处理好的图片、打标文本、训练记录。你的原图留在原处，不会被修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>请为项目选择一个文件夹。</translation>
    </message>
    <message>
        <source>{folder} already holds a Danlu project: open it with File → Open project.</source>
        <translation>{folder} 中已经有一个 Danlu 项目：请用“文件 → 打开项目”打开它。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>“{text}”不是整数。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
</context>
<context>
    <name>ProjectJobs</name>
    <message>
        <source>The project folder {folder} is not there any more (moved, renamed or deleted, or its drive unplugged). Open it again where it is now with File → Open project.</source>
        <translation>项目文件夹 {folder} 已不在原处（被移动、改名或删除，或其所在的磁盘已拔出）。请用“文件 → 打开项目”从它现在的位置重新打开。</translation>
    </message>
    <message>
        <source>Could not write the job&apos;s settings in {folder}: {error}. Check that the disk has free space and that the folder can be written, then try again.</source>
        <translation>无法在 {folder} 中写入任务设置：{error}。请确认磁盘有剩余空间、该文件夹可写入，然后重试。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Check this machine</source>
        <translation>检查本机</translation>
    </message>
    <message>
        <source>Runs the doctor job: Python, PyTorch, GPU, memory, disks and libraries</source>
        <translation>运行环境检查任务：Python、PyTorch、GPU、内存、磁盘和依赖库</translation>
    </message>
    <message>
        <source>The report appears here: what this machine can do for Danlu, and what to fix.</source>
        <translation>检查报告会显示在这里：这台电脑能为 Danlu 做什么，以及需要修复什么。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This project, recent projects, appearance, models and this machine.</source>
        <translation>当前项目、最近的项目、外观、模型和本机环境。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>{name}    —    {path}</source>
        <translation>{name}    —    {path}</translation>
    </message>
    <message>
        <source>Danlu shows the new language from its next start.</source>
        <translation>Danlu 下次启动时将使用新的语言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Checking… (this imports PyTorch and probes the GPU: a few seconds)</source>
        <translation>正在检查…（需要加载 PyTorch 并检测 GPU，需几秒钟）</translation>
    </message>
    <message>
        <source>The check failed: {message}</source>
        <translation>检查失败：{message}</translation>
    </message>
    <message>
        <source>The check was cancelled: {message}</source>
        <translation>检查已取消：{message}</translation>
    </message>
    <message>
        <source>Checked in {seconds:.1f} s.</source>
        <translation>检查完成，用时 {seconds:.1f} 秒。</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove this tag (Delete)</source>
        <translation>删除这个标签（Delete）</translation>
    </message>
</context>
<context>
    <name>TagChipsView</name>
    <message>
        <source>No tags yet: type one below.</source>
        <translation>还没有标签：在下方输入一个。</translation>
    </message>
    <message>
        <source>The text encoder does not see the tags after this point.</source>
        <translation>文本编码器看不到此处之后的标签。</translation>
    </message>
    <message>
        <source>Delete tag “{tag}”</source>
        <translation>删除标签“{tag}”</translation>
    </message>
    <message>
        <source>Edit tag “{tag}”</source>
        <translation>编辑标签“{tag}”</translation>
    </message>
    <message>
        <source>Move tag “{tag}”</source>
        <translation>移动标签“{tag}”</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
</context>
<context>
    <name>_FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
</TS>
