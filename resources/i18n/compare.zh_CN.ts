<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CellDialog</name>
    <message>
        <source>Grid cell</source>
        <translation>网格单元</translation>
    </message>
    <message>
        <source>Copy parameters</source>
        <translation>复制参数</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Pick the best checkpoint of a training run.</source>
        <translation>从一次训练中挑出最好的检查点。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Render grid</source>
        <translation>生成对比图</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop rendering; the cells rendered so far are kept</source>
        <translation>停止生成；已生成的格会保留</translation>
    </message>
    <message>
        <source>No heat overlay</source>
        <translation>不叠加热力图</translation>
    </message>
    <message>
        <source>Rows &amp;&amp; columns</source>
        <translation>行和列</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Open the Train page</source>
        <translation>打开“训练”页</translation>
    </message>
    <message>
        <source>Open a project to compare its training runs.</source>
        <translation>打开项目后即可对比它的训练。</translation>
    </message>
    <message>
        <source>Reading runs…</source>
        <translation>正在读取训练记录…</translation>
    </message>
    <message>
        <source>No training run has saved checkpoints yet: train on the Train page first, or render the base model alone.</source>
        <translation>还没有保存过检查点的训练：请先在“训练”页训练，或只用底模生成对比图。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>A comparison grid shows a project&apos;s checkpoints side by side: open the demo project or your own.</source>
        <translation>对比图把一个项目的各个检查点并排展示：请打开演示项目或你自己的项目。</translation>
    </message>
    <message>
        <source>No checkpoints to compare yet</source>
        <translation>还没有可对比的检查点</translation>
    </message>
    <message>
        <source>A grid renders every saved checkpoint (rows) with every prompt (columns), so that you can keep the epoch that looks best.</source>
        <translation>对比图会用每条提示词（列）为每个已保存的检查点（行）生成图片，方便你留下效果最好的那一轮（epoch）。</translation>
    </message>
    <message>
        <source>Train on the Train page first; or render the base model alone with Render grid.</source>
        <translation>请先在“训练”页训练；或者点击“生成对比图”只用底模生成。</translation>
    </message>
    <message>
        <source>No grid rendered yet</source>
        <translation>还没有生成对比图</translation>
    </message>
    <message>
        <source>Pick a run, its checkpoints and the prompts on the left, then Render grid: cells appear here as they are rendered.</source>
        <translation>在左侧选择训练、检查点和提示词，然后点击“生成对比图”：每格生成后会陆续显示在这里。</translation>
    </message>
    <message>
        <source>{n} checkpoint(s) in {run}. Pick what to compare, then Render grid.</source>
        <translation>{run} 中有 {n} 个检查点。选好要对比的内容后，点击“生成对比图”。</translation>
    </message>
    <message>
        <source>{run}: {rows} × {columns} grid.</source>
        <translation>{run}：{rows} × {columns} 的对比图。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Grid: {run}</source>
        <translation>对比图：{run}</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>Grid queued: cells appear as they are rendered.</source>
        <translation>对比图已加入队列：每格生成后会陆续显示。</translation>
    </message>
    <message>
        <source>Scoring: {done} / {total}</source>
        <translation>正在打分：{done} / {total}</translation>
    </message>
    <message>
        <source>Rendering: {done} / {total}</source>
        <translation>正在生成：{done} / {total}</translation>
    </message>
    <message>
        <source>Grid done: {n} cells. Click a cell for its parameters.</source>
        <translation>对比图完成：共 {n} 格。点击某一格查看它的参数。</translation>
    </message>
    <message>
        <source>Grid failed: {message} (details on the Jobs page)</source>
        <translation>对比图生成失败：{message}（详情见任务页）</translation>
    </message>
    <message>
        <source>Grid cancelled; the cells rendered so far are kept: Render grid again renders only the missing ones.</source>
        <translation>对比图已取消；已生成的格会保留：再次点击“生成对比图”只生成缺少的格。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation>导出对比图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG 图片 (*.png);;JPEG 图片 (*.jpg)</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <source>Could not copy the LoRA: {error}</source>
        <translation>无法复制 LoRA：{error}</translation>
    </message>
    <message>
        <source>Final LoRA: {file} (with an A1111 card, preferred weight {weight})</source>
        <translation>最终 LoRA：{file}（附 A1111 模型卡，推荐权重 {weight}）</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>LoRA weight</source>
        <translation>LoRA 权重</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>按轮次（epoch）对比</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>按 LoRA 权重对比</translation>
    </message>
    <message>
        <source>base_models</source>
        <translation>按底模对比</translation>
    </message>
    <message>
        <source>{what}: give numbers separated by commas (got {text}).</source>
        <translation>{what}：请输入用英文逗号分隔的数字（当前为 {text}）。</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>one prompt per line</source>
        <translation>每行一条提示词</translation>
    </message>
    <message>
        <source>base model folder or repo id, one per line</source>
        <translation>底模文件夹或仓库 ID，每行一个</translation>
    </message>
    <message>
        <source>negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>empty: no scores</source>
        <translation>留空则不打分</translation>
    </message>
    <message>
        <source>How much prompt adherence (CLIP-T) the suggested checkpoint may lose against the base model</source>
        <translation>推荐的检查点与底模相比，最多允许损失多少提示词贴合度（CLIP-T）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Base models</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>LoRA weights</source>
        <translation>LoRA 权重</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
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
        <translation>{run}：{n} 个检查点</translation>
    </message>
    <message>
        <source>No run with checkpoints yet</source>
        <translation>还没有带检查点的训练</translation>
    </message>
    <message>
        <source>no LoRA (the base model)</source>
        <translation>不加 LoRA（仅底模）</translation>
    </message>
    <message>
        <source>Rows and columns both show {axis}; pick another axis for one of them.</source>
        <translation>行和列都设成了{axis}；请把其中一个换成别的维度。</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>CLIP-T (prompt)</source>
        <translation>CLIP-T（提示词贴合度）</translation>
    </message>
    <message>
        <source>CLIP-I (identity)</source>
        <translation>CLIP-I（人物相似度）</translation>
    </message>
    <message>
        <source>Diversity (seeds)</source>
        <translation>多样性（不同种子）</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
</context>
<context>
    <name>ScoreSummary</name>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>格数</translation>
    </message>
    <message>
        <source>Use as final LoRA</source>
        <translation>用作最终 LoRA</translation>
    </message>
    <message>
        <source>Copy the selected checkpoint, with its training metadata, out as the final LoRA</source>
        <translation>把选中的检查点连同训练元数据复制出来，作为最终 LoRA</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>推荐：{reason}</translation>
    </message>
    <message>
        <source>No scores: set a CLIP model to score the grid.</source>
        <translation>没有分数：请设置 CLIP 模型来给对比图打分。</translation>
    </message>
</context>
</TS>
