<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BaseModelCheck</name>
    <message>
        <source>{file} is an SD 1.x checkpoint but &apos;SD 2.x model&apos; is ticked.</source>
        <translation>{file} 是 SD 1.x 模型，但勾選了「SD 2.x 模型」。</translation>
    </message>
    <message>
        <source>{file} is an SD 2.x checkpoint: tick &apos;SD 2.x model&apos;.</source>
        <translation>{file} 是 SD 2.x 模型：請勾選「SD 2.x 模型」。</translation>
    </message>
    <message>
        <source>{file} is SD 2.x: a 768-v model (SD 2.0/2.1 768) needs v-prediction ticked; the weights alone do not say which one it is.</source>
        <translation>{file} 是 SD 2.x 模型：768-v 模型（SD 2.0/2.1 768）需要勾選 v-prediction；僅憑權重無法判斷是哪一種。</translation>
    </message>
</context>
<context>
    <name>BundledPresets</name>
    <message>
        <source>Worked examples</source>
        <translation>實戰範例</translation>
    </message>
    <message>
        <source>Example · seed 001 realistic person</source>
        <translation>範例 · seed 001 寫實真人</translation>
    </message>
    <message>
        <source>Seed 001&apos;s working run: 45 photos + 4,200 reg images, AdamW8bit, 2e-4 / 5e-5, rank 128 alpha 1, prior loss 0.15, noise offset 0.06, 12 epochs.</source>
        <translation>seed 001 中實際跑通的訓練：45 張照片 + 4,200 張正規化圖，AdamW8bit，學習率 2e-4 / 5e-5，rank 128、alpha 1，先驗損失權重 0.15，雜訊偏移 0.06，12 輪。</translation>
    </message>
    <message>
        <source>Example · seed 004 CivitAI SDXL (AdamW8bit)</source>
        <translation>範例 · seed 004 CivitAI SDXL（AdamW8bit）</translation>
    </message>
    <message>
        <source>Seed 004&apos;s CivitAI run: AdamW8bit 5e-4 / 5e-5 with weight decay 0.1, rank 256 alpha 1, batch 4, 16 epochs, flip.</source>
        <translation>seed 004 在 CivitAI 上的訓練：AdamW8bit，學習率 5e-4 / 5e-5，權重衰減 0.1，rank 256、alpha 1，批次大小 4，16 輪，水平翻轉。</translation>
    </message>
    <message>
        <source>Example · seed 004 kohya SDXL (DAdaptAdamPreprint)</source>
        <translation>範例 · seed 004 kohya SDXL（DAdaptAdamPreprint）</translation>
    </message>
    <message>
        <source>Seed 004&apos;s local kohya run: DAdaptAdamPreprint at lr 1, rank 64 alpha 1, 10 epochs, batch 1, cosine with restarts, 10% warmup.</source>
        <translation>seed 004 在本地 kohya 上的訓練：DAdaptAdamPreprint，學習率 1，rank 64、alpha 1，10 輪，批次大小 1，帶重啟的餘弦排程，10% 預熱。</translation>
    </message>
    <message>
        <source>Example · seed 004 TensorArt SDXL (Prodigy)</source>
        <translation>範例 · seed 004 TensorArt SDXL（Prodigy）</translation>
    </message>
    <message>
        <source>Seed 004&apos;s TensorArt run: Prodigy at lr 1, rank 64 alpha 1, 10 epochs, cosine with 3 restarts, a save per epoch.</source>
        <translation>seed 004 在 TensorArt 上的訓練：Prodigy，學習率 1，rank 64、alpha 1，10 輪，餘弦排程重啟 3 次，每輪儲存一次。</translation>
    </message>
    <message>
        <source>SD 1.5 · character</source>
        <translation>SD 1.5 · 角色</translation>
    </message>
    <message>
        <source>A person or character on SD 1.5: rank 32, AdamW8bit, 1e-4 / 5e-5, 10 epochs, cosine, a save per epoch.</source>
        <translation>在 SD 1.5 上訓練真人或角色：rank 32，AdamW8bit，學習率 1e-4 / 5e-5，10 輪，餘弦排程，每輪儲存一次。</translation>
    </message>
    <message>
        <source>SD 1.5 · 6–8 GB GPU</source>
        <translation>SD 1.5 · 6–8 GB 顯示卡</translation>
    </message>
    <message>
        <source>SD 1.5 within 6–8 GB of VRAM: batch 1, gradient checkpointing, AdamW8bit, U-Net only, rank 16.</source>
        <translation>SD 1.5，顯示記憶體 6–8 GB 以內：批次大小 1，梯度檢查點，AdamW8bit，只訓練 U-Net，rank 16。</translation>
    </message>
    <message>
        <source>SD 1.5 · style</source>
        <translation>SD 1.5 · 畫風</translation>
    </message>
    <message>
        <source>An art style on SD 1.5: rank 32, flip and caption dropout, text encoder at a fifth of the U-Net&apos;s rate.</source>
        <translation>在 SD 1.5 上訓練畫風：rank 32，水平翻轉和標註丟棄（caption dropout），文字編碼器學習率為 U-Net 的五分之一。</translation>
    </message>
    <message>
        <source>SDXL · character</source>
        <translation>SDXL · 角色</translation>
    </message>
    <message>
        <source>A person or character on SDXL at 1024 px: U-Net only, rank 32, AdamW8bit 1e-4, bf16, checkpointing.</source>
        <translation>在 SDXL 上以 1024 px 訓練真人或角色：只訓練 U-Net，rank 32，AdamW8bit 學習率 1e-4，bf16，梯度檢查點。</translation>
    </message>
    <message>
        <source>By GPU memory</source>
        <translation>依顯示記憶體大小</translation>
    </message>
    <message>
        <source>SD 1.5 · 6 GB GPU</source>
        <translation>SD 1.5 · 6 GB 顯示卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 6 GB of VRAM: batch 1, gradient checkpointing, AdamW8bit, U-Net only, rank 16.</source>
        <translation>SD 1.5，512 px，顯示記憶體 6 GB 以內：批次大小 1，梯度檢查點，AdamW8bit，只訓練 U-Net，rank 16。</translation>
    </message>
    <message>
        <source>SD 1.5 · 8 GB GPU</source>
        <translation>SD 1.5 · 8 GB 顯示卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 8 GB of VRAM: batch 2, gradient checkpointing, AdamW8bit, U-Net and text encoder, rank 32.</source>
        <translation>SD 1.5，512 px，顯示記憶體 8 GB 以內：批次大小 2，梯度檢查點，AdamW8bit，訓練 U-Net 和文字編碼器，rank 32。</translation>
    </message>
    <message>
        <source>SD 1.5 · 12 GB GPU</source>
        <translation>SD 1.5 · 12 GB 顯示卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 12 GB of VRAM: batch 4 without checkpointing (faster), AdamW8bit, rank 32.</source>
        <translation>SD 1.5，512 px，顯示記憶體 12 GB 以內：批次大小 4，不開梯度檢查點（更快），AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SD 1.5 · 16 GB GPU</source>
        <translation>SD 1.5 · 16 GB 顯示卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 16 GB of VRAM: batch 6 without checkpointing, AdamW, rank 32.</source>
        <translation>SD 1.5，512 px，顯示記憶體 16 GB 以內：批次大小 6，不開梯度檢查點，AdamW，rank 32。</translation>
    </message>
    <message>
        <source>SD 1.5 · 24 GB GPU</source>
        <translation>SD 1.5 · 24 GB 顯示卡</translation>
    </message>
    <message>
        <source>SD 1.5 at 512 px within 24 GB of VRAM: batch 8 without checkpointing, AdamW, rank 64.</source>
        <translation>SD 1.5，512 px，顯示記憶體 24 GB 以內：批次大小 8，不開梯度檢查點，AdamW，rank 64。</translation>
    </message>
    <message>
        <source>SDXL · 6 GB GPU</source>
        <translation>SDXL · 6 GB 顯示卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 6 GB of VRAM: fp8 base weights, cached text encoder outputs, batch 1, checkpointing, AdamW8bit, rank 16.</source>
        <translation>SDXL，1024 px，顯示記憶體 6 GB 以內：底模權重 fp8，快取文字編碼器輸出，批次大小 1，梯度檢查點，AdamW8bit，rank 16。</translation>
    </message>
    <message>
        <source>SDXL · 8 GB GPU</source>
        <translation>SDXL · 8 GB 顯示卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 8 GB of VRAM: fp8 base weights, cached text encoder outputs, batch 1, checkpointing, AdamW8bit, rank 32.</source>
        <translation>SDXL，1024 px，顯示記憶體 8 GB 以內：底模權重 fp8，快取文字編碼器輸出，批次大小 1，梯度檢查點，AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SDXL · 12 GB GPU</source>
        <translation>SDXL · 12 GB 顯示卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 12 GB of VRAM: 16-bit base weights, cached text encoder outputs, batch 1, checkpointing, AdamW8bit, rank 32.</source>
        <translation>SDXL，1024 px，顯示記憶體 12 GB 以內：底模權重 16 位，快取文字編碼器輸出，批次大小 1，梯度檢查點，AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SDXL · 16 GB GPU</source>
        <translation>SDXL · 16 GB 顯示卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 16 GB of VRAM: batch 4, checkpointing, cached text encoder outputs, AdamW8bit, rank 32.</source>
        <translation>SDXL，1024 px，顯示記憶體 16 GB 以內：批次大小 4，梯度檢查點，快取文字編碼器輸出，AdamW8bit，rank 32。</translation>
    </message>
    <message>
        <source>SDXL · 24 GB GPU</source>
        <translation>SDXL · 24 GB 顯示卡</translation>
    </message>
    <message>
        <source>SDXL at 1024 px within 24 GB of VRAM: batch 6, checkpointing, cached text encoder outputs, AdamW, rank 32.</source>
        <translation>SDXL，1024 px，顯示記憶體 24 GB 以內：批次大小 6，梯度檢查點，快取文字編碼器輸出，AdamW，rank 32。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小時 {minutes} 分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分鐘</translation>
    </message>
    <message>
        <source>{m} min {seconds} s</source>
        <translation>{m} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>The loss became NaN: training stopped</source>
        <translation>損失變成了 NaN：訓練已停止</translation>
    </message>
    <message>
        <source>Out of GPU memory</source>
        <translation>顯示記憶體不足</translation>
    </message>
    <message>
        <source>The settings were refused</source>
        <translation>設定被拒絕</translation>
    </message>
    <message>
        <source>The base model could not be loaded</source>
        <translation>無法載入底模</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>有檔案無法讀取或寫入</translation>
    </message>
    <message>
        <source>CUDA error</source>
        <translation>CUDA 錯誤</translation>
    </message>
    <message>
        <source>Danlu hit a bug</source>
        <translation>Danlu 遇到了程式錯誤（bug）</translation>
    </message>
    <message>
        <source>The training process ended without reporting an error</source>
        <translation>訓練處理程序意外結束，沒有報告錯誤</translation>
    </message>
    <message>
        <source>Training failed ({kind})</source>
        <translation>訓練失敗（{kind}）</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>處理辦法：{hint}</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>U-Net weights</source>
        <translation>U-Net 權重</translation>
    </message>
    <message>
        <source>Text encoder weights</source>
        <translation>文字編碼器權重</translation>
    </message>
    <message>
        <source>LoRA weights</source>
        <translation>LoRA 權重</translation>
    </message>
    <message>
        <source>LoRA gradients</source>
        <translation>LoRA 梯度</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>優化器狀態</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Cache latents</source>
        <translation>快取 latent</translation>
    </message>
    <message>
        <source>Cache text encoder outputs</source>
        <translation>快取文字編碼器輸出</translation>
    </message>
    <message>
        <source>8-bit optimizer</source>
        <translation>8 位優化器</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>梯度檢查點</translation>
    </message>
    <message>
        <source>Recompute everything when checkpointing (untick &apos;Keep costly results&apos;)</source>
        <translation>檢查點時全部重算（取消勾選「保留高代價結果」）</translation>
    </message>
    <message>
        <source>No gradient checkpointing (20–30% faster steps)</source>
        <translation>不用梯度檢查點（每步快 20–30%）</translation>
    </message>
    <message>
        <source>Keep costly results when checkpointing (half the recomputation)</source>
        <translation>檢查點保留高代價結果（重算量減半）</translation>
    </message>
    <message>
        <source>fp8 base model weights</source>
        <translation>底模權重用 fp8</translation>
    </message>
    <message>
        <source>LoRA weights in bf16 (full_bf16)</source>
        <translation>LoRA 權重用 bf16（full_bf16）</translation>
    </message>
    <message>
        <source>Batch size 1 with gradient accumulation (same images per step)</source>
        <translation>批次大小 1 加梯度累積（每步圖片數不變）</translation>
    </message>
    <message>
        <source>Train the U-Net only</source>
        <translation>只訓練 U-Net</translation>
    </message>
    <message>
        <source>Free memory of this GPU</source>
        <translation>本機顯示卡的可用顯示記憶體</translation>
    </message>
    <message>
        <source>A {size} GB card</source>
        <translation>{size} GB 顯示卡</translation>
    </message>
    <message>
        <source>Compare with this computer&apos;s GPU, or with a card of this size (less 0.25 GB the desktop keeps)</source>
        <translation>與本機顯示卡比較，或與這個容量的顯示卡比較（扣除桌面佔用的 0.25 GB）</translation>
    </message>
    <message>
        <source>Will it fit?</source>
        <translation>顯示記憶體夠嗎？</translation>
    </message>
    <message>
        <source>Estimate the run&apos;s peak VRAM (no weights loaded; SDXL takes a few seconds) and propose memory savings when it does not fit</source>
        <translation>估算這次訓練的顯示記憶體峰值（不載入權重；SDXL 需要幾秒），顯示記憶體不夠時給出省顯示記憶體的辦法</translation>
    </message>
    <message>
        <source>Needs free: the peak plus 10% for the allocator&apos;s fragmentation and 0.5 GB for the CUDA context</source>
        <translation>需要可用：峰值加上 10% 的顯示記憶體分配碎片，再加 0.5 GB 的 CUDA 上下文</translation>
    </message>
    <message>
        <source>Apply these settings</source>
        <translation>應用這些設定</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Put back the settings the proposal changed</source>
        <translation>恢復被建議改動的設定</translation>
    </message>
    <message>
        <source>Estimating… (a dry run without weights: a few seconds, longer for SDXL)</source>
        <translation>正在估算…（不載入權重的試執行：幾秒鐘，SDXL 更久）</translation>
    </message>
    <message>
        <source>Will it fit? · {model}</source>
        <translation>顯示記憶體夠嗎？· {model}</translation>
    </message>
    <message>
        <source>The estimate failed: {message}</source>
        <translation>估算失敗：{message}</translation>
    </message>
    <message>
        <source>The estimate was cancelled.</source>
        <translation>估算已取消。</translation>
    </message>
    <message>
        <source>No CUDA GPU on this computer: the estimate is for a GPU of your choice. Pick a card size above to compare with it.</source>
        <translation>這臺電腦沒有 CUDA 顯示卡：估算針對你選擇的顯示卡。請在上方選擇一個顯示卡容量來比較。</translation>
    </message>
    <message>
        <source>It fits: it needs {needed} of {free} free.</source>
        <translation>夠用：需要 {needed}，可用 {free}。</translation>
    </message>
    <message>
        <source>It does not fit: it needs {needed}, {free} are free.</source>
        <translation>不夠用：需要 {needed}，只有 {free} 可用。</translation>
    </message>
    <message>
        <source>Caching latents (before training, higher)</source>
        <translation>快取 latent（訓練開始前，更高）</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Needs free</source>
        <translation>需要可用</translation>
    </message>
    <message>
        <source>Free on this GPU</source>
        <translation>本機顯示卡可用</translation>
    </message>
    <message>
        <source>Free on the card</source>
        <translation>該顯示卡可用</translation>
    </message>
    <message>
        <source>Nothing on the memory ladder makes it fit (tried in this order):</source>
        <translation>省顯示記憶體的辦法全部用上也不夠（按以下順序嘗試過）：</translation>
    </message>
    <message>
        <source>Lower the resolution or the network rank, or use a card with more memory.</source>
        <translation>請降低解析度或網路維度（rank），或換一張顯示記憶體更大的顯示卡。</translation>
    </message>
    <message>
        <source>It also fits with faster settings:</source>
        <translation>用更快的設定也放得下：</translation>
    </message>
    <message>
        <source>With them: peak {peak}, needs {needed} free.</source>
        <translation>用上這些後：峰值 {peak}，需要可用 {needed}。</translation>
    </message>
    <message>
        <source>It fits with these memory savings, cheapest first:</source>
        <translation>用上這些省顯示記憶體的辦法就夠了（代價最小的在前）：</translation>
    </message>
    <message>
        <source>Settings they change:</source>
        <translation>會改動的設定：</translation>
    </message>
    <message>
        <source>Applied: the form has the proposed settings. Check again to confirm.</source>
        <translation>已應用：表單裡已是建議的設定。請再檢查一次確認。</translation>
    </message>
    <message>
        <source>The settings changed since this estimate: check again.</source>
        <translation>估算之後設定有改動：請重新檢查。</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>LaunchPanel</name>
    <message>
        <source>Start training</source>
        <translation>開始訓練</translation>
    </message>
    <message>
        <source>Write the run&apos;s folder under runs/ and queue the training (Ctrl+Return)</source>
        <translation>在 runs/ 下建立本次訓練的資料夾，並把訓練加入佇列（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Queue variants…</source>
        <translation>批次排隊…</translation>
    </message>
    <message>
        <source>Queue the same run once per value of one setting (e.g. rank 16, 32, 64)</source>
        <translation>對某一項參數的每個取值各排隊一次相同的訓練（例如 rank 16、32、64）</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>開始之前</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>No step count</source>
        <translation>無法計算步數</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在計算…</translation>
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
        <translation>{epochs} 輪，每輪 {steps} 步，最後一輪 {last} 步（由最大步數決定）</translation>
    </message>
    <message>
        <source>Nothing stops this run.</source>
        <translation>沒有發現問題，可以開始訓練。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……還有 {n} 條</translation>
    </message>
</context>
<context>
    <name>PresetDiffDialog</name>
    <message>
        <source>{preset} vs. current settings</source>
        <translation>{preset} 與目前設定比較</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>目前值</translation>
    </message>
    <message>
        <source>{n} setting(s) would change.</source>
        <translation>將更改 {n} 項參數。</translation>
    </message>
    <message>
        <source>The form already matches this preset.</source>
        <translation>目前設定已與這個預設集一致。</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>載入預設集</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>{done} / {total} steps</source>
        <translation>{done} / {total} 步</translation>
    </message>
    <message>
        <source>latents {done} / {total}</source>
        <translation>latent {done} / {total}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>訓練</translation>
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
        <source>Tick runs to overlay their average loss on the graph</source>
        <translation>勾選訓練，把它們的平均損失曲線疊加到圖上</translation>
    </message>
    <message>
        <source>Run earlier (queued runs)</source>
        <translation>提前執行（排隊中的訓練）</translation>
    </message>
    <message>
        <source>Run later (queued runs)</source>
        <translation>推後執行（排隊中的訓練）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drop a queued run; a running one saves a checkpoint, then stops</source>
        <translation>移除排隊中的訓練；正在執行的訓練會先儲存檢查點再停止</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>立即儲存</translation>
    </message>
    <message>
        <source>Ask the running trainer to save a checkpoint at the next step</source>
        <translation>讓正在執行的訓練在下一步儲存檢查點</translation>
    </message>
    <message>
        <source>Sample now</source>
        <translation>立即出樣圖</translation>
    </message>
    <message>
        <source>Ask the running trainer to render its sample prompts at the next step</source>
        <translation>讓正在執行的訓練在下一步用樣圖提示詞生成樣圖</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>No run selected</source>
        <translation>未選擇訓練</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣圖</translation>
    </message>
    <message>
        <source>Messages, warnings and checkpoints of the run appear here.</source>
        <translation>訓練的訊息、警告和檢查點會顯示在這裡。</translation>
    </message>
    <message>
        <source>The log below holds the error output of the training process.</source>
        <translation>下方日誌中有訓練處理程序的錯誤輸出。</translation>
    </message>
    <message>
        <source>Samples · {n} newest, click to enlarge</source>
        <translation>樣圖 · 最新 {n} 張，點選放大</translation>
    </message>
    <message>
        <source>Samples · none yet (sample prompts render here when the trainer saves them)</source>
        <translation>樣圖 · 暫無（訓練儲存樣圖後會顯示在這裡）</translation>
    </message>
    <message>
        <source>Caching latents {done} / {total}</source>
        <translation>正在快取 latent {done} / {total}</translation>
    </message>
    <message>
        <source>Caching text encoder outputs {done} / {total}</source>
        <translation>正在快取文字編碼器輸出 {done} / {total}</translation>
    </message>
    <message>
        <source>{unit}s {done} / {total}</source>
        <translation>{unit} {done} / {total}</translation>
    </message>
    <message>
        <source>step {done} / {total}</source>
        <translation>第 {done} / {total} 步</translation>
    </message>
    <message>
        <source>step {done} / {total} · epoch {epoch}</source>
        <translation>第 {done} / {total} 步 · 第 {epoch} 輪</translation>
    </message>
    <message>
        <source>ETA {duration}</source>
        <translation>剩餘 {duration}</translation>
    </message>
    <message>
        <source>VRAM {gb} GB</source>
        <translation>顯示記憶體 {gb} GB</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>沒有訓練步</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>queued</source>
        <translation>排隊中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已中止</translation>
    </message>
</context>
<context>
    <name>SampleViewer</name>
    <message>
        <source>Cannot read {file}</source>
        <translation>無法讀取 {file}</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（無提示詞）</translation>
    </message>
</context>
<context>
    <name>SamplesStrip</name>
    <message>
        <source>Click a sample to see it large</source>
        <translation>點選樣圖檢視大圖</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
</context>
<context>
    <name>SavePresetDialog</name>
    <message>
        <source>Save settings as a preset</source>
        <translation>將設定儲存為預設集</translation>
    </message>
    <message>
        <source>e.g. My character, 12 GB</source>
        <translation>例如：我的角色，12 GB</translation>
    </message>
    <message>
        <source>The settings that differ from the defaults are saved; folders and the base model are not.</source>
        <translation>只儲存與預設值不同的設定；資料夾和底模不會儲存。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>預設集</translation>
    </message>
    <message>
        <source>Run file</source>
        <translation>訓練檔案</translation>
    </message>
    <message>
        <source>Open run.toml…</source>
        <translation>開啟 run.toml…</translation>
    </message>
    <message>
        <source>Save settings as run.toml…</source>
        <translation>將設定儲存為 run.toml…</translation>
    </message>
    <message>
        <source>Import kohya_ss GUI config (.json)…</source>
        <translation>匯入 kohya_ss GUI 設定檔（.json）…</translation>
    </message>
    <message>
        <source>Import sd-scripts config (.toml)…</source>
        <translation>匯入 sd-scripts 設定檔（.toml）…</translation>
    </message>
    <message>
        <source>Reset all settings to defaults</source>
        <translation>將所有設定恢復為預設值</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>訓練記錄</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>Open or create a project: its concepts (Folders page) are what the LoRA learns, and every run is kept in its &lt;code&gt;runs/&lt;/code&gt; folder with its settings, loss history and checkpoints.</source>
        <translation>開啟或建立一個專案：專案中的概念（「訓練資料夾」頁）就是 LoRA 要學習的內容，每次訓練連同設定、損失記錄和檢查點都儲存在專案的 &lt;code&gt;runs/&lt;/code&gt; 資料夾中。</translation>
    </message>
    <message>
        <source>Train a LoRA on this machine&apos;s GPU.</source>
        <translation>用本機顯示卡訓練 LoRA。</translation>
    </message>
    <message>
        <source>{project}: runs are kept in {folder}</source>
        <translation>{project}：訓練記錄儲存在 {folder}</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>未選擇訓練</translation>
    </message>
    <message>
        <source>The saved settings could not be read ({error}); starting from the defaults.</source>
        <translation>無法讀取已儲存的設定（{error}），已改用預設值。</translation>
    </message>
    <message>
        <source>Could not save the settings to {file}: {error}</source>
        <translation>無法將設定儲存到 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not check the base model: {error}</source>
        <translation>無法檢查底模：{error}</translation>
    </message>
    <message>
        <source>The training folders are not built yet: press Build folders on the Folders page.</source>
        <translation>訓練資料夾還沒有生成：請在「訓練資料夾」頁點選「生成資料夾」。</translation>
    </message>
    <message>
        <source>The image folder is not this project&apos;s train/img: the step count is of the project&apos;s concepts, the run trains what the folder holds.</source>
        <translation>圖片資料夾不是本專案的 train/img：步數按專案中的概念計算，而訓練用的是該資料夾裡的內容。</translation>
    </message>
    <message>
        <source>No step count: {reason}</source>
        <translation>無法計算步數：{reason}</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>加入佇列</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>開始訓練</translation>
    </message>
    <message>
        <source>Open a project first: runs are kept in its runs/ folder.</source>
        <translation>請先開啟專案：訓練記錄儲存在專案的 runs/ 資料夾中。</translation>
    </message>
    <message>
        <source>Fix {n} problem(s) under Checks first.</source>
        <translation>請先解決「檢查」中列出的 {n} 個問題。</translation>
    </message>
    <message>
        <source>No speed measured on this machine yet at {resolution} px, {precision}: the first run measures it.</source>
        <translation>本機還沒有測過 {resolution} px、{precision} 下的速度：第一次訓練時會測量。</translation>
    </message>
    <message>
        <source>About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine with this base model).</source>
        <translation>約 {duration}，按每秒 {speed} 張圖計算（本機之前用這個底模訓練 {runs} 次的中位數）。</translation>
    </message>
    <message>
        <source>About {duration} at {speed} images/s (median of {runs} earlier run(s) on this machine with other base models).</source>
        <translation>約 {duration}，按每秒 {speed} 張圖計算（本機之前用其他底模訓練 {runs} 次的中位數）。</translation>
    </message>
    <message>
        <source>A bundled preset is broken: {error}</source>
        <translation>內建預設集已損壞：{error}</translation>
    </message>
    <message>
        <source>My presets</source>
        <translation>我的預設集</translation>
    </message>
    <message>
        <source>Unreadable: {problem}</source>
        <translation>無法讀取：{problem}</translation>
    </message>
    <message>
        <source>Save current settings as a preset…</source>
        <translation>將目前設定儲存為預設集…</translation>
    </message>
    <message>
        <source>Compare a preset with the current settings</source>
        <translation>將預設集與目前設定比較</translation>
    </message>
    <message>
        <source>Open my presets folder</source>
        <translation>開啟我的預設集資料夾</translation>
    </message>
    <message>
        <source>Loaded the preset “{name}”. Folders, base model and names were kept.</source>
        <translation>已載入預設集「{name}」。資料夾、底模和名稱保持不變。</translation>
    </message>
    <message>
        <source>Could not save the preset: {error}</source>
        <translation>無法儲存預設集：{error}</translation>
    </message>
    <message>
        <source>Saved the preset “{name}” to {file}.</source>
        <translation>已將預設集「{name}」儲存到 {file}。</translation>
    </message>
    <message>
        <source>Open a Danlu run.toml</source>
        <translation>開啟 Danlu 的 run.toml</translation>
    </message>
    <message>
        <source>Cannot open the run file</source>
        <translation>無法開啟訓練檔案</translation>
    </message>
    <message>
        <source>{error}

Is it a config of kohya_ss or sd-scripts? Import it with Run file → Import… instead: Danlu converts the settings it knows and lists the others.</source>
        <translation>{error}

這是 kohya_ss 或 sd-scripts 的設定檔嗎？請改用「訓練檔案 → 匯入…」：Danlu 會轉換它認識的設定，並列出其餘的。</translation>
    </message>
    <message>
        <source>Loaded {file}.</source>
        <translation>已載入 {file}。</translation>
    </message>
    <message>
        <source>Save the settings as run.toml</source>
        <translation>將設定儲存為 run.toml</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>無法儲存 {file}：{error}</translation>
    </message>
    <message>
        <source>Saved {file} (run it with: python -m training train {file}).</source>
        <translation>已儲存 {file}（命令列執行：python -m training train {file}）。</translation>
    </message>
    <message>
        <source>kohya_ss config (*.json)</source>
        <translation>kohya_ss 設定檔 (*.json)</translation>
    </message>
    <message>
        <source>sd-scripts config (*.toml)</source>
        <translation>sd-scripts 設定檔 (*.toml)</translation>
    </message>
    <message>
        <source>Import a training config</source>
        <translation>匯入訓練設定檔</translation>
    </message>
    <message>
        <source>Cannot import the config</source>
        <translation>無法匯入設定檔</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>已匯入 {file}。</translation>
    </message>
    <message>
        <source>Converted: {notes}.</source>
        <translation>已轉換：{notes}。</translation>
    </message>
    <message>
        <source>Not imported ({n}): {settings}</source>
        <translation>未匯入（{n} 項）：{settings}</translation>
    </message>
    <message>
        <source>Train · {run}</source>
        <translation>訓練 · {run}</translation>
    </message>
    <message>
        <source>Could not list the runs: {error}</source>
        <translation>無法列出訓練記錄：{error}</translation>
    </message>
    <message>
        <source>Runs ({running} running, {queued} queued)</source>
        <translation>訓練記錄（{running} 個執行中，{queued} 個排隊中）</translation>
    </message>
    <message>
        <source>Runs ({running} running)</source>
        <translation>訓練記錄（{running} 個執行中）</translation>
    </message>
    <message>
        <source>Runs ({queued} queued)</source>
        <translation>訓練記錄（{queued} 個排隊中）</translation>
    </message>
    <message>
        <source>{run} (reading its events…)</source>
        <translation>{run}（正在讀取事件記錄…）</translation>
    </message>
    <message>
        <source>{run}: cannot read its events ({error})</source>
        <translation>{run}：無法讀取事件記錄（{error}）</translation>
    </message>
    <message>
        <source>Cannot overlay {run}: {error}</source>
        <translation>無法疊加 {run}：{error}</translation>
    </message>
    <message>
        <source>Asked {run} to save a checkpoint at its next step ({time}).</source>
        <translation>已請求 {run} 在下一步儲存檢查點（{time}）。</translation>
    </message>
    <message>
        <source>Asked {run} to render samples at its next step ({time}).</source>
        <translation>已請求 {run} 在下一步生成樣圖（{time}）。</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>Queue variants</source>
        <translation>批次排隊變體</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>多個值用英文逗號分隔</translation>
    </message>
    <message>
        <source>Queue runs</source>
        <translation>加入佇列</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>The current settings are queued once per value; the runs start one after the other, each in its own run folder.</source>
        <translation>目前設定會按每個取值各排隊一次；這些訓練依次執行，各自儲存在獨立的訓練資料夾中。</translation>
    </message>
    <message>
        <source>{n} run(s): {names}</source>
        <translation>{n} 次訓練：{names}</translation>
    </message>
    <message>
        <source>Type one or more values.</source>
        <translation>請輸入一個或多個值。</translation>
    </message>
</context>
</TS>
