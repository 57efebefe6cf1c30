<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>config</name>
        <message>
            <source>Model</source>
            <extracomment>section title (model)</extracomment>
            <translation>模型</translation>
        </message>
        <message>
            <source>Dataset</source>
            <extracomment>section title (dataset)</extracomment>
            <translation>資料集</translation>
        </message>
        <message>
            <source>Network</source>
            <extracomment>section title (network); label of network.network_module</extracomment>
            <translation>網路</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <extracomment>section title (optimizer); label of optimizer.optimizer_type</extracomment>
            <translation>優化器</translation>
        </message>
        <message>
            <source>Schedule</source>
            <extracomment>section title (schedule)</extracomment>
            <translation>訓練計劃</translation>
        </message>
        <message>
            <source>Loss</source>
            <extracomment>section title (loss)</extracomment>
            <translation>損失</translation>
        </message>
        <message>
            <source>Noise</source>
            <extracomment>section title (noise)</extracomment>
            <translation>雜訊</translation>
        </message>
        <message>
            <source>Precision</source>
            <extracomment>section title (precision)</extracomment>
            <translation>精度與 VRAM</translation>
        </message>
        <message>
            <source>Saving</source>
            <extracomment>section title (saving)</extracomment>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Sample</source>
            <extracomment>section title (sample)</extracomment>
            <translation>樣圖</translation>
        </message>
        <message>
            <source>Logging</source>
            <extracomment>section title (logging)</extracomment>
            <translation>日誌</translation>
        </message>
        <message>
            <source>Launch</source>
            <extracomment>section title (launch)</extracomment>
            <translation>啟動</translation>
        </message>
        <message>
            <source>Hub</source>
            <extracomment>section title (hub)</extracomment>
            <translation>Hugging Face 上傳</translation>
        </message>
        <message>
            <source>Base model</source>
            <extracomment>label of model.pretrained_model_name_or_path</extracomment>
            <translation>底模</translation>
        </message>
        <message>
            <source>The Stable Diffusion 1.x/2.x model the LoRA is trained on: a single-file .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id. Train on the model you will generate with.</source>
            <extracomment>help of model.pretrained_model_name_or_path</extracomment>
            <translation>LoRA 所基於的 Stable Diffusion 1.x/2.x 底模：單檔案 .safetensors 模型、diffusers 資料夾，或 Hugging Face 儲存庫 ID。用你之後出圖時要用的模型來訓練。</translation>
        </message>
        <message>
            <source>SD 2.x model</source>
            <extracomment>label of model.v2</extracomment>
            <translation>SD 2.x 模型</translation>
        </message>
        <message>
            <source>Tick for Stable Diffusion 2.0/2.1 bases (OpenCLIP text encoder). Detected from diffusers folders; needed for single-file checkpoints whose type cannot be read from the weights.</source>
            <extracomment>help of model.v2</extracomment>
            <translation>底模是 Stable Diffusion 2.0/2.1 時勾選（OpenCLIP 文字編碼器）。diffusers 資料夾會自動識別；單檔案模型若無法從權重判斷類型，則需要勾選。</translation>
        </message>
        <message>
            <source>v-prediction</source>
            <extracomment>label of model.v_parameterization</extracomment>
            <translation>v-prediction（v 預測）</translation>
        </message>
        <message>
            <source>The base predicts v instead of noise (SD 2.x 768-v models and some anime models). Wrong here = a LoRA that produces noise. Usually used together with 'SD 2.x model'.</source>
            <extracomment>help of model.v_parameterization</extracomment>
            <translation>底模預測的是 v 而不是雜訊（SD 2.x 768-v 模型和部分二次元模型）。這裡設錯 = 訓練出只會生成噪點的 LoRA。通常與「SD 2.x 模型」一起使用。</translation>
        </message>
        <message>
            <source>External VAE</source>
            <extracomment>label of model.vae</extracomment>
            <translation>外接 VAE</translation>
        </message>
        <message>
            <source>A VAE file or folder to encode the training images with instead of the model's own. Leave empty unless the base model's VAE is known to be broken.</source>
            <extracomment>help of model.vae</extracomment>
            <translation>用這個 VAE 檔案或資料夾來編碼訓練圖片，代替模型自帶的 VAE。除非已知底模的 VAE 有問題，否則留空。</translation>
        </message>
        <message>
            <source>Allow .ckpt files</source>
            <extracomment>label of model.allow_pickle</extracomment>
            <translation>允許 .ckpt 檔案</translation>
        </message>
        <message>
            <source>Pickle checkpoints (.ckpt/.pt) can run arbitrary code when loaded. Only tick this for files from a source you trust; prefer .safetensors.</source>
            <extracomment>help of model.allow_pickle</extracomment>
            <translation>Pickle 格式的模型（.ckpt/.pt）在載入時可以執行任意程式碼。只有檔案來源可信時才勾選；優先使用 .safetensors。</translation>
        </message>
        <message>
            <source>CLIP skip</source>
            <extracomment>label of model.clip_skip</extracomment>
            <translation>CLIP skip（跳過層數）</translation>
        </message>
        <message>
            <source>Use the text encoder's N-th layer from the end. 2 for NovelAI-derived anime models, 1 for realistic models; use what the base model was trained with.</source>
            <extracomment>help of model.clip_skip</extracomment>
            <translation>使用文字編碼器倒數第 N 層的輸出。NovelAI 系二次元模型用 2，寫實模型用 1；與底模訓練時的設定保持一致。</translation>
        </message>
        <message>
            <source>Max token length</source>
            <extracomment>label of model.max_token_length</extracomment>
            <translation>最大 token 長度</translation>
        </message>
        <message>
            <source>How many caption tokens the text encoder sees (75, 150 or 225; long captions are encoded in chunks of 75 as sd-scripts does). Raise it when long tag lists get cut off.</source>
            <extracomment>help of model.max_token_length</extracomment>
            <translation>文字編碼器能看到的標註 token 數（75、150 或 225；長標註會像 sd-scripts 那樣按 75 個一段分塊編碼）。長標籤列表被截斷時調高。</translation>
        </message>
        <message>
            <source>Image folder</source>
            <extracomment>label of dataset.train_data_dir</extracomment>
            <translation>訓練圖片資料夾</translation>
        </message>
        <message>
            <source>Folder holding '&lt;repeats&gt;_&lt;identifier&gt; &lt;class&gt;' sub-folders (e.g. '10_shs dog') with the training images and their caption files.</source>
            <extracomment>help of dataset.train_data_dir</extracomment>
            <translation>包含 '&lt;repeats&gt;_&lt;identifier&gt; &lt;class&gt;' 子資料夾（例如 '10_shs dog'）的資料夾，子資料夾裡放訓練圖片及其標註檔案。</translation>
        </message>
        <message>
            <source>Regularization folder</source>
            <extracomment>label of dataset.reg_data_dir</extracomment>
            <translation>正規化資料夾</translation>
        </message>
        <message>
            <source>Optional folder of '&lt;repeats&gt;_&lt;class&gt;' sub-folders with images of the same class but not your subject; they keep the class word from drifting towards your subject. Doubles the steps.</source>
            <extracomment>help of dataset.reg_data_dir</extracomment>
            <translation>可選：包含 '&lt;repeats&gt;_&lt;class&gt;' 子資料夾的資料夾，放同一類別但不是你的訓練物件的圖片；它們防止類別詞向你的訓練物件漂移。步數會翻倍。</translation>
        </message>
        <message>
            <source>Caption extension</source>
            <extracomment>label of dataset.caption_extension</extracomment>
            <translation>標註附檔名</translation>
        </message>
        <message>
            <source>Extension of the caption file next to each image. Images without one are trained with the folder's '&lt;identifier&gt; &lt;class&gt;' as caption (you get a warning).</source>
            <extracomment>help of dataset.caption_extension</extracomment>
            <translation>每張圖片旁邊標註檔案的附檔名。沒有標註檔案的圖片會用所在資料夾的 '&lt;identifier&gt; &lt;class&gt;' 作為標註（並給出警告）。</translation>
        </message>
        <message>
            <source>Resolution</source>
            <extracomment>label of dataset.resolution</extracomment>
            <translation>解析度</translation>
        </message>
        <message>
            <source>Training resolution, 'size' or 'width,height'. 512 for SD 1.x, 768 for SD 2.x 768 models; larger needs more VRAM.</source>
            <extracomment>help of dataset.resolution</extracomment>
            <translation>訓練解析度，寫 'size' 或 'width,height'。SD 1.x 用 512，SD 2.x 768 模型用 768；越大越佔 VRAM。</translation>
        </message>
        <message>
            <source>Batch size</source>
            <extracomment>label of dataset.train_batch_size</extracomment>
            <translation>批次大小（batch size）</translation>
        </message>
        <message>
            <source>Images per step. Larger batches are steadier but need more VRAM; raise the learning rate with them.</source>
            <extracomment>help of dataset.train_batch_size</extracomment>
            <translation>每步訓練的圖片數。批次越大越穩定，但需要更多 VRAM；增大批次時相應提高學習率。</translation>
        </message>
        <message>
            <source>Aspect-ratio buckets</source>
            <extracomment>label of dataset.enable_bucket</extracomment>
            <translation>寬高比分桶</translation>
        </message>
        <message>
            <source>Train images of different shapes at fitting resolutions of about the same area instead of cropping them all square.</source>
            <extracomment>help of dataset.enable_bucket</extracomment>
            <translation>不同寬高比的圖片按面積大致相同的合適解析度訓練，而不是全部裁成正方形。</translation>
        </message>
        <message>
            <source>Min bucket resolution</source>
            <extracomment>label of dataset.min_bucket_reso</extracomment>
            <translation>最小分桶解析度</translation>
        </message>
        <message>
            <source>Smallest bucket side in pixels.</source>
            <extracomment>help of dataset.min_bucket_reso</extracomment>
            <translation>分桶最短邊的像素數。</translation>
        </message>
        <message>
            <source>Max bucket resolution</source>
            <extracomment>label of dataset.max_bucket_reso</extracomment>
            <translation>最大分桶解析度</translation>
        </message>
        <message>
            <source>Largest bucket side in pixels.</source>
            <extracomment>help of dataset.max_bucket_reso</extracomment>
            <translation>分桶最長邊的像素數。</translation>
        </message>
        <message>
            <source>Bucket step</source>
            <extracomment>label of dataset.bucket_reso_steps</extracomment>
            <translation>分桶步長</translation>
        </message>
        <message>
            <source>Bucket sides are multiples of this (64 is safe; 8 works for SD but makes more buckets).</source>
            <extracomment>help of dataset.bucket_reso_steps</extracomment>
            <translation>分桶的邊長是這個數的倍數（64 最穩妥；8 對 SD 也可用，但會產生更多分桶）。</translation>
        </message>
        <message>
            <source>Don't upscale</source>
            <extracomment>label of dataset.bucket_no_upscale</extracomment>
            <translation>不放大圖片</translation>
        </message>
        <message>
            <source>Never enlarge small images to reach the bucket size; they get a bucket of their own size instead.</source>
            <extracomment>help of dataset.bucket_no_upscale</extracomment>
            <translation>不把小圖放大到分桶尺寸；它們會得到一個與自身尺寸相符的分桶。</translation>
        </message>
        <message>
            <source>Shuffle caption</source>
            <extracomment>label of dataset.shuffle_caption</extracomment>
            <translation>打亂標註順序</translation>
        </message>
        <message>
            <source>Shuffle the comma-separated tags each time an image is used, so no tag profits from its position. Recommended for tag captions, not for sentences.</source>
            <extracomment>help of dataset.shuffle_caption</extracomment>
            <translation>每次使用圖片時打亂逗號分隔的標籤順序，避免某個標籤因位置靠前而佔便宜。推薦用於標籤式標註，不適合自然語言句子。</translation>
        </message>
        <message>
            <source>Keep N tags</source>
            <extracomment>label of dataset.keep_tokens</extracomment>
            <translation>保留前 N 個標籤</translation>
        </message>
        <message>
            <source>The first N comma-separated tags stay in front when shuffling or dropping tags (put the trigger word first and keep 1).</source>
            <extracomment>help of dataset.keep_tokens</extracomment>
            <translation>打亂或丟棄標籤時，前 N 個逗號分隔的標籤固定在最前面（把觸發詞放在第一個並保留 1）。</translation>
        </message>
        <message>
            <source>Keep separator</source>
            <extracomment>label of dataset.keep_tokens_separator</extracomment>
            <translation>保留分隔符</translation>
        </message>
        <message>
            <source>If set (e.g. '|||'), everything before it in a caption stays fixed instead of the first N tags.</source>
            <extracomment>help of dataset.keep_tokens_separator</extracomment>
            <translation>若設定（例如 '|||'），標註中這個分隔符之前的內容全部固定不動，代替「前 N 個標籤」。</translation>
        </message>
        <message>
            <source>Caption dropout</source>
            <extracomment>label of dataset.caption_dropout_rate</extracomment>
            <translation>標註丟棄率</translation>
        </message>
        <message>
            <source>Chance that an image is trained with an empty caption (0.05–0.1 makes the LoRA work without the trigger too).</source>
            <extracomment>help of dataset.caption_dropout_rate</extracomment>
            <translation>每張圖片以空標註訓練的機率（0.05–0.1 可以讓 LoRA 在不寫觸發詞時也能生效）。</translation>
        </message>
        <message>
            <source>Drop captions every N epochs</source>
            <extracomment>label of dataset.caption_dropout_every_n_epochs</extracomment>
            <translation>每 N 輪丟棄全部標註</translation>
        </message>
        <message>
            <source>Every N-th epoch trains all images with empty captions. 0 = never.</source>
            <extracomment>help of dataset.caption_dropout_every_n_epochs</extracomment>
            <translation>每隔 N 輪，該輪所有圖片都用空標註訓練。0 = 從不。</translation>
        </message>
        <message>
            <source>Tag dropout</source>
            <extracomment>label of dataset.caption_tag_dropout_rate</extracomment>
            <translation>標籤丟棄率</translation>
        </message>
        <message>
            <source>Chance that each tag (after the kept ones) is left out of the caption for one step.</source>
            <extracomment>help of dataset.caption_tag_dropout_rate</extracomment>
            <translation>每個標籤（保留的標籤之後的）在某一步中被從標註裡去掉的機率。</translation>
        </message>
        <message>
            <source>Weighted captions</source>
            <extracomment>label of dataset.weighted_captions</extracomment>
            <translation>帶權重的標註</translation>
        </message>
        <message>
            <source>Read '(word:1.3)', '(word)' (x1.1) and '[word]' (/1.1) in captions as in A1111 prompts: those words pull harder or softer on the text encoder. Write brackets meant literally as '\(' and '\)'. Keep commas out of a weighted group when tags are shuffled or dropped.</source>
            <extracomment>help of dataset.weighted_captions</extracomment>
            <translation>像 A1111 提示詞那樣讀取標註中的 '(word:1.3)'、'(word)'（x1.1）和 '[word]'（/1.1）：這些詞對文字編碼器的作用更強或更弱。想要字面括號時寫成 '\(' 和 '\)'。打亂或丟棄標籤時，加權組內不要有逗號。</translation>
        </message>
        <message>
            <source>Token warmup: first tags</source>
            <extracomment>label of dataset.token_warmup_min</extracomment>
            <translation>標籤預熱：初始標籤數</translation>
        </message>
        <message>
            <source>At the start of training only this many tags (after the kept ones) are used; more are added step by step until 'Token warmup steps'.</source>
            <extracomment>help of dataset.token_warmup_min</extracomment>
            <translation>訓練開始時只使用這麼多個標籤（保留的標籤之後的），之後逐步增加，直到「標籤預熱步數」。</translation>
        </message>
        <message>
            <source>Token warmup steps</source>
            <extracomment>label of dataset.token_warmup_step</extracomment>
            <translation>標籤預熱步數</translation>
        </message>
        <message>
            <source>Steps over which captions grow from 'Token warmup: first tags' to all their tags (below 1: a fraction of all steps). Helps the trigger word take the subject before the details do. 0 = off.</source>
            <extracomment>help of dataset.token_warmup_step</extracomment>
            <translation>標註從「標籤預熱：初始標籤數」逐步增加到全部標籤所用的步數（小於 1：佔總步數的比例）。有助於觸發詞先學到主體，再學細節。0 = 關閉。</translation>
        </message>
        <message>
            <source>Flip augmentation</source>
            <extracomment>label of dataset.flip_aug</extracomment>
            <translation>水平翻轉增強</translation>
        </message>
        <message>
            <source>Randomly mirror images left-right. Doubles the variety for symmetric subjects; don't use it when asymmetry matters (text, hair parting, logos).</source>
            <extracomment>help of dataset.flip_aug</extracomment>
            <translation>隨機左右鏡像圖片。對稱的主體可使多樣性翻倍；不對稱很重要時（文字、發縫、標誌）不要使用。</translation>
        </message>
        <message>
            <source>Color augmentation</source>
            <extracomment>label of dataset.color_aug</extracomment>
            <translation>顏色增強</translation>
        </message>
        <message>
            <source>Randomly shift the hue a little each time an image is used. Needs latents to be computed every step, so it cannot be combined with latent caching.</source>
            <extracomment>help of dataset.color_aug</extracomment>
            <translation>每次使用圖片時隨機輕微改變色相。需要每步重新計算潛變數，因此不能與潛變數快取同時使用。</translation>
        </message>
        <message>
            <source>Random crop</source>
            <extracomment>label of dataset.random_crop</extracomment>
            <translation>隨機裁切</translation>
        </message>
        <message>
            <source>Crop buckets at a random place instead of the center. Cannot be combined with latent caching.</source>
            <extracomment>help of dataset.random_crop</extracomment>
            <translation>在隨機位置而不是中心裁切分桶。不能與潛變數快取同時使用。</translation>
        </message>
        <message>
            <source>Mask from alpha channel</source>
            <extracomment>label of dataset.alpha_mask</extracomment>
            <translation>用透明通道作遮罩</translation>
        </message>
        <message>
            <source>With 'Masked loss': take each image's mask from its transparency (opaque = trained, transparent = ignored). Images without an alpha channel are trained whole.</source>
            <extracomment>help of dataset.alpha_mask</extracomment>
            <translation>配合「遮罩損失」：用每張圖片的透明度作為遮罩（不透明 = 參與訓練，透明 = 忽略）。沒有透明通道的圖片整張參與訓練。</translation>
        </message>
        <message>
            <source>Mask folder</source>
            <extracomment>label of dataset.conditioning_data_dir</extracomment>
            <translation>遮罩資料夾</translation>
        </message>
        <message>
            <source>With 'Masked loss': a folder of mask images named like the training images (in the same '&lt;repeats&gt;_' sub-folders, or all together). Without it, masks are read from '&lt;image name&gt;_mask.png' beside each image.</source>
            <extracomment>help of dataset.conditioning_data_dir</extracomment>
            <translation>配合「遮罩損失」：一個存放遮罩圖片的資料夾，遮罩與訓練圖片同名（放在相同的 '&lt;repeats&gt;_' 子資料夾中，或全部放在一起）。不設定時，從每張圖片旁邊的 '&lt;image name&gt;_mask.png' 讀取遮罩。</translation>
        </message>
        <message>
            <source>Cache latents</source>
            <extracomment>label of dataset.cache_latents</extracomment>
            <translation>快取潛變數（latents）</translation>
        </message>
        <message>
            <source>Encode every image with the VAE once before training and keep the result in memory: much faster and less VRAM. Excludes color augmentation and random crop.</source>
            <extracomment>help of dataset.cache_latents</extracomment>
            <translation>訓練前用 VAE 把每張圖片編碼一次並把結果儲存在記憶體中：速度快得多，VRAM 佔用更少。不能與顏色增強和隨機裁切同時使用。</translation>
        </message>
        <message>
            <source>Cache latents to disk</source>
            <extracomment>label of dataset.cache_latents_to_disk</extracomment>
            <translation>快取潛變數到磁碟</translation>
        </message>
        <message>
            <source>Also keep the cached latents on disk (in the project's .danlu/latents), so the next run over the same images skips encoding. A changed image is re-encoded.</source>
            <extracomment>help of dataset.cache_latents_to_disk</extracomment>
            <translation>同時把快取的潛變數儲存到磁碟（專案的 .danlu/latents 中），下次用相同圖片訓練時跳過編碼。修改過的圖片會重新編碼。</translation>
        </message>
        <message>
            <source>Cache text encoder outputs</source>
            <extracomment>label of dataset.cache_text_encoder_outputs</extracomment>
            <translation>快取文字編碼器輸出</translation>
        </message>
        <message>
            <source>Encode every caption once before training, then move the text encoders off the GPU: saves their VRAM (about 1.6 GB for SDXL in fp16) and a little time per step. Needs 'Train U-Net only' and fixed captions (no shuffling or dropout).</source>
            <extracomment>help of dataset.cache_text_encoder_outputs</extracomment>
            <translation>訓練前把每條標註編碼一次，然後把文字編碼器移出 GPU：省下它們佔用的 VRAM（SDXL 在 fp16 下約 1.6 GB），每步也稍快一些。需要開啟「僅訓練 U-Net」，且標註固定不變（不打亂、不丟棄）。</translation>
        </message>
        <message>
            <source>Cache text encoder outputs to disk</source>
            <extracomment>label of dataset.cache_text_encoder_outputs_to_disk</extracomment>
            <translation>快取文字編碼器輸出到磁碟</translation>
        </message>
        <message>
            <source>Also keep the encoded captions on disk (in the project's .danlu/text_encoder_outputs), so the next run with the same base model and captions skips encoding. A changed caption is encoded again.</source>
            <extracomment>help of dataset.cache_text_encoder_outputs_to_disk</extracomment>
            <translation>同時把編碼後的標註儲存到磁碟（專案的 .danlu/text_encoder_outputs 中），下次用相同底模和標註訓練時跳過編碼。修改過的標註會重新編碼。</translation>
        </message>
        <message>
            <source>VAE batch size</source>
            <extracomment>label of dataset.vae_batch_size</extracomment>
            <translation>VAE 批次大小</translation>
        </message>
        <message>
            <source>Images encoded at once while caching latents. Higher is faster if VRAM allows.</source>
            <extracomment>help of dataset.vae_batch_size</extracomment>
            <translation>快取潛變數時一次編碼的圖片數。VRAM 夠的話越大越快。</translation>
        </message>
        <message>
            <source>Data loader workers</source>
            <extracomment>label of dataset.max_data_loader_n_workers</extracomment>
            <translation>資料載入程序數</translation>
        </message>
        <message>
            <source>Processes that load images in the background. 0 loads in the training process, which is best with cached latents.</source>
            <extracomment>help of dataset.max_data_loader_n_workers</extracomment>
            <translation>在背景載入圖片的程序數。0 表示在訓練程序內載入，快取了潛變數時這樣最好。</translation>
        </message>
        <message>
            <source>Persistent workers</source>
            <extracomment>label of dataset.persistent_data_loader_workers</extracomment>
            <translation>保持載入程序</translation>
        </message>
        <message>
            <source>Keep the loader processes between epochs (faster epoch starts, more RAM).</source>
            <extracomment>help of dataset.persistent_data_loader_workers</extracomment>
            <translation>各輪之間保留載入程序（每輪開始更快，但佔用更多記憶體）。</translation>
        </message>
        <message>
            <source>networks.lora: sd-scripts' LoRA on the attention and feed-forward layers (with 'Conv rank', LoCon on the ResNet convs too). lycoris.kohya: the LyCORIS algorithms (LoHa, LoKr, LoCon) from the lycoris-lora library, saved with the lora_unet_/lora_te_ names A1111 and ComfyUI load.</source>
            <extracomment>help of network.network_module</extracomment>
            <translation>networks.lora：sd-scripts 的 LoRA，作用於注意力層和前饋層（設定了「卷積維度（conv rank）」時，也以 LoCon 方式作用於 ResNet 卷積）。lycoris.kohya：lycoris-lora 函式庫中的 LyCORIS 演算法（LoHa、LoKr、LoCon），儲存為 A1111 和 ComfyUI 能載入的 lora_unet_/lora_te_ 命名。</translation>
        </message>
        <message>
            <source>LyCORIS algorithm</source>
            <extracomment>label of network.algo</extracomment>
            <translation>LyCORIS 演算法</translation>
        </message>
        <message>
            <source>locon: LoRA on linears and convs. loha: Hadamard product of two low-rank pairs (more expressive per parameter; rank 4-16). lokr: Kronecker product (very small files; raise the learning rate). ia3: a learned per-channel scale of each layer's output (tiny files, rank unused; high learning rate ~1e-2). dylora: LoRA trained in rank blocks so it can be cut to smaller ranks.</source>
            <extracomment>help of network.algo</extracomment>
            <translation>locon：對線性層和卷積層做 LoRA。loha：兩組低秩矩陣的 Hadamard 積（同樣參數量下表達力更強；維度 4-16）。lokr：Kronecker 積（檔案非常小；需調高學習率）。ia3：對每層輸出學習逐通道縮放（檔案極小，不使用維度；學習率要高，約 1e-2）。dylora：按維度分塊訓練的 LoRA，之後可裁切到更小的維度。</translation>
        </message>
        <message>
            <source>LyCORIS preset</source>
            <extracomment>label of network.preset</extracomment>
            <translation>LyCORIS 預設</translation>
        </message>
        <message>
            <source>Which layers get a module: full (attention, feed-forward, ResNet blocks, samplers, conv_in/out, time embedding), full-lin (no 3x3 convs), attn-mlp (as standard LoRA), attn-only, unet-only (full without the text encoder), unet-transformer-only, unet-convblock-only.</source>
            <extracomment>help of network.preset</extracomment>
            <translation>哪些層加模組：full（注意力、前饋、ResNet 塊、上下取樣、conv_in/out、時間嵌入），full-lin（不含 3x3 卷積），attn-mlp（與標準 LoRA 相同），attn-only，unet-only（full 但不含文字編碼器），unet-transformer-only，unet-convblock-only。</translation>
        </message>
        <message>
            <source>Tucker decomposition</source>
            <extracomment>label of network.use_tucker</extracomment>
            <translation>Tucker 分解</translation>
        </message>
        <message>
            <source>Factor 3x3 conv modules with a small core tensor (LyCORIS use_tucker): fewer parameters for the same rank on convs.</source>
            <extracomment>help of network.use_tucker</extracomment>
            <translation>用一個小的核心張量分解 3x3 卷積模組（LyCORIS use_tucker）：卷積上相同維度的參數更少。</translation>
        </message>
        <message>
            <source>DoRA weight decomposition</source>
            <extracomment>label of network.dora_wd</extracomment>
            <translation>DoRA 權重分解</translation>
        </message>
        <message>
            <source>Train each layer's weight magnitude apart from its direction (LyCORIS dora_wd, saved as dora_scale): closer to full fine-tuning at the same rank, slower steps.</source>
            <extracomment>help of network.dora_wd</extracomment>
            <translation>把每層權重的大小和方向分開訓練（LyCORIS dora_wd，儲存為 dora_scale）：相同維度下更接近全量微調，每步更慢。</translation>
        </message>
        <message>
            <source>Trainable scalar</source>
            <extracomment>label of network.use_scalar</extracomment>
            <translation>可訓練縮放係數</translation>
        </message>
        <message>
            <source>A learned scale per module, starting at 0 so both factors start random (LyCORIS use_scalar); it is folded into the saved weights.</source>
            <extracomment>help of network.use_scalar</extracomment>
            <translation>每個模組學習一個縮放係數，初始為 0，這樣兩個分解矩陣都可以隨機初始化（LyCORIS use_scalar）；儲存時會併入權重。</translation>
        </message>
        <message>
            <source>Rescale rank dropout</source>
            <extracomment>label of network.rank_dropout_scale</extracomment>
            <translation>維度丟棄後重新縮放</translation>
        </message>
        <message>
            <source>Divide the kept ranks by the kept fraction so rank dropout keeps the update's size (LyCORIS rank_dropout_scale).</source>
            <extracomment>help of network.rank_dropout_scale</extracomment>
            <translation>把保留下來的維度除以保留比例，使維度丟棄時更新量的大小保持不變（LyCORIS rank_dropout_scale）。</translation>
        </message>
        <message>
            <source>Train norm layers</source>
            <extracomment>label of network.train_norm</extracomment>
            <translation>訓練歸一化層</translation>
        </message>
        <message>
            <source>Also train the LayerNorm/GroupNorm weights and biases inside the preset's blocks (LyCORIS train_norm; saved as w_norm/b_norm, which ComfyUI loads).</source>
            <extracomment>help of network.train_norm</extracomment>
            <translation>同時訓練預設所含塊中的 LayerNorm/GroupNorm 權重和偏置（LyCORIS train_norm；儲存為 w_norm/b_norm，ComfyUI 可以載入）。</translation>
        </message>
        <message>
            <source>DyLoRA block size</source>
            <extracomment>label of network.dylora_block_size</extracomment>
            <translation>DyLoRA 塊大小</translation>
        </message>
        <message>
            <source>DyLoRA trains the rank in blocks of this size, one random prefix of blocks per step, so the file can be cut to any multiple of it later (LyCORIS block_size). The ranks must be multiples of it.</source>
            <extracomment>help of network.dylora_block_size</extracomment>
            <translation>DyLoRA 按這個大小把維度分塊訓練，每步訓練隨機的前若干塊，因此檔案之後可以裁切到它的任意倍數（LyCORIS block_size）。維度必須是它的倍數。</translation>
        </message>
        <message>
            <source>Conv rank</source>
            <extracomment>label of network.conv_dim</extracomment>
            <translation>卷積維度（conv rank）</translation>
        </message>
        <message>
            <source>Rank of the modules on the 3x3 convs of the ResNet blocks and samplers (LoCon). 0 = none with networks.lora; with lycoris.kohya 0 means the rank above, as the library does. 4-16 adds texture and detail learning.</source>
            <extracomment>help of network.conv_dim</extracomment>
            <translation>ResNet 塊及上下取樣中 3x3 卷積上模組的維度（LoCon）。使用 networks.lora 時 0 = 不加；使用 lycoris.kohya 時 0 表示沿用上面的維度，與該函式庫一致。4-16 有助於學習紋理和細節。</translation>
        </message>
        <message>
            <source>Conv alpha</source>
            <extracomment>label of network.conv_alpha</extracomment>
            <translation>卷積 alpha</translation>
        </message>
        <message>
            <source>Alpha of the conv modules (scales them by conv_alpha / conv rank).</source>
            <extracomment>help of network.conv_alpha</extracomment>
            <translation>卷積模組的 alpha（按 conv_alpha / 卷積維度縮放）。</translation>
        </message>
        <message>
            <source>Network dropout</source>
            <extracomment>label of network.network_dropout</extracomment>
            <translation>網路丟棄率（dropout）</translation>
        </message>
        <message>
            <source>Drop this share of the LoRA's down-projection outputs each step (neuron dropout; 0.1-0.3). Training only. Not implemented by LyCORIS LoHa/LoKr.</source>
            <extracomment>help of network.network_dropout</extracomment>
            <translation>每步隨機丟棄 LoRA 降維投影輸出的這一比例（神經元 dropout；0.1-0.3）。只在訓練時生效。LyCORIS 的 LoHa/LoKr 不支援。</translation>
        </message>
        <message>
            <source>Rank dropout</source>
            <extracomment>label of network.rank_dropout</extracomment>
            <translation>維度丟棄率（rank dropout）</translation>
        </message>
        <message>
            <source>Chance that each rank of a module is dropped for one sample in a step (rescaled as if the rank were smaller). Training only.</source>
            <extracomment>help of network.rank_dropout</extracomment>
            <translation>模組的每個維度在某一步中對某個樣本被丟棄的機率（按維度變小的情況重新縮放）。只在訓練時生效。</translation>
        </message>
        <message>
            <source>Module dropout</source>
            <extracomment>label of network.module_dropout</extracomment>
            <translation>模組丟棄率</translation>
        </message>
        <message>
            <source>Chance that a whole module is skipped for a step. Training only.</source>
            <extracomment>help of network.module_dropout</extracomment>
            <translation>整個模組在某一步中被跳過的機率。只在訓練時生效。</translation>
        </message>
        <message>
            <source>Scale weight norms</source>
            <extracomment>label of network.scale_weight_norms</extracomment>
            <translation>權重範數上限</translation>
        </message>
        <message>
            <source>Max-norm regularisation: after each step, modules whose weight change has a norm above this are scaled down to it (1.0 is common). The number scaled and the mean norm show in the metrics.</source>
            <extracomment>help of network.scale_weight_norms</extracomment>
            <translation>最大範數正規化：每步之後，權重變化的範數超過這個值的模組會被縮小到該值（常用 1.0）。被縮放的模組數和平均範數顯示在指標中。</translation>
        </message>
        <message>
            <source>Down block lr weights</source>
            <extracomment>label of network.down_lr_weight</extracomment>
            <translation>下取樣塊學習率權重</translation>
        </message>
        <message>
            <source>Learning-rate weights of the 12 down blocks IN00-IN11, comma-separated, or a preset: cosine, sine, linear, reverse_linear, zeros (optionally '+0.5'). A block with weight 0 gets no module.</source>
            <extracomment>help of network.down_lr_weight</extracomment>
            <translation>12 個下取樣塊 IN00-IN11 的學習率權重，用逗號分隔，或使用預設：cosine、sine、linear、reverse_linear、zeros（可加 '+0.5'）。權重為 0 的塊不加模組。</translation>
        </message>
        <message>
            <source>Mid block lr weight</source>
            <extracomment>label of network.mid_lr_weight</extracomment>
            <translation>中間塊學習率權重</translation>
        </message>
        <message>
            <source>Learning-rate weight of the middle block (MID). 0 leaves it out.</source>
            <extracomment>help of network.mid_lr_weight</extracomment>
            <translation>中間塊（MID）的學習率權重。0 表示不加模組。</translation>
        </message>
        <message>
            <source>Up block lr weights</source>
            <extracomment>label of network.up_lr_weight</extracomment>
            <translation>上取樣塊學習率權重</translation>
        </message>
        <message>
            <source>Learning-rate weights of the 12 up blocks OUT00-OUT11, as for the down blocks.</source>
            <extracomment>help of network.up_lr_weight</extracomment>
            <translation>12 個上取樣塊 OUT00-OUT11 的學習率權重，寫法同下取樣塊。</translation>
        </message>
        <message>
            <source>Block lr zero threshold</source>
            <extracomment>label of network.block_lr_zero_threshold</extracomment>
            <translation>分塊學習率歸零閾值</translation>
        </message>
        <message>
            <source>Block lr weights at or below this count as 0 (the block gets no module).</source>
            <extracomment>help of network.block_lr_zero_threshold</extracomment>
            <translation>分塊學習率權重小於等於這個值時視為 0（該塊不加模組）。</translation>
        </message>
        <message>
            <source>Block ranks</source>
            <extracomment>label of network.block_dims</extracomment>
            <translation>分塊維度</translation>
        </message>
        <message>
            <source>25 comma-separated ranks, one per U-Net block (IN00-IN11, MID, OUT00-OUT11). 0 = no module in that block. Empty = the rank above everywhere.</source>
            <extracomment>help of network.block_dims</extracomment>
            <translation>25 個逗號分隔的維度，每個 U-Net 區塊一個（IN00-IN11、MID、OUT00-OUT11）。0 = 該塊不加模組。留空 = 所有塊都用上面的維度。</translation>
        </message>
        <message>
            <source>Block alphas</source>
            <extracomment>label of network.block_alphas</extracomment>
            <translation>分塊 alpha</translation>
        </message>
        <message>
            <source>25 comma-separated alphas for the block ranks. Empty = the alpha above.</source>
            <extracomment>help of network.block_alphas</extracomment>
            <translation>25 個逗號分隔的 alpha，對應分塊維度。留空 = 使用上面的 alpha。</translation>
        </message>
        <message>
            <source>Conv block ranks</source>
            <extracomment>label of network.conv_block_dims</extracomment>
            <translation>分塊卷積維度</translation>
        </message>
        <message>
            <source>25 comma-separated conv ranks (LoCon per block). Empty = the conv rank everywhere.</source>
            <extracomment>help of network.conv_block_dims</extracomment>
            <translation>25 個逗號分隔的卷積維度（逐塊 LoCon）。留空 = 所有塊都用卷積維度。</translation>
        </message>
        <message>
            <source>Conv block alphas</source>
            <extracomment>label of network.conv_block_alphas</extracomment>
            <translation>分塊卷積 alpha</translation>
        </message>
        <message>
            <source>25 comma-separated conv alphas. Empty = the conv alpha.</source>
            <extracomment>help of network.conv_block_alphas</extracomment>
            <translation>25 個逗號分隔的卷積 alpha。留空 = 使用卷積 alpha。</translation>
        </message>
        <message>
            <source>Rank (dim)</source>
            <extracomment>label of network.network_dim</extracomment>
            <translation>網路維度（dim）</translation>
        </message>
        <message>
            <source>Size of the LoRA. 8–32 for a character or style; higher learns more (including what you did not want) and makes bigger files.</source>
            <extracomment>help of network.network_dim</extracomment>
            <translation>LoRA 的大小。角色或畫風一般 8–32；越高學到的越多（包括你不想要的），檔案也越大。</translation>
        </message>
        <message>
            <source>Alpha</source>
            <extracomment>label of network.network_alpha</extracomment>
            <translation>網路 Alpha</translation>
        </message>
        <message>
            <source>Scales the LoRA's effect by alpha/rank. Half the rank or 1 are common; with alpha = 1, raise the learning rate as the rank grows.</source>
            <extracomment>help of network.network_alpha</extracomment>
            <translation>按 alpha/維度 縮放 LoRA 的效果。常用維度的一半或 1；alpha = 1 時，維度越大學習率要越高。</translation>
        </message>
        <message>
            <source>Train U-Net only</source>
            <extracomment>label of network.network_train_unet_only</extracomment>
            <translation>僅訓練 U-Net</translation>
        </message>
        <message>
            <source>Leave the text encoder untouched (saves VRAM; common for styles and for SDXL).</source>
            <extracomment>help of network.network_train_unet_only</extracomment>
            <translation>不訓練文字編碼器（省 VRAM；畫風和 SDXL 常用）。</translation>
        </message>
        <message>
            <source>Train text encoder only</source>
            <extracomment>label of network.network_train_text_encoder_only</extracomment>
            <translation>僅訓練文字編碼器</translation>
        </message>
        <message>
            <source>Train only the text encoder's LoRA.</source>
            <extracomment>help of network.network_train_text_encoder_only</extracomment>
            <translation>只訓練文字編碼器的 LoRA。</translation>
        </message>
        <message>
            <source>Start from LoRA</source>
            <extracomment>label of network.network_weights</extracomment>
            <translation>從已有 LoRA 開始</translation>
        </message>
        <message>
            <source>Initialise from an existing LoRA file. This starts a new training from those weights; it is not a resume (optimizer state, step count and schedule start fresh). To continue a stopped run exactly, use 'Resume from state' in the saving settings.</source>
            <extracomment>help of network.network_weights</extracomment>
            <translation>從一個已有的 LoRA 檔案初始化。這是以這些權重開始一次新訓練，不是繼續訓練（優化器狀態、步數和排程都從頭開始）。要原樣繼續一次中斷的訓練，請使用儲存設定中的「從狀態繼續訓練」。</translation>
        </message>
        <message>
            <source>Rank from weights</source>
            <extracomment>label of network.dim_from_weights</extracomment>
            <translation>從權重讀取維度</translation>
        </message>
        <message>
            <source>Take rank and alpha from the 'Start from LoRA' file instead of the settings above.</source>
            <extracomment>help of network.dim_from_weights</extracomment>
            <translation>從「從已有 LoRA 開始」的檔案讀取維度和 alpha，而不用上面的設定。</translation>
        </message>
        <message>
            <source>AdamW is the reliable default; AdamW8bit saves VRAM; Prodigy and DAdapt* find the learning rate themselves (set the learning rates to 1); Adafactor adapts its own step size.</source>
            <extracomment>help of optimizer.optimizer_type</extracomment>
            <translation>AdamW 是穩妥的預設選擇；AdamW8bit 省 VRAM；Prodigy 和 DAdapt* 會自己尋找學習率（把學習率都設為 1）；Adafactor 自適應調整步長。</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <extracomment>label of optimizer.learning_rate</extracomment>
            <translation>學習率</translation>
        </message>
        <message>
            <source>Step size for every part without its own rate. 1e-4 is a good start for LoRA with AdamW.</source>
            <extracomment>help of optimizer.learning_rate</extracomment>
            <translation>所有沒有單獨設定學習率的部分所用的步長。LoRA 配合 AdamW 時 1e-4 是個不錯的起點。</translation>
        </message>
        <message>
            <source>U-Net learning rate</source>
            <extracomment>label of optimizer.unet_lr</extracomment>
            <translation>U-Net 學習率</translation>
        </message>
        <message>
            <source>Learning rate of the U-Net's LoRA; empty = the learning rate above.</source>
            <extracomment>help of optimizer.unet_lr</extracomment>
            <translation>U-Net 部分 LoRA 的學習率；留空 = 使用上面的學習率。</translation>
        </message>
        <message>
            <source>Text encoder learning rate</source>
            <extracomment>label of optimizer.text_encoder_lr</extracomment>
            <translation>文字編碼器學習率</translation>
        </message>
        <message>
            <source>Learning rate of the text encoder's LoRA; usually half of the U-Net's (5e-5). Empty = the learning rate above.</source>
            <extracomment>help of optimizer.text_encoder_lr</extracomment>
            <translation>文字編碼器部分 LoRA 的學習率；通常為 U-Net 的一半（5e-5）。留空 = 使用上面的學習率。</translation>
        </message>
        <message>
            <source>Text encoder 2 learning rate</source>
            <extracomment>label of optimizer.text_encoder_lr2</extracomment>
            <translation>文字編碼器 2 學習率</translation>
        </message>
        <message>
            <source>SDXL only: learning rate of the second text encoder's LoRA (OpenCLIP bigG, which gives the pooled prompt); empty = the text encoder learning rate. sd-scripts' text_encoder_lr2.</source>
            <extracomment>help of optimizer.text_encoder_lr2</extracomment>
            <translation>僅 SDXL：第二個文字編碼器（OpenCLIP bigG，提供池化後的提示詞向量）部分 LoRA 的學習率；留空 = 使用文字編碼器學習率。對應 sd-scripts 的 text_encoder_lr2。</translation>
        </message>
        <message>
            <source>Max grad norm</source>
            <extracomment>label of optimizer.max_grad_norm</extracomment>
            <translation>最大梯度範數</translation>
        </message>
        <message>
            <source>Clip the gradient to this norm each step to stop sudden jumps. 0 turns clipping off. Leave at 1 unless you know why.</source>
            <extracomment>help of optimizer.max_grad_norm</extracomment>
            <translation>每步把梯度裁切到這個範數，防止突然跳變。0 關閉裁切。除非清楚原因，否則保持 1。</translation>
        </message>
        <message>
            <source>Optimizer arguments</source>
            <extracomment>label of optimizer.optimizer_args</extracomment>
            <translation>優化器參數</translation>
        </message>
        <message>
            <source>Extra 'name=value' arguments for the optimizer, e.g. 'weight_decay=0.01' or 'betas=0.9,0.99' (Prodigy: 'decouple=True', 'd_coef=2').</source>
            <extracomment>help of optimizer.optimizer_args</extracomment>
            <translation>傳給優化器的額外 'name=value' 參數，例如 'weight_decay=0.01' 或 'betas=0.9,0.99'（Prodigy：'decouple=True'、'd_coef=2'）。</translation>
        </message>
        <message>
            <source>EMA decay</source>
            <extracomment>label of optimizer.ema_decay</extracomment>
            <translation>EMA 衰減</translation>
        </message>
        <message>
            <source>Keep an exponential moving average of the LoRA's weights and save that instead of the last weights: smoother, less dependent on the last steps' images. 0.999 averages over about the last 1000 updates (it warms up over the first steps). Empty = off.</source>
            <extracomment>help of optimizer.ema_decay</extracomment>
            <translation>對 LoRA 權重做指數移動平均（EMA），儲存平均後的權重而不是最後的權重：更平滑，不那麼受最後幾步圖片的影響。0.999 大約是最近 1000 次更新的平均（最初幾步會逐漸預熱）。留空 = 關閉。</translation>
        </message>
        <message>
            <source>EMA every N steps</source>
            <extracomment>label of optimizer.ema_update_every</extracomment>
            <translation>EMA 每 N 步更新</translation>
        </message>
        <message>
            <source>Update the average every N optimizer steps (N times fewer updates, so the average spans N times more steps).</source>
            <extracomment>help of optimizer.ema_update_every</extracomment>
            <translation>每 N 個優化器步更新一次平均（更新次數少 N 倍，平均覆蓋的步數多 N 倍）。</translation>
        </message>
        <message>
            <source>Epochs</source>
            <extracomment>label of schedule.max_train_epochs</extracomment>
            <translation>訓練輪數（epoch）</translation>
        </message>
        <message>
            <source>Passes over the (repeated) training set. Overrides 'Max steps' when set.</source>
            <extracomment>help of schedule.max_train_epochs</extracomment>
            <translation>遍歷（含重複次數的）訓練集的輪數。設定後覆蓋「最大步數」。</translation>
        </message>
        <message>
            <source>Max steps</source>
            <extracomment>label of schedule.max_train_steps</extracomment>
            <translation>最大步數</translation>
        </message>
        <message>
            <source>Total optimizer steps when 'Epochs' is empty.</source>
            <extracomment>help of schedule.max_train_steps</extracomment>
            <translation>「訓練輪數（epoch）」留空時的優化器總步數。</translation>
        </message>
        <message>
            <source>Gradient accumulation</source>
            <extracomment>label of schedule.gradient_accumulation_steps</extracomment>
            <translation>梯度累積</translation>
        </message>
        <message>
            <source>Add up the gradients of N batches before each optimizer step: like an N times bigger batch without its VRAM (but slower, and not identical). Steps count optimizer steps.</source>
            <extracomment>help of schedule.gradient_accumulation_steps</extracomment>
            <translation>把 N 個批次的梯度累加起來再做一次優化器更新：相當於 N 倍大的批次而不需要相應的 VRAM（但更慢，也不完全等同）。步數按優化器步計算。</translation>
        </message>
        <message>
            <source>LR scheduler</source>
            <extracomment>label of schedule.lr_scheduler</extracomment>
            <translation>學習率調度器</translation>
        </message>
        <message>
            <source>How the learning rate changes over the run: constant, warm up then constant, fall linearly or along a cosine to 0, cosine with restarts, polynomial; 'adafactor' goes with the Adafactor optimizer.</source>
            <extracomment>help of schedule.lr_scheduler</extracomment>
            <translation>學習率在訓練過程中如何變化：constant 恆定；constant_with_warmup 先預熱再恆定；linear / cosine 線性或按餘弦曲線降到 0；cosine_with_restarts 帶重啟的餘弦；polynomial 多項式；'adafactor' 配合 Adafactor 優化器使用。</translation>
        </message>
        <message>
            <source>Warmup steps</source>
            <extracomment>label of schedule.lr_warmup_steps</extracomment>
            <translation>預熱步數</translation>
        </message>
        <message>
            <source>Steps over which the learning rate rises from 0. A value below 1 is a fraction of all steps (0.1 = 10%).</source>
            <extracomment>help of schedule.lr_warmup_steps</extracomment>
            <translation>學習率從 0 上升所用的步數。小於 1 的值表示佔總步數的比例（0.1 = 10%）。</translation>
        </message>
        <message>
            <source>LR cycles</source>
            <extracomment>label of schedule.lr_scheduler_num_cycles</extracomment>
            <translation>學習率重啟次數</translation>
        </message>
        <message>
            <source>Number of cosine restarts (cosine_with_restarts) over the run.</source>
            <extracomment>help of schedule.lr_scheduler_num_cycles</extracomment>
            <translation>訓練過程中餘弦重啟的次數（cosine_with_restarts）。</translation>
        </message>
        <message>
            <source>LR power</source>
            <extracomment>label of schedule.lr_scheduler_power</extracomment>
            <translation>學習率衰減冪次</translation>
        </message>
        <message>
            <source>Exponent of the polynomial decay; 1 = linear, higher falls faster early.</source>
            <extracomment>help of schedule.lr_scheduler_power</extracomment>
            <translation>多項式衰減的指數；1 = 線性，越大前期下降越快。</translation>
        </message>
        <message>
            <source>Stop text encoder at %</source>
            <extracomment>label of schedule.stop_text_encoder_training_pct</extracomment>
            <translation>文字編碼器停止訓練的百分比</translation>
        </message>
        <message>
            <source>Freeze the text encoder after this percentage of the steps and train only the U-Net for the rest; helps against over-fitting the trigger word. 0 = train it to the end.</source>
            <extracomment>help of schedule.stop_text_encoder_training_pct</extracomment>
            <translation>訓練到總步數的這個百分比後凍結文字編碼器，其餘部分只訓練 U-Net；有助於防止觸發詞過度擬合。0 = 一直訓練到結束。</translation>
        </message>
        <message>
            <source>Seed</source>
            <extracomment>label of schedule.seed</extracomment>
            <translation>隨機種子</translation>
        </message>
        <message>
            <source>Fixes every random choice (noise, shuffling, augmentation) so a run can be repeated exactly. Empty = a new random seed each run (it is recorded in the LoRA's metadata).</source>
            <extracomment>help of schedule.seed</extracomment>
            <translation>固定所有隨機選擇（雜訊、打亂、資料增強），使訓練可以完全復現。留空 = 每次訓練使用新的隨機種子（會記錄在 LoRA 的中繼資料中）。</translation>
        </message>
        <message>
            <source>Prior loss weight</source>
            <extracomment>label of loss.prior_loss_weight</extracomment>
            <translation>先驗損失權重</translation>
        </message>
        <message>
            <source>Weight of regularization images in the loss. Lower it (e.g. 0.5) if your subject does not come through; raise it if the class word drifts.</source>
            <extracomment>help of loss.prior_loss_weight</extracomment>
            <translation>正規化圖片在損失中的權重。訓練物件體現不出來時調低（例如 0.5）；類別詞發生漂移時調高。</translation>
        </message>
        <message>
            <source>Loss type</source>
            <extracomment>label of loss.loss_type</extracomment>
            <translation>損失類型</translation>
        </message>
        <message>
            <source>How a wrong prediction is punished. l2 (squared error) is the classic; huber and smooth_l1 punish big errors less, so odd images and noisy steps pull the LoRA around less (huber with the 'snr' schedule is the usual pick); l1 is plain absolute error.</source>
            <extracomment>help of loss.loss_type</extracomment>
            <translation>如何懲罰錯誤的預測。l2（平方誤差）是經典做法；huber 和 smooth_l1 對大誤差的懲罰更輕，因此異常圖片和雜訊大的步對 LoRA 的拉扯更小（通常選 huber 配合 'snr' 排程）；l1 是單純的絕對誤差。</translation>
        </message>
        <message>
            <source>Huber schedule</source>
            <extracomment>label of loss.huber_schedule</extracomment>
            <translation>Huber 排程</translation>
        </message>
        <message>
            <source>How the Huber threshold changes with the noise level: 'snr' (recommended) is close to l2 on almost clean images and robust on noisy ones; 'exponential' falls from 1 to Huber C over the timesteps; 'constant' keeps Huber C.</source>
            <extracomment>help of loss.huber_schedule</extracomment>
            <translation>Huber 閾值如何隨雜訊強度變化：'snr'（推薦）在幾乎無雜訊的圖片上接近 l2，在雜訊大的圖片上更穩健；'exponential' 隨時間步從 1 降到 Huber C；'constant' 固定為 Huber C。</translation>
        </message>
        <message>
            <source>Huber C</source>
            <extracomment>label of loss.huber_c</extracomment>
            <translation>Huber C</translation>
        </message>
        <message>
            <source>The Huber threshold: errors below it count as squared, above it as linear. 0.1 is the default; 0.05 often trains a little better, but it depends on the images.</source>
            <extracomment>help of loss.huber_c</extracomment>
            <translation>Huber 閾值：低於它的誤差按平方計算，高於它的按線性計算。預設 0.1；0.05 往往訓練效果稍好，但取決於圖片。</translation>
        </message>
        <message>
            <source>Huber scale</source>
            <extracomment>label of loss.huber_scale</extracomment>
            <translation>Huber 縮放</translation>
        </message>
        <message>
            <source>Multiplies the threshold of the 'constant' and 'exponential' schedules. Leave at 1.</source>
            <extracomment>help of loss.huber_scale</extracomment>
            <translation>乘到 'constant' 和 'exponential' 排程的閾值上。保持 1 即可。</translation>
        </message>
        <message>
            <source>Min SNR gamma</source>
            <extracomment>label of loss.min_snr_gamma</extracomment>
            <translation>Min SNR gamma</translation>
        </message>
        <message>
            <source>Weighs down the easy, almost noise-free timesteps so training converges faster and steadier (Min-SNR paper). 5 is the paper's and most users' value; empty = off.</source>
            <extracomment>help of loss.min_snr_gamma</extracomment>
            <translation>降低簡單的、幾乎無雜訊的時間步的權重，使訓練收斂更快更穩（Min-SNR 論文）。5 是論文和大多數人用的值；留空 = 關閉。</translation>
        </message>
        <message>
            <source>Debiased estimation</source>
            <extracomment>label of loss.debiased_estimation_loss</extracomment>
            <translation>去偏估計（debiased estimation）</translation>
        </message>
        <message>
            <source>Weighs each timestep by 1/√SNR (v-prediction: 1/(SNR+1)), a stronger cousin of Min SNR gamma that evens out the noise levels' pull. Usually one of the two, not both.</source>
            <extracomment>help of loss.debiased_estimation_loss</extracomment>
            <translation>按 1/√SNR（v-prediction：1/(SNR+1)）給每個時間步加權，作用比 Min SNR gamma 更強，使各雜訊強度的影響更均衡。兩者通常只用其一。</translation>
        </message>
        <message>
            <source>Scale v-pred loss like noise-pred</source>
            <extracomment>label of loss.scale_v_pred_loss_like_noise_pred</extracomment>
            <translation>按雜訊預測方式縮放 v-pred 損失</translation>
        </message>
        <message>
            <source>For v-prediction models (SD 2.x 768-v): weigh the loss per timestep as an ε-prediction model's loss would be, which helps details.</source>
            <extracomment>help of loss.scale_v_pred_loss_like_noise_pred</extracomment>
            <translation>用於 v-prediction 模型（SD 2.x 768-v）：按 ε 預測模型的方式給每個時間步的損失加權，有助於細節。</translation>
        </message>
        <message>
            <source>V-pred-like loss</source>
            <extracomment>label of loss.v_pred_like_loss</extracomment>
            <translation>類 v-pred 損失</translation>
        </message>
        <message>
            <source>For ε-prediction models: add this much of a v-prediction-like loss (more weight on noisy timesteps, i.e. composition and colour). 0.1–0.3 is typical; empty = off.</source>
            <extracomment>help of loss.v_pred_like_loss</extracomment>
            <translation>用於 ε 預測模型：額外加上這麼多類似 v-prediction 的損失（更重視雜訊大的時間步，即構圖和顏色）。常用 0.1–0.3；留空 = 關閉。</translation>
        </message>
        <message>
            <source>Masked loss</source>
            <extracomment>label of loss.masked_loss</extracomment>
            <translation>遮罩損失</translation>
        </message>
        <message>
            <source>Train only where each image's mask is white (grey = partly): the background or a watermark does not end up in the LoRA. Masks come from a mask image per training image or from the alpha channel.</source>
            <extracomment>help of loss.masked_loss</extracomment>
            <translation>只在每張圖片遮罩為白色的區域訓練（灰色 = 部分訓練）：背景或水印不會被學進 LoRA。遮罩來自每張訓練圖片對應的遮罩圖，或來自透明通道。</translation>
        </message>
        <message>
            <source>Noise offset</source>
            <extracomment>label of noise.noise_offset</extracomment>
            <translation>雜訊偏移</translation>
        </message>
        <message>
            <source>Adds a random brightness shift to the training noise, so the LoRA can make much darker or brighter images than the base model. 0.05–0.1 is common (0.0357 in some SDXL recipes); empty = off.</source>
            <extracomment>help of noise.noise_offset</extracomment>
            <translation>給訓練雜訊加上隨機的整體亮度偏移，使 LoRA 能生成比底模暗得多或亮得多的圖片。常用 0.05–0.1（部分 SDXL 配方用 0.0357）；留空 = 關閉。</translation>
        </message>
        <message>
            <source>Random offset strength</source>
            <extracomment>label of noise.noise_offset_random_strength</extracomment>
            <translation>隨機偏移強度</translation>
        </message>
        <message>
            <source>Draw the offset's strength from 0 to 'Noise offset' every step instead of using it as is.</source>
            <extracomment>help of noise.noise_offset_random_strength</extracomment>
            <translation>每步在 0 到「雜訊偏移」之間隨機取偏移強度，而不是直接使用該值。</translation>
        </message>
        <message>
            <source>Adaptive noise scale</source>
            <extracomment>label of noise.adaptive_noise_scale</extracomment>
            <translation>自適應雜訊縮放</translation>
        </message>
        <message>
            <source>Adds this times each latent channel's mean brightness to the noise offset (about a tenth of the offset, e.g. 0.00357 with 0.0357). -1 to 1; empty = off.</source>
            <extracomment>help of noise.adaptive_noise_scale</extracomment>
            <translation>把這個係數乘以每個潛變數通道的平均亮度後加到雜訊偏移上（約為偏移的十分之一，例如偏移 0.0357 時用 0.00357）。範圍 -1 到 1；留空 = 關閉。</translation>
        </message>
        <message>
            <source>Multires noise iterations</source>
            <extracomment>label of noise.multires_noise_iterations</extracomment>
            <translation>多解析度雜訊迭代次數</translation>
        </message>
        <message>
            <source>Adds noise at several coarser resolutions ('pyramid noise'): helps larger shapes and contrast. 6–10 is common; empty = off.</source>
            <extracomment>help of noise.multires_noise_iterations</extracomment>
            <translation>在多個更粗的解析度上疊加雜訊（「金字塔雜訊」）：有助於較大的形狀和對比度。常用 6–10；留空 = 關閉。</translation>
        </message>
        <message>
            <source>Multires noise discount</source>
            <extracomment>label of noise.multires_noise_discount</extracomment>
            <translation>多解析度雜訊衰減</translation>
        </message>
        <message>
            <source>How much weaker each coarser level of the multires noise is (0.3 is the usual; smaller = subtler).</source>
            <extracomment>help of noise.multires_noise_discount</extracomment>
            <translation>多解析度雜訊每往粗一級減弱多少（常用 0.3；越小越輕微）。</translation>
        </message>
        <message>
            <source>IP noise gamma</source>
            <extracomment>label of noise.ip_noise_gamma</extracomment>
            <translation>IP 雜訊 gamma</translation>
        </message>
        <message>
            <source>Input perturbation: the model sees slightly more noise than it has to predict, which regularises training. 0.1 is recommended; empty = off.</source>
            <extracomment>help of noise.ip_noise_gamma</extracomment>
            <translation>輸入擾動：模型看到的雜訊比它要預測的稍多一些，起到正規化作用。推薦 0.1；留空 = 關閉。</translation>
        </message>
        <message>
            <source>Random IP noise strength</source>
            <extracomment>label of noise.ip_noise_gamma_random_strength</extracomment>
            <translation>隨機 IP 雜訊強度</translation>
        </message>
        <message>
            <source>Draw the perturbation's strength from 0 to 'IP noise gamma' every step.</source>
            <extracomment>help of noise.ip_noise_gamma_random_strength</extracomment>
            <translation>每步在 0 到「IP 雜訊 gamma」之間隨機取擾動強度。</translation>
        </message>
        <message>
            <source>Min timestep</source>
            <extracomment>label of noise.min_timestep</extracomment>
            <translation>最小時間步</translation>
        </message>
        <message>
            <source>Train only on noise levels from this timestep up (0–999; empty = 0). Raising it leaves out the fine details; mostly for LoRAs meant for img2img.</source>
            <extracomment>help of noise.min_timestep</extracomment>
            <translation>只在從這個時間步往上的雜訊強度上訓練（0–999；留空 = 0）。調高會跳過精細細節；主要用於圖生圖（img2img）的 LoRA。</translation>
        </message>
        <message>
            <source>Max timestep</source>
            <extracomment>label of noise.max_timestep</extracomment>
            <translation>最大時間步</translation>
        </message>
        <message>
            <source>Train only on noise levels below this timestep (1–1000; empty = 1000). Lowering it leaves out composition, for LoRAs meant for img2img or detail.</source>
            <extracomment>help of noise.max_timestep</extracomment>
            <translation>只在低於這個時間步的雜訊強度上訓練（1–1000；留空 = 1000）。調低會跳過構圖，用於圖生圖（img2img）或細節類 LoRA。</translation>
        </message>
        <message>
            <source>Zero terminal SNR</source>
            <extracomment>label of noise.zero_terminal_snr</extracomment>
            <translation>零終端訊雜比（zero terminal SNR）</translation>
        </message>
        <message>
            <source>Rescale the noise schedule so the last timestep is pure noise (Lin et al. 2023): fixes washed-out darks and lights, but only for v-prediction models trained this way.</source>
            <extracomment>help of noise.zero_terminal_snr</extracomment>
            <translation>重新縮放雜訊排程，使最後一個時間步為純雜訊（Lin et al. 2023）：修復暗部和亮部發灰的問題，但只適用於以這種方式訓練的 v-prediction 模型。</translation>
        </message>
        <message>
            <source>Mixed precision</source>
            <extracomment>label of precision.mixed_precision</extracomment>
            <translation>混合精度</translation>
        </message>
        <message>
            <source>Compute in 16 bit: fp16 on any NVIDIA GPU, bf16 on RTX 30xx and newer (no overflow to NaN). 'no' trains in 32 bit; on a CPU fp16 falls back to 32 bit.</source>
            <extracomment>help of precision.mixed_precision</extracomment>
            <translation>用 16 位計算：fp16 適用於所有 NVIDIA 顯示卡，bf16 適用於 RTX 30xx 及更新的顯示卡（不會溢位成 NaN）。'no' 用 32 位訓練；在 CPU 上 fp16 會退回 32 位。</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <extracomment>label of precision.gradient_checkpointing</extracomment>
            <translation>梯度檢查點</translation>
        </message>
        <message>
            <source>Recompute activations in the backward pass: much less VRAM, about 20–30% slower, same result.</source>
            <extracomment>help of precision.gradient_checkpointing</extracomment>
            <translation>在反向傳播時重新計算激活值：VRAM 佔用大幅減少，速度慢約 20–30%，結果相同。</translation>
        </message>
        <message>
            <source>Keep costly results when checkpointing</source>
            <extracomment>label of precision.selective_checkpointing</extracomment>
            <translation>檢查點保留高代價結果</translation>
        </message>
        <message>
            <source>Gradient checkpointing that keeps what is costly to recompute (convolutions, attention, the feed-forward output layers, the LoRA's down projections) and recomputes only the cheap rest: half of the recomputed arithmetic is skipped, for more VRAM (SDXL at 1024 px: about 0.9 GB per image of the batch; SD 1.5 at 512 px: about 0.1 GB). Same result.</source>
            <extracomment>help of precision.selective_checkpointing</extracomment>
            <translation>一種梯度檢查點：保留重算代價高的結果（卷積、注意力、前饋輸出層、LoRA 的 down 投影），只重算便宜的其餘部分：省去一半的重算計算量，代價是更多顯示記憶體（SDXL 1024 px：批次中每張圖約 0.9 GB；SD 1.5 512 px：約 0.1 GB）。結果相同。</translation>
        </message>
        <message>
            <source>Fast attention (SDPA)</source>
            <extracomment>label of precision.sdpa</extracomment>
            <translation>快速注意力（SDPA）</translation>
        </message>
        <message>
            <source>Use PyTorch's scaled-dot-product attention (memory-efficient kernels). Turn off only to debug.</source>
            <extracomment>help of precision.sdpa</extracomment>
            <translation>使用 PyTorch 的 scaled-dot-product attention（省 VRAM 的計算核）。只在除錯時關閉。</translation>
        </message>
        <message>
            <source>xformers attention</source>
            <extracomment>label of precision.xformers</extracomment>
            <translation>xformers 注意力</translation>
        </message>
        <message>
            <source>Use xformers' memory-efficient attention instead of SDPA. Only when the xformers package is installed; with PyTorch 2 SDPA is about as fast and needs nothing extra.</source>
            <extracomment>help of precision.xformers</extracomment>
            <translation>用 xformers 的省 VRAM 注意力代替 SDPA。僅在安裝了 xformers 套件時可用；PyTorch 2 的 SDPA 速度差不多，而且不需要額外安裝。</translation>
        </message>
        <message>
            <source>fp8 base weights</source>
            <extracomment>label of precision.fp8_base</extracomment>
            <translation>底模權重用 fp8</translation>
        </message>
        <message>
            <source>Store the frozen U-Net's weights in 8 bit (float8) and widen each layer only while it computes: the U-Net takes half the VRAM of 16 bit (SDXL: about 2.6 GB instead of 5.1 GB), the LoRA trains as usual. Slightly lower quality than 16-bit weights; needs PyTorch 2.1+.</source>
            <extracomment>help of precision.fp8_base</extracomment>
            <translation>把凍結的 U-Net 權重以 8 位（float8）儲存，每層只在計算時臨時轉為高精度：U-Net 佔用的 VRAM 只有 16 位的一半（SDXL：約 2.6 GB 而不是 5.1 GB），LoRA 照常訓練。品質比 16 位權重略低；需要 PyTorch 2.1+。</translation>
        </message>
        <message>
            <source>Full fp16 LoRA</source>
            <extracomment>label of precision.full_fp16</extracomment>
            <translation>LoRA 完全 fp16</translation>
        </message>
        <message>
            <source>Keep the LoRA's own weights, gradients and optimizer state in fp16 too (not only the computations). Saves a little VRAM; can be unstable. Needs mixed precision fp16 and a CUDA GPU.</source>
            <extracomment>help of precision.full_fp16</extracomment>
            <translation>LoRA 自身的權重、梯度和優化器狀態也用 fp16 儲存（不只是計算）。略微省 VRAM；可能不穩定。需要混合精度為 fp16，並且有 CUDA 顯示卡。</translation>
        </message>
        <message>
            <source>Full bf16 LoRA</source>
            <extracomment>label of precision.full_bf16</extracomment>
            <translation>LoRA 完全 bf16</translation>
        </message>
        <message>
            <source>Keep the LoRA's own weights, gradients and optimizer state in bf16. Saves a little VRAM; best with an optimizer that copes with bf16 (Adafactor, AdamW8bit). Needs mixed precision bf16.</source>
            <extracomment>help of precision.full_bf16</extracomment>
            <translation>LoRA 自身的權重、梯度和優化器狀態用 bf16 儲存。略微省 VRAM；最好配合能適應 bf16 的優化器（Adafactor、AdamW8bit）。需要混合精度為 bf16。</translation>
        </message>
        <message>
            <source>VAE in 32 bit</source>
            <extracomment>label of precision.no_half_vae</extracomment>
            <translation>VAE 使用 32 位</translation>
        </message>
        <message>
            <source>Encode images with the VAE in 32 bit even when training in fp16/bf16. The SDXL VAE overflows in fp16 (black or NaN latents); Danlu then re-encodes in 32 bit by itself, this makes it the rule.</source>
            <extracomment>help of precision.no_half_vae</extracomment>
            <translation>即使用 fp16/bf16 訓練，也用 32 位的 VAE 編碼圖片。SDXL 的 VAE 在 fp16 下會溢位（潛變數全黑或 NaN）；這時 Danlu 會自動用 32 位重新編碼，開啟此項則始終如此。</translation>
        </message>
        <message>
            <source>Fused backward pass</source>
            <extracomment>label of precision.fused_backward_pass</extracomment>
            <translation>融合反向傳播</translation>
        </message>
        <message>
            <source>Adafactor only: update each weight as soon as its gradient is ready and free the gradient at once, instead of holding all gradients until the step. Less VRAM; no gradient accumulation, no fp16.</source>
            <extracomment>help of precision.fused_backward_pass</extracomment>
            <translation>僅限 Adafactor：每個權重的梯度一算好就立即更新並釋放該梯度，而不是把所有梯度保留到這一步結束。更省 VRAM；不能使用梯度累積，不能使用 fp16。</translation>
        </message>
        <message>
            <source>Low RAM</source>
            <extracomment>label of precision.lowram</extracomment>
            <translation>低記憶體模式</translation>
        </message>
        <message>
            <source>Load the base model straight into VRAM instead of system RAM first: for machines with more VRAM than RAM (Colab, Kaggle). Ignored without a CUDA GPU.</source>
            <extracomment>help of precision.lowram</extracomment>
            <translation>把底模直接載入到 VRAM，而不是先載入到系統記憶體：適用於 VRAM 比記憶體大的機器（Colab、Kaggle）。沒有 CUDA 顯示卡時忽略。</translation>
        </message>
        <message>
            <source>CUDA graphs</source>
            <extracomment>label of precision.cuda_graphs</extracomment>
            <translation>CUDA 圖</translation>
        </message>
        <message>
            <source>Record the U-Net's forward and backward pass once per image size and replay them: the CPU no longer issues the tens of thousands of small GPU operations of a LoRA step one by one, which is what limits a step on a fast GPU (SDXL on an H100: batch 1 about 4.8x as fast, batch 8 1.4x). Same result. The first step of each bucket size is slower (it records), and the recordings keep more VRAM (SDXL: about 1 GB at batch 1, about 7 GB at batch 8). One CUDA GPU, plain LoRA without dropouts.</source>
            <extracomment>help of precision.cuda_graphs</extracomment>
            <translation>每種圖片尺寸把 U-Net 的前向和反向傳播錄製一次，之後直接重放：CPU 不必再逐個下發 LoRA 每一步裡成千上萬個小的 GPU 操作，而在快顯示卡上限制速度的正是這一點（H100 上訓練 SDXL：批次 1 約快到 4.8 倍，批次 8 約 1.4 倍）。結果相同。每個分桶尺寸的第一步會慢一些（在錄製），錄製內容會多佔顯示記憶體（SDXL：批次 1 約 1 GB，批次 8 約 7 GB）。僅限單張 CUDA 顯示卡、不帶 dropout 的普通 LoRA。</translation>
        </message>
        <message>
            <source>16-bit norms</source>
            <extracomment>label of precision.norms_16bit</extracomment>
            <translation>16 位歸一化層</translation>
        </message>
        <message>
            <source>Compute the U-Net's group and layer norms in 16 bit like the layers around them, instead of widening every activation to 32 bit and back as mixed precision does by default. The norms still add up in 32 bit inside, so only the last digit of their output changes (SDXL batch 8 on an H100: about 1.2x as fast with CUDA graphs). Needs mixed precision fp16 or bf16.</source>
            <extracomment>help of precision.norms_16bit</extracomment>
            <translation>讓 U-Net 的 GroupNorm 和 LayerNorm 像周圍的層一樣用 16 位計算，而不是像混合精度預設那樣把每個激活值先擴成 32 位再轉回來。歸一化內部仍用 32 位累加，所以輸出只差最後一位（H100 上 SDXL 批次 8、配合 CUDA 圖：約快 1.2 倍）。需要混合精度 fp16 或 bf16。</translation>
        </message>
        <message>
            <source>Output folder</source>
            <extracomment>label of saving.output_dir</extracomment>
            <translation>輸出資料夾</translation>
        </message>
        <message>
            <source>Where the LoRA files go, relative to the run folder.</source>
            <extracomment>help of saving.output_dir</extracomment>
            <translation>LoRA 檔案的儲存位置，相對於訓練執行資料夾。</translation>
        </message>
        <message>
            <source>Output name</source>
            <extracomment>label of saving.output_name</extracomment>
            <translation>輸出檔名</translation>
        </message>
        <message>
            <source>File name of the LoRA without extension; checkpoints get '-000004' (epoch) or '-step00000500' added.</source>
            <extracomment>help of saving.output_name</extracomment>
            <translation>LoRA 的檔名（不含附檔名）；中間存檔會加上 '-000004'（輪數）或 '-step00000500'。</translation>
        </message>
        <message>
            <source>File format</source>
            <extracomment>label of saving.save_model_as</extracomment>
            <translation>檔案格式</translation>
        </message>
        <message>
            <source>LoRAs are saved as .safetensors (loads in A1111, Forge, ComfyUI and diffusers).</source>
            <extracomment>help of saving.save_model_as</extracomment>
            <translation>LoRA 儲存為 .safetensors（A1111、Forge、ComfyUI 和 diffusers 都能載入）。</translation>
        </message>
        <message>
            <source>Save precision</source>
            <extracomment>label of saving.save_precision</extracomment>
            <translation>儲存精度</translation>
        </message>
        <message>
            <source>Precision of the saved weights: fp16 halves the file with no visible loss.</source>
            <extracomment>help of saving.save_precision</extracomment>
            <translation>儲存權重的精度：fp16 讓檔案減半，看不出損失。</translation>
        </message>
        <message>
            <source>Save every N epochs</source>
            <extracomment>label of saving.save_every_n_epochs</extracomment>
            <translation>每 N 輪儲存一次</translation>
        </message>
        <message>
            <source>Also save a checkpoint after every N epochs, to compare them later in a grid.</source>
            <extracomment>help of saving.save_every_n_epochs</extracomment>
            <translation>每 N 輪額外儲存一個中間存檔，便於之後在對比圖中比較。</translation>
        </message>
        <message>
            <source>Save every N steps</source>
            <extracomment>label of saving.save_every_n_steps</extracomment>
            <translation>每 N 步儲存一次</translation>
        </message>
        <message>
            <source>Also save a checkpoint every N steps.</source>
            <extracomment>help of saving.save_every_n_steps</extracomment>
            <translation>每 N 步額外儲存一個中間存檔。</translation>
        </message>
        <message>
            <source>Keep last N epoch saves</source>
            <extracomment>label of saving.save_last_n_epochs</extracomment>
            <translation>只保留最近 N 輪的存檔</translation>
        </message>
        <message>
            <source>Delete older epoch checkpoints, keeping the last N.</source>
            <extracomment>help of saving.save_last_n_epochs</extracomment>
            <translation>刪除較早的按輪存檔，只保留最近 N 個。</translation>
        </message>
        <message>
            <source>Keep saves of last N steps</source>
            <extracomment>label of saving.save_last_n_steps</extracomment>
            <translation>只保留最近 N 步內的存檔</translation>
        </message>
        <message>
            <source>Delete step checkpoints older than N steps.</source>
            <extracomment>help of saving.save_last_n_steps</extracomment>
            <translation>刪除早於 N 步之前的按步存檔。</translation>
        </message>
        <message>
            <source>Save training state</source>
            <extracomment>label of saving.save_state</extracomment>
            <translation>儲存訓練狀態</translation>
        </message>
        <message>
            <source>With every checkpoint (every N epochs / steps, 'save now', cancel) also save the full training state to a '&lt;name&gt;-...-state' folder: LoRA weights, optimizer, learning-rate schedule, random generators and the position in the data. 'Resume from state' then continues the run exactly as if it had never stopped. Costs about 3x the LoRA's size per save.</source>
            <extracomment>help of saving.save_state</extracomment>
            <translation>每次儲存存檔時（每 N 輪/步、「立即儲存」、取消時）同時把完整訓練狀態儲存到 '&lt;name&gt;-...-state' 資料夾：LoRA 權重、優化器、學習率調度、隨機數生成器以及資料讀取位置。之後用「從狀態繼續訓練」可以完全接著訓練，就像從未中斷過一樣。每次儲存約佔 LoRA 大小的 3 倍。</translation>
        </message>
        <message>
            <source>Keep last N epoch states</source>
            <extracomment>label of saving.save_last_n_epochs_state</extracomment>
            <translation>只保留最近 N 輪的狀態</translation>
        </message>
        <message>
            <source>Delete older epoch states, keeping the last N (empty = as 'Keep last N epoch saves').</source>
            <extracomment>help of saving.save_last_n_epochs_state</extracomment>
            <translation>刪除較早的按輪狀態，只保留最近 N 個（留空 = 與「只保留最近 N 輪的存檔」相同）。</translation>
        </message>
        <message>
            <source>Keep states of last N steps</source>
            <extracomment>label of saving.save_last_n_steps_state</extracomment>
            <translation>只保留最近 N 步內的狀態</translation>
        </message>
        <message>
            <source>Delete step states older than N steps (empty = as 'Keep saves of last N steps').</source>
            <extracomment>help of saving.save_last_n_steps_state</extracomment>
            <translation>刪除早於 N 步之前的按步狀態（留空 = 與「只保留最近 N 步內的存檔」相同）。</translation>
        </message>
        <message>
            <source>Save state at the end</source>
            <extracomment>label of saving.save_state_on_train_end</extracomment>
            <translation>結束時儲存狀態</translation>
        </message>
        <message>
            <source>Also save the training state when the run finishes, so it can later be continued with more epochs.</source>
            <extracomment>help of saving.save_state_on_train_end</extracomment>
            <translation>訓練結束時也儲存訓練狀態，以便之後增加輪數繼續訓練。</translation>
        </message>
        <message>
            <source>Resume from state</source>
            <extracomment>label of saving.resume</extracomment>
            <translation>從狀態繼續訓練</translation>
        </message>
        <message>
            <source>A '&lt;name&gt;-...-state' folder saved by 'Save training state': the run continues from there with the same optimizer, schedule, step count, random numbers and data order, exactly as if it had never stopped. Not the same as 'Start from LoRA' (network_weights), which only loads LoRA weights into a new run.</source>
            <extracomment>help of saving.resume</extracomment>
            <translation>由「儲存訓練狀態」儲存的 '&lt;name&gt;-...-state' 資料夾：訓練從那裡繼續，優化器、排程、步數、隨機數和資料順序都與原來相同，就像從未中斷過一樣。與「從已有 LoRA 開始」（network_weights）不同，後者只是把 LoRA 權重載入一次新的訓練。</translation>
        </message>
        <message>
            <source>No metadata</source>
            <extracomment>label of saving.no_metadata</extracomment>
            <translation>不寫中繼資料</translation>
        </message>
        <message>
            <source>Save the LoRA without training information (folders, tags, settings) in its header.</source>
            <extracomment>help of saving.no_metadata</extracomment>
            <translation>儲存 LoRA 時不在檔案頭中寫入訓練資訊（資料夾、標籤、設定）。</translation>
        </message>
        <message>
            <source>Comment</source>
            <extracomment>label of saving.training_comment</extracomment>
            <translation>備註</translation>
        </message>
        <message>
            <source>Free text stored in the LoRA's metadata.</source>
            <extracomment>help of saving.training_comment</extracomment>
            <translation>寫入 LoRA 中繼資料的任意文字。</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>label of saving.metadata_title</extracomment>
            <translation>標題</translation>
        </message>
        <message>
            <source>Title shown on model sites; empty = the output name.</source>
            <extracomment>help of saving.metadata_title</extracomment>
            <translation>在模型網站上顯示的標題；留空 = 使用輸出檔名。</translation>
        </message>
        <message>
            <source>Author</source>
            <extracomment>label of saving.metadata_author</extracomment>
            <translation>作者</translation>
        </message>
        <message>
            <source>Your name, stored in the LoRA.</source>
            <extracomment>help of saving.metadata_author</extracomment>
            <translation>你的名字，寫入 LoRA 中。</translation>
        </message>
        <message>
            <source>Description</source>
            <extracomment>label of saving.metadata_description</extracomment>
            <translation>描述</translation>
        </message>
        <message>
            <source>What the LoRA does and how to prompt it.</source>
            <extracomment>help of saving.metadata_description</extracomment>
            <translation>這個 LoRA 的作用以及提示詞怎麼寫。</translation>
        </message>
        <message>
            <source>License</source>
            <extracomment>label of saving.metadata_license</extracomment>
            <translation>許可證</translation>
        </message>
        <message>
            <source>License of the LoRA, e.g. 'CreativeML Open RAIL-M'.</source>
            <extracomment>help of saving.metadata_license</extracomment>
            <translation>LoRA 的許可證，例如 'CreativeML Open RAIL-M'。</translation>
        </message>
        <message>
            <source>Tags</source>
            <extracomment>label of saving.metadata_tags</extracomment>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Comma-separated tags for model sites.</source>
            <extracomment>help of saving.metadata_tags</extracomment>
            <translation>用於模型網站的標籤，逗號分隔。</translation>
        </message>
        <message>
            <source>Sample every N steps</source>
            <extracomment>label of sample.sample_every_n_steps</extracomment>
            <translation>每 N 步出樣圖</translation>
        </message>
        <message>
            <source>Render the sample prompts with the LoRA as it is every N steps (ignored when 'Sample every N epochs' is set, as in sd-scripts).</source>
            <extracomment>help of sample.sample_every_n_steps</extracomment>
            <translation>每 N 步用當前的 LoRA 渲染樣圖提示詞（設定了「每 N 輪出樣圖」時忽略，與 sd-scripts 一致）。</translation>
        </message>
        <message>
            <source>Sample every N epochs</source>
            <extracomment>label of sample.sample_every_n_epochs</extracomment>
            <translation>每 N 輪出樣圖</translation>
        </message>
        <message>
            <source>Render the sample prompts after every N epochs, to watch the LoRA learn (images go to 'samples/').</source>
            <extracomment>help of sample.sample_every_n_epochs</extracomment>
            <translation>每 N 輪渲染一次樣圖提示詞，觀察 LoRA 的學習過程（圖片儲存在 'samples/'）。</translation>
        </message>
        <message>
            <source>Sample before training</source>
            <extracomment>label of sample.sample_at_first</extracomment>
            <translation>訓練前先出樣圖</translation>
        </message>
        <message>
            <source>Also render the prompts before the first step: the base model's images, to compare against.</source>
            <extracomment>help of sample.sample_at_first</extracomment>
            <translation>在第一步之前也渲染一次提示詞：即底模本身的出圖，用作對比。</translation>
        </message>
        <message>
            <source>Sample prompts</source>
            <extracomment>label of sample.sample_prompts</extracomment>
            <translation>樣圖提示詞</translation>
        </message>
        <message>
            <source>A prompt file in sd-scripts' format: one prompt per line, options '--n' negative prompt, '--w'/'--h' size, '--d' seed, '--l' CFG scale, '--s' steps, '--ss' sampler. Each prompt keeps its seed all run long (the run's seed + its line number unless '--d' is given), so the samples show the LoRA changing, not the noise.</source>
            <extracomment>help of sample.sample_prompts</extracomment>
            <translation>sd-scripts 格式的提示詞檔案：每行一條提示詞，選項有 '--n' 反向提示詞、'--w'/'--h' 尺寸、'--d' 種子、'--l' CFG 強度、'--s' 步數、'--ss' 取樣器。每條提示詞在整個訓練中使用固定的種子（未給 '--d' 時為本次訓練的種子加上行號），所以樣圖體現的是 LoRA 的變化，而不是雜訊的變化。</translation>
        </message>
        <message>
            <source>Sampler</source>
            <extracomment>label of sample.sample_sampler</extracomment>
            <translation>取樣器</translation>
        </message>
        <message>
            <source>Sampler of the samples unless a prompt sets '--ss'. euler_a and dpmsolver++_karras (DPM++ 2M Karras) look good in 20–30 steps.</source>
            <extracomment>help of sample.sample_sampler</extracomment>
            <translation>樣圖使用的取樣器（提示詞中用 '--ss' 指定的除外）。euler_a 和 dpmsolver++_karras（DPM++ 2M Karras）在 20–30 步時效果就不錯。</translation>
        </message>
        <message>
            <source>TensorBoard folder</source>
            <extracomment>label of logging.logging_dir</extracomment>
            <translation>TensorBoard 資料夾</translation>
        </message>
        <message>
            <source>TensorBoard logs (loss, learning rate) go here, relative to the run folder. Empty = no TensorBoard.</source>
            <extracomment>help of logging.logging_dir</extracomment>
            <translation>TensorBoard 日誌（損失、學習率）儲存在這裡，相對於訓練執行資料夾。留空 = 不使用 TensorBoard。</translation>
        </message>
        <message>
            <source>Loss average window</source>
            <extracomment>label of logging.loss_average_window</extracomment>
            <translation>損失平均視窗</translation>
        </message>
        <message>
            <source>Steps in the moving average of the loss shown beside the raw loss.</source>
            <extracomment>help of logging.loss_average_window</extracomment>
            <translation>與原始損失並列顯示的損失移動平均所含的步數。</translation>
        </message>
        <message>
            <source>Processes</source>
            <extracomment>label of launch.num_processes</extracomment>
            <translation>程序數</translation>
        </message>
        <message>
            <source>Training processes, one per GPU. More than 1 starts the run through 'accelerate launch': each process trains 'Batch size' images per step, so a step sees processes x batch size images, and the result is that of one process with that bigger batch.</source>
            <extracomment>help of launch.num_processes</extracomment>
            <translation>訓練程序數，每張顯示卡一個。大於 1 時透過 'accelerate launch' 啟動訓練：每個程序每步訓練「批次大小（batch size）」張圖片，所以一步看到的圖片數為 程序數 x 批次大小，結果與單個程序使用這個更大批次時相同。</translation>
        </message>
        <message>
            <source>Machines</source>
            <extracomment>label of launch.num_machines</extracomment>
            <translation>機器數</translation>
        </message>
        <message>
            <source>Computers taking part in the run. Keep 1 unless you run Danlu on every machine with the same run folder; the others need '--main_process_ip' and '--machine_rank' in the extra arguments.</source>
            <extracomment>help of launch.num_machines</extracomment>
            <translation>參與訓練的電腦數量。保持 1，除非你在每臺機器上用同一個執行資料夾執行 Danlu；其他機器需要在額外參數中寫 '--main_process_ip' 和 '--machine_rank'。</translation>
        </message>
        <message>
            <source>GPU IDs</source>
            <extracomment>label of launch.gpu_ids</extracomment>
            <translation>GPU 編號</translation>
        </message>
        <message>
            <source>Which GPUs to use, comma-separated, counting from 0 (e.g. '0,1'). Empty = all.</source>
            <extracomment>help of launch.gpu_ids</extracomment>
            <translation>要使用的顯示卡，逗號分隔，從 0 開始編號（例如 '0,1'）。留空 = 全部。</translation>
        </message>
        <message>
            <source>Main process port</source>
            <extracomment>label of launch.main_process_port</extracomment>
            <translation>主程序埠</translation>
        </message>
        <message>
            <source>Network port the processes meet on (accelerate's default 29500 when empty). Change it when two runs share a machine.</source>
            <extracomment>help of launch.main_process_port</extracomment>
            <translation>各程序相互連線的網路埠（留空時為 accelerate 預設的 29500）。兩個訓練共用一臺機器時修改它。</translation>
        </message>
        <message>
            <source>Dynamo backend</source>
            <extracomment>label of launch.dynamo_backend</extracomment>
            <translation>Dynamo 後端</translation>
        </message>
        <message>
            <source>Compile the U-Net with torch.compile and this backend ('inductor' is the fast one; it needs a C compiler and its first steps are slow). 'no' unless you know it helps on your GPU.</source>
            <extracomment>help of launch.dynamo_backend</extracomment>
            <translation>用 torch.compile 和這個後端編譯 U-Net（'inductor' 是快的那個；它需要 C 編譯器，而且最初幾步很慢）。除非確定它對你的顯示卡有幫助，否則選 'no'。</translation>
        </message>
        <message>
            <source>Compile block by block</source>
            <extracomment>label of launch.compile_blocks</extracomment>
            <translation>逐區塊編譯</translation>
        </message>
        <message>
            <source>Compile each transformer and ResNet block of the U-Net on its own instead of the whole U-Net: blocks of one shape share their compiled code, and the blocks can run inside CUDA graphs (precision.cuda_graphs), which a U-Net compiled whole cannot.</source>
            <extracomment>help of launch.compile_blocks</extracomment>
            <translation>把 U-Net 的每個 Transformer 區塊和 ResNet 區塊分別編譯，而不是整個 U-Net 一起編譯：形狀相同的區塊共用編譯好的程式碼，而且這些區塊可以在 CUDA 圖（precision.cuda_graphs）裡執行，整體編譯的 U-Net 不行。</translation>
        </message>
        <message>
            <source>Extra accelerate arguments</source>
            <extracomment>label of launch.extra_accelerate_launch_args</extracomment>
            <translation>額外的 accelerate 參數</translation>
        </message>
        <message>
            <source>More 'accelerate launch' options, as on a command line (e.g. '--main_process_ip 10.0.0.2 --machine_rank 0'). Used only when the run goes through accelerate launch.</source>
            <extracomment>help of launch.extra_accelerate_launch_args</extracomment>
            <translation>更多 'accelerate launch' 選項，寫法與命令列相同（例如 '--main_process_ip 10.0.0.2 --machine_rank 0'）。只在透過 accelerate launch 執行時使用。</translation>
        </message>
        <message>
            <source>Hugging Face repo</source>
            <extracomment>label of hub.huggingface_repo_id</extracomment>
            <translation>Hugging Face 儲存庫</translation>
        </message>
        <message>
            <source>Upload the finished LoRA to this Hugging Face repo ('user/name'); empty = no upload. The access token comes from 'huggingface-cli login' (or the HF_TOKEN variable) and is never written into the run's files.</source>
            <extracomment>help of hub.huggingface_repo_id</extracomment>
            <translation>把訓練完成的 LoRA 上傳到這個 Hugging Face 儲存庫（'user/name'）；留空 = 不上傳。存取權杖來自 'huggingface-cli login'（或 HF_TOKEN 環境變數），不會寫入執行檔案中。</translation>
        </message>
        <message>
            <source>Repo type</source>
            <extracomment>label of hub.huggingface_repo_type</extracomment>
            <translation>儲存庫類型</translation>
        </message>
        <message>
            <source>Kind of repo to upload to.</source>
            <extracomment>help of hub.huggingface_repo_type</extracomment>
            <translation>要上傳到的儲存庫類型。</translation>
        </message>
        <message>
            <source>Folder in repo</source>
            <extracomment>label of hub.huggingface_path_in_repo</extracomment>
            <translation>儲存庫內資料夾</translation>
        </message>
        <message>
            <source>Folder inside the repo for the uploaded files; empty = the repo's top level.</source>
            <extracomment>help of hub.huggingface_path_in_repo</extracomment>
            <translation>上傳檔案在儲存庫內的資料夾；留空 = 儲存庫根目錄。</translation>
        </message>
        <message>
            <source>Visibility</source>
            <extracomment>label of hub.huggingface_repo_visibility</extracomment>
            <translation>可見性</translation>
        </message>
        <message>
            <source>Whether a repo the upload has to create is public or private (an existing repo keeps its visibility).</source>
            <extracomment>help of hub.huggingface_repo_visibility</extracomment>
            <translation>上傳時需要新建的儲存庫設為公開還是私有（已存在的儲存庫保持原有可見性）。</translation>
        </message>
        <message>
            <source>Upload the state too</source>
            <extracomment>label of hub.save_state_to_huggingface</extracomment>
            <translation>同時上傳訓練狀態</translation>
        </message>
        <message>
            <source>Also upload the training state saved at the end ('Save state at the end'), to resume elsewhere.</source>
            <extracomment>help of hub.save_state_to_huggingface</extracomment>
            <translation>同時上傳結束時儲存的訓練狀態（「結束時儲存狀態」），以便在別處繼續訓練。</translation>
        </message>
        <message>
            <source>'{name}' is {values}</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>「{name}」為 {values}</translation>
        </message>
        <message>
            <source>'{name}' is not {values}</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>「{name}」不為 {values}</translation>
        </message>
        <message>
            <source>'{name}' is set</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>「{name}」已設定</translation>
        </message>
        <message>
            <source>'{name}' is off</source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation>「{name}」未開啟</translation>
        </message>
        <message>
            <source> or </source>
            <extracomment>why a setting is greyed out: 'Applies when &lt;this&gt;.'</extracomment>
            <translation> 或 </translation>
        </message>
        <message>
            <source>noise.adaptive_noise_scale needs noise.noise_offset (it is added to the offset).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.adaptive_noise_scale 需要設定 noise.noise_offset（它加在偏移量上）。</translation>
        </message>
        <message>
            <source>loss.scale_v_pred_loss_like_noise_pred is for v-prediction models: tick model.v_parameterization.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>loss.scale_v_pred_loss_like_noise_pred 用於 v-prediction 模型：請勾選 model.v_parameterization。</translation>
        </message>
        <message>
            <source>loss.v_pred_like_loss is for ε-prediction models; a v-prediction model has that loss already.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>loss.v_pred_like_loss 用於 ε-prediction 模型；v-prediction 模型本身就是這種損失。</translation>
        </message>
        <message>
            <source>noise.min_timestep ({low}) must be below noise.max_timestep ({high}).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.min_timestep（{low}）必須小於 noise.max_timestep（{high}）。</translation>
        </message>
        <message>
            <source>noise.zero_terminal_snr makes the last timestep's SNR 0, where v_pred_like_loss and (for ε-prediction) debiased_estimation_loss weigh the loss infinitely: turn one of them off.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.zero_terminal_snr 讓最後一個時間步的 SNR 為 0，而 v_pred_like_loss 和（ε-prediction 時的）debiased_estimation_loss 在這裡會給損失無窮大的權重：請關閉其中一項。</translation>
        </message>
        <message>
            <source>launch.extra_accelerate_launch_args cannot be read as command-line arguments ({error}).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.extra_accelerate_launch_args 無法作為命令列引數解析（{error}）。</translation>
        </message>
        <message>
            <source>launch.num_machines is {machines}: add {options} to launch.extra_accelerate_launch_args (the main machine's address and this machine's number).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.num_machines 為 {machines}：請在 launch.extra_accelerate_launch_args 中加上 {options}（主機的地址和本機的編號）。</translation>
        </message>
        <message>
            <source>launch.num_processes counts the processes of all machines: it cannot be below num_machines.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.num_processes 是所有機器的程序總數：不能小於 num_machines。</translation>
        </message>
        <message>
            <source>hub.save_state_to_huggingface uploads the state saved at the end: tick saving.save_state_on_train_end.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>hub.save_state_to_huggingface 上傳的是訓練結束時儲存的狀態：請勾選 saving.save_state_on_train_end。</translation>
        </message>
        <message>
            <source>dataset.cache_text_encoder_outputs cannot be combined with {options}: the cached outputs are of the plain, whole captions. Turn off the text encoder output cache or those options.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_text_encoder_outputs 不能與 {options} 同時使用：快取的是完整、原樣標註的輸出。請關閉文字編碼器輸出快取或這些選項。</translation>
        </message>
        <message>
            <source>dataset.conditioning_data_dir is not read: dataset.alpha_mask takes the masks from the images.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.conditioning_data_dir 不會被讀取：dataset.alpha_mask 從圖片中取遮罩。</translation>
        </message>
        <message>
            <source>dataset.{name} has no effect without loss.masked_loss.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.{name} 在未開啟 loss.masked_loss 時不起作用。</translation>
        </message>
        <message>
            <source>precision.full_fp16 and full_bf16 exclude each other.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.full_fp16 和 full_bf16 不能同時開啟。</translation>
        </message>
        <message>
            <source>precision.{name} needs precision.mixed_precision = '{wanted}'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.{name} 需要 precision.mixed_precision = '{wanted}'。</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass works with optimizer.optimizer_type 'Adafactor' only.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 只能與 optimizer.optimizer_type 'Adafactor' 一起使用。</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass updates the weights during the backward pass, so it cannot accumulate gradients: set schedule.gradient_accumulation_steps to 1.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 在反向傳播過程中就更新權重，因此無法累積梯度：請把 schedule.gradient_accumulation_steps 設為 1。</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass cannot unscale fp16 gradients: use bf16 or no mixed precision.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 無法對 fp16 梯度做反縮放：請使用 bf16 或不使用混合精度。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but network.network_module is '{module}' (graphs need networks.lora): untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一個 U-Net 步驟，但 network.network_module 是 '{module}'（CUDA 圖需要 networks.lora）：請取消其中一項。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but {options} draw new random numbers in every step: untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一個 U-Net 步驟，但 {options} 每一步都會抽取新的隨機數：請取消其中一項。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but launch.dynamo_backend compiles the whole U-Net instead: tick launch.compile_blocks, or untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一個 U-Net 步驟，但 launch.dynamo_backend 會把整個 U-Net 編譯掉：請勾選 launch.compile_blocks，或取消其中一個。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs replays the same U-Net step every time, but precision.fused_backward_pass updates the weights inside the backward pass: untick one of them.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 每一步都重放同一個 U-Net 步驟，但 precision.fused_backward_pass 在反向傳播中更新權重：請取消其中一項。</translation>
        </message>
        <message>
            <source>precision.norms_16bit has no effect without mixed precision (fp16 or bf16).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有混合精度（fp16 或 bf16）時，precision.norms_16bit 不起作用。</translation>
        </message>
        <message>
            <source>launch.compile_blocks has no effect while launch.dynamo_backend is 'no'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>launch.dynamo_backend 為 'no' 時，launch.compile_blocks 不起作用。</translation>
        </message>
        <message>
            <source>precision.selective_checkpointing has no effect without precision.gradient_checkpointing.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未開啟 precision.gradient_checkpointing 時，precision.selective_checkpointing 不起作用。</translation>
        </message>
        <message>
            <source>model.pretrained_model_name_or_path is empty: pick the base model to train on.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>model.pretrained_model_name_or_path 為空：請選擇要在其上訓練的底模。</translation>
        </message>
        <message>
            <source>dataset.train_data_dir is empty: pick the folder with the '&lt;repeats&gt;_&lt;name&gt;' folders.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.train_data_dir 為空：請選擇包含 '&lt;repeats&gt;_&lt;name&gt;' 資料夾的資料夾。</translation>
        </message>
        <message>
            <source>dataset.caption_extension '{extension}' is not a file extension: write it like '.txt' or '.caption'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.caption_extension '{extension}' 不是副檔名：請寫成 '.txt' 或 '.caption' 這樣的形式。</translation>
        </message>
        <message>
            <source>dataset.cache_latents cannot be combined with {options}: cached latents are computed once, so per-step augmentation would not happen. Turn off latent caching or the augmentation.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_latents 不能與 {options} 同時使用：快取的潛變數只計算一次，每步的資料增強不會發生。請關閉潛變數快取或該資料增強。</translation>
        </message>
        <message>
            <source>dataset.cache_text_encoder_outputs needs frozen text encoders, but network.network_train_unet_only is off (the text encoders are trained): tick 'Train U-Net only', or turn off the text encoder output cache.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_text_encoder_outputs 需要凍結的文字編碼器，但 network.network_train_unet_only 未開啟（文字編碼器會被訓練）：請勾選「僅訓練 U-Net」，或關閉文字編碼器輸出快取。</translation>
        </message>
        <message>
            <source>dataset.cache_text_encoder_outputs needs fixed captions, but {options} change them from step to step: turn off caption shuffling and dropout, or turn off the text encoder output cache.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.cache_text_encoder_outputs 需要固定的標註，但 {options} 會讓標註每步都不同：請關閉標註打亂和丟棄，或關閉文字編碼器輸出快取。</translation>
        </message>
        <message>
            <source>dataset.min_bucket_reso is larger than dataset.max_bucket_reso.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.min_bucket_reso 大於 dataset.max_bucket_reso。</translation>
        </message>
        <message>
            <source>network.network_train_unet_only and network_train_text_encoder_only exclude each other.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.network_train_unet_only 和 network_train_text_encoder_only 不能同時開啟。</translation>
        </message>
        <message>
            <source>network.dim_from_weights needs network.network_weights (the LoRA to read the rank from).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.dim_from_weights 需要 network.network_weights（從中讀取秩的 LoRA）。</translation>
        </message>
        <message>
            <source>schedule.lr_warmup_steps = {steps} but lr_scheduler '{scheduler}' has no warmup: use 'constant_with_warmup' (or linear/cosine), or set the warmup to 0.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>schedule.lr_warmup_steps = {steps}，但 lr_scheduler '{scheduler}' 沒有預熱：請使用 'constant_with_warmup'（或 linear/cosine），或把預熱設為 0。</translation>
        </message>
        <message>
            <source>schedule.lr_scheduler 'adafactor' only works with optimizer.optimizer_type 'Adafactor'.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>schedule.lr_scheduler 'adafactor' 只能與 optimizer.optimizer_type 'Adafactor' 一起使用。</translation>
        </message>
        <message>
            <source>saving.save_last_n_{kind} needs saving.save_every_n_{kind}.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>saving.save_last_n_{kind} 需要設定 saving.save_every_n_{kind}。</translation>
        </message>
        <message>
            <source>saving.save_last_n_{kind}_state needs saving.save_state and saving.save_every_n_{kind}.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>saving.save_last_n_{kind}_state 需要開啟 saving.save_state 並設定 saving.save_every_n_{kind}。</translation>
        </message>
        <message>
            <source>sample.sample_every_n_* / sample_at_first need sample.sample_prompts (the prompt file).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>sample.sample_every_n_* / sample_at_first 需要 sample.sample_prompts（提示詞檔案）。</translation>
        </message>
        <message>
            <source>dataset.keep_tokens has no effect without shuffle_caption or caption_tag_dropout_rate.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dataset.keep_tokens 在沒有 shuffle_caption 或 caption_tag_dropout_rate 時不起作用。</translation>
        </message>
        <message>
            <source>noise.zero_terminal_snr is meant for v-prediction (model.v_parameterization); with ε-prediction the results are unpredictable.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>noise.zero_terminal_snr 是為 v-prediction（model.v_parameterization）設計的；用於 ε-prediction 時結果無法預料。</translation>
        </message>
        <message>
            <source>model.v_parameterization is on for an SD 1.x model: make sure the base model is v-pred.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>model.v_parameterization 對 SD 1.x 模型開啟了：請確認底模是 v-pred 模型。</translation>
        </message>
        <message>
            <source>network.network_weights is not read when resuming: the state holds the LoRA's weights.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>恢復訓練時不讀取 network.network_weights：狀態中已包含 LoRA 的權重。</translation>
        </message>
        <message>
            <source>sample.sample_every_n_steps is ignored: sample_every_n_epochs is set (as in sd-scripts).</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>sample.sample_every_n_steps 被忽略：已設定 sample_every_n_epochs（與 sd-scripts 相同）。</translation>
        </message>
        <message>
            <source>optimizer.text_encoder_lr is 0: the text encoder's LoRA will not learn.</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>optimizer.text_encoder_lr 為 0：文字編碼器的 LoRA 不會學習。</translation>
        </message>
        <message>
            <source>{where}: {errors}</source>
            <extracomment>message (validation.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{errors}</translation>
        </message>
        <message>
            <source>{options}: block-wise settings work with network_module 'networks.lora' only (LyCORIS' kohya module has none). Clear them or switch to networks.lora.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{options}：分層設定只適用於 network_module 'networks.lora'（LyCORIS 的 kohya 模組沒有分層設定）。請清空它們或改用 networks.lora。</translation>
        </message>
        <message>
            <source>network.network_dropout is not implemented by LyCORIS {algo}: clear it or use rank_dropout / module_dropout.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LyCORIS {algo} 沒有實作 network.network_dropout：請清空它，或使用 rank_dropout / module_dropout。</translation>
        </message>
        <message>
            <source>network.rank_dropout is not implemented by LyCORIS {algo}: clear it or use module_dropout.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LyCORIS {algo} 沒有實作 network.rank_dropout：請清空它，或使用 module_dropout。</translation>
        </message>
        <message>
            <source>network.scale_weight_norms: LyCORIS {algo} has no max-norm step; clear it or use locon/loha/lokr.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.scale_weight_norms：LyCORIS {algo} 沒有最大範數步驟；請清空它，或使用 locon/loha/lokr。</translation>
        </message>
        <message>
            <source>network.dora_wd works with algo locon, loha or lokr, not {algo}.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.dora_wd 只適用於 locon、loha 或 lokr 演算法，不適用於 {algo}。</translation>
        </message>
        <message>
            <source>network.use_scalar has no effect with algo {algo}: clear it.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.use_scalar 對演算法 {algo} 不起作用：請清空它。</translation>
        </message>
        <message>
            <source>network.rank_dropout_scale rescales rank dropout: set network.rank_dropout too.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.rank_dropout_scale 用於縮放秩丟棄：請同時設定 network.rank_dropout。</translation>
        </message>
        <message>
            <source>{ranks}: DyLoRA needs ranks that are multiples of dylora_block_size ({size}); change the rank or the block size.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{ranks}：DyLoRA 要求秩是 dylora_block_size（{size}）的倍數；請修改秩或塊大小。</translation>
        </message>
        <message>
            <source>network.dim_from_weights reads LoRA/LoCon ranks; for a LyCORIS file set network_dim, conv_dim and the algorithm of the run that made it.</source>
            <extracomment>message (network_args.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>network.dim_from_weights 讀取的是 LoRA/LoCon 的秩；對於 LyCORIS 檔案，請按生成它的那次訓練設定 network_dim、conv_dim 和演算法。</translation>
        </message>
        <message>
            <source>{name}: {images} images × {repeats} repeats = {samples}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{name}：{images} 張圖 × {repeats} 次重複 = {samples}</translation>
        </message>
        <message>
            <source>reg {name}: {images} images × {repeats} repeats = {samples}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正規化 {name}：{images} 張圖 × {repeats} 次重複 = {samples}</translation>
        </message>
        <message>
            <source>reg {name}: {images} images × {repeats} repeats = {samples}, balanced to {used} ({used_images} images used)</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正規化 {name}：{images} 張圖 × {repeats} 次重複 = {samples}，平衡為 {used}（用到 {used_images} 張圖）</translation>
        </message>
        <message>
            <source>per epoch: {train} training + {reg} reg = {total} images</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每輪：{train} 訓練 + {reg} 正規化 = {total} 張圖</translation>
        </message>
        <message>
            <source>per epoch: {total} images</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每輪：{total} 張圖</translation>
        </message>
        <message>
            <source>batches per epoch: {batches} at batch size {size} (+{partial} partial batches from {buckets} buckets)</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每輪批次：{batches}，批次大小 {size}（含 {buckets} 個分桶產生的 {partial} 個不滿的批次）</translation>
        </message>
        <message>
            <source>batches per epoch: {batches} at batch size {size}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每輪批次：{batches}，批次大小 {size}</translation>
        </message>
        <message>
            <source>optimizer steps per epoch: ceil({batches} / {accum}) = {steps}</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每輪最佳化器步數：ceil({batches} / {accum}) = {steps}</translation>
        </message>
        <message>
            <source>total: {epochs} epochs × {per_epoch} = {total} steps</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>總計：{epochs} 輪 × {per_epoch} = {total} 步</translation>
        </message>
        <message>
            <source>total: {total} steps (max_train_steps) = {epochs} epochs, the last one {last} steps</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>總計：{total} 步（max_train_steps）= {epochs} 輪，最後一輪 {last} 步</translation>
        </message>
        <message>
            <source>total: {total} steps (sd-scripts' default max_train_steps) = {epochs} epochs, the last one {last} steps</source>
            <extracomment>message (steps.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>總計：{total} 步（sd-scripts 預設的 max_train_steps）= {epochs} 輪，最後一輪 {last} 步</translation>
        </message>
        <message>
            <source>{images} training images give {samples} samples per epoch.</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{images} 張訓練圖每輪提供 {samples} 個樣本。</translation>
        </message>
        <message>
            <source>Suggested: {count} reg images at reg repeats {repeats} (every image used, {reg_samples} reg samples per epoch).</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>建議：{count} 張正規化圖，正規化重複次數 {repeats}（每張圖都用到，每輪 {reg_samples} 個正規化樣本）。</translation>
        </message>
        <message>
            <source>Rule of thumb {rule}×: {count} images; sd-scripts would use only the first {used} and never show the other {unused} (training repeats would have to be {rule} to use them all).</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>經驗法則 {rule}×：{count} 張圖；sd-scripts 只會用前 {used} 張，其餘 {unused} 張永遠用不到（訓練重複次數要達到 {rule} 才能全部用上）。</translation>
        </message>
        <message>
            <source>Rule of thumb {rule}×: {count} images at reg repeats {repeats}.</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>經驗法則 {rule}×：{count} 張圖，正規化重複次數 {repeats}。</translation>
        </message>
        <message>
            <source>'{folder}' serves {n} concepts; their training samples are counted together.</source>
            <extracomment>message (reg_count.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>「{folder}」供 {n} 個概念使用；它們的訓練樣本合併計算。</translation>
        </message>
        <message>
            <source>{message} {hint}</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{message} {hint}</translation>
        </message>
        <message>
            <source>The job ran out of memory.</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>任務記憶體不足。</translation>
        </message>
        <message>
            <source>Close other programs or use smaller batches.</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>關閉其他程式，或使用更小的批次。</translation>
        </message>
        <message>
            <source>This is a bug in Danlu; the job log has details.</source>
            <extracomment>message (jobs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>這是 Danlu 的程式錯誤；任務日誌裡有詳細資訊。</translation>
        </message>
        <message>
            <source>The last good checkpoint is {path}.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>最後一個正常的檢查點是 {path}。</translation>
        </message>
        <message>
            <source>No checkpoint had been saved yet.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>此前還沒有儲存過檢查點。</translation>
        </message>
        <message>
            <source>The learning rate may be too high (unet {unet}, text encoder {te}): halve it.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>學習率可能太高（unet {unet}，文字編碼器 {te}）：減半試試。</translation>
        </message>
        <message>
            <source>fp16 may have overflowed: switch mixed_precision to bf16 (RTX 30xx and newer) or 'no'.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>fp16 可能溢位了：把 mixed_precision 改為 bf16（RTX 30 系列及更新的顯示卡）或 'no'。</translation>
        </message>
        <message>
            <source>An image or caption of this batch may be broken: {files}.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>這一批中的某張圖片或標註可能有問題：{files}。</translation>
        </message>
        <message>
            <source>The loss became {value} at step {step} (epoch {epoch}); training stopped there. {kept}</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>損失在第 {step} 步（第 {epoch} 輪）變成了 {value}；訓練已在此停止。{kept}</translation>
        </message>
        <message>
            <source>Likely causes: {causes}</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>可能的原因：{causes}</translation>
        </message>
        <message>
            <source>Lower train_batch_size to {size} (accumulate gradients to keep the total).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>把 train_batch_size 降到 {size}（用梯度累積保持總量）。</translation>
        </message>
        <message>
            <source>Turn on gradient_checkpointing.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>開啟 gradient_checkpointing。</translation>
        </message>
        <message>
            <source>Turn on cache_latents.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>開啟 cache_latents。</translation>
        </message>
        <message>
            <source>Use mixed_precision fp16 or bf16.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>mixed_precision 使用 fp16 或 bf16。</translation>
        </message>
        <message>
            <source>Train the U-Net only (network_train_unet_only).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>只訓練 U-Net（network_train_unet_only）。</translation>
        </message>
        <message>
            <source>Lower network_dim (now {dim}).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>降低 network_dim（目前 {dim}）。</translation>
        </message>
        <message>
            <source>Lower the resolution (now {w}x{h}).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>降低解析度（目前 {w}x{h}）。</translation>
        </message>
        <message>
            <source>Use an 8-bit optimizer (AdamW8bit) or an fp8 base model when available.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>使用 8 位最佳化器（AdamW8bit），條件允許時使用 fp8 底模。</translation>
        </message>
        <message>
            <source>Close other programs that use the GPU.</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>關閉其他佔用 GPU 的程式。</translation>
        </message>
        <message>
            <source>The GPU ran out of memory ({error}).</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are; message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>GPU 顯示記憶體不足（{error}）。</translation>
        </message>
        <message>
            <source>Try these, in this order: {tips}</source>
            <extracomment>message (errors.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>按順序嘗試：{tips}</translation>
        </message>
        <message>
            <source>fp16 needs a CUDA GPU; training in 32 bit on the CPU.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>fp16 需要 CUDA GPU；在 CPU 上以 32 位訓練。</translation>
        </message>
        <message>
            <source>precision.cuda_graphs needs a single CUDA GPU; the U-Net runs without graphs.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.cuda_graphs 需要單張 CUDA GPU；U-Net 不使用 CUDA 圖執行。</translation>
        </message>
        <message>
            <source>U-Net forward and backward replayed from CUDA graphs</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>U-Net 的前向和反向傳播從 CUDA Graph 重放</translation>
        </message>
        <message>
            <source>training state saved: {path}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>訓練狀態已儲存：{path}</translation>
        </message>
        <message>
            <source>dataset.weighted_captions is not supported for SDXL models.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>SDXL 模型不支援 dataset.weighted_captions。</translation>
        </message>
        <message>
            <source>Turn weighted captions off, or write the weights as repeated tags.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>關閉帶權重的標註，或用重複標籤來表達權重。</translation>
        </message>
        <message>
            <source>The training state has no EMA weights: the average starts from its weights.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>訓練狀態中沒有 EMA 權重：平均值從它的權重開始。</translation>
        </message>
        <message>
            <source>text encoder training stopped at step {step}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文字編碼器訓練在第 {step} 步停止</translation>
        </message>
        <message>
            <source>{n} processes, {n} x {batch} images per step</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 個程序，每步 {n} × {batch} 張圖片</translation>
        </message>
        <message>
            <source>seed {seed}, device {device}, precision {precision}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>種子 {seed}，裝置 {device}，精度 {precision}</translation>
        </message>
        <message>
            <source>Settings changed since the state was saved ({settings}): the run will not be the same as one that never stopped.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>儲存狀態之後設定有改動（{settings}）：這次訓練與一直沒停過的訓練不會完全相同。</translation>
        </message>
        <message>
            <source>precision.lowram is ignored without a CUDA GPU.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有 CUDA GPU 時忽略 precision.lowram。</translation>
        </message>
        <message>
            <source>model.clip_skip is ignored: SDXL always uses the penultimate layers.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>忽略 model.clip_skip：SDXL 總是使用倒數第二層。</translation>
        </message>
        <message>
            <source>fp8 base weights: {n} layers stored as float8_e4m3fn</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>fp8 底模權重：{n} 層以 float8_e4m3fn 儲存</translation>
        </message>
        <message>
            <source>compiled code kept in {folder}</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>編譯後的程式碼儲存在 {folder}</translation>
        </message>
        <message>
            <source>{n} U-Net blocks compiled with torch.compile (backend {backend})</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已用 torch.compile 編譯 {n} 個 U-Net 區塊（後端 {backend}）</translation>
        </message>
        <message>
            <source>U-Net compiled with torch.compile (backend {backend})</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已用 torch.compile 編譯 U-Net（後端 {backend}）</translation>
        </message>
        <message>
            <source>precision.fused_backward_pass works in a single process only.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fused_backward_pass 只能在單程序下使用。</translation>
        </message>
        <message>
            <source>Untick it or train on one GPU.</source>
            <extracomment>message (trainer.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾選它，或只用一張 GPU 訓練。</translation>
        </message>
        <message>
            <source>Fix the setting named above.</source>
            <extracomment>message (train_job.py); keep {placeholders}, keys and quoted values as they are; message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>修改上面提到的設定。</translation>
        </message>
        <message>
            <source>Fix network.network_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>修改 network.network_weights。</translation>
        </message>
        <message>
            <source>{path}: not a readable LoRA file ({error}).</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是可讀取的 LoRA 檔案（{error}）。</translation>
        </message>
        <message>
            <source>The file is damaged or incomplete: copy or download it again, or clear network.network_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>檔案已損壞或不完整：請重新複製或下載，或清空 network.network_weights。</translation>
        </message>
        <message>
            <source>{path}: holds no LoRA weights for the U-Net or text encoder that this run trains.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：沒有本次訓練的 U-Net 或文字編碼器所需的 LoRA 權重。</translation>
        </message>
        <message>
            <source>Pick a LoRA trained on these parts, or clear network.network_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇在這些部分上訓練的 LoRA，或清空 network.network_weights。</translation>
        </message>
        <message>
            <source>Use a LoRA made for this base model and network kind; for another rank, match network_dim to the file or tick dim_from_weights.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用為這個底模和網路類型訓練的 LoRA；秩不同時，請讓 network_dim 與檔案一致，或勾選 dim_from_weights。</translation>
        </message>
        <message>
            <source>precision.full_fp16 needs fp16 on a CUDA GPU; the LoRA stays in 32 bit.</source>
            <extracomment>message (train_setup.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.full_fp16 需要在 CUDA GPU 上使用 fp16；LoRA 保持 32 位。</translation>
        </message>
        <message>
            <source>Pick a '&lt;name&gt;-...-state' folder that a run with save_state = true wrote.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇開啟 save_state = true 的訓練寫出的 '&lt;name&gt;-...-state' 資料夾。</translation>
        </message>
        <message>
            <source>{path}: saving.resume needs a training state folder, not a LoRA file.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：saving.resume 需要的是訓練狀態資料夾，而不是 LoRA 檔案。</translation>
        </message>
        <message>
            <source>To start a new training from this LoRA's weights, set network.network_weights instead.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>如果要從這個 LoRA 的權重開始新的訓練，請改為設定 network.network_weights。</translation>
        </message>
        <message>
            <source>{path}: training state folder not found.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到訓練狀態資料夾。</translation>
        </message>
        <message>
            <source>{path}: not a complete training state (it has no {file}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是完整的訓練狀態（缺少 {file}）。</translation>
        </message>
        <message>
            <source>{path}: the training state cannot be read ({error}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取訓練狀態（{error}）。</translation>
        </message>
        <message>
            <source>{path}: the state was saved by the {saved} optimizer; this run uses {now}.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：該狀態由 {saved} 最佳化器儲存；本次訓練使用的是 {now}。</translation>
        </message>
        <message>
            <source>Resume with the optimizer of the run that saved the state.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are; message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用儲存該狀態的那次訓練的最佳化器繼續訓練。</translation>
        </message>
        <message>
            <source>{path}: the saved LoRA does not fit this network ({error}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：儲存的 LoRA 與目前網路不匹配（{error}）。</translation>
        </message>
        <message>
            <source>Resume with the network settings (rank, alpha, trained parts) of the run that saved the state.</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用儲存該狀態的那次訓練的網路設定（秩、alpha、訓練的部分）繼續訓練。</translation>
        </message>
        <message>
            <source>{path}: the saved optimizer state does not fit ({error}).</source>
            <extracomment>message (train_state.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：儲存的最佳化器狀態不匹配（{error}）。</translation>
        </message>
        <message>
            <source>optimizer_args entry '{item}' is not 'name=value'.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>optimizer_args 條目 '{item}' 不是 'name=value' 格式。</translation>
        </message>
        <message>
            <source>Write e.g. weight_decay=0.01.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>例如寫成 weight_decay=0.01。</translation>
        </message>
        <message>
            <source>bitsandbytes cannot be imported ({error}).</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>無法匯入 bitsandbytes（{error}）。</translation>
        </message>
        <message>
            <source>Use AdamW/Lion/SGDNesterov.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用 AdamW/Lion/SGDNesterov。</translation>
        </message>
        <message>
            <source>{name} needs the 'dadaptation' package ({error}).</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{name} 需要 'dadaptation' 包（{error}）。</translation>
        </message>
        <message>
            <source>optimizer {name} rejected optimizer_args {args}: {error}</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>最佳化器 {name} 不接受 optimizer_args {args}：{error}</translation>
        </message>
        <message>
            <source>Check the names.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請檢查引數名。</translation>
        </message>
        <message>
            <source>unknown optimizer_type '{name}'.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的 optimizer_type '{name}'。</translation>
        </message>
        <message>
            <source>Pick one from the list.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are; message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請從列表中選擇。</translation>
        </message>
        <message>
            <source>unknown lr_scheduler '{name}'.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的 lr_scheduler '{name}'。</translation>
        </message>
        <message>
            <source>lr_scheduler 'adafactor' needs Adafactor with relative_step=True.</source>
            <extracomment>message (optim.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>lr_scheduler 'adafactor' 需要 Adafactor 並設定 relative_step=True。</translation>
        </message>
        <message>
            <source>Re-export the image or remove it from its folder, then start the training again.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請重新匯出這張圖片，或把它移出所在資料夾，然後重新開始訓練。</translation>
        </message>
        <message>
            <source>Convert the caption file to UTF-8 in the caption editor.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在標註編輯器中把標註檔案轉換為 UTF-8。</translation>
        </message>
        <message>
            <source>{path}: the regularization folder does not exist.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：正規化資料夾不存在。</translation>
        </message>
        <message>
            <source>{path}: the training image folder does not exist.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are; message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：訓練圖片資料夾不存在。</translation>
        </message>
        <message>
            <source>Pick the folder in the Train page.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在訓練頁選擇資料夾。</translation>
        </message>
        <message>
            <source>{path}: ignored, the folder name is not {pattern}.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：已忽略，資料夾名不符合 {pattern}。</translation>
        </message>
        <message>
            <source>{path}: no training images found. Images must be in sub-folders named {pattern}.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：沒有找到訓練圖片。圖片必須放在名為 {pattern} 的子資料夾中。</translation>
        </message>
        <message>
            <source>{path}: no training images found. Images must be in sub-folders named {pattern}. {ignored}</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：沒有找到訓練圖片。圖片必須放在名為 {pattern} 的子資料夾裡。{ignored}</translation>
        </message>
        <message>
            <source>Build the folders on the Folders page, or rename them as shown.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在訓練資料夾頁生成資料夾，或按上面的格式重新命名。</translation>
        </message>
        <message>
            <source>{path}: no regularization images found, so this run trains without them. Regularization images must be in sub-folders named {pattern}.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：沒有找到正規化圖片，本次訓練將不使用它們。正規化圖片必須放在名為 {pattern} 的子資料夾中。</translation>
        </message>
        <message>
            <source>{n} image(s) have no {extension} caption and are trained with their folder's '&lt;identifier&gt; &lt;class&gt;' instead: {files}</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 張圖片沒有 {extension} 標註，改用所在資料夾的 '&lt;identifier&gt; &lt;class&gt;' 訓練：{files}</translation>
        </message>
        <message>
            <source>{n} image(s) have a blank {extension} caption file and are trained with an empty caption, as sd-scripts does: {files}. Write their captions, or delete those files to train them with their folder's '&lt;identifier&gt; &lt;class&gt;'.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 張圖片的 {extension} 標註檔案是空的，會像 sd-scripts 一樣用空標註訓練：{files}。請寫好它們的標註，或刪除這些檔案，讓它們用所在資料夾的「&lt;identifier&gt; &lt;class&gt;」訓練。</translation>
        </message>
        <message>
            <source>{n} image(s) are narrower than dataset.bucket_reso_steps ({steps} px) on a side, so dataset.bucket_no_upscale has no bucket for them: {files}</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 張圖片有一邊窄於 dataset.bucket_reso_steps（{steps} px），開啟 dataset.bucket_no_upscale 時沒有適合它們的分桶：{files}</translation>
        </message>
        <message>
            <source>Remove those images, or turn off dataset.bucket_no_upscale (they are then scaled up to a bucket).</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請移除這些圖片，或關閉 dataset.bucket_no_upscale（這樣它們會被放大到某個分桶）。</translation>
        </message>
        <message>
            <source>{n} caption(s) have a comma inside a weighted '( )' or '[ ]' group, which {options} cut apart at the comma (the pieces then get wrong weights): {files}. Weigh each tag on its own, e.g. '(red:1.2), (hat:1.2)'.</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 條標註在帶權重的 '( )' 或 '[ ]' 組內有逗號，{options} 會在逗號處把組拆開（拆開的部分權重就錯了）：{files}。請給每個標籤單獨加權，例如 '(red:1.2), (hat:1.2)'。</translation>
        </message>
        <message>
            <source>{path}: cannot read this image ({error}).</source>
            <extracomment>message (data.py); keep {placeholders}, keys and quoted values as they are; message (caption_job.py); keep {placeholders}, keys and quoted values as they are; message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取這張圖片（{error}）。</translation>
        </message>
        <message>
            <source>{path}: the saved LoRA cannot be read back ({error}).</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀回儲存的 LoRA（{error}）。</translation>
        </message>
        <message>
            <source>Check the disk.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請檢查磁碟。</translation>
        </message>
        <message>
            <source>{path}: the saved LoRA failed its check: {problems}.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：儲存的 LoRA 未通過檢查：{problems}。</translation>
        </message>
        <message>
            <source>Report this bug.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請報告這個程式錯誤。</translation>
        </message>
        <message>
            <source>{path}: could not be written ({error}).</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入（{error}）。</translation>
        </message>
        <message>
            <source>Free space on that disk or pick a saving.output_dir you can write to, then train again (or resume from the last saved state). The files saved before are unchanged.</source>
            <extracomment>message (checkpoints.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在該磁碟上騰出空間，或選擇一個可寫的 saving.output_dir，然後重新訓練（或從上次儲存的狀態繼續）。之前儲存的檔案沒有變化。</translation>
        </message>
        <message>
            <source>{path}: pickle checkpoints ({suffix}) can run arbitrary code when loaded; Danlu refuses them by default.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：pickle 格式的模型（{suffix}）載入時可以執行任意程式碼；Danlu 預設拒絕載入。</translation>
        </message>
        <message>
            <source>Use a .safetensors version of the model, or set model.allow_pickle = true if you trust the file.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用該模型的 .safetensors 版本；如果信任該檔案，也可以設定 model.allow_pickle = true。</translation>
        </message>
        <message>
            <source>The base model's scheduler says it predicts v (v-prediction): training with v_parameterization.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>底模的排程器表明它預測 v（v-prediction）：按 v_parameterization 訓練。</translation>
        </message>
        <message>
            <source>{path}: this diffusers folder has no {parts} sub-folder: the download is incomplete or it is not a whole Stable Diffusion model.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這個 diffusers 資料夾缺少 {parts} 子資料夾：下載不完整，或者它不是完整的 Stable Diffusion 模型。</translation>
        </message>
        <message>
            <source>Download the model again with the model manager, or pick a complete model.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請用模型管理器重新下載這個模型，或選擇一個完整的模型。</translation>
        </message>
        <message>
            <source>{path}: not a diffusers model folder ({file} in unet/ cannot be read: {error}).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 diffusers 模型資料夾（無法讀取 unet/ 中的 {file}：{error}）。</translation>
        </message>
        <message>
            <source>{repo}: this repo id is not in the local Hugging Face cache, so its family cannot be told without a download.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo}：這個儲存庫 ID 不在本地 Hugging Face 快取中，不下載就無法判斷它的類型。</translation>
        </message>
        <message>
            <source>Download it with the model manager (Settings → Models) first, or pick a local checkpoint or diffusers folder.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請先用模型管理器（設定 → 模型）下載，或選擇本地的模型檔案或 diffusers 資料夾。</translation>
        </message>
        <message>
            <source>No base model is set (model.pretrained_model_name_or_path).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有設定底模（model.pretrained_model_name_or_path）。</translation>
        </message>
        <message>
            <source>{path}: base model not found.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到底模。</translation>
        </message>
        <message>
            <source>{path}: its tokenizer has {size} tokens where the text encoder has {expected}: the tokenizer files are missing or incomplete.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：它的分詞器有 {size} 個 token，而文字編碼器有 {expected} 個：分詞器檔案缺失或不完整。</translation>
        </message>
        <message>
            <source>{path}: not a readable SD VAE ({error}).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是可讀取的 SD VAE（{error}）。</translation>
        </message>
        <message>
            <source>Pick a VAE .safetensors file or a diffusers VAE folder.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇 VAE 的 .safetensors 檔案或 diffusers VAE 資料夾。</translation>
        </message>
        <message>
            <source>{path}: VAE not found.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到 VAE。</translation>
        </message>
        <message>
            <source>{path}: an SD 2.x checkpoint does not say whether it predicts noise (512 base) or velocity (768-v); it is trained as a 512 noise-predicting model. Tick model.v_parameterization for a 768-v model (SD 2.0-v, SD 2.1 768).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這個 SD 2.x 模型沒有說明它預測的是雜訊（512 基礎版）還是速度（768-v），將按 512 雜訊預測模型訓練。若是 768-v 模型（SD 2.0-v、SD 2.1 768），請勾選 model.v_parameterization。</translation>
        </message>
        <message>
            <source>Pick a .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id like 'org/model'.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇 .safetensors 模型檔案、diffusers 資料夾，或類似 'org/model' 的 Hugging Face 儲存庫 ID。</translation>
        </message>
        <message>
            <source>{path}: could not load the base model ({error}).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法載入底模（{error}）。</translation>
        </message>
        <message>
            <source>Check that it is a Stable Diffusion 1.x/2.x or SDXL model; repo ids must be downloaded first (model manager).</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請確認它是 Stable Diffusion 1.x/2.x 或 SDXL 模型；儲存庫 ID 需要先用模型管理器下載。</translation>
        </message>
        <message>
            <source>{path}: this VAE makes {channels}-channel latents; the base model's U-Net takes {wanted}.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這個 VAE 生成 {channels} 通道的潛變數；底模的 U-Net 需要 {wanted} 通道。</translation>
        </message>
        <message>
            <source>Pick a VAE made for this model's family (SD 1.x/2.x or SDXL), or clear model.vae.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇適用於這個模型系列（SD 1.x/2.x 或 SDXL）的 VAE，或清空 model.vae。</translation>
        </message>
        <message>
            <source>{path}: model.v2 is set but this is an SDXL model.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：設定了 model.v2，但這是 SDXL 模型。</translation>
        </message>
        <message>
            <source>Untick 'SD 2.x model'.</source>
            <extracomment>message (models.py); keep {placeholders}, keys and quoted values as they are; message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾選「SD 2.x 模型」。</translation>
        </message>
        <message>
            <source>Pick a Stable Diffusion 1.x/2.x or SDXL base model: a .safetensors checkpoint, a diffusers folder, or a Hugging Face repo id downloaded with the model manager.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇 Stable Diffusion 1.x/2.x 或 SDXL 底模：.safetensors 模型檔案、diffusers 資料夾，或用模型管理器下載過的 Hugging Face 儲存庫 ID。</translation>
        </message>
        <message>
            <source>{path}: this is a web page or a text message, not a model file: the download failed.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這是一個網頁或文字訊息，不是模型檔案：下載失敗了。</translation>
        </message>
        <message>
            <source>Download the model again (some sites need you to log in or an API key), then pick the new file.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請重新下載模型（有些網站需要登入或 API 金鑰），然後選擇新檔案。</translation>
        </message>
        <message>
            <source>{path}: not a readable checkpoint ({error}).</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是可讀取的模型檔案（{error}）。</translation>
        </message>
        <message>
            <source>Re-download the model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請重新下載模型。</translation>
        </message>
        <message>
            <source>{path}: this pickle checkpoint holds Python objects besides its weights, and Danlu only reads weights from pickles: the rest could run code.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這個 pickle 模型除了權重還包含 Python 物件，而 Danlu 只從 pickle 中讀取權重：其餘部分可能會執行程式碼。</translation>
        </message>
        <message>
            <source>Use a .safetensors version of the model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用該模型的 .safetensors 版本。</translation>
        </message>
        <message>
            <source>a file with no weights in it</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個不含任何權重的檔案</translation>
        </message>
        <message>
            <source>a LoRA / LyCORIS file (network weights)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 LoRA / LyCORIS 檔案（網路權重）</translation>
        </message>
        <message>
            <source>Pick the base model the LoRA was made for. To train on from this LoRA, set it as network.network_weights.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇這個 LoRA 所基於的底模。若要在這個 LoRA 的基礎上繼續訓練，請把它設為 network.network_weights。</translation>
        </message>
        <message>
            <source>a ControlNet</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 ControlNet</translation>
        </message>
        <message>
            <source>a FLUX.1 model</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 FLUX.1 模型</translation>
        </message>
        <message>
            <source>an SD3 / SD3.5 model</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 SD3 / SD3.5 模型</translation>
        </message>
        <message>
            <source>a Stable Cascade model</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 Stable Cascade 模型</translation>
        </message>
        <message>
            <source>a textual-inversion embedding</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個文字反演（textual inversion）嵌入</translation>
        </message>
        <message>
            <source>a VAE</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 VAE</translation>
        </message>
        <message>
            <source>Pick a full checkpoint as the base model; to use this VAE with it, set it as model.vae.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇完整的模型作為底模；若要搭配這個 VAE，請把它設為 model.vae。</translation>
        </message>
        <message>
            <source>a training checkpoint whose U-Net is stored only as EMA weights (model_ema.*)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個訓練中途儲存的模型，其 U-Net 只以 EMA 權重（model_ema.*）儲存</translation>
        </message>
        <message>
            <source>Pick a released (pruned or EMA-only) version of the model, whose U-Net is under model.diffusion_model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇該模型的發布版（pruned 或僅 EMA 版），其 U-Net 位於 model.diffusion_model 下。</translation>
        </message>
        <message>
            <source>a U-Net without its text encoder</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個不帶文字編碼器的 U-Net</translation>
        </message>
        <message>
            <source>Pick the full checkpoint (U-Net, text encoder and VAE in one file) or a diffusers folder.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇完整的模型（U-Net、文字編碼器和 VAE 在同一個檔案中）或 diffusers 資料夾。</translation>
        </message>
        <message>
            <source>a text encoder alone</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個單獨的文字編碼器</translation>
        </message>
        <message>
            <source>a file of weights of no kind Danlu knows</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 Danlu 無法識別類型的權重檔案</translation>
        </message>
        <message>
            <source>an inpainting model (its U-Net takes 9 input channels, not 4)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個局部重繪（inpainting）模型（其 U-Net 輸入為 9 通道，而不是 4 通道）</translation>
        </message>
        <message>
            <source>an InstructPix2Pix (image editing) model (its U-Net takes 8 input channels, not 4)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 InstructPix2Pix（影像編輯）模型（其 U-Net 輸入為 8 通道，而不是 4 通道）</translation>
        </message>
        <message>
            <source>an image-conditioned model (its U-Net takes {n} input channels, not 4)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個以影像為條件的模型（其 U-Net 輸入為 {n} 通道，而不是 4 通道）</translation>
        </message>
        <message>
            <source>LoRAs are trained on the text-to-image model of the family: pick that one. A LoRA trained on it also works with this variant.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LoRA 要在同系列的文生圖模型上訓練：請選擇那個模型。在它上面訓練的 LoRA 也能用於這個變體。</translation>
        </message>
        <message>
            <source>an SDXL refiner (its one text encoder is OpenCLIP bigG)</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個 SDXL refiner（精修模型，只有一個 OpenCLIP bigG 文字編碼器）</translation>
        </message>
        <message>
            <source>Pick the SDXL base model (sd_xl_base_1.0) or a model made from it: the refiner only finishes images.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇 SDXL 基礎模型（sd_xl_base_1.0）或基於它的模型：refiner 只用於精修圖片。</translation>
        </message>
        <message>
            <source>{path}: {kind}, not a text-to-image base model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{kind}，不是文生圖底模。</translation>
        </message>
        <message>
            <source>an SDXL checkpoint without both of its text encoders</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個缺少兩個文字編碼器之一的 SDXL 模型</translation>
        </message>
        <message>
            <source>Download the full checkpoint again (U-Net, both text encoders and VAE in one file).</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請重新下載完整的模型（U-Net、兩個文字編碼器和 VAE 在同一個檔案中）。</translation>
        </message>
        <message>
            <source>an SDXL-based model with an EDM noise schedule (Playground v2.5 or similar), which this trainer cannot train</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>一個使用 EDM 雜訊排程的 SDXL 衍生模型（Playground v2.5 或類似模型），本訓練器無法訓練</translation>
        </message>
        <message>
            <source>Pick an SDXL model with the standard noise schedule.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇使用標準雜訊排程的 SDXL 模型。</translation>
        </message>
        <message>
            <source>{path}: {kind}, not a Stable Diffusion 1.x/2.x or SDXL base model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{kind}，不是 Stable Diffusion 1.x/2.x 或 SDXL 底模。</translation>
        </message>
        <message>
            <source>{path}: model.v2 is set but this is an {family} checkpoint.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：設定了 model.v2，但這是 {family} 模型。</translation>
        </message>
        <message>
            <source>{path}: this checkpoint holds no VAE weights.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這個模型不包含 VAE 權重。</translation>
        </message>
        <message>
            <source>Pick a checkpoint with its VAE baked in, or, for training, set model.vae to the VAE made for this model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇內建 VAE 的模型；或者在訓練時把 model.vae 設為為該模型製作的 VAE。</translation>
        </message>
        <message>
            <source>{path}: could not read it as an {family} checkpoint ({error}).</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法作為 {family} 模型讀取（{error}）。</translation>
        </message>
        <message>
            <source>Check that the file is complete and is a standard {family} model.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請確認檔案完整，並且是標準的 {family} 模型。</translation>
        </message>
        <message>
            <source>Pick an SD 1.x/2.x VAE file.</source>
            <extracomment>message (single_file.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇 SD 1.x/2.x 的 VAE 檔案。</translation>
        </message>
        <message>
            <source>precision.xformers is set but the xformers package cannot be imported ({error}).</source>
            <extracomment>message (memory.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>設定了 precision.xformers，但無法匯入 xformers 包（{error}）。</translation>
        </message>
        <message>
            <source>Untick xformers (SDPA, the default, is about as fast with PyTorch 2) or install xformers matching your PyTorch.</source>
            <extracomment>message (memory.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾選 xformers（預設的 SDPA 在 PyTorch 2 下差不多一樣快），或安裝與你的 PyTorch 匹配的 xformers。</translation>
        </message>
        <message>
            <source>Steps slowed from {usual} s to {recent} s while VRAM is full ({reserved} of {total} GB): the driver is probably spilling into system memory. Stop the run and pick a cheaper memory setting (the fit check on the Train page proposes one), or turn off the NVIDIA 'CUDA sysmem fallback' so it fails fast instead.</source>
            <extracomment>message (memory.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>顯示記憶體已滿（{reserved} / {total} GB）時每步從 {usual} 秒變慢到 {recent} 秒：驅動程式很可能在借用系統記憶體。請停止訓練，換一個更省顯示記憶體的設定（訓練頁的顯示記憶體檢查會給出建議），或關閉 NVIDIA 的「CUDA 系統記憶體回退」（CUDA sysmem fallback），讓它直接報錯而不是變慢。</translation>
        </message>
        <message>
            <source>Add a mask in {folder} (same name as the image, in a sub-folder named like the image's folder or directly), tick dataset.alpha_mask to use the images' transparency, or turn masked loss off.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在 {folder} 中新增遮罩（與圖片同名，放在與圖片所在資料夾同名的子資料夾中或直接放在其中），勾選 dataset.alpha_mask 使用圖片的透明度，或關閉遮罩損失。</translation>
        </message>
        <message>
            <source>Add a mask beside the image as '&lt;image name&gt;{suffix}.png', tick dataset.alpha_mask to use the images' transparency, or turn masked loss off.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在圖片旁新增名為 '&lt;image name&gt;{suffix}.png' 的遮罩，勾選 dataset.alpha_mask 使用圖片的透明度，或關閉遮罩損失。</translation>
        </message>
        <message>
            <source>loss.masked_loss is on but {n} training image(s) have no mask: {files}.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>開啟了 loss.masked_loss，但有 {n} 張訓練圖片沒有遮罩：{files}。</translation>
        </message>
        <message>
            <source>precision.fp8_base needs PyTorch 2.1 or newer (this is {version}).</source>
            <extracomment>message (fp8.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>precision.fp8_base 需要 PyTorch 2.1 或更新版本（目前為 {version}）。</translation>
        </message>
        <message>
            <source>Untick fp8 base weights or update PyTorch.</source>
            <extracomment>message (fp8.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>取消勾選「底模權重用 fp8」，或更新 PyTorch。</translation>
        </message>
        <message>
            <source>{path}: the saved EMA weights do not fit this network (no {name}).</source>
            <extracomment>message (ema.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：儲存的 EMA 權重與目前網路不匹配（缺少 {name}）。</translation>
        </message>
        <message>
            <source>Resume with the network settings of the run that saved the state.</source>
            <extracomment>message (ema.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用儲存該狀態的那次訓練的網路設定繼續訓練。</translation>
        </message>
        <message>
            <source>The state was saved by a run of {procs} process(es) x batch {batch} = {per_step} images per step; this run has {now_procs} x {now_batch}. Its position in the data means nothing with another step size.</source>
            <extracomment>message (multiprocess.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>該狀態由 {procs} 個程序 x 批次 {batch} = 每步 {per_step} 張圖的訓練儲存；本次訓練是 {now_procs} x {now_batch}。換了每步的圖片數，它在資料中的位置就沒有意義了。</translation>
        </message>
        <message>
            <source>Set launch.num_processes back to {procs}, or make processes x batch size {per_step}.</source>
            <extracomment>message (multiprocess.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>把 launch.num_processes 改回 {procs}，或讓程序數 x 批次大小等於 {per_step}。</translation>
        </message>
        <message>
            <source>sample.sample_prompts: {error}</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>sample.sample_prompts：{error}</translation>
        </message>
        <message>
            <source>Fix the prompt file or clear it.</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請修改提示詞檔案或清空它。</translation>
        </message>
        <message>
            <source>No samples: set sample.sample_prompts (a prompt file) to get sample images.</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有樣圖：設定 sample.sample_prompts（提示詞檔案）才會生成樣圖。</translation>
        </message>
        <message>
            <source>samples of step {step} skipped: the run was cancelled</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>跳過第 {step} 步的樣圖：訓練已取消</translation>
        </message>
        <message>
            <source>{path}: the sample images could not be written ({error}); training goes on without them.</source>
            <extracomment>message (train_samples.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入樣圖（{error}）；訓練繼續進行，不儲存這些樣圖。</translation>
        </message>
        <message>
            <source>{path}: the cache could not be written ({error}); this run keeps it in memory. Make that folder writable to keep the cache for the next run.</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入快取（{error}）；本次訓練把它儲存在記憶體中。請讓該資料夾可寫入，以便下次訓練沿用快取。</translation>
        </message>
        <message>
            <source>{path}: the cache could not be written ({error}); this run keeps it in memory. Free space on that disk to keep the cache for the next run.</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入快取（{error}）；本次訓練把它保留在記憶體中。在該磁碟上騰出空間，下次訓練就能沿用快取。</translation>
        </message>
        <message>
            <source>The VAE overflowed in 16 bit (NaN latents); those images were encoded in 32 bit. Tick precision.no_half_vae to encode all of them in 32 bit.</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>VAE 在 16 位下溢位（潛變數為 NaN）；這些圖片已改用 32 位編碼。勾選 precision.no_half_vae 可讓所有圖片都用 32 位編碼。</translation>
        </message>
        <message>
            <source>text encoder outputs cached: {encoded} encoded, {reused} read from disk</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文字編碼器輸出已快取：編碼 {encoded} 條，從磁碟讀取 {reused} 條</translation>
        </message>
        <message>
            <source>text encoder outputs cached: {encoded} encoded, {reused} read from disk, {pruned} stale file(s) of changed captions deleted</source>
            <extracomment>message (train_caches.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文字編碼器輸出已快取：編碼 {encoded} 條，從磁碟讀取 {reused} 條，刪除了 {pruned} 個標註已改動的過期檔案</translation>
        </message>
        <message>
            <source>{repo} is a {kind}, not a {wanted}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 是 {kind}，不是 {wanted}。</translation>
        </message>
        <message>
            <source>'{repo}' is not a model Danlu knows ({known}). For another Hugging Face repository also say which kind it is ({kinds}), or pick a local folder.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>'{repo}' 不是 Danlu 認識的模型（{known}）。對於其他 Hugging Face 儲存庫，請同時說明它的類型（{kinds}），或選擇本機資料夾。</translation>
        </message>
        <message>
            <source>{path}: no such folder. Pick the folder that holds the model's files.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：沒有這個資料夾。請選擇存放模型檔案的資料夾。</translation>
        </message>
        <message>
            <source>{path}: no captioning model here. A WD tagger folder holds model.onnx and selected_tags.csv; a BLIP folder holds config.json (model_type "blip") and its weights.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這裡沒有標註模型。WD 標籤器資料夾包含 model.onnx 和 selected_tags.csv；BLIP 資料夾包含 config.json（model_type "blip"）及其權重。</translation>
        </message>
        <message>
            <source>{path}: holds a {kind}, not a {wanted}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這裡是 {kind}，不是 {wanted}。</translation>
        </message>
        <message>
            <source>{path}: missing {files}. Copy the model's complete folder there.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：缺少 {files}。請把模型的完整資料夾複製到這裡。</translation>
        </message>
        <message>
            <source>{kind} {repo} is not downloaded: the Hugging Face cache ({cache}) lacks {files}, and Danlu is offline ({reason}), so it does not download. To get it: unset {var} and run again (Danlu downloads it), or run `{command}` on a connected machine and copy its Hugging Face cache here, or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{kind} {repo} 還沒有下載：Hugging Face 快取（{cache}）中缺少 {files}，而 Danlu 處於離線狀態（{reason}），所以不會下載。獲取方法：取消設定 {var} 後重新執行（Danlu 會下載），或在聯網的機器上執行 `{command}` 再把它的 Hugging Face 快取複製過來，或選擇一個包含 {needed} 的本機資料夾。</translation>
        </message>
        <message>
            <source>Could not download {file} of {repo}: the Hugging Face Hub cannot be reached and the file is not in the cache ({cache}). Check the connection and try again, or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>無法下載 {repo} 的 {file}：連不上 Hugging Face Hub，快取（{cache}）中也沒有這個檔案。請檢查網路後重試，或選擇一個包含 {needed} 的本機資料夾。</translation>
        </message>
        <message>
            <source>{repo} has no {file}; it is not a {kind} Danlu can use.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 中沒有 {file}；它不是 Danlu 能用的 {kind}。</translation>
        </message>
        <message>
            <source>{repo} is gated on the Hugging Face Hub: open its page, accept its terms, log in with `hf auth login`, then download again; or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 在 Hugging Face Hub 上需要申請存取：開啟它的頁面，同意其條款，用 `hf auth login` 登入後再下載；或者選擇一個包含 {needed} 的本機資料夾。</translation>
        </message>
        <message>
            <source>{repo} is not on the Hugging Face Hub (or it is private). Check the name: owner/name, as in the address of its page.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 不在 Hugging Face Hub 上（或者是私有的）。請檢查名稱：格式為 owner/name，與其網址中的一致。</translation>
        </message>
        <message>
            <source>Could not download {file} of {repo}: cannot write to the Hugging Face cache ({cache}): {error}. Free some space on that disk or make the folder writable (or set HF_HUB_CACHE to another folder), then download again; the files already downloaded are kept.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>無法下載 {repo} 的 {file}：無法寫入 Hugging Face 快取（{cache}）：{error}。請清理該磁碟的空間或讓該資料夾可寫入（或把 HF_HUB_CACHE 設為其他資料夾），然後重新下載；已下載的檔案會保留。</translation>
        </message>
        <message>
            <source>Could not download {file} of {repo}: {error}. Check the name and the connection and try again, or pick a local folder that holds {needed}.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>無法下載 {repo} 的 {file}：{error}。請檢查名稱和網路後重試，或選擇一個包含 {needed} 的本機資料夾。</translation>
        </message>
        <message>
            <source>No model chosen. Pick a model in Settings → Models, or a local folder.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有選擇模型。請在 設定 → 模型 中選擇一個模型，或選擇本機資料夾。</translation>
        </message>
        <message>
            <source>{repo} is not in the Hugging Face cache ({cache}); nothing to delete.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{repo} 不在 Hugging Face 快取（{cache}）中；沒有可刪除的內容。</translation>
        </message>
        <message>
            <source>{path}: {what} ({detail}). The file is damaged or incomplete: delete the model in Settings → Models and download it again, or pick another folder.</source>
            <extracomment>message (model_registry.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{what}（{detail}）。檔案已損壞或不完整：請在 設定 → 模型 中刪除該模型後重新下載，或選擇其他資料夾。</translation>
        </message>
        <message>
            <source>onnxruntime cannot load this model</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 無法載入這個模型</translation>
        </message>
        <message>
            <source>Tagging on the CPU, not the GPU: this onnxruntime build has no CUDA support (install onnxruntime-gpu). This is much slower.</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 CPU 而不是 GPU 打標：這個 onnxruntime 版本不支援 CUDA（請安裝 onnxruntime-gpu）。這會慢很多。</translation>
        </message>
        <message>
            <source>Tagging on the CPU, not the GPU: onnxruntime could not start its CUDA provider (no NVIDIA GPU or driver, or CUDA/cuDNN libraries missing). This is much slower.</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 CPU 而不是 GPU 打標：onnxruntime 無法啟動 CUDA 執行器（沒有 NVIDIA GPU 或驅動程式，或缺少 CUDA/cuDNN 函式庫）。這會慢很多。</translation>
        </message>
        <message>
            <source>cannot read the model</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>無法讀取模型</translation>
        </message>
        <message>
            <source>{folder}: cannot write the int8 copy of {file} there ({error}). Turn the fast mode off, or copy the model to a folder you can write to.</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：無法在這裡寫入 {file} 的 int8 副本（{error}）。請關閉快速模式，或把模型複製到可寫的資料夾。</translation>
        </message>
        <message>
            <source>onnxruntime cannot quantize this model</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 無法量化這個模型</translation>
        </message>
        <message>
            <source>not a WD tagger</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are; message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不是 WD 標籤器</translation>
        </message>
        <message>
            <source>does not belong to this model.onnx</source>
            <extracomment>message (wd_tagger.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>與這個 model.onnx 不匹配</translation>
        </message>
        <message>
            <source>cannot read the tag list</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>無法讀取標籤列表</translation>
        </message>
        <message>
            <source>not a WD tagger tag list</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不是 WD 標籤器的標籤列表</translation>
        </message>
        <message>
            <source>bad row {line}</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>第 {line} 行有誤</translation>
        </message>
        <message>
            <source>the tag list is empty</source>
            <extracomment>message (wd_tags.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>標籤列表為空</translation>
        </message>
        <message>
            <source>Captioning on the CPU, not the GPU: torch sees no CUDA GPU. This is much slower.</source>
            <extracomment>message (blip_captioner.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 CPU 而不是 GPU 生成標註：torch 沒有檢測到 CUDA GPU。這會慢很多。</translation>
        </message>
        <message>
            <source>transformers cannot load this BLIP model</source>
            <extracomment>message (blip_captioner.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>transformers 無法載入這個 BLIP 模型</translation>
        </message>
        <message>
            <source>{path}: cannot write the caption ({error}). Check that its folder is writable.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入標註（{error}）。請檢查所在資料夾是否可寫。</translation>
        </message>
        <message>
            <source>files must be a list of image paths.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>files 必須是圖片路徑列表。</translation>
        </message>
        <message>
            <source>{n} image(s) not found, first: {file}.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>有 {n} 張圖片找不到，第一張：{file}。</translation>
        </message>
        <message>
            <source>Check the file list.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請檢查檔案列表。</translation>
        </message>
        <message>
            <source>caption needs 'images' (a folder) or 'files' (a list of images) in its config.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>caption 任務的配置中需要 'images'（一個資料夾）或 'files'（圖片列表）。</translation>
        </message>
        <message>
            <source>{n} image(s) already have a caption and are skipped (mode = skip).</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 張圖片已有標註，已跳過（mode = skip）。</translation>
        </message>
        <message>
            <source>Pick another model or a local folder in Settings → Models.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在 設定 → 模型 中選擇其他模型或本機資料夾。</translation>
        </message>
        <message>
            <source>{path}: cannot write the caption ({error}).</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入標註（{error}）。</translation>
        </message>
        <message>
            <source>Free some space on that disk, then caption again: the captions written so far are kept.</source>
            <extracomment>message (caption_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在該磁碟上騰出空間，然後重新打標：已經寫入的標註會保留。</translation>
        </message>
        <message>
            <source>download-model needs 'model', a Hugging Face repository id.</source>
            <extracomment>message (model_download_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>download-model 任務需要 'model'，即 Hugging Face 儲存庫 ID。</translation>
        </message>
        <message>
            <source>Identifier '{ident}' is a common English word: the model already knows it, so the concept mixes with its meaning. Use a rare token such as 'ohwx' or 'sks'.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>識別詞 '{ident}' 是常見英文單詞：模型本來就認識它，概念會和它原本的意思混在一起。請使用 'ohwx' 或 'sks' 這樣的罕見詞。</translation>
        </message>
        <message>
            <source>CLIP tokenizer files not found in {folder}; the token length of identifier '{ident}' was not checked.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在 {folder} 中找不到 CLIP 分詞器檔案；沒有檢查識別詞 '{ident}' 的 token 長度。</translation>
        </message>
        <message>
            <source>Identifier '{ident}' is {count} CLIP tokens long; rare identifiers of {most} tokens or fewer learn best. Pick a shorter one.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>識別詞 '{ident}' 有 {count} 個 CLIP token；不超過 {most} 個 token 的罕見識別詞學得最好。請換一個更短的。</translation>
        </message>
        <message>
            <source>Concept '{ident}' has no class token (like 'woman' or 'dog'): images without captions get only the identifier as caption, and it cannot have regularization images.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念 '{ident}' 沒有類別詞（如 'woman' 或 'dog'）：沒有標註的圖片只會用識別詞作為標註，而且它不能有正規化圖片。</translation>
        </message>
        <message>
            <source>{n} image(s) in {folder} have {other} captions but this concept reads {ext} files. Set its caption extension to {other}.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 張圖片的標註是 {other} 檔案，但這個概念讀取的是 {ext} 檔案。請把它的標註副檔名設為 {other}。</translation>
        </message>
        <message>
            <source>{n} of {total} images in {folder} have no {ext} caption ({files}); sd-scripts then uses the folder's class tokens '{tokens}' as their caption.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 的 {total} 張圖片中有 {n} 張沒有 {ext} 標註（{files}）；sd-scripts 會用資料夾的類別詞 '{tokens}' 作為它們的標註。</translation>
        </message>
        <message>
            <source>{n} caption file(s) in {folder} have no image ({files}); they are not used.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 個標註檔案沒有對應的圖片（{files}）；它們不會被使用。</translation>
        </message>
        <message>
            <source>{error} sd-scripts stops on it.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{error} sd-scripts 遇到它會停止。</translation>
        </message>
        <message>
            <source>{file} starts with a UTF-8 byte-order mark, which sd-scripts keeps as part of the first tag. Re-save it without the BOM.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 以 UTF-8 位元組順序標記（BOM）開頭，sd-scripts 會把它當作第一個標籤的一部分。請去掉 BOM 重新儲存。</translation>
        </message>
        <message>
            <source>{file} is empty; sd-scripts stops on an empty caption file. Write a caption or delete the file.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 是空的；sd-scripts 遇到空標註檔案會停止。請寫上標註或刪除該檔案。</translation>
        </message>
        <message>
            <source>{file} holds only blank space: the image trains with an empty caption.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 只有空白：這張圖片會以空標註訓練。</translation>
        </message>
        <message>
            <source>{file} has several lines; sd-scripts reads only the first. Join them with commas.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file} 有多行；sd-scripts 只讀取第一行。請用逗號把它們連成一行。</translation>
        </message>
        <message>
            <source>{folder} does not exist (source of {rel}). Fix the concept's folder.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 不存在（{rel} 的來源）。請修改概念的資料夾。</translation>
        </message>
        <message>
            <source>{n} image(s) in {folder} are in a format sd-scripts does not read ({files}), so they are not trained. Prepare this folder on the Images page (it writes PNG, WebP or JPEG) and train on the prepared set, or convert them.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 張圖片的格式 sd-scripts 無法讀取（{files}），所以它們不會參與訓練。請在圖片頁預處理這個資料夾（會寫出 PNG、WebP 或 JPEG）並用處理後的訓練集訓練，或自行轉換格式。</translation>
        </message>
        <message>
            <source>{folder} holds no images, so it adds no regularization images (sd-scripts skips empty folders: '{rel}').</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中沒有圖片，所以不會增加任何正規化圖片（sd-scripts 會跳過空資料夾：'{rel}'）。</translation>
        </message>
        <message>
            <source>{folder} holds no images, so this concept trains nothing (sd-scripts skips empty folders: '{rel}').</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中沒有圖片，所以這個概念什麼也不會訓練（sd-scripts 會跳過空資料夾：'{rel}'）。</translation>
        </message>
        <message>
            <source>{n} image(s) ({files}) appear in both training folder and regularization folder ('{a}', '{b}'). Reg images should be the same class but not the same subject; remove them from the reg set.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 張圖片（{files}）同時出現在訓練資料夾和正規化資料夾中（'{a}'、'{b}'）。正規化圖片應與訓練圖片同類別但不是同一個物件；請把它們從正規化集中移除。</translation>
        </message>
        <message>
            <source>{n} image(s) ({files}) are in '{a}' twice, so they train twice as often. Remove the copies.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 張圖片（{files}）在 '{a}' 中出現了兩次，所以訓練次數會翻倍。請刪除副本。</translation>
        </message>
        <message>
            <source>{n} image(s) ({files}) are in both '{a}' and '{b}'. Keep each image in one concept.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{n} 張圖片（{files}）同時在 '{a}' 和 '{b}' 中。每張圖片只放在一個概念裡。</translation>
        </message>
        <message>
            <source>The regularization set has {reg} images × repeats for {train} training images × repeats: sd-scripts repeats reg images until the two match, so each reg image is used about {times}× as often. Add reg images to vary them.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正規化集有 {reg} 個（圖片 × 重複次數），而訓練集有 {train} 個（圖片 × 重複次數）：sd-scripts 會重複正規化圖片直到兩者相等，所以每張正規化圖片的使用次數約為 {times} 倍。請增加正規化圖片讓它們更多樣。</translation>
        </message>
        <message>
            <source>Only {used} of {total} regularization images are used per epoch: sd-scripts takes reg images in order until they match the {train} training images × repeats, and never shows the other {unused}.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每輪只用到 {total} 張正規化圖片中的 {used} 張：sd-scripts 按順序取正規化圖片，直到與 {train} 個訓練（圖片 × 重複次數）相等，另外 {unused} 張永遠用不到。</translation>
        </message>
        <message>
            <source>The project has no concepts yet. Add one: an identifier, a class and a folder.</source>
            <extracomment>message (layout_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>專案還沒有概念。請新增一個：識別詞、類別和資料夾。</translation>
        </message>
        <message>
            <source>{path}: the image has {pixels} megapixels, over the limit of {limit} megapixels (a guard against decompression bombs). Downscale it, or raise max_pixels if you trust the file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：圖片有 {pixels} 百萬畫素，超過了 {limit} 百萬畫素的上限（防範解壓炸彈）。請縮小它；如果信任該檔案，也可以調高 max_pixels。</translation>
        </message>
        <message>
            <source>{path}: the file is empty (0 bytes), as after a failed download or copy. Copy the image again from its source, or delete this file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：檔案是空的（0 位元組），像是下載或複製失敗了。請從來源重新複製這張圖片，或刪除這個檔案。</translation>
        </message>
        <message>
            <source>{path}: skipped: HEIC images need the pillow-heif plug-in. Install it (pip install pillow-heif) and scan again, or convert it to JPEG.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：已跳過：HEIC 圖片需要 pillow-heif 外掛。請安裝它（pip install pillow-heif）後重新掃描，或把它轉換為 JPEG。</translation>
        </message>
        <message>
            <source>{path}: skipped: AVIF images need Pillow 11.3+ or the pillow-avif-plugin. Install one (pip install pillow-avif-plugin) and scan again, or convert it to JPEG.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：已跳過：AVIF 圖片需要 Pillow 11.3+ 或 pillow-avif-plugin。請安裝其中一個（pip install pillow-avif-plugin）後重新掃描，或把它轉換為 JPEG。</translation>
        </message>
        <message>
            <source>{path}: the file is truncated (its {format} data ends early, as after an interrupted download or copy). Copy the image again from its source, or delete this file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：檔案不完整（{format} 資料提前結束，像是下載或複製中斷了）。請從來源重新複製這張圖片，或刪除這個檔案。</translation>
        </message>
        <message>
            <source>{path}: not an image, the file holds text. Move it out of the image folder.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是圖片，檔案裡是文字。請把它移出圖片資料夾。</translation>
        </message>
        <message>
            <source>{path}: not an image Danlu can read (the contents match no known image format). Re-export it as PNG or JPEG, or move it out of the image folder.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 Danlu 能讀取的圖片（內容不符合任何已知的圖片格式）。請重新匯出為 PNG 或 JPEG，或把它移出圖片資料夾。</translation>
        </message>
        <message>
            <source>{path}: the {format} data is damaged ({error}). Re-export the image from its source, or delete this file.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：{format} 資料已損壞（{error}）。請從來源重新匯出這張圖片，或刪除這個檔案。</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({error}). Check that it still exists and that you may read it.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are; message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取檔案（{error}）。請確認檔案還在，並且你有讀取權限。</translation>
        </message>
        <message>
            <source>{path}: its colour mode {mode} cannot be converted to RGB ({error}). Re-export it as an 8-bit RGB PNG or JPEG.</source>
            <extracomment>message (image_import.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：它的顏色模式 {mode} 無法轉換為 RGB（{error}）。請重新匯出為 8 位 RGB 的 PNG 或 JPEG。</translation>
        </message>
        <message>
            <source>import-scan needs 'source' (a folder or a list of folders) or 'project' in its config.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>import-scan 任務的設定中需要 'source'（一個資料夾或資料夾列表）或 'project'。</translation>
        </message>
        <message>
            <source>the project has no source folders: add one on the Images page.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>專案還沒有來源資料夾：請在圖片頁新增一個。</translation>
        </message>
        <message>
            <source>{where}: {error}</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are; message (prepare.py); keep {placeholders}, keys and quoted values as they are; message (prompts.py); keep {placeholders}, keys and quoted values as they are; message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{error}</translation>
        </message>
        <message>
            <source>max_pixels must be 1 or more (got {n}).</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>max_pixels 必須大於等於 1（目前為 {n}）。</translation>
        </message>
        <message>
            <source>{path}: cannot write the import report ({error}).</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入匯入報告（{error}）。</translation>
        </message>
        <message>
            <source>Check that the folder is writable and has free space, then scan again.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請檢查該資料夾是否可寫、是否有剩餘空間，然後重新掃描。</translation>
        </message>
        <message>
            <source>import-scan needs 'report' (where to write the report) or 'project' in its config.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>import-scan 任務的設定中需要 'report'（報告寫到哪裡）或 'project'。</translation>
        </message>
        <message>
            <source>{error} Scanning every file again.</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{error} 將重新掃描所有檔案。</translation>
        </message>
        <message>
            <source>CLIP similarity with {model} on {n} images</source>
            <extracomment>message (import_scan.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>用 {model} 計算 {n} 張圖片的 CLIP 相似度</translation>
        </message>
        <message>
            <source>{where}: unknown setting(s) {names}.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：未知的設定 {names}。</translation>
        </message>
        <message>
            <source>{where}: set 'source' (a folder or list of folders) or 'project'.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：請設定 'source'（一個資料夾或資料夾列表）或 'project'。</translation>
        </message>
        <message>
            <source>{where}: set 'output' (the folder for the prepared images) or 'project'.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：請設定 'output'（存放處理後圖片的資料夾）或 'project'。</translation>
        </message>
        <message>
            <source>{where}: no source folders: add one on the Images page.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：沒有來源資料夾：請在圖片頁新增一個。</translation>
        </message>
        <message>
            <source>{where}: the output folder {output} is a source folder; the prepared images would overwrite the originals. Choose another output folder.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：輸出資料夾 {output} 是來源資料夾之一；處理後的圖片會覆蓋原圖。請選擇其他輸出資料夾。</translation>
        </message>
        <message>
            <source>{path}: another image, {other}, is already prepared as {name}. Rename one of them so each has its own name (and caption).</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：另一張圖片 {other} 已經處理為 {name}。請給其中一張改名，讓每張圖片都有自己的檔名（和標註）。</translation>
        </message>
        <message>
            <source>prepare: {todo} to write, {done} already done, {excluded} excluded, {removed} removed from an earlier run</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>預處理：待寫入 {todo} 張，已完成 {done} 張，已排除 {excluded} 張，刪除上次執行留下的 {removed} 張</translation>
        </message>
        <message>
            <source>Free some space there (or choose another output folder) and run prepare again to finish the set.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在那裡騰出空間（或選擇其他輸出資料夾），再執行一次預處理來完成這組圖片。</translation>
        </message>
        <message>
            <source>{folder}: cannot write the prepared images there ({error}).</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：無法在這裡寫入處理後的圖片（{error}）。</translation>
        </message>
        <message>
            <source>Check that the folder is writable and has free space, or choose another output folder.</source>
            <extracomment>message (prepare.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請檢查該資料夾是否可寫、是否有剩餘空間，或選擇其他輸出資料夾。</translation>
        </message>
        <message>
            <source>{path}: too small for its bucket {w}x{h} (the image or its crop has a side under {steps} pixels, and bucket_no_upscale keeps it from being enlarged). Remove it from the training set, or prepare with resize = max-side.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：對它的分桶 {w}x{h} 來說太小了（圖片或其裁切有一邊不到 {steps} 畫素，而 bucket_no_upscale 不允許放大）。請把它從訓練集中去掉，或用 resize = max-side 預處理。</translation>
        </message>
        <message>
            <source>{path}: could not prepare it ({error}). Check the image, its mask and its caption file.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法預處理（{error}）。請檢查圖片、它的蒙版和標註檔案。</translation>
        </message>
        <message>
            <source>{path}: could not write it as {format} ({error}). Choose another format or a smaller size.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法儲存為 {format}（{error}）。請換一種格式或更小的尺寸。</translation>
        </message>
        <message>
            <source>{path}: could not write {file} ({error}). Check that {folder} is writable and has free space.</source>
            <extracomment>message (prepare_render.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入 {file}（{error}）。請檢查 {folder} 是否可寫、是否有剩餘空間。</translation>
        </message>
        <message>
            <source>{path}: the mask is {mw}x{mh} pixels but its image {image} is {w}x{h}.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：遮罩是 {mw}x{mh} 畫素，但它的圖片 {image} 是 {w}x{h}。</translation>
        </message>
        <message>
            <source>Export the mask at the image's size (draw it on a copy of the image), or remove it.</source>
            <extracomment>message (masks.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請按圖片的尺寸匯出遮罩（在圖片的副本上繪製），或刪除它。</translation>
        </message>
        <message>
            <source>build-layout needs 'project' (the project folder) in its config.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>build-layout 任務的設定中需要 'project'（專案資料夾）。</translation>
        </message>
        <message>
            <source>Fix the value in the job's config.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請修改任務設定中的這個值。</translation>
        </message>
        <message>
            <source>{first} (and {n} more)</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{first}（還有 {n} 個）</translation>
        </message>
        <message>
            <source>Fix the concepts, then build the folders again.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請修改概念，然後重新建立資料夾。</translation>
        </message>
        <message>
            <source>building {path} failed: {error}</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>建立 {path} 失敗：{error}</translation>
        </message>
        <message>
            <source>The previous layout is unchanged.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>之前的資料夾結構沒有改變。</translation>
        </message>
        <message>
            <source>{path}: cannot write the dataset config ({error}).</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法寫入資料集設定檔（{error}）。</translation>
        </message>
        <message>
            <source>The folders are built. Choose another place for the dataset config, or check that its folder is writable, then build again.</source>
            <extracomment>message (layout_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>資料夾已經建好。請為資料集設定檔另選位置，或檢查其所在資料夾是否可寫，然後重新生成。</translation>
        </message>
        <message>
            <source>unknown sampler '{name}'; use one of: {known}.</source>
            <extracomment>message (samplers.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的取樣器 '{name}'；請使用以下之一：{known}。</translation>
        </message>
        <message>
            <source>{where}: --{option} needs a whole number (got '{value}').</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：--{option} 需要整數（目前為 '{value}'）。</translation>
        </message>
        <message>
            <source>{where}: --{option} must be {low} or more (got {number}).</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：--{option} 必須大於等於 {low}（目前為 {number}）。</translation>
        </message>
        <message>
            <source>{where}: {option} needs a number, the CFG scale (got '{value}').</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{option} 需要一個數字，即 CFG 強度（目前為 '{value}'）。</translation>
        </message>
        <message>
            <source>{where}: option --{option} is not supported here and is ignored.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：這裡不支援選項 --{option}，已忽略。</translation>
        </message>
        <message>
            <source>{where}: the line has options but no prompt before them.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：這一行有選項，但選項前面沒有提示詞。</translation>
        </message>
        <message>
            <source>{where}: each entry needs a 'prompt'.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：每個條目都需要 'prompt'。</translation>
        </message>
        <message>
            <source>{path}: not UTF-8 text. Re-save it as UTF-8.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are; message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 UTF-8 文字。請另存為 UTF-8。</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({error}). Check that it is a file you may read, then try again.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are; message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取（{error}）。請確認它是你有權限讀取的檔案，然後重試。</translation>
        </message>
        <message>
            <source>{path}: not a valid JSON prompt file ({error}).</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是有效的 JSON 提示詞檔案（{error}）。</translation>
        </message>
        <message>
            <source>{path}: a JSON prompt file holds a list of {entry} entries.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：JSON 提示詞檔案應是 {entry} 條目的列表。</translation>
        </message>
        <message>
            <source>{path}: a TOML prompt file needs a [prompt] table with [[prompt.subset]] entries.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：TOML 提示詞檔案需要一個包含 [[prompt.subset]] 條目的 [prompt] 表。</translation>
        </message>
        <message>
            <source>{path}: prompt file not found. Pick an existing file.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到提示詞檔案。請選擇一個存在的檔案。</translation>
        </message>
        <message>
            <source>{path} entry {n}</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 第 {n} 個條目</translation>
        </message>
        <message>
            <source>{path} line {line}</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 第 {line} 行</translation>
        </message>
        <message>
            <source>{path}: holds no prompts (only empty or # comment lines). Add one prompt per line.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：沒有提示詞（只有空行或 # 註解行）。請每行寫一條提示詞。</translation>
        </message>
        <message>
            <source>the class prompt is empty: set the concept's class (or reg class), e.g. 'woman'.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>類別提示詞為空：請設定概念的類別（或正規化類別），例如 'woman'。</translation>
        </message>
        <message>
            <source>there are no training images to take captions from; pick the concept's image folder.</source>
            <extracomment>message (prompts.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有可以讀取標註的訓練圖片；請選擇概念的圖片資料夾。</translation>
        </message>
        <message>
            <source>vae_tiling '{value}' is not one of auto, on, off.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>vae_tiling '{value}' 不是 auto、on、off 之一。</translation>
        </message>
        <message>
            <source>clip_skip must be 1 or more (got {n}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>clip_skip 必須大於等於 1（目前為 {n}）。</translation>
        </message>
        <message>
            <source>device '{name}' was asked for, but PyTorch sees no CUDA GPU.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>指定了裝置 '{name}'，但 PyTorch 沒有偵測到 CUDA GPU。</translation>
        </message>
        <message>
            <source>Pick device 'auto' or 'cpu', or run 'python -m training doctor' to see why the GPU is missing.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請把裝置設為 'auto' 或 'cpu'，或執行 'python -m training doctor' 查看為什麼找不到 GPU。</translation>
        </message>
        <message>
            <source>dtype '{name}' is not one of auto, fp16, bf16, fp32.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>dtype '{name}' 不是 auto、fp16、bf16、fp32 之一。</translation>
        </message>
        <message>
            <source>Pick the base model the LoRA is trained on.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇訓練這個 LoRA 所用的底模。</translation>
        </message>
        <message>
            <source>{path}: not a diffusers model folder (no model_index.json).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 diffusers 模型資料夾（沒有 model_index.json）。</translation>
        </message>
        <message>
            <source>Pick the folder that holds model_index.json, unet/, vae/ and text_encoder/.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇包含 model_index.json、unet/、vae/ 和 text_encoder/ 的資料夾。</translation>
        </message>
        <message>
            <source>{path}: its model_index.json cannot be read ({error}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取它的 model_index.json（{error}）。</translation>
        </message>
        <message>
            <source>unknown</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知</translation>
        </message>
        <message>
            <source>{path}: a {kind} model, not a Stable Diffusion 1.x/2.x or SDXL text-to-image model.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這是 {kind} 模型，不是 Stable Diffusion 1.x/2.x 或 SDXL 文生圖模型。</translation>
        </message>
        <message>
            <source>{path}: could not load the model ({error}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法載入模型（{error}）。</translation>
        </message>
        <message>
            <source>Check the path; a Hugging Face repo id must be downloaded first.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請檢查路徑；Hugging Face 儲存庫 ID 需要先下載。</translation>
        </message>
        <message>
            <source>{path}: a {kind}, not a Stable Diffusion text-to-image model.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這是 {kind}，不是 Stable Diffusion 文生圖模型。</translation>
        </message>
        <message>
            <source>{path}: a pickle checkpoint; loading one can run code, so generation does not.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這是 pickle 格式的模型檔案；載入它可能執行任意程式碼，所以生成圖片時不載入。</translation>
        </message>
        <message>
            <source>Use a .safetensors version of the model, or a diffusers folder.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用該模型的 .safetensors 版本，或 diffusers 資料夾。</translation>
        </message>
        <message>
            <source>{path}: an SD 2.x single-file checkpoint, which does not say whether it predicts noise (512 base) or velocity (768-v).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這是 SD 2.x 單檔案模型，檔案裡沒有說明它預測雜訊（512 base）還是速度（768-v）。</translation>
        </message>
        <message>
            <source>Use the model as a diffusers folder (it names its prediction type), or an SD 1.x/SDXL file.</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用該模型的 diffusers 資料夾（裡面寫明了預測類型），或使用 SD 1.x/SDXL 的模型檔案。</translation>
        </message>
        <message>
            <source>{path}: could not load this LoRA ({error}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法載入這個 LoRA（{error}）。</translation>
        </message>
        <message>
            <source>Check that it is a LoRA for this base model (SD 1.x/2.x or SDXL).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請確認它是這個底模（SD 1.x/2.x 或 SDXL）的 LoRA。</translation>
        </message>
        <message>
            <source>the model produced NaN values (images {indices}).</source>
            <extracomment>message (generate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>模型輸出了 NaN 值（圖片 {indices}）。</translation>
        </message>
        <message>
            <source>Remove or re-export it, then check again.</source>
            <extracomment>message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請刪除或重新匯出它，然後再檢查一次。</translation>
        </message>
        <message>
            <source>CLIP model '{name}' could not be loaded ({error}).</source>
            <extracomment>message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>無法載入 CLIP 模型 '{name}'（{error}）。</translation>
        </message>
        <message>
            <source>Download it once while online (it goes to the Hugging Face cache), or set clip_model to a local open_clip folder.</source>
            <extracomment>message (clip_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請在連網時下載一次（會存入 Hugging Face 快取），或把 clip_model 設為本機的 open_clip 資料夾。</translation>
        </message>
        <message>
            <source>text</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>文字</translation>
        </message>
        <message>
            <source>a whole number</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>整數</translation>
        </message>
        <message>
            <source>a number</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>數字</translation>
        </message>
        <message>
            <source>true or false</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>布林值（true 或 false）</translation>
        </message>
        <message>
            <source>a list</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>列表</translation>
        </message>
        <message>
            <source>an identifier or a number</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>識別詞或編號</translation>
        </message>
        <message>
            <source>{path}: unreadable reg manifest ({error}).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取正規化集記錄檔（{error}）。</translation>
        </message>
        <message>
            <source>Delete the file: images already there are kept, rejected ones lose their new seeds.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請刪除該檔案：已有的圖片會保留，被剔除圖片的新種子會遺失。</translation>
        </message>
        <message>
            <source>config key '{key}' is not a reg setting and is ignored (check its spelling).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>設定項 '{key}' 不是正規化圖設定，已忽略（請檢查拼寫）。</translation>
        </message>
        <message>
            <source>reg setting {key} = {value} has the wrong type.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正規化圖設定 {key} = {value} 的類型不對。</translation>
        </message>
        <message>
            <source>Give {key} as {kind}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請把 {key} 寫成{kind}。</translation>
        </message>
        <message>
            <source>{path}: the project has no concepts.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：專案中沒有概念。</translation>
        </message>
        <message>
            <source>Add a concept first.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請先新增一個概念。</translation>
        </message>
        <message>
            <source>concept {which}: the project has {n} concept(s).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念 {which}：專案中只有 {n} 個概念。</translation>
        </message>
        <message>
            <source>Number concepts from 1, or give the concept's identifier.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念從 1 開始編號，也可以填寫概念的識別詞。</translation>
        </message>
        <message>
            <source>no concept with identifier '{ident}' in {path}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 中沒有識別詞為 '{ident}' 的概念。</translation>
        </message>
        <message>
            <source>Give an identifier from danlu.toml or the concept's number.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請填寫 danlu.toml 中的識別詞或概念的編號。</translation>
        </message>
        <message>
            <source>no identifier is set, so captions are used as they are; set 'identifier' to take the subject's name out.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有設定識別詞，所以標註會原樣使用；請設定 'identifier'，把主體的名字從標註中去掉。</translation>
        </message>
        <message>
            <source>source = "file" needs prompt_file.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>source = "file" 需要設定 prompt_file。</translation>
        </message>
        <message>
            <source>Name an sd-scripts prompt file.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請指定一個 sd-scripts 提示詞檔案。</translation>
        </message>
        <message>
            <source>the reg job needs 'output_dir', or 'project' to put the set in its reg/ folder.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正規化圖任務需要 'output_dir'，或者 'project'（把正規化集放進專案的 reg/ 資料夾）。</translation>
        </message>
        <message>
            <source>captions, bucket sizes and the check need the training images: set 'captions_dir' or 'project'.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>讀取標註、按分桶尺寸生成和檢查都需要訓練圖片：請設定 'captions_dir' 或 'project'。</translation>
        </message>
        <message>
            <source>{path}: no training images there.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：這裡沒有訓練圖片。</translation>
        </message>
        <message>
            <source>the reg job needs 'model': the base model the LoRA will be trained on.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正規化圖任務需要 'model'：即將來訓練 LoRA 所用的底模。</translation>
        </message>
        <message>
            <source>Set model to a diffusers folder (or a downloaded Hugging Face repo id).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請把 model 設為 diffusers 資料夾（或已下載的 Hugging Face 儲存庫 ID）。</translation>
        </message>
        <message>
            <source>source '{value}' is not one of {names}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>source '{value}' 不是 {names} 之一。</translation>
        </message>
        <message>
            <source>size '{value}' is not 'fixed' or 'buckets'.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>size '{value}' 不是 'fixed' 或 'buckets'。</translation>
        </message>
        <message>
            <source>{key} must be {low} or more (got {n}).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{key} 必須大於等於 {low}（目前為 {n}）。</translation>
        </message>
        <message>
            <source>set 'count' (or 'project', to use the suggested count).</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請設定 'count'（或設定 'project' 以使用建議的數量）。</translation>
        </message>
        <message>
            <source>Set 'count' yourself.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請自己設定 'count'。</translation>
        </message>
        <message>
            <source>{file}: concept '{concept}' now takes its reg images from {source}.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{file}：概念 '{concept}' 現在從 {source} 讀取正規化圖片。</translation>
        </message>
        <message>
            <source>concept '{ident}' takes its reg images from {source}, not from {folder}; change reg_source in the project to use this set.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>概念 '{ident}' 的正規化圖取自 {source}，而不是 {folder}；要使用這個正規化集，請修改專案中的 reg_source。</translation>
        </message>
        <message>
            <source>{folder} holds images made with other settings ({names} changed); they are kept. Delete them to render the whole set with the new settings.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有用其他設定生成的圖片（{names} 有改動）；它們會保留。如果要用新設定生成整個正規化集，請刪除它們。</translation>
        </message>
        <message>
            <source>{folder} holds {n} image(s) numbered beyond count {count}; they stay in the set. Delete them if the set should be smaller.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder} 中有 {n} 張圖片的編號超出了數量 {count}；它們仍留在正規化集中。如果正規化集應該更小，請刪除它們。</translation>
        </message>
        <message>
            <source>loading {model}</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在載入 {model}</translation>
        </message>
        <message>
            <source>{error} Nothing was written for them.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are; message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{error} 這些圖片都沒有寫入。</translation>
        </message>
        <message>
            <source>Use dtype = "bf16" (RTX 30xx and newer) or "fp32"; fp16 overflows in some models' VAE.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用 dtype = "bf16"（RTX 30xx 及更新的顯示卡）或 "fp32"；有些模型的 VAE 在 fp16 下會溢位。</translation>
        </message>
        <message>
            <source>Lower batch_size (now {size}) or the size, or set vae_tiling = "on".</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請降低 batch_size（目前 {size}）或圖片尺寸，或設定 vae_tiling = "on"。</translation>
        </message>
        <message>
            <source>mode '{value}' is not 'generate' or 'check'.</source>
            <extracomment>message (reg_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>mode '{value}' 不是 'generate' 或 'check'。</translation>
        </message>
        <message>
            <source>{image}: not an image of the reg folder {folder} (any more).</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{image}：（已）不是正規化資料夾 {folder} 中的圖片。</translation>
        </message>
        <message>
            <source>Check the set again, then reject from the new report.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請重新檢查正規化集，再根據新的報告剔除。</translation>
        </message>
        <message>
            <source>{path}: cannot move the image into {bin} ({error}).</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法把圖片移入 {bin}（{error}）。</translation>
        </message>
        <message>
            <source>Make the reg folder writable, then reject again.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請讓正規化資料夾可寫入，然後再剔除一次。</translation>
        </message>
        <message>
            <source>check setting {key} = {value} must be a number.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>檢查設定 {key} = {value} 必須是數字。</translation>
        </message>
        <message>
            <source>reject = {value}: give a list of flags from {names}.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>reject = {value}：請填寫由 {names} 中的標記組成的列表。</translation>
        </message>
        <message>
            <source>the check needs the class: set 'class_prompt' or 'project'.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>檢查需要類別：請設定 'class_prompt' 或 'project'。</translation>
        </message>
        <message>
            <source>{path}: the reg folder does not exist; generate the set first.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：正規化圖資料夾不存在；請先生成正規化集。</translation>
        </message>
        <message>
            <source>{path}: holds no images to check.</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：沒有可檢查的圖片。</translation>
        </message>
        <message>
            <source>loading CLIP {model}</source>
            <extracomment>message (reg_check.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在載入 CLIP {model}</translation>
        </message>
        <message>
            <source>{key} is empty: give at least one value.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{key} 為空：請至少填寫一個值。</translation>
        </message>
        <message>
            <source>unknown axis '{axis}': rows and columns take {names}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未知的維度 '{axis}'：列和欄可以用 {names}。</translation>
        </message>
        <message>
            <source>axis '{axis}' is on both rows and columns; put it on one side.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>維度 '{axis}' 同時在列和欄中；請只放在一邊。</translation>
        </message>
        <message>
            <source>{key} has several values but is neither in rows nor in columns; add it to one of them or keep one value.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{key} 有多個值，但既不在列中也不在欄中；請把它加到其中一邊，或只保留一個值。</translation>
        </message>
        <message>
            <source>tolerance is a fraction between 0 and 1 (got {n}).</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>tolerance 是 0 到 1 之間的比例（目前為 {n}）。</translation>
        </message>
        <message>
            <source>{where}: unknown key '{key}'; known keys: {names}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：未知的鍵 '{key}'；可用的鍵：{names}。</translation>
        </message>
        <message>
            <source>{where}: {key} = {value} is not a {kind} list.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} = {value} 不是 {kind} 列表。</translation>
        </message>
        <message>
            <source>{where}: {key} = {value} is not a {kind}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} = {value} 不是 {kind}。</translation>
        </message>
        <message>
            <source>no preset '{name}'; presets: {names}.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有預設集 '{name}'；可用的預設集：{names}。</translation>
        </message>
        <message>
            <source>no LoRA</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不加 LoRA</translation>
        </message>
        <message>
            <source>epoch {n}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>第 {n} 輪</translation>
        </message>
        <message>
            <source>step {n}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>第 {n} 步</translation>
        </message>
        <message>
            <source>weight {value}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>權重 {value}</translation>
        </message>
        <message>
            <source>seed {value}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>種子 {value}</translation>
        </message>
        <message>
            <source>CFG {value}</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>CFG {value}</translation>
        </message>
        <message>
            <source>{path}: cannot read this grid ({error}). Render the grid again.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取這張比較圖（{error}）。請重新生成比較圖。</translation>
        </message>
        <message>
            <source>{path}: not a Danlu grid file (version {version}). Render the grid again.</source>
            <extracomment>message (grid_spec.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 Danlu 的比較圖檔案（版本 {version}）。請重新生成比較圖。</translation>
        </message>
        <message>
            <source>{path}: export as .png or .jpg.</source>
            <extracomment>message (grid_export.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：請匯出為 .png 或 .jpg。</translation>
        </message>
        <message>
            <source>every row or every column is hidden: nothing to export.</source>
            <extracomment>message (grid_export.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>所有列或所有欄都被隱藏了：沒有可匯出的內容。</translation>
        </message>
        <message>
            <source>{path}: not a LoRA .safetensors file that exists.</source>
            <extracomment>message (grid_export.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是存在的 LoRA .safetensors 檔案。</translation>
        </message>
        <message>
            <source>{checkpoint} @ {weight}</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{checkpoint} @ {weight}</translation>
        </message>
        <message>
            <source>The grid has no LoRA checkpoints to choose from.</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>比較圖中沒有可供選擇的 LoRA 檢查點。</translation>
        </message>
        <message>
            <source>the base model without LoRA</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>不加 LoRA 的底模</translation>
        </message>
        <message>
            <source>the checkpoints at the lowest weight ({weight})</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>最低權重（{weight}）下的檢查點</translation>
        </message>
        <message>
            <source>Every checkpoint loses more than {tolerance} of the prompt adherence (CLIP-T) of {source}: they override the prompts. Try earlier epochs or lower weights.</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每個檢查點的提示詞貼合度（CLIP-T）都比{source}低了 {tolerance} 以上：它們壓過了提示詞。請試試更早的輪次（epoch）或更低的權重。</translation>
        </message>
        <message>
            <source>highest identity score (CLIP-I {clip_i}) among the {n} checkpoint(s) that keep prompt adherence within {tolerance} of {source} (CLIP-T ≥ {floor})</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在提示詞貼合度與{source}相差不超過 {tolerance} 的 {n} 個檢查點中（CLIP-T ≥ {floor}），人物相似度最高（CLIP-I {clip_i}）</translation>
        </message>
        <message>
            <source>highest prompt adherence (CLIP-T {clip_t}); no training images were given for CLIP-I</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>提示詞貼合度最高（CLIP-T {clip_t}）；沒有提供訓練圖片，無法計算 CLIP-I</translation>
        </message>
        <message>
            <source>{label}: {why}.</source>
            <extracomment>message (grid_scores.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{label}：{why}。</translation>
        </message>
        <message>
            <source>{path}: cannot read this checkpoint ({error}).</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取這個檢查點（{error}）。</translation>
        </message>
        <message>
            <source>Pick checkpoints that exist; a rotated-away epoch is gone.</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請選擇存在的檢查點；被輪換刪除的輪次已經不在了。</translation>
        </message>
        <message>
            <source>Use dtype = "bf16" or "fp32"; fp16 overflows in some models' VAE.</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用 dtype = "bf16" 或 "fp32"；有些模型的 VAE 在 fp16 下會溢位。</translation>
        </message>
        <message>
            <source>Lower the size or batch_size.</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請降低圖片尺寸或 batch_size。</translation>
        </message>
        <message>
            <source>No scores: {error} {hint}</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有分數：{error} {hint}</translation>
        </message>
        <message>
            <source>{path} holds no images: no identity score (CLIP-I).</source>
            <extracomment>message (grid_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path} 中沒有圖片：無法計算人物相似度（CLIP-I）。</translation>
        </message>
        <message>
            <source>no reason given</source>
            <extracomment>message (doctor_onnxruntime.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有給出原因</translation>
        </message>
        <message>
            <source>the onnx package is missing, so no test model could be built</source>
            <extracomment>message (doctor_onnxruntime.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>缺少 onnx 套件，無法建立測試模型</translation>
        </message>
        <message>
            <source>Run the installer again (bash installer/install.sh, or installer\install.bat on Windows).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請重新執行安裝程式（bash installer/install.sh，Windows 上是 installer\install.bat）。</translation>
        </message>
        <message>
            <source>NVIDIA driver {branch} or newer</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{branch} 或更新版本的 NVIDIA 驅動程式</translation>
        </message>
        <message>
            <source>an NVIDIA driver that runs CUDA {build}</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>支援 CUDA {build} 的 NVIDIA 驅動程式</translation>
        </message>
        <message>
            <source>the NVIDIA driver {driver} runs CUDA up to {driver_cuda}, but PyTorch {torch} is built for CUDA {build}: training cannot use the GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>NVIDIA 驅動程式 {driver} 最高只支援 CUDA {driver_cuda}，而 PyTorch {torch} 是為 CUDA {build} 建置的：訓練用不了顯示卡。</translation>
        </message>
        <message>
            <source>Install {target} (nvidia.com/drivers, or your distribution's driver package), restart the computer and check again; or run the installer again to get a PyTorch build for this driver.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請安裝{target}（nvidia.com/drivers，或 Linux 發行版內建的驅動程式套件），重新開機後再檢查一次；也可以重新執行安裝程式，換一個適合目前驅動程式的 PyTorch 版本。</translation>
        </message>
        <message>
            <source>PyTorch {torch} (built for CUDA {build}) cannot use the NVIDIA GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch {torch}（為 CUDA {build} 建置）用不了 NVIDIA 顯示卡。</translation>
        </message>
        <message>
            <source>The driver is probably older than that CUDA version (nvidia-smi shows the newest CUDA it runs): update the driver, or run the installer again to get a build for this driver.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>驅動程式可能比這個 CUDA 版本舊（nvidia-smi 會顯示它支援的最高 CUDA 版本）：請更新驅動程式，或重新執行安裝程式，換一個適合目前驅動程式的版本。</translation>
        </message>
        <message>
            <source>PyTorch is not installed or does not import ({error}).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch 沒有安裝或無法匯入（{error}）。</translation>
        </message>
        <message>
            <source>PyTorch {torch} is a CPU-only build, but an NVIDIA driver is installed.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch {torch} 是純 CPU 版本，但這臺電腦裝了 NVIDIA 驅動程式。</translation>
        </message>
        <message>
            <source>{reinstall} It picks the CUDA build for your driver.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{reinstall}它會依你的驅動程式選擇 CUDA 版本。</translation>
        </message>
        <message>
            <source>no CUDA GPU: training will run on the CPU and be very slow.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有 CUDA 顯示卡：訓練只能在 CPU 上跑，會非常慢。</translation>
        </message>
        <message>
            <source>Image preparation, captioning and caption editing work on the CPU, and the demo project runs end to end; training a real LoRA needs a machine with an NVIDIA GPU (8 GB or more).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>處理圖片、自動標註和編輯標註在 CPU 上都能用，示範專案也能完整跑通；真正訓練 LoRA 需要一臺有 NVIDIA 顯示卡（顯示記憶體 8 GB 或以上）的電腦。</translation>
        </message>
        <message>
            <source>PyTorch {torch} has no kernels for {gpu}, compute capability {capability}.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>PyTorch {torch} 沒有適用於 {gpu}（計算能力 {capability}）的核心。</translation>
        </message>
        <message>
            <source>{gpu} has only {gib} GiB of memory.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu} 只有 {gib} GiB 顯示記憶體。</translation>
        </message>
        <message>
            <source>SD 1.5 LoRA training needs batch size 1, gradient checkpointing, fp16 and an 8-bit optimizer to fit: start from the preset '{preset}' on the Train page (Presets → By GPU memory); SDXL will not fit.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>訓練 SD 1.5 LoRA 要用批次 1、梯度檢查點、fp16 和 8-bit 最佳化器才放得下：在訓練頁從預設集「{preset}」開始（預設集 → 依顯示記憶體大小）；SDXL 放不下。</translation>
        </message>
        <message>
            <source>{gpu} has {gib} GiB of memory: enough for SD 1.5 LoRAs; SDXL fits only with memory savings.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu} 有 {gib} GiB 顯示記憶體：訓練 SD 1.5 LoRA 足夠；SDXL 要開啟節省顯示記憶體的選項才放得下。</translation>
        </message>
        <message>
            <source>For SDXL start from the preset '{preset}' on the Train page (Presets → By GPU memory): fp8 base weights, cached text encoder outputs, gradient checkpointing and an 8-bit optimizer.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>練 SDXL 請在訓練頁從預設集「{preset}」開始（預設集 → 依顯示記憶體大小）：底模權重用 fp8，快取文字編碼器輸出，開啟梯度檢查點，使用 8-bit 最佳化器。</translation>
        </message>
        <message>
            <source>{gpu}: only {free} of {total} GiB free; another program is using the GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu}：{total} GiB 顯示記憶體只剩 {free} GiB 可用；有其他程式正在使用顯示卡。</translation>
        </message>
        <message>
            <source>Close other GPU programs (a web UI, a game) first.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請先關閉其他佔用顯示卡的程式（WebUI、遊戲等）。</translation>
        </message>
        <message>
            <source>{gpu} has no bf16 support.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{gpu} 不支援 bf16。</translation>
        </message>
        <message>
            <source>Use fp16 mixed precision.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請使用 fp16 混合精度。</translation>
        </message>
        <message>
            <source>onnxruntime is not usable ({error}): the WD tagger cannot caption.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 無法使用（{error}）：WD 標籤器無法自動標註。</translation>
        </message>
        <message>
            <source>several onnxruntime packages are installed ({names}); the last one installed overwrote the others.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>裝了多個 onnxruntime 套件（{names}）；最後安裝的那個覆蓋了其他的。</translation>
        </message>
        <message>
            <source>Keep one: pip uninstall the others, then pip install --force-reinstall the one you keep.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>只保留一個：先 pip uninstall 其他的，再對要保留的那個執行 pip install --force-reinstall。</translation>
        </message>
        <message>
            <source>Install the onnxruntime-gpu release built for your PyTorch's CUDA major version (they then share the CUDA and cuDNN libraries).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請安裝與 PyTorch 的 CUDA 主版本相同的 onnxruntime-gpu（這樣它們能共用 CUDA 和 cuDNN 函式庫）。</translation>
        </message>
        <message>
            <source>Expected without an NVIDIA GPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有 NVIDIA 顯示卡時本來就是這樣。</translation>
        </message>
        <message>
            <source>onnxruntime-gpu can't use CUDA: captioning runs on the CPU ({error}).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime-gpu 用不了 CUDA：自動標註在 CPU 上執行（{error}）。</translation>
        </message>
        <message>
            <source>onnxruntime has no CUDA provider: captioning runs on the CPU.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>onnxruntime 沒有 CUDA 執行器：自動標註在 CPU 上執行。</translation>
        </message>
        <message>
            <source>Install onnxruntime-gpu instead of onnxruntime for faster WD tagging.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>請安裝 onnxruntime-gpu 代替 onnxruntime，讓 WD 標註更快。</translation>
        </message>
        <message>
            <source>not installed</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有安裝</translation>
        </message>
        <message>
            <source>bitsandbytes does not load ({error}): the 8-bit optimizers (AdamW8bit, Lion8bit) are unavailable.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>bitsandbytes 無法載入（{error}）：8-bit 最佳化器（AdamW8bit、Lion8bit）不可用。</translation>
        </message>
        <message>
            <source>missing packages: {names}.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>缺少這些套件：{names}。</translation>
        </message>
        <message>
            <source>only {free} GiB free on the disk of {path} ({place}).</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}（{place}）所在的磁碟只剩 {free} GiB 可用空間。</translation>
        </message>
        <message>
            <source>Checkpoints are 2-7 GB each and runs save several LoRA files and samples: free some space.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>每個大模型 2-7 GB，每次訓練還會儲存多個 LoRA 檔案和樣圖：請騰出一些空間。</translation>
        </message>
        <message>
            <source>no captioning model downloaded yet: auto-captioning (WD tagger, BLIP) needs one.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>還沒有下載打標模型：自動標註（WD 標籤器、BLIP）需要一個。</translation>
        </message>
        <message>
            <source>On the Captions page click Auto-caption…, pick a model and Download: the WD ViT tagger v3 (about 380 MB) writes tags, BLIP writes sentences. Settings → Models lists what is on disk. The demo project's captions are already written.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>在打標頁點「自動標註…」，選一個模型再點「下載」：WD ViT tagger v3（約 380 MB）輸出標籤，BLIP 輸出句子。設定 → 模型 列出了已下載的模型。示範專案的標註已經寫好了。</translation>
        </message>
        <message>
            <source>no Stable Diffusion base model in the Hugging Face cache.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>Hugging Face 快取裡沒有 Stable Diffusion 底模。</translation>
        </message>
        <message>
            <source>Training a real LoRA starts from the model you generate with: download a checkpoint (.safetensors, SD 1.5 or SDXL, from Civitai or Hugging Face) and pick it on the Train page under Base model, or type a Hugging Face repo id there to download it.</source>
            <extracomment>message (doctor_problems.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>訓練真正的 LoRA 要從你出圖用的底模開始：下載一個大模型（.safetensors，SD 1.5 或 SDXL，可以從 Civitai 或 Hugging Face 下載），在訓練頁的「底模」裡選取它，或者在那裡填 Hugging Face 儲存庫 ID 來下載。</translation>
        </message>
        <message>
            <source>project</source>
            <extracomment>message (doctor.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>專案</translation>
        </message>
        <message>
            <source>home</source>
            <extracomment>message (doctor.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>主目錄</translation>
        </message>
        <message>
            <source>Hugging Face cache</source>
            <extracomment>message (doctor.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>Hugging Face 快取</translation>
        </message>
        <message>
            <source>{folder}: not a folder. Pick a folder that holds your images.</source>
            <extracomment>message (imagefiles.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：不是資料夾。請選擇存放圖片的資料夾。</translation>
        </message>
        <message>
            <source>{folder}: cannot list this folder ({error}). Give yourself permission to read it, or choose a source folder that does not hold it.</source>
            <extracomment>message (imagefiles.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：無法列出這個資料夾的內容（{error}）。請給自己讀取權限，或選擇不包含它的來源資料夾。</translation>
        </message>
        <message>
            <source>{path}: written by a newer Danlu. Update Danlu to open this project.</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：由更新版本的 Danlu 寫入。請升級 Danlu 後再開啟這個專案。</translation>
        </message>
        <message>
            <source>{path}: the entry for '{key}' is invalid ({error}). Fix or delete that entry (deleting it only forgets that image's crop).</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：'{key}' 的條目無效（{error}）。請修正或刪除該條目（刪除只會丟掉那張圖片的裁切）。</translation>
        </message>
        <message>
            <source>{path}: not a valid crops file ({error}). Restore it from a backup, or delete it to start the crops over.</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是有效的裁切檔案（{error}）。請從備份恢復，或刪除它重新裁切。</translation>
        </message>
        <message>
            <source>{path}: cannot read the crops file ({error}). Make it a file you may read, or move it away to start the crops over.</source>
            <extracomment>message (crops.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取裁切檔案（{error}）。請改成你有權限讀取的檔案，或把它移走重新裁切。</translation>
        </message>
        <message>
            <source> (it decodes as {encoding})</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>（可按 {encoding} 解碼）</translation>
        </message>
        <message>
            <source>{path}: not a UTF-8 text file{guess}. Danlu reads and writes captions as UTF-8; convert this file to UTF-8 (Danlu can do it and keeps a .bak copy of the original).</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是 UTF-8 文字檔{guess}。Danlu 以 UTF-8 讀寫標註；請把這個檔案轉換為 UTF-8（Danlu 可以代勞，並把原檔案保留為 .bak 副本）。</translation>
        </message>
        <message>
            <source>{path}: cannot read this caption file ({error}). Move it away, or make it a text file you may read.</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取這個標註檔案（{error}）。請把它移走，或改成你有權限讀取的文字檔。</translation>
        </message>
        <message>
            <source>{path}: changed on disk since Danlu read it. Reload it to see the new text, or overwrite it with yours.</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：Danlu 讀取後，磁碟上的檔案被改動了。請重新載入檢視新內容，或用你的內容覆蓋它。</translation>
        </message>
        <message>
            <source>{path}: does not decode as {encoding} ({reason} at byte {byte}).</source>
            <extracomment>message (caption_io.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法按 {encoding} 解碼（第 {byte} 位元組：{reason}）。</translation>
        </message>
        <message>
            <source>{message} It is skipped.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{message} 已跳過。</translation>
        </message>
        <message>
            <source>{path}: cannot make its thumbnail ({error}). It is skipped; check the file and the cache folder.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法生成縮圖（{error}）。已跳過；請檢查該檔案和快取資料夾。</translation>
        </message>
        <message>
            <source>thumbnails needs 'source' and 'cache' folders in its config.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>縮圖任務的設定需要 'source' 和 'cache' 資料夾。</translation>
        </message>
        <message>
            <source>thumbnail size {size} is outside 16–1024 px.</source>
            <extracomment>message (thumbnails.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>縮圖尺寸 {size} 不在 16–1024 畫素範圍內。</translation>
        </message>
        <message>
            <source>{where}: a concept must be a [[concepts]] table with an identifier and a class_token, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：每個概念必須是帶 identifier 和 class_token 的 [[concepts]] 表，而不是 {value}。請用文字編輯器改正，然後重新開啟專案。</translation>
        </message>
        <message>
            <source>{where}: {key} must be a whole number, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} 必須是整數，而不是 {value}。請用文字編輯器改正，然後重新開啟專案。</translation>
        </message>
        <message>
            <source>{where}: {key} must be a list in square brackets, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} 必須是方括號裡的清單，而不是 {value}。請用文字編輯器改正，然後重新開啟專案。</translation>
        </message>
        <message>
            <source>{where}: {key} must be text in quotes, not {value}. Correct it in a text editor and open the project again.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{where}：{key} 必須是引號裡的文字，而不是 {value}。請用文字編輯器改正，然後重新開啟專案。</translation>
        </message>
        <message>
            <source>{folder}: Danlu cannot write in this project folder ({error}). Every step saves its work there: make the folder writable, or copy the project to a folder you can write to and open the copy.</source>
            <extracomment>message (project.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{folder}：Danlu 無法在這個專案資料夾中寫入（{error}）。每一步都把結果儲存在這裡：請讓該資料夾可寫，或把專案複製到你能寫入的資料夾並開啟副本。</translation>
        </message>
        <message>
            <source>{path}: file not found. Check the path.</source>
            <extracomment>message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：找不到檔案。請檢查路徑。</translation>
        </message>
        <message>
            <source>{path}: not valid TOML ({error}). Fix the file or re-save it from Danlu.</source>
            <extracomment>message (tomlio.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：不是有效的 TOML（{error}）。請修正該檔案，或在 Danlu 中重新儲存。</translation>
        </message>
        <message>
            <source>{path}: the model's configs cannot be read ({error}).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{path}：無法讀取該模型的設定檔（{error}）。</translation>
        </message>
        <message>
            <source>Download the model again with the model manager, or correct the config.json files in its unet, vae and text_encoder folders.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>用模型管理器重新下載該模型，或修正其 unet、vae 和 text_encoder 資料夾中的 config.json 檔案。</translation>
        </message>
        <message>
            <source>--vram {size}: not a card size in GB.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>--vram {size}：不是以 GB 為單位的顯示卡容量。</translation>
        </message>
        <message>
            <source>Give the card's memory in GB, e.g. --vram 8.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>以 GB 為單位給出顯示卡的顯示記憶體，例如 --vram 8。</translation>
        </message>
        <message>
            <source>Estimating the peak VRAM of {model} ({family}) with a dry run on the meta device…</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>正在用 meta 裝置上的空跑估算 {model}（{family}）的顯示記憶體峰值…</translation>
        </message>
        <message>
            <source>No CUDA GPU: the estimate is for a GPU of your choice; add --vram GB to compare it with a card's memory.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有 CUDA 顯示卡：此估算適用於你選擇的顯示卡；加上 --vram GB 即可與某張顯示卡的顯示記憶體比較。</translation>
        </message>
        <message>
            <source>free on this GPU</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>本機顯示卡的可用顯示記憶體</translation>
        </message>
        <message>
            <source>a {size} GB card less {kept} the desktop keeps</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>{size} GB 顯示卡減去桌面佔用的 {kept}</translation>
        </message>
        <message>
            <source>It fits in {free} ({what}).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>放得下 {free}（{what}）。</translation>
        </message>
        <message>
            <source>It does not fit in {free} ({what}).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>放不下 {free}（{what}）。</translation>
        </message>
        <message>
            <source>Faster and still fits: {switches}.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>更快且仍放得下：{switches}。</translation>
        </message>
        <message>
            <source>Nothing on the memory ladder makes it fit (tried: {switches}). Lower the resolution or the network rank, or use a card with more memory.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>顯示記憶體階梯上的任何一級都放不下（已試：{switches}）。請降低解析度或網路維度，或使用顯示記憶體更大的顯示卡。</translation>
        </message>
        <message>
            <source>nothing applies</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>沒有可用的一級</translation>
        </message>
        <message>
            <source>It fits with: {switches}.</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>開啟這些後放得下：{switches}。</translation>
        </message>
        <message>
            <source>New peak {peak} (needs {needed} free).</source>
            <extracomment>message (fit_job.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>新的峰值 {peak}（需要 {needed} 可用）。</translation>
        </message>
        <message>
            <source>The LoRA is saved here: {path}.</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>LoRA 已儲存在：{path}。</translation>
        </message>
        <message>
            <source>Not uploaded to Hugging Face ({repo}): offline mode is on (HF_HUB_OFFLINE). {kept}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未上傳到 Hugging Face（{repo}）：離線模式已開啟（HF_HUB_OFFLINE）。{kept}</translation>
        </message>
        <message>
            <source>Not uploaded to Hugging Face ({repo}): no access token. Log in once with 'hf auth login' (or set HF_TOKEN), then train again or upload the file yourself. {kept}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>未上傳到 Hugging Face（{repo}）：沒有存取權杖。請先用 'hf auth login' 登入一次（或設定 HF_TOKEN），然後重新訓練，或自己上傳檔案。{kept}</translation>
        </message>
        <message>
            <source>Upload to Hugging Face repo {repo} failed ({reason}). Check the repo id, that your token may write to it, and the connection. {kept}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>上傳到 Hugging Face 儲存庫 {repo} 失敗（{reason}）。請檢查儲存庫 ID、你的權杖是否有寫入權限，以及網路連線。{kept}</translation>
        </message>
        <message>
            <source>uploaded to Hugging Face: {repo}</source>
            <extracomment>message (hub_upload.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已上傳到 Hugging Face：{repo}</translation>
        </message>
        <message>
            <source>caching latents (higher than training): {size} GB</source>
            <extracomment>message (fit_estimate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>快取潛變數（高於訓練時）：{size} GB</translation>
        </message>
        <message>
            <source>peak: {peak} GB (needs {needed} GB free)</source>
            <extracomment>message (fit_estimate.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>峰值：{peak} GB（需要 {needed} GB 可用）</translation>
        </message>
        <message>
            <source>CUDA graphs recorded for U-Net input {shape} ({n} shape(s) so far)</source>
            <extracomment>message (cuda_graphs.py); keep {placeholders}, keys and quoted values as they are</extracomment>
            <translation>已為 U-Net 輸入 {shape} 錄製 CUDA Graph（目前共 {n} 種尺寸）</translation>
        </message>
    </context>
</TS>
