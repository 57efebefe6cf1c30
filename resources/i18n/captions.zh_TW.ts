<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddTextDialog</name>
    <message>
        <source>Add text to captions</source>
        <translation>向標註新增文字</translation>
    </message>
    <message>
        <source>e.g. the trigger word</source>
        <translation>例如觸發詞</translation>
    </message>
    <message>
        <source>At the front (where keep_tokens holds it)</source>
        <translation>加在開頭（keep_tokens 會把它固定在前面）</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>加在末尾</translation>
    </message>
    <message>
        <source>Captions that already start (or end) with it are left alone. Changes {scope}.</source>
        <translation>已經以它開頭（或結尾）的標註保持不變。作用於{scope}。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>AutoCaptionDialog</name>
    <message>
        <source>replacements: write each as source=target, got {item}</source>
        <translation>取代：每一項請寫成 源=目標 的形式，收到的是 {item}</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>有改動</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>無改動</translation>
    </message>
    <message>
        <source>skipped (has a caption)</source>
        <translation>已跳過（已有標註）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出錯</translation>
    </message>
    <message>
        <source>no caption file</source>
        <translation>沒有標註檔</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>目前：</translation>
    </message>
    <message>
        <source>new:</source>
        <translation>新：</translation>
    </message>
    <message>
        <source>Auto-caption</source>
        <translation>自動標註</translation>
    </message>
    <message>
        <source>Local folder…</source>
        <translation>本機資料夾…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Fetch the model into the Hugging Face cache (a job, with its progress)</source>
        <translation>把模型下載到 Hugging Face 快取（作為一個任務執行，可檢視進度）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tagger options</source>
        <translation>標籤器選項</translation>
    </message>
    <message>
        <source>BLIP options</source>
        <translation>BLIP 選項</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>寫入</translation>
    </message>
    <message>
        <source>The images to caption</source>
        <translation>要標註的圖片</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>標註範圍</translation>
    </message>
    <message>
        <source>Preview captions the first {n} images in scope with these settings and shows what would change: added tags marked green, dropped ones struck out. Nothing is written.</source>
        <translation>「預覽」會用這些設定給範圍內的前 {n} 張圖片標註，並顯示會有哪些改動：新增的標籤標為綠色，去掉的標籤加刪除線。不會寫入任何檔案。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{name} (local folder)</source>
        <translation>{name}（本機資料夾）</translation>
    </message>
    <message>
        <source>Tiny demo tagger — random weights, its tags are noise</source>
        <translation>示範用微型標籤器 — 隨機權重，產生的標籤沒有意義</translation>
    </message>
    <message>
        <source>Folder holding the captioning model</source>
        <translation>存放標註模型的資料夾</translation>
    </message>
    <message>
        <source>on disk, {size}</source>
        <translation>已在磁碟上，{size}</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>未下載</translation>
    </message>
    <message>
        <source>{folder}: no WD tagger or BLIP model in this folder.</source>
        <translation>{folder}：這個資料夾裡沒有 WD 標籤器或 BLIP 模型。</translation>
    </message>
    <message>
        <source>{model}: on disk ({size}).</source>
        <translation>{model}：已在磁碟上（{size}）。</translation>
    </message>
    <message>
        <source>{model}: on disk.</source>
        <translation>{model}：已在磁碟上。</translation>
    </message>
    <message>
        <source>{model} is not downloaded yet. Download fetches it into the Hugging Face cache; Run also downloads it first. Or on another machine: `{command}`.</source>
        <translation>{model} 尚未下載。按「下載」會把它下載到 Hugging Face 快取；按「執行」也會先下載它。也可以在另一台機器上執行：`{command}`。</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>下載 {model}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在開始</translation>
    </message>
    <message>
        <source>Downloading {model}: {done}…</source>
        <translation>正在下載 {model}：{done}…</translation>
    </message>
    <message>
        <source>Download failed: {message}</source>
        <translation>下載失敗：{message}</translation>
    </message>
    <message>
        <source>Download the model first: the preview runs in this window, on a model on disk</source>
        <translation>請先下載模型：預覽在本視窗中執行，需要模型已在磁碟上</translation>
    </message>
    <message>
        <source>Check the settings: {error}</source>
        <translation>請檢查設定：{error}</translation>
    </message>
    <message>
        <source>Previewing {n} image(s)…</source>
        <translation>正在預覽 {n} 張圖片…</translation>
    </message>
    <message>
        <source>Preview failed: {error}</source>
        <translation>預覽失敗：{error}</translation>
    </message>
    <message>
        <source>Preview: {n} of {total} caption(s) would change. Nothing was written.</source>
        <translation>預覽：{total} 條標註中有 {n} 條會改變。沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>Auto-caption {n} image ({model})</source>
        <translation>自動標註 {n} 張圖片（{model}）</translation>
    </message>
    <message>
        <source>Auto-caption {n} images ({model})</source>
        <translation>自動標註 {n} 張圖片（{model}）</translation>
    </message>
    <message>
        <source>Downloading the model: {done} of {total}…</source>
        <translation>正在下載模型：{done} / {total}…</translation>
    </message>
    <message>
        <source>{done} / {total} images</source>
        <translation>{done} / {total} 張圖片</translation>
    </message>
    <message>
        <source>Captioning… {n} caption(s) written so far. {message}</source>
        <translation>正在標註… 已寫入 {n} 條標註。{message}</translation>
    </message>
    <message>
        <source>Auto-caption failed: {message}</source>
        <translation>自動標註失敗：{message}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} images; {n} caption(s) written are kept.</source>
        <translation>已在處理 {done} / {total} 張圖片後取消；已寫入的 {n} 條標註會保留。</translation>
    </message>
    <message>
        <source>Done: {n} caption(s) written, {total} image(s) looked at.</source>
        <translation>完成：共處理 {total} 張圖片，寫入 {n} 條標註。</translation>
    </message>
    <message>
        <source>{n} image(s) failed, first: {error}</source>
        <translation>{n} 張圖片失敗，第一個錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>AutoCaptionOptions</name>
    <message>
        <source>overwrite</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>append</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不寫</translation>
    </message>
    <message>
        <source>first</source>
        <translation>最前</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>寫入方式</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>副檔名</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>觸發詞</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Decode threads (0: auto)</source>
        <translation>解碼執行緒數（0：自動）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>WD tagger: fast mode (approximate)</source>
        <translation>WD 標籤器：快速模式（近似）</translation>
    </message>
    <message>
        <source>General threshold</source>
        <translation>通用標籤門檻值</translation>
    </message>
    <message>
        <source>Character threshold</source>
        <translation>角色標籤門檻值</translation>
    </message>
    <message>
        <source>General: MCut</source>
        <translation>通用標籤：MCut</translation>
    </message>
    <message>
        <source>Character: MCut</source>
        <translation>角色標籤：MCut</translation>
    </message>
    <message>
        <source>Max tags (0: all)</source>
        <translation>最多標籤數（0：全部）</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>分級標籤</translation>
    </message>
    <message>
        <source>Character tags first</source>
        <translation>角色標籤在前</translation>
    </message>
    <message>
        <source>Undesired tags</source>
        <translation>排除的標籤</translation>
    </message>
    <message>
        <source>Always first tags</source>
        <translation>總是放在最前的標籤</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Underscores to spaces</source>
        <translation>底線改為空格</translation>
    </message>
    <message>
        <source>Escape parentheses</source>
        <translation>跳脫括號</translation>
    </message>
    <message>
        <source>Beam search</source>
        <translation>束搜尋</translation>
    </message>
    <message>
        <source>Num beams</source>
        <translation>束數量</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>最短長度</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大長度</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>重複懲罰</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前置文字</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>The caption file written beside each image</source>
        <translation>寫在每張圖片旁邊的標註檔案</translation>
    </message>
    <message>
        <source>overwrite: replace the caption · append: add the tags it lacks · skip: leave captioned images alone</source>
        <translation>覆寫：取代原標註 · 附加：補上缺少的標籤 · 略過：已有標註的圖片不動</translation>
    </message>
    <message>
        <source>Becomes the first tag of every caption (your concept&apos;s identifier)</source>
        <translation>作為每條標註的第一個標籤（你的概念的識別詞）</translation>
    </message>
    <message>
        <source>Written between tags</source>
        <translation>寫在標籤之間</translation>
    </message>
    <message>
        <source>Images per model call</source>
        <translation>每次呼叫模型處理的圖片數</translation>
    </message>
    <message>
        <source>Threads that decode and preprocess images (0: one per core, at most 8)</source>
        <translation>解碼和預處理圖片的執行緒數（0：每個核心一個，最多 8 個）</translation>
    </message>
    <message>
        <source>auto uses a CUDA GPU when there is one (the job log says when it falls back to the CPU)</source>
        <translation>自動：有 CUDA 顯示卡時使用顯示卡（退回 CPU 時任務日誌會說明）</translation>
    </message>
    <message>
        <source>Faster, approximate: an int8 copy of the model on the CPU (built once) and JPEGs decoded at reduced size. The scores differ slightly from the reference tagger&apos;s, so tags near a threshold can change</source>
        <translation>更快但結果近似：在 CPU 上使用模型的 int8 副本（只產生一次），並以縮小的尺寸解碼 JPEG。分數與原版標籤器略有差別，所以接近門檻值的標籤可能不同</translation>
    </message>
    <message>
        <source>Keep general tags scoring above this</source>
        <translation>保留得分高於此值的通用標籤</translation>
    </message>
    <message>
        <source>Keep character tags scoring above this</source>
        <translation>保留得分高於此值的角色標籤</translation>
    </message>
    <message>
        <source>Pick the general threshold per image (MCut: the widest gap between scores)</source>
        <translation>為每張圖片自動選擇通用標籤門檻值（MCut：分數之間最大的間隔處）</translation>
    </message>
    <message>
        <source>Pick the character threshold per image (MCut)</source>
        <translation>為每張圖片自動選擇角色標籤門檻值（MCut）</translation>
    </message>
    <message>
        <source>Keep at most this many general + character tags, best first</source>
        <translation>通用標籤加角色標籤最多保留這麼多個，按得分從高到低</translation>
    </message>
    <message>
        <source>Where the rating tag (general, sensitive, …) goes</source>
        <translation>分級標籤（general、sensitive 等）放在哪裡</translation>
    </message>
    <message>
        <source>Character tags before general tags</source>
        <translation>角色標籤放在通用標籤前面</translation>
    </message>
    <message>
        <source>Tags never written (comma-separated)</source>
        <translation>永遠不寫入的標籤（逗號分隔）</translation>
    </message>
    <message>
        <source>Tags moved to the front when present (comma-separated)</source>
        <translation>出現時移到最前面的標籤（逗號分隔）</translation>
    </message>
    <message>
        <source>source=target pairs, comma-separated; an empty target drops the tag</source>
        <translation>源=目標 形式的取代對，逗號分隔；目標留空表示刪除該標籤</translation>
    </message>
    <message>
        <source>long_hair → long hair (emoticons such as ^_^ keep theirs)</source>
        <translation>long_hair → long hair（^_^ 這類表情符號保留底線）</translation>
    </message>
    <message>
        <source>star (symbol) → star \(symbol\) (some trainers want it)</source>
        <translation>star (symbol) → star \(symbol\)（有些訓練器需要這樣）</translation>
    </message>
    <message>
        <source>Beam search (on) or nucleus sampling (off)</source>
        <translation>束搜尋（開）或核取樣（關）</translation>
    </message>
    <message>
        <source>Text the caption starts with; stripped from the output</source>
        <translation>標註開頭的文字；會從輸出中去掉</translation>
    </message>
    <message>
        <source>Sampling only: the same seed gives the same captions</source>
        <translation>僅用於取樣：相同的種子得到相同的標註</translation>
    </message>
</context>
<context>
    <name>BulkOps</name>
    <message>
        <source>{label}: {n} caption changed</source>
        <translation>{label}：改動了 {n} 條標註</translation>
    </message>
    <message>
        <source>{label}: {n} captions changed</source>
        <translation>{label}：改動了 {n} 條標註</translation>
    </message>
    <message>
        <source>{label}: no caption changed</source>
        <translation>{label}：沒有標註被改動</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>將「{old}」重新命名為「{new}」</translation>
    </message>
    <message>
        <source>Delete “{tag}”</source>
        <translation>刪除「{tag}」</translation>
    </message>
    <message>
        <source>Delete {n} tags</source>
        <translation>刪除 {n} 個標籤</translation>
    </message>
    <message>
        <source>Merge {n} tag into “{target}”</source>
        <translation>將 {n} 個標籤合併為「{target}」</translation>
    </message>
    <message>
        <source>Merge {n} tags into “{target}”</source>
        <translation>將 {n} 個標籤合併為「{target}」</translation>
    </message>
    <message>
        <source>Move “{tag}” to the front</source>
        <translation>將「{tag}」移到最前</translation>
    </message>
    <message>
        <source>Move “{tag}” to the back</source>
        <translation>將「{tag}」移到最後</translation>
    </message>
    <message>
        <source>Add “{tag}”</source>
        <translation>新增「{tag}」</translation>
    </message>
    <message>
        <source>Sort tags A–Z</source>
        <translation>標籤按字母排序</translation>
    </message>
    <message>
        <source>Sort tags by count</source>
        <translation>標籤按出現次數排序</translation>
    </message>
    <message>
        <source>Remove duplicate tags</source>
        <translation>刪除重複標籤</translation>
    </message>
    <message>
        <source>Replace “{find}” with “{replace}”</source>
        <translation>將「{find}」取代為「{replace}」</translation>
    </message>
    <message>
        <source>Add “{text}” at the front</source>
        <translation>在開頭新增「{text}」</translation>
    </message>
    <message>
        <source>Add “{text}” at the end</source>
        <translation>在末尾新增「{text}」</translation>
    </message>
    <message>
        <source>Caption files renamed to {extension}; {n} not renamed</source>
        <translation>標註檔案已改為 {extension}；{n} 個未能重新命名</translation>
    </message>
    <message>
        <source>Caption files renamed to {extension}</source>
        <translation>標註檔案已改為 {extension}</translation>
    </message>
</context>
<context>
    <name>CaptionEditor</name>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Edit the caption as tag chips</source>
        <translation>以標籤塊的形式編輯標註</translation>
    </message>
    <message>
        <source>Edit the caption as plain text (for sentences)</source>
        <translation>以純文字編輯標註（適合自然語言句子）</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未選擇圖片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>無法顯示這張圖片。</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} 個 token</translation>
    </message>
    <message>
        <source>{file} · changed on disk</source>
        <translation>{file} · 已在磁碟上被修改</translation>
    </message>
    <message>
        <source>{file} · unsaved</source>
        <translation>{file} · 未儲存</translation>
    </message>
    <message>
        <source>{file} · saved</source>
        <translation>{file} · 已儲存</translation>
    </message>
    <message>
        <source>{file} · new file</source>
        <translation>{file} · 新檔案</translation>
    </message>
    <message>
        <source>Counting tokens…</source>
        <translation>正在統計 token…</translation>
    </message>
    <message>
        <source>{tokens} tokens · the {limit}-token limit cuts {n} tag from “{tag}”</source>
        <translation>{tokens} 個 token · {limit} token 的上限從「{tag}」起截掉 {n} 個標籤</translation>
    </message>
    <message>
        <source>{tokens} tokens · the {limit}-token limit cuts {n} tags from “{tag}”</source>
        <translation>{tokens} 個 token · {limit} token 的上限從「{tag}」起截掉 {n} 個標籤</translation>
    </message>
    <message>
        <source>{tokens} / {limit} tokens</source>
        <translation>{tokens} / {limit} 個 token</translation>
    </message>
    <message>
        <source>Past the {limit}-token limit: the text encoder does not see this.</source>
        <translation>超出 {limit} token 上限：文字編碼器看不到這部分。</translation>
    </message>
    <message>
        <source>“{tag}” is in {n} of {total} captions. Double-click or F2 to edit, drag to move.</source>
        <translation>{total} 條標註中有 {n} 條含有「{tag}」。按兩下或按 F2 編輯，拖曳可調整位置。</translation>
    </message>
    <message>
        <source>Add tag “{tag}”</source>
        <translation>新增標籤「{tag}」</translation>
    </message>
    <message>
        <source>Add {n} tags</source>
        <translation>新增 {n} 個標籤</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>編輯標註</translation>
    </message>
</context>
<context>
    <name>CaptionListModel</name>
    <message>
        <source>(no caption yet)</source>
        <translation>（還沒有標註）</translation>
    </message>
</context>
<context>
    <name>CaptionRowDelegate</name>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>changed on disk</source>
        <translation>磁碟上已修改</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未能儲存</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（無標註）</translation>
    </message>
</context>
<context>
    <name>CaptionShortcuts</name>
    <message>
        <source>Next image</source>
        <translation>下一張圖片</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>上一張圖片</translation>
    </message>
    <message>
        <source>Type a tag</source>
        <translation>輸入標籤</translation>
    </message>
    <message>
        <source>Accept the highlighted (or first) completion</source>
        <translation>採用反白的（或第一個）自動完成項目</translation>
    </message>
    <message>
        <source>Delete the current tag</source>
        <translation>刪除目前標籤</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Switch between tags and text</source>
        <translation>在標籤和文字之間切換</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>篩選圖片</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>立即儲存</translation>
    </message>
</context>
<context>
    <name>CaptionsPage</name>
    <message>
        <source>Reload from disk</source>
        <translation>從磁碟重新載入</translation>
    </message>
    <message>
        <source>Go to the Images page</source>
        <translation>前往「圖片」頁</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>打標</translation>
    </message>
    <message>
        <source>The folder whose captions you edit</source>
        <translation>正在編輯其標註的資料夾</translation>
    </message>
    <message>
        <source>Shortcuts…</source>
        <translation>快捷鍵…</translation>
    </message>
    <message>
        <source>Auto-caption…</source>
        <translation>自動標註…</translation>
    </message>
    <message>
        <source>Caption images with a WD tagger or BLIP, with a preview before writing</source>
        <translation>用 WD 標籤器或 BLIP 給圖片標註，寫入前可以預覽</translation>
    </message>
    <message>
        <source>Filter: tag:earrings -tag:phone tokens&gt;75</source>
        <translation>篩選：tag:earrings -tag:phone tokens&gt;75</translation>
    </message>
    <message>
        <source>tag:x  -tag:x  caption:&quot;red scarf&quot;  name:0001*  tags&gt;20  tokens&gt;75  flag:blurry
AND, OR, NOT and ( ) combine them; words alone search the caption text.</source>
        <translation>tag:x  -tag:x  caption:&quot;red scarf&quot;  name:0001*  tags&gt;20  tokens&gt;75  flag:blurry
用 AND、OR、NOT 和 ( ) 組合條件；單獨的詞會在標註文字中搜尋。</translation>
    </message>
    <message>
        <source>Captions changed since this filter ran.</source>
        <translation>篩選之後標註已有改動。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <source>Add a tag to every caption in scope that lacks it</source>
        <translation>給範圍內缺少該標籤的每條標註加上它</translation>
    </message>
    <message>
        <source>Find &amp;&amp; replace…</source>
        <translation>尋找和取代…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>作用於</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Trainer&apos;s eye</source>
        <translation>訓練器視角</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>沒有開啟的專案</translation>
    </message>
    <message>
        <source>Use &lt;b&gt;File → New project…&lt;/b&gt; or &lt;b&gt;File → Open project…&lt;/b&gt;.</source>
        <translation>請使用&lt;b&gt;檔案 → 新增專案…&lt;/b&gt;或&lt;b&gt;檔案 → 開啟專案…&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>其他資料夾…</translation>
    </message>
    <message>
        <source>Caption the images of a folder</source>
        <translation>給一個資料夾裡的圖片標註</translation>
    </message>
    <message>
        <source>Reading captions…</source>
        <translation>正在讀取標註…</translation>
    </message>
    <message>
        <source>Reading the caption files in {folders}.</source>
        <translation>正在讀取 {folders} 中的標註檔案。</translation>
    </message>
    <message>
        <source>Cannot read this folder</source>
        <translation>無法讀取這個資料夾</translation>
    </message>
    <message>
        <source>No images in this folder</source>
        <translation>這個資料夾裡沒有圖片</translation>
    </message>
    <message>
        <source>Danlu found no images in {folder}.</source>
        <translation>Danlu 在 {folder} 中沒有找到圖片。</translation>
    </message>
    <message>
        <source>No images to caption yet</source>
        <translation>還沒有要標註的圖片</translation>
    </message>
    <message>
        <source>Add an image folder on the &lt;b&gt;Images&lt;/b&gt; page (or prepare the training set there); its images and their caption files show up here.</source>
        <translation>請在&lt;b&gt;圖片&lt;/b&gt;頁新增圖片資料夾（或在那裡準備訓練集）；其中的圖片和標註檔案會顯示在這裡。</translation>
    </message>
    <message>
        <source>Column {column}: {message}</source>
        <translation>第 {column} 列：{message}</translation>
    </message>
    <message>
        <source>all {n} image</source>
        <translation>全部 {n} 張圖片</translation>
    </message>
    <message>
        <source>all {n} images</source>
        <translation>全部 {n} 張圖片</translation>
    </message>
    <message>
        <source>the filtered {n} image</source>
        <translation>篩選出的 {n} 張圖片</translation>
    </message>
    <message>
        <source>the filtered {n} images</source>
        <translation>篩選出的 {n} 張圖片</translation>
    </message>
    <message>
        <source>the selected {n} image</source>
        <translation>選中的 {n} 張圖片</translation>
    </message>
    <message>
        <source>the selected {n} images</source>
        <translation>選中的 {n} 張圖片</translation>
    </message>
    <message>
        <source>{shown} of {total} images shown · {selected} selected</source>
        <translation>顯示 {shown} / {total} 張圖片 · 已選 {selected} 張</translation>
    </message>
    <message>
        <source>{total} images · {selected} selected</source>
        <translation>{total} 張圖片 · 已選 {selected} 張</translation>
    </message>
    <message>
        <source>{shown} of {total} images shown</source>
        <translation>顯示 {shown} / {total} 張圖片</translation>
    </message>
    <message>
        <source>{total} images</source>
        <translation>{total} 張圖片</translation>
    </message>
    <message>
        <source>Undid “{label}” ({n} caption)</source>
        <translation>已復原「{label}」（{n} 條標註）</translation>
    </message>
    <message>
        <source>Undid “{label}” ({n} captions)</source>
        <translation>已復原「{label}」（{n} 條標註）</translation>
    </message>
    <message>
        <source>Redid “{label}” ({n} caption)</source>
        <translation>已重做「{label}」（{n} 條標註）</translation>
    </message>
    <message>
        <source>Redid “{label}” ({n} captions)</source>
        <translation>已重做「{label}」（{n} 條標註）</translation>
    </message>
    <message>
        <source>Undo {label}</source>
        <translation>復原 {label}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
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
        <translation>復原 {label}（{keys}）</translation>
    </message>
    <message>
        <source>Redo {label} ({keys})</source>
        <translation>重做 {label}（{keys}）</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>{n} unsaved</source>
        <translation>{n} 條未儲存</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>所有改動已儲存</translation>
    </message>
    <message>
        <source>{n} image in {folder} · {state}</source>
        <translation>{folder} 中有 {n} 張圖片 · {state}</translation>
    </message>
    <message>
        <source>{n} images in {folder} · {state}</source>
        <translation>{folder} 中有 {n} 張圖片 · {state}</translation>
    </message>
    <message>
        <source>Token counts unavailable</source>
        <translation>無法統計 token 數</translation>
    </message>
    <message>
        <source>Rename “{tag}” in {scope} to:</source>
        <translation>將{scope}中的「{tag}」重新命名為：</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重新命名標籤</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Merge {tags} in {scope} into one tag:</source>
        <translation>將{scope}中的 {tags} 合併為一個標籤：</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合併標籤</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Add a tag to {scope} (where it is missing):</source>
        <translation>給{scope}新增標籤（已有的不重複新增）：</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Sort tags A–Z (the first {keep} stay)</source>
        <translation>標籤按字母排序（前 {keep} 個不動）</translation>
    </message>
    <message>
        <source>Sort tags A–Z</source>
        <translation>標籤按字母排序</translation>
    </message>
    <message>
        <source>Sort tags by count (the first {keep} stay)</source>
        <translation>標籤按出現次數排序（前 {keep} 個不動）</translation>
    </message>
    <message>
        <source>Sort tags by count</source>
        <translation>標籤按出現次數排序</translation>
    </message>
    <message>
        <source>Remove duplicate tags</source>
        <translation>刪除重複標籤</translation>
    </message>
    <message>
        <source>Add text (trigger word)…</source>
        <translation>新增文字（觸發詞）…</translation>
    </message>
    <message>
        <source>Rename caption files to {extension}</source>
        <translation>將標註檔案改為 {extension}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} caption file(s) were not renamed:&lt;/b&gt;&lt;br&gt;{files}</source>
        <translation>&lt;b&gt;{n} 個標註檔案未能重新命名：&lt;/b&gt;&lt;br&gt;{files}</translation>
    </message>
    <message>
        <source>{folder}: cannot be read ({reason}).</source>
        <translation>{folder}：無法讀取（{reason}）。</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <source>Convert caption file to UTF-8</source>
        <translation>將標註檔案轉換為 UTF-8</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; is not UTF-8. Pick the encoding in which the text reads right; Danlu rewrites the file as UTF-8 and keeps the original as &lt;i&gt;{file}.bak&lt;/i&gt;.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; 不是 UTF-8 編碼。請選擇文字顯示正確的那種編碼；Danlu 會把檔案改寫為 UTF-8，並把原檔案保留為 &lt;i&gt;{file}.bak&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>轉換</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace in captions</source>
        <translation>在標註中尋找和取代</translation>
    </message>
    <message>
        <source>e.g. holding (a )?phone</source>
        <translation>例如 holding (a )?phone</translation>
    </message>
    <message>
        <source>replacement; \1 for a group</source>
        <translation>取代內容；\1 表示第 1 個分組</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表示式</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小寫</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>取代為</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Changes {scope}.</source>
        <translation>作用於{scope}。</translation>
    </message>
    <message>
        <source>Changes {n} caption of {scope}.</source>
        <translation>將改動{scope}中的 {n} 條標註。</translation>
    </message>
    <message>
        <source>Changes {n} captions of {scope}.</source>
        <translation>將改動{scope}中的 {n} 條標註。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ProblemNotices</name>
    <message>
        <source>&lt;b&gt;{n} caption file changed on disk&lt;/b&gt; while you had unsaved edits here: {files}. Nothing was overwritten.</source>
        <translation>&lt;b&gt;{n} 個標註檔案在磁碟上被修改&lt;/b&gt;，而你在這裡有未儲存的編輯：{files}。沒有覆蓋任何內容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} caption files changed on disk&lt;/b&gt; while you had unsaved edits here: {files}. Nothing was overwritten.</source>
        <translation>&lt;b&gt;{n} 個標註檔案在磁碟上被修改&lt;/b&gt;，而你在這裡有未儲存的編輯：{files}。沒有覆蓋任何內容。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>從磁碟重新載入</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} caption(s) could not be saved.&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;{n} 條標註未能儲存。&lt;/b&gt;{error}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>{error} ({n} more unreadable)</source>
        <translation>{error}（另有 {n} 個無法讀取）</translation>
    </message>
    <message>
        <source>Convert to UTF-8…</source>
        <translation>轉換為 UTF-8…</translation>
    </message>
    <message>
        <source>{file} converted to UTF-8; the original is {backup}</source>
        <translation>{file} 已轉換為 UTF-8；原檔案儲存為 {backup}</translation>
    </message>
</context>
<context>
    <name>RawCaptionEdit</name>
    <message>
        <source>Tags separated by commas, or a sentence.</source>
        <translation>用逗號分隔的標籤，或一句話。</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <source>The images that tag operations and bulk edits change</source>
        <translation>標籤操作和批次編輯所作用的圖片</translation>
    </message>
    <message>
        <source>All images ({n})</source>
        <translation>全部圖片（{n}）</translation>
    </message>
    <message>
        <source>Shown by the filter ({n})</source>
        <translation>篩選顯示的圖片（{n}）</translation>
    </message>
    <message>
        <source>Selected images ({n})</source>
        <translation>選中的圖片（{n}）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Caption editor shortcuts</source>
        <translation>標註編輯器快捷鍵</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Back to {keys}</source>
        <translation>恢復為 {keys}</translation>
    </message>
    <message>
        <source>Click a field and press the keys. Shortcuts act anywhere on the Captions page.</source>
        <translation>按一下輸入框再按下按鍵。快捷鍵在整個打標頁都有效。</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” have the same keys</source>
        <translation>「{first}」和「{second}」的快捷鍵相同</translation>
    </message>
</context>
<context>
    <name>TagCountModel</name>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>圖片數</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>顯示中</translation>
    </message>
    <message>
        <source>The tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Captions that hold it</source>
        <translation>含有該標籤的標註數</translation>
    </message>
    <message>
        <source>Of those, images the filter shows</source>
        <translation>其中目前篩選顯示的圖片數</translation>
    </message>
    <message>
        <source>{tag}
Click: show the images with it · Alt+click: hide them · right-click: edit</source>
        <translation>{tag}
按一下：顯示含有它的圖片 · Alt+按一下：隱藏這些圖片 · 右鍵：編輯</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>the chosen images</source>
        <translation>所選範圍的圖片</translation>
    </message>
    <message>
        <source>Search tags…</source>
        <translation>搜尋標籤…</translation>
    </message>
    <message>
        <source>Show images with “{tag}”</source>
        <translation>顯示含有「{tag}」的圖片</translation>
    </message>
    <message>
        <source>Show images with {n} tags</source>
        <translation>顯示含有這 {n} 個標籤的圖片</translation>
    </message>
    <message>
        <source>Hide images with “{tag}”</source>
        <translation>隱藏含有「{tag}」的圖片</translation>
    </message>
    <message>
        <source>Hide images with {n} tags</source>
        <translation>隱藏含有這 {n} 個標籤的圖片</translation>
    </message>
    <message>
        <source>Merge “{tag}” into…</source>
        <translation>將「{tag}」合併為…</translation>
    </message>
    <message>
        <source>Merge {n} tags into…</source>
        <translation>將 {n} 個標籤合併為…</translation>
    </message>
    <message>
        <source>Delete “{tag}”</source>
        <translation>刪除「{tag}」</translation>
    </message>
    <message>
        <source>Delete {n} tags</source>
        <translation>刪除 {n} 個標籤</translation>
    </message>
    <message>
        <source>Change {scope}</source>
        <translation>改動{scope}</translation>
    </message>
    <message>
        <source>Rename “{tag}”…</source>
        <translation>重新命名「{tag}」…</translation>
    </message>
    <message>
        <source>Move “{tag}” to the front</source>
        <translation>將「{tag}」移到最前</translation>
    </message>
    <message>
        <source>Move “{tag}” to the back</source>
        <translation>將「{tag}」移到最後</translation>
    </message>
    <message>
        <source>Add “{tag}” where it is missing</source>
        <translation>給缺少「{tag}」的標註加上它</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>TrainerPreview</name>
    <message>
        <source>Take the caption settings of a training run, or set them here</source>
        <translation>採用某次訓練的標註設定，或在這裡設定</translation>
    </message>
    <message>
        <source>none, e.g. |||</source>
        <translation>無，例如 |||</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} 個 token</translation>
    </message>
    <message>
        <source>Reroll</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <source>Draw other random steps</source>
        <translation>換一組隨機訓練步重新抽取</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>抽取步數</translation>
    </message>
    <message>
        <source>&lt;b&gt;bold&lt;/b&gt;: held in front (keep_tokens) · &lt;s&gt;struck&lt;/s&gt;: past the token limit, unseen</source>
        <translation>&lt;b&gt;粗體&lt;/b&gt;：固定在前面（keep_tokens） · &lt;s&gt;刪除線&lt;/s&gt;：超出 token 上限，模型看不到</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>在此設定</translation>
    </message>
    <message>
        <source>Run “{name}”</source>
        <translation>訓練記錄「{name}」</translation>
    </message>
    <message>
        <source>Keep N tags has no effect without shuffle or tag dropout: the caption is used as it is.</source>
        <translation>不打亂標註順序、也不丟棄標籤時，「保留前 N 個標籤」不起作用：標註按原樣使用。</translation>
    </message>
    <message>
        <source>This caption has no “{separator}”: the first {n} tags are held.</source>
        <translation>這條標註裡沒有「{separator}」：固定前 {n} 個標籤。</translation>
    </message>
    <message>
        <source>This image has no caption: the trainer uses an empty one.</source>
        <translation>這張圖片沒有標註：訓練時使用空標註。</translation>
    </message>
    <message>
        <source>(empty: caption dropout)</source>
        <translation>（空：標註被丟棄）</translation>
    </message>
    <message>
        <source>dropped: {tags}</source>
        <translation>丟棄：{tags}</translation>
    </message>
</context>
</TS>
