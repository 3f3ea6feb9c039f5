<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AugmentationSamples</name>
    <message>
        <source>Cannot read %1: the file is not there.</source>
        <translation>%1 を読み込めません: ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>Training cannot read %1: use JPEG, PNG, WebP, BMP or TIFF files.</source>
        <translation>%1 は学習で読み込めません。JPEG、PNG、WebP、BMP、TIFF のいずれかのファイルを使ってください。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Cannot make the preview: %1</source>
        <translation>プレビューを作成できません: %1</translation>
    </message>
</context>
<context>
    <name>ConceptLibrary</name>
    <message>
        <source>%1 holds no Custom Diffusion weights (pytorch_custom_diffusion_weights.safetensors).</source>
        <translation>%1 には Custom Diffusion の重み (pytorch_custom_diffusion_weights.safetensors) がありません。</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 はすでにライブラリにあります。</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>This is not a Custom Diffusion Studio project.</source>
        <translation>これは Custom Diffusion Studio のプロジェクトではありません。</translation>
    </message>
    <message>
        <source>This project was made by a newer version of the app (format %1).</source>
        <translation>このプロジェクトは新しいバージョンのアプリで作成されています（形式 %1）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot open the project: %1</source>
        <translation>プロジェクトを開けません: %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::AugmentationPreview</name>
    <message>
        <source>How Training Sees %1</source>
        <translation>学習での %1 の見え方</translation>
    </message>
    <message>
        <source>Each training step shows the model your photo at a random size and place, and the prompt says how it looks (“a far away …”, “zoomed in …”). Grey is empty canvas; the loss ignores the shaded part, so the model does not learn to paint grey borders.</source>
        <translation>学習の各ステップでは、写真をランダムな大きさと位置でモデルに見せ、その見え方をプロンプトで伝えます（「a far away …」「zoomed in …」など）。グレーの部分は何もないキャンバスです。影を付けた部分は損失の計算で無視されるので、モデルがグレーの縁を描くことを覚えてしまうことはありません。</translation>
    </message>
    <message>
        <source>Shade what the loss ignores</source>
        <translation>損失で無視される部分に影を付ける</translation>
    </message>
    <message>
        <source>Mirror at random</source>
        <translation>ランダムに左右反転</translation>
    </message>
    <message>
        <source>As the training option: half of the steps see the photo mirrored.</source>
        <translation>学習のオプションと同じく、半分のステップで写真を左右反転して見せます。</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>シャッフル</translation>
    </message>
    <message>
        <source>Draw other random sizes and places</source>
        <translation>別のランダムな大きさと位置を選び直します</translation>
    </message>
    <message>
        <source>Preparing samples…</source>
        <translation>サンプルを準備しています…</translation>
    </message>
    <message>
        <source>%1 training steps with this photo, %2 × %2 pixels (seed %3).</source>
        <translation>この写真を使った学習ステップ%1回分、%2 × %2 ピクセル（シード %3）。</translation>
    </message>
    <message>
        <source>Enlarged and cropped</source>
        <translation>拡大してトリミング</translation>
    </message>
    <message>
        <source>Shrunk to %1 %</source>
        <translation>%1% に縮小</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>原寸</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptPickerDialog</name>
    <message>
        <source>Concepts from the Library</source>
        <translation>ライブラリのコンセプト</translation>
    </message>
    <message>
        <source>Check the concepts to use together. Two or more are merged into one (kept in a cache, so the same choice is quick next time).</source>
        <translation>一緒に使うコンセプトにチェックを付けてください。2つ以上は1つに統合されます(キャッシュに保存されるので、同じ選択は次回すぐに使えます)。</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>base model not recorded</source>
        <translation>ベースモデルの記録なし</translation>
    </message>
    <message>
        <source>The library is empty: add concept folders on the Library page, or train one.</source>
        <translation>ライブラリは空です。「ライブラリ」ページでコンセプトのフォルダーを追加するか、学習してください。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptsPage</name>
    <message>
        <source>&lt;b&gt;Your concept&lt;/b&gt; — 4 to 20 photos of one thing: a pet, a toy, a face, a style.</source>
        <translation>&lt;b&gt;あなたのコンセプト&lt;/b&gt; — ペット、おもちゃ、顔、画風など、ひとつの対象を写した写真を4〜20枚。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>物体</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>ペット</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>顔</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>画風</translation>
    </message>
    <message>
        <source>Picks training settings that suit this kind of concept. Faces need a gentler, longer training and 15–20 photos.</source>
        <translation>この種類のコンセプトに合った学習設定を選びます。顔の場合は、よりやさしく長めの学習と、15〜20枚の写真が必要です。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>What the thing is, in one ordinary word: cat, dog, toy, person, painting.</source>
        <translation>それが何かを表す、ごく普通の英単語ひとつ（例: cat、dog、toy、person、painting）。</translation>
    </message>
    <message>
        <source>It is a:</source>
        <translation>これは:</translation>
    </message>
    <message>
        <source>A new word, unknown to the model, that will mean your concept. Write it in prompts to call it up.</source>
        <translation>モデルがまだ知らない新しい単語で、あなたのコンセプトを表します。プロンプトに書くとコンセプトを呼び出せます。</translation>
    </message>
    <message>
        <source>New word:</source>
        <translation>新しい単語:</translation>
    </message>
    <message>
        <source>An existing word the new word starts from. A rare, meaningless one such as “ktn” works well; it must be a single token of the model.</source>
        <translation>新しい単語の出発点になる、既存の単語です。「ktn」のような、めったに使われない意味のない単語がおすすめです。モデルの1トークンである必要があります。</translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation>初期単語:</translation>
    </message>
    <message>
        <source>The caption every one of your photos gets during training. It must contain the new word.</source>
        <translation>学習中、すべての写真に付けるキャプションです。新しい単語を含める必要があります。</translation>
    </message>
    <message>
        <source>Caption of your photos:</source>
        <translation>写真のキャプション:</translation>
    </message>
    <message>
        <source>Caption of ordinary examples:</source>
        <translation>クラス画像のキャプション:</translation>
    </message>
    <message>
        <source>Add Images…</source>
        <translation>画像を追加…</translation>
    </message>
    <message>
        <source>Remove All</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>Add photos of your concept</source>
        <translation>コンセプトの写真を追加</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <source>Choose a new word, such as &lt;new1&gt;.</source>
        <translation>&lt;new1&gt; のような新しい単語を決めてください。</translation>
    </message>
    <message>
        <source>The new word must not contain spaces or “+”.</source>
        <translation>新しい単語にはスペースや「+」を含められません。</translation>
    </message>
    <message>
        <source>“%1” is already a word of the model; pick one it does not know, such as &lt;new1&gt;.</source>
        <translation>「%1」はすでにモデルが知っている単語です。&lt;new1&gt; のような、モデルが知らない単語を選んでください。</translation>
    </message>
    <message>
        <source>Choose a word to start from.</source>
        <translation>初期単語を決めてください。</translation>
    </message>
    <message>
        <source>“%1” is not a single token of this model; try “ktn”.</source>
        <translation>「%1」はこのモデルの1トークンではありません。「ktn」を試してみてください。</translation>
    </message>
    <message>
        <source>The caption of your photos must contain the new word %1.</source>
        <translation>写真のキャプションには新しい単語 %1 を含めてください。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ The words are fine.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ 単語に問題はありません。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open a model to check the words against its vocabulary.</source>
        <translation>モデルを開くと、単語をモデルの語彙と照らし合わせて確認できます。</translation>
    </message>
    <message>
        <source>Add at least %1 photos (%2 so far).</source>
        <translation>写真を%1枚以上追加してください（現在%2枚）。</translation>
    </message>
    <message>
        <source>Use at most %1 photos (%2 now); more rarely helps.</source>
        <translation>写真は%1枚までにしてください（現在%2枚）。それ以上増やしても、あまり効果はありません。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photo(s): add at least %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;使える写真: %1枚。%2枚以上にしてください。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photos: more than %2 rarely helps; remove some.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;使える写真: %1枚。%2枚を超えてもあまり効果がないので、いくつか削除してください。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 usable photos.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;使える写真: %1枚。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 file(s) cannot be used and will be left out.</source>
        <translation>%1個のファイルは使えないため、除外されます。</translation>
    </message>
    <message>
        <source>Concepts:</source>
        <translation>コンセプト:</translation>
    </message>
    <message>
        <source>Several concepts train together into one result: each gets its own new word.</source>
        <translation>複数のコンセプトをまとめて学習し、ひとつの結果にします。コンセプトごとに専用の新しい単語を使います。</translation>
    </message>
    <message>
        <source>Add Concept</source>
        <translation>コンセプトを追加</translation>
    </message>
    <message>
        <source>Teach another thing in the same run, e.g. your cat and its favourite chair.</source>
        <translation>同じ学習で別の対象も教えます。たとえば、あなたの猫とそのお気に入りの椅子など。</translation>
    </message>
    <message>
        <source>Remove Concept</source>
        <translation>コンセプトを削除</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>写真%n枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Another concept already uses the new word %1; each needs its own.</source>
        <translation>新しい単語 %1 はすでに別のコンセプトで使われています。コンセプトごとに別の単語が必要です。</translation>
    </message>
    <message>
        <source>Concept %1 (%2): %3</source>
        <translation>コンセプト %1 (%2): %3</translation>
    </message>
    <message>
        <source>The caption of the ordinary examples that keep the model from forgetting what a plain one looks like (chosen on the Regularization page).</source>
        <translation>普通の例（クラス画像）のキャプション。モデルが普通のものの見た目を忘れないようにします（「正則化」ページで選びます）。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExportDialog</name>
    <message>
        <source>Export the Concept</source>
        <translation>コンセプトを書き出す</translation>
    </message>
    <message>
        <source>LoRA, exact (LyCORIS full difference)</source>
        <translation>LoRA・厳密（LyCORIS 完全差分）</translation>
    </message>
    <message>
        <source>LoRA, smaller (low rank)</source>
        <translation>LoRA・小型（低ランク）</translation>
    </message>
    <message>
        <source>Embeddings only (the new words)</source>
        <translation>埋め込みのみ（新しい単語）</translation>
    </message>
    <message>
        <source>What AUTOMATIC1111, Forge, ComfyUI and stable-diffusion.cpp load. Both LoRA kinds also write the new words as embeddings beside the file.</source>
        <translation>AUTOMATIC1111、Forge、ComfyUI、stable-diffusion.cpp が読み込む形式です。どちらの LoRA も、新しい単語を埋め込みとしてファイルの隣に書き出します。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Higher keeps more of the concept in a bigger file. Automatic keeps 99% of each layer&apos;s change.</source>
        <translation>大きいほどコンセプトをより多く保ちますが、ファイルも大きくなります。自動では各層の変化の 99% を保ちます。</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>ランク:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Folder for the embeddings</source>
        <translation>埋め込みの保存フォルダー</translation>
    </message>
    <message>
        <source>Save the LoRA as</source>
        <translation>LoRA の保存先</translation>
    </message>
    <message>
        <source>safetensors files (*.safetensors)</source>
        <translation>safetensors ファイル (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExtraNetworksBox</name>
    <message>
        <source>LoRA files change the model&apos;s weights; embeddings add a word, written in the prompt as the file&apos;s name. Both may come from other tools (AUTOMATIC1111, ComfyUI, …).</source>
        <translation>LoRA ファイルはモデルの重みを変更します。埋め込みは単語を追加し、プロンプトにはファイル名で書きます。どちらも他のツール（AUTOMATIC1111、ComfyUI など）のものを使えます。</translation>
    </message>
    <message>
        <source>Add LoRA…</source>
        <translation>LoRA を追加…</translation>
    </message>
    <message>
        <source>Add Embedding…</source>
        <translation>埋め込みを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>How strongly the selected LoRA applies: 1 as made, 0 not at all.</source>
        <translation>選択した LoRA の効き具合：1 で作成時のまま、0 でまったく効きません。</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強さ:</translation>
    </message>
    <message>
        <source>Add LoRA files</source>
        <translation>LoRA ファイルを追加</translation>
    </message>
    <message>
        <source>LoRA and LyCORIS files (*.safetensors *.pt *.ckpt)</source>
        <translation>LoRA と LyCORIS のファイル (*.safetensors *.pt *.ckpt)</translation>
    </message>
    <message>
        <source>Add embeddings</source>
        <translation>埋め込みを追加</translation>
    </message>
    <message>
        <source>Embeddings (*.safetensors *.pt *.bin)</source>
        <translation>埋め込み (*.safetensors *.pt *.bin)</translation>
    </message>
    <message>
        <source>LoRA: %1 (strength %2)</source>
        <translation>LoRA: %1（強さ %2）</translation>
    </message>
    <message>
        <source>Embedding: %1 (write “%2” in the prompt)</source>
        <translation>埋め込み: %1（プロンプトに「%2」と書きます）</translation>
    </message>
</context>
<context>
    <name>cds::ui::GeneratePage</name>
    <message>
        <source>None: the base model alone</source>
        <translation>なし（ベースモデルのみ）</translation>
    </message>
    <message>
        <source>The folder of a trained concept (the training output, or a preview step).</source>
        <translation>学習済みコンセプトのフォルダー（学習の出力先、またはプレビュー時点のステップ）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Concept:</source>
        <translation>コンセプト:</translation>
    </message>
    <message>
        <source>How strongly the concept shows: 0 is the plain model, 100% the trained concept.</source>
        <translation>コンセプトの効き具合です。0で元のモデルのまま、100%で学習したコンセプトそのものになります。</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>Describe the picture; use your new word to bring in the concept.</source>
        <translation>描きたい絵を説明してください。新しい単語を入れると、コンセプトが反映されます。</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <source>What the picture should not show, e.g. “blurry, low quality”.</source>
        <translation>絵に含めたくないもの。例: 「blurry, low quality」。</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>ネガティブプロンプト:</translation>
    </message>
    <message>
        <source>More steps give cleaner pictures but take longer; 20–40 is typical.</source>
        <translation>ステップ数を増やすときれいな画像になりますが、時間がかかります。20〜40が一般的です。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ステップ数:</translation>
    </message>
    <message>
        <source>How closely the picture follows the prompt. Higher is more literal, too high looks harsh.</source>
        <translation>画像がどれだけプロンプトに忠実に従うかです。高いほど忠実になりますが、高すぎるとどぎつい絵になります。</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>CFGスケール:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>The method that turns noise into a picture. DPM++ 2M is fast and clean.</source>
        <translation>ノイズを画像に変える方法です。DPM++ 2M は高速できれいです。</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>サンプラー:</translation>
    </message>
    <message>
        <source>The same seed with the same settings gives the same picture.</source>
        <translation>同じシードと同じ設定なら、同じ画像が生成されます。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>A new seed for every click.</source>
        <translation>クリックするたびに新しいシードを使います。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Picture size in pixels (a multiple of 8). Default: the size the model was made for.</source>
        <translation>画像サイズ（ピクセル、8の倍数）。既定: モデルが想定しているサイズ。</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>幅 × 高さ:</translation>
    </message>
    <message>
        <source>How many pictures to make, each with the next seed.</source>
        <translation>生成する枚数です。1枚ごとにシードを1つずつ進めます。</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>枚数:</translation>
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
        <translation>画像を選ぶと、生成時の設定が表示されます。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNGで保存…</translation>
    </message>
    <message>
        <source>Save the selected picture with its settings embedded, so it can be made again.</source>
        <translation>選択した画像を、設定を埋め込んだ状態で保存します。あとで同じ画像をもう一度生成できます。</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>この設定を使う</translation>
    </message>
    <message>
        <source>Copy the selected picture&apos;s prompt, seed and settings into the form.</source>
        <translation>選択した画像のプロンプト、シード、設定をフォームにコピーします。</translation>
    </message>
    <message>
        <source>Choose a trained concept folder</source>
        <translation>学習済みコンセプトのフォルダーを選択</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Open a model on the Model page first.</source>
        <translation>まず「モデル」ページでモデルを開いてください。</translation>
    </message>
    <message>
        <source>Width and height must be multiples of 8.</source>
        <translation>幅と高さは8の倍数にしてください。</translation>
    </message>
    <message>
        <source>Working — waiting for the running job…</source>
        <translation>処理中 — 実行中のジョブが終わるのを待っています…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>画像を保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 を保存できませんでした。</translation>
    </message>
    <message>
        <source>New words:</source>
        <translation>新しい単語:</translation>
    </message>
    <message>
        <source>Insert %1 into the prompt at the cursor.</source>
        <translation>プロンプトのカーソル位置に %1 を挿入します。</translation>
    </message>
    <message>
        <source>Where the pictures are made. A graphics card is many times faster than the processor.</source>
        <translation>画像を作る場所です。グラフィックカードはプロセッサーより何倍も高速です。</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>実行デバイス:</translation>
    </message>
    <message>
        <source>LoRA and embeddings:</source>
        <translation>LoRA と埋め込み:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Save the concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>コンセプトを AUTOMATIC1111、Forge、ComfyUI、stable-diffusion.cpp 用の LoRA または埋め込みとして保存します。</translation>
    </message>
    <message>
        <source>Choose a model and a trained concept first.</source>
        <translation>先にモデルと学習済みのコンセプトを選んでください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <source>Use several concepts from the library together: they are merged into one.</source>
        <translation>ライブラリの複数のコンセプトを一緒に使います。1つに統合されます。</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>制約付き統合</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>変化を加算</translation>
    </message>
    <message>
        <source>Constrained merge keeps each concept&apos;s words as each concept alone had them and changes the rest of the model least (the paper&apos;s method). Adding the changes is quicker, but the concepts can disturb each other.</source>
        <translation>制約付き統合は、各コンセプトの単語をそのコンセプト単独のときと同じに保ち、モデルの他の部分の変化を最小にします(論文の方法)。変化の加算はより速いですが、コンセプト同士が干渉することがあります。</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>The prompt and seed drawn with each way of combining the concepts, side by side.</source>
        <translation>プロンプトとシードを、コンセプトの組み合わせ方ごとに描いて並べて表示します。</translation>
    </message>
    <message>
        <source>From library:</source>
        <translation>ライブラリから:</translation>
    </message>
    <message>
        <source>Concepts…</source>
        <translation>コンセプト…</translation>
    </message>
    <message>
        <source>Concepts (%1)…</source>
        <translation>コンセプト (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>%n 個のコンセプトを統合中…</numerusform>
        </translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>これらのコンセプトは統合できません: %1</translation>
    </message>
    <message>
        <source>Merged concepts from the cache; their words: %1.</source>
        <translation>キャッシュの統合済みコンセプト。単語: %1。</translation>
    </message>
    <message>
        <source>Merged; the concepts&apos; words: %1.</source>
        <translation>統合しました。コンセプトの単語: %1。</translation>
    </message>
    <message>
        <source>Pick two or more concepts from the library to compare merges.</source>
        <translation>統合を比較するには、ライブラリから2つ以上のコンセプトを選んでください。</translation>
    </message>
    <message>
        <source>The concepts are still being merged; generate when that is done.</source>
        <translation>コンセプトはまだ統合中です。終わってから生成してください。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ImageGrid</name>
    <message>
        <source>File not found.</source>
        <translation>ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>Not an image this app can read.</source>
        <translation>このアプリでは読み込めない画像です。</translation>
    </message>
    <message>
        <source>The image is damaged or too small to use.</source>
        <translation>画像が破損しているか、小さすぎて使えません。</translation>
    </message>
    <message>
        <source>Smaller than the training size (%1 px); it will look blurry to the model.</source>
        <translation>学習サイズ（%1 px）より小さいため、モデルにはぼやけて見えます。</translation>
    </message>
    <message>
        <source>Not square: training squeezes it into a square. Crop it for best results.</source>
        <translation>正方形ではありません。学習時に正方形に押しつぶされます。きれいに仕上げるにはトリミングしてください。</translation>
    </message>
    <message>
        <source>Drop 4 to 20 photos of your concept here, or use “Add Images…”.</source>
        <translation>コンセプトの写真を4〜20枚ここにドロップするか、「画像を追加…」を使ってください。</translation>
    </message>
    <message>
        <source>Remove this image from the concept</source>
        <translation>この画像をコンセプトから外す</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Looks blurry or out of focus; the model would learn the blur too. Use a sharper photo if you have one.</source>
        <translation>ぼやけているか、ピントが合っていないようです。モデルがぼけまで覚えてしまいます。もっとシャープな写真があれば、そちらを使ってください。</translation>
    </message>
    <message>
        <source>Looks almost the same as %1. Near-copies teach the model less than varied photos; keep the best one.</source>
        <translation>%1 とほとんど同じに見えます。ほぼ同じ写真は、変化のある写真ほど学習の役に立ちません。いちばん良い1枚を残しましょう。</translation>
    </message>
    <message>
        <source>Preview augmentation</source>
        <translation>データ拡張をプレビュー</translation>
    </message>
    <message>
        <source>See this photo as training shows it to the model: shrunk, enlarged and shifted</source>
        <translation>学習でモデルに見せるときの、この写真の見え方を確認します（縮小・拡大・位置ずらし）</translation>
    </message>
    <message>
        <source>Preview Augmentation…</source>
        <translation>データ拡張をプレビュー…</translation>
    </message>
    <message>
        <source>Remove From Concept</source>
        <translation>コンセプトから外す</translation>
    </message>
    <message>
        <source>Crop to square</source>
        <translation>正方形に切り抜く</translation>
    </message>
    <message>
        <source>Use the centre square of this photo instead (your file is not changed)</source>
        <translation>代わりにこの写真の中央の正方形を使います（元のファイルは変更されません）</translation>
    </message>
    <message>
        <source>This photo is stored sideways; it will be trained as shown. Write an upright copy?</source>
        <translation>この写真は横向きで保存されています。表示されているとおりの向きで学習されます。正しい向きのコピーを書き出しますか？</translation>
    </message>
    <message>
        <source>This photo is stored upside down or mirrored; it will be trained as shown. Write an upright copy?</source>
        <translation>この写真は上下逆さまか左右反転で保存されています。表示されているとおりの向きで学習されます。正しい向きのコピーを書き出しますか？</translation>
    </message>
    <message>
        <source>Not an image this app can read: %1.</source>
        <translation>このアプリでは読み込めない画像です: %1。</translation>
    </message>
    <message>
        <source>Training cannot use this file: %1.</source>
        <translation>このファイルは学習に使えません: %1。</translation>
    </message>
    <message>
        <source>The upright copy could not be written: %1</source>
        <translation>正しい向きのコピーを書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Write upright copy</source>
        <translation>正しい向きのコピーを書き出す</translation>
    </message>
    <message>
        <source>Save an upright copy beside this photo and use it instead (your file is not changed)</source>
        <translation>この写真の隣に正しい向きのコピーを保存し、代わりにそれを使います（元のファイルは変更されません）</translation>
    </message>
</context>
<context>
    <name>cds::ui::JobRunner</name>
    <message>
        <source>Could not make the demo model: %1</source>
        <translation>デモモデルを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Training started: %1</source>
        <translation>学習を開始しました: %1</translation>
    </message>
    <message>
        <source>Preview images at step %1.</source>
        <translation>ステップ %1 のプレビュー画像。</translation>
    </message>
    <message>
        <source>Checkpoint saved at step %1.</source>
        <translation>ステップ %1 でチェックポイントを保存しました。</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded.</source>
        <translation>一時停止中です。モデルは読み込まれたままです。</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>再開しました。</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>学習が中断されました: %1</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成に失敗しました: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Stopped with %1 of %2 pictures.</source>
        <translation>%1 / %2 枚の時点で停止しました。</translation>
    </message>
    <message>
        <source>The model drew %1 new pictures; %2 of %3 now.</source>
        <translation>モデルが新しい画像を%1枚描きました。現在 %2 / %3 枚です。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>%1 of %2 pictures (%3 new, %4 failed, %5 duplicates).</source>
        <translation>%1 / %2 枚（新規 %3 枚、失敗 %4 枚、重複 %5 枚）。</translation>
    </message>
    <message>
        <source>The source ran out of pictures; try another source.</source>
        <translation>このソースの画像が尽きました。別のソースを試してください。</translation>
    </message>
    <message>
        <source>The download was stopped; starting it again resumes it.</source>
        <translation>ダウンロードを中止しました。もう一度開始すると、続きから再開します。</translation>
    </message>
    <message>
        <source>choose another source above, such as drawing them with the base model</source>
        <translation>上で別の取得元（ベースモデルで生成するなど）を選んでください</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>プロセッサー (CPU)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>In other tools write “%1” where you wrote %2.</source>
        <translation>他のツールでは、%2 と書いていたところに「%1」と書きます。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>書き出しに失敗しました: %1</translation>
    </message>
    <message>
        <source>The LoRA&apos;s changes differ from the concept&apos;s by %1%.</source>
        <translation>LoRA の変化はコンセプトの変化と %1% 異なります。</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>the service did not answer (%1); trying again (%2 of %3)…</source>
        <translation>サービスが応答しませんでした（%1）。再試行しています（%2 / %3）…</translation>
    </message>
</context>
<context>
    <name>cds::ui::LibraryPage</name>
    <message>
        <source>Add Folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>ライブラリから削除</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保持：</translation>
    </message>
    <message>
        <source>The share of each weight change&apos;s singular values to keep. The paper keeps 5–60%; less is smaller and less faithful.</source>
        <translation>各重み変化の特異値のうち保持する割合。論文では 5〜60% を保持します。少ないほど小さくなり、忠実度は下がります。</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (folder missing)</source>
        <translation>%1（フォルダーがありません）</translation>
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
        <translation>ベースモデルの記録なし</translation>
    </message>
    <message>
        <source>compressed (loads in this studio only)</source>
        <translation>圧縮済み（このスタジオでのみ読み込めます）</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー：%1</translation>
    </message>
    <message>
        <source>This concept does not record its base model: open a project with the model it was trained on first.</source>
        <translation>このコンセプトにはベースモデルの記録がありません。先に学習に使ったモデルのプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>Writes a smaller copy beside the folder (the original stays).</source>
        <translation>フォルダーの隣に小さなコピーを書き出します（元のフォルダーは残ります）。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Add a Concept Folder</source>
        <translation>コンセプトフォルダーを追加</translation>
    </message>
    <message>
        <source>Removed from the library; the folder itself is kept.</source>
        <translation>ライブラリから削除しました。フォルダー自体は残っています。</translation>
    </message>
    <message>
        <source>Compressing %1…</source>
        <translation>%1 を圧縮中…</translation>
    </message>
    <message>
        <source>Compressed to %1: %2 (was %3).</source>
        <translation>%1 に圧縮しました：%2（元は %3）。</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>圧縮に失敗しました：%1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Draws one small picture with the concept compressed at this setting (its own prompt, a fixed seed), to judge what the size costs.</source>
        <translation>この設定で圧縮したコンセプトで小さな画像を1枚描きます(そのコンセプトのプロンプト、固定シード)。サイズと引き換えに失うものを確かめられます。</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>プレビューはまだありません。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューなし: %1</translation>
    </message>
    <message>
        <source>Select two or more concepts (Ctrl+click) to merge them into one.</source>
        <translation>2つ以上のコンセプトを選択して(Ctrl+クリック)、1つに統合します。</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>制約付き統合</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>変化を加算</translation>
    </message>
    <message>
        <source>Merge Concepts</source>
        <translation>コンセプトを統合</translation>
    </message>
    <message>
        <source>How to combine them:</source>
        <translation>組み合わせ方:</translation>
    </message>
    <message>
        <source>Folder for the Merged Concept</source>
        <translation>統合したコンセプトのフォルダー</translation>
    </message>
    <message>
        <source>These concepts do not record their base model: open a project with the model they were trained on first.</source>
        <translation>これらのコンセプトにはベースモデルの記録がありません。先に、学習に使ったモデルのプロジェクトを開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>%n 個のコンセプトを統合中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1; its words: %2.</source>
        <translation>%1 に統合しました。単語: %2。</translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>これらのコンセプトは統合できません: %1</translation>
    </message>
    <message>
        <source>Drawing a preview at %1%…</source>
        <translation>%1% でプレビューを描画中…</translation>
    </message>
    <message>
        <source>Kept %1%: “%2”, seed %3.</source>
        <translation>%1% を保持: 「%2」、シード %3。</translation>
    </message>
    <message>
        <source>Every concept you keep: trained, merged or compressed output folders. Add existing folders, merge several into one, or compress one to a fraction of its size.</source>
        <translation>保存しているすべてのコンセプト:学習・統合・圧縮した出力フォルダー。既存のフォルダーを追加したり、複数を1つに統合したり、1つを元のサイズの一部に圧縮したりできます。</translation>
    </message>
</context>
<context>
    <name>cds::ui::LossPlot</name>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑化</translation>
    </message>
</context>
<context>
    <name>cds::ui::MainWindow</name>
    <message>
        <source>Model ready.</source>
        <translation>モデルの準備ができました。</translation>
    </message>
    <message>
        <source>The model has problems; see the model panel.</source>
        <translation>モデルに問題があります。モデルパネルを確認してください。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Custom Diffusion Studio</source>
        <translation>Custom Diffusion Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
    <message>
        <source>About Custom Diffusion Studio</source>
        <translation>Custom Diffusion Studio について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Teach Stable Diffusion a new concept from a few photos, on your own computer, and generate images with it.&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;数枚の写真から Stable Diffusion に新しいコンセプトを教え、それを使って画像を生成できます。すべてあなたのコンピューター上で動きます。&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 · Model</source>
        <translation>1 · モデル</translation>
    </message>
    <message>
        <source>Demo model ready. Its pictures are noise; it is for trying the steps.</source>
        <translation>デモモデルの準備ができました。生成される画像はノイズで、操作の流れを試すためのものです。</translation>
    </message>
    <message>
        <source>Choose a Stable Diffusion model to begin, or make the demo model.</source>
        <translation>まず Stable Diffusion モデルを選ぶか、デモモデルを作成してください。</translation>
    </message>
    <message>
        <source>No model yet? Try the whole flow with a tiny demo model the app makes itself — nothing is downloaded; it runs in a minute on a processor, but its pictures are noise.</source>
        <translation>まだモデルがありませんか？ アプリが自分で作る小さなデモモデルで、一連の流れを試せます。ダウンロードは不要で、CPUでも1分ほどで動きますが、生成される画像はノイズです。</translation>
    </message>
    <message>
        <source>Make a Demo Model</source>
        <translation>デモモデルを作成</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo model:&lt;/b&gt; random weights. Every step works, but everything it makes is noise. Open a real Stable Diffusion model for real pictures.</source>
        <translation>&lt;b&gt;デモモデル:&lt;/b&gt; 重みはランダムです。すべての手順は動きますが、生成されるものはすべてノイズです。本物の画像を作るには、実際の Stable Diffusion モデルを開いてください。</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>プロジェクトを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>名前を付けてプロジェクトを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Model Folder…</source>
        <translation>モデルフォルダーを開く(&amp;M)…</translation>
    </message>
    <message>
        <source>Make a &amp;Demo Model</source>
        <translation>デモモデルを作成(&amp;D)</translation>
    </message>
    <message>
        <source>Making the demo model…</source>
        <translation>デモモデルを作成しています…</translation>
    </message>
    <message>
        <source>Choose a model on the Model page (or make the demo model).</source>
        <translation>「モデル」ページでモデルを選んでください（またはデモモデルを作成してください）。</translation>
    </message>
    <message>
        <source>The image size must be a multiple of 8.</source>
        <translation>画像サイズは8の倍数にしてください。</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Studio projects (*.cdproj)</source>
        <translation>Studio プロジェクト (*.cdproj)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>プロジェクトを保存</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1 — Custom Diffusion Studio</source>
        <translation>%1 — Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>学習を実行中です</translation>
    </message>
    <message>
        <source>Stop training and close? What was learned so far is saved, and you can continue later.</source>
        <translation>学習を停止して閉じますか？ これまでの学習内容は保存され、あとで続きから再開できます。</translation>
    </message>
    <message>
        <source>2 · Concepts</source>
        <translation>2 · コンセプト</translation>
    </message>
    <message>
        <source>3 · Regularization</source>
        <translation>3 · 正則化</translation>
    </message>
    <message>
        <source>4 · Train</source>
        <translation>4 · 学習</translation>
    </message>
    <message>
        <source>5 · Generate</source>
        <translation>5 · 生成</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>On the Regularization page, choose ordinary pictures for every concept, or for none.</source>
        <translation>「正則化」ページでは、すべてのコンセプトにクラス画像を選ぶか、どのコンセプトにも選ばないかのどちらかにしてください。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>The new language appears when the running job has finished.</source>
        <translation>新しい言語は、実行中のジョブが終わると反映されます。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Making the demo model</source>
        <translation>デモモデルを作成中</translation>
    </message>
    <message>
        <source>Gathering class pictures</source>
        <translation>クラス画像を収集中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>待機中のジョブ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>The running and waiting jobs; stop any one of them.</source>
        <translation>実行中と待機中のジョブです。どれでも個別に停止できます。</translation>
    </message>
    <message>
        <source>Stop: %1 (running)</source>
        <translation>停止: %1 (実行中)</translation>
    </message>
    <message>
        <source>Remove: %1 (waiting)</source>
        <translation>削除: %1 (待機中)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>書き出し中</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Merging or compressing concepts</source>
        <translation>コンセプトを統合または圧縮中</translation>
    </message>
</context>
<context>
    <name>cds::ui::MergeCompareDialog</name>
    <message>
        <source>Compare Merge Choices</source>
        <translation>統合方法を比較</translation>
    </message>
    <message>
        <source>“%1”, seed %2, with each way of combining the concepts.</source>
        <translation>「%1」、シード %2、コンセプトの組み合わせ方ごとに。</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>制約付き統合</translation>
    </message>
    <message>
        <source>Added changes</source>
        <translation>変化の加算</translation>
    </message>
    <message>
        <source>Base model alone</source>
        <translation>ベースモデルのみ</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>統合中…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>描画中…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelDownloadBox</name>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Hugging Face からダウンロード</translation>
    </message>
    <message>
        <source>The model&apos;s name on huggingface.co, as ORG/NAME. Only the files a Stable Diffusion pipeline needs are fetched (about 2–5 GB).</source>
        <translation>huggingface.co 上のモデル名（ORG/NAME の形式）です。Stable Diffusion のパイプラインに必要なファイルだけをダウンロードします（約2〜5 GB）。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>フル精度</translation>
    </message>
    <message>
        <source>Half precision (fp16, half the size)</source>
        <translation>半精度 (fp16、サイズ半分)</translation>
    </message>
    <message>
        <source>Half-precision files are half the download; training still learns in full precision.</source>
        <translation>半精度のファイルならダウンロード量は半分です。学習自体はフル精度で行われます。</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Only for gated models</source>
        <translation>アクセス制限のあるモデルでのみ必要</translation>
    </message>
    <message>
        <source>Some models need you to accept their licence on huggingface.co and then pass an access token from your account settings there.</source>
        <translation>一部のモデルでは、huggingface.co でライセンスに同意したうえで、そこでのアカウント設定で発行したアクセストークンを入力する必要があります。</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>アクセストークン:</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>ダウンロードをキャンセルしました。</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4 of %5 at %6/s</source>
        <translation>ファイル %1 / %2: %3 — %4 / %5（%6/s）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 is downloaded.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 をダウンロードしました。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Type the model&apos;s name as ORG/NAME, e.g. stable-diffusion-v1-5/stable-diffusion-v1-5.</source>
        <translation>モデル名を ORG/NAME の形式で入力してください（例: stable-diffusion-v1-5/stable-diffusion-v1-5）。</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>実行中のジョブが終わるのを待っています…</translation>
    </message>
    <message>
        <source>Asking the Hub for the file list…</source>
        <translation>Hub にファイル一覧を問い合わせています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>The Hub did not answer; trying again (%1 of %2)…</source>
        <translation>Hub が応答しませんでした。再試行しています（%1 / %2）…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — the connection failed, trying again (%4 of %5)…</source>
        <translation>ファイル %1 / %2: %3 — 接続に失敗しました。再試行しています（%4 / %5）…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelPanel</name>
    <message>
        <source>&lt;b&gt;Base model&lt;/b&gt;</source>
        <translation>&lt;b&gt;ベースモデル&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>No model opened yet.</source>
        <translation>モデルはまだ開かれていません。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>モデルフォルダーを選択</translation>
    </message>
    <message>
        <source>Type a model folder or ORG/NAME first.</source>
        <translation>先にモデルフォルダーか ORG/NAME を入力してください。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot open this model:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;このモデルを開けません:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ready to use.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 使用できます。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;This model is incomplete:&lt;/span&gt; see the components marked with a warning.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;このモデルは不完全です:&lt;/span&gt; 警告マークの付いたコンポーネントを確認してください。</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n file(s)</source>
        <translation>
            <numerusform>%1、%2、ファイル%n個</numerusform>
        </translation>
    </message>
    <message>
        <source>A Stable Diffusion folder in diffusers layout, a Hugging Face name such as ORG/NAME that is already downloaded, or a single Stable Diffusion 1.x / 2.x checkpoint file (.safetensors, .ckpt).</source>
        <translation>diffusers 形式の Stable Diffusion フォルダー、ダウンロード済みの Hugging Face 名（ORG/NAME など）、または Stable Diffusion 1.x / 2.x の単一チェックポイントファイル（.safetensors、.ckpt）。</translation>
    </message>
    <message>
        <source>Model folder, ORG/NAME or checkpoint file</source>
        <translation>モデルフォルダー、ORG/NAME、またはチェックポイントファイル</translation>
    </message>
    <message>
        <source>Checkpoint File…</source>
        <translation>チェックポイントファイル…</translation>
    </message>
    <message>
        <source>Choose a checkpoint file</source>
        <translation>チェックポイントファイルを選択</translation>
    </message>
    <message>
        <source>Stable Diffusion checkpoints (*.safetensors *.ckpt)</source>
        <translation>Stable Diffusion チェックポイント (*.safetensors *.ckpt)</translation>
    </message>
    <message>
        <source>single file</source>
        <translation>単一ファイル</translation>
    </message>
    <message>
        <source>%1, inferred from the checkpoint&apos;s tensors</source>
        <translation>%1（チェックポイントのテンソルから推定）</translation>
    </message>
    <message>
        <source>v-prediction</source>
        <translation>v 予測</translation>
    </message>
    <message>
        <source>noise (epsilon)</source>
        <translation>ノイズ（epsilon）</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>stored precision</source>
        <translation>保存精度</translation>
    </message>
    <message>
        <source>EMA weights</source>
        <translation>EMA 重み</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>present, used</source>
        <translation>あり（使用）</translation>
    </message>
    <message>
        <source>present, not used (main weights used)</source>
        <translation>あり（未使用、メインの重みを使用）</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>ファイル内になし</translation>
    </message>
    <message>
        <source>in the checkpoint</source>
        <translation>チェックポイント内</translation>
    </message>
    <message>
        <source>tokenizer and scheduler</source>
        <translation>トークナイザーとスケジューラー</translation>
    </message>
    <message>
        <source>no matching base model cached</source>
        <translation>対応するベースモデルがキャッシュにありません</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>学習ステップ</translation>
    </message>
    <message>
        <source>UNet parameters</source>
        <translation>UNet のパラメーター数</translation>
    </message>
    <message>
        <source>VAE parameters</source>
        <translation>VAE のパラメーター数</translation>
    </message>
    <message>
        <source>text encoder parameters</source>
        <translation>テキストエンコーダーのパラメーター数</translation>
    </message>
    <message>
        <source>Single-file settings</source>
        <translation>単一ファイルの設定</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Epsilon (noise)</source>
        <translation>イプシロン（ノイズ）</translation>
    </message>
    <message>
        <source>V-prediction</source>
        <translation>v予測</translation>
    </message>
    <message>
        <source>What the model predicts. The weights do not tell; Automatic uses the file&apos;s metadata or the documented rule (Stable Diffusion 2 at 768 pixels: v-prediction).</source>
        <translation>モデルが何を予測するか。重みからは分かりません。「自動」はファイルのメタデータか文書化された規則（768 ピクセルの Stable Diffusion 2 は v 予測）を使います。</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>予測:</translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation>設定の取得元:</translation>
    </message>
    <message>
        <source>Automatic: a cached base model, or its small files downloaded</source>
        <translation>自動: キャッシュ済みのベースモデル、またはその小さなファイルをダウンロード</translation>
    </message>
    <message>
        <source>Choose a diffusers model folder (tokenizer, scheduler, configs)</source>
        <translation>diffusers モデルフォルダーを選択（トークナイザー、スケジューラー、設定）</translation>
    </message>
    <message>
        <source>A diffusers model folder whose tokenizer, scheduler and configs this checkpoint uses. Empty: a matching cached base model, or the small download of its files.</source>
        <translation>このチェックポイントが使うトークナイザー、スケジューラー、設定を持つ diffusers モデルフォルダー。空欄: 一致するキャッシュ済みベースモデル、またはそのファイルの小さなダウンロード。</translation>
    </message>
    <message>
        <source>VAE file:</source>
        <translation>VAE ファイル:</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s own VAE</source>
        <translation>チェックポイント自身の VAE</translation>
    </message>
    <message>
        <source>Choose a VAE file</source>
        <translation>VAE ファイルを選択</translation>
    </message>
    <message>
        <source>VAE weights (*.safetensors *.ckpt *.pt *.bin)</source>
        <translation>VAE の重み (*.safetensors *.ckpt *.pt *.bin)</translation>
    </message>
    <message>
        <source>Automatic: %1 (%2)</source>
        <translation>自動: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cds::ui::PromptPanel</name>
    <message>
        <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
        <translation>&lt;b&gt;プロンプト&lt;/b&gt;</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; cat on a beach</source>
        <translation>photo of a &lt;new1&gt; cat on a beach</translation>
    </message>
    <message>
        <source>Modifier tokens (space-separated), e.g. &lt;new1&gt; &lt;new2&gt;:</source>
        <translation>モディファイアトークン（スペース区切り、例: &lt;new1&gt; &lt;new2&gt;）:</translation>
    </message>
    <message>
        <source>Open a model to see how its tokenizer reads your prompt.</source>
        <translation>モデルを開くと、トークナイザーがプロンプトをどう読み取るかを確認できます。</translation>
    </message>
    <message>
        <source>This model has no usable tokenizer.</source>
        <translation>このモデルには使えるトークナイザーがありません。</translation>
    </message>
    <message>
        <source>Loading the tokenizer…</source>
        <translation>トークナイザーを読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot load the tokenizer:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;トークナイザーを読み込めません:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 of %2 tokens&lt;/b&gt; — the last %3 are cut off and have no effect.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 / %2 トークン&lt;/b&gt; — 最後の%3トークンは切り捨てられ、効果がありません。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 tokens&lt;/b&gt; (start and end included).</source>
        <translation>&lt;b&gt;%1 / %2 トークン&lt;/b&gt;（開始・終了トークンを含む）。</translation>
    </message>
    <message>
        <source>Not usable as modifier tokens (already in the vocabulary or repeated): %1</source>
        <translation>モディファイアトークンとして使えません（すでに語彙にあるか、重複しています）: %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently used projects (the files stay).</source>
        <translation>最近使ったプロジェクトの一覧を消去します（ファイル自体は残ります）。</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationCard</name>
    <message>
        <source>None — train on my photos only</source>
        <translation>なし — 自分の写真だけで学習</translation>
    </message>
    <message>
        <source>Draw them with the base model</source>
        <translation>ベースモデルで生成する</translation>
    </message>
    <message>
        <source>Fetch from a clip-retrieval service</source>
        <translation>clip-retrieval サービスから取得する</translation>
    </message>
    <message>
        <source>Fetch openly licensed pictures (Openverse)</source>
        <translation>オープンライセンスの画像を取得する (Openverse)</translation>
    </message>
    <message>
        <source>Use a folder of my own</source>
        <translation>自分のフォルダーを使う</translation>
    </message>
    <message>
        <source>Ordinary pictures of the class (other cats, other toys) shown alongside yours, so the model keeps knowing what a plain one looks like. Drawing them needs no internet but takes a while on a processor.</source>
        <translation>あなたの写真と一緒に見せる、そのクラスのふつうの画像（ほかの猫、ほかのおもちゃなど）です。これでモデルは、ふつうの見た目を忘れずにすみます。ベースモデルで生成する場合はインターネット不要ですが、CPUでは時間がかかります。</translation>
    </message>
    <message>
        <source>Ordinary pictures:</source>
        <translation>クラス画像:</translation>
    </message>
    <message>
        <source>How many ordinary pictures to use; 200 is what the paper used.</source>
        <translation>使うクラス画像の枚数です。論文では200枚を使っています。</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>枚数:</translation>
    </message>
    <message>
        <source>The address of a clip-retrieval back-end (its knn-service). LAION&apos;s public one has been closed since 2024; use one you or your community run.</source>
        <translation>clip-retrieval バックエンドのアドレス（その knn-service）です。LAION の公開サーバーは2024年から停止しているので、自分やコミュニティが運営しているものを使ってください。</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <source>A folder of pictures of the class; they are copied, never changed.</source>
        <translation>クラスの画像が入ったフォルダーです。画像はコピーされるだけで、元のファイルが変更されることはありません。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Gather</source>
        <translation>収集</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>A folder of ordinary pictures of the class</source>
        <translation>クラス画像のフォルダーを選択</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept %1: %2&lt;/b&gt; — ordinary pictures of “%3”</source>
        <translation>&lt;b&gt;コンセプト %1: %2&lt;/b&gt; — 「%3」のクラス画像</translation>
    </message>
    <message>
        <source>Your photos alone: fastest, but the class word may drift towards your concept.</source>
        <translation>あなたの写真だけで学習します。いちばん速いですが、クラスの単語の意味があなたのコンセプトに引っぱられることがあります。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 of %2 pictures ready.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 / %2 枚の画像が揃いました。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 pictures so far. Gather the rest now, or they are gathered when training starts.</source>
        <translation>現在 %1 / %2 枚です。残りは今すぐ収集することも、学習の開始時に自動で収集させることもできます。</translation>
    </message>
    <message>
        <source>%1 of %2 pictures</source>
        <translation>%1 / %2 枚</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>保存先：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationPage</name>
    <message>
        <source>&lt;b&gt;Ordinary pictures of the class&lt;/b&gt; (optional). Training on a few photos can make the class word itself drift: after teaching your cat, every “cat” may look like yours. Showing the model some ordinary cats alongside prevents that. They are kept in retrieve.py&apos;s folder layout, so other tools can use them too.</source>
        <translation>&lt;b&gt;クラス画像（正則化画像）&lt;/b&gt;（任意）。少ない写真で学習すると、クラスの単語そのものの意味がずれることがあります。自分の猫を教えたあとは、どの「cat」もその猫に似てしまうかもしれません。ふつうの猫の画像も一緒にモデルに見せれば、これを防げます。画像は retrieve.py と同じフォルダー構成で保存されるので、ほかのツールでも使えます。</translation>
    </message>
    <message>
        <source>Gather All</source>
        <translation>すべて収集</translation>
    </message>
    <message>
        <source>Gathers the missing pictures of every concept, one after another.</source>
        <translation>すべてのコンセプトについて、足りない画像を順番に収集します。</translation>
    </message>
    <message>
        <source>Choose a model or save the project first, so the pictures have a folder to go to.</source>
        <translation>画像の保存先フォルダーが必要なので、先にモデルを選ぶか、プロジェクトを保存してください。</translation>
    </message>
    <message>
        <source>Choose a model on the Model page first: it draws the pictures.</source>
        <translation>先に「モデル」ページでモデルを選んでください。画像はそのモデルで生成します。</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>実行中のジョブが終わるのを待っています…</translation>
    </message>
    <message>
        <source>Cancelled before it began.</source>
        <translation>開始前に取り消しました。</translation>
    </message>
</context>
<context>
    <name>cds::ui::ScreenshotTour</name>
    <message>
        <source>A job failed: %1</source>
        <translation>ジョブが失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; toy on a beach</source>
        <translation>photo of a &lt;new1&gt; toy on a beach</translation>
    </message>
    <message>
        <source>The Regularization page has no concept.</source>
        <translation>「正則化」ページにコンセプトがありません。</translation>
    </message>
    <message>
        <source>The Regularization page lacks its source, count or Gather button.</source>
        <translation>「正則化」ページに、取得元、枚数、または「収集」ボタンがありません。</translation>
    </message>
    <message>
        <source>Training did not start: %1</source>
        <translation>学習が開始されませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 秒</translation>
    </message>
    <message>
        <source>Nothing to photograph in the step “%1”.</source>
        <translation>ステップ「%1」には撮影するものがありません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Note: training had already finished when the Train page was photographed.</source>
        <translation>注意: 「学習」ページを撮影した時点で、学習はすでに終わっていました。</translation>
    </message>
    <message>
        <source>Screenshot tour, step “%1”: </source>
        <translation>スクリーンショットツアー、ステップ「%1」: </translation>
    </message>
    <message>
        <source>Screenshot tour: </source>
        <translation>スクリーンショットツアー: </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n screenshot(s) in %1.</source>
        <translation>
            <numerusform>%1 にスクリーンショットを%n枚保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>not done within %1 s (CDS_SCREENSHOT_STEP_TIMEOUT sets the limit).</source>
        <translation>%1 秒以内に終わりませんでした（上限は CDS_SCREENSHOT_STEP_TIMEOUT で設定します）。</translation>
    </message>
</context>
<context>
    <name>cds::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows. It changes when you press OK.</source>
        <translation>アプリの画面に表示する言語です。OK を押すと切り替わります。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Where training and image generation run. A graphics card is many times faster than the processor.</source>
        <translation>学習と画像生成を実行する場所です。GPUはCPUより何倍も高速です。</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>すべてのコア</translation>
    </message>
    <message numerus="yes">
        <source>How many processor threads the engine uses (this computer has %n cores). Fewer leave room for other programs; when other work keeps the processor busy, 1 can be much faster than all.</source>
        <translation>
            <numerusform>エンジンが使うCPUのスレッド数です（このコンピューターのコア数は%n）。少なくすると、ほかのプログラムに余裕を残せます。ほかの処理でCPUが忙しいときは、全コアより1スレッドのほうがずっと速いこともあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド数(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>プロジェクトフォルダー(&amp;P):</translation>
    </message>
    <message>
        <source>Where new projects are saved unless you choose another place.</source>
        <translation>別の場所を選ばない限り、新しいプロジェクトはここに保存されます。</translation>
    </message>
    <message>
        <source>Choose the Projects Folder</source>
        <translation>プロジェクトフォルダーを選択</translation>
    </message>
    <message>
        <source>Training &amp;output folder:</source>
        <translation>学習の出力フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>Where a training run writes the trained concept, checkpoints and test images. Leave it empty to write next to the project.</source>
        <translation>学習で作られる学習済みコンセプト、チェックポイント、テスト画像の保存先です。空欄にすると、プロジェクトと同じ場所に保存します。</translation>
    </message>
    <message>
        <source>Next to the project</source>
        <translation>プロジェクトと同じ場所</translation>
    </message>
    <message>
        <source>Choose the Training Output Folder</source>
        <translation>学習の出力フォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Save projects automatically</source>
        <translation>プロジェクトを自動保存する(&amp;S)</translation>
    </message>
    <message>
        <source>Save the open project whenever it changes, so nothing is lost when the app closes.</source>
        <translation>開いているプロジェクトを変更のたびに保存するので、アプリを閉じても何も失われません。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
</context>
<context>
    <name>cds::ui::StepCompareDialog</name>
    <message>
        <source>Compare Two Steps</source>
        <translation>2つのステップを比較</translation>
    </message>
    <message>
        <source>Which preview to show on this side.</source>
        <translation>こちら側に表示するプレビューを選びます。</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>このステップの重みを使う</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>このステップ時点のコンセプトで生成します。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>cds::ui::TokenStrip</name>
    <message>
        <source>Prompt tokens</source>
        <translation>プロンプトのトークン</translation>
    </message>
    <message>
        <source>✂ limit %1</source>
        <translation>✂ 上限 %1</translation>
    </message>
    <message>
        <source>The text encoder reads %1 tokens including start and end; everything after this mark is ignored.</source>
        <translation>テキストエンコーダーが読むのは、開始・終了を含めて%1トークンまでです。この印より後ろはすべて無視されます。</translation>
    </message>
    <message>
        <source>special token %1</source>
        <translation>特殊トークン %1</translation>
    </message>
    <message>
        <source>token %1%2</source>
        <translation>トークン %1%2</translation>
    </message>
    <message>
        <source>, ends a word</source>
        <translation>、単語の末尾</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainPage</name>
    <message>
        <source>GPU memory %1 of %2 GiB</source>
        <translation>GPU メモリ %1 / %2 GiB</translation>
    </message>
    <message>
        <source>Graphics card memory held by training, of the card&apos;s total.</source>
        <translation>学習が使用しているグラフィックカードのメモリ(カード全体のうち)。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start teaching the model your concept.</source>
        <translation>モデルにコンセプトを教え始めます。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause after the current step. The model stays loaded, so you can try a test image.</source>
        <translation>現在のステップが終わったら一時停止します。モデルは読み込まれたままなので、テスト画像を試せます。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop and save what was learned so far; you can continue later.</source>
        <translation>停止して、これまでの学習内容を保存します。あとで続きから再開できます。</translation>
    </message>
    <message>
        <source>Test Image</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <source>While paused: draw one preview with the weights as they are now.</source>
        <translation>一時停止中: 現在の重みでプレビューを1枚描きます。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>まだ開始していません。</translation>
    </message>
    <message>
        <source>Previews (same seed each time; click to enlarge):</source>
        <translation>プレビュー（毎回同じシード、クリックで拡大）:</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded: try a test image, then resume.</source>
        <translation>一時停止中です。モデルは読み込まれたままです。テスト画像を試してから再開しましょう。</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>学習するものがありません。</translation>
    </message>
    <message>
        <source>Before training can start:</source>
        <translation>学習を始める前に:</translation>
    </message>
    <message>
        <source>Step 0 of %1</source>
        <translation>ステップ 0 / %1</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>実行中のジョブが終わるのを待っています…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Starting: %1 photos, %2 steps, into %3</source>
        <translation>開始: 写真%1枚、%2ステップ、出力先 %3</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>このステップが終わったら一時停止します…</translation>
    </message>
    <message>
        <source>Stopping and saving a checkpoint…</source>
        <translation>停止してチェックポイントを保存しています…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
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
        <translation>経過 %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Stopped. What was learned so far is saved; tick “Continue from the last checkpoint” to go on.</source>
        <translation>停止しました。これまでの学習内容は保存されています。続けるには「最後のチェックポイントから再開」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Done! Your concept is in %1. Try it on the Generate page.</source>
        <translation>完了！ コンセプトは %1 にあります。「生成」ページで試してみましょう。</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>このステップの重みを使う</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>このステップ時点のコンセプトで生成します。</translation>
    </message>
    <message>
        <source>Compare Two Steps…</source>
        <translation>2つのステップを比較…</translation>
    </message>
    <message>
        <source>Shows two previews side by side, to see what the extra steps changed.</source>
        <translation>2つのプレビューを並べて表示し、ステップが進んで何が変わったかを確認できます。</translation>
    </message>
    <message>
        <source>With ordinary pictures of the class (weight %1).</source>
        <translation>クラス画像を併用（重み %1）。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Save the trained concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>学習済みのコンセプトを AUTOMATIC1111、Forge、ComfyUI、stable-diffusion.cpp 用の LoRA または埋め込みとして保存します。</translation>
    </message>
    <message>
        <source>Train a concept first: the output folder holds none yet.</source>
        <translation>先にコンセプトを学習させてください。出力フォルダーにはまだありません。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>How long to train. More steps learn the concept more closely but can start copying your photos exactly; 250 suits most objects and pets.</source>
        <translation>どれくらい学習するかです。ステップ数を増やすとコンセプトをより細かく覚えますが、写真をそのまま写したような結果になり始めることがあります。たいていの物体やペットには250が適しています。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>学習ステップ数:</translation>
    </message>
    <message>
        <source>How big each learning step is. Higher learns faster but can spoil the image; lower is gentler (faces: 5e-6).</source>
        <translation>1回の学習ステップの大きさです。高いほど速く覚えますが、画像が崩れることがあります。低いほど穏やかです（顔: 5e-6）。</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学習率:</translation>
    </message>
    <message>
        <source>How many photos the model looks at per step. Larger needs more memory.</source>
        <translation>1ステップでモデルが見る写真の枚数です。多いほどメモリーを多く使います。</translation>
    </message>
    <message>
        <source>Photos per step:</source>
        <translation>1ステップあたりの写真数:</translation>
    </message>
    <message>
        <source>The size, in pixels, your photos are trained at. Use the size the model was made for (512 for SD 1.x); smaller is faster.</source>
        <translation>写真を学習させるときのサイズ（ピクセル）です。モデルが想定しているサイズ（SD 1.x なら512）を使いましょう。小さいほど速くなります。</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>画像サイズ:</translation>
    </message>
    <message>
        <source>Class weight:</source>
        <translation>クラスの重み:</translation>
    </message>
    <message>
        <source>Which part of the model learns. Keys and values are enough for most things; faces and fine detail learn better with all of cross-attention.</source>
        <translation>モデルのどの部分を学習させるかです。ほとんどの場合はキーとバリューで十分です。顔や細かいディテールは、クロスアテンション全体を学習させるとよく覚えます。</translation>
    </message>
    <message>
        <source>Cross-attention keys and values (recommended)</source>
        <translation>クロスアテンションのキーとバリュー（推奨）</translation>
    </message>
    <message>
        <source>All cross-attention (faces, detail)</source>
        <translation>クロスアテンション全体（顔、ディテール）</translation>
    </message>
    <message>
        <source>What learns:</source>
        <translation>学習する部分:</translation>
    </message>
    <message>
        <source>Lower precision uses less memory and is faster on a graphics card, with a tiny loss of accuracy. fp16 needs a graphics card.</source>
        <translation>精度を下げるとメモリー使用量が減り、GPUでは速くなります。精度の低下はごくわずかです。fp16 にはGPUが必要です。</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>フル精度 (fp32)</translation>
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
        <translation>精度:</translation>
    </message>
    <message>
        <source>Where training runs. A graphics card is many times faster than the processor.</source>
        <translation>学習を実行する場所です。GPUはCPUより何倍も高速です。</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>実行デバイス:</translation>
    </message>
    <message>
        <source>The folder that receives the trained concept, checkpoints and preview images.</source>
        <translation>学習済みコンセプト、チェックポイント、プレビュー画像を保存するフォルダーです。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>Where to save the trained concept</source>
        <translation>学習済みコンセプトの保存先</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Settings most people never need to change.</source>
        <translation>ほとんどの人は変更する必要のない設定です。</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run. Constant keeps it the same from start to end.</source>
        <translation>学習中に学習率をどう変化させるかです。constant は最初から最後まで同じ値を保ちます。</translation>
    </message>
    <message>
        <source>Learning-rate schedule:</source>
        <translation>学習率スケジューラー:</translation>
    </message>
    <message>
        <source>Steps at the start during which the learning rate rises gently from zero (with a warm-up schedule).</source>
        <translation>開始直後、学習率をゼロから少しずつ上げていくステップ数です（ウォームアップ付きのスケジューラーで有効）。</translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation>ウォームアップのステップ数:</translation>
    </message>
    <message>
        <source>Adds up several small batches before each learning step: like more photos per step, without the memory.</source>
        <translation>学習ステップごとに、小さなバッチを複数まとめてから学習します。メモリーを増やさずに、1ステップあたりの写真を増やしたのと同じ効果が得られます。</translation>
    </message>
    <message>
        <source>Batches per step:</source>
        <translation>1ステップあたりのバッチ数:</translation>
    </message>
    <message>
        <source>How often to save a copy you can continue from after a crash or a restart.</source>
        <translation>クラッシュや再起動のあとに続きから再開できるコピーを、どのくらいの間隔で保存するかです。</translation>
    </message>
    <message>
        <source>Save a checkpoint every:</source>
        <translation>チェックポイントの保存間隔:</translation>
    </message>
    <message>
        <source>How often to draw preview images, so you can watch the concept appear. Each preview takes a little time.</source>
        <translation>プレビュー画像を描く間隔です。コンセプトが現れていく様子を見られます。プレビューのたびに少し時間がかかります。</translation>
    </message>
    <message>
        <source>Preview every (steps):</source>
        <translation>プレビューの間隔（ステップ）:</translation>
    </message>
    <message>
        <source>How many preview images to draw each time (0: none).</source>
        <translation>毎回描くプレビュー画像の枚数です（0: なし）。</translation>
    </message>
    <message>
        <source>Preview images:</source>
        <translation>プレビュー画像の枚数:</translation>
    </message>
    <message>
        <source>What the previews show; empty uses the caption of your photos.</source>
        <translation>プレビューに描く内容です。空欄にすると写真のキャプションを使います。</translation>
    </message>
    <message>
        <source>Preview prompt:</source>
        <translation>プレビュー用プロンプト:</translation>
    </message>
    <message>
        <source>The dice of the run. The same seed gives the same run and the same preview noise every time, so previews compare.</source>
        <translation>学習のサイコロです。同じシードなら毎回同じ学習と同じプレビューノイズになるので、プレビューを比べられます。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <source>Mirror photos at random</source>
        <translation>写真をランダムに左右反転</translation>
    </message>
    <message>
        <source>Shows each photo mirrored half of the time. Good for symmetric things, wrong for text or one-sided details.</source>
        <translation>各写真を半分の確率で左右反転して見せます。左右対称のものに向いていますが、文字や片側だけにある特徴には向きません。</translation>
    </message>
    <message>
        <source>No zoom augmentation</source>
        <translation>ズームによるデータ拡張なし</translation>
    </message>
    <message>
        <source>Normally photos are shown zoomed in and out at random so the concept works at any size. Turn off for faces.</source>
        <translation>通常、写真はランダムに拡大・縮小して見せるので、どんな大きさでもコンセプトが効くようになります。顔の場合はズームをオフにしてください。</translation>
    </message>
    <message>
        <source>Crop ordinary examples to the centre</source>
        <translation>クラス画像を中央で切り抜く</translation>
    </message>
    <message>
        <source>Crops the class pictures to a square from their centre instead of squeezing them.</source>
        <translation>クラス画像を押しつぶさずに、中央から正方形に切り抜きます。</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>最後のチェックポイントから再開</translation>
    </message>
    <message>
        <source>Picks up a stopped run where it left off instead of starting again.</source>
        <translation>止めた学習を、最初からやり直さずに中断したところから続けます。</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class (chosen on the Regularization page) count compared with yours.</source>
        <translation>クラス画像（「正則化」ページで選んだもの）を、あなたの写真と比べてどのくらい重視するかです。</translation>
    </message>
    <message>
        <source>Save memory</source>
        <translation>メモリーを節約</translation>
    </message>
    <message>
        <source>Recomputes parts of the model instead of keeping them, so training fits on smaller graphics cards. Each step takes about a third longer.</source>
        <translation>モデルの一部を保持せずに計算し直すことで、メモリーの少ないGPUでも学習できるようにします。1ステップの時間は約3分の1長くなります。</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class count compared with yours.</source>
        <translation>クラス画像を、あなたの写真と比べてどのくらい重視するかです。</translation>
    </message>
    <message>
        <source>Choose ordinary pictures of the class on the Regularization page to use this.</source>
        <translation>これを使うには、「正則化」ページでクラス画像を選んでください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and use Custom Diffusion concepts.</source>
        <translation>Custom Diffusion のコンセプトを学習・使用します。</translation>
    </message>
    <message>
        <source>Model folder or ORG/NAME to open.</source>
        <translation>開くモデルフォルダーまたは ORG/NAME。</translation>
    </message>
    <message>
        <source>Make and open the tiny demo model (its pictures are noise).</source>
        <translation>小さなデモモデルを作成して開きます（生成される画像はノイズです）。</translation>
    </message>
    <message>
        <source>Show this page first (1-5).</source>
        <translation>このページを最初に表示します（1-5）。</translation>
    </message>
    <message>
        <source>Run the demo through every page, save screenshots in this folder, and quit.</source>
        <translation>デモですべてのページを順に実行し、このフォルダーにスクリーンショットを保存して終了します。</translation>
    </message>
</context>
</TS>
