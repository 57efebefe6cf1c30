<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ConceptEditor</name>
    <message>
        <source>Add concept</source>
        <translation>新增概念</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected concept (its images stay where they are)</source>
        <translation>移除選取的概念（其圖片保留在原處）</translation>
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
        <translation>罕見詞，例如 ohwx</translation>
    </message>
    <message>
        <source>e.g. woman, dog, 1girl</source>
        <translation>例如 woman、dog、1girl</translation>
    </message>
    <message>
        <source>Images of this concept</source>
        <translation>此概念的圖片</translation>
    </message>
    <message>
        <source>folder of images and captions, e.g. prepared</source>
        <translation>圖片和標註所在的資料夾，例如 prepared</translation>
    </message>
    <message>
        <source>Use prepared/</source>
        <translation>使用 prepared/</translation>
    </message>
    <message>
        <source>Train on the prepared set (cropped, resized and captioned on the Images and Captions pages) instead of the original pictures</source>
        <translation>用處理好的訓練集（已在「圖片」和「打標」頁裁切、縮放並打標）訓練，而不是原始圖片</translation>
    </message>
    <message>
        <source>Regularization images</source>
        <translation>正規化影像</translation>
    </message>
    <message>
        <source>optional: folder of regularization images</source>
        <translation>可選：正規化影像所在的資料夾</translation>
    </message>
    <message>
        <source>same as class</source>
        <translation>與類別相同</translation>
    </message>
    <message>
        <source>The trigger word that will call the concept in prompts</source>
        <translation>在提示詞中呼叫此概念的觸發詞</translation>
    </message>
    <message>
        <source>What the subject is; also the caption of images without a caption file</source>
        <translation>主體是什麼；沒有標註檔案的圖片也以它作為標註</translation>
    </message>
    <message>
        <source>How often each image is seen per epoch</source>
        <translation>每個輪次(epoch)裡每張圖片被訓練的次數</translation>
    </message>
    <message>
        <source>Sidecar caption files: .txt (Danlu, most taggers) or .caption</source>
        <translation>與圖片同名的標註副檔名：.txt（Danlu 和大多數標記工具）或 .caption</translation>
    </message>
    <message>
        <source>Class tokens of the regularization folder when they differ from the class</source>
        <translation>正規化資料夾的類別詞（與類別不同時填寫）</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別詞</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複次數</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>標註</translation>
    </message>
    <message>
        <source>Images from</source>
        <translation>圖片來源</translation>
    </message>
    <message>
        <source>Reg images</source>
        <translation>正規化圖</translation>
    </message>
    <message>
        <source>Reg repeats</source>
        <translation>正規化重複次數</translation>
    </message>
    <message>
        <source>Reg class</source>
        <translation>正規化類別</translation>
    </message>
    <message>
        <source>Select a concept to edit it.</source>
        <translation>選擇一個概念進行編輯。</translation>
    </message>
    <message>
        <source>Builds {img} and {reg}</source>
        <translation>將建立 {img} 和 {reg}</translation>
    </message>
    <message>
        <source>Builds {img}</source>
        <translation>將建立 {img}</translation>
    </message>
</context>
<context>
    <name>ConceptTableModel</name>
    <message>
        <source>Identifier</source>
        <translation>識別詞</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複次數</translation>
    </message>
    <message>
        <source>Images from</source>
        <translation>圖片來源</translation>
    </message>
    <message>
        <source>Reg images from</source>
        <translation>正規化圖來源</translation>
    </message>
    <message>
        <source>Reg repeats</source>
        <translation>正規化重複次數</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>標註</translation>
    </message>
    <message>
        <source>The identifier or class cannot be a folder name</source>
        <translation>識別詞或類別不能用作資料夾名</translation>
    </message>
    <message>
        <source>Builds {folder}</source>
        <translation>將建立 {folder}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>sd-scripts dataset config</source>
        <translation>sd-scripts 資料集設定</translation>
    </message>
    <message>
        <source>Wrote &lt;b&gt;{path}&lt;/b&gt;. To train on this layout with kohya sd-scripts, run from the sd-scripts folder:</source>
        <translation>已寫入 &lt;b&gt;{path}&lt;/b&gt;。要用 kohya sd-scripts 按這個目錄結構訓練，請在 sd-scripts 資料夾中執行：</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>複製指令</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Folders</source>
        <translation>訓練資料夾</translation>
    </message>
    <message>
        <source>Import kohya layout…</source>
        <translation>匯入 kohya 目錄結構…</translation>
    </message>
    <message>
        <source>Read existing &apos;10_name class&apos; folders back into concepts</source>
        <translation>把現有的 &apos;10_name class&apos; 資料夾讀回為概念</translation>
    </message>
    <message>
        <source>Export sd-scripts config…</source>
        <translation>匯出 sd-scripts 設定…</translation>
    </message>
    <message>
        <source>Write a dataset_config TOML for kohya sd-scripts and show the command line</source>
        <translation>為 kohya sd-scripts 寫出 dataset_config TOML 檔案，並顯示訓練指令</translation>
    </message>
    <message>
        <source>Build folders</source>
        <translation>建立資料夾</translation>
    </message>
    <message>
        <source>Build train/img and train/reg from the concepts (hard links; sources untouched)</source>
        <translation>根據概念建立 train/img 和 train/reg（使用硬連結；不改動來源檔案）</translation>
    </message>
    <message>
        <source>Add concept</source>
        <translation>新增概念</translation>
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
        <source>{n} concept → the folders kohya sd-scripts reads, built in {folder}</source>
        <translation>{n} 個概念 → 建立 kohya sd-scripts 讀取的資料夾，位於 {folder}</translation>
    </message>
    <message>
        <source>{n} concepts → the folders kohya sd-scripts reads, built in {folder}</source>
        <translation>{n} 個概念 → 建立 kohya sd-scripts 讀取的資料夾，位於 {folder}</translation>
    </message>
    <message>
        <source>No concepts yet</source>
        <translation>還沒有概念</translation>
    </message>
    <message>
        <source>A &lt;b&gt;concept&lt;/b&gt; is one thing to learn: a rare trigger word (the &lt;i&gt;identifier&lt;/i&gt;, like &lt;code&gt;ohwx&lt;/code&gt;), its &lt;i&gt;class&lt;/i&gt; (&lt;code&gt;woman&lt;/code&gt;, &lt;code&gt;dog&lt;/code&gt;), how often each image is repeated, and the folder of its images and captions.</source>
        <translation>一個&lt;b&gt;概念&lt;/b&gt;就是要學習的一樣東西：一個罕見的觸發詞（即&lt;i&gt;識別詞&lt;/i&gt;，如 &lt;code&gt;ohwx&lt;/code&gt;）、它的&lt;i&gt;類別&lt;/i&gt;（&lt;code&gt;woman&lt;/code&gt;、&lt;code&gt;dog&lt;/code&gt;）、每張圖片的重複次數，以及存放其圖片和標註的資料夾。</translation>
    </message>
    <message>
        <source>Danlu builds &lt;code&gt;{img}/&amp;lt;repeats&amp;gt;_&amp;lt;identifier&amp;gt; &amp;lt;class&amp;gt;&lt;/code&gt; and &lt;code&gt;{reg}/&amp;lt;repeats&amp;gt;_&amp;lt;class&amp;gt;&lt;/code&gt; from the concepts, counts the training steps as sd-scripts will and checks the folders before you train, so you never name a folder by hand.</source>
        <translation>Danlu 根據概念建立 &lt;code&gt;{img}/&amp;lt;重複次數&amp;gt;_&amp;lt;識別詞&amp;gt; &amp;lt;類別&amp;gt;&lt;/code&gt; 和 &lt;code&gt;{reg}/&amp;lt;重複次數&amp;gt;_&amp;lt;類別&amp;gt;&lt;/code&gt; 資料夾，按 sd-scripts 的演算法計算訓練步數，並在訓練前檢查這些資料夾，你無需手動給資料夾命名。</translation>
    </message>
    <message>
        <source>Add a concept, or import folders you already made for kohya_ss.</source>
        <translation>新增一個概念，或匯入你已經為 kohya_ss 準備好的資料夾。</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>無法儲存 {file}：{error}</translation>
    </message>
    <message>
        <source>Checking the folders…</source>
        <translation>正在檢查資料夾…</translation>
    </message>
    <message>
        <source>Reading the images…</source>
        <translation>正在讀取圖片…</translation>
    </message>
    <message>
        <source>Checking the folders failed: {error}</source>
        <translation>檢查資料夾失敗：{error}</translation>
    </message>
    <message>
        <source>Checks: {summary}</source>
        <translation>檢查結果：{summary}</translation>
    </message>
    <message>
        <source>Wait for the step count (or fix what it says) first.</source>
        <translation>請先等步數計算完成（或先修正它提示的問題）。</translation>
    </message>
    <message>
        <source>Looking for repeats…</source>
        <translation>正在計算重複次數…</translation>
    </message>
    <message>
        <source>{concept}: {old} → {new} repeats</source>
        <translation>{concept}：重複次數 {old} → {new}</translation>
    </message>
    <message>
        <source>{suggestions}: {total} steps in all</source>
        <translation>{suggestions}：共 {total} 步</translation>
    </message>
    <message>
        <source>Not built: fix the errors first. {message}</source>
        <translation>未建立：請先修正錯誤。{message}</translation>
    </message>
    <message>
        <source> (and {n} more, listed below)</source>
        <translation>（另有 {n} 個，見下方列表）</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>建立中…</translation>
    </message>
    <message>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 個檔案</translation>
    </message>
    <message>
        <source>Building the folders in the background…</source>
        <translation>正在背景建立資料夾…</translation>
    </message>
    <message>
        <source>Import a kohya layout (the folder holding img/ or the &apos;10_name class&apos; folders)</source>
        <translation>匯入 kohya 目錄結構（選擇包含 img/ 或 &apos;10_name class&apos; 資料夾的目錄）</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>正在讀取 {folder}…</translation>
    </message>
    <message>
        <source>Cannot import the layout</source>
        <translation>無法匯入目錄結構</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>沒有可匯入的內容</translation>
    </message>
    <message>
        <source>Imported {n} concept(s).</source>
        <translation>已匯入 {n} 個概念。</translation>
    </message>
    <message>
        <source>Export sd-scripts dataset config</source>
        <translation>匯出 sd-scripts 資料集設定</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>未匯出：{error}</translation>
    </message>
    <message>
        <source>Replace {model} with your base model.</source>
        <translation>請把 {model} 替換為你的底模。</translation>
    </message>
    <message>
        <source>The config names the folders in train/, which are not built yet: press Build folders.</source>
        <translation>設定檔裡引用的 train/ 資料夾還沒有建立：請點選「建立資料夾」。</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已匯出 {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>{n} concept(s) found:</source>
        <translation>找到 {n} 個概念：</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未匯入：</translation>
    </message>
    <message>
        <source>Import kohya layout</source>
        <translation>匯入 kohya 目錄結構</translation>
    </message>
    <message>
        <source>Replace concepts</source>
        <translation>替換現有概念</translation>
    </message>
    <message>
        <source>Add to concepts</source>
        <translation>新增到現有概念</translation>
    </message>
</context>
<context>
    <name>IssueList</name>
    <message>
        <source>{n} error</source>
        <translation>{n} 個錯誤</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 個錯誤</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 個警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 個警告</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} 條提示</translation>
    </message>
    <message>
        <source>{n} infos</source>
        <translation>{n} 條提示</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>未發現問題</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>錯誤：{message}</translation>
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
        <translation>雙擊開啟所在資料夾。</translation>
    </message>
</context>
<context>
    <name>LayoutBuild</name>
    <message>
        <source>Build folders · {project}</source>
        <translation>建立資料夾 · {project}</translation>
    </message>
    <message>
        <source>Build failed: {message} (details on the Jobs page)</source>
        <translation>建立失敗：{message}（詳情見「任務」頁）</translation>
    </message>
    <message>
        <source>Build cancelled; the previous folders are unchanged.</source>
        <translation>已取消建立；之前的資料夾保持不變。</translation>
    </message>
    <message>
        <source>Built {folders} folder(s) with {placed} files ({linked} linked, {copied} copied) in {layout}; removed {removed} from the previous build.</source>
        <translation>已在 {layout} 中建立 {folders} 個資料夾，共 {placed} 個檔案（硬連結 {linked} 個，複製 {copied} 個）；移除了上次建立的 {removed} 個檔案。</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <source>Training resolution: one size, or width,height (sd-scripts&apos; --resolution)</source>
        <translation>訓練解析度：一個尺寸，或「寬,高」（sd-scripts 的 --resolution）</translation>
    </message>
    <message>
        <source>Images per batch (--train_batch_size)</source>
        <translation>每個批次的圖片數（--train_batch_size）</translation>
    </message>
    <message>
        <source>--max_train_epochs; when set it decides the length</source>
        <translation>--max_train_epochs：設定後由它決定訓練長度</translation>
    </message>
    <message>
        <source>--max_train_steps: used when epochs is not set (sd-scripts&apos; default is {n})</source>
        <translation>--max_train_steps：未設定輪數時使用（sd-scripts 的預設值為 {n}）</translation>
    </message>
    <message>
        <source>Batches per optimizer step (--gradient_accumulation_steps)</source>
        <translation>每次優化器更新累積的批次數（--gradient_accumulation_steps）</translation>
    </message>
    <message>
        <source>Aspect-ratio buckets</source>
        <translation>寬高比分桶</translation>
    </message>
    <message>
        <source>--enable_bucket: train each image near its own aspect ratio</source>
        <translation>--enable_bucket：每張圖片以接近其原始寬高比的尺寸訓練</translation>
    </message>
    <message>
        <source>No upscale</source>
        <translation>不放大</translation>
    </message>
    <message>
        <source>--bucket_no_upscale: small images keep their size</source>
        <translation>--bucket_no_upscale：小圖保持原尺寸</translation>
    </message>
    <message>
        <source>--min_bucket_reso</source>
        <translation>--min_bucket_reso：分桶的最小解析度</translation>
    </message>
    <message>
        <source>--max_bucket_reso</source>
        <translation>--max_bucket_reso：分桶的最大解析度</translation>
    </message>
    <message>
        <source>--bucket_reso_steps</source>
        <translation>--bucket_reso_steps：分桶解析度的步長</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>輪數 (epoch)</translation>
    </message>
    <message>
        <source>Max steps</source>
        <translation>最大步數</translation>
    </message>
    <message>
        <source>Grad. accum.</source>
        <translation>梯度累積</translation>
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
        <translation>步長</translation>
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
        <translation>訓練長度</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>No step count</source>
        <translation>無法計算步數</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>圖片數</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複次數</translation>
    </message>
    <message>
        <source>Per epoch</source>
        <translation>每輪</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} 步</translation>
    </message>
    <message>
        <source>{epochs} epochs × {steps} steps</source>
        <translation>{epochs} 輪 × 每輪 {steps} 步</translation>
    </message>
    <message>
        <source>{epochs} epochs of {steps} steps, the last one {last} (the step limit decides)</source>
        <translation>{epochs} 輪，每輪 {steps} 步，最後一輪 {last} 步（由步數上限決定）</translation>
    </message>
    <message>
        <source> (of {n})</source>
        <translation>（共 {n}）</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation>，另有 {n} 個</translation>
    </message>
    <message>
        <source>buckets (samples): {buckets}</source>
        <translation>分桶（樣本數）：{buckets}</translation>
    </message>
    <message>
        <source>one bucket: {w}×{h}</source>
        <translation>只有一個分桶：{w}×{h}</translation>
    </message>
</context>
<context>
    <name>SuggestRow</name>
    <message>
        <source>The total number of optimizer steps you want</source>
        <translation>你希望的優化器總步數</translation>
    </message>
    <message>
        <source>Balance concepts</source>
        <translation>平衡各概念</translation>
    </message>
    <message>
        <source>Give each concept the same share of an epoch (fewer images → more repeats); off: the same repeats for all</source>
        <translation>讓每個概念在一輪中所佔的比重相同（圖片越少 → 重複次數越多）；關閉時：所有概念使用相同的重複次數</translation>
    </message>
    <message>
        <source>Suggest repeats</source>
        <translation>建議重複次數</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
</context>
</TS>
