<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AugmentationSamples</name>
    <message>
        <source>Cannot read %1: the file is not there.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Training cannot read %1: use JPEG, PNG, WebP, BMP or TIFF files.</source>
        <translation>训练无法读取 %1：请使用 JPEG、PNG、WebP、BMP 或 TIFF 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot make the preview: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
</context>
<context>
    <name>ConceptLibrary</name>
    <message>
        <source>%1 holds no Custom Diffusion weights (pytorch_custom_diffusion_weights.safetensors).</source>
        <translation>%1 中没有 Custom Diffusion 权重（pytorch_custom_diffusion_weights.safetensors）。</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 已在概念库中。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>This is not a Custom Diffusion Studio project.</source>
        <translation>这不是 Custom Diffusion Studio 项目。</translation>
    </message>
    <message>
        <source>This project was made by a newer version of the app (format %1).</source>
        <translation>此项目由更新版本的应用创建（格式 %1）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
</context>
<context>
    <name>cds::ui::AugmentationPreview</name>
    <message>
        <source>How Training Sees %1</source>
        <translation>训练时看到的 %1</translation>
    </message>
    <message>
        <source>Each training step shows the model your photo at a random size and place, and the prompt says how it looks (“a far away …”, “zoomed in …”). Grey is empty canvas; the loss ignores the shaded part, so the model does not learn to paint grey borders.</source>
        <translation>每个训练步都会以随机的大小和位置把你的照片展示给模型，提示词也会说明它看起来的样子（“a far away …”、“zoomed in …”）。灰色是空白画布；计算损失时会忽略阴影部分，所以模型不会学着去画灰色边框。</translation>
    </message>
    <message>
        <source>Shade what the loss ignores</source>
        <translation>用阴影标出损失忽略的部分</translation>
    </message>
    <message>
        <source>Mirror at random</source>
        <translation>随机镜像</translation>
    </message>
    <message>
        <source>As the training option: half of the steps see the photo mirrored.</source>
        <translation>与训练选项相同：一半的训练步会看到镜像后的照片。</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>换一批</translation>
    </message>
    <message>
        <source>Draw other random sizes and places</source>
        <translation>重新随机抽取大小和位置</translation>
    </message>
    <message>
        <source>Preparing samples…</source>
        <translation>正在准备示例…</translation>
    </message>
    <message>
        <source>%1 training steps with this photo, %2 × %2 pixels (seed %3).</source>
        <translation>这张照片在 %1 个训练步中的样子，%2 × %2 像素（种子 %3）。</translation>
    </message>
    <message>
        <source>Enlarged and cropped</source>
        <translation>放大并裁剪</translation>
    </message>
    <message>
        <source>Shrunk to %1 %</source>
        <translation>缩小至 %1%</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>完整尺寸</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptPickerDialog</name>
    <message>
        <source>Concepts from the Library</source>
        <translation>库中的概念</translation>
    </message>
    <message>
        <source>Check the concepts to use together. Two or more are merged into one (kept in a cache, so the same choice is quick next time).</source>
        <translation>勾选要一起使用的概念。两个或更多概念会合并为一个（保存在缓存中，下次相同的选择会很快）。</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>base model not recorded</source>
        <translation>未记录基础模型</translation>
    </message>
    <message>
        <source>The library is empty: add concept folders on the Library page, or train one.</source>
        <translation>库是空的：请在“库”页面添加概念文件夹，或训练一个。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptsPage</name>
    <message>
        <source>&lt;b&gt;Your concept&lt;/b&gt; — 4 to 20 photos of one thing: a pet, a toy, a face, a style.</source>
        <translation>&lt;b&gt;你的概念&lt;/b&gt; — 同一事物的 4 到 20 张照片：宠物、玩具、人脸或某种画风。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>宠物</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>人脸</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>画风</translation>
    </message>
    <message>
        <source>Picks training settings that suit this kind of concept. Faces need a gentler, longer training and 15–20 photos.</source>
        <translation>为这类概念选择合适的训练设置。人脸需要更温和、更长时间的训练，以及 15–20 张照片。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>What the thing is, in one ordinary word: cat, dog, toy, person, painting.</source>
        <translation>用一个普通的英文单词说明它是什么，例如 cat、dog、toy、person、painting。</translation>
    </message>
    <message>
        <source>It is a:</source>
        <translation>它是：</translation>
    </message>
    <message>
        <source>A new word, unknown to the model, that will mean your concept. Write it in prompts to call it up.</source>
        <translation>一个模型还不认识的新词，它将代表你的概念。在提示词中写上它，就能召唤出你的概念。</translation>
    </message>
    <message>
        <source>New word:</source>
        <translation>新词：</translation>
    </message>
    <message>
        <source>An existing word the new word starts from. A rare, meaningless one such as “ktn” works well; it must be a single token of the model.</source>
        <translation>新词的起点，即模型中已有的一个词。像“ktn”这样罕见、无意义的词效果很好；它必须是模型中的单个 token。</translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation>初始词：</translation>
    </message>
    <message>
        <source>The caption every one of your photos gets during training. It must contain the new word.</source>
        <translation>训练时每张照片都会使用的描述文字。必须包含新词。</translation>
    </message>
    <message>
        <source>Caption of your photos:</source>
        <translation>照片描述：</translation>
    </message>
    <message>
        <source>Caption of ordinary examples:</source>
        <translation>类别图像描述：</translation>
    </message>
    <message>
        <source>Add Images…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Remove All</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <source>Add photos of your concept</source>
        <translation>添加你的概念照片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Choose a new word, such as &lt;new1&gt;.</source>
        <translation>请选择一个新词，例如 &lt;new1&gt;。</translation>
    </message>
    <message>
        <source>The new word must not contain spaces or “+”.</source>
        <translation>新词不能包含空格或“+”。</translation>
    </message>
    <message>
        <source>“%1” is already a word of the model; pick one it does not know, such as &lt;new1&gt;.</source>
        <translation>“%1”已经是模型认识的词了；请选一个它不认识的词，例如 &lt;new1&gt;。</translation>
    </message>
    <message>
        <source>Choose a word to start from.</source>
        <translation>请选择一个初始词。</translation>
    </message>
    <message>
        <source>“%1” is not a single token of this model; try “ktn”.</source>
        <translation>“%1”不是此模型中的单个 token；试试“ktn”吧。</translation>
    </message>
    <message>
        <source>The caption of your photos must contain the new word %1.</source>
        <translation>照片描述中必须包含新词 %1。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ The words are fine.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ 词语没有问题。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open a model to check the words against its vocabulary.</source>
        <translation>打开模型后，即可对照它的词表检查这些词。</translation>
    </message>
    <message>
        <source>Add at least %1 photos (%2 so far).</source>
        <translation>请至少添加 %1 张照片（目前 %2 张）。</translation>
    </message>
    <message>
        <source>Use at most %1 photos (%2 now); more rarely helps.</source>
        <translation>最多使用 %1 张照片（当前 %2 张）；再多通常也没什么帮助。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photo(s): add at least %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;可用照片 %1 张：请至少准备 %2 张。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photos: more than %2 rarely helps; remove some.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;可用照片 %1 张：超过 %2 张通常没什么帮助，请删掉一些。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 usable photos.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;可用照片 %1 张。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 file(s) cannot be used and will be left out.</source>
        <translation>%1 个文件无法使用，将被忽略。</translation>
    </message>
    <message>
        <source>Concepts:</source>
        <translation>概念：</translation>
    </message>
    <message>
        <source>Several concepts train together into one result: each gets its own new word.</source>
        <translation>多个概念可以一起训练成同一个结果：每个概念都有自己的新词。</translation>
    </message>
    <message>
        <source>Add Concept</source>
        <translation>添加概念</translation>
    </message>
    <message>
        <source>Teach another thing in the same run, e.g. your cat and its favourite chair.</source>
        <translation>在同一次训练中再教一样东西，例如你的猫和它最爱的椅子。</translation>
    </message>
    <message>
        <source>Remove Concept</source>
        <translation>移除概念</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Another concept already uses the new word %1; each needs its own.</source>
        <translation>另一个概念已经在用新词 %1 了；每个概念都需要自己的新词。</translation>
    </message>
    <message>
        <source>Concept %1 (%2): %3</source>
        <translation>概念 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The caption of the ordinary examples that keep the model from forgetting what a plain one looks like (chosen on the Regularization page).</source>
        <translation>普通示例（类别图像）的说明文字，让模型不会忘记普通的样子（在“正则化”页面中选择）。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExportDialog</name>
    <message>
        <source>Export the Concept</source>
        <translation>导出概念</translation>
    </message>
    <message>
        <source>LoRA, exact (LyCORIS full difference)</source>
        <translation>LoRA，精确（LyCORIS 完整差值）</translation>
    </message>
    <message>
        <source>LoRA, smaller (low rank)</source>
        <translation>LoRA，更小（低秩）</translation>
    </message>
    <message>
        <source>Embeddings only (the new words)</source>
        <translation>仅嵌入（新词）</translation>
    </message>
    <message>
        <source>What AUTOMATIC1111, Forge, ComfyUI and stable-diffusion.cpp load. Both LoRA kinds also write the new words as embeddings beside the file.</source>
        <translation>AUTOMATIC1111、Forge、ComfyUI 和 stable-diffusion.cpp 所加载的格式。两种 LoRA 都会把新词作为嵌入另外写在文件旁边。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Higher keeps more of the concept in a bigger file. Automatic keeps 99% of each layer&apos;s change.</source>
        <translation>越高保留的概念越多，文件也越大。自动会保留每一层变化的 99%。</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>秩：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Folder for the embeddings</source>
        <translation>嵌入的文件夹</translation>
    </message>
    <message>
        <source>Save the LoRA as</source>
        <translation>将 LoRA 另存为</translation>
    </message>
    <message>
        <source>safetensors files (*.safetensors)</source>
        <translation>safetensors 文件 (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExtraNetworksBox</name>
    <message>
        <source>LoRA files change the model&apos;s weights; embeddings add a word, written in the prompt as the file&apos;s name. Both may come from other tools (AUTOMATIC1111, ComfyUI, …).</source>
        <translation>LoRA 文件会改变模型的权重；嵌入会添加一个词，在提示词中以文件名书写。两者都可以来自其他工具（AUTOMATIC1111、ComfyUI 等）。</translation>
    </message>
    <message>
        <source>Add LoRA…</source>
        <translation>添加 LoRA…</translation>
    </message>
    <message>
        <source>Add Embedding…</source>
        <translation>添加嵌入…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>How strongly the selected LoRA applies: 1 as made, 0 not at all.</source>
        <translation>所选 LoRA 的作用强度：1 为原样，0 为完全不起作用。</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Add LoRA files</source>
        <translation>添加 LoRA 文件</translation>
    </message>
    <message>
        <source>LoRA and LyCORIS files (*.safetensors *.pt *.ckpt)</source>
        <translation>LoRA 和 LyCORIS 文件 (*.safetensors *.pt *.ckpt)</translation>
    </message>
    <message>
        <source>Add embeddings</source>
        <translation>添加嵌入</translation>
    </message>
    <message>
        <source>Embeddings (*.safetensors *.pt *.bin)</source>
        <translation>嵌入 (*.safetensors *.pt *.bin)</translation>
    </message>
    <message>
        <source>LoRA: %1 (strength %2)</source>
        <translation>LoRA：%1（强度 %2）</translation>
    </message>
    <message>
        <source>Embedding: %1 (write “%2” in the prompt)</source>
        <translation>嵌入：%1（在提示词中写“%2”）</translation>
    </message>
</context>
<context>
    <name>cds::ui::GeneratePage</name>
    <message>
        <source>None: the base model alone</source>
        <translation>无：仅使用基础模型</translation>
    </message>
    <message>
        <source>The folder of a trained concept (the training output, or a preview step).</source>
        <translation>已训练概念所在的文件夹（训练输出，或某个预览步数的文件夹）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Concept:</source>
        <translation>概念：</translation>
    </message>
    <message>
        <source>How strongly the concept shows: 0 is the plain model, 100% the trained concept.</source>
        <translation>概念表现的强弱：0 为原始模型，100% 为训练后的概念。</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Describe the picture; use your new word to bring in the concept.</source>
        <translation>描述你想要的画面；写上你的新词即可加入概念。</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>What the picture should not show, e.g. “blurry, low quality”.</source>
        <translation>画面中不希望出现的内容，例如“blurry, low quality”。</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>负面提示词：</translation>
    </message>
    <message>
        <source>More steps give cleaner pictures but take longer; 20–40 is typical.</source>
        <translation>步数越多画面越干净，但耗时越长；一般为 20–40。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>How closely the picture follows the prompt. Higher is more literal, too high looks harsh.</source>
        <translation>画面遵循提示词的程度。越高越贴合字面，过高则画面会显得生硬。</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>提示词引导系数 (CFG)：</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>The method that turns noise into a picture. DPM++ 2M is fast and clean.</source>
        <translation>把噪声变成图片的方法。DPM++ 2M 速度快、效果干净。</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>采样器：</translation>
    </message>
    <message>
        <source>The same seed with the same settings gives the same picture.</source>
        <translation>相同的种子配合相同的设置，会生成相同的图片。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>A new seed for every click.</source>
        <translation>每次点击都使用新的种子。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Picture size in pixels (a multiple of 8). Default: the size the model was made for.</source>
        <translation>图片尺寸，单位为像素（须为 8 的倍数）。默认：模型设计时的尺寸。</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>宽 × 高：</translation>
    </message>
    <message>
        <source>How many pictures to make, each with the next seed.</source>
        <translation>要生成的图片数量，每张使用下一个种子。</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>图片数量：</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Select a picture to see how it was made.</source>
        <translation>选择一张图片，查看它的生成参数。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save the selected picture with its settings embedded, so it can be made again.</source>
        <translation>保存所选图片，并在其中嵌入生成设置，以便日后重新生成。</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Copy the selected picture&apos;s prompt, seed and settings into the form.</source>
        <translation>将所选图片的提示词、种子和设置复制到表单中。</translation>
    </message>
    <message>
        <source>Choose a trained concept folder</source>
        <translation>选择已训练概念的文件夹</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Open a model on the Model page first.</source>
        <translation>请先在“模型”页面打开一个模型。</translation>
    </message>
    <message>
        <source>Width and height must be multiples of 8.</source>
        <translation>宽度和高度必须是 8 的倍数。</translation>
    </message>
    <message>
        <source>Working — waiting for the running job…</source>
        <translation>处理中 — 正在等待当前任务完成…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
    <message>
        <source>New words:</source>
        <translation>新词：</translation>
    </message>
    <message>
        <source>Insert %1 into the prompt at the cursor.</source>
        <translation>在提示词的光标处插入 %1。</translation>
    </message>
    <message>
        <source>Where the pictures are made. A graphics card is many times faster than the processor.</source>
        <translation>在哪里生成图片。显卡比处理器快很多倍。</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>运行设备：</translation>
    </message>
    <message>
        <source>LoRA and embeddings:</source>
        <translation>LoRA 和嵌入：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>将概念保存为供 AUTOMATIC1111、Forge、ComfyUI 或 stable-diffusion.cpp 使用的 LoRA 或嵌入。</translation>
    </message>
    <message>
        <source>Choose a model and a trained concept first.</source>
        <translation>请先选择模型和训练好的概念。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Use several concepts from the library together: they are merged into one.</source>
        <translation>一起使用库中的多个概念：它们会合并为一个。</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>约束合并</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>叠加变化</translation>
    </message>
    <message>
        <source>Constrained merge keeps each concept&apos;s words as each concept alone had them and changes the rest of the model least (the paper&apos;s method). Adding the changes is quicker, but the concepts can disturb each other.</source>
        <translation>约束合并让每个概念的词保持与该概念单独使用时相同，并尽量少地改变模型的其余部分（论文的方法）。叠加变化更快，但概念之间可能互相干扰。</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>The prompt and seed drawn with each way of combining the concepts, side by side.</source>
        <translation>用每种组合概念的方式绘制同一提示词和种子，并排显示。</translation>
    </message>
    <message>
        <source>From library:</source>
        <translation>来自库：</translation>
    </message>
    <message>
        <source>Concepts…</source>
        <translation>概念…</translation>
    </message>
    <message>
        <source>Concepts (%1)…</source>
        <translation>概念（%1）…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>正在合并 %n 个概念…</numerusform>
        </translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>这些概念无法合并：%1</translation>
    </message>
    <message>
        <source>Merged concepts from the cache; their words: %1.</source>
        <translation>来自缓存的已合并概念；它们的词：%1。</translation>
    </message>
    <message>
        <source>Merged; the concepts&apos; words: %1.</source>
        <translation>已合并；概念的词：%1。</translation>
    </message>
    <message>
        <source>Pick two or more concepts from the library to compare merges.</source>
        <translation>请从库中选择两个或更多概念来比较合并方式。</translation>
    </message>
    <message>
        <source>The concepts are still being merged; generate when that is done.</source>
        <translation>概念仍在合并中；完成后再生成。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ImageGrid</name>
    <message>
        <source>File not found.</source>
        <translation>找不到文件。</translation>
    </message>
    <message>
        <source>Not an image this app can read.</source>
        <translation>不是本应用能读取的图片。</translation>
    </message>
    <message>
        <source>The image is damaged or too small to use.</source>
        <translation>图片已损坏或太小，无法使用。</translation>
    </message>
    <message>
        <source>Smaller than the training size (%1 px); it will look blurry to the model.</source>
        <translation>小于训练尺寸（%1 px）；在模型看来会比较模糊。</translation>
    </message>
    <message>
        <source>Not square: training squeezes it into a square. Crop it for best results.</source>
        <translation>不是正方形：训练时会被压成正方形。建议先裁剪，效果最好。</translation>
    </message>
    <message>
        <source>Drop 4 to 20 photos of your concept here, or use “Add Images…”.</source>
        <translation>将 4 到 20 张概念照片拖放到这里，或使用“添加图片…”。</translation>
    </message>
    <message>
        <source>Remove this image from the concept</source>
        <translation>从概念中移除这张图片</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Looks blurry or out of focus; the model would learn the blur too. Use a sharper photo if you have one.</source>
        <translation>看起来模糊或失焦；模型会把模糊也学进去。如果有更清晰的照片，请换上它。</translation>
    </message>
    <message>
        <source>Looks almost the same as %1. Near-copies teach the model less than varied photos; keep the best one.</source>
        <translation>看起来和 %1 几乎一样。几乎重复的照片能教给模型的东西不如多样的照片多；保留最好的一张就好。</translation>
    </message>
    <message>
        <source>Preview augmentation</source>
        <translation>预览数据增强</translation>
    </message>
    <message>
        <source>See this photo as training shows it to the model: shrunk, enlarged and shifted</source>
        <translation>查看训练时这张照片呈现给模型的样子：缩小、放大和平移</translation>
    </message>
    <message>
        <source>Preview Augmentation…</source>
        <translation>预览数据增强…</translation>
    </message>
    <message>
        <source>Remove From Concept</source>
        <translation>从概念中移除</translation>
    </message>
    <message>
        <source>Crop to square</source>
        <translation>裁剪为正方形</translation>
    </message>
    <message>
        <source>Use the centre square of this photo instead (your file is not changed)</source>
        <translation>改用这张照片中央的正方形区域（不会修改你的原文件）</translation>
    </message>
    <message>
        <source>This photo is stored sideways; it will be trained as shown. Write an upright copy?</source>
        <translation>这张照片是横着保存的；训练时将按这里显示的样子使用。要写入一份摆正的副本吗？</translation>
    </message>
    <message>
        <source>This photo is stored upside down or mirrored; it will be trained as shown. Write an upright copy?</source>
        <translation>这张照片是倒着或镜像保存的；训练时将按这里显示的样子使用。要写入一份摆正的副本吗？</translation>
    </message>
    <message>
        <source>Not an image this app can read: %1.</source>
        <translation>不是本应用能读取的图像：%1。</translation>
    </message>
    <message>
        <source>Training cannot use this file: %1.</source>
        <translation>训练无法使用此文件：%1。</translation>
    </message>
    <message>
        <source>The upright copy could not be written: %1</source>
        <translation>无法写入摆正的副本：%1</translation>
    </message>
    <message>
        <source>Write upright copy</source>
        <translation>写入摆正的副本</translation>
    </message>
    <message>
        <source>Save an upright copy beside this photo and use it instead (your file is not changed)</source>
        <translation>在这张照片旁边保存一份摆正的副本并改用它（您的文件不会被改动）</translation>
    </message>
</context>
<context>
    <name>cds::ui::JobRunner</name>
    <message>
        <source>Could not make the demo model: %1</source>
        <translation>无法创建演示模型：%1</translation>
    </message>
    <message>
        <source>Training started: %1</source>
        <translation>训练已开始：%1</translation>
    </message>
    <message>
        <source>Preview images at step %1.</source>
        <translation>第 %1 步的预览图。</translation>
    </message>
    <message>
        <source>Checkpoint saved at step %1.</source>
        <translation>已在第 %1 步保存检查点。</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded.</source>
        <translation>已暂停。模型仍保持加载状态。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>已继续。</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>训练已中止：%1</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Stopped with %1 of %2 pictures.</source>
        <translation>已停止，目前有 %1 / %2 张图片。</translation>
    </message>
    <message>
        <source>The model drew %1 new pictures; %2 of %3 now.</source>
        <translation>模型新画了 %1 张图片；现在共有 %2 / %3 张。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>%1 of %2 pictures (%3 new, %4 failed, %5 duplicates).</source>
        <translation>%1 / %2 张图片（新增 %3 张，失败 %4 张，重复 %5 张）。</translation>
    </message>
    <message>
        <source>The source ran out of pictures; try another source.</source>
        <translation>这个来源的图片已经用完了；请换一个来源试试。</translation>
    </message>
    <message>
        <source>The download was stopped; starting it again resumes it.</source>
        <translation>下载已停止；再次开始即可从中断处继续。</translation>
    </message>
    <message>
        <source>choose another source above, such as drawing them with the base model</source>
        <translation>在上方选择其他来源，例如用基础模型生成</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>处理器 (CPU)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>In other tools write “%1” where you wrote %2.</source>
        <translation>在其他工具中，把原来写 %2 的地方写成“%1”。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The LoRA&apos;s changes differ from the concept&apos;s by %1%.</source>
        <translation>LoRA 的变化与概念的变化相差 %1%。</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <source>the service did not answer (%1); trying again (%2 of %3)…</source>
        <translation>服务没有响应（%1）；正在重试（第 %2 次，共 %3 次）…</translation>
    </message>
</context>
<context>
    <name>cds::ui::LibraryPage</name>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>从概念库移除</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>The share of each weight change&apos;s singular values to keep. The paper keeps 5–60%; less is smaller and less faithful.</source>
        <translation>每个权重变化保留的奇异值比例。论文保留 5–60%；越少文件越小，也越不忠实。</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (folder missing)</source>
        <translation>%1（文件夹缺失）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>base model not recorded</source>
        <translation>未记录基础模型</translation>
    </message>
    <message>
        <source>compressed (loads in this studio only)</source>
        <translation>已压缩（仅可在本工作室加载）</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>This concept does not record its base model: open a project with the model it was trained on first.</source>
        <translation>此概念未记录其基础模型：请先打开使用其训练模型的项目。</translation>
    </message>
    <message>
        <source>Writes a smaller copy beside the folder (the original stays).</source>
        <translation>在文件夹旁写入一个更小的副本（原文件夹保留）。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Add a Concept Folder</source>
        <translation>添加概念文件夹</translation>
    </message>
    <message>
        <source>Removed from the library; the folder itself is kept.</source>
        <translation>已从概念库移除；文件夹本身保留。</translation>
    </message>
    <message>
        <source>Compressing %1…</source>
        <translation>正在压缩 %1…</translation>
    </message>
    <message>
        <source>Compressed to %1: %2 (was %3).</source>
        <translation>已压缩到 %1：%2（原为 %3）。</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>压缩失败：%1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Draws one small picture with the concept compressed at this setting (its own prompt, a fixed seed), to judge what the size costs.</source>
        <translation>用按此设置压缩的概念绘制一张小图（用它自己的提示词和固定种子），以判断缩小体积的代价。</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>还没有预览。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message>
        <source>Select two or more concepts (Ctrl+click) to merge them into one.</source>
        <translation>选择两个或更多概念（Ctrl+单击）将它们合并为一个。</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>约束合并</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>叠加变化</translation>
    </message>
    <message>
        <source>Merge Concepts</source>
        <translation>合并概念</translation>
    </message>
    <message>
        <source>How to combine them:</source>
        <translation>组合方式：</translation>
    </message>
    <message>
        <source>Folder for the Merged Concept</source>
        <translation>合并后概念的文件夹</translation>
    </message>
    <message>
        <source>These concepts do not record their base model: open a project with the model they were trained on first.</source>
        <translation>这些概念没有记录其基础模型：请先打开使用其训练模型的项目。</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>正在合并 %n 个概念…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1; its words: %2.</source>
        <translation>已合并到 %1；它的词：%2。</translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>这些概念无法合并：%1</translation>
    </message>
    <message>
        <source>Drawing a preview at %1%…</source>
        <translation>正在绘制 %1% 的预览…</translation>
    </message>
    <message>
        <source>Kept %1%: “%2”, seed %3.</source>
        <translation>保留 %1%：“%2”，种子 %3。</translation>
    </message>
    <message>
        <source>Every concept you keep: trained, merged or compressed output folders. Add existing folders, merge several into one, or compress one to a fraction of its size.</source>
        <translation>您保留的所有概念：训练、合并或压缩后的输出文件夹。可添加已有文件夹、将多个合并为一个，或将其压缩到原大小的一小部分。</translation>
    </message>
</context>
<context>
    <name>cds::ui::LossPlot</name>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
</context>
<context>
    <name>cds::ui::MainWindow</name>
    <message>
        <source>Model ready.</source>
        <translation>模型已就绪。</translation>
    </message>
    <message>
        <source>The model has problems; see the model panel.</source>
        <translation>模型存在问题；请查看模型面板。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Custom Diffusion Studio</source>
        <translation>关于 Custom Diffusion Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>About Custom Diffusion Studio</source>
        <translation>关于 Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Teach Stable Diffusion a new concept from a few photos, on your own computer, and generate images with it.&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;只需几张照片，就能在你自己的电脑上教会 Stable Diffusion 一个新概念，并用它来生成图片。&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 · Model</source>
        <translation>1 · 模型</translation>
    </message>
    <message>
        <source>Demo model ready. Its pictures are noise; it is for trying the steps.</source>
        <translation>演示模型已就绪。它生成的图片是噪声，仅用于体验操作流程。</translation>
    </message>
    <message>
        <source>Choose a Stable Diffusion model to begin, or make the demo model.</source>
        <translation>请选择一个 Stable Diffusion 模型开始，或创建演示模型。</translation>
    </message>
    <message>
        <source>No model yet? Try the whole flow with a tiny demo model the app makes itself — nothing is downloaded; it runs in a minute on a processor, but its pictures are noise.</source>
        <translation>还没有模型？用应用自己生成的小型演示模型体验完整流程 — 无需下载任何东西，在 CPU 上一分钟左右就能跑完，不过生成的图片都是噪声。</translation>
    </message>
    <message>
        <source>Make a Demo Model</source>
        <translation>创建演示模型</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo model:&lt;/b&gt; random weights. Every step works, but everything it makes is noise. Open a real Stable Diffusion model for real pictures.</source>
        <translation>&lt;b&gt;演示模型：&lt;/b&gt;随机权重。每一步都能运行，但生成的一切都是噪声。想得到真正的图片，请打开真实的 Stable Diffusion 模型。</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Model Folder…</source>
        <translation>打开模型文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>Make a &amp;Demo Model</source>
        <translation>创建演示模型(&amp;D)</translation>
    </message>
    <message>
        <source>Making the demo model…</source>
        <translation>正在创建演示模型…</translation>
    </message>
    <message>
        <source>Choose a model on the Model page (or make the demo model).</source>
        <translation>请在“模型”页面选择一个模型（或创建演示模型）。</translation>
    </message>
    <message>
        <source>The image size must be a multiple of 8.</source>
        <translation>图片尺寸必须是 8 的倍数。</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Studio projects (*.cdproj)</source>
        <translation>Studio 项目 (*.cdproj)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 — Custom Diffusion Studio</source>
        <translation>%1 — Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Stop training and close? What was learned so far is saved, and you can continue later.</source>
        <translation>要停止训练并关闭吗？目前学到的内容会被保存，你可以稍后继续。</translation>
    </message>
    <message>
        <source>2 · Concepts</source>
        <translation>2 · 概念</translation>
    </message>
    <message>
        <source>3 · Regularization</source>
        <translation>3 · 正则化</translation>
    </message>
    <message>
        <source>4 · Train</source>
        <translation>4 · 训练</translation>
    </message>
    <message>
        <source>5 · Generate</source>
        <translation>5 · 生成</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>On the Regularization page, choose ordinary pictures for every concept, or for none.</source>
        <translation>请在“正则化”页面为每个概念都选好类别图像，或者全都不用。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>The new language appears when the running job has finished.</source>
        <translation>当前任务完成后，界面才会切换到新语言。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Making the demo model</source>
        <translation>正在创建演示模型</translation>
    </message>
    <message>
        <source>Gathering class pictures</source>
        <translation>正在收集类别图像</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n 个任务等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The running and waiting jobs; stop any one of them.</source>
        <translation>正在运行和等待的任务；可以单独停止任意一个。</translation>
    </message>
    <message>
        <source>Stop: %1 (running)</source>
        <translation>停止：%1（运行中）</translation>
    </message>
    <message>
        <source>Remove: %1 (waiting)</source>
        <translation>移除：%1（等待中）</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>概念库</translation>
    </message>
    <message>
        <source>Merging or compressing concepts</source>
        <translation>正在合并或压缩概念</translation>
    </message>
</context>
<context>
    <name>cds::ui::MergeCompareDialog</name>
    <message>
        <source>Compare Merge Choices</source>
        <translation>比较合并方式</translation>
    </message>
    <message>
        <source>“%1”, seed %2, with each way of combining the concepts.</source>
        <translation>“%1”，种子 %2，按每种组合概念的方式。</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>约束合并</translation>
    </message>
    <message>
        <source>Added changes</source>
        <translation>叠加的变化</translation>
    </message>
    <message>
        <source>Base model alone</source>
        <translation>仅基础模型</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelDownloadBox</name>
    <message>
        <source>Download from Hugging Face</source>
        <translation>从 Hugging Face 下载</translation>
    </message>
    <message>
        <source>The model&apos;s name on huggingface.co, as ORG/NAME. Only the files a Stable Diffusion pipeline needs are fetched (about 2–5 GB).</source>
        <translation>模型在 huggingface.co 上的名称，格式为 ORG/NAME。只会下载 Stable Diffusion 管线所需的文件（约 2–5 GB）。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>全精度</translation>
    </message>
    <message>
        <source>Half precision (fp16, half the size)</source>
        <translation>半精度（fp16，体积减半）</translation>
    </message>
    <message>
        <source>Half-precision files are half the download; training still learns in full precision.</source>
        <translation>半精度文件的下载量只有一半；训练时仍以全精度学习。</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Only for gated models</source>
        <translation>仅受限模型需要</translation>
    </message>
    <message>
        <source>Some models need you to accept their licence on huggingface.co and then pass an access token from your account settings there.</source>
        <translation>有些模型需要你先在 huggingface.co 上接受其许可协议，然后在这里填入你在该网站账户设置中获取的访问令牌。</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>下载已取消。</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4 of %5 at %6/s</source>
        <translation>第 %1 个文件，共 %2 个：%3 — %4 / %5，速度 %6/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 is downloaded.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 已下载完成。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Type the model&apos;s name as ORG/NAME, e.g. stable-diffusion-v1-5/stable-diffusion-v1-5.</source>
        <translation>请按 ORG/NAME 格式输入模型名称，例如 stable-diffusion-v1-5/stable-diffusion-v1-5。</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>正在等待当前任务完成…</translation>
    </message>
    <message>
        <source>Asking the Hub for the file list…</source>
        <translation>正在向 Hugging Face Hub 获取文件列表…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The Hub did not answer; trying again (%1 of %2)…</source>
        <translation>Hub 没有响应；正在重试（第 %1 次，共 %2 次）…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — the connection failed, trying again (%4 of %5)…</source>
        <translation>第 %1 个文件，共 %2 个：%3 — 连接失败，正在重试（第 %4 次，共 %5 次）…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelPanel</name>
    <message>
        <source>&lt;b&gt;Base model&lt;/b&gt;</source>
        <translation>&lt;b&gt;基础模型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>No model opened yet.</source>
        <translation>尚未打开模型。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Type a model folder or ORG/NAME first.</source>
        <translation>请先输入模型文件夹或 ORG/NAME。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot open this model:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;无法打开此模型：&lt;/span&gt;%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ready to use.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 可以使用。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;This model is incomplete:&lt;/span&gt; see the components marked with a warning.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;此模型不完整：&lt;/span&gt;请查看标有警告的组件。</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n file(s)</source>
        <translation>
            <numerusform>%1，%2，%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>A Stable Diffusion folder in diffusers layout, a Hugging Face name such as ORG/NAME that is already downloaded, or a single Stable Diffusion 1.x / 2.x checkpoint file (.safetensors, .ckpt).</source>
        <translation>diffusers 格式的 Stable Diffusion 文件夹、已下载的 Hugging Face 名称（如 ORG/NAME），或单个 Stable Diffusion 1.x / 2.x 检查点文件（.safetensors、.ckpt）。</translation>
    </message>
    <message>
        <source>Model folder, ORG/NAME or checkpoint file</source>
        <translation>模型文件夹、ORG/NAME 或检查点文件</translation>
    </message>
    <message>
        <source>Checkpoint File…</source>
        <translation>检查点文件…</translation>
    </message>
    <message>
        <source>Choose a checkpoint file</source>
        <translation>选择检查点文件</translation>
    </message>
    <message>
        <source>Stable Diffusion checkpoints (*.safetensors *.ckpt)</source>
        <translation>Stable Diffusion 检查点 (*.safetensors *.ckpt)</translation>
    </message>
    <message>
        <source>single file</source>
        <translation>单个文件</translation>
    </message>
    <message>
        <source>%1, inferred from the checkpoint&apos;s tensors</source>
        <translation>%1（根据检查点的张量推断）</translation>
    </message>
    <message>
        <source>v-prediction</source>
        <translation>v 预测</translation>
    </message>
    <message>
        <source>noise (epsilon)</source>
        <translation>噪声（epsilon）</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>stored precision</source>
        <translation>存储精度</translation>
    </message>
    <message>
        <source>EMA weights</source>
        <translation>EMA 权重</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>present, used</source>
        <translation>存在，已使用</translation>
    </message>
    <message>
        <source>present, not used (main weights used)</source>
        <translation>存在，未使用（使用主权重）</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>文件中没有</translation>
    </message>
    <message>
        <source>in the checkpoint</source>
        <translation>在检查点中</translation>
    </message>
    <message>
        <source>tokenizer and scheduler</source>
        <translation>分词器和调度器</translation>
    </message>
    <message>
        <source>no matching base model cached</source>
        <translation>缓存中没有匹配的基础模型</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>UNet parameters</source>
        <translation>UNet 参数</translation>
    </message>
    <message>
        <source>VAE parameters</source>
        <translation>VAE 参数</translation>
    </message>
    <message>
        <source>text encoder parameters</source>
        <translation>文本编码器参数</translation>
    </message>
    <message>
        <source>Single-file settings</source>
        <translation>单文件设置</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Epsilon (noise)</source>
        <translation>Epsilon（噪声）</translation>
    </message>
    <message>
        <source>V-prediction</source>
        <translation>v 预测</translation>
    </message>
    <message>
        <source>What the model predicts. The weights do not tell; Automatic uses the file&apos;s metadata or the documented rule (Stable Diffusion 2 at 768 pixels: v-prediction).</source>
        <translation>模型预测的内容。权重无法说明这一点；“自动”使用文件的元数据或文档中的规则（768 像素的 Stable Diffusion 2：v 预测）。</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>预测：</translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation>设置来源：</translation>
    </message>
    <message>
        <source>Automatic: a cached base model, or its small files downloaded</source>
        <translation>自动：已缓存的基础模型，或下载其小文件</translation>
    </message>
    <message>
        <source>Choose a diffusers model folder (tokenizer, scheduler, configs)</source>
        <translation>选择 diffusers 模型文件夹（分词器、调度器、配置）</translation>
    </message>
    <message>
        <source>A diffusers model folder whose tokenizer, scheduler and configs this checkpoint uses. Empty: a matching cached base model, or the small download of its files.</source>
        <translation>此检查点使用其分词器、调度器和配置的 diffusers 模型文件夹。留空：匹配的已缓存基础模型，或下载其少量文件。</translation>
    </message>
    <message>
        <source>VAE file:</source>
        <translation>VAE 文件：</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s own VAE</source>
        <translation>检查点自带的 VAE</translation>
    </message>
    <message>
        <source>Choose a VAE file</source>
        <translation>选择 VAE 文件</translation>
    </message>
    <message>
        <source>VAE weights (*.safetensors *.ckpt *.pt *.bin)</source>
        <translation>VAE 权重 (*.safetensors *.ckpt *.pt *.bin)</translation>
    </message>
    <message>
        <source>Automatic: %1 (%2)</source>
        <translation>自动：%1（%2）</translation>
    </message>
</context>
<context>
    <name>cds::ui::PromptPanel</name>
    <message>
        <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
        <translation>&lt;b&gt;提示词&lt;/b&gt;</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; cat on a beach</source>
        <translation>photo of a &lt;new1&gt; cat on a beach</translation>
    </message>
    <message>
        <source>Modifier tokens (space-separated), e.g. &lt;new1&gt; &lt;new2&gt;:</source>
        <translation>修饰 token（以空格分隔），例如 &lt;new1&gt; &lt;new2&gt;：</translation>
    </message>
    <message>
        <source>Open a model to see how its tokenizer reads your prompt.</source>
        <translation>打开模型后，即可查看它的分词器如何解读你的提示词。</translation>
    </message>
    <message>
        <source>This model has no usable tokenizer.</source>
        <translation>此模型没有可用的分词器。</translation>
    </message>
    <message>
        <source>Loading the tokenizer…</source>
        <translation>正在加载分词器…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot load the tokenizer:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;无法加载分词器：&lt;/span&gt;%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 of %2 tokens&lt;/b&gt; — the last %3 are cut off and have no effect.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 / %2 个 token&lt;/b&gt; — 最后 %3 个被截断，不会生效。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 tokens&lt;/b&gt; (start and end included).</source>
        <translation>&lt;b&gt;%1 / %2 个 token&lt;/b&gt;（含开始和结束标记）。</translation>
    </message>
    <message>
        <source>Not usable as modifier tokens (already in the vocabulary or repeated): %1</source>
        <translation>无法用作修饰 token（已在词表中或重复）：%1</translation>
    </message>
</context>
<context>
    <name>cds::ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently used projects (the files stay).</source>
        <translation>清除最近使用的项目记录（项目文件本身会保留）。</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationCard</name>
    <message>
        <source>None — train on my photos only</source>
        <translation>无 — 只用我的照片训练</translation>
    </message>
    <message>
        <source>Draw them with the base model</source>
        <translation>用基础模型生成</translation>
    </message>
    <message>
        <source>Fetch from a clip-retrieval service</source>
        <translation>从 clip-retrieval 服务获取</translation>
    </message>
    <message>
        <source>Fetch openly licensed pictures (Openverse)</source>
        <translation>获取开放许可的图片 (Openverse)</translation>
    </message>
    <message>
        <source>Use a folder of my own</source>
        <translation>使用我自己的文件夹</translation>
    </message>
    <message>
        <source>Ordinary pictures of the class (other cats, other toys) shown alongside yours, so the model keeps knowing what a plain one looks like. Drawing them needs no internet but takes a while on a processor.</source>
        <translation>和你的照片一起展示给模型的同类普通图片（别的猫、别的玩具），让模型不会忘记普通的同类事物长什么样。用模型生成无需联网，但在处理器上要花一些时间。</translation>
    </message>
    <message>
        <source>Ordinary pictures:</source>
        <translation>类别图像：</translation>
    </message>
    <message>
        <source>How many ordinary pictures to use; 200 is what the paper used.</source>
        <translation>要使用多少张类别图像；论文中用的是 200 张。</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>The address of a clip-retrieval back-end (its knn-service). LAION&apos;s public one has been closed since 2024; use one you or your community run.</source>
        <translation>clip-retrieval 后端的地址（即它的 knn-service）。LAION 的公共服务自 2024 年起已关闭；请使用你自己或你所在社区运行的服务。</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>A folder of pictures of the class; they are copied, never changed.</source>
        <translation>存放该类别图片的文件夹；图片只会被复制，绝不会被修改。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Gather</source>
        <translation>收集</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>A folder of ordinary pictures of the class</source>
        <translation>选择存放类别图像的文件夹</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept %1: %2&lt;/b&gt; — ordinary pictures of “%3”</source>
        <translation>&lt;b&gt;概念 %1：%2&lt;/b&gt; — “%3”的类别图像</translation>
    </message>
    <message>
        <source>Your photos alone: fastest, but the class word may drift towards your concept.</source>
        <translation>只用你的照片：最快，但类别词的含义可能会向你的概念偏移。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 of %2 pictures ready.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 / %2 张图片已就绪。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 pictures so far. Gather the rest now, or they are gathered when training starts.</source>
        <translation>目前已有 %1 / %2 张图片。可以现在收集剩下的，也可以等训练开始时自动收集。</translation>
    </message>
    <message>
        <source>%1 of %2 pictures</source>
        <translation>%1 / %2 张图片</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 张失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>保存在 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationPage</name>
    <message>
        <source>&lt;b&gt;Ordinary pictures of the class&lt;/b&gt; (optional). Training on a few photos can make the class word itself drift: after teaching your cat, every “cat” may look like yours. Showing the model some ordinary cats alongside prevents that. They are kept in retrieve.py&apos;s folder layout, so other tools can use them too.</source>
        <translation>&lt;b&gt;类别图像&lt;/b&gt;（可选）。只用几张照片训练，可能会让类别词本身的含义发生偏移：教会模型认识你的猫之后，每一只“cat”都可能长得像你的猫。同时给模型看一些普通的猫，就能避免这种情况。这些图片按 retrieve.py 的文件夹结构存放，其他工具也能使用。</translation>
    </message>
    <message>
        <source>Gather All</source>
        <translation>全部收集</translation>
    </message>
    <message>
        <source>Gathers the missing pictures of every concept, one after another.</source>
        <translation>依次为每个概念收集缺少的图片。</translation>
    </message>
    <message>
        <source>Choose a model or save the project first, so the pictures have a folder to go to.</source>
        <translation>请先选择模型或保存项目，这样图片才有文件夹可以存放。</translation>
    </message>
    <message>
        <source>Choose a model on the Model page first: it draws the pictures.</source>
        <translation>请先在“模型”页面选择一个模型：图片要由它来生成。</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>正在等待当前任务完成…</translation>
    </message>
    <message>
        <source>Cancelled before it began.</source>
        <translation>在开始前已取消。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ScreenshotTour</name>
    <message>
        <source>A job failed: %1</source>
        <translation>任务失败：%1</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; toy on a beach</source>
        <translation>photo of a &lt;new1&gt; toy on a beach</translation>
    </message>
    <message>
        <source>The Regularization page has no concept.</source>
        <translation>“正则化”页面上没有概念。</translation>
    </message>
    <message>
        <source>The Regularization page lacks its source, count or Gather button.</source>
        <translation>“正则化”页面缺少来源、数量或“收集”按钮。</translation>
    </message>
    <message>
        <source>Training did not start: %1</source>
        <translation>训练未能开始：%1</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1：%2 秒</translation>
    </message>
    <message>
        <source>Nothing to photograph in the step “%1”.</source>
        <translation>步骤“%1”中没有可截图的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Note: training had already finished when the Train page was photographed.</source>
        <translation>注意：截取“训练”页面时，训练已经结束了。</translation>
    </message>
    <message>
        <source>Screenshot tour, step “%1”: </source>
        <translation>截图导览，步骤“%1”：</translation>
    </message>
    <message>
        <source>Screenshot tour: </source>
        <translation>截图导览：</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n screenshot(s) in %1.</source>
        <translation>
            <numerusform>已将 %n 张截图保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>not done within %1 s (CDS_SCREENSHOT_STEP_TIMEOUT sets the limit).</source>
        <translation>未在 %1 秒内完成（用 CDS_SCREENSHOT_STEP_TIMEOUT 设置时限）。</translation>
    </message>
</context>
<context>
    <name>cds::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows. It changes when you press OK.</source>
        <translation>应用界面的语言。点击“确定”后生效。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Where training and image generation run. A graphics card is many times faster than the processor.</source>
        <translation>训练和生成图片在哪里运行。显卡比处理器快很多倍。</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>运行设备(&amp;D)：</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message numerus="yes">
        <source>How many processor threads the engine uses (this computer has %n cores). Fewer leave room for other programs; when other work keeps the processor busy, 1 can be much faster than all.</source>
        <translation>
            <numerusform>引擎使用的处理器线程数（这台电脑有 %n 个核心）。少用一些线程可以给其他程序留出余地；当处理器正忙于其他工作时，只用 1 个线程可能比用全部核心快得多。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>项目文件夹(&amp;P)：</translation>
    </message>
    <message>
        <source>Where new projects are saved unless you choose another place.</source>
        <translation>新项目默认保存的位置（除非你另选其他位置）。</translation>
    </message>
    <message>
        <source>Choose the Projects Folder</source>
        <translation>选择项目文件夹</translation>
    </message>
    <message>
        <source>Training &amp;output folder:</source>
        <translation>训练输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Where a training run writes the trained concept, checkpoints and test images. Leave it empty to write next to the project.</source>
        <translation>训练时存放训练好的概念、检查点和测试图的位置。留空则存放在项目文件旁边。</translation>
    </message>
    <message>
        <source>Next to the project</source>
        <translation>项目文件旁边</translation>
    </message>
    <message>
        <source>Choose the Training Output Folder</source>
        <translation>选择训练输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Save projects automatically</source>
        <translation>自动保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save the open project whenever it changes, so nothing is lost when the app closes.</source>
        <translation>打开的项目一有改动就自动保存，关闭应用时什么都不会丢。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>cds::ui::StepCompareDialog</name>
    <message>
        <source>Compare Two Steps</source>
        <translation>对比两个训练步</translation>
    </message>
    <message>
        <source>Which preview to show on this side.</source>
        <translation>这一侧显示哪张预览图。</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>使用这一步的权重</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>用这一步时的概念来生成。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>cds::ui::TokenStrip</name>
    <message>
        <source>Prompt tokens</source>
        <translation>提示词 token</translation>
    </message>
    <message>
        <source>✂ limit %1</source>
        <translation>✂ 上限 %1</translation>
    </message>
    <message>
        <source>The text encoder reads %1 tokens including start and end; everything after this mark is ignored.</source>
        <translation>文本编码器最多读取 %1 个 token（含开始和结束）；此标记之后的内容都会被忽略。</translation>
    </message>
    <message>
        <source>special token %1</source>
        <translation>特殊 token %1</translation>
    </message>
    <message>
        <source>token %1%2</source>
        <translation>token %1%2</translation>
    </message>
    <message>
        <source>, ends a word</source>
        <translation>，位于词尾</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainPage</name>
    <message>
        <source>GPU memory %1 of %2 GiB</source>
        <translation>GPU 显存 %1 / %2 GiB</translation>
    </message>
    <message>
        <source>Graphics card memory held by training, of the card&apos;s total.</source>
        <translation>训练占用的显卡显存,以及显卡的总显存。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start teaching the model your concept.</source>
        <translation>开始教模型学习你的概念。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the current step. The model stays loaded, so you can try a test image.</source>
        <translation>在当前这一步完成后暂停。模型会保持加载，你可以试着生成一张测试图。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop and save what was learned so far; you can continue later.</source>
        <translation>停止并保存目前学到的内容；之后可以继续。</translation>
    </message>
    <message>
        <source>Test Image</source>
        <translation>测试图</translation>
    </message>
    <message>
        <source>While paused: draw one preview with the weights as they are now.</source>
        <translation>暂停时：用当前的权重画一张预览图。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>Previews (same seed each time; click to enlarge):</source>
        <translation>预览（每次使用相同种子；点击放大）：</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded: try a test image, then resume.</source>
        <translation>已暂停。模型仍保持加载：可以先试一张测试图，然后继续。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>没有可训练的内容。</translation>
    </message>
    <message>
        <source>Before training can start:</source>
        <translation>开始训练前，请先处理：</translation>
    </message>
    <message>
        <source>Step 0 of %1</source>
        <translation>第 0 步，共 %1 步</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>正在等待当前任务完成…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Starting: %1 photos, %2 steps, into %3</source>
        <translation>开始：%1 张照片，%2 步，输出到 %3</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>将在这一步之后暂停…</translation>
    </message>
    <message>
        <source>Stopping and saving a checkpoint…</source>
        <translation>正在停止并保存检查点…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>%1 it/s</source>
        <translation>%1 it/s</translation>
    </message>
    <message>
        <source>%1 s/it</source>
        <translation>%1 s/it</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Stopped. What was learned so far is saved; tick “Continue from the last checkpoint” to go on.</source>
        <translation>已停止。目前学到的内容已保存；勾选“从上一个检查点继续”即可接着训练。</translation>
    </message>
    <message>
        <source>Done! Your concept is in %1. Try it on the Generate page.</source>
        <translation>完成！你的概念保存在 %1。去“生成”页面试试吧。</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>使用这一步的权重</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>用这一步时的概念来生成。</translation>
    </message>
    <message>
        <source>Compare Two Steps…</source>
        <translation>对比两个训练步…</translation>
    </message>
    <message>
        <source>Shows two previews side by side, to see what the extra steps changed.</source>
        <translation>并排显示两张预览图，看看多训练的那些步带来了哪些变化。</translation>
    </message>
    <message>
        <source>With ordinary pictures of the class (weight %1).</source>
        <translation>同时使用类别图像（权重 %1）。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the trained concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>将训练好的概念保存为供 AUTOMATIC1111、Forge、ComfyUI 或 stable-diffusion.cpp 使用的 LoRA 或嵌入。</translation>
    </message>
    <message>
        <source>Train a concept first: the output folder holds none yet.</source>
        <translation>请先训练一个概念：输出文件夹中还没有。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>How long to train. More steps learn the concept more closely but can start copying your photos exactly; 250 suits most objects and pets.</source>
        <translation>训练多久。步数越多，概念学得越细致，但可能开始原样照搬你的照片；大多数物品和宠物用 250 步就合适。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>训练步数：</translation>
    </message>
    <message>
        <source>How big each learning step is. Higher learns faster but can spoil the image; lower is gentler (faces: 5e-6).</source>
        <translation>每一步学习的幅度。越高学得越快，但可能把图片学坏；越低越温和（人脸：5e-6）。</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>How many photos the model looks at per step. Larger needs more memory.</source>
        <translation>模型每一步看几张照片。数值越大，占用内存越多。</translation>
    </message>
    <message>
        <source>Photos per step:</source>
        <translation>每步照片数：</translation>
    </message>
    <message>
        <source>The size, in pixels, your photos are trained at. Use the size the model was made for (512 for SD 1.x); smaller is faster.</source>
        <translation>训练时照片使用的尺寸（像素）。请使用模型设计时的尺寸（SD 1.x 为 512）；越小越快。</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>图片尺寸：</translation>
    </message>
    <message>
        <source>Class weight:</source>
        <translation>类别权重：</translation>
    </message>
    <message>
        <source>Which part of the model learns. Keys and values are enough for most things; faces and fine detail learn better with all of cross-attention.</source>
        <translation>模型中参与学习的部分。大多数情况下学习 key 和 value 就够了；人脸和精细细节用整个交叉注意力学习效果更好。</translation>
    </message>
    <message>
        <source>Cross-attention keys and values (recommended)</source>
        <translation>交叉注意力的 key 和 value（推荐）</translation>
    </message>
    <message>
        <source>All cross-attention (faces, detail)</source>
        <translation>全部交叉注意力（人脸、细节）</translation>
    </message>
    <message>
        <source>What learns:</source>
        <translation>学习部分：</translation>
    </message>
    <message>
        <source>Lower precision uses less memory and is faster on a graphics card, with a tiny loss of accuracy. fp16 needs a graphics card.</source>
        <translation>较低的精度占用更少内存，在显卡上也更快，精度损失极小。fp16 需要显卡。</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>全精度 (fp32)</translation>
    </message>
    <message>
        <source>Half (bf16)</source>
        <translation>半精度 (bf16)</translation>
    </message>
    <message>
        <source>Half (fp16, GPU)</source>
        <translation>半精度 (fp16, GPU)</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Where training runs. A graphics card is many times faster than the processor.</source>
        <translation>训练在哪里运行。显卡比处理器快很多倍。</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>运行设备：</translation>
    </message>
    <message>
        <source>The folder that receives the trained concept, checkpoints and preview images.</source>
        <translation>用于存放训练好的概念、检查点和预览图的文件夹。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Where to save the trained concept</source>
        <translation>训练好的概念保存到哪里</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Settings most people never need to change.</source>
        <translation>大多数人都不需要更改的设置。</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run. Constant keeps it the same from start to end.</source>
        <translation>学习率在训练过程中如何变化。constant 会从头到尾保持不变。</translation>
    </message>
    <message>
        <source>Learning-rate schedule:</source>
        <translation>学习率调度：</translation>
    </message>
    <message>
        <source>Steps at the start during which the learning rate rises gently from zero (with a warm-up schedule).</source>
        <translation>开始阶段学习率从零平缓上升的步数（适用于带预热的调度方式）。</translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation>预热步数：</translation>
    </message>
    <message>
        <source>Adds up several small batches before each learning step: like more photos per step, without the memory.</source>
        <translation>在每个学习步之前累积多个小批次：效果类似于每步用更多照片，但不额外占用内存。</translation>
    </message>
    <message>
        <source>Batches per step:</source>
        <translation>每步批次数：</translation>
    </message>
    <message>
        <source>How often to save a copy you can continue from after a crash or a restart.</source>
        <translation>多久保存一次副本，以便在崩溃或重启后继续训练。</translation>
    </message>
    <message>
        <source>Save a checkpoint every:</source>
        <translation>检查点保存间隔：</translation>
    </message>
    <message>
        <source>How often to draw preview images, so you can watch the concept appear. Each preview takes a little time.</source>
        <translation>多久画一次预览图，方便你观察概念逐渐成形。每次预览都会花一点时间。</translation>
    </message>
    <message>
        <source>Preview every (steps):</source>
        <translation>预览间隔（步）：</translation>
    </message>
    <message>
        <source>How many preview images to draw each time (0: none).</source>
        <translation>每次画几张预览图（0：不画）。</translation>
    </message>
    <message>
        <source>Preview images:</source>
        <translation>预览图数量：</translation>
    </message>
    <message>
        <source>What the previews show; empty uses the caption of your photos.</source>
        <translation>预览图的内容；留空则使用照片描述。</translation>
    </message>
    <message>
        <source>Preview prompt:</source>
        <translation>预览提示词：</translation>
    </message>
    <message>
        <source>The dice of the run. The same seed gives the same run and the same preview noise every time, so previews compare.</source>
        <translation>这次训练的“骰子”。相同的种子每次都会得到相同的训练过程和相同的预览噪声，方便比较预览。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Mirror photos at random</source>
        <translation>随机镜像照片</translation>
    </message>
    <message>
        <source>Shows each photo mirrored half of the time. Good for symmetric things, wrong for text or one-sided details.</source>
        <translation>有一半的概率把照片左右镜像。适合对称的事物，不适合文字或只在一侧的细节。</translation>
    </message>
    <message>
        <source>No zoom augmentation</source>
        <translation>不使用缩放增强</translation>
    </message>
    <message>
        <source>Normally photos are shown zoomed in and out at random so the concept works at any size. Turn off for faces.</source>
        <translation>通常会随机放大、缩小照片，让概念在任何尺寸下都能生效。人脸请关闭缩放。</translation>
    </message>
    <message>
        <source>Crop ordinary examples to the centre</source>
        <translation>将类别图像居中裁剪</translation>
    </message>
    <message>
        <source>Crops the class pictures to a square from their centre instead of squeezing them.</source>
        <translation>将类别图像从中心裁成正方形，而不是把它们压扁。</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>从上一个检查点继续</translation>
    </message>
    <message>
        <source>Picks up a stopped run where it left off instead of starting again.</source>
        <translation>从中断处继续已停止的训练，而不是从头开始。</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class (chosen on the Regularization page) count compared with yours.</source>
        <translation>类别图像（在“正则化”页面选择）相对于你的照片所占的分量。</translation>
    </message>
    <message>
        <source>Save memory</source>
        <translation>节省内存</translation>
    </message>
    <message>
        <source>Recomputes parts of the model instead of keeping them, so training fits on smaller graphics cards. Each step takes about a third longer.</source>
        <translation>不保留模型的部分中间结果，需要时再重新计算，让训练在显存较小的显卡上也能运行。每一步大约会多花三分之一的时间。</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class count compared with yours.</source>
        <translation>类别图像相对于你的照片所占的分量。</translation>
    </message>
    <message>
        <source>Choose ordinary pictures of the class on the Regularization page to use this.</source>
        <translation>请先在“正则化”页面选择类别图像，才能使用此项。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and use Custom Diffusion concepts.</source>
        <translation>训练和使用 Custom Diffusion 概念。</translation>
    </message>
    <message>
        <source>Model folder or ORG/NAME to open.</source>
        <translation>要打开的模型文件夹或 ORG/NAME。</translation>
    </message>
    <message>
        <source>Make and open the tiny demo model (its pictures are noise).</source>
        <translation>创建并打开小型演示模型（它生成的图片是噪声）。</translation>
    </message>
    <message>
        <source>Show this page first (1-5).</source>
        <translation>启动时先显示指定页面（1-5）。</translation>
    </message>
    <message>
        <source>Run the demo through every page, save screenshots in this folder, and quit.</source>
        <translation>用演示模型走一遍所有页面，把截图保存到此文件夹，然后退出。</translation>
    </message>
</context>
</TS>
