<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CellDialog</name>
    <message>
        <source>Grid cell</source>
        <translation>網格單元</translation>
    </message>
    <message>
        <source>Copy parameters</source>
        <translation>複製參數</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Pick the best checkpoint of a training run.</source>
        <translation>從一次訓練中挑出最好的檢查點。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Render grid</source>
        <translation>生成比較圖</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop rendering; the cells rendered so far are kept</source>
        <translation>停止生成；已生成的格會保留</translation>
    </message>
    <message>
        <source>No heat overlay</source>
        <translation>不疊加熱力圖</translation>
    </message>
    <message>
        <source>Rows &amp;&amp; columns</source>
        <translation>列與欄</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適應視窗</translation>
    </message>
    <message>
        <source>Open the Train page</source>
        <translation>開啟「訓練」頁</translation>
    </message>
    <message>
        <source>Open a project to compare its training runs.</source>
        <translation>開啟專案後即可比較它的訓練。</translation>
    </message>
    <message>
        <source>Reading runs…</source>
        <translation>正在讀取訓練記錄…</translation>
    </message>
    <message>
        <source>No training run has saved checkpoints yet: train on the Train page first, or render the base model alone.</source>
        <translation>還沒有儲存過檢查點的訓練：請先在「訓練」頁訓練，或只用底模生成比較圖。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未開啟專案</translation>
    </message>
    <message>
        <source>A comparison grid shows a project&apos;s checkpoints side by side: open the demo project or your own.</source>
        <translation>比較圖把一個專案的各個檢查點並排展示：請開啟示範專案或你自己的專案。</translation>
    </message>
    <message>
        <source>No checkpoints to compare yet</source>
        <translation>還沒有可比較的檢查點</translation>
    </message>
    <message>
        <source>A grid renders every saved checkpoint (rows) with every prompt (columns), so that you can keep the epoch that looks best.</source>
        <translation>比較圖會用每條提示詞（欄）為每個已儲存的檢查點（列）生成圖片，方便你留下效果最好的那一輪（epoch）。</translation>
    </message>
    <message>
        <source>Train on the Train page first; or render the base model alone with Render grid.</source>
        <translation>請先在「訓練」頁訓練；或者點選「生成比較圖」只用底模生成。</translation>
    </message>
    <message>
        <source>No grid rendered yet</source>
        <translation>還沒有生成比較圖</translation>
    </message>
    <message>
        <source>Pick a run, its checkpoints and the prompts on the left, then Render grid: cells appear here as they are rendered.</source>
        <translation>在左側選擇訓練、檢查點和提示詞，然後點選「生成比較圖」：每格生成後會陸續顯示在這裡。</translation>
    </message>
    <message>
        <source>{n} checkpoint(s) in {run}. Pick what to compare, then Render grid.</source>
        <translation>{run} 中有 {n} 個檢查點。選好要比較的內容後，點選「生成比較圖」。</translation>
    </message>
    <message>
        <source>{run}: {rows} × {columns} grid.</source>
        <translation>{run}：{rows} × {columns} 的比較圖。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Grid: {run}</source>
        <translation>比較圖：{run}</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>Grid queued: cells appear as they are rendered.</source>
        <translation>比較圖已加入佇列：每格生成後會陸續顯示。</translation>
    </message>
    <message>
        <source>Scoring: {done} / {total}</source>
        <translation>正在評分：{done} / {total}</translation>
    </message>
    <message>
        <source>Rendering: {done} / {total}</source>
        <translation>正在生成：{done} / {total}</translation>
    </message>
    <message>
        <source>Grid done: {n} cells. Click a cell for its parameters.</source>
        <translation>比較圖完成：共 {n} 格。點選某一格檢視它的參數。</translation>
    </message>
    <message>
        <source>Grid failed: {message} (details on the Jobs page)</source>
        <translation>比較圖生成失敗：{message}（詳情見任務頁）</translation>
    </message>
    <message>
        <source>Grid cancelled; the cells rendered so far are kept: Render grid again renders only the missing ones.</source>
        <translation>比較圖已取消；已生成的格會保留：再次點選「生成比較圖」只生成缺少的格。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation>匯出比較圖</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 圖片 (*.png);;JPEG 圖片 (*.jpg)</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>匯出失敗：{error}</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已匯出 {file}</translation>
    </message>
    <message>
        <source>Could not copy the LoRA: {error}</source>
        <translation>無法複製 LoRA：{error}</translation>
    </message>
    <message>
        <source>Final LoRA: {file} (with an A1111 card, preferred weight {weight})</source>
        <translation>最終 LoRA：{file}（附 A1111 模型卡，推薦權重 {weight}）</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Checkpoint</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <source>LoRA weight</source>
        <translation>LoRA 權重</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>取樣器</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>按輪次（epoch）比較</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>按 LoRA 權重比較</translation>
    </message>
    <message>
        <source>base_models</source>
        <translation>按底模比較</translation>
    </message>
    <message>
        <source>{what}: give numbers separated by commas (got {text}).</source>
        <translation>{what}：請輸入用英文逗號分隔的數字（目前為 {text}）。</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>預設集…</translation>
    </message>
    <message>
        <source>one prompt per line</source>
        <translation>每行一條提示詞</translation>
    </message>
    <message>
        <source>base model folder or repo id, one per line</source>
        <translation>底模資料夾或儲存庫 ID，每行一個</translation>
    </message>
    <message>
        <source>negative prompt</source>
        <translation>反向提示詞</translation>
    </message>
    <message>
        <source>empty: no scores</source>
        <translation>留空則不評分</translation>
    </message>
    <message>
        <source>How much prompt adherence (CLIP-T) the suggested checkpoint may lose against the base model</source>
        <translation>推薦的檢查點與底模相比，最多允許損失多少提示詞貼合度（CLIP-T）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設集</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示詞</translation>
    </message>
    <message>
        <source>Base models</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>LoRA weights</source>
        <translation>LoRA 權重</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>反向提示詞</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>CLIP model</source>
        <translation>CLIP 模型</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>{run}: {n} checkpoint(s)</source>
        <translation>{run}：{n} 個檢查點</translation>
    </message>
    <message>
        <source>No run with checkpoints yet</source>
        <translation>還沒有帶檢查點的訓練</translation>
    </message>
    <message>
        <source>no LoRA (the base model)</source>
        <translation>不加 LoRA（僅底模）</translation>
    </message>
    <message>
        <source>Rows and columns both show {axis}; pick another axis for one of them.</source>
        <translation>列和欄都設成了{axis}；請把其中一個換成別的維度。</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>CLIP-T (prompt)</source>
        <translation>CLIP-T（提示詞貼合度）</translation>
    </message>
    <message>
        <source>CLIP-I (identity)</source>
        <translation>CLIP-I（人物相似度）</translation>
    </message>
    <message>
        <source>Diversity (seeds)</source>
        <translation>多樣性（不同種子）</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>多樣性</translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message>
        <source>Checkpoint</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>多樣性</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>格數</translation>
    </message>
    <message>
        <source>Use as final LoRA</source>
        <translation>用作最終 LoRA</translation>
    </message>
    <message>
        <source>Copy the selected checkpoint, with its training metadata, out as the final LoRA</source>
        <translation>把選中的檢查點連同訓練後設資料複製出來，作為最終 LoRA</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>推薦：{reason}</translation>
    </message>
    <message>
        <source>No scores: set a CLIP model to score the grid.</source>
        <translation>沒有分數：請設定 CLIP 模型來給比較圖評分。</translation>
    </message>
</context>
</TS>
