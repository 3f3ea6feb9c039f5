<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AugmentationSamples</name>
    <message>
        <source>Cannot read %1: the file is not there.</source>
        <translation>%1 kann nicht gelesen werden: die Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Training cannot read %1: use JPEG, PNG, WebP, BMP or TIFF files.</source>
        <translation>Das Training kann %1 nicht lesen: verwenden Sie JPEG-, PNG-, WebP-, BMP- oder TIFF-Dateien.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot make the preview: %1</source>
        <translation>Die Vorschau kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ConceptLibrary</name>
    <message>
        <source>%1 holds no Custom Diffusion weights (pytorch_custom_diffusion_weights.safetensors).</source>
        <translation>%1 enthält keine Custom-Diffusion-Gewichte (pytorch_custom_diffusion_weights.safetensors).</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 ist schon in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>This is not a Custom Diffusion Studio project.</source>
        <translation>Dies ist kein Projekt von Custom Diffusion Studio.</translation>
    </message>
    <message>
        <source>This project was made by a newer version of the app (format %1).</source>
        <translation>Dieses Projekt stammt aus einer neueren Version der App (Format %1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the project: %1</source>
        <translation>Das Projekt lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::AugmentationPreview</name>
    <message>
        <source>How Training Sees %1</source>
        <translation>So sieht das Training %1</translation>
    </message>
    <message>
        <source>Each training step shows the model your photo at a random size and place, and the prompt says how it looks (“a far away …”, “zoomed in …”). Grey is empty canvas; the loss ignores the shaded part, so the model does not learn to paint grey borders.</source>
        <translation>Jeder Trainingsschritt zeigt dem Modell Ihr Foto in zufälliger Größe und an zufälliger Stelle, und der Prompt beschreibt, wie es aussieht („a far away …“, „zoomed in …“). Grau ist leere Leinwand; der Verlust ignoriert den schattierten Teil, damit das Modell nicht lernt, graue Ränder zu malen.</translation>
    </message>
    <message>
        <source>Shade what the loss ignores</source>
        <translation>Schattieren, was der Verlust ignoriert</translation>
    </message>
    <message>
        <source>Mirror at random</source>
        <translation>Zufällig spiegeln</translation>
    </message>
    <message>
        <source>As the training option: half of the steps see the photo mirrored.</source>
        <translation>Wie die Trainingsoption: die Hälfte der Schritte sieht das Foto gespiegelt.</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Neu würfeln</translation>
    </message>
    <message>
        <source>Draw other random sizes and places</source>
        <translation>Andere zufällige Größen und Stellen auslosen</translation>
    </message>
    <message>
        <source>Preparing samples…</source>
        <translation>Varianten werden vorbereitet …</translation>
    </message>
    <message>
        <source>%1 training steps with this photo, %2 × %2 pixels (seed %3).</source>
        <translation>%1 Trainingsschritte mit diesem Foto, %2 × %2 Pixel (Seed %3).</translation>
    </message>
    <message>
        <source>Enlarged and cropped</source>
        <translation>Vergrößert und zugeschnitten</translation>
    </message>
    <message>
        <source>Shrunk to %1 %</source>
        <translation>Verkleinert auf %1 %</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Volle Größe</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptPickerDialog</name>
    <message>
        <source>Concepts from the Library</source>
        <translation>Konzepte aus der Bibliothek</translation>
    </message>
    <message>
        <source>Check the concepts to use together. Two or more are merged into one (kept in a cache, so the same choice is quick next time).</source>
        <translation>Haken Sie die Konzepte an, die zusammen verwendet werden sollen. Zwei oder mehr werden zu einem zusammengeführt (zwischengespeichert, damit dieselbe Auswahl beim nächsten Mal schnell geht).</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>base model not recorded</source>
        <translation>Basismodell nicht vermerkt</translation>
    </message>
    <message>
        <source>The library is empty: add concept folders on the Library page, or train one.</source>
        <translation>Die Bibliothek ist leer: Fügen Sie auf der Seite „Bibliothek“ Konzeptordner hinzu oder trainieren Sie eines.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptsPage</name>
    <message>
        <source>&lt;b&gt;Your concept&lt;/b&gt; — 4 to 20 photos of one thing: a pet, a toy, a face, a style.</source>
        <translation>&lt;b&gt;Ihr Konzept&lt;/b&gt; — 4 bis 20 Fotos von einer Sache: ein Haustier, ein Spielzeug, ein Gesicht, ein Stil.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Haustier</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Picks training settings that suit this kind of concept. Faces need a gentler, longer training and 15–20 photos.</source>
        <translation>Wählt Trainingseinstellungen, die zu dieser Art Konzept passen. Gesichter brauchen ein sanfteres, längeres Training und 15–20 Fotos.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>What the thing is, in one ordinary word: cat, dog, toy, person, painting.</source>
        <translation>Was die Sache ist, in einem gewöhnlichen englischen Wort: cat, dog, toy, person, painting.</translation>
    </message>
    <message>
        <source>It is a:</source>
        <translation>Es ist ein(e):</translation>
    </message>
    <message>
        <source>A new word, unknown to the model, that will mean your concept. Write it in prompts to call it up.</source>
        <translation>Ein neues, dem Modell unbekanntes Wort, das Ihr Konzept bedeuten wird. Schreiben Sie es in Prompts, um es hervorzurufen.</translation>
    </message>
    <message>
        <source>New word:</source>
        <translation>Neues Wort:</translation>
    </message>
    <message>
        <source>An existing word the new word starts from. A rare, meaningless one such as “ktn” works well; it must be a single token of the model.</source>
        <translation>Ein vorhandenes Wort, von dem das neue Wort ausgeht. Ein seltenes, bedeutungsloses wie „ktn“ eignet sich gut; es muss ein einzelnes Token des Modells sein.</translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <source>The caption every one of your photos gets during training. It must contain the new word.</source>
        <translation>Die Bildunterschrift, die jedes Ihrer Fotos beim Training erhält. Sie muss das neue Wort enthalten.</translation>
    </message>
    <message>
        <source>Caption of your photos:</source>
        <translation>Unterschrift Ihrer Fotos:</translation>
    </message>
    <message>
        <source>Caption of ordinary examples:</source>
        <translation>Unterschrift gewöhnlicher Beispiele:</translation>
    </message>
    <message>
        <source>Add Images…</source>
        <translation>Bilder hinzufügen …</translation>
    </message>
    <message>
        <source>Remove All</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Add photos of your concept</source>
        <translation>Fotos Ihres Konzepts hinzufügen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>Choose a new word, such as &lt;new1&gt;.</source>
        <translation>Wählen Sie ein neues Wort, etwa &lt;new1&gt;.</translation>
    </message>
    <message>
        <source>The new word must not contain spaces or “+”.</source>
        <translation>Das neue Wort darf keine Leerzeichen oder „+“ enthalten.</translation>
    </message>
    <message>
        <source>“%1” is already a word of the model; pick one it does not know, such as &lt;new1&gt;.</source>
        <translation>„%1“ ist bereits ein Wort des Modells; wählen Sie eines, das es nicht kennt, etwa &lt;new1&gt;.</translation>
    </message>
    <message>
        <source>Choose a word to start from.</source>
        <translation>Wählen Sie ein Ausgangswort.</translation>
    </message>
    <message>
        <source>“%1” is not a single token of this model; try “ktn”.</source>
        <translation>„%1“ ist kein einzelnes Token dieses Modells; versuchen Sie „ktn“.</translation>
    </message>
    <message>
        <source>The caption of your photos must contain the new word %1.</source>
        <translation>Die Unterschrift Ihrer Fotos muss das neue Wort %1 enthalten.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ The words are fine.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ Die Wörter passen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open a model to check the words against its vocabulary.</source>
        <translation>Öffnen Sie ein Modell, um die Wörter mit seinem Vokabular zu prüfen.</translation>
    </message>
    <message>
        <source>Add at least %1 photos (%2 so far).</source>
        <translation>Fügen Sie mindestens %1 Fotos hinzu (bisher %2).</translation>
    </message>
    <message>
        <source>Use at most %1 photos (%2 now); more rarely helps.</source>
        <translation>Verwenden Sie höchstens %1 Fotos (jetzt %2); mehr hilft selten.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photo(s): add at least %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;%1 brauchbare(s) Foto(s): fügen Sie mindestens %2 hinzu.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photos: more than %2 rarely helps; remove some.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;%1 brauchbare Fotos: mehr als %2 hilft selten; entfernen Sie einige.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 usable photos.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 brauchbare Fotos.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 file(s) cannot be used and will be left out.</source>
        <translation>%1 Datei(en) sind unbrauchbar und werden ausgelassen.</translation>
    </message>
    <message>
        <source>Concepts:</source>
        <translation>Konzepte:</translation>
    </message>
    <message>
        <source>Several concepts train together into one result: each gets its own new word.</source>
        <translation>Mehrere Konzepte werden gemeinsam zu einem Ergebnis trainiert: jedes bekommt sein eigenes neues Wort.</translation>
    </message>
    <message>
        <source>Add Concept</source>
        <translation>Konzept hinzufügen</translation>
    </message>
    <message>
        <source>Teach another thing in the same run, e.g. your cat and its favourite chair.</source>
        <translation>Bringen Sie dem Modell im selben Lauf noch etwas anderes bei, z. B. Ihre Katze und ihren Lieblingssessel.</translation>
    </message>
    <message>
        <source>Remove Concept</source>
        <translation>Konzept entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Another concept already uses the new word %1; each needs its own.</source>
        <translation>Ein anderes Konzept verwendet bereits das neue Wort %1; jedes braucht sein eigenes.</translation>
    </message>
    <message>
        <source>Concept %1 (%2): %3</source>
        <translation>Konzept %1 (%2): %3</translation>
    </message>
    <message>
        <source>The caption of the ordinary examples that keep the model from forgetting what a plain one looks like (chosen on the Regularization page).</source>
        <translation>Die Bildunterschrift der gewöhnlichen Beispiele, die das Modell nicht vergessen lassen, wie ein ganz normales aussieht (auf der Seite „Regularisierung“ gewählt).</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExportDialog</name>
    <message>
        <source>Export the Concept</source>
        <translation>Konzept exportieren</translation>
    </message>
    <message>
        <source>LoRA, exact (LyCORIS full difference)</source>
        <translation>LoRA, exakt (LyCORIS-Volldifferenz)</translation>
    </message>
    <message>
        <source>LoRA, smaller (low rank)</source>
        <translation>LoRA, kleiner (niedriger Rang)</translation>
    </message>
    <message>
        <source>Embeddings only (the new words)</source>
        <translation>Nur Embeddings (die neuen Wörter)</translation>
    </message>
    <message>
        <source>What AUTOMATIC1111, Forge, ComfyUI and stable-diffusion.cpp load. Both LoRA kinds also write the new words as embeddings beside the file.</source>
        <translation>Was AUTOMATIC1111, Forge, ComfyUI und stable-diffusion.cpp laden. Beide LoRA-Arten schreiben die neuen Wörter zusätzlich als Embeddings neben die Datei.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Higher keeps more of the concept in a bigger file. Automatic keeps 99% of each layer&apos;s change.</source>
        <translation>Höher bewahrt mehr vom Konzept in einer größeren Datei. Automatisch behält 99 % der Änderung jeder Schicht.</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Rang:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Folder for the embeddings</source>
        <translation>Ordner für die Embeddings</translation>
    </message>
    <message>
        <source>Save the LoRA as</source>
        <translation>LoRA speichern unter</translation>
    </message>
    <message>
        <source>safetensors files (*.safetensors)</source>
        <translation>safetensors-Dateien (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExtraNetworksBox</name>
    <message>
        <source>LoRA files change the model&apos;s weights; embeddings add a word, written in the prompt as the file&apos;s name. Both may come from other tools (AUTOMATIC1111, ComfyUI, …).</source>
        <translation>LoRA-Dateien ändern die Gewichte des Modells; Embeddings fügen ein Wort hinzu, das im Prompt wie der Dateiname geschrieben wird. Beide können aus anderen Programmen stammen (AUTOMATIC1111, ComfyUI, …).</translation>
    </message>
    <message>
        <source>Add LoRA…</source>
        <translation>LoRA hinzufügen…</translation>
    </message>
    <message>
        <source>Add Embedding…</source>
        <translation>Embedding hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>How strongly the selected LoRA applies: 1 as made, 0 not at all.</source>
        <translation>Wie stark das gewählte LoRA wirkt: 1 wie erstellt, 0 gar nicht.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Add LoRA files</source>
        <translation>LoRA-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>LoRA and LyCORIS files (*.safetensors *.pt *.ckpt)</source>
        <translation>LoRA- und LyCORIS-Dateien (*.safetensors *.pt *.ckpt)</translation>
    </message>
    <message>
        <source>Add embeddings</source>
        <translation>Embeddings hinzufügen</translation>
    </message>
    <message>
        <source>Embeddings (*.safetensors *.pt *.bin)</source>
        <translation>Embeddings (*.safetensors *.pt *.bin)</translation>
    </message>
    <message>
        <source>LoRA: %1 (strength %2)</source>
        <translation>LoRA: %1 (Stärke %2)</translation>
    </message>
    <message>
        <source>Embedding: %1 (write “%2” in the prompt)</source>
        <translation>Embedding: %1 (im Prompt „%2“ schreiben)</translation>
    </message>
</context>
<context>
    <name>cds::ui::GeneratePage</name>
    <message>
        <source>None: the base model alone</source>
        <translation>Keines: nur das Basismodell</translation>
    </message>
    <message>
        <source>The folder of a trained concept (the training output, or a preview step).</source>
        <translation>Der Ordner eines trainierten Konzepts (die Trainingsausgabe oder ein Vorschauschritt).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Concept:</source>
        <translation>Konzept:</translation>
    </message>
    <message>
        <source>How strongly the concept shows: 0 is the plain model, 100% the trained concept.</source>
        <translation>Wie stark das Konzept erscheint: 0 ist das reine Modell, 100 % das trainierte Konzept.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Describe the picture; use your new word to bring in the concept.</source>
        <translation>Beschreiben Sie das Bild; Ihr neues Wort bringt das Konzept hinein.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>What the picture should not show, e.g. “blurry, low quality”.</source>
        <translation>Was das Bild nicht zeigen soll, z. B. „blurry, low quality“.</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Vermeiden:</translation>
    </message>
    <message>
        <source>More steps give cleaner pictures but take longer; 20–40 is typical.</source>
        <translation>Mehr Schritte ergeben sauberere Bilder, dauern aber länger; 20–40 ist üblich.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>How closely the picture follows the prompt. Higher is more literal, too high looks harsh.</source>
        <translation>Wie genau das Bild dem Prompt folgt. Höher ist wörtlicher, zu hoch wirkt hart.</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Prompt-Treue:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Vorgabe des Modells</translation>
    </message>
    <message>
        <source>The method that turns noise into a picture. DPM++ 2M is fast and clean.</source>
        <translation>Das Verfahren, das Rauschen in ein Bild verwandelt. DPM++ 2M ist schnell und sauber.</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>Sampler:</translation>
    </message>
    <message>
        <source>The same seed with the same settings gives the same picture.</source>
        <translation>Derselbe Seed mit denselben Einstellungen ergibt dasselbe Bild.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>A new seed for every click.</source>
        <translation>Bei jedem Klick ein neuer Seed.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Picture size in pixels (a multiple of 8). Default: the size the model was made for.</source>
        <translation>Bildgröße in Pixeln (ein Vielfaches von 8). Vorgabe: die Größe, für die das Modell gemacht ist.</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>Breite × Höhe:</translation>
    </message>
    <message>
        <source>How many pictures to make, each with the next seed.</source>
        <translation>Wie viele Bilder entstehen, jedes mit dem nächsten Seed.</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Select a picture to see how it was made.</source>
        <translation>Wählen Sie ein Bild, um zu sehen, wie es entstand.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save the selected picture with its settings embedded, so it can be made again.</source>
        <translation>Speichert das gewählte Bild mit eingebetteten Einstellungen, damit es sich erneut erzeugen lässt.</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Copy the selected picture&apos;s prompt, seed and settings into the form.</source>
        <translation>Übernimmt Prompt, Seed und Einstellungen des gewählten Bildes ins Formular.</translation>
    </message>
    <message>
        <source>Choose a trained concept folder</source>
        <translation>Ordner eines trainierten Konzepts wählen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeite</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Open a model on the Model page first.</source>
        <translation>Öffnen Sie zuerst ein Modell auf der Seite „Modell“.</translation>
    </message>
    <message>
        <source>Width and height must be multiples of 8.</source>
        <translation>Breite und Höhe müssen Vielfache von 8 sein.</translation>
    </message>
    <message>
        <source>Working — waiting for the running job…</source>
        <translation>Arbeite — warte auf die laufende Aufgabe …</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeite …</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>New words:</source>
        <translation>Neue Wörter:</translation>
    </message>
    <message>
        <source>Insert %1 into the prompt at the cursor.</source>
        <translation>Fügt %1 an der Cursorposition in den Prompt ein.</translation>
    </message>
    <message>
        <source>Where the pictures are made. A graphics card is many times faster than the processor.</source>
        <translation>Wo die Bilder entstehen. Eine Grafikkarte ist um ein Vielfaches schneller als der Prozessor.</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <source>LoRA and embeddings:</source>
        <translation>LoRA und Embeddings:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>Das Konzept als LoRA oder Embeddings für AUTOMATIC1111, Forge, ComfyUI oder stable-diffusion.cpp speichern.</translation>
    </message>
    <message>
        <source>Choose a model and a trained concept first.</source>
        <translation>Wählen Sie zuerst ein Modell und ein trainiertes Konzept.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Use several concepts from the library together: they are merged into one.</source>
        <translation>Mehrere Konzepte aus der Bibliothek zusammen verwenden: Sie werden zu einem zusammengeführt.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Zusammenführung mit Nebenbedingungen</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>Änderungen addieren</translation>
    </message>
    <message>
        <source>Constrained merge keeps each concept&apos;s words as each concept alone had them and changes the rest of the model least (the paper&apos;s method). Adding the changes is quicker, but the concepts can disturb each other.</source>
        <translation>Die Zusammenführung mit Nebenbedingungen erhält die Wörter jedes Konzepts so, wie das Konzept allein sie hatte, und ändert den Rest des Modells am wenigsten (die Methode des Papers). Das Addieren der Änderungen geht schneller, aber die Konzepte können einander stören.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>The prompt and seed drawn with each way of combining the concepts, side by side.</source>
        <translation>Prompt und Seed, gezeichnet mit jeder Art, die Konzepte zu kombinieren, nebeneinander.</translation>
    </message>
    <message>
        <source>From library:</source>
        <translation>Aus der Bibliothek:</translation>
    </message>
    <message>
        <source>Concepts…</source>
        <translation>Konzepte…</translation>
    </message>
    <message>
        <source>Concepts (%1)…</source>
        <translation>Konzepte (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>%n Konzept wird zusammengeführt…</numerusform>
            <numerusform>%n Konzepte werden zusammengeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>Diese Konzepte lassen sich nicht zusammenführen: %1</translation>
    </message>
    <message>
        <source>Merged concepts from the cache; their words: %1.</source>
        <translation>Zusammengeführte Konzepte aus dem Zwischenspeicher; ihre Wörter: %1.</translation>
    </message>
    <message>
        <source>Merged; the concepts&apos; words: %1.</source>
        <translation>Zusammengeführt; die Wörter der Konzepte: %1.</translation>
    </message>
    <message>
        <source>Pick two or more concepts from the library to compare merges.</source>
        <translation>Wählen Sie zwei oder mehr Konzepte aus der Bibliothek, um Zusammenführungen zu vergleichen.</translation>
    </message>
    <message>
        <source>The concepts are still being merged; generate when that is done.</source>
        <translation>Die Konzepte werden noch zusammengeführt; erzeugen Sie danach.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ImageGrid</name>
    <message>
        <source>File not found.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>Not an image this app can read.</source>
        <translation>Kein Bild, das diese App lesen kann.</translation>
    </message>
    <message>
        <source>The image is damaged or too small to use.</source>
        <translation>Das Bild ist beschädigt oder zu klein.</translation>
    </message>
    <message>
        <source>Smaller than the training size (%1 px); it will look blurry to the model.</source>
        <translation>Kleiner als die Trainingsgröße (%1 px); für das Modell wirkt es unscharf.</translation>
    </message>
    <message>
        <source>Not square: training squeezes it into a square. Crop it for best results.</source>
        <translation>Nicht quadratisch: das Training staucht es zum Quadrat. Für beste Ergebnisse zuschneiden.</translation>
    </message>
    <message>
        <source>Drop 4 to 20 photos of your concept here, or use “Add Images…”.</source>
        <translation>Ziehen Sie 4 bis 20 Fotos Ihres Konzepts hierher, oder nutzen Sie „Bilder hinzufügen …“.</translation>
    </message>
    <message>
        <source>Remove this image from the concept</source>
        <translation>Dieses Bild aus dem Konzept entfernen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Looks blurry or out of focus; the model would learn the blur too. Use a sharper photo if you have one.</source>
        <translation>Wirkt verschwommen oder unscharf; das Modell würde die Unschärfe mitlernen. Nehmen Sie ein schärferes Foto, falls Sie eines haben.</translation>
    </message>
    <message>
        <source>Looks almost the same as %1. Near-copies teach the model less than varied photos; keep the best one.</source>
        <translation>Sieht fast genauso aus wie %1. Beinahe-Kopien bringen dem Modell weniger bei als abwechslungsreiche Fotos; behalten Sie das beste davon.</translation>
    </message>
    <message>
        <source>Preview augmentation</source>
        <translation>Variationen zeigen</translation>
    </message>
    <message>
        <source>See this photo as training shows it to the model: shrunk, enlarged and shifted</source>
        <translation>Dieses Foto so sehen, wie das Training es dem Modell zeigt: verkleinert, vergrößert und verschoben</translation>
    </message>
    <message>
        <source>Preview Augmentation…</source>
        <translation>Variationen zeigen …</translation>
    </message>
    <message>
        <source>Remove From Concept</source>
        <translation>Aus dem Konzept entfernen</translation>
    </message>
    <message>
        <source>Crop to square</source>
        <translation>Quadratisch zuschneiden</translation>
    </message>
    <message>
        <source>Use the centre square of this photo instead (your file is not changed)</source>
        <translation>Stattdessen das mittlere Quadrat dieses Fotos verwenden (Ihre Datei bleibt unverändert)</translation>
    </message>
    <message>
        <source>This photo is stored sideways; it will be trained as shown. Write an upright copy?</source>
        <translation>Dieses Foto ist seitlich gespeichert; es wird so trainiert, wie es hier zu sehen ist. Eine aufrechte Kopie schreiben?</translation>
    </message>
    <message>
        <source>This photo is stored upside down or mirrored; it will be trained as shown. Write an upright copy?</source>
        <translation>Dieses Foto ist kopfüber oder gespiegelt gespeichert; es wird so trainiert, wie es hier zu sehen ist. Eine aufrechte Kopie schreiben?</translation>
    </message>
    <message>
        <source>Not an image this app can read: %1.</source>
        <translation>Kein Bild, das diese App lesen kann: %1.</translation>
    </message>
    <message>
        <source>Training cannot use this file: %1.</source>
        <translation>Das Training kann diese Datei nicht verwenden: %1.</translation>
    </message>
    <message>
        <source>The upright copy could not be written: %1</source>
        <translation>Die aufrechte Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Write upright copy</source>
        <translation>Aufrechte Kopie schreiben</translation>
    </message>
    <message>
        <source>Save an upright copy beside this photo and use it instead (your file is not changed)</source>
        <translation>Eine aufrechte Kopie neben diesem Foto speichern und stattdessen verwenden (Ihre Datei wird nicht verändert)</translation>
    </message>
</context>
<context>
    <name>cds::ui::JobRunner</name>
    <message>
        <source>Could not make the demo model: %1</source>
        <translation>Das Demomodell konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Training started: %1</source>
        <translation>Training gestartet: %1</translation>
    </message>
    <message>
        <source>Preview images at step %1.</source>
        <translation>Vorschaubilder bei Schritt %1.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step %1.</source>
        <translation>Checkpoint bei Schritt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded.</source>
        <translation>Pausiert. Das Modell bleibt geladen.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training abgebrochen: %1</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Erzeugen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Lade das Modell …</translation>
    </message>
    <message>
        <source>Stopped with %1 of %2 pictures.</source>
        <translation>Angehalten bei %1 von %2 Bildern.</translation>
    </message>
    <message>
        <source>The model drew %1 new pictures; %2 of %3 now.</source>
        <translation>Das Modell hat %1 neue Bilder gezeichnet; jetzt %2 von %3.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte …</translation>
    </message>
    <message>
        <source>%1 of %2 pictures (%3 new, %4 failed, %5 duplicates).</source>
        <translation>%1 von %2 Bildern (%3 neu, %4 fehlgeschlagen, %5 doppelt).</translation>
    </message>
    <message>
        <source>The source ran out of pictures; try another source.</source>
        <translation>Die Quelle hat keine weiteren Bilder; versuchen Sie eine andere Quelle.</translation>
    </message>
    <message>
        <source>The download was stopped; starting it again resumes it.</source>
        <translation>Der Download wurde angehalten; wenn Sie ihn erneut starten, wird er fortgesetzt.</translation>
    </message>
    <message>
        <source>choose another source above, such as drawing them with the base model</source>
        <translation>wählen Sie oben eine andere Quelle, etwa das Zeichnen durch das Basismodell</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Prozessor (CPU)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>In other tools write “%1” where you wrote %2.</source>
        <translation>Schreiben Sie in anderen Programmen „%1“, wo Sie %2 geschrieben haben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The LoRA&apos;s changes differ from the concept&apos;s by %1%.</source>
        <translation>Die Änderungen des LoRA weichen um %1 % von denen des Konzepts ab.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>the service did not answer (%1); trying again (%2 of %3)…</source>
        <translation>der Dienst hat nicht geantwortet (%1); neuer Versuch (%2 von %3) …</translation>
    </message>
</context>
<context>
    <name>cds::ui::LibraryPage</name>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>The share of each weight change&apos;s singular values to keep. The paper keeps 5–60%; less is smaller and less faithful.</source>
        <translation>Der Anteil der Singulärwerte jeder Gewichtsänderung, der behalten wird. Das Paper behält 5–60 %; weniger ist kleiner und weniger getreu.</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (folder missing)</source>
        <translation>%1 (Ordner fehlt)</translation>
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
        <translation>Basismodell nicht vermerkt</translation>
    </message>
    <message>
        <source>compressed (loads in this studio only)</source>
        <translation>komprimiert (lädt nur in diesem Studio)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>This concept does not record its base model: open a project with the model it was trained on first.</source>
        <translation>Dieses Konzept vermerkt sein Basismodell nicht: Öffnen Sie zuerst ein Projekt mit dem Modell, auf dem es trainiert wurde.</translation>
    </message>
    <message>
        <source>Writes a smaller copy beside the folder (the original stays).</source>
        <translation>Schreibt eine kleinere Kopie neben den Ordner (das Original bleibt).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Add a Concept Folder</source>
        <translation>Einen Konzeptordner hinzufügen</translation>
    </message>
    <message>
        <source>Removed from the library; the folder itself is kept.</source>
        <translation>Aus der Bibliothek entfernt; der Ordner selbst bleibt erhalten.</translation>
    </message>
    <message>
        <source>Compressing %1…</source>
        <translation>%1 wird komprimiert …</translation>
    </message>
    <message>
        <source>Compressed to %1: %2 (was %3).</source>
        <translation>Komprimiert nach %1: %2 (vorher %3).</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>Komprimieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Draws one small picture with the concept compressed at this setting (its own prompt, a fixed seed), to judge what the size costs.</source>
        <translation>Zeichnet ein kleines Bild mit dem so komprimierten Konzept (sein eigener Prompt, ein fester Seed), um zu beurteilen, was die Größe kostet.</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Noch keine Vorschau.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Select two or more concepts (Ctrl+click) to merge them into one.</source>
        <translation>Wählen Sie zwei oder mehr Konzepte (Strg+Klick), um sie zu einem zusammenzuführen.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Zusammenführung mit Nebenbedingungen</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>Änderungen addieren</translation>
    </message>
    <message>
        <source>Merge Concepts</source>
        <translation>Konzepte zusammenführen</translation>
    </message>
    <message>
        <source>How to combine them:</source>
        <translation>Wie sie kombiniert werden:</translation>
    </message>
    <message>
        <source>Folder for the Merged Concept</source>
        <translation>Ordner für das zusammengeführte Konzept</translation>
    </message>
    <message>
        <source>These concepts do not record their base model: open a project with the model they were trained on first.</source>
        <translation>Diese Konzepte vermerken ihr Basismodell nicht: Öffnen Sie zuerst ein Projekt mit dem Modell, auf dem sie trainiert wurden.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>%n Konzept wird zusammengeführt…</numerusform>
            <numerusform>%n Konzepte werden zusammengeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1; its words: %2.</source>
        <translation>Zusammengeführt in %1; seine Wörter: %2.</translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>Diese Konzepte lassen sich nicht zusammenführen: %1</translation>
    </message>
    <message>
        <source>Drawing a preview at %1%…</source>
        <translation>Vorschau bei %1% wird gezeichnet…</translation>
    </message>
    <message>
        <source>Kept %1%: “%2”, seed %3.</source>
        <translation>%1% behalten: „%2“, Seed %3.</translation>
    </message>
    <message>
        <source>Every concept you keep: trained, merged or compressed output folders. Add existing folders, merge several into one, or compress one to a fraction of its size.</source>
        <translation>Jedes Konzept, das Sie behalten: trainierte, zusammengeführte oder komprimierte Ausgabeordner. Fügen Sie vorhandene Ordner hinzu, führen Sie mehrere zu einem zusammen oder komprimieren Sie einen auf einen Bruchteil seiner Größe.</translation>
    </message>
</context>
<context>
    <name>cds::ui::LossPlot</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
</context>
<context>
    <name>cds::ui::MainWindow</name>
    <message>
        <source>Model ready.</source>
        <translation>Modell bereit.</translation>
    </message>
    <message>
        <source>The model has problems; see the model panel.</source>
        <translation>Das Modell hat Probleme; siehe Modellbereich.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
    <message>
        <source>1 · Model</source>
        <translation>1 · Modell</translation>
    </message>
    <message>
        <source>Demo model ready. Its pictures are noise; it is for trying the steps.</source>
        <translation>Demomodell bereit. Seine Bilder sind Rauschen; es dient zum Ausprobieren der Schritte.</translation>
    </message>
    <message>
        <source>Choose a Stable Diffusion model to begin, or make the demo model.</source>
        <translation>Wählen Sie zum Beginnen ein Stable-Diffusion-Modell, oder erstellen Sie das Demomodell.</translation>
    </message>
    <message>
        <source>No model yet? Try the whole flow with a tiny demo model the app makes itself — nothing is downloaded; it runs in a minute on a processor, but its pictures are noise.</source>
        <translation>Noch kein Modell? Probieren Sie den ganzen Ablauf mit einem winzigen Demomodell, das die App selbst erstellt — nichts wird heruntergeladen; es läuft in einer Minute auf dem Prozessor, aber seine Bilder sind Rauschen.</translation>
    </message>
    <message>
        <source>Make a Demo Model</source>
        <translation>Demomodell erstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo model:&lt;/b&gt; random weights. Every step works, but everything it makes is noise. Open a real Stable Diffusion model for real pictures.</source>
        <translation>&lt;b&gt;Demomodell:&lt;/b&gt; zufällige Gewichte. Jeder Schritt funktioniert, aber alles, was es erzeugt, ist Rauschen. Öffnen Sie ein echtes Stable-Diffusion-Modell für echte Bilder.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Open &amp;Model Folder…</source>
        <translation>&amp;Modellordner öffnen …</translation>
    </message>
    <message>
        <source>Make a &amp;Demo Model</source>
        <translation>&amp;Demomodell erstellen</translation>
    </message>
    <message>
        <source>Making the demo model…</source>
        <translation>Erstelle das Demomodell …</translation>
    </message>
    <message>
        <source>Choose a model on the Model page (or make the demo model).</source>
        <translation>Wählen Sie ein Modell auf der Seite „Modell“ (oder erstellen Sie das Demomodell).</translation>
    </message>
    <message>
        <source>The image size must be a multiple of 8.</source>
        <translation>Die Bildgröße muss ein Vielfaches von 8 sein.</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Studio projects (*.cdproj)</source>
        <translation>Studio-Projekte (*.cdproj)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 — Custom Diffusion Studio</source>
        <translation>%1 — Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop training and close? What was learned so far is saved, and you can continue later.</source>
        <translation>Training beenden und schließen? Das bisher Gelernte wird gespeichert, und Sie können später weitermachen.</translation>
    </message>
    <message>
        <source>2 · Concepts</source>
        <translation>2 · Konzepte</translation>
    </message>
    <message>
        <source>3 · Regularization</source>
        <translation>3 · Regularisierung</translation>
    </message>
    <message>
        <source>4 · Train</source>
        <translation>4 · Training</translation>
    </message>
    <message>
        <source>5 · Generate</source>
        <translation>5 · Erzeugen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>On the Regularization page, choose ordinary pictures for every concept, or for none.</source>
        <translation>Wählen Sie auf der Seite „Regularisierung“ gewöhnliche Bilder für jedes Konzept oder für keines.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The new language appears when the running job has finished.</source>
        <translation>Die neue Sprache erscheint, sobald die laufende Aufgabe fertig ist.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Making the demo model</source>
        <translation>Demo-Modell wird erstellt</translation>
    </message>
    <message>
        <source>Gathering class pictures</source>
        <translation>Klassenbilder werden gesammelt</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n Aufgabe wartet</numerusform>
            <numerusform>%n Aufgaben warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>The running and waiting jobs; stop any one of them.</source>
        <translation>Die laufenden und wartenden Aufträge; jeder lässt sich einzeln anhalten.</translation>
    </message>
    <message>
        <source>Stop: %1 (running)</source>
        <translation>Anhalten: %1 (läuft)</translation>
    </message>
    <message>
        <source>Remove: %1 (waiting)</source>
        <translation>Entfernen: %1 (wartet)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Merging or compressing concepts</source>
        <translation>Konzepte werden zusammengeführt oder komprimiert</translation>
    </message>
</context>
<context>
    <name>cds::ui::MergeCompareDialog</name>
    <message>
        <source>Compare Merge Choices</source>
        <translation>Zusammenführungen vergleichen</translation>
    </message>
    <message>
        <source>“%1”, seed %2, with each way of combining the concepts.</source>
        <translation>„%1“, Seed %2, mit jeder Art, die Konzepte zu kombinieren.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Zusammenführung mit Nebenbedingungen</translation>
    </message>
    <message>
        <source>Added changes</source>
        <translation>Addierte Änderungen</translation>
    </message>
    <message>
        <source>Base model alone</source>
        <translation>Nur das Basismodell</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelDownloadBox</name>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Von Hugging Face herunterladen</translation>
    </message>
    <message>
        <source>The model&apos;s name on huggingface.co, as ORG/NAME. Only the files a Stable Diffusion pipeline needs are fetched (about 2–5 GB).</source>
        <translation>Der Name des Modells auf huggingface.co, als ORG/NAME. Es werden nur die Dateien geladen, die eine Stable-Diffusion-Pipeline braucht (etwa 2–5 GB).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Volle Genauigkeit</translation>
    </message>
    <message>
        <source>Half precision (fp16, half the size)</source>
        <translation>Halbe Genauigkeit (fp16, halbe Größe)</translation>
    </message>
    <message>
        <source>Half-precision files are half the download; training still learns in full precision.</source>
        <translation>Dateien in halber Genauigkeit sind nur halb so groß; das Training lernt trotzdem in voller Genauigkeit.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Only for gated models</source>
        <translation>Nur für zugangsbeschränkte Modelle</translation>
    </message>
    <message>
        <source>Some models need you to accept their licence on huggingface.co and then pass an access token from your account settings there.</source>
        <translation>Bei manchen Modellen müssen Sie zuerst auf huggingface.co die Lizenz akzeptieren und dann ein Zugriffstoken aus Ihren dortigen Kontoeinstellungen angeben.</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4 of %5 at %6/s</source>
        <translation>Datei %1 von %2: %3 — %4 von %5 mit %6/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 is downloaded.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 ist heruntergeladen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Type the model&apos;s name as ORG/NAME, e.g. stable-diffusion-v1-5/stable-diffusion-v1-5.</source>
        <translation>Geben Sie den Namen des Modells als ORG/NAME ein, z. B. stable-diffusion-v1-5/stable-diffusion-v1-5.</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>Warte, bis die laufende Aufgabe fertig ist …</translation>
    </message>
    <message>
        <source>Asking the Hub for the file list…</source>
        <translation>Frage beim Hub die Dateiliste ab …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>The Hub did not answer; trying again (%1 of %2)…</source>
        <translation>Der Hub hat nicht geantwortet; neuer Versuch (%1 von %2) …</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — the connection failed, trying again (%4 of %5)…</source>
        <translation>Datei %1 von %2: %3 — die Verbindung ist abgebrochen, neuer Versuch (%4 von %5) …</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelPanel</name>
    <message>
        <source>&lt;b&gt;Base model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Basismodell&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; — ready to use.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — einsatzbereit.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;This model is incomplete:&lt;/span&gt; see the components marked with a warning.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Dieses Modell ist unvollständig:&lt;/span&gt; siehe die mit einer Warnung markierten Komponenten.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n file(s)</source>
        <translation>
            <numerusform>%1, %2, %n Datei</numerusform>
            <numerusform>%1, %2, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>A Stable Diffusion folder in diffusers layout, a Hugging Face name such as ORG/NAME that is already downloaded, or a single Stable Diffusion 1.x / 2.x checkpoint file (.safetensors, .ckpt).</source>
        <translation>Ein Stable-Diffusion-Ordner im diffusers-Format, ein bereits heruntergeladener Hugging-Face-Name wie ORG/NAME oder eine einzelne Stable-Diffusion-1.x/2.x-Checkpoint-Datei (.safetensors, .ckpt).</translation>
    </message>
    <message>
        <source>Model folder, ORG/NAME or checkpoint file</source>
        <translation>Modellordner, ORG/NAME oder Checkpoint-Datei</translation>
    </message>
    <message>
        <source>Checkpoint File…</source>
        <translation>Checkpoint-Datei…</translation>
    </message>
    <message>
        <source>Choose a checkpoint file</source>
        <translation>Checkpoint-Datei wählen</translation>
    </message>
    <message>
        <source>Stable Diffusion checkpoints (*.safetensors *.ckpt)</source>
        <translation>Stable-Diffusion-Checkpoints (*.safetensors *.ckpt)</translation>
    </message>
    <message>
        <source>single file</source>
        <translation>Einzeldatei</translation>
    </message>
    <message>
        <source>%1, inferred from the checkpoint&apos;s tensors</source>
        <translation>%1, aus den Tensoren des Checkpoints erschlossen</translation>
    </message>
    <message>
        <source>v-prediction</source>
        <translation>v-Vorhersage</translation>
    </message>
    <message>
        <source>noise (epsilon)</source>
        <translation>Rauschen (Epsilon)</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored precision</source>
        <translation>gespeicherte Genauigkeit</translation>
    </message>
    <message>
        <source>EMA weights</source>
        <translation>EMA-Gewichte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>present, used</source>
        <translation>vorhanden, verwendet</translation>
    </message>
    <message>
        <source>present, not used (main weights used)</source>
        <translation>vorhanden, nicht verwendet (Hauptgewichte verwendet)</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>keiner in der Datei</translation>
    </message>
    <message>
        <source>in the checkpoint</source>
        <translation>im Checkpoint</translation>
    </message>
    <message>
        <source>tokenizer and scheduler</source>
        <translation>Tokenizer und Scheduler</translation>
    </message>
    <message>
        <source>no matching base model cached</source>
        <translation>kein passendes Basismodell im Cache</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>UNet parameters</source>
        <translation>UNet-Parameter</translation>
    </message>
    <message>
        <source>VAE parameters</source>
        <translation>VAE-Parameter</translation>
    </message>
    <message>
        <source>text encoder parameters</source>
        <translation>Text-Encoder-Parameter</translation>
    </message>
    <message>
        <source>Single-file settings</source>
        <translation>Einstellungen der Einzeldatei</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Epsilon (noise)</source>
        <translation>Epsilon (Rauschen)</translation>
    </message>
    <message>
        <source>V-prediction</source>
        <translation>v-Vorhersage</translation>
    </message>
    <message>
        <source>What the model predicts. The weights do not tell; Automatic uses the file&apos;s metadata or the documented rule (Stable Diffusion 2 at 768 pixels: v-prediction).</source>
        <translation>Was das Modell vorhersagt. Die Gewichte verraten es nicht; „Automatisch“ nutzt die Metadaten der Datei oder die dokumentierte Regel (Stable Diffusion 2 mit 768 Pixeln: v-Vorhersage).</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>Vorhersage:</translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation>Einstellungen aus:</translation>
    </message>
    <message>
        <source>Automatic: a cached base model, or its small files downloaded</source>
        <translation>Automatisch: ein Basismodell im Cache oder dessen kleine Dateien heruntergeladen</translation>
    </message>
    <message>
        <source>Choose a diffusers model folder (tokenizer, scheduler, configs)</source>
        <translation>diffusers-Modellordner wählen (Tokenizer, Scheduler, Konfigurationen)</translation>
    </message>
    <message>
        <source>A diffusers model folder whose tokenizer, scheduler and configs this checkpoint uses. Empty: a matching cached base model, or the small download of its files.</source>
        <translation>Ein diffusers-Modellordner, dessen Tokenizer, Scheduler und Konfigurationen dieser Checkpoint verwendet. Leer: ein passendes Basismodell im Cache oder der kleine Download seiner Dateien.</translation>
    </message>
    <message>
        <source>VAE file:</source>
        <translation>VAE-Datei:</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s own VAE</source>
        <translation>Der eigene VAE des Checkpoints</translation>
    </message>
    <message>
        <source>Choose a VAE file</source>
        <translation>VAE-Datei wählen</translation>
    </message>
    <message>
        <source>VAE weights (*.safetensors *.ckpt *.pt *.bin)</source>
        <translation>VAE-Gewichte (*.safetensors *.ckpt *.pt *.bin)</translation>
    </message>
    <message>
        <source>Automatic: %1 (%2)</source>
        <translation>Automatisch: %1 (%2)</translation>
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
    <name>cds::ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recently used projects (the files stay).</source>
        <translation>Vergisst die zuletzt verwendeten Projekte (die Dateien bleiben erhalten).</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationCard</name>
    <message>
        <source>None — train on my photos only</source>
        <translation>Keine — nur mit meinen Fotos trainieren</translation>
    </message>
    <message>
        <source>Draw them with the base model</source>
        <translation>Mit dem Basismodell zeichnen</translation>
    </message>
    <message>
        <source>Fetch from a clip-retrieval service</source>
        <translation>Von einem clip-retrieval-Dienst holen</translation>
    </message>
    <message>
        <source>Fetch openly licensed pictures (Openverse)</source>
        <translation>Frei lizenzierte Bilder holen (Openverse)</translation>
    </message>
    <message>
        <source>Use a folder of my own</source>
        <translation>Einen eigenen Ordner verwenden</translation>
    </message>
    <message>
        <source>Ordinary pictures of the class (other cats, other toys) shown alongside yours, so the model keeps knowing what a plain one looks like. Drawing them needs no internet but takes a while on a processor.</source>
        <translation>Gewöhnliche Bilder der Klasse (andere Katzen, andere Spielzeuge), die neben Ihren gezeigt werden, damit das Modell weiterhin weiß, wie ein gewöhnliches aussieht. Zeichnen braucht kein Internet, dauert auf dem Prozessor aber eine Weile.</translation>
    </message>
    <message>
        <source>Ordinary pictures:</source>
        <translation>Gewöhnliche Bilder:</translation>
    </message>
    <message>
        <source>How many ordinary pictures to use; 200 is what the paper used.</source>
        <translation>Wie viele gewöhnliche Bilder verwendet werden; im Fachartikel waren es 200.</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>The address of a clip-retrieval back-end (its knn-service). LAION&apos;s public one has been closed since 2024; use one you or your community run.</source>
        <translation>Die Adresse eines clip-retrieval-Backends (sein knn-service). Das öffentliche von LAION ist seit 2024 abgeschaltet; verwenden Sie eines, das Sie selbst oder Ihre Community betreiben.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>A folder of pictures of the class; they are copied, never changed.</source>
        <translation>Ein Ordner mit Bildern der Klasse; sie werden kopiert, nie verändert.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Gather</source>
        <translation>Sammeln</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>A folder of ordinary pictures of the class</source>
        <translation>Ordner mit gewöhnlichen Bildern der Klasse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept %1: %2&lt;/b&gt; — ordinary pictures of “%3”</source>
        <translation>&lt;b&gt;Konzept %1: %2&lt;/b&gt; — gewöhnliche Bilder von „%3“</translation>
    </message>
    <message>
        <source>Your photos alone: fastest, but the class word may drift towards your concept.</source>
        <translation>Nur Ihre Fotos: am schnellsten, aber das Klassenwort kann zu Ihrem Konzept hin abdriften.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 of %2 pictures ready.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 von %2 Bildern bereit.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 pictures so far. Gather the rest now, or they are gathered when training starts.</source>
        <translation>Bisher %1 von %2 Bildern. Sammeln Sie den Rest jetzt, sonst wird er beim Start des Trainings gesammelt.</translation>
    </message>
    <message>
        <source>%1 of %2 pictures</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Gespeichert in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationPage</name>
    <message>
        <source>&lt;b&gt;Ordinary pictures of the class&lt;/b&gt; (optional). Training on a few photos can make the class word itself drift: after teaching your cat, every “cat” may look like yours. Showing the model some ordinary cats alongside prevents that. They are kept in retrieve.py&apos;s folder layout, so other tools can use them too.</source>
        <translation>&lt;b&gt;Gewöhnliche Bilder der Klasse&lt;/b&gt; (optional). Das Training mit wenigen Fotos kann das Klassenwort selbst abdriften lassen: hat das Modell Ihre Katze gelernt, sieht womöglich jede „cat“ wie Ihre aus. Ein paar gewöhnliche Katzen nebenher verhindern das. Die Bilder liegen in der Ordnerstruktur von retrieve.py, sodass auch andere Werkzeuge sie nutzen können.</translation>
    </message>
    <message>
        <source>Gather All</source>
        <translation>Alle sammeln</translation>
    </message>
    <message>
        <source>Gathers the missing pictures of every concept, one after another.</source>
        <translation>Sammelt die fehlenden Bilder aller Konzepte, eines nach dem anderen.</translation>
    </message>
    <message>
        <source>Choose a model or save the project first, so the pictures have a folder to go to.</source>
        <translation>Wählen Sie zuerst ein Modell oder speichern Sie das Projekt, damit die Bilder einen Ordner haben.</translation>
    </message>
    <message>
        <source>Choose a model on the Model page first: it draws the pictures.</source>
        <translation>Wählen Sie zuerst ein Modell auf der Seite „Modell“: es zeichnet die Bilder.</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>Warte, bis die laufende Aufgabe fertig ist …</translation>
    </message>
    <message>
        <source>Cancelled before it began.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ScreenshotTour</name>
    <message>
        <source>A job failed: %1</source>
        <translation>Eine Aufgabe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; toy on a beach</source>
        <translation>photo of a &lt;new1&gt; toy on a beach</translation>
    </message>
    <message>
        <source>The Regularization page has no concept.</source>
        <translation>Die Seite „Regularisierung“ hat kein Konzept.</translation>
    </message>
    <message>
        <source>The Regularization page lacks its source, count or Gather button.</source>
        <translation>Auf der Seite „Regularisierung“ fehlt die Quelle, die Anzahl oder die Schaltfläche „Sammeln“.</translation>
    </message>
    <message>
        <source>Training did not start: %1</source>
        <translation>Das Training ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <source>Nothing to photograph in the step “%1”.</source>
        <translation>Im Schritt „%1“ gibt es nichts zu fotografieren.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Note: training had already finished when the Train page was photographed.</source>
        <translation>Hinweis: das Training war bereits beendet, als die Seite „Training“ fotografiert wurde.</translation>
    </message>
    <message>
        <source>Screenshot tour, step “%1”: </source>
        <translation>Screenshot-Tour, Schritt „%1“: </translation>
    </message>
    <message>
        <source>Screenshot tour: </source>
        <translation>Screenshot-Tour: </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n screenshot(s) in %1.</source>
        <translation>
            <numerusform>%n Screenshot in %1 gespeichert.</numerusform>
            <numerusform>%n Screenshots in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>not done within %1 s (CDS_SCREENSHOT_STEP_TIMEOUT sets the limit).</source>
        <translation>nicht innerhalb von %1 s fertig (CDS_SCREENSHOT_STEP_TIMEOUT legt die Grenze fest).</translation>
    </message>
</context>
<context>
    <name>cds::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows. It changes when you press OK.</source>
        <translation>Die Sprache der App-Fenster. Sie wechselt, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Where training and image generation run. A graphics card is many times faster than the processor.</source>
        <translation>Wo Training und Bilderzeugung laufen. Eine Grafikkarte ist um ein Vielfaches schneller als der Prozessor.</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Ausführen auf:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Alle Kerne</translation>
    </message>
    <message numerus="yes">
        <source>How many processor threads the engine uses (this computer has %n cores). Fewer leave room for other programs; when other work keeps the processor busy, 1 can be much faster than all.</source>
        <translation>
            <numerusform>Wie viele Prozessor-Threads die Engine verwendet (dieser Computer hat %n Kern). Weniger lassen Platz für andere Programme; wenn anderes den Prozessor auslastet, kann 1 viel schneller sein als alle.</numerusform>
            <numerusform>Wie viele Prozessor-Threads die Engine verwendet (dieser Computer hat %n Kerne). Weniger lassen Platz für andere Programme; wenn anderes den Prozessor auslastet, kann 1 viel schneller sein als alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>&amp;Projektordner:</translation>
    </message>
    <message>
        <source>Where new projects are saved unless you choose another place.</source>
        <translation>Wo neue Projekte gespeichert werden, sofern Sie keinen anderen Ort wählen.</translation>
    </message>
    <message>
        <source>Choose the Projects Folder</source>
        <translation>Projektordner wählen</translation>
    </message>
    <message>
        <source>Training &amp;output folder:</source>
        <translation>Ausgabe&amp;ordner fürs Training:</translation>
    </message>
    <message>
        <source>Where a training run writes the trained concept, checkpoints and test images. Leave it empty to write next to the project.</source>
        <translation>Wohin ein Trainingslauf das trainierte Konzept, Checkpoints und Testbilder schreibt. Leer lassen, um neben das Projekt zu schreiben.</translation>
    </message>
    <message>
        <source>Next to the project</source>
        <translation>Neben dem Projekt</translation>
    </message>
    <message>
        <source>Choose the Training Output Folder</source>
        <translation>Ausgabeordner fürs Training wählen</translation>
    </message>
    <message>
        <source>&amp;Save projects automatically</source>
        <translation>Projekte a&amp;utomatisch speichern</translation>
    </message>
    <message>
        <source>Save the open project whenever it changes, so nothing is lost when the app closes.</source>
        <translation>Speichert das geöffnete Projekt bei jeder Änderung, damit beim Schließen der App nichts verloren geht.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
</context>
<context>
    <name>cds::ui::StepCompareDialog</name>
    <message>
        <source>Compare Two Steps</source>
        <translation>Zwei Schritte vergleichen</translation>
    </message>
    <message>
        <source>Which preview to show on this side.</source>
        <translation>Welche Vorschau auf dieser Seite erscheint.</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>Gewichte dieses Schritts verwenden</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>Mit dem Konzept erzeugen, wie es bei diesem Schritt war.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
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
<context>
    <name>cds::ui::TrainPage</name>
    <message>
        <source>GPU memory %1 of %2 GiB</source>
        <translation>GPU-Speicher %1 von %2 GiB</translation>
    </message>
    <message>
        <source>Graphics card memory held by training, of the card&apos;s total.</source>
        <translation>Grafikkartenspeicher, den das Training belegt, von der Gesamtgröße der Karte.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start teaching the model your concept.</source>
        <translation>Beginnt, dem Modell Ihr Konzept beizubringen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause after the current step. The model stays loaded, so you can try a test image.</source>
        <translation>Pausiert nach dem aktuellen Schritt. Das Modell bleibt geladen, sodass Sie ein Testbild versuchen können.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop and save what was learned so far; you can continue later.</source>
        <translation>Beendet und speichert das bisher Gelernte; Sie können später weitermachen.</translation>
    </message>
    <message>
        <source>Test Image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>While paused: draw one preview with the weights as they are now.</source>
        <translation>Während der Pause: ein Vorschaubild mit den aktuellen Gewichten zeichnen.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Previews (same seed each time; click to enlarge):</source>
        <translation>Vorschauen (jedes Mal derselbe Seed; zum Vergrößern klicken):</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded: try a test image, then resume.</source>
        <translation>Pausiert. Das Modell bleibt geladen: versuchen Sie ein Testbild, dann fortsetzen.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training …</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>Nichts zu trainieren.</translation>
    </message>
    <message>
        <source>Before training can start:</source>
        <translation>Bevor das Training beginnen kann:</translation>
    </message>
    <message>
        <source>Step 0 of %1</source>
        <translation>Schritt 0 von %1</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>Warte, bis die laufende Aufgabe fertig ist …</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Lade das Modell …</translation>
    </message>
    <message>
        <source>Starting: %1 photos, %2 steps, into %3</source>
        <translation>Start: %1 Fotos, %2 Schritte, nach %3</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>Pausiere nach diesem Schritt …</translation>
    </message>
    <message>
        <source>Stopping and saving a checkpoint…</source>
        <translation>Beende und speichere einen Checkpoint …</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
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
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Verbleibend %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Stopped. What was learned so far is saved; tick “Continue from the last checkpoint” to go on.</source>
        <translation>Beendet. Das bisher Gelernte ist gespeichert; kreuzen Sie „Vom letzten Checkpoint fortsetzen“ an, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Done! Your concept is in %1. Try it on the Generate page.</source>
        <translation>Fertig! Ihr Konzept liegt in %1. Probieren Sie es auf der Seite „Erzeugen“.</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>Gewichte dieses Schritts verwenden</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>Mit dem Konzept erzeugen, wie es bei diesem Schritt war.</translation>
    </message>
    <message>
        <source>Compare Two Steps…</source>
        <translation>Zwei Schritte vergleichen …</translation>
    </message>
    <message>
        <source>Shows two previews side by side, to see what the extra steps changed.</source>
        <translation>Zeigt zwei Vorschauen nebeneinander, damit Sie sehen, was die zusätzlichen Schritte verändert haben.</translation>
    </message>
    <message>
        <source>With ordinary pictures of the class (weight %1).</source>
        <translation>Mit gewöhnlichen Bildern der Klasse (Gewicht %1).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the trained concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>Das trainierte Konzept als LoRA oder Embeddings für AUTOMATIC1111, Forge, ComfyUI oder stable-diffusion.cpp speichern.</translation>
    </message>
    <message>
        <source>Train a concept first: the output folder holds none yet.</source>
        <translation>Trainieren Sie zuerst ein Konzept: Der Ausgabeordner enthält noch keins.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>How long to train. More steps learn the concept more closely but can start copying your photos exactly; 250 suits most objects and pets.</source>
        <translation>Wie lange trainiert wird. Mehr Schritte lernen das Konzept genauer, können aber anfangen, Ihre Fotos exakt zu kopieren; 250 passt für die meisten Gegenstände und Haustiere.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>How big each learning step is. Higher learns faster but can spoil the image; lower is gentler (faces: 5e-6).</source>
        <translation>Wie groß jeder Lernschritt ist. Höher lernt schneller, kann aber das Bild verderben; niedriger ist sanfter (Gesichter: 5e-6).</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>How many photos the model looks at per step. Larger needs more memory.</source>
        <translation>Wie viele Fotos das Modell pro Schritt ansieht. Mehr braucht mehr Speicher.</translation>
    </message>
    <message>
        <source>Photos per step:</source>
        <translation>Fotos pro Schritt:</translation>
    </message>
    <message>
        <source>The size, in pixels, your photos are trained at. Use the size the model was made for (512 for SD 1.x); smaller is faster.</source>
        <translation>Die Größe in Pixeln, mit der Ihre Fotos trainiert werden. Nehmen Sie die Größe, für die das Modell gemacht ist (512 für SD 1.x); kleiner ist schneller.</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>Class weight:</source>
        <translation>Gewicht der Klasse:</translation>
    </message>
    <message>
        <source>Which part of the model learns. Keys and values are enough for most things; faces and fine detail learn better with all of cross-attention.</source>
        <translation>Welcher Teil des Modells lernt. Keys und Values genügen für das meiste; Gesichter und feine Details lernen besser mit der ganzen Cross-Attention.</translation>
    </message>
    <message>
        <source>Cross-attention keys and values (recommended)</source>
        <translation>Keys und Values der Cross-Attention (empfohlen)</translation>
    </message>
    <message>
        <source>All cross-attention (faces, detail)</source>
        <translation>Ganze Cross-Attention (Gesichter, Details)</translation>
    </message>
    <message>
        <source>What learns:</source>
        <translation>Was lernt:</translation>
    </message>
    <message>
        <source>Lower precision uses less memory and is faster on a graphics card, with a tiny loss of accuracy. fp16 needs a graphics card.</source>
        <translation>Geringere Genauigkeit braucht weniger Speicher und ist auf einer Grafikkarte schneller, bei winzigem Genauigkeitsverlust. fp16 braucht eine Grafikkarte.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>Voll (fp32)</translation>
    </message>
    <message>
        <source>Half (bf16)</source>
        <translation>Halb (bf16)</translation>
    </message>
    <message>
        <source>Half (fp16, GPU)</source>
        <translation>Halb (fp16, GPU)</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <source>Where training runs. A graphics card is many times faster than the processor.</source>
        <translation>Wo das Training läuft. Eine Grafikkarte ist um ein Vielfaches schneller als der Prozessor.</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <source>The folder that receives the trained concept, checkpoints and preview images.</source>
        <translation>Der Ordner für das trainierte Konzept, Checkpoints und Vorschaubilder.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Where to save the trained concept</source>
        <translation>Wohin das trainierte Konzept gespeichert wird</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Settings most people never need to change.</source>
        <translation>Einstellungen, die die meisten nie ändern müssen.</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run. Constant keeps it the same from start to end.</source>
        <translation>Wie sich die Lernrate im Lauf ändert. Konstant hält sie von Anfang bis Ende gleich.</translation>
    </message>
    <message>
        <source>Learning-rate schedule:</source>
        <translation>Verlauf der Lernrate:</translation>
    </message>
    <message>
        <source>Steps at the start during which the learning rate rises gently from zero (with a warm-up schedule).</source>
        <translation>Schritte am Anfang, in denen die Lernrate sanft von null ansteigt (bei einem Verlauf mit Aufwärmen).</translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation>Aufwärmschritte:</translation>
    </message>
    <message>
        <source>Adds up several small batches before each learning step: like more photos per step, without the memory.</source>
        <translation>Sammelt mehrere kleine Stapel vor jedem Lernschritt: wie mehr Fotos pro Schritt, ohne den Speicher.</translation>
    </message>
    <message>
        <source>Batches per step:</source>
        <translation>Stapel pro Schritt:</translation>
    </message>
    <message>
        <source>How often to save a copy you can continue from after a crash or a restart.</source>
        <translation>Wie oft eine Kopie gespeichert wird, von der Sie nach einem Absturz oder Neustart weitermachen können.</translation>
    </message>
    <message>
        <source>Save a checkpoint every:</source>
        <translation>Checkpoint speichern alle:</translation>
    </message>
    <message>
        <source>How often to draw preview images, so you can watch the concept appear. Each preview takes a little time.</source>
        <translation>Wie oft Vorschaubilder gezeichnet werden, damit Sie das Konzept entstehen sehen. Jede Vorschau kostet etwas Zeit.</translation>
    </message>
    <message>
        <source>Preview every (steps):</source>
        <translation>Vorschau alle (Schritte):</translation>
    </message>
    <message>
        <source>How many preview images to draw each time (0: none).</source>
        <translation>Wie viele Vorschaubilder jedes Mal gezeichnet werden (0: keine).</translation>
    </message>
    <message>
        <source>Preview images:</source>
        <translation>Vorschaubilder:</translation>
    </message>
    <message>
        <source>What the previews show; empty uses the caption of your photos.</source>
        <translation>Was die Vorschauen zeigen; leer nimmt die Unterschrift Ihrer Fotos.</translation>
    </message>
    <message>
        <source>Preview prompt:</source>
        <translation>Vorschau-Prompt:</translation>
    </message>
    <message>
        <source>The dice of the run. The same seed gives the same run and the same preview noise every time, so previews compare.</source>
        <translation>Der Würfel des Laufs. Derselbe Seed ergibt jedes Mal denselben Lauf und dasselbe Vorschaurauschen, sodass Vorschauen vergleichbar sind.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Mirror photos at random</source>
        <translation>Fotos zufällig spiegeln</translation>
    </message>
    <message>
        <source>Shows each photo mirrored half of the time. Good for symmetric things, wrong for text or one-sided details.</source>
        <translation>Zeigt jedes Foto in der Hälfte der Fälle gespiegelt. Gut für Symmetrisches, falsch bei Schrift oder einseitigen Details.</translation>
    </message>
    <message>
        <source>No zoom augmentation</source>
        <translation>Keine Zoom-Variation</translation>
    </message>
    <message>
        <source>Normally photos are shown zoomed in and out at random so the concept works at any size. Turn off for faces.</source>
        <translation>Normalerweise werden Fotos zufällig vergrößert und verkleinert gezeigt, damit das Konzept in jeder Größe funktioniert. Für Gesichter ausschalten.</translation>
    </message>
    <message>
        <source>Crop ordinary examples to the centre</source>
        <translation>Gewöhnliche Beispiele mittig zuschneiden</translation>
    </message>
    <message>
        <source>Crops the class pictures to a square from their centre instead of squeezing them.</source>
        <translation>Schneidet die Klassenbilder von der Mitte aus quadratisch zu, statt sie zu stauchen.</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>Vom letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Picks up a stopped run where it left off instead of starting again.</source>
        <translation>Setzt einen beendeten Lauf dort fort, wo er aufhörte, statt neu zu beginnen.</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class (chosen on the Regularization page) count compared with yours.</source>
        <translation>Wie stark die gewöhnlichen Bilder der Klasse (gewählt auf der Seite „Regularisierung“) im Vergleich zu Ihren zählen.</translation>
    </message>
    <message>
        <source>Save memory</source>
        <translation>Speicher sparen</translation>
    </message>
    <message>
        <source>Recomputes parts of the model instead of keeping them, so training fits on smaller graphics cards. Each step takes about a third longer.</source>
        <translation>Berechnet Teile des Modells neu, statt sie aufzubewahren, damit das Training auch auf kleinere Grafikkarten passt. Jeder Schritt dauert etwa ein Drittel länger.</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class count compared with yours.</source>
        <translation>Wie stark die gewöhnlichen Bilder der Klasse im Vergleich zu Ihren zählen.</translation>
    </message>
    <message>
        <source>Choose ordinary pictures of the class on the Regularization page to use this.</source>
        <translation>Wählen Sie auf der Seite „Regularisierung“ gewöhnliche Bilder der Klasse, um dies zu nutzen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and use Custom Diffusion concepts.</source>
        <translation>Custom-Diffusion-Konzepte trainieren und verwenden.</translation>
    </message>
    <message>
        <source>Model folder or ORG/NAME to open.</source>
        <translation>Zu öffnender Modellordner oder ORG/NAME.</translation>
    </message>
    <message>
        <source>Make and open the tiny demo model (its pictures are noise).</source>
        <translation>Das winzige Demomodell erstellen und öffnen (seine Bilder sind Rauschen).</translation>
    </message>
    <message>
        <source>Show this page first (1-5).</source>
        <translation>Diese Seite zuerst zeigen (1–5).</translation>
    </message>
    <message>
        <source>Run the demo through every page, save screenshots in this folder, and quit.</source>
        <translation>Die Demo durch alle Seiten führen, Screenshots in diesem Ordner speichern und beenden.</translation>
    </message>
</context>
</TS>
