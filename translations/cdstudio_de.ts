<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cds::ui::MainWindow</name>
    <message>
        <source>Custom Diffusion Studio</source>
        <translation>Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Model ready.</source>
        <translation>Modell bereit.</translation>
    </message>
    <message>
        <source>The model has problems; see the model panel.</source>
        <translation>Das Modell hat Probleme; siehe Modellbereich.</translation>
    </message>
    <message>
        <source>Choose a Stable Diffusion model to begin.</source>
        <translation>Wählen Sie zunächst ein Stable-Diffusion-Modell.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Model Folder…</source>
        <translation>Modellordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Custom Diffusion Studio</source>
        <translation>Ü&amp;ber Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>About Custom Diffusion Studio</source>
        <translation>Über Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Teach Stable Diffusion a new concept from a few photos, on your own computer, and generate images with it.&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Bringen Sie Stable Diffusion mit wenigen Fotos auf Ihrem eigenen Computer ein neues Konzept bei und erzeugen Sie Bilder damit.&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari u. a., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelPanel</name>
    <message>
        <source>&lt;b&gt;Base model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Basismodell&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A Stable Diffusion folder in diffusers layout, or a Hugging Face name such as ORG/NAME that is already downloaded.</source>
        <translation>Ein Stable-Diffusion-Ordner im diffusers-Format oder ein bereits heruntergeladener Hugging-Face-Name wie ORG/NAME.</translation>
    </message>
    <message>
        <source>Model folder or ORG/NAME</source>
        <translation>Modellordner oder ORG/NAME</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>No model opened yet.</source>
        <translation>Noch kein Modell geöffnet.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>Type a model folder or ORG/NAME first.</source>
        <translation>Geben Sie zuerst einen Modellordner oder ORG/NAME ein.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot open this model:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Dieses Modell lässt sich nicht öffnen:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source> — %1 parameters, %2, %3</source>
        <translation> — %1 Parameter, %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ready to use.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — einsatzbereit.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;This model is incomplete:&lt;/span&gt; see the components marked with a warning.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Dieses Modell ist unvollständig:&lt;/span&gt; siehe die mit einer Warnung markierten Komponenten.</translation>
    </message>
</context>
<context>
    <name>cds::ui::PromptPanel</name>
    <message>
        <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prompt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; cat on a beach</source>
        <translation>photo of a &lt;new1&gt; cat on a beach</translation>
    </message>
    <message>
        <source>Modifier tokens (space-separated), e.g. &lt;new1&gt; &lt;new2&gt;:</source>
        <translation>Modifikator-Tokens (durch Leerzeichen getrennt), z. B. &lt;new1&gt; &lt;new2&gt;:</translation>
    </message>
    <message>
        <source>Open a model to see how its tokenizer reads your prompt.</source>
        <translation>Öffnen Sie ein Modell, um zu sehen, wie sein Tokenizer Ihren Prompt liest.</translation>
    </message>
    <message>
        <source>This model has no usable tokenizer.</source>
        <translation>Dieses Modell hat keinen nutzbaren Tokenizer.</translation>
    </message>
    <message>
        <source>Loading the tokenizer…</source>
        <translation>Tokenizer wird geladen…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot load the tokenizer:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Der Tokenizer lässt sich nicht laden:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 of %2 tokens&lt;/b&gt; — the last %3 are cut off and have no effect.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 von %2 Tokens&lt;/b&gt; — die letzten %3 werden abgeschnitten und wirken nicht.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 tokens&lt;/b&gt; (start and end included).</source>
        <translation>&lt;b&gt;%1 von %2 Tokens&lt;/b&gt; (Anfang und Ende eingeschlossen).</translation>
    </message>
    <message>
        <source>Not usable as modifier tokens (already in the vocabulary or repeated): %1</source>
        <translation>Als Modifikator-Token nicht nutzbar (schon im Vokabular oder doppelt): %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::TokenStrip</name>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>✂ limit %1</source>
        <translation>✂ Grenze %1</translation>
    </message>
    <message>
        <source>The text encoder reads %1 tokens including start and end; everything after this mark is ignored.</source>
        <translation>Der Text-Encoder liest %1 Tokens einschließlich Anfang und Ende; alles nach dieser Marke wird ignoriert.</translation>
    </message>
    <message>
        <source>special token %1</source>
        <translation>Sondertoken %1</translation>
    </message>
    <message>
        <source>token %1%2</source>
        <translation>Token %1%2</translation>
    </message>
    <message>
        <source>, ends a word</source>
        <translation>, beendet ein Wort</translation>
    </message>
</context>
</TS>
