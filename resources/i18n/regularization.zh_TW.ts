<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CheckPanel</name>
    <message>
        <source>Similarity to the subject</source>
        <translation>與主體的相似度</translation>
    </message>
    <message>
        <source>CLIP similarity of each reg image to its nearest training image; dashed lines: where “{close}” (as close as the subject&apos;s own photos) and “{copy}” start</source>
        <translation>每張正規化圖與最接近的訓練圖的 CLIP 相似度；虛線：「{close}」（和主體本人的照片一樣接近）與「{copy}」的起點</translation>
    </message>
    <message>
        <source>Similarity to the class</source>
        <translation>與類別的相似度</translation>
    </message>
    <message>
        <source>CLIP similarity of each reg image to “a photo of a &lt;class&gt;”; the dashed line: below it an image is off-class</source>
        <translation>每張正規化圖與「a photo of a &lt;類別&gt;」的 CLIP 相似度；虛線：低於它的圖片偏離類別</translation>
    </message>
    <message>
        <source>CLIP model: {model} (downloaded once)</source>
        <translation>CLIP 模型：{model}（只下載一次）</translation>
    </message>
    <message>
        <source>An open_clip model: hf-hub:org/repo (from the Hugging Face cache) or a local open_clip folder</source>
        <translation>open_clip 模型：hf-hub:組織/儲存庫（從 Hugging Face 快取讀取）或本地 open_clip 資料夾</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Reject flagged</source>
        <translation>剔除已標記</translation>
    </message>
    <message>
        <source>Move the flagged images and their captions to .rejected/ in the reg folder; their numbers are rendered again with new seeds</source>
        <translation>把已標記的圖片及其標註移到正規化資料夾的 .rejected/ 中；這些編號會用新種子重新生成</translation>
    </message>
    <message>
        <source>Regenerate missing</source>
        <translation>補全缺失</translation>
    </message>
    <message>
        <source>Render the images missing from the set (rejected or deleted) and nothing else</source>
        <translation>只生成正規化集中缺失（被剔除或刪除）的圖片</translation>
    </message>
    <message>
        <source>a copy of a training image</source>
        <translation>與某張訓練圖幾乎相同</translation>
    </message>
    <message>
        <source>as close as the subject&apos;s own photos</source>
        <translation>和主體本人的照片一樣接近</translation>
    </message>
    <message>
        <source>not the class</source>
        <translation>不屬於該類別</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check set&lt;/b&gt; scores each image with CLIP against the training images and the class: {legend}.</source>
        <translation>&lt;b&gt;檢查正規化集&lt;/b&gt;會用 CLIP 把每張圖片與訓練圖和類別比對打分：{legend}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} images checked&lt;/b&gt; against “{prompt}”: {counts}. Flags are a guide: look at the images before rejecting them.</source>
        <translation>&lt;b&gt;已對照「{prompt}」檢查 {n} 張圖片&lt;/b&gt;：{counts}。標記僅供參考：剔除前請先看一眼圖片。</translation>
    </message>
    <message>
        <source>open_clip model folder</source>
        <translation>open_clip 模型資料夾</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source> images</source>
        <translation> 張</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Suggested {n}</source>
        <translation>建議 {n}</translation>
    </message>
    <message>
        <source>Seed 001&apos;s rule of thumb: 100–200 reg images per training image.</source>
        <translation>seed 001 的經驗法則：每張訓練圖配 100–200 張正規化圖。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{headline}&lt;/b&gt; The suggested {n} uses every reg image once per epoch; seed 001&apos;s rule of thumb ({low}–{high}× the training images) is the upper option.</source>
        <translation>&lt;b&gt;{headline}&lt;/b&gt; 建議的 {n} 張讓每張正規化圖每輪（epoch）恰好用一次；seed 001 的經驗法則（訓練圖的 {low}–{high} 倍）是上限選項。</translation>
    </message>
</context>
<context>
    <name>HistogramChart</name>
    <message>
        <source>not checked yet</source>
        <translation>尚未檢查</translation>
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
        <translation>過近</translation>
    </message>
    <message>
        <source>off-class</source>
        <translation>偏類</translation>
    </message>
</context>
<context>
    <name>RegCount</name>
    <message>
        <source>{count} × reg repeats {repeats} = {product}, more than the {samples} training samples: sd-scripts uses the first {used} images and never shows the other {unused}.</source>
        <translation>{count} × 正規化重複次數 {repeats} = {product}，多於 {samples} 個訓練樣本：sd-scripts 只用前 {used} 張，其餘 {unused} 張永遠不會用到。</translation>
    </message>
    <message>
        <source>{count} × reg repeats {repeats} = {product}, fewer than the {samples} training samples: sd-scripts shows the images more often ({reg_samples} reg samples per epoch), so each is seen more than once.</source>
        <translation>{count} × 正規化重複次數 {repeats} = {product}，少於 {samples} 個訓練樣本：sd-scripts 會更頻繁地使用這些圖片（每輪 {reg_samples} 個正規化樣本），每張會被用到不止一次。</translation>
    </message>
    <message>
        <source>{count} × reg repeats {repeats} = {product} reg samples per epoch against {samples} training samples: every image is used.</source>
        <translation>{count} × 正規化重複次數 {repeats} = 每輪 {product} 個正規化樣本，對應 {samples} 個訓練樣本：每張圖片都會用到。</translation>
    </message>
    <message>
        <source>Reg repeats {best} would balance {count} images ({count} × {best} = {product} of {samples}); set it on the Folders page (the set then lives in reg/{best}_…).</source>
        <translation>正規化重複次數設為 {best} 可與 {count} 張圖片平衡（{count} × {best} = {product}，訓練樣本 {samples}）；請在「訓練資料夾」頁設定（正規化集隨後位於 reg/{best}_…）。</translation>
    </message>
</context>
<context>
    <name>RegGridModel</name>
    <message>
        <source>{prompt}  (seed {seed})</source>
        <translation>{prompt}  （種子 {seed}）</translation>
    </message>
    <message>
        <source>similarity to the subject {subject} (nearest: {nearest}), to the class {cls}</source>
        <translation>與主體的相似度 {subject}（最接近：{nearest}），與類別的相似度 {cls}</translation>
    </message>
    <message>
        <source>flags: {flags}</source>
        <translation>標記：{flags}</translation>
    </message>
</context>
<context>
    <name>RegJob</name>
    <message>
        <source>Generation failed: {error} (details on the Jobs page)</source>
        <translation>生成失敗：{error}（詳情見「任務」頁）</translation>
    </message>
    <message>
        <source>Check failed: {error} (details on the Jobs page)</source>
        <translation>檢查失敗：{error}（詳情見「任務」頁）</translation>
    </message>
    <message>
        <source>Generation stopped after {done} of {total} images. The images made are kept: Generate again to finish the set.</source>
        <translation>生成在 {done} / {total} 張時停止。已生成的圖片會保留：再次點選「生成」即可補全正規化集。</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>檢查已取消。</translation>
    </message>
    <message>
        <source>Generation done: {n} images in the set.</source>
        <translation>生成完成：正規化集共 {n} 張圖片。</translation>
    </message>
    <message>
        <source>Check done: {n} images, {flagged} flagged.</source>
        <translation>檢查完成：{n} 張圖片，{flagged} 張被標記。</translation>
    </message>
</context>
<context>
    <name>RegPreview</name>
    <message>
        <source>Choose a prompt file (one prompt per line, sd-scripts&apos; options allowed).</source>
        <translation>請選擇提示詞檔案（每行一條提示詞，可使用 sd-scripts 的選項）。</translation>
    </message>
</context>
<context>
    <name>RegSettingsForm</name>
    <message>
        <source>Class word</source>
        <translation>類別詞</translation>
    </message>
    <message>
        <source>Training captions</source>
        <translation>訓練集標註</translation>
    </message>
    <message>
        <source>Prompt list file</source>
        <translation>提示詞列表檔案</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>固定尺寸</translation>
    </message>
    <message>
        <source>Training buckets</source>
        <translation>訓練分桶</translation>
    </message>
    <message>
        <source>.safetensors checkpoint, diffusers folder or Hugging Face repo id</source>
        <translation>.safetensors 底模檔案、diffusers 資料夾或 Hugging Face 儲存庫 ID</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Checkpoint file (.safetensors)…</source>
        <translation>底模檔案（.safetensors）…</translation>
    </message>
    <message>
        <source>Diffusers folder…</source>
        <translation>diffusers 資料夾…</translation>
    </message>
    <message>
        <source>e.g. mole under eye, blue eyes</source>
        <translation>例如：mole under eye, blue eyes</translation>
    </message>
    <message>
        <source>Tags that describe this person rather than the class; they are taken out of the captions (the identifier always is)</source>
        <translation>描述這個人本身而不是類別的標籤；它們會從標註中去掉（識別詞總會去掉）</translation>
    </message>
    <message>
        <source>one prompt per line; sd-scripts&apos; --n --w --h --d --l --s --ss</source>
        <translation>每行一條提示詞；可用 sd-scripts 的 --n --w --h --d --l --s --ss</translation>
    </message>
    <message>
        <source>e.g. lowres, blurry, watermark</source>
        <translation>例如：lowres, blurry, watermark</translation>
    </message>
    <message>
        <source>Training buckets: image i gets the aspect-ratio bucket of training image i, so reg images fill the same buckets as the training images</source>
        <translation>訓練分桶：第 i 張圖使用第 i 張訓練圖的寬高比分桶，讓正規化圖與訓練圖落在相同的分桶裡</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>0 = the model&apos;s native size (512 for SD 1.x, 1024 for SDXL); with training buckets, the resolution the buckets are made for</source>
        <translation>0 = 模型的原生尺寸（SD 1.x 為 512，SDXL 為 1024）；使用訓練分桶時，為分桶所依據的解析度</translation>
    </message>
    <message>
        <source>Image i uses seed + i, so any image can be made again on its own</source>
        <translation>第 i 張圖使用種子 + i，因此任意一張都可以單獨重新生成</translation>
    </message>
    <message>
        <source>Images per pipeline call; lower it if the GPU runs out of memory</source>
        <translation>每次呼叫管線生成的圖片數；顯示記憶體不足時調低</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Identity tags</source>
        <translation>人物特徵標籤</translation>
    </message>
    <message>
        <source>Prompt file</source>
        <translation>提示詞檔案</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>反向提示詞</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>生成設定</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>取樣器</translation>
    </message>
    <message>
        <source>Steps, CFG</source>
        <translation>步數、CFG</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Width × height</source>
        <translation>寬 × 高</translation>
    </message>
    <message>
        <source>Seed, batch</source>
        <translation>種子、批次</translation>
    </message>
    <message>
        <source>Base model: the diffusers folder (with model_index.json) of the model the LoRA will train on</source>
        <translation>底模：LoRA 將要訓練所用模型的 diffusers 資料夾（含 model_index.json）</translation>
    </message>
    <message>
        <source>Base model: the SD 1.x or SDXL checkpoint the LoRA will train on</source>
        <translation>底模：LoRA 將基於其訓練的 SD 1.x 或 SDXL 模型檔案</translation>
    </message>
    <message>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>模型檔案 (*.safetensors);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Prompt files (*.txt *.toml *.json);;All files (*)</source>
        <translation>提示詞檔案 (*.txt *.toml *.json);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>RegularizationPage</name>
    <message>
        <source>Regularization</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>The concept whose reg set is shown</source>
        <translation>顯示哪個概念的正規化集</translation>
    </message>
    <message>
        <source>Check set</source>
        <translation>檢查正規化集</translation>
    </message>
    <message>
        <source>Score every reg image with CLIP: copies of training images, images as close as the subject&apos;s own photos, images off the class</source>
        <translation>用 CLIP 給每張正規化圖打分：找出訓練圖的副本、和主體本人照片一樣接近的圖片、偏離類別的圖片</translation>
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
        <translation>選擇底模…</translation>
    </message>
    <message>
        <source>Open the Folders page</source>
        <translation>開啟「訓練資料夾」頁</translation>
    </message>
    <message>
        <source>concept {n}</source>
        <translation>概念 {n}</translation>
    </message>
    <message>
        <source>Class images that keep the LoRA from taking over the whole class.</source>
        <translation>類別圖片，防止 LoRA 把整個類別都學成你的主體。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;File → New project…&lt;/b&gt; or &lt;b&gt;File → Open project…&lt;/b&gt;.</source>
        <translation>請使用&lt;b&gt;檔案 → 新增專案…&lt;/b&gt;或&lt;b&gt;檔案 → 開啟專案…&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>No concepts yet</source>
        <translation>還沒有概念</translation>
    </message>
    <message>
        <source>Reg images are made per concept: for &lt;code&gt;ohwx woman&lt;/code&gt;, pictures of &lt;i&gt;women&lt;/i&gt; (the class) that are not your subject, generated with the base model.</source>
        <translation>正規化圖按概念生成：對於 &lt;code&gt;ohwx woman&lt;/code&gt;，就是用底模生成的&lt;i&gt;女性&lt;/i&gt;（類別）圖片，但不是你的主體。</translation>
    </message>
    <message>
        <source>Add a concept on the &lt;b&gt;Folders&lt;/b&gt; page (its identifier, class and image folder) and come back.</source>
        <translation>請先在&lt;b&gt;訓練資料夾&lt;/b&gt;頁新增一個概念（識別詞、類別和圖片資料夾），然後再回來。</translation>
    </message>
    <message>
        <source>Reading the reg folder…</source>
        <translation>正在讀取正規化資料夾…</translation>
    </message>
    <message>
        <source>Could not read the reg folder: {error}</source>
        <translation>無法讀取正規化資料夾：{error}</translation>
    </message>
    <message>
        <source>Class images for “{concept}” in {folder}: made with the base model, checked with CLIP.</source>
        <translation>「{concept}」的類別圖片，位於 {folder}：用底模生成，用 CLIP 檢查。</translation>
    </message>
    <message>
        <source>{n} prompt, cycled over the images:&lt;br&gt;{prompts}</source>
        <translation>{n} 條提示詞，輪流用於各張圖片：&lt;br&gt;{prompts}</translation>
    </message>
    <message>
        <source>{n} prompts, cycled over the images:&lt;br&gt;{prompts}</source>
        <translation>{n} 條提示詞，輪流用於各張圖片：&lt;br&gt;{prompts}</translation>
    </message>
    <message>
        <source>{folder}: {have} of {count} images</source>
        <translation>{folder}：{have} / {count} 張圖片</translation>
    </message>
    <message>
        <source>{folder}: {have} image</source>
        <translation>{folder}：{have} 張圖片</translation>
    </message>
    <message>
        <source>{folder}: {have} images</source>
        <translation>{folder}：{have} 張圖片</translation>
    </message>
    <message>
        <source>Generate renders the {n} missing; the images there are kept. Each number always gets the same seed, so a stopped run resumes where it left off.</source>
        <translation>「生成」會補上缺失的 {n} 張；已有圖片會保留。每個編號始終使用同一個種子，所以中途停止後可以從停下的地方繼續。</translation>
    </message>
    <message>
        <source>The set is complete. Check it, or raise the count to add images.</source>
        <translation>正規化集已齊全。可以檢查它，或調高數量來新增圖片。</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation>選擇底模</translation>
    </message>
    <message>
        <source>Reg images must come from the model the LoRA will train on, so that they show what it already draws for the class. Choose its .safetensors checkpoint or diffusers folder (or type a downloaded Hugging Face repo id) above.</source>
        <translation>正規化圖必須由 LoRA 將要訓練的底模生成，這樣它們才能體現底模對該類別原本的畫法。請在上方選擇它的 .safetensors 模型檔案或 diffusers 資料夾（或輸入已下載的 Hugging Face 儲存庫 ID）。</translation>
    </message>
    <message>
        <source>A run set up on the &lt;b&gt;Train&lt;/b&gt; page fills this in for you.</source>
        <translation>在&lt;b&gt;訓練&lt;/b&gt;頁設定好的訓練會自動填寫這一項。</translation>
    </message>
    <message>
        <source>No reg images yet</source>
        <translation>還沒有正規化圖</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generate&lt;/b&gt; renders {count} images into &lt;code&gt;{folder}&lt;/code&gt;, each with its caption. They appear here as they are made; the job runs on the GPU queue (see the Jobs page) and can be stopped and resumed.</source>
        <translation>&lt;b&gt;生成&lt;/b&gt;會在 &lt;code&gt;{folder}&lt;/code&gt; 中生成 {count} 張圖片，每張附帶標註。圖片生成後會陸續顯示在這裡；任務在 GPU 佇列中執行（見「任務」頁），可以隨時停止和繼續。</translation>
    </message>
    <message>
        <source>The base model of run “{run}”, which the LoRA trains on.</source>
        <translation>訓練「{run}」的底模，也就是 LoRA 訓練所用的模型。</translation>
    </message>
    <message>
        <source>No run names a base model yet: choose the one the LoRA will train on.</source>
        <translation>還沒有訓練指定底模：請選擇 LoRA 將要訓練所用的模型。</translation>
    </message>
    <message>
        <source>Use the model the LoRA will train on. Run “{run}” trains on {model}.</source>
        <translation>請使用 LoRA 訓練所用的模型。訓練「{run}」使用的是 {model}。</translation>
    </message>
    <message>
        <source>Use the model the LoRA will train on.</source>
        <translation>請使用 LoRA 訓練所用的模型。</translation>
    </message>
    <message>
        <source>Choose the base model first</source>
        <translation>請先選擇底模</translation>
    </message>
    <message>
        <source>Render the {n} missing images; the images there are kept</source>
        <translation>生成缺失的 {n} 張圖片；已有圖片會保留</translation>
    </message>
    <message>
        <source>Render {n} images</source>
        <translation>生成 {n} 張圖片</translation>
    </message>
    <message>
        <source>Choose the base model first.</source>
        <translation>請先選擇底模。</translation>
    </message>
    <message>
        <source>Reg images · {concept}</source>
        <translation>正規化圖 · {concept}</translation>
    </message>
    <message>
        <source>Generating {n} image(s) into {folder}; the {kept} already there are kept.</source>
        <translation>正在向 {folder} 生成 {n} 張圖片；已有的 {kept} 張會保留。</translation>
    </message>
    <message>
        <source>Generating {n} image(s) into {folder}.</source>
        <translation>正在向 {folder} 生成 {n} 張圖片。</translation>
    </message>
    <message>
        <source>Check reg set · {concept}</source>
        <translation>檢查正規化集 · {concept}</translation>
    </message>
    <message>
        <source>Checking the set with CLIP (the first check loads the model)…</source>
        <translation>正在用 CLIP 檢查正規化集（第一次檢查需要載入模型）…</translation>
    </message>
    <message>
        <source>{done} / {total} images</source>
        <translation>{done} / {total} 張圖片</translation>
    </message>
    <message>
        <source>{done} / {total} {unit}s</source>
        <translation>{done} / {total} {unit}</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>Moving {n} flagged image(s) aside…</source>
        <translation>正在移走 {n} 張已標記的圖片…</translation>
    </message>
    <message>
        <source>Not rejected: {error}</source>
        <translation>未剔除：{error}</translation>
    </message>
    <message>
        <source>Moved {n} image(s) to {folder}/.rejected/. Regenerate missing renders those numbers again with new seeds (same prompts).</source>
        <translation>已將 {n} 張圖片移到 {folder}/.rejected/。「補全缺失」會用新種子（相同提示詞）重新生成這些編號。</translation>
    </message>
</context>
</TS>
