<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ConfigForm</name>
    <message>
        <source>Basic</source>
        <translation>基礎</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣圖</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Accelerate</source>
        <translation>Accelerate</translation>
    </message>
    <message>
        <source>Point at a setting to read what it does and when to change it.</source>
        <translation>把滑鼠移到某個設定上，這裡會說明它的作用以及什麼時候需要改它。</translation>
    </message>
    <message>
        <source>Search all settings (name, label or help)…</source>
        <translation>搜尋全部設定（參數名、名稱或說明）…</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>Only the settings a first run needs; the rest keep their defaults</source>
        <translation>只顯示第一次訓練需要的設定，其餘保持預設值</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>全部設定</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>僅顯示已修改</translation>
    </message>
    <message>
        <source>Show only settings that differ from their defaults</source>
        <translation>只顯示與預設值不同的設定</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab}（{count}）</translation>
    </message>
    <message>
        <source>No setting matches “{search}”.</source>
        <translation>沒有與「{search}」匹配的設定。</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>沒有修改過任何設定。</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>預設 {value}</translation>
    </message>
    <message>
        <source>now {value}</source>
        <translation>目前 {value}</translation>
    </message>
    <message>
        <source>Does nothing now: it applies when {reason}.</source>
        <translation>目前不起作用：僅當 {reason} 時生效。</translation>
    </message>
</context>
<context>
    <name>DemoModelsBar</name>
    <message>
        <source>Build demo models</source>
        <translation>生成示範模型</translation>
    </message>
    <message>
        <source>Build a tiny Stable Diffusion, WD tagger and CLIP model with random weights on this machine (no download), for the demo project</source>
        <translation>在本機生成隨機權重的微型 Stable Diffusion、WD 打標模型和 CLIP 模型（無需下載），供示範專案使用</translation>
    </message>
    <message>
        <source>Build the tiny demo models</source>
        <translation>生成微型示範模型</translation>
    </message>
    <message>
        <source>Demo project: the tiny demo models are filled in — random weights, pictures are noise. They show that every step works; for a real LoRA choose a real base model.</source>
        <translation>示範專案：已填入微型示範模型——權重是隨機的，生成的圖片只是雜訊。它們用來示範每一步都能跑通；要訓練真正的 LoRA，請選擇真正的底模。</translation>
    </message>
    <message>
        <source>Building the tiny demo models: {done} of {total}…</source>
        <translation>正在生成微型示範模型：{done} / {total}…</translation>
    </message>
    <message>
        <source>Building the demo models failed: {message} (details on the Jobs page)</source>
        <translation>生成示範模型失敗：{message}（詳情見「任務」頁）</translation>
    </message>
    <message>
        <source>Demo project: this step needs a model. Build the tiny demo models (random weights, no download, a minute or two) to try the whole path; the pictures they make are noise.</source>
        <translation>示範專案：這一步需要模型。生成微型示範模型（隨機權重，無需下載，一兩分鐘）即可體驗完整流程；它們生成的圖片只是雜訊。</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Enter a whole number from {lo:g} to {hi:g}.</source>
        <translation>請輸入 {lo:g} 到 {hi:g} 之間的整數。</translation>
    </message>
    <message>
        <source>Enter a number from {lo:g} to {hi:g}.</source>
        <translation>請輸入 {lo:g} 到 {hi:g} 之間的數。</translation>
    </message>
    <message>
        <source>Enter a whole number of at least {lo:g}.</source>
        <translation>請輸入不小於 {lo:g} 的整數。</translation>
    </message>
    <message>
        <source>Enter a number of at least {lo:g}.</source>
        <translation>請輸入不小於 {lo:g} 的數。</translation>
    </message>
    <message>
        <source>Enter a whole number of at most {hi:g}.</source>
        <translation>請輸入不大於 {hi:g} 的整數。</translation>
    </message>
    <message>
        <source>Enter a number of at most {hi:g}.</source>
        <translation>請輸入不大於 {hi:g} 的數。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>請輸入整數。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>請輸入數字。</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>on</source>
        <translation>開</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>可選值：{choices}</translation>
    </message>
    <message>
        <source>{min:g} to {max:g}</source>
        <translation>{min:g} 到 {max:g}</translation>
    </message>
    <message>
        <source>Reset to the default ({value})</source>
        <translation>恢復預設值（{value}）</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>預設值：{value}</translation>
    </message>
    <message>
        <source>Applies when {reason}.</source>
        <translation>僅當 {reason} 時生效。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Started</source>
        <translation>已開始</translation>
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
        <translation>開始前已取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>Could not start {program}: {error}</source>
        <translation>無法啟動 {program}：{error}</translation>
    </message>
    <message>
        <source>The job crashed: {last}</source>
        <translation>任務崩潰：{last}</translation>
    </message>
    <message>
        <source>The job crashed without saying why.</source>
        <translation>任務崩潰，沒有給出原因。</translation>
    </message>
    <message>
        <source>The job exited with code {code}: {last}</source>
        <translation>任務已結束，結束代碼 {code}：{last}</translation>
    </message>
    <message>
        <source>The job exited with code {code} without saying why.</source>
        <translation>任務已結束，結束代碼 {code}，沒有給出原因。</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Long tasks run in the background, one GPU job at a time.</source>
        <translation>耗時的任務在背景執行，同一時間只執行一個 GPU 任務。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the selected job (a running job gets the chance to save first)</source>
        <translation>停止選取的任務（正在執行的任務會先有機會儲存）</translation>
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
        <translation>清除已結束</translation>
    </message>
    <message>
        <source>Remove ended jobs from this list (their files stay in the project)</source>
        <translation>從清單中移除已結束的任務（它們的檔案仍保留在專案中）</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>Select a job to see its events and error output.</source>
        <translation>選擇一個任務，檢視它的事件和錯誤輸出。</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>還沒有任務</translation>
    </message>
    <message>
        <source>Long tasks (building thumbnails, captioning, generating images, training) run here as background jobs, each in its own process: the window stays responsive and a crash or an out-of-memory error only ends that job.</source>
        <translation>耗時的工作（生成縮圖、打標、生成圖片、訓練）都作為背景任務在這裡執行，每個任務有自己的處理程序：視窗不會卡住，崩潰或顯示記憶體不足也只會結束那一個任務。</translation>
    </message>
    <message>
        <source>One GPU job runs at a time and the others wait their turn; queued jobs can be reordered or cancelled.</source>
        <translation>同一時間只執行一個 GPU 任務，其他任務排隊等候；排隊中的任務可以調整順序或取消。</translation>
    </message>
    <message>
        <source>Log · {title}</source>
        <translation>日誌 · {title}</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <source>Job</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗時</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{done} / {total} image</source>
        <translation>{done} / {total} 張圖片</translation>
    </message>
    <message>
        <source>{done} / {total} images</source>
        <translation>{done} / {total} 張圖片</translation>
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
        <translation>{done} / {total} 輪</translation>
    </message>
    <message>
        <source>{done} / {total} epochs</source>
        <translation>{done} / {total} 輪</translation>
    </message>
    <message>
        <source>{done} / {total} file</source>
        <translation>{done} / {total} 個檔案</translation>
    </message>
    <message>
        <source>{done} / {total} files</source>
        <translation>{done} / {total} 個檔案</translation>
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
        <translation>{done} / {total} 項</translation>
    </message>
    <message>
        <source>{done} / {total} items</source>
        <translation>{done} / {total} 項</translation>
    </message>
    <message>
        <source>{done} / {total} byte</source>
        <translation>{done} / {total} 位元組</translation>
    </message>
    <message>
        <source>{done} / {total} bytes</source>
        <translation>{done} / {total} 位元組</translation>
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
        <translation>每行一個</translation>
    </message>
</context>
<context>
    <name>LossGraph</name>
    <message>
        <source>lr</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>lr text encoder</source>
        <translation>文字編碼器學習率</translation>
    </message>
    <message>
        <source>lr U-Net</source>
        <translation>U-Net 學習率</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>average</source>
        <translation>移動平均</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>對數座標</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: small changes late in a run become visible</source>
        <translation>損失軸使用對數刻度：訓練後期的細微變化也能看清</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部顯示</translation>
    </message>
    <message>
        <source>Show the whole run and follow new steps again (drag to pan, wheel to zoom)</source>
        <translation>顯示整個訓練過程並重新跟隨新的步數（拖曳可平移，滾輪可縮放）</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>還沒有訓練步</translation>
    </message>
    <message>
        <source>{steps:,} steps · {epochs} epochs</source>
        <translation>{steps:,} 步 · {epochs} 輪</translation>
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
        <translation>圖片</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>打標</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>訓練資料夾</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>WORKFLOW</source>
        <translation>工作流程</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新增專案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>開啟專案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近的專案(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>開啟示範專案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>歡迎頁(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Danlu</source>
        <translation>關於 Danlu(&amp;A)</translation>
    </message>
    <message>
        <source>{name}  —  {path}</source>
        <translation>{name}  —  {path}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>沒有最近的專案</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>About Danlu</source>
        <translation>關於 Danlu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Danlu&lt;/h3&gt;&lt;p&gt;A workbench for training Stable Diffusion LoRAs: images, captions, regularization, training folders, training and checkpoint comparison.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Danlu&lt;/h3&gt;&lt;p&gt;訓練 Stable Diffusion LoRA 的工作台：圖片整理、打標、正規化、訓練資料夾、訓練以及檢查點比較。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open project (a folder with danlu.toml)</source>
        <translation>開啟專案（含有 danlu.toml 的資料夾）</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>無法建立專案</translation>
    </message>
    <message>
        <source>Could not write the project into {folder}: {error}

Pick a folder you can write to (in your home folder, for example) on a disk that is not full.</source>
        <translation>無法把專案寫入 {folder}：{error}

請選擇一個你有寫入權限、且所在磁碟未滿的資料夾（例如你的個人資料夾）。</translation>
    </message>
    <message>
        <source>Not a Danlu project</source>
        <translation>不是 Danlu 專案</translation>
    </message>
    <message>
        <source>{folder} has no danlu.toml. Pick the project&apos;s folder, or make a new project there with File → New project.</source>
        <translation>{folder} 中沒有 danlu.toml。請選擇專案所在的資料夾，或者用「檔案 → 新增專案」在那裡新增一個專案。</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <source>Could not read the project in {folder}: {error}

Check that the folder is still there (on a drive that is plugged in) and that you may read it.</source>
        <translation>無法讀取 {folder} 中的專案：{error}

請確認該資料夾仍然存在（所在的磁碟已接上），並且你有讀取權限。</translation>
    </message>
    <message>
        <source>Cannot open the demo project</source>
        <translation>無法開啟示範專案</translation>
    </message>
    <message>
        <source>Could not copy the demo project into {folder}: {error}

Check that this folder can be written and that its disk is not full.</source>
        <translation>無法把示範專案複製到 {folder}：{error}

請確認該資料夾可以寫入，並且所在磁碟未滿。</translation>
    </message>
    <message>
        <source>{name} — Danlu</source>
        <translation>{name} — Danlu</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>Jobs: {running} running, {queued} queued</source>
        <translation>任務：{running} 個執行中，{queued} 個排隊中</translation>
    </message>
    <message>
        <source>Jobs: {running} running</source>
        <translation>任務：{running} 個執行中</translation>
    </message>
    <message>
        <source>Jobs: {queued} queued</source>
        <translation>任務：{queued} 個排隊中</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>沒有正在執行的任務</translation>
    </message>
    <message>
        <source>Jobs  ({active})</source>
        <translation>任務（{active}）</translation>
    </message>
    <message>
        <source>Quit Danlu?</source>
        <translation>結束 Danlu？</translation>
    </message>
    <message>
        <source>{running} job(s) running and {queued} waiting. Quitting stops them; running jobs are asked to stop cleanly and are ended after {seconds:.0f} seconds.</source>
        <translation>有 {running} 個任務正在執行，{queued} 個在排隊。結束會停止它們：正在執行的任務會先被要求正常停止，{seconds:.0f} 秒後仍未結束則強制結束。</translation>
    </message>
    <message>
        <source>Stopping the running jobs…</source>
        <translation>正在停止執行中的任務…</translation>
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
        <translation>種類</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>佔用空間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} 個檔案</translation>
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
        <translation>中斷的下載殘留 {size}</translation>
    </message>
    <message>
        <source>Cannot read the model cache {cache}: {error}</source>
        <translation>無法讀取模型快取 {cache}：{error}</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Remove the selected model from the cache (download it again to use it)</source>
        <translation>從快取中刪除選取的模型（以後要用需重新下載）</translation>
    </message>
    <message>
        <source>Open cache folder</source>
        <translation>開啟快取資料夾</translation>
    </message>
    <message>
        <source>Captioning models (and any other model) in the Hugging Face cache: {cache}</source>
        <translation>Hugging Face 快取中的打標模型（以及其他模型）：{cache}</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>正在讀取快取…</translation>
    </message>
    <message>
        <source>{n} model(s), {size}</source>
        <translation>{n} 個模型，共 {size}</translation>
    </message>
    <message>
        <source>No models downloaded yet.</source>
        <translation>還沒有下載任何模型。</translation>
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
        <translation>刪除模型</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from the Hugging Face cache?

{path}

Captioning with it downloads it again (or fails while offline).</source>
        <translation>要從 Hugging Face 快取中刪除 {model}（{size}）嗎？

{path}

之後再用它打標會重新下載（離線時會失敗）。</translation>
    </message>
    <message>
        <source>Deleting {model}…</source>
        <translation>正在刪除 {model}…</translation>
    </message>
    <message>
        <source>Could not delete {model}: {error}

Close programs that may be using it (a running caption job, a web UI) and try again, or delete its folder by hand: {path}</source>
        <translation>無法刪除 {model}：{error}

請關閉可能正在使用它的程式（正在執行的打標任務、WebUI 等）後重試，或者手動刪除它的資料夾：{path}</translation>
    </message>
    <message>
        <source>Deleted {model}: {size} freed.</source>
        <translation>已刪除 {model}：釋放了 {size}。</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新增專案</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>專案資料夾</translation>
    </message>
    <message>
        <source>a new or empty folder, e.g. ~/loras/my-character</source>
        <translation>新建的或空的資料夾，例如 ~/loras/my-character</translation>
    </message>
    <message>
        <source>defaults to the folder&apos;s name</source>
        <translation>預設使用資料夾名</translation>
    </message>
    <message>
        <source>Folder of training pictures</source>
        <translation>訓練圖片所在資料夾</translation>
    </message>
    <message>
        <source>optional: the pictures to train on</source>
        <translation>可選：用來訓練的圖片</translation>
    </message>
    <message>
        <source>A project folder holds Danlu&apos;s work: prepared images, captions, training runs. Your pictures stay where they are and are never changed.</source>
        <translation>專案資料夾存放 Danlu 的工作成果：處理好的圖片、打標文字、訓練記錄。你的原圖留在原處，不會被修改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>建立專案</translation>
    </message>
    <message>
        <source>Choose a folder for the project.</source>
        <translation>請為專案選擇一個資料夾。</translation>
    </message>
    <message>
        <source>{folder} already holds a Danlu project: open it with File → Open project.</source>
        <translation>{folder} 中已經有一個 Danlu 專案：請用「檔案 → 開啟專案」開啟它。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是檔案，不是資料夾。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是資料夾。</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>「{text}」不是整數。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>「{text}」不是數字。</translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
</context>
<context>
    <name>ProjectJobs</name>
    <message>
        <source>The project folder {folder} is not there any more (moved, renamed or deleted, or its drive unplugged). Open it again where it is now with File → Open project.</source>
        <translation>專案資料夾 {folder} 已不在原處（被移動、改名或刪除，或其所在的磁碟已拔出）。請用「檔案 → 開啟專案」從它現在的位置重新開啟。</translation>
    </message>
    <message>
        <source>Could not write the job&apos;s settings in {folder}: {error}. Check that the disk has free space and that the folder can be written, then try again.</source>
        <translation>無法在 {folder} 中寫入任務設定：{error}。請確認磁碟有剩餘空間、該資料夾可寫入，然後重試。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在檔案管理器中顯示</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>從清單中移除</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的專案</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>跟隨系統（{language}）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Check this machine</source>
        <translation>檢查本機</translation>
    </message>
    <message>
        <source>Runs the doctor job: Python, PyTorch, GPU, memory, disks and libraries</source>
        <translation>執行環境檢查任務：Python、PyTorch、GPU、記憶體、磁碟和相依套件</translation>
    </message>
    <message>
        <source>The report appears here: what this machine can do for Danlu, and what to fix.</source>
        <translation>檢查報告會顯示在這裡：這台電腦能為 Danlu 做什麼，以及需要修復什麼。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>This project, recent projects, appearance, models and this machine.</source>
        <translation>目前專案、最近的專案、外觀、模型和本機環境。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>{name}    —    {path}</source>
        <translation>{name}    —    {path}</translation>
    </message>
    <message>
        <source>Danlu shows the new language from its next start.</source>
        <translation>Danlu 下次啟動時將使用新的語言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重啟</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>Checking… (this imports PyTorch and probes the GPU: a few seconds)</source>
        <translation>正在檢查…（需要載入 PyTorch 並檢測 GPU，需幾秒鐘）</translation>
    </message>
    <message>
        <source>The check failed: {message}</source>
        <translation>檢查失敗：{message}</translation>
    </message>
    <message>
        <source>The check was cancelled: {message}</source>
        <translation>檢查已取消：{message}</translation>
    </message>
    <message>
        <source>Checked in {seconds:.1f} s.</source>
        <translation>檢查完成，耗時 {seconds:.1f} 秒。</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove this tag (Delete)</source>
        <translation>刪除這個標籤（Delete）</translation>
    </message>
</context>
<context>
    <name>TagChipsView</name>
    <message>
        <source>No tags yet: type one below.</source>
        <translation>還沒有標籤：在下方輸入一個。</translation>
    </message>
    <message>
        <source>The text encoder does not see the tags after this point.</source>
        <translation>文字編碼器看不到此處之後的標籤。</translation>
    </message>
    <message>
        <source>Delete tag “{tag}”</source>
        <translation>刪除標籤「{tag}」</translation>
    </message>
    <message>
        <source>Edit tag “{tag}”</source>
        <translation>編輯標籤「{tag}」</translation>
    </message>
    <message>
        <source>Move tag “{tag}”</source>
        <translation>移動標籤「{tag}」</translation>
    </message>
</context>
<context>
    <name>TagInput</name>
    <message>
        <source>Add a tag…</source>
        <translation>新增標籤…</translation>
    </message>
</context>
<context>
    <name>_FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
</context>
</TS>
