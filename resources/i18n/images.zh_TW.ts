<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BucketPreview</name>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;分桶&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training batch size: a bucket with fewer images than this makes a short batch</source>
        <translation>訓練的批次大小：圖片數少於此值的分桶湊不滿一個批次</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>統計中…</translation>
    </message>
    <message>
        <source>{images} in {buckets} (prepared sizes → the trainer&apos;s buckets)</source>
        <translation>{images}分佈在 {buckets}中（預處理後的尺寸 → 訓練器的分桶）</translation>
    </message>
    <message>
        <source>{n} image</source>
        <translation>{n} 張圖片</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 張圖片</translation>
    </message>
    <message>
        <source>{n} bucket</source>
        <translation>{n} 個分桶</translation>
    </message>
    <message>
        <source>{n} buckets</source>
        <translation>{n} 個分桶</translation>
    </message>
    <message>
        <source>; {n} more not measured yet: Scan images to count them</source>
        <translation>；另有 {n} 張尚未測量尺寸：掃描圖片後即可計入</translation>
    </message>
    <message>
        <source>⚠ {n} bucket holds a single image ({names}): each makes a batch of one every epoch. Crop those images to a common aspect (snap to bucket helps) or exclude them.</source>
        <translation>⚠ {n} 個分桶裡只有一張圖片（{names}）：每個輪次(epoch)它都會單獨組成一個批次。請把這些圖片裁切成常見的寬高比（「對齊分桶」可以幫忙），或將其排除。</translation>
    </message>
    <message>
        <source>⚠ {n} buckets hold a single image ({names}): each makes a batch of one every epoch. Crop those images to a common aspect (snap to bucket helps) or exclude them.</source>
        <translation>⚠ {n} 個分桶裡各只有一張圖片（{names}）：每個輪次(epoch)它們都會單獨組成一個批次。請把這些圖片裁切成常見的寬高比（「對齊分桶」可以幫忙），或將其排除。</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>{px} px left</source>
        <translation>左側 {px} px</translation>
    </message>
    <message>
        <source>{px} px top</source>
        <translation>頂部 {px} px</translation>
    </message>
    <message>
        <source>{px} px right</source>
        <translation>右側 {px} px</translation>
    </message>
    <message>
        <source>{px} px bottom</source>
        <translation>底部 {px} px</translation>
    </message>
    <message>
        <source>the trainer cuts {sides}</source>
        <translation>訓練器會裁掉{sides}</translation>
    </message>
    <message>
        <source>the trainer cuts nothing</source>
        <translation>訓練器不會裁掉任何部分</translation>
    </message>
    <message>
        <source>bucket {w}×{h}</source>
        <translation>分桶 {w}×{h}</translation>
    </message>
    <message>
        <source>scaled to {w}×{h}</source>
        <translation>縮放到 {w}×{h}</translation>
    </message>
    <message>
        <source>← Grid</source>
        <translation>← 網格</translation>
    </message>
    <message>
        <source>Back to the thumbnails (Esc)</source>
        <translation>返回縮圖 (Esc)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一張</translation>
    </message>
    <message>
        <source>Previous image (Page Up)</source>
        <translation>上一張圖片 (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一張 ▶</translation>
    </message>
    <message>
        <source>Next image (Page Down)</source>
        <translation>下一張圖片 (Page Down)</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Leave this image out of the prepared set</source>
        <translation>不把這張圖片放進預處理後的訓練集</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>寬高比</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Snap to bucket</source>
        <translation>對齊分桶</translation>
    </message>
    <message>
        <source>Show the training bucket the crop lands in, shade what the trainer would cut, and reshape the crop to the bucket&apos;s exact aspect when you let go</source>
        <translation>顯示裁切框落在哪個訓練分桶裡，用陰影標出訓練器會裁掉的部分，並在鬆開滑鼠時把裁切框調整為該分桶的精確寬高比</translation>
    </message>
    <message>
        <source>Thirds</source>
        <translation>三分線</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>置中</translation>
    </message>
    <message>
        <source>The largest centred crop of the chosen aspect</source>
        <translation>按所選寬高比取最大的置中裁切</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Forget this image&apos;s crop (prepare then uses its own setting)</source>
        <translation>清除這張圖片的裁切（預處理時改用面板上的裁切設定）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Crop {w}×{h} at ({left}, {top}) of {width}×{height}</source>
        <translation>裁切 {w}×{h}，起點 ({left}, {top})，原圖 {width}×{height}</translation>
    </message>
    <message>
        <source>not saved yet: prepare&apos;s own crop setting applies</source>
        <translation>尚未儲存：將使用預處理的裁切設定</translation>
    </message>
    <message>
        <source>Crops cannot be saved: {error}</source>
        <translation>無法儲存裁切：{error}</translation>
    </message>
</context>
<context>
    <name>EditStore</name>
    <message>
        <source>{file}: the crops could not be saved ({error}). Check that the project folder is writable and has free space.</source>
        <translation>{file}：無法儲存裁切（{error}）。請檢查專案資料夾是否可寫、磁碟是否還有空間。</translation>
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
        <translation>只顯示標記為「{flag}」的圖片（選取多個標籤時：滿足其一即可）</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>閾值</translation>
    </message>
    <message>
        <source>Set what counts as blurry, small, extreme aspect and near-duplicate</source>
        <translation>設定模糊、過小、極端寬高比和近似重複的判定標準</translation>
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
        <translation>{message}（詳情見「任務」頁）</translation>
    </message>
    <message>
        <source>Cancelled; the next run continues where this one stopped.</source>
        <translation>已取消；下次執行會從中斷處繼續。</translation>
    </message>
</context>
<context>
    <name>GridControls</name>
    <message>
        <source>Sort the grid (resolution and sharpness need a scan)</source>
        <translation>網格的排序方式（按解析度和清晰度排序需要先掃描）</translation>
    </message>
    <message>
        <source>Ascending / descending</source>
        <translation>升序 / 降序</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>縮圖大小</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>檔案大小</translation>
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
        <translation>無法讀取</translation>
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
        <translation>過小</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>near-dup</source>
        <translation>近似重複</translation>
    </message>
    <message>
        <source>aspect</source>
        <translation>比例異常</translation>
    </message>
    <message>
        <source>wrong ext</source>
        <translation>副檔名錯誤</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>extreme-aspect</source>
        <translation>極端寬高比</translation>
    </message>
    <message>
        <source>near-duplicate</source>
        <translation>近似重複</translation>
    </message>
    <message>
        <source>wrong-extension</source>
        <translation>副檔名錯誤</translation>
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
        <translation>與 {name} 相似（{match}）</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>標記：{flags}</translation>
    </message>
</context>
<context>
    <name>ImageGridView</name>
    <message>
        <source>Open full size</source>
        <translation>檢視原圖</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>裁切…</translation>
    </message>
    <message>
        <source>Exclude from the prepared set</source>
        <translation>從預處理訓練集中排除</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>複製路徑</translation>
    </message>
    <message>
        <source>Include in the prepared set</source>
        <translation>重新加入預處理訓練集</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>遮罩</translation>
    </message>
    <message>
        <source>Darken what the loss mask leaves out of training (M)</source>
        <translation>調暗損失遮罩排除在訓練之外的區域 (M)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適應視窗</translation>
    </message>
    <message>
        <source>Zoom to fit the window (F)</source>
        <translation>縮放到適應視窗 (F)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>按 1:1 像素顯示 (1)</translation>
    </message>
    <message>
        <source>Previous image (←)</source>
        <translation>上一張圖片 (←)</translation>
    </message>
    <message>
        <source>Next image (→)</source>
        <translation>下一張圖片 (→)</translation>
    </message>
    <message>
        <source>{name} — Danlu</source>
        <translation>{name} — Danlu</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Loss mask: {mask}</source>
        <translation>損失遮罩：{mask}</translation>
    </message>
    <message>
        <source>the alpha channel (trained with dataset.alpha_mask on)</source>
        <translation>圖片的透明通道（開啟 dataset.alpha_mask 訓練時生效）</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <source>Images</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Add image folder…</source>
        <translation>新增圖片資料夾…</translation>
    </message>
    <message>
        <source>Scan images</source>
        <translation>掃描圖片</translation>
    </message>
    <message>
        <source>Check every file and measure sharpness, size and duplicates (a background job; originals are not changed)</source>
        <translation>檢查每個檔案，測量清晰度、尺寸並尋找重複（背景任務；不會改動原圖）</translation>
    </message>
    <message>
        <source>Build thumbnails</source>
        <translation>建立縮圖</translation>
    </message>
    <message>
        <source>Make the previews of every image now instead of as you scroll (a background job)</source>
        <translation>現在就為所有圖片建立預覽，而不是捲動到時再建立（背景任務）</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>正在尋找圖片…</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>沒有開啟的專案</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;File → New project…&lt;/b&gt; or &lt;b&gt;File → Open project…&lt;/b&gt;.</source>
        <translation>請使用 &lt;b&gt;檔案 → 新增專案…&lt;/b&gt; 或 &lt;b&gt;檔案 → 開啟專案…&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>No image folders yet</source>
        <translation>還沒有圖片資料夾</translation>
    </message>
    <message>
        <source>Add the folder that holds your training pictures. Danlu never changes the originals: crops, resized copies and captions go into the project folder.</source>
        <translation>新增存放訓練圖片的資料夾。Danlu 從不修改原圖：裁切、縮放後的副本和標註都儲存在專案資料夾裡。</translation>
    </message>
    <message>
        <source>No images found</source>
        <translation>沒有找到圖片</translation>
    </message>
    <message>
        <source>Danlu looked in {folders} for {extensions} files and found none.</source>
        <translation>Danlu 在 {folders} 中尋找 {extensions} 檔案，一個也沒有找到。</translation>
    </message>
    <message>
        <source>Add another folder, or copy your pictures into that one.</source>
        <translation>請新增其他資料夾，或把圖片複製到這個資料夾裡。</translation>
    </message>
    <message>
        <source>Add image folder</source>
        <translation>新增圖片資料夾</translation>
    </message>
    <message>
        <source>Cannot add the folder</source>
        <translation>無法新增資料夾</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}

Check that the project folder is writable and its disk has free space, then add the folder again.</source>
        <translation>無法儲存 {file}：{error}

請檢查專案資料夾是否可寫、所在磁碟是否有剩餘空間，然後重新新增資料夾。</translation>
    </message>
    <message>
        <source>{images} in {folders}</source>
        <translation>{folders}中共 {images}</translation>
    </message>
    <message>
        <source>{n} image</source>
        <translation>{n} 張圖片</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} 張圖片</translation>
    </message>
    <message>
        <source>{n} folder</source>
        <translation>{n} 個資料夾</translation>
    </message>
    <message>
        <source>{n} folders</source>
        <translation>{n} 個資料夾</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>顯示 {n} 張</translation>
    </message>
    <message>
        <source>{n} excluded</source>
        <translation>已排除 {n} 張</translation>
    </message>
    <message>
        <source>missing: {folders}</source>
        <translation>缺失：{folders}</translation>
    </message>
    <message>
        <source>Scanning images in the background…</source>
        <translation>正在背景掃描圖片…</translation>
    </message>
    <message>
        <source>Building thumbnails in the background…</source>
        <translation>正在背景建立縮圖…</translation>
    </message>
    <message>
        <source>Not scanned yet: Scan images to flag blurry, small and duplicate pictures.</source>
        <translation>尚未掃描：點選「掃描圖片」可標記模糊、過小和重複的圖片。</translation>
    </message>
    <message>
        <source>Scan images · {project}</source>
        <translation>掃描圖片 · {project}</translation>
    </message>
    <message>
        <source>Thumbnails · {folder}</source>
        <translation>縮圖 · {folder}</translation>
    </message>
</context>
<context>
    <name>LossMask</name>
    <message>
        <source>{file}: cannot read the mask ({error}).</source>
        <translation>{file}：無法讀取遮罩（{error}）。</translation>
    </message>
</context>
<context>
    <name>PictureLoader</name>
    <message>
        <source>{file}: cannot read the file ({error}).</source>
        <translation>{file}：無法讀取檔案（{error}）。</translation>
    </message>
</context>
<context>
    <name>PreparePanel</name>
    <message>
        <source>Own crops (crop editor)</source>
        <translation>自訂裁切（裁切編輯器）</translation>
    </message>
    <message>
        <source>Center crop</source>
        <translation>中心裁切</translation>
    </message>
    <message>
        <source>No crop</source>
        <translation>不裁切</translation>
    </message>
    <message>
        <source>Long side 512</source>
        <translation>長邊 512</translation>
    </message>
    <message>
        <source>Long side 768</source>
        <translation>長邊 768</translation>
    </message>
    <message>
        <source>Long side 1024</source>
        <translation>長邊 1024</translation>
    </message>
    <message>
        <source>Exact bucket (bucket-fit)</source>
        <translation>精確符合分桶 (bucket-fit)</translation>
    </message>
    <message>
        <source>Keep size</source>
        <translation>保持原尺寸</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>預處理</translation>
    </message>
    <message>
        <source>Writes the training set to prepared/ (originals untouched; captions copied along)</source>
        <translation>把訓練集寫入 prepared/（不改動原圖；標註檔案一併複製）</translation>
    </message>
    <message>
        <source>Own crops: each image&apos;s crop from the crop editor; images without one get a centred crop of the aspect below (the whole image when free)</source>
        <translation>自訂裁切：每張圖片使用裁切編輯器裡的裁切；沒有裁切的圖片按下方寬高比置中裁切（選「自由」時保留整張圖）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Long side: scale the long side down to this. Exact bucket: write each image at the bucket the trainer would use, so it has nothing left to scale or cut</source>
        <translation>長邊：把長邊縮小到該尺寸。精確符合分桶：按訓練器會用的分桶尺寸寫出每張圖片，訓練時無需再縮放或裁切</translation>
    </message>
    <message>
        <source>Training resolution: the buckets&apos; area (for bucket-fit, the preview and snap to bucket)</source>
        <translation>訓練解析度：決定分桶的面積（用於 bucket-fit、分桶預覽和「對齊分桶」）</translation>
    </message>
    <message>
        <source>Enlarge smaller images</source>
        <translation>放大較小的圖片</translation>
    </message>
    <message>
        <source>Never upscale</source>
        <translation>從不放大</translation>
    </message>
    <message>
        <source>bucket_no_upscale: buckets never enlarge an image, each gets the largest multiple of 64 inside it (bucket-fit, and the trainer setting the preview assumes)</source>
        <translation>bucket_no_upscale：分配分桶時從不放大圖片，每張圖片放進不超過其尺寸的最大 64 倍數的分桶（用於 bucket-fit，也是分桶預覽假定的訓練設定）</translation>
    </message>
    <message>
        <source>PNG is lossless; JPEG and WebP are smaller</source>
        <translation>PNG 為無損格式；JPEG 和 WebP 檔案更小</translation>
    </message>
    <message>
        <source>JPEG/WebP quality (90 and more keep full colour resolution)</source>
        <translation>JPEG/WebP 品質（90 及以上保留完整的色彩解析度）</translation>
    </message>
    <message>
        <source>Transparency as a loss mask</source>
        <translation>透明部分作為損失遮罩</translation>
    </message>
    <message>
        <source>An image with transparent parts and no mask file of its own gets &lt;name&gt;_mask.png: training leaves the transparent parts out (with masked loss on). The picture is still flattened on white.</source>
        <translation>有透明部分、又沒有自己遮罩檔案的圖片會得到 &lt;name&gt;_mask.png：訓練時（開啟遮罩損失）不計透明部分。圖片本身仍然鋪在白底上。</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁切</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>寬高比</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the training set to prepared/ (a background job; originals untouched, captions copied along; a re-run only redoes what changed)</source>
        <translation>把訓練集寫入 prepared/（背景任務；不改動原圖，標註檔案一併複製；再次執行只重做有改動的部分）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Prepare · {project}</source>
        <translation>預處理 · {project}</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>預處理中…</translation>
    </message>
    <message>
        <source>Wrote {written}, kept {skipped} unchanged, left out {excluded} excluded; {failed} failed → {output}</source>
        <translation>寫入 {written} 張，{skipped} 張無變化保留，跳過 {excluded} 張已排除的圖片；{failed} 張失敗 → {output}</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <source>empty file</source>
        <translation>空檔案</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>檔案不完整</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已損壞</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>不是圖片</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>過大</translation>
    </message>
    <message>
        <source>needs a plug-in</source>
        <translation>需要外掛</translation>
    </message>
    <message>
        <source>colour mode</source>
        <translation>色彩模式</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理方法</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} file cannot be used&lt;/b&gt; — the import scan could not read it; they are left out of the prepared set.</source>
        <translation>&lt;b&gt;{n} 個檔案無法使用&lt;/b&gt; — 匯入掃描無法讀取它，已將其排除在預處理訓練集之外。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} files cannot be used&lt;/b&gt; — the import scan could not read them; they are left out of the prepared set.</source>
        <translation>&lt;b&gt;{n} 個檔案無法使用&lt;/b&gt; — 匯入掃描無法讀取它們，已將其排除在預處理訓練集之外。</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <source>Blurry below</source>
        <translation>模糊：低於</translation>
    </message>
    <message>
        <source>Sharpness (variance of the Laplacian at 512 px) under which an image is flagged blurry</source>
        <translation>清晰度（縮放到 512 px 後拉普拉斯運算元的方差）低於此值的圖片會被標記為模糊</translation>
    </message>
    <message>
        <source>Small below</source>
        <translation>過小：低於</translation>
    </message>
    <message>
        <source>² px</source>
        <translation>² px</translation>
    </message>
    <message>
        <source>Images with fewer pixels than this squared are flagged small (the trainer would upscale them)</source>
        <translation>像素數少於該值平方的圖片會被標記為過小（訓練器會把它們放大）</translation>
    </message>
    <message>
        <source>Aspect above</source>
        <translation>寬高比：高於</translation>
    </message>
    <message>
        <source>Long side / short side above which an image is flagged extreme-aspect</source>
        <translation>長邊 / 短邊超過此值的圖片會被標記為極端寬高比</translation>
    </message>
    <message>
        <source>Near-dup within</source>
        <translation>近似重複：相差不超過</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> 位</translation>
    </message>
    <message>
        <source>Perceptual hash bits (of 64) two images may differ by and still count as near-duplicates</source>
        <translation>兩張圖片的感知雜湊（共 64 位）相差不超過此位數時，視為近似重複</translation>
    </message>
    <message>
        <source>CLIP similarity ≥</source>
        <translation>CLIP 相似度 ≥</translation>
    </message>
    <message>
        <source>Cosine similarity of CLIP embeddings for a near-duplicate (only after a scan with a CLIP model)</source>
        <translation>判定為近似重複的 CLIP 嵌入餘弦相似度（僅在用 CLIP 模型掃描後可用）</translation>
    </message>
</context>
</TS>
