<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>MachineCheck</name>
    <message>
        <source>No NVIDIA GPU: training runs on the CPU only, and very slowly.</source>
        <translation>沒有 NVIDIA 顯示卡：訓練只能在 CPU 上跑，而且非常慢。</translation>
    </message>
    <message>
        <source>Preparing images, captioning, editing captions and the demo project all work on this computer. Training a real LoRA needs a computer with an NVIDIA GPU (8 GB or more).</source>
        <translation>處理圖片、自動打標、編輯標註和示範專案在這臺電腦上都能用。真正訓練 LoRA 需要一臺有 NVIDIA 顯示卡（顯示記憶體 8 GB 或以上）的電腦。</translation>
    </message>
    <message>
        <source>PyTorch {torch} is a CPU-only build, but an NVIDIA driver is installed.</source>
        <translation>PyTorch {torch} 是純 CPU 版本，但這臺電腦裝了 NVIDIA 驅動程式。</translation>
    </message>
    <message>
        <source>Run the installer again: it picks the PyTorch build for your driver.</source>
        <translation>重新執行安裝程式：它會依你的驅動程式選擇合適的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>The NVIDIA driver {driver} runs CUDA up to {driver_cuda}, but PyTorch is built for CUDA {build}: training cannot use the GPU.</source>
        <translation>NVIDIA 驅動程式 {driver} 最高只支援 CUDA {driver_cuda}，而 PyTorch 是為 CUDA {build} 建置的：訓練用不了顯示卡。</translation>
    </message>
    <message>
        <source>Install NVIDIA driver {branch} or newer (nvidia.com/drivers, or your distribution&apos;s driver package), restart the computer and check again; or run the installer again to get a PyTorch build for this driver.</source>
        <translation>安裝 {branch} 或更新版本的 NVIDIA 驅動程式（nvidia.com/drivers，或 Linux 發行版內建的驅動程式套件），重新開機後再檢查一次；也可以重新執行安裝程式，換一個適合目前驅動程式的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>{gpu} has only {gib} GiB of video memory.</source>
        <translation>{gpu} 只有 {gib} GiB 顯示記憶體。</translation>
    </message>
    <message>
        <source>SD 1.5 LoRAs fit only with every memory saving: start from the preset “{preset}” on the Train page (Presets → By GPU memory). SDXL will not fit.</source>
        <translation>SD 1.5 LoRA 要開啟所有節省顯示記憶體的選項才放得下：在訓練頁從預設集「{preset}」開始（預設集 → 依顯示記憶體大小）。SDXL 放不下。</translation>
    </message>
    <message>
        <source>{gpu} has {gib} GiB of video memory: enough for SD 1.5 LoRAs; SDXL fits only with memory savings.</source>
        <translation>{gpu} 有 {gib} GiB 顯示記憶體：訓練 SD 1.5 LoRA 足夠；SDXL 要開啟節省顯示記憶體的選項才放得下。</translation>
    </message>
    <message>
        <source>For SDXL start from the preset “{preset}” on the Train page (Presets → By GPU memory): fp8 base weights, cached text encoder outputs, gradient checkpointing and an 8-bit optimizer.</source>
        <translation>練 SDXL 請在訓練頁從預設集「{preset}」開始（預設集 → 依顯示記憶體大小）：底模權重用 fp8，快取文字編碼器輸出，開啟梯度檢查點，使用 8-bit 最佳化器。</translation>
    </message>
    <message>
        <source>Captioning runs on the CPU, as expected without an NVIDIA GPU.</source>
        <translation>打標在 CPU 上執行：沒有 NVIDIA 顯示卡時本來就是這樣。</translation>
    </message>
    <message>
        <source>Nothing to do: auto-captioning works, only slower than on a GPU.</source>
        <translation>不用處理：自動標註照常可用，只是比在顯示卡上慢。</translation>
    </message>
    <message>
        <source>No captioning model downloaded yet.</source>
        <translation>還沒有下載打標模型。</translation>
    </message>
    <message>
        <source>Auto-captioning needs one: on the Captions page click Auto-caption…, pick a model and Download (the WD ViT tagger v3, about 380 MB, writes tags; BLIP writes sentences). The demo project&apos;s captions are already written.</source>
        <translation>自動標註需要一個打標模型：在打標頁點「自動標註…」，選一個模型再點「下載」（WD ViT tagger v3 約 380 MB，輸出標籤；BLIP 輸出自然語言句子）。示範專案的標註已經寫好了。</translation>
    </message>
    <message>
        <source>No Stable Diffusion base model in the Hugging Face cache.</source>
        <translation>Hugging Face 快取裡沒有 Stable Diffusion 底模。</translation>
    </message>
    <message>
        <source>Training a real LoRA starts from the model you generate with: download a .safetensors checkpoint (SD 1.5 or SDXL, from Civitai or Hugging Face) and pick it on the Train page under Base model, or type a Hugging Face repo id there.</source>
        <translation>訓練真正的 LoRA 要從你出圖用的底模開始：下載一個 .safetensors 大模型（SD 1.5 或 SDXL，可以從 Civitai 或 Hugging Face 下載），在訓練頁的「底模」裡選取它，或者在那裡填 Hugging Face 儲存庫 ID。</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>必須修復</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Open the Captions page</source>
        <translation>開啟打標頁</translation>
    </message>
    <message>
        <source>Open the Train page</source>
        <translation>開啟訓練頁</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>還沒有檢查。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新檢查</translation>
    </message>
    <message>
        <source>Check this machine</source>
        <translation>檢查本機</translation>
    </message>
    <message>
        <source>Everything Danlu needs is in place.</source>
        <translation>Danlu 需要的東西都已就緒。</translation>
    </message>
    <message>
        <source>Fix the problems marked “Must fix” before training.</source>
        <translation>訓練前先解決標著「必須修復」的問題。</translation>
    </message>
    <message>
        <source>Checked. What was found, and what to do:</source>
        <translation>檢查完畢。發現的問題和處理辦法：</translation>
    </message>
    <message>
        <source>PyTorch does not load</source>
        <translation>PyTorch 無法載入</translation>
    </message>
    <message>
        <source>PyTorch {version} (CUDA {cuda})</source>
        <translation>PyTorch {version}（CUDA {cuda}）</translation>
    </message>
    <message>
        <source>PyTorch {version} (CPU only)</source>
        <translation>PyTorch {version}（僅 CPU）</translation>
    </message>
    <message>
        <source>{name}, {gib} GiB</source>
        <translation>{name}，{gib} GiB</translation>
    </message>
    <message>
        <source>no NVIDIA GPU</source>
        <translation>沒有 NVIDIA 顯示卡</translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU:&lt;/b&gt; {gpus} · {torch}</source>
        <translation>&lt;b&gt;顯示卡：&lt;/b&gt;{gpus} · {torch}</translation>
    </message>
    <message>
        <source>Checking this machine… (PyTorch loads and the GPU is probed: a few seconds, up to a minute on a busy computer)</source>
        <translation>正在檢查本機…（要載入 PyTorch 並偵測顯示卡：通常幾秒鐘，電腦忙碌時最多一分鐘）</translation>
    </message>
    <message>
        <source>The check did not finish ({state}): {message}. The Jobs page shows its log; Check again retries.</source>
        <translation>檢查沒有完成（{state}）：{message}。任務頁裡有它的日誌；點「重新檢查」再試一次。</translation>
    </message>
</context>
<context>
    <name>StartButtons</name>
    <message>
        <source>Open the demo project</source>
        <translation>開啟示範專案</translation>
    </message>
    <message>
        <source>New project from a folder of images…</source>
        <translation>用圖片資料夾新增專案…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>開啟專案…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Images</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Import your photos, look at the ones flagged (blurry, too small, duplicates) and crop them to training sizes.</source>
        <translation>匯入照片，看看被標出問題的圖（模糊、太小、重複），再裁切到訓練尺寸。</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>打標</translation>
    </message>
    <message>
        <source>Auto-caption with a WD tagger or BLIP, then edit: tag what should stay changeable, leave out what the trigger word should learn.</source>
        <translation>用 WD 打標器或 BLIP 自動打標，再手動修改：想保持可變的特徵要寫進標籤，想讓觸發詞學進去的特徵就刪掉。</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Optional: generate class images with the base model, so that the LoRA does not turn every “woman” into your character.</source>
        <translation>可選：用底模生成類別圖（正規化圖），免得 LoRA 把每個「woman」都畫成你的角色。</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>訓練資料夾</translation>
    </message>
    <message>
        <source>Set the trigger word, class and repeats; Danlu builds the kohya-style img/ and reg/ folders and counts the steps.</source>
        <translation>設定觸發詞、類別和重複次數；Danlu 依 kohya 的格式建好 img/ 和 reg/ 資料夾，並算出總步數。</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Pick the base model and a preset for your GPU, start, and watch the loss and the sample images.</source>
        <translation>選好底模和適合你顯示卡的預設，開始訓練，盯著 loss 曲線和取樣圖。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Render a grid of checkpoints × prompts and keep the epoch that looks best.</source>
        <translation>把各輪儲存的模型 × 提示詞產生一張比較圖，留下效果最好的那一輪（epoch）。</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Put the LoRA (.safetensors) into the loras folder of the WebUI, Forge or ComfyUI and generate with its trigger word.</source>
        <translation>把 LoRA（.safetensors）放進 WebUI、Forge 或 ComfyUI 的 loras 資料夾，用觸發詞出圖。</translation>
    </message>
    <message>
        <source>New here? The demo project holds a dozen captioned portraits of a made-up character: try every step on it, then start your own project from a folder of your photos (they are copied, never changed).</source>
        <translation>第一次用？示範專案裡有十來張虛構角色的頭像，已經打好標：先在它上面把每一步走一遍，再用你自己的照片資料夾新增專案（照片會被複製，原圖不會被改動）。</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>從這裡開始</translation>
    </message>
    <message>
        <source>The path, one step per page</source>
        <translation>流程：每一步一個頁面</translation>
    </message>
    <message>
        <source>Welcome to Danlu</source>
        <translation>歡迎使用 Danlu</translation>
    </message>
    <message>
        <source>From a folder of photos to a tested LoRA, on your own computer.</source>
        <translation>在你自己的電腦上，從一資料夾照片煉出一個測試過的 LoRA。</translation>
    </message>
</context>
</TS>
