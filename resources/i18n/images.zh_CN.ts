<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BucketPreview</name>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;分桶&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training batch size: a bucket with fewer images than this makes a short batch</source>
        <translation>训练的批量大小：图片数少于此值的桶凑不满一个批次</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>{images} in {buckets} (prepared sizes → the trainer&apos;s buckets)</source>
        <translation>{images}分布在 {buckets}中（预处理后的尺寸 → 训练器的分桶）</translation>
    </message>
    <message>
        <source>{n} image</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>{n} bucket</source>
        <translation>{n} 个桶</translation>
    </message>
    <message>
        <source>{n} buckets</source>
        <translation>{n} 个桶</translation>
    </message>
    <message>
        <source>; {n} more not measured yet: Scan images to count them</source>
        <translation>；另有 {n} 张尚未测量尺寸：扫描图片后即可计入</translation>
    </message>
    <message>
        <source>⚠ {n} bucket holds a single image ({names}): each makes a batch of one every epoch. Crop those images to a common aspect (snap to bucket helps) or exclude them.</source>
        <translation>⚠ {n} 个桶里只有一张图片（{names}）：每个轮次(epoch)它都会单独组成一个批次。请把这些图片裁剪成常见的宽高比（“吸附到桶”可以帮忙），或将其排除。</translation>
    </message>
    <message>
        <source>⚠ {n} buckets hold a single image ({names}): each makes a batch of one every epoch. Crop those images to a common aspect (snap to bucket helps) or exclude them.</source>
        <translation>⚠ {n} 个桶里各只有一张图片（{names}）：每个轮次(epoch)它们都会单独组成一个批次。请把这些图片裁剪成常见的宽高比（“吸附到桶”可以帮忙），或将其排除。</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>{px} px left</source>
        <translation>左侧 {px} px</translation>
    </message>
    <message>
        <source>{px} px top</source>
        <translation>顶部 {px} px</translation>
    </message>
    <message>
        <source>{px} px right</source>
        <translation>右侧 {px} px</translation>
    </message>
    <message>
        <source>{px} px bottom</source>
        <translation>底部 {px} px</translation>
    </message>
    <message>
        <source>the trainer cuts {sides}</source>
        <translation>训练器会裁掉{sides}</translation>
    </message>
    <message>
        <source>the trainer cuts nothing</source>
        <translation>训练器不会裁掉任何部分</translation>
    </message>
    <message>
        <source>bucket {w}×{h}</source>
        <translation>桶 {w}×{h}</translation>
    </message>
    <message>
        <source>scaled to {w}×{h}</source>
        <translation>缩放到 {w}×{h}</translation>
    </message>
    <message>
        <source>← Grid</source>
        <translation>← 网格</translation>
    </message>
    <message>
        <source>Back to the thumbnails (Esc)</source>
        <translation>返回缩略图 (Esc)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <source>Previous image (Page Up)</source>
        <translation>上一张图片 (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <source>Next image (Page Down)</source>
        <translation>下一张图片 (Page Down)</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Leave this image out of the prepared set</source>
        <translation>不把这张图片放进预处理后的训练集</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Snap to bucket</source>
        <translation>吸附到桶</translation>
    </message>
    <message>
        <source>Show the training bucket the crop lands in, shade what the trainer would cut, and reshape the crop to the bucket&apos;s exact aspect when you let go</source>
        <translation>显示裁剪框落在哪个训练桶里，用阴影标出训练器会裁掉的部分，并在松开鼠标时把裁剪框调整为该桶的精确宽高比</translation>
    </message>
    <message>
        <source>Thirds</source>
        <translation>三分线</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>The largest centred crop of the chosen aspect</source>
        <translation>按所选宽高比取最大的居中裁剪</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Forget this image&apos;s crop (prepare then uses its own setting)</source>
        <translation>清除这张图片的裁剪（预处理时改用面板上的裁剪设置）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Crop {w}×{h} at ({left}, {top}) of {width}×{height}</source>
        <translation>裁剪 {w}×{h}，起点 ({left}, {top})，原图 {width}×{height}</translation>
    </message>
    <message>
        <source>not saved yet: prepare&apos;s own crop setting applies</source>
        <translation>尚未保存：将使用预处理的裁剪设置</translation>
    </message>
    <message>
        <source>Crops cannot be saved: {error}</source>
        <translation>无法保存裁剪：{error}</translation>
    </message>
</context>
<context>
    <name>EditStore</name>
    <message>
        <source>{file}: the crops could not be saved ({error}). Check that the project folder is writable and has free space.</source>
        <translation>{file}：无法保存裁剪（{error}）。请检查项目文件夹是否可写、磁盘是否还有空间。</translation>
    </message>
</context>
<context>
    <name>FlagFilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show only images flagged {flag} (several chips: any of them)</source>
        <translation>只显示标记为“{flag}”的图片（选中多个标签时：满足其一即可）</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Set what counts as blurry, small, extreme aspect and near-duplicate</source>
        <translation>设置模糊、过小、极端宽高比和近似重复的判定标准</translation>
    </message>
    <message>
        <source>All {n}</source>
        <translation>全部 {n}</translation>
    </message>
</context>
<context>
    <name>FollowedJobs</name>
    <message>
        <source>{message} (details on the Jobs page)</source>
        <translation>{message}（详情见“任务”页）</translation>
    </message>
    <message>
        <source>Cancelled; the next run continues where this one stopped.</source>
        <translation>已取消；下次运行会从中断处继续。</translation>
    </message>
</context>
<context>
    <name>GridControls</name>
    <message>
        <source>Sort the grid (resolution and sharpness need a scan)</source>
        <translation>网格的排序方式（按分辨率和清晰度排序需要先扫描）</translation>
    </message>
    <message>
        <source>Ascending / descending</source>
        <translation>升序 / 降序</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Date modified</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>ImageCellDelegate</name>
    <message>
        <source>cannot read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>ImageFlags</name>
    <message>
        <source>blurry</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>small</source>
        <translation>过小</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>near-dup</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <source>aspect</source>
        <translation>比例异常</translation>
    </message>
    <message>
        <source>wrong ext</source>
        <translation>扩展名错误</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>蒙版</translation>
    </message>
    <message>
        <source>extreme-aspect</source>
        <translation>极端宽高比</translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <source>wrong-extension</source>
        <translation>扩展名错误</translation>
    </message>
</context>
<context>
    <name>ImageGridModel</name>
    <message>
        <source>sharpness {value}</source>
        <translation>清晰度 {value}</translation>
    </message>
    <message>
        <source>looks like {name} ({match})</source>
        <translation>与 {name} 相似（{match}）</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>标记：{flags}</translation>
    </message>
</context>
<context>
    <name>ImageGridView</name>
    <message>
        <source>Open full size</source>
        <translation>查看原图</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>裁剪…</translation>
    </message>
    <message>
        <source>Exclude from the prepared set</source>
        <translation>从预处理训练集中排除</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Include in the prepared set</source>
        <translation>重新加入预处理训练集</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>蒙版</translation>
    </message>
    <message>
        <source>Darken what the loss mask leaves out of training (M)</source>
        <translation>调暗损失蒙版排除在训练之外的区域 (M)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Zoom to fit the window (F)</source>
        <translation>缩放到适应窗口 (F)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>按 1:1 像素显示 (1)</translation>
    </message>
    <message>
        <source>Previous image (←)</source>
        <translation>上一张图片 (←)</translation>
    </message>
    <message>
        <source>Next image (→)</source>
        <translation>下一张图片 (→)</translation>
    </message>
    <message>
        <source>{name} — Danlu</source>
        <translation>{name} — Danlu</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Loss mask: {mask}</source>
        <translation>损失蒙版：{mask}</translation>
    </message>
    <message>
        <source>the alpha channel (trained with dataset.alpha_mask on)</source>
        <translation>图片的透明通道（开启 dataset.alpha_mask 训练时生效）</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Add image folder…</source>
        <translation>添加图片文件夹…</translation>
    </message>
    <message>
        <source>Scan images</source>
        <translation>扫描图片</translation>
    </message>
    <message>
        <source>Check every file and measure sharpness, size and duplicates (a background job; originals are not changed)</source>
        <translation>检查每个文件，测量清晰度、尺寸并查找重复（后台任务；不会改动原图）</translation>
    </message>
    <message>
        <source>Build thumbnails</source>
        <translation>生成缩略图</translation>
    </message>
    <message>
        <source>Make the previews of every image now instead of as you scroll (a background job)</source>
        <translation>现在就为所有图片生成预览，而不是滚动到时再生成（后台任务）</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>正在查找图片…</translation>
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
        <source>No image folders yet</source>
        <translation>还没有图片文件夹</translation>
    </message>
    <message>
        <source>Add the folder that holds your training pictures. Danlu never changes the originals: crops, resized copies and captions go into the project folder.</source>
        <translation>添加存放训练图片的文件夹。Danlu 从不修改原图：裁剪、缩放后的副本和标注都保存在项目文件夹里。</translation>
    </message>
    <message>
        <source>No images found</source>
        <translation>没有找到图片</translation>
    </message>
    <message>
        <source>Danlu looked in {folders} for {extensions} files and found none.</source>
        <translation>Danlu 在 {folders} 中查找 {extensions} 文件，一个也没有找到。</translation>
    </message>
    <message>
        <source>Add another folder, or copy your pictures into that one.</source>
        <translation>请添加其他文件夹，或把图片复制到这个文件夹里。</translation>
    </message>
    <message>
        <source>Add image folder</source>
        <translation>添加图片文件夹</translation>
    </message>
    <message>
        <source>Cannot add the folder</source>
        <translation>无法添加文件夹</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}

Check that the project folder is writable and its disk has free space, then add the folder again.</source>
        <translation>无法保存 {file}：{error}

请检查项目文件夹是否可写、所在磁盘是否有剩余空间，然后重新添加文件夹。</translation>
    </message>
    <message>
        <source>{images} in {folders}</source>
        <translation>{folders}中共 {images}</translation>
    </message>
    <message>
        <source>{n} image</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <source>{n} folder</source>
        <translation>{n} 个文件夹</translation>
    </message>
    <message>
        <source>{n} folders</source>
        <translation>{n} 个文件夹</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>显示 {n} 张</translation>
    </message>
    <message>
        <source>{n} excluded</source>
        <translation>已排除 {n} 张</translation>
    </message>
    <message>
        <source>missing: {folders}</source>
        <translation>缺失：{folders}</translation>
    </message>
    <message>
        <source>Scanning images in the background…</source>
        <translation>正在后台扫描图片…</translation>
    </message>
    <message>
        <source>Building thumbnails in the background…</source>
        <translation>正在后台生成缩略图…</translation>
    </message>
    <message>
        <source>Not scanned yet: Scan images to flag blurry, small and duplicate pictures.</source>
        <translation>尚未扫描：点击“扫描图片”可标记模糊、过小和重复的图片。</translation>
    </message>
    <message>
        <source>Scan images · {project}</source>
        <translation>扫描图片 · {project}</translation>
    </message>
    <message>
        <source>Thumbnails · {folder}</source>
        <translation>缩略图 · {folder}</translation>
    </message>
</context>
<context>
    <name>LossMask</name>
    <message>
        <source>{file}: cannot read the mask ({error}).</source>
        <translation>{file}：无法读取蒙版（{error}）。</translation>
    </message>
</context>
<context>
    <name>PictureLoader</name>
    <message>
        <source>{file}: cannot read the file ({error}).</source>
        <translation>{file}：无法读取文件（{error}）。</translation>
    </message>
</context>
<context>
    <name>PreparePanel</name>
    <message>
        <source>Own crops (crop editor)</source>
        <translation>自定义裁剪（裁剪编辑器）</translation>
    </message>
    <message>
        <source>Center crop</source>
        <translation>中心裁剪</translation>
    </message>
    <message>
        <source>No crop</source>
        <translation>不裁剪</translation>
    </message>
    <message>
        <source>Long side 512</source>
        <translation>长边 512</translation>
    </message>
    <message>
        <source>Long side 768</source>
        <translation>长边 768</translation>
    </message>
    <message>
        <source>Long side 1024</source>
        <translation>长边 1024</translation>
    </message>
    <message>
        <source>Exact bucket (bucket-fit)</source>
        <translation>精确匹配桶 (bucket-fit)</translation>
    </message>
    <message>
        <source>Keep size</source>
        <translation>保持原尺寸</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>Writes the training set to prepared/ (originals untouched; captions copied along)</source>
        <translation>把训练集写入 prepared/（不改动原图；标注文件一并复制）</translation>
    </message>
    <message>
        <source>Own crops: each image&apos;s crop from the crop editor; images without one get a centred crop of the aspect below (the whole image when free)</source>
        <translation>自定义裁剪：每张图片使用裁剪编辑器里的裁剪；没有裁剪的图片按下方宽高比居中裁剪（选“自由”时保留整张图）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Long side: scale the long side down to this. Exact bucket: write each image at the bucket the trainer would use, so it has nothing left to scale or cut</source>
        <translation>长边：把长边缩小到该尺寸。精确匹配桶：按训练器会用的桶尺寸写出每张图片，训练时无需再缩放或裁剪</translation>
    </message>
    <message>
        <source>Training resolution: the buckets&apos; area (for bucket-fit, the preview and snap to bucket)</source>
        <translation>训练分辨率：决定桶的面积（用于 bucket-fit、分桶预览和“吸附到桶”）</translation>
    </message>
    <message>
        <source>Enlarge smaller images</source>
        <translation>放大较小的图片</translation>
    </message>
    <message>
        <source>Never upscale</source>
        <translation>从不放大</translation>
    </message>
    <message>
        <source>bucket_no_upscale: buckets never enlarge an image, each gets the largest multiple of 64 inside it (bucket-fit, and the trainer setting the preview assumes)</source>
        <translation>bucket_no_upscale：分桶时从不放大图片，每张图片放进不超过其尺寸的最大 64 倍数的桶（用于 bucket-fit，也是分桶预览假定的训练设置）</translation>
    </message>
    <message>
        <source>PNG is lossless; JPEG and WebP are smaller</source>
        <translation>PNG 为无损格式；JPEG 和 WebP 文件更小</translation>
    </message>
    <message>
        <source>JPEG/WebP quality (90 and more keep full colour resolution)</source>
        <translation>JPEG/WebP 质量（90 及以上保留完整的色彩分辨率）</translation>
    </message>
    <message>
        <source>Transparency as a loss mask</source>
        <translation>透明部分作为损失蒙版</translation>
    </message>
    <message>
        <source>An image with transparent parts and no mask file of its own gets &lt;name&gt;_mask.png: training leaves the transparent parts out (with masked loss on). The picture is still flattened on white.</source>
        <translation>有透明部分、又没有自己蒙版文件的图片会得到 &lt;name&gt;_mask.png：训练时（开启蒙版损失）不计透明部分。图片本身仍然铺在白底上。</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the training set to prepared/ (a background job; originals untouched, captions copied along; a re-run only redoes what changed)</source>
        <translation>把训练集写入 prepared/（后台任务；不改动原图，标注文件一并复制；再次运行只重做有改动的部分）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Prepare · {project}</source>
        <translation>预处理 · {project}</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>预处理中…</translation>
    </message>
    <message>
        <source>Wrote {written}, kept {skipped} unchanged, left out {excluded} excluded; {failed} failed → {output}</source>
        <translation>写入 {written} 张，{skipped} 张无变化保留，跳过 {excluded} 张已排除的图片；{failed} 张失败 → {output}</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>needs a plug-in</source>
        <translation>需要插件</translation>
    </message>
    <message>
        <source>colour mode</source>
        <translation>色彩模式</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} file cannot be used&lt;/b&gt; — the import scan could not read it; they are left out of the prepared set.</source>
        <translation>&lt;b&gt;{n} 个文件无法使用&lt;/b&gt; — 导入扫描无法读取它，已将其排除在预处理训练集之外。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} files cannot be used&lt;/b&gt; — the import scan could not read them; they are left out of the prepared set.</source>
        <translation>&lt;b&gt;{n} 个文件无法使用&lt;/b&gt; — 导入扫描无法读取它们，已将其排除在预处理训练集之外。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>收起</translation>
    </message>
</context>
<context>
    <name>ThresholdsPanel</name>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Blurry below</source>
        <translation>模糊：低于</translation>
    </message>
    <message>
        <source>Sharpness (variance of the Laplacian at 512 px) under which an image is flagged blurry</source>
        <translation>清晰度（缩放到 512 px 后拉普拉斯算子的方差）低于此值的图片会被标记为模糊</translation>
    </message>
    <message>
        <source>Small below</source>
        <translation>过小：低于</translation>
    </message>
    <message>
        <source>² px</source>
        <translation>² px</translation>
    </message>
    <message>
        <source>Images with fewer pixels than this squared are flagged small (the trainer would upscale them)</source>
        <translation>像素数少于该值平方的图片会被标记为过小（训练器会把它们放大）</translation>
    </message>
    <message>
        <source>Aspect above</source>
        <translation>宽高比：高于</translation>
    </message>
    <message>
        <source>Long side / short side above which an image is flagged extreme-aspect</source>
        <translation>长边 / 短边超过此值的图片会被标记为极端宽高比</translation>
    </message>
    <message>
        <source>Near-dup within</source>
        <translation>近似重复：相差不超过</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> 位</translation>
    </message>
    <message>
        <source>Perceptual hash bits (of 64) two images may differ by and still count as near-duplicates</source>
        <translation>两张图片的感知哈希（共 64 位）相差不超过此位数时，视为近似重复</translation>
    </message>
    <message>
        <source>CLIP similarity ≥</source>
        <translation>CLIP 相似度 ≥</translation>
    </message>
    <message>
        <source>Cosine similarity of CLIP embeddings for a near-duplicate (only after a scan with a CLIP model)</source>
        <translation>判定为近似重复的 CLIP 嵌入余弦相似度（仅在用 CLIP 模型扫描后可用）</translation>
    </message>
</context>
</TS>
