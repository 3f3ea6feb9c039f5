<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AugmentationSamples</name>
    <message>
        <source>Cannot read %1: the file is not there.</source>
        <translation>Impossible de lire %1&#xa0;: le fichier est introuvable.</translation>
    </message>
    <message>
        <source>Training cannot read %1: use JPEG, PNG, WebP, BMP or TIFF files.</source>
        <translation>L’entraînement ne peut pas lire %1&#xa0;: utilisez des fichiers JPEG, PNG, WebP, BMP ou TIFF.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot make the preview: %1</source>
        <translation>Impossible de créer l’aperçu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConceptLibrary</name>
    <message>
        <source>%1 holds no Custom Diffusion weights (pytorch_custom_diffusion_weights.safetensors).</source>
        <translation>%1 ne contient aucun poids Custom Diffusion (pytorch_custom_diffusion_weights.safetensors).</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 est déjà dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>This is not a Custom Diffusion Studio project.</source>
        <translation>Ce n’est pas un projet Custom Diffusion Studio.</translation>
    </message>
    <message>
        <source>This project was made by a newer version of the app (format %1).</source>
        <translation>Ce projet a été créé avec une version plus récente de l’application (format %1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the project: %1</source>
        <translation>Impossible d’ouvrir le projet : %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::AugmentationPreview</name>
    <message>
        <source>How Training Sees %1</source>
        <translation>Comment l’entraînement voit %1</translation>
    </message>
    <message>
        <source>Each training step shows the model your photo at a random size and place, and the prompt says how it looks (“a far away …”, “zoomed in …”). Grey is empty canvas; the loss ignores the shaded part, so the model does not learn to paint grey borders.</source>
        <translation>À chaque étape de l’entraînement, le modèle voit votre photo à une taille et à un endroit choisis au hasard, et le prompt décrit comment elle apparaît («&#xa0;a far away …&#xa0;», «&#xa0;zoomed in …&#xa0;»). Le gris est de la toile vide&#xa0;; la perte ignore la partie ombrée, pour que le modèle n’apprenne pas à peindre des bords gris.</translation>
    </message>
    <message>
        <source>Shade what the loss ignores</source>
        <translation>Ombrer ce que la perte ignore</translation>
    </message>
    <message>
        <source>Mirror at random</source>
        <translation>Retourner en miroir au hasard</translation>
    </message>
    <message>
        <source>As the training option: half of the steps see the photo mirrored.</source>
        <translation>Comme l’option d’entraînement&#xa0;: la moitié des étapes voient la photo en miroir.</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Nouveau tirage</translation>
    </message>
    <message>
        <source>Draw other random sizes and places</source>
        <translation>Tirer au hasard d’autres tailles et positions</translation>
    </message>
    <message>
        <source>Preparing samples…</source>
        <translation>Préparation des variantes…</translation>
    </message>
    <message>
        <source>%1 training steps with this photo, %2 × %2 pixels (seed %3).</source>
        <translation>%1 étapes d’entraînement avec cette photo, %2 × %2 pixels (graine %3).</translation>
    </message>
    <message>
        <source>Enlarged and cropped</source>
        <translation>Agrandie et recadrée</translation>
    </message>
    <message>
        <source>Shrunk to %1 %</source>
        <translation>Réduite à %1&#xa0;%</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Pleine taille</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptPickerDialog</name>
    <message>
        <source>Concepts from the Library</source>
        <translation>Concepts de la bibliothèque</translation>
    </message>
    <message>
        <source>Check the concepts to use together. Two or more are merged into one (kept in a cache, so the same choice is quick next time).</source>
        <translation>Cochez les concepts à utiliser ensemble. Deux ou plus sont fusionnés en un seul (gardé en cache, pour que le même choix soit rapide la prochaine fois).</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>base model not recorded</source>
        <translation>modèle de base non enregistré</translation>
    </message>
    <message>
        <source>The library is empty: add concept folders on the Library page, or train one.</source>
        <translation>La bibliothèque est vide : ajoutez des dossiers de concepts dans la page Bibliothèque, ou entraînez-en un.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptsPage</name>
    <message>
        <source>&lt;b&gt;Your concept&lt;/b&gt; — 4 to 20 photos of one thing: a pet, a toy, a face, a style.</source>
        <translation>&lt;b&gt;Votre concept&lt;/b&gt; — 4 à 20 photos d’un même sujet&#xa0;: un animal, un jouet, un visage, un style.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Animal de compagnie</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Picks training settings that suit this kind of concept. Faces need a gentler, longer training and 15–20 photos.</source>
        <translation>Choisit des réglages d’entraînement adaptés à ce type de concept. Les visages demandent un entraînement plus doux et plus long, et 15 à 20 photos.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>What the thing is, in one ordinary word: cat, dog, toy, person, painting.</source>
        <translation>Ce qu’est votre sujet, en un seul mot anglais courant&#xa0;: cat, dog, toy, person, painting.</translation>
    </message>
    <message>
        <source>It is a:</source>
        <translation>C’est un(e)&#xa0;:</translation>
    </message>
    <message>
        <source>A new word, unknown to the model, that will mean your concept. Write it in prompts to call it up.</source>
        <translation>Un mot nouveau, inconnu du modèle, qui désignera votre concept. Écrivez-le dans vos prompts pour le faire apparaître.</translation>
    </message>
    <message>
        <source>New word:</source>
        <translation>Nouveau mot&#xa0;:</translation>
    </message>
    <message>
        <source>An existing word the new word starts from. A rare, meaningless one such as “ktn” works well; it must be a single token of the model.</source>
        <translation>Un mot existant qui sert de point de départ au nouveau mot. Un mot rare et sans signification, comme «&#xa0;ktn&#xa0;», convient bien&#xa0;; il doit correspondre à un seul jeton du modèle.</translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation>Mot de départ&#xa0;:</translation>
    </message>
    <message>
        <source>The caption every one of your photos gets during training. It must contain the new word.</source>
        <translation>La légende donnée à chacune de vos photos pendant l’entraînement. Elle doit contenir le nouveau mot.</translation>
    </message>
    <message>
        <source>Caption of your photos:</source>
        <translation>Légende de vos photos&#xa0;:</translation>
    </message>
    <message>
        <source>Caption of ordinary examples:</source>
        <translation>Légende des exemples génériques&#xa0;:</translation>
    </message>
    <message>
        <source>Add Images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <source>Remove All</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <source>Add photos of your concept</source>
        <translation>Ajouter des photos de votre concept</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Choose a new word, such as &lt;new1&gt;.</source>
        <translation>Choisissez un nouveau mot, par exemple &lt;new1&gt;.</translation>
    </message>
    <message>
        <source>The new word must not contain spaces or “+”.</source>
        <translation>Le nouveau mot ne doit contenir ni espace ni «&#xa0;+&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is already a word of the model; pick one it does not know, such as &lt;new1&gt;.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un mot connu du modèle&#xa0;; choisissez-en un qu’il ne connaît pas, par exemple &lt;new1&gt;.</translation>
    </message>
    <message>
        <source>Choose a word to start from.</source>
        <translation>Choisissez un mot de départ.</translation>
    </message>
    <message>
        <source>“%1” is not a single token of this model; try “ktn”.</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à un seul jeton de ce modèle&#xa0;; essayez «&#xa0;ktn&#xa0;».</translation>
    </message>
    <message>
        <source>The caption of your photos must contain the new word %1.</source>
        <translation>La légende de vos photos doit contenir le nouveau mot %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ The words are fine.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ Les mots conviennent.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open a model to check the words against its vocabulary.</source>
        <translation>Ouvrez un modèle pour vérifier les mots dans son vocabulaire.</translation>
    </message>
    <message>
        <source>Add at least %1 photos (%2 so far).</source>
        <translation>Ajoutez au moins %1 photos (%2 pour l’instant).</translation>
    </message>
    <message>
        <source>Use at most %1 photos (%2 now); more rarely helps.</source>
        <translation>Utilisez au plus %1 photos (%2 actuellement)&#xa0;; davantage aide rarement.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photo(s): add at least %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;%1 photo(s) utilisable(s)&#xa0;: il en faut au moins %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photos: more than %2 rarely helps; remove some.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;%1 photos utilisables&#xa0;: au-delà de %2, cela aide rarement&#xa0;; retirez-en quelques-unes.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 usable photos.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 photos utilisables.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 file(s) cannot be used and will be left out.</source>
        <translation>%1 fichier(s) inutilisable(s), laissé(s) de côté.</translation>
    </message>
    <message>
        <source>Concepts:</source>
        <translation>Concepts&#xa0;:</translation>
    </message>
    <message>
        <source>Several concepts train together into one result: each gets its own new word.</source>
        <translation>Plusieurs concepts s’entraînent ensemble pour donner un seul résultat&#xa0;: chacun reçoit son propre nouveau mot.</translation>
    </message>
    <message>
        <source>Add Concept</source>
        <translation>Ajouter un concept</translation>
    </message>
    <message>
        <source>Teach another thing in the same run, e.g. your cat and its favourite chair.</source>
        <translation>Apprenez autre chose au modèle pendant le même entraînement, par ex. votre chat et son fauteuil préféré.</translation>
    </message>
    <message>
        <source>Remove Concept</source>
        <translation>Retirer le concept</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Another concept already uses the new word %1; each needs its own.</source>
        <translation>Un autre concept utilise déjà le nouveau mot %1&#xa0;; chacun doit avoir le sien.</translation>
    </message>
    <message>
        <source>Concept %1 (%2): %3</source>
        <translation>Concept %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The caption of the ordinary examples that keep the model from forgetting what a plain one looks like (chosen on the Regularization page).</source>
        <translation>La légende des exemples génériques qui empêchent le modèle d’oublier à quoi ressemble un objet ordinaire (choisis sur la page « Régularisation »).</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExportDialog</name>
    <message>
        <source>Export the Concept</source>
        <translation>Exporter le concept</translation>
    </message>
    <message>
        <source>LoRA, exact (LyCORIS full difference)</source>
        <translation>LoRA, exact (différence complète LyCORIS)</translation>
    </message>
    <message>
        <source>LoRA, smaller (low rank)</source>
        <translation>LoRA, plus petit (rang faible)</translation>
    </message>
    <message>
        <source>Embeddings only (the new words)</source>
        <translation>Embeddings seuls (les nouveaux mots)</translation>
    </message>
    <message>
        <source>What AUTOMATIC1111, Forge, ComfyUI and stable-diffusion.cpp load. Both LoRA kinds also write the new words as embeddings beside the file.</source>
        <translation>Ce que chargent AUTOMATIC1111, Forge, ComfyUI et stable-diffusion.cpp. Les deux sortes de LoRA écrivent aussi les nouveaux mots en embeddings à côté du fichier.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Higher keeps more of the concept in a bigger file. Automatic keeps 99% of each layer&apos;s change.</source>
        <translation>Plus élevé conserve davantage du concept dans un fichier plus gros. Automatique garde 99 % de la modification de chaque couche.</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Rang :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Folder for the embeddings</source>
        <translation>Dossier des embeddings</translation>
    </message>
    <message>
        <source>Save the LoRA as</source>
        <translation>Enregistrer le LoRA sous</translation>
    </message>
    <message>
        <source>safetensors files (*.safetensors)</source>
        <translation>Fichiers safetensors (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExtraNetworksBox</name>
    <message>
        <source>LoRA files change the model&apos;s weights; embeddings add a word, written in the prompt as the file&apos;s name. Both may come from other tools (AUTOMATIC1111, ComfyUI, …).</source>
        <translation>Les fichiers LoRA modifient les poids du modèle ; les embeddings ajoutent un mot, à écrire dans le prompt sous le nom du fichier. Les deux peuvent venir d’autres outils (AUTOMATIC1111, ComfyUI, …).</translation>
    </message>
    <message>
        <source>Add LoRA…</source>
        <translation>Ajouter un LoRA…</translation>
    </message>
    <message>
        <source>Add Embedding…</source>
        <translation>Ajouter un embedding…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>How strongly the selected LoRA applies: 1 as made, 0 not at all.</source>
        <translation>Intensité du LoRA sélectionné : 1 tel quel, 0 pas du tout.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Intensité :</translation>
    </message>
    <message>
        <source>Add LoRA files</source>
        <translation>Ajouter des fichiers LoRA</translation>
    </message>
    <message>
        <source>LoRA and LyCORIS files (*.safetensors *.pt *.ckpt)</source>
        <translation>Fichiers LoRA et LyCORIS (*.safetensors *.pt *.ckpt)</translation>
    </message>
    <message>
        <source>Add embeddings</source>
        <translation>Ajouter des embeddings</translation>
    </message>
    <message>
        <source>Embeddings (*.safetensors *.pt *.bin)</source>
        <translation>Embeddings (*.safetensors *.pt *.bin)</translation>
    </message>
    <message>
        <source>LoRA: %1 (strength %2)</source>
        <translation>LoRA : %1 (intensité %2)</translation>
    </message>
    <message>
        <source>Embedding: %1 (write “%2” in the prompt)</source>
        <translation>Embedding : %1 (écrire « %2 » dans le prompt)</translation>
    </message>
</context>
<context>
    <name>cds::ui::GeneratePage</name>
    <message>
        <source>None: the base model alone</source>
        <translation>Aucun&#xa0;: le modèle de base seul</translation>
    </message>
    <message>
        <source>The folder of a trained concept (the training output, or a preview step).</source>
        <translation>Le dossier d’un concept entraîné (le résultat de l’entraînement, ou une étape d’aperçu).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Concept:</source>
        <translation>Concept&#xa0;:</translation>
    </message>
    <message>
        <source>How strongly the concept shows: 0 is the plain model, 100% the trained concept.</source>
        <translation>L’intensité du concept&#xa0;: 0 correspond au modèle seul, 100&#xa0;% au concept entraîné.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Intensité&#xa0;:</translation>
    </message>
    <message>
        <source>Describe the picture; use your new word to bring in the concept.</source>
        <translation>Décrivez l’image&#xa0;; utilisez votre nouveau mot pour y faire entrer le concept.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt&#xa0;:</translation>
    </message>
    <message>
        <source>What the picture should not show, e.g. “blurry, low quality”.</source>
        <translation>Ce que l’image ne doit pas montrer, par ex. «&#xa0;blurry, low quality&#xa0;».</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>À éviter&#xa0;:</translation>
    </message>
    <message>
        <source>More steps give cleaner pictures but take longer; 20–40 is typical.</source>
        <translation>Plus d’étapes donnent des images plus propres, mais prennent plus de temps&#xa0;; on en utilise généralement 20 à 40.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>How closely the picture follows the prompt. Higher is more literal, too high looks harsh.</source>
        <translation>À quel point l’image suit le prompt. Plus la valeur est haute, plus elle est fidèle&#xa0;; trop haute, l’image devient dure.</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Fidélité au prompt&#xa0;:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Celui du modèle</translation>
    </message>
    <message>
        <source>The method that turns noise into a picture. DPM++ 2M is fast and clean.</source>
        <translation>La méthode qui transforme le bruit en image. DPM++ 2M est rapide et propre.</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>Échantillonneur&#xa0;:</translation>
    </message>
    <message>
        <source>The same seed with the same settings gives the same picture.</source>
        <translation>La même graine avec les mêmes réglages donne la même image.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>A new seed for every click.</source>
        <translation>Une nouvelle graine à chaque clic.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Picture size in pixels (a multiple of 8). Default: the size the model was made for.</source>
        <translation>Taille de l’image en pixels (un multiple de 8). Par défaut&#xa0;: la taille prévue pour le modèle.</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>Largeur × hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>How many pictures to make, each with the next seed.</source>
        <translation>Nombre d’images à créer, chacune avec la graine suivante.</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>Images&#xa0;:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Select a picture to see how it was made.</source>
        <translation>Sélectionnez une image pour voir comment elle a été créée.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save the selected picture with its settings embedded, so it can be made again.</source>
        <translation>Enregistre l’image sélectionnée avec ses réglages intégrés, pour pouvoir la recréer.</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>Reprendre ces réglages</translation>
    </message>
    <message>
        <source>Copy the selected picture&apos;s prompt, seed and settings into the form.</source>
        <translation>Copie le prompt, la graine et les réglages de l’image sélectionnée dans le formulaire.</translation>
    </message>
    <message>
        <source>Choose a trained concept folder</source>
        <translation>Choisir le dossier d’un concept entraîné</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Génération en cours</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Open a model on the Model page first.</source>
        <translation>Ouvrez d’abord un modèle sur la page «&#xa0;Modèle&#xa0;».</translation>
    </message>
    <message>
        <source>Width and height must be multiples of 8.</source>
        <translation>La largeur et la hauteur doivent être des multiples de 8.</translation>
    </message>
    <message>
        <source>Working — waiting for the running job…</source>
        <translation>Génération en cours — en attente de la tâche déjà lancée…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Graine %1</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d’enregistrer %1.</translation>
    </message>
    <message>
        <source>New words:</source>
        <translation>Nouveaux mots&#xa0;:</translation>
    </message>
    <message>
        <source>Insert %1 into the prompt at the cursor.</source>
        <translation>Insère %1 dans le prompt, à l’emplacement du curseur.</translation>
    </message>
    <message>
        <source>Where the pictures are made. A graphics card is many times faster than the processor.</source>
        <translation>Où les images sont créées. Une carte graphique est bien plus rapide que le processeur.</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Exécuter sur&#xa0;:</translation>
    </message>
    <message>
        <source>LoRA and embeddings:</source>
        <translation>LoRA et embeddings :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>Enregistrer le concept en LoRA ou en embeddings pour AUTOMATIC1111, Forge, ComfyUI ou stable-diffusion.cpp.</translation>
    </message>
    <message>
        <source>Choose a model and a trained concept first.</source>
        <translation>Choisissez d’abord un modèle et un concept entraîné.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Use several concepts from the library together: they are merged into one.</source>
        <translation>Utiliser plusieurs concepts de la bibliothèque ensemble : ils sont fusionnés en un seul.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Fusion sous contraintes</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>Additionner les changements</translation>
    </message>
    <message>
        <source>Constrained merge keeps each concept&apos;s words as each concept alone had them and changes the rest of the model least (the paper&apos;s method). Adding the changes is quicker, but the concepts can disturb each other.</source>
        <translation>La fusion sous contraintes garde les mots de chaque concept tels que ce concept seul les avait et change le moins possible le reste du modèle (la méthode de l’article). Additionner les changements est plus rapide, mais les concepts peuvent se gêner.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>The prompt and seed drawn with each way of combining the concepts, side by side.</source>
        <translation>Le prompt et la graine dessinés avec chaque façon de combiner les concepts, côte à côte.</translation>
    </message>
    <message>
        <source>From library:</source>
        <translation>De la bibliothèque :</translation>
    </message>
    <message>
        <source>Concepts…</source>
        <translation>Concepts…</translation>
    </message>
    <message>
        <source>Concepts (%1)…</source>
        <translation>Concepts (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>Fusion de %n concept…</numerusform>
            <numerusform>Fusion de %n concepts…</numerusform>
        </translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>Ces concepts ne peuvent pas être fusionnés : %1</translation>
    </message>
    <message>
        <source>Merged concepts from the cache; their words: %1.</source>
        <translation>Concepts fusionnés tirés du cache ; leurs mots : %1.</translation>
    </message>
    <message>
        <source>Merged; the concepts&apos; words: %1.</source>
        <translation>Fusionnés ; les mots des concepts : %1.</translation>
    </message>
    <message>
        <source>Pick two or more concepts from the library to compare merges.</source>
        <translation>Choisissez deux concepts ou plus dans la bibliothèque pour comparer les fusions.</translation>
    </message>
    <message>
        <source>The concepts are still being merged; generate when that is done.</source>
        <translation>Les concepts sont encore en cours de fusion ; générez une fois que c’est fini.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ImageGrid</name>
    <message>
        <source>File not found.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message>
        <source>Not an image this app can read.</source>
        <translation>Ce n’est pas une image que l’application sait lire.</translation>
    </message>
    <message>
        <source>The image is damaged or too small to use.</source>
        <translation>L’image est endommagée ou trop petite pour être utilisée.</translation>
    </message>
    <message>
        <source>Smaller than the training size (%1 px); it will look blurry to the model.</source>
        <translation>Plus petite que la taille d’entraînement (%1 px)&#xa0;; le modèle la verra floue.</translation>
    </message>
    <message>
        <source>Not square: training squeezes it into a square. Crop it for best results.</source>
        <translation>Pas carrée&#xa0;: l’entraînement la comprime en carré. Recadrez-la pour un meilleur résultat.</translation>
    </message>
    <message>
        <source>Drop 4 to 20 photos of your concept here, or use “Add Images…”.</source>
        <translation>Déposez ici 4 à 20 photos de votre concept, ou utilisez «&#xa0;Ajouter des images…&#xa0;».</translation>
    </message>
    <message>
        <source>Remove this image from the concept</source>
        <translation>Retirer cette image du concept</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Looks blurry or out of focus; the model would learn the blur too. Use a sharper photo if you have one.</source>
        <translation>Semble floue ou mal mise au point&#xa0;; le modèle apprendrait aussi le flou. Utilisez une photo plus nette si vous en avez une.</translation>
    </message>
    <message>
        <source>Looks almost the same as %1. Near-copies teach the model less than varied photos; keep the best one.</source>
        <translation>Presque identique à %1. Des quasi-copies apprennent moins de choses au modèle que des photos variées&#xa0;; gardez la meilleure.</translation>
    </message>
    <message>
        <source>Preview augmentation</source>
        <translation>Aperçu des variations</translation>
    </message>
    <message>
        <source>See this photo as training shows it to the model: shrunk, enlarged and shifted</source>
        <translation>Voir cette photo telle que l’entraînement la montre au modèle&#xa0;: réduite, agrandie et décalée</translation>
    </message>
    <message>
        <source>Preview Augmentation…</source>
        <translation>Aperçu des variations…</translation>
    </message>
    <message>
        <source>Remove From Concept</source>
        <translation>Retirer du concept</translation>
    </message>
    <message>
        <source>Crop to square</source>
        <translation>Recadrer en carré</translation>
    </message>
    <message>
        <source>Use the centre square of this photo instead (your file is not changed)</source>
        <translation>Utiliser plutôt le carré central de cette photo (votre fichier n’est pas modifié)</translation>
    </message>
    <message>
        <source>This photo is stored sideways; it will be trained as shown. Write an upright copy?</source>
        <translation>Cette photo est enregistrée de côté ; elle sera entraînée telle qu’elle est affichée. Écrire une copie redressée ?</translation>
    </message>
    <message>
        <source>This photo is stored upside down or mirrored; it will be trained as shown. Write an upright copy?</source>
        <translation>Cette photo est enregistrée à l’envers ou en miroir ; elle sera entraînée telle qu’elle est affichée. Écrire une copie redressée ?</translation>
    </message>
    <message>
        <source>Not an image this app can read: %1.</source>
        <translation>Ce n’est pas une image que l’application sait lire : %1.</translation>
    </message>
    <message>
        <source>Training cannot use this file: %1.</source>
        <translation>L’entraînement ne peut pas utiliser ce fichier : %1.</translation>
    </message>
    <message>
        <source>The upright copy could not be written: %1</source>
        <translation>La copie redressée n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Write upright copy</source>
        <translation>Écrire une copie redressée</translation>
    </message>
    <message>
        <source>Save an upright copy beside this photo and use it instead (your file is not changed)</source>
        <translation>Enregistrer une copie redressée à côté de cette photo et l’utiliser à sa place (votre fichier n’est pas modifié)</translation>
    </message>
</context>
<context>
    <name>cds::ui::JobRunner</name>
    <message>
        <source>Could not make the demo model: %1</source>
        <translation>Impossible de créer le modèle de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training started: %1</source>
        <translation>Entraînement lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview images at step %1.</source>
        <translation>Images d’aperçu à l’étape %1.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step %1.</source>
        <translation>Point de reprise enregistré à l’étape %1.</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded.</source>
        <translation>En pause. Le modèle reste chargé.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>C’est reparti.</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Entraînement interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Échec de la génération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Stopped with %1 of %2 pictures.</source>
        <translation>Arrêté à %1 images sur %2.</translation>
    </message>
    <message>
        <source>The model drew %1 new pictures; %2 of %3 now.</source>
        <translation>Le modèle a dessiné %1 nouvelles images&#xa0;; il y en a maintenant %2 sur %3.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 of %2 pictures (%3 new, %4 failed, %5 duplicates).</source>
        <translation>%1 images sur %2 (%3 nouvelles, %4 en échec, %5 en double).</translation>
    </message>
    <message>
        <source>The source ran out of pictures; try another source.</source>
        <translation>La source n’a plus d’images&#xa0;; essayez-en une autre.</translation>
    </message>
    <message>
        <source>The download was stopped; starting it again resumes it.</source>
        <translation>Le téléchargement a été interrompu&#xa0;; relancez-le pour le reprendre là où il en était.</translation>
    </message>
    <message>
        <source>choose another source above, such as drawing them with the base model</source>
        <translation>choisissez une autre source ci-dessus, par exemple les faire dessiner par le modèle de base</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Processeur (CPU)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>In other tools write “%1” where you wrote %2.</source>
        <translation>Dans les autres outils, écrivez « %1 » là où vous écriviez %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L’exportation a échoué : %1</translation>
    </message>
    <message>
        <source>The LoRA&apos;s changes differ from the concept&apos;s by %1%.</source>
        <translation>Les modifications du LoRA diffèrent de celles du concept de %1 %.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Écarté : %1</translation>
    </message>
    <message>
        <source>the service did not answer (%1); trying again (%2 of %3)…</source>
        <translation>le service n’a pas répondu (%1)&#xa0;; nouvel essai (%2 sur %3)…</translation>
    </message>
</context>
<context>
    <name>cds::ui::LibraryPage</name>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Garder :</translation>
    </message>
    <message>
        <source>The share of each weight change&apos;s singular values to keep. The paper keeps 5–60%; less is smaller and less faithful.</source>
        <translation>La part des valeurs singulières de chaque changement de poids à garder. L’article en garde 5 à 60 % ; moins est plus petit et moins fidèle.</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>Compresser</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (folder missing)</source>
        <translation>%1 (dossier manquant)</translation>
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
        <translation>modèle de base non indiqué</translation>
    </message>
    <message>
        <source>compressed (loads in this studio only)</source>
        <translation>compressé (se charge uniquement dans ce studio)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>This concept does not record its base model: open a project with the model it was trained on first.</source>
        <translation>Ce concept n’indique pas son modèle de base : ouvrez d’abord un projet avec le modèle sur lequel il a été entraîné.</translation>
    </message>
    <message>
        <source>Writes a smaller copy beside the folder (the original stays).</source>
        <translation>Écrit une copie plus petite à côté du dossier (l’original reste).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Add a Concept Folder</source>
        <translation>Ajouter un dossier de concept</translation>
    </message>
    <message>
        <source>Removed from the library; the folder itself is kept.</source>
        <translation>Retiré de la bibliothèque ; le dossier lui-même est conservé.</translation>
    </message>
    <message>
        <source>Compressing %1…</source>
        <translation>Compression de %1…</translation>
    </message>
    <message>
        <source>Compressed to %1: %2 (was %3).</source>
        <translation>Compressé dans %1 : %2 (avant %3).</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>La compression a échoué : %1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Draws one small picture with the concept compressed at this setting (its own prompt, a fixed seed), to judge what the size costs.</source>
        <translation>Dessine une petite image avec le concept compressé à ce réglage (son propre prompt, une graine fixe), pour juger ce que coûte la taille.</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Pas encore d’aperçu.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <source>Select two or more concepts (Ctrl+click) to merge them into one.</source>
        <translation>Sélectionnez deux concepts ou plus (Ctrl+clic) pour les fusionner en un seul.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Fusion sous contraintes</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>Additionner les changements</translation>
    </message>
    <message>
        <source>Merge Concepts</source>
        <translation>Fusionner des concepts</translation>
    </message>
    <message>
        <source>How to combine them:</source>
        <translation>Comment les combiner :</translation>
    </message>
    <message>
        <source>Folder for the Merged Concept</source>
        <translation>Dossier du concept fusionné</translation>
    </message>
    <message>
        <source>These concepts do not record their base model: open a project with the model they were trained on first.</source>
        <translation>Ces concepts n’enregistrent pas leur modèle de base : ouvrez d’abord un projet avec le modèle sur lequel ils ont été entraînés.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>Fusion de %n concept…</numerusform>
            <numerusform>Fusion de %n concepts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1; its words: %2.</source>
        <translation>Fusionné dans %1 ; ses mots : %2.</translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>Ces concepts ne peuvent pas être fusionnés : %1</translation>
    </message>
    <message>
        <source>Drawing a preview at %1%…</source>
        <translation>Dessin d’un aperçu à %1%…</translation>
    </message>
    <message>
        <source>Kept %1%: “%2”, seed %3.</source>
        <translation>%1% gardés : « %2 », graine %3.</translation>
    </message>
    <message>
        <source>Every concept you keep: trained, merged or compressed output folders. Add existing folders, merge several into one, or compress one to a fraction of its size.</source>
        <translation>Chaque concept que vous gardez : dossiers de sortie entraînés, fusionnés ou compressés. Ajoutez des dossiers existants, fusionnez-en plusieurs en un seul ou compressez-en un à une fraction de sa taille.</translation>
    </message>
</context>
<context>
    <name>cds::ui::LossPlot</name>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d’apprentissage</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>lissée</translation>
    </message>
</context>
<context>
    <name>cds::ui::MainWindow</name>
    <message>
        <source>Model ready.</source>
        <translation>Modèle prêt.</translation>
    </message>
    <message>
        <source>The model has problems; see the model panel.</source>
        <translation>Le modèle présente des problèmes&#xa0;; voyez le panneau du modèle.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Custom Diffusion Studio</source>
        <translation>À &amp;propos de Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <source>About Custom Diffusion Studio</source>
        <translation>À propos de Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Teach Stable Diffusion a new concept from a few photos, on your own computer, and generate images with it.&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Apprenez un nouveau concept à Stable Diffusion à partir de quelques photos, sur votre propre ordinateur, puis générez des images avec.&lt;/p&gt;&lt;p&gt;Custom Diffusion&#xa0;: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 · Model</source>
        <translation>1 · Modèle</translation>
    </message>
    <message>
        <source>Demo model ready. Its pictures are noise; it is for trying the steps.</source>
        <translation>Modèle de démo prêt. Ses images ne sont que du bruit&#xa0;; il sert à essayer les étapes.</translation>
    </message>
    <message>
        <source>Choose a Stable Diffusion model to begin, or make the demo model.</source>
        <translation>Choisissez un modèle Stable Diffusion pour commencer, ou créez le modèle de démo.</translation>
    </message>
    <message>
        <source>No model yet? Try the whole flow with a tiny demo model the app makes itself — nothing is downloaded; it runs in a minute on a processor, but its pictures are noise.</source>
        <translation>Pas encore de modèle&#xa0;? Essayez tout le parcours avec un minuscule modèle de démo que l’application crée elle-même — rien n’est téléchargé&#xa0;; il tourne en une minute sur un processeur, mais ses images ne sont que du bruit.</translation>
    </message>
    <message>
        <source>Make a Demo Model</source>
        <translation>Créer un modèle de démo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo model:&lt;/b&gt; random weights. Every step works, but everything it makes is noise. Open a real Stable Diffusion model for real pictures.</source>
        <translation>&lt;b&gt;Modèle de démo&#xa0;:&lt;/b&gt; poids aléatoires. Chaque étape fonctionne, mais tout ce qu’il produit n’est que du bruit. Ouvrez un vrai modèle Stable Diffusion pour obtenir de vraies images.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>Open &amp;Model Folder…</source>
        <translation>Ouvrir un dossier de &amp;modèle…</translation>
    </message>
    <message>
        <source>Make a &amp;Demo Model</source>
        <translation>Créer un modèle de &amp;démo</translation>
    </message>
    <message>
        <source>Making the demo model…</source>
        <translation>Création du modèle de démo…</translation>
    </message>
    <message>
        <source>Choose a model on the Model page (or make the demo model).</source>
        <translation>Choisissez un modèle sur la page «&#xa0;Modèle&#xa0;» (ou créez le modèle de démo).</translation>
    </message>
    <message>
        <source>The image size must be a multiple of 8.</source>
        <translation>La taille d’image doit être un multiple de 8.</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Studio projects (*.cdproj)</source>
        <translation>Projets Studio (*.cdproj)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 — Custom Diffusion Studio</source>
        <translation>%1 — Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Entraînement en cours</translation>
    </message>
    <message>
        <source>Stop training and close? What was learned so far is saved, and you can continue later.</source>
        <translation>Arrêter l’entraînement et fermer&#xa0;? Ce qui a été appris jusqu’ici est enregistré, et vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <source>2 · Concepts</source>
        <translation>2 · Concepts</translation>
    </message>
    <message>
        <source>3 · Regularization</source>
        <translation>3 · Régularisation</translation>
    </message>
    <message>
        <source>4 · Train</source>
        <translation>4 · Entraînement</translation>
    </message>
    <message>
        <source>5 · Generate</source>
        <translation>5 · Génération</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>On the Regularization page, choose ordinary pictures for every concept, or for none.</source>
        <translation>Sur la page «&#xa0;Régularisation&#xa0;», choisissez des images génériques pour chaque concept, ou pour aucun.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new language appears when the running job has finished.</source>
        <translation>La nouvelle langue s’affichera quand la tâche en cours sera terminée.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Making the demo model</source>
        <translation>Création du modèle de démo</translation>
    </message>
    <message>
        <source>Gathering class pictures</source>
        <translation>Rassemblement des images de la classe</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n tâche en attente</numerusform>
            <numerusform>%n tâches en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>The running and waiting jobs; stop any one of them.</source>
        <translation>Les tâches en cours et en attente ; arrêtez celle que vous voulez.</translation>
    </message>
    <message>
        <source>Stop: %1 (running)</source>
        <translation>Arrêter : %1 (en cours)</translation>
    </message>
    <message>
        <source>Remove: %1 (waiting)</source>
        <translation>Retirer : %1 (en attente)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Merging or compressing concepts</source>
        <translation>Fusion ou compression de concepts</translation>
    </message>
</context>
<context>
    <name>cds::ui::MergeCompareDialog</name>
    <message>
        <source>Compare Merge Choices</source>
        <translation>Comparer les fusions</translation>
    </message>
    <message>
        <source>“%1”, seed %2, with each way of combining the concepts.</source>
        <translation>« %1 », graine %2, avec chaque façon de combiner les concepts.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Fusion sous contraintes</translation>
    </message>
    <message>
        <source>Added changes</source>
        <translation>Changements additionnés</translation>
    </message>
    <message>
        <source>Base model alone</source>
        <translation>Modèle de base seul</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dessin…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelDownloadBox</name>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Télécharger depuis Hugging Face</translation>
    </message>
    <message>
        <source>The model&apos;s name on huggingface.co, as ORG/NAME. Only the files a Stable Diffusion pipeline needs are fetched (about 2–5 GB).</source>
        <translation>Le nom du modèle sur huggingface.co, sous la forme ORG/NAME. Seuls les fichiers nécessaires à un pipeline Stable Diffusion sont téléchargés (environ 2 à 5&#xa0;Go).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Pleine précision</translation>
    </message>
    <message>
        <source>Half precision (fp16, half the size)</source>
        <translation>Demi-précision (fp16, deux fois plus léger)</translation>
    </message>
    <message>
        <source>Half-precision files are half the download; training still learns in full precision.</source>
        <translation>Les fichiers en demi-précision sont deux fois plus légers à télécharger&#xa0;; l’entraînement apprend tout de même en pleine précision.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Only for gated models</source>
        <translation>Uniquement pour les modèles à accès restreint</translation>
    </message>
    <message>
        <source>Some models need you to accept their licence on huggingface.co and then pass an access token from your account settings there.</source>
        <translation>Certains modèles exigent d’accepter leur licence sur huggingface.co, puis de fournir un jeton d’accès tiré des paramètres de votre compte sur ce site.</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Jeton d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4 of %5 at %6/s</source>
        <translation>Fichier %1 sur %2&#xa0;: %3 — %4 sur %5 à %6/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>un total inconnu</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 is downloaded.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 est téléchargé.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Type the model&apos;s name as ORG/NAME, e.g. stable-diffusion-v1-5/stable-diffusion-v1-5.</source>
        <translation>Saisissez le nom du modèle sous la forme ORG/NAME, par ex. stable-diffusion-v1-5/stable-diffusion-v1-5.</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>En attente de la fin de la tâche en cours…</translation>
    </message>
    <message>
        <source>Asking the Hub for the file list…</source>
        <translation>Demande de la liste des fichiers au Hub…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>The Hub did not answer; trying again (%1 of %2)…</source>
        <translation>Le Hub n’a pas répondu&#xa0;; nouvel essai (%1 sur %2)…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — the connection failed, trying again (%4 of %5)…</source>
        <translation>Fichier %1 sur %2&#xa0;: %3 — la connexion a échoué, nouvel essai (%4 sur %5)…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelPanel</name>
    <message>
        <source>&lt;b&gt;Base model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modèle de base&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>No model opened yet.</source>
        <translation>Aucun modèle ouvert pour l’instant.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <source>Type a model folder or ORG/NAME first.</source>
        <translation>Saisissez d’abord un dossier de modèle ou ORG/NAME.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot open this model:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Impossible d’ouvrir ce modèle&#xa0;:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ready to use.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — prêt à l’emploi.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;This model is incomplete:&lt;/span&gt; see the components marked with a warning.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Ce modèle est incomplet&#xa0;:&lt;/span&gt; voyez les composants signalés par un avertissement.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n file(s)</source>
        <translation>
            <numerusform>%1, %2, %n fichier</numerusform>
            <numerusform>%1, %2, %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>A Stable Diffusion folder in diffusers layout, a Hugging Face name such as ORG/NAME that is already downloaded, or a single Stable Diffusion 1.x / 2.x checkpoint file (.safetensors, .ckpt).</source>
        <translation>Un dossier Stable Diffusion au format diffusers, un nom Hugging Face comme ORG/NAME déjà téléchargé, ou un fichier de checkpoint Stable Diffusion 1.x / 2.x unique (.safetensors, .ckpt).</translation>
    </message>
    <message>
        <source>Model folder, ORG/NAME or checkpoint file</source>
        <translation>Dossier du modèle, ORG/NAME ou fichier de checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint File…</source>
        <translation>Fichier de checkpoint…</translation>
    </message>
    <message>
        <source>Choose a checkpoint file</source>
        <translation>Choisir un fichier de checkpoint</translation>
    </message>
    <message>
        <source>Stable Diffusion checkpoints (*.safetensors *.ckpt)</source>
        <translation>Checkpoints Stable Diffusion (*.safetensors *.ckpt)</translation>
    </message>
    <message>
        <source>single file</source>
        <translation>fichier unique</translation>
    </message>
    <message>
        <source>%1, inferred from the checkpoint&apos;s tensors</source>
        <translation>%1, déduit des tenseurs du checkpoint</translation>
    </message>
    <message>
        <source>v-prediction</source>
        <translation>v-prédiction</translation>
    </message>
    <message>
        <source>noise (epsilon)</source>
        <translation>bruit (epsilon)</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored precision</source>
        <translation>précision stockée</translation>
    </message>
    <message>
        <source>EMA weights</source>
        <translation>poids EMA</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>present, used</source>
        <translation>présents, utilisés</translation>
    </message>
    <message>
        <source>present, not used (main weights used)</source>
        <translation>présents, non utilisés (poids principaux utilisés)</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>aucun dans le fichier</translation>
    </message>
    <message>
        <source>in the checkpoint</source>
        <translation>dans le checkpoint</translation>
    </message>
    <message>
        <source>tokenizer and scheduler</source>
        <translation>tokenizer et scheduler</translation>
    </message>
    <message>
        <source>no matching base model cached</source>
        <translation>aucun modèle de base correspondant en cache</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>étape d&apos;entraînement</translation>
    </message>
    <message>
        <source>UNet parameters</source>
        <translation>paramètres du UNet</translation>
    </message>
    <message>
        <source>VAE parameters</source>
        <translation>paramètres du VAE</translation>
    </message>
    <message>
        <source>text encoder parameters</source>
        <translation>paramètres de l&apos;encodeur de texte</translation>
    </message>
    <message>
        <source>Single-file settings</source>
        <translation>Réglages du fichier unique</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Epsilon (noise)</source>
        <translation>Epsilon (bruit)</translation>
    </message>
    <message>
        <source>V-prediction</source>
        <translation>V-prédiction</translation>
    </message>
    <message>
        <source>What the model predicts. The weights do not tell; Automatic uses the file&apos;s metadata or the documented rule (Stable Diffusion 2 at 768 pixels: v-prediction).</source>
        <translation>Ce que le modèle prédit. Les poids ne le disent pas&#xa0;; «&#xa0;Automatique&#xa0;» utilise les métadonnées du fichier ou la règle documentée (Stable Diffusion 2 à 768 pixels&#xa0;: v-prédiction).</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>Prédiction&#xa0;:</translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation>Réglages depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic: a cached base model, or its small files downloaded</source>
        <translation>Automatique&#xa0;: un modèle de base en cache, ou ses petits fichiers téléchargés</translation>
    </message>
    <message>
        <source>Choose a diffusers model folder (tokenizer, scheduler, configs)</source>
        <translation>Choisir un dossier de modèle diffusers (tokenizer, scheduler, configurations)</translation>
    </message>
    <message>
        <source>A diffusers model folder whose tokenizer, scheduler and configs this checkpoint uses. Empty: a matching cached base model, or the small download of its files.</source>
        <translation>Un dossier de modèle diffusers dont ce checkpoint utilise le tokenizer, le scheduler et les configurations. Vide&#xa0;: un modèle de base correspondant en cache, ou le petit téléchargement de ses fichiers.</translation>
    </message>
    <message>
        <source>VAE file:</source>
        <translation>Fichier VAE&#xa0;:</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s own VAE</source>
        <translation>Le VAE du checkpoint</translation>
    </message>
    <message>
        <source>Choose a VAE file</source>
        <translation>Choisir un fichier VAE</translation>
    </message>
    <message>
        <source>VAE weights (*.safetensors *.ckpt *.pt *.bin)</source>
        <translation>Poids VAE (*.safetensors *.ckpt *.pt *.bin)</translation>
    </message>
    <message>
        <source>Automatic: %1 (%2)</source>
        <translation>Automatique&#xa0;: %1 (%2)</translation>
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
        <translation>Jetons modificateurs (séparés par des espaces), par ex. &lt;new1&gt; &lt;new2&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Open a model to see how its tokenizer reads your prompt.</source>
        <translation>Ouvrez un modèle pour voir comment son tokeniseur lit votre prompt.</translation>
    </message>
    <message>
        <source>This model has no usable tokenizer.</source>
        <translation>Ce modèle n’a pas de tokeniseur utilisable.</translation>
    </message>
    <message>
        <source>Loading the tokenizer…</source>
        <translation>Chargement du tokeniseur…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot load the tokenizer:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Impossible de charger le tokeniseur&#xa0;:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 of %2 tokens&lt;/b&gt; — the last %3 are cut off and have no effect.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 jetons sur %2&lt;/b&gt; — les %3 derniers sont coupés et n’ont aucun effet.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 tokens&lt;/b&gt; (start and end included).</source>
        <translation>&lt;b&gt;%1 jetons sur %2&lt;/b&gt; (début et fin compris).</translation>
    </message>
    <message>
        <source>Not usable as modifier tokens (already in the vocabulary or repeated): %1</source>
        <translation>Inutilisables comme jetons modificateurs (déjà dans le vocabulaire ou répétés)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>Forget the recently used projects (the files stay).</source>
        <translation>Oublie les projets récemment utilisés (les fichiers sont conservés).</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationCard</name>
    <message>
        <source>None — train on my photos only</source>
        <translation>Aucune — entraîner uniquement sur mes photos</translation>
    </message>
    <message>
        <source>Draw them with the base model</source>
        <translation>Les dessiner avec le modèle de base</translation>
    </message>
    <message>
        <source>Fetch from a clip-retrieval service</source>
        <translation>Récupérer depuis un service clip-retrieval</translation>
    </message>
    <message>
        <source>Fetch openly licensed pictures (Openverse)</source>
        <translation>Récupérer des images sous licence libre (Openverse)</translation>
    </message>
    <message>
        <source>Use a folder of my own</source>
        <translation>Utiliser un de mes dossiers</translation>
    </message>
    <message>
        <source>Ordinary pictures of the class (other cats, other toys) shown alongside yours, so the model keeps knowing what a plain one looks like. Drawing them needs no internet but takes a while on a processor.</source>
        <translation>Des images génériques de la classe (d’autres chats, d’autres jouets), montrées avec les vôtres pour que le modèle sache toujours à quoi ressemble un sujet ordinaire. Les dessiner ne demande pas d’Internet, mais prend un moment sur un processeur.</translation>
    </message>
    <message>
        <source>Ordinary pictures:</source>
        <translation>Images génériques&#xa0;:</translation>
    </message>
    <message>
        <source>How many ordinary pictures to use; 200 is what the paper used.</source>
        <translation>Le nombre d’images génériques à utiliser&#xa0;; l’article de référence en utilisait 200.</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Nombre&#xa0;:</translation>
    </message>
    <message>
        <source>The address of a clip-retrieval back-end (its knn-service). LAION&apos;s public one has been closed since 2024; use one you or your community run.</source>
        <translation>L’adresse d’un serveur clip-retrieval (son knn-service). Celui de LAION, public, est fermé depuis 2024&#xa0;; utilisez-en un que vous ou votre communauté hébergez.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>A folder of pictures of the class; they are copied, never changed.</source>
        <translation>Un dossier d’images de la classe&#xa0;; elles sont copiées, jamais modifiées.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Gather</source>
        <translation>Rassembler</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>A folder of ordinary pictures of the class</source>
        <translation>Dossier d’images génériques de la classe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept %1: %2&lt;/b&gt; — ordinary pictures of “%3”</source>
        <translation>&lt;b&gt;Concept %1&#xa0;: %2&lt;/b&gt; — images génériques de «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Your photos alone: fastest, but the class word may drift towards your concept.</source>
        <translation>Vos photos seules&#xa0;: c’est le plus rapide, mais le mot de la classe risque de dériver vers votre concept.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 of %2 pictures ready.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 images sur %2 prêtes.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 pictures so far. Gather the rest now, or they are gathered when training starts.</source>
        <translation>%1 images sur %2 pour l’instant. Rassemblez les autres maintenant, sinon elles le seront au lancement de l’entraînement.</translation>
    </message>
    <message>
        <source>%1 of %2 pictures</source>
        <translation>%1 images sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Enregistrées dans &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationPage</name>
    <message>
        <source>&lt;b&gt;Ordinary pictures of the class&lt;/b&gt; (optional). Training on a few photos can make the class word itself drift: after teaching your cat, every “cat” may look like yours. Showing the model some ordinary cats alongside prevents that. They are kept in retrieve.py&apos;s folder layout, so other tools can use them too.</source>
        <translation>&lt;b&gt;Images génériques de la classe&lt;/b&gt; (facultatif). Un entraînement sur quelques photos peut faire dériver le mot de la classe lui-même&#xa0;: une fois votre chat appris, chaque «&#xa0;cat&#xa0;» risque de ressembler au vôtre. Montrer en même temps au modèle quelques chats ordinaires l’évite. Ces images sont rangées selon l’arborescence de retrieve.py, pour que d’autres outils puissent aussi s’en servir.</translation>
    </message>
    <message>
        <source>Gather All</source>
        <translation>Tout rassembler</translation>
    </message>
    <message>
        <source>Gathers the missing pictures of every concept, one after another.</source>
        <translation>Rassemble les images manquantes de chaque concept, l’un après l’autre.</translation>
    </message>
    <message>
        <source>Choose a model or save the project first, so the pictures have a folder to go to.</source>
        <translation>Choisissez d’abord un modèle ou enregistrez le projet, pour que les images aient un dossier où aller.</translation>
    </message>
    <message>
        <source>Choose a model on the Model page first: it draws the pictures.</source>
        <translation>Choisissez d’abord un modèle sur la page «&#xa0;Modèle&#xa0;»&#xa0;: c’est lui qui dessine les images.</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>En attente de la fin de la tâche en cours…</translation>
    </message>
    <message>
        <source>Cancelled before it began.</source>
        <translation>Annulé avant de commencer.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ScreenshotTour</name>
    <message>
        <source>A job failed: %1</source>
        <translation>Une tâche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; toy on a beach</source>
        <translation>photo of a &lt;new1&gt; toy on a beach</translation>
    </message>
    <message>
        <source>The Regularization page has no concept.</source>
        <translation>La page «&#xa0;Régularisation&#xa0;» n’a aucun concept.</translation>
    </message>
    <message>
        <source>The Regularization page lacks its source, count or Gather button.</source>
        <translation>Il manque à la page «&#xa0;Régularisation&#xa0;» sa source, son nombre ou son bouton «&#xa0;Rassembler&#xa0;».</translation>
    </message>
    <message>
        <source>Training did not start: %1</source>
        <translation>L’entraînement n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1&#xa0;: %2&#xa0;s</translation>
    </message>
    <message>
        <source>Nothing to photograph in the step “%1”.</source>
        <translation>Rien à photographier à l’étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Note: training had already finished when the Train page was photographed.</source>
        <translation>Remarque&#xa0;: l’entraînement était déjà terminé quand la page «&#xa0;Entraînement&#xa0;» a été photographiée.</translation>
    </message>
    <message>
        <source>Screenshot tour, step “%1”: </source>
        <translation>Tour des captures d’écran, étape «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <source>Screenshot tour: </source>
        <translation>Tour des captures d’écran&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n screenshot(s) in %1.</source>
        <translation>
            <numerusform>%n capture d’écran enregistrée dans %1.</numerusform>
            <numerusform>%n captures d’écran enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not done within %1 s (CDS_SCREENSHOT_STEP_TIMEOUT sets the limit).</source>
        <translation>pas terminé en %1 s (CDS_SCREENSHOT_STEP_TIMEOUT fixe la limite).</translation>
    </message>
</context>
<context>
    <name>cds::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows. It changes when you press OK.</source>
        <translation>La langue des fenêtres de l’application. Elle change quand vous cliquez sur OK.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Where training and image generation run. A graphics card is many times faster than the processor.</source>
        <translation>Où s’exécutent l’entraînement et la génération d’images. Une carte graphique est bien des fois plus rapide que le processeur.</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Exécuter sur&#xa0;:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Tous les cœurs</translation>
    </message>
    <message numerus="yes">
        <source>How many processor threads the engine uses (this computer has %n cores). Fewer leave room for other programs; when other work keeps the processor busy, 1 can be much faster than all.</source>
        <translation>
            <numerusform>Le nombre de threads du processeur qu’utilise le moteur (cet ordinateur a %n cœur). Moins de threads laissent de la place aux autres programmes&#xa0;; quand d’autres travaux occupent le processeur, 1 seul peut être bien plus rapide que tous.</numerusform>
            <numerusform>Le nombre de threads du processeur qu’utilise le moteur (cet ordinateur a %n cœurs). Moins de threads laissent de la place aux autres programmes&#xa0;; quand d’autres travaux occupent le processeur, 1 seul peut être bien plus rapide que tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>Dossier des &amp;projets&#xa0;:</translation>
    </message>
    <message>
        <source>Where new projects are saved unless you choose another place.</source>
        <translation>Où les nouveaux projets sont enregistrés, sauf si vous choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Choose the Projects Folder</source>
        <translation>Choisir le dossier des projets</translation>
    </message>
    <message>
        <source>Training &amp;output folder:</source>
        <translation>Dossier de &amp;sortie de l’entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Where a training run writes the trained concept, checkpoints and test images. Leave it empty to write next to the project.</source>
        <translation>Où un entraînement écrit le concept entraîné, les points de reprise et les images de test. Laissez vide pour écrire à côté du projet.</translation>
    </message>
    <message>
        <source>Next to the project</source>
        <translation>À côté du projet</translation>
    </message>
    <message>
        <source>Choose the Training Output Folder</source>
        <translation>Choisir le dossier de sortie de l’entraînement</translation>
    </message>
    <message>
        <source>&amp;Save projects automatically</source>
        <translation>Enregistrer &amp;automatiquement les projets</translation>
    </message>
    <message>
        <source>Save the open project whenever it changes, so nothing is lost when the app closes.</source>
        <translation>Enregistre le projet ouvert à chaque modification, pour ne rien perdre à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>cds::ui::StepCompareDialog</name>
    <message>
        <source>Compare Two Steps</source>
        <translation>Comparer deux étapes</translation>
    </message>
    <message>
        <source>Which preview to show on this side.</source>
        <translation>L’aperçu à afficher de ce côté.</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>Utiliser les poids de cette étape</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>Générer avec le concept tel qu’il était à cette étape.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
</context>
<context>
    <name>cds::ui::TokenStrip</name>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons du prompt</translation>
    </message>
    <message>
        <source>✂ limit %1</source>
        <translation>✂ limite %1</translation>
    </message>
    <message>
        <source>The text encoder reads %1 tokens including start and end; everything after this mark is ignored.</source>
        <translation>L’encodeur de texte lit %1 jetons, début et fin compris&#xa0;; tout ce qui suit cette marque est ignoré.</translation>
    </message>
    <message>
        <source>special token %1</source>
        <translation>jeton spécial %1</translation>
    </message>
    <message>
        <source>token %1%2</source>
        <translation>jeton %1%2</translation>
    </message>
    <message>
        <source>, ends a word</source>
        <translation>, termine un mot</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainPage</name>
    <message>
        <source>GPU memory %1 of %2 GiB</source>
        <translation>Mémoire GPU %1 sur %2 Gio</translation>
    </message>
    <message>
        <source>Graphics card memory held by training, of the card&apos;s total.</source>
        <translation>Mémoire de la carte graphique occupée par l’entraînement, sur le total de la carte.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start teaching the model your concept.</source>
        <translation>Commence à apprendre votre concept au modèle.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause after the current step. The model stays loaded, so you can try a test image.</source>
        <translation>Met en pause après l’étape en cours. Le modèle reste chargé&#xa0;: vous pouvez essayer une image de test.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop and save what was learned so far; you can continue later.</source>
        <translation>Arrête et enregistre ce qui a été appris jusqu’ici&#xa0;; vous pourrez reprendre plus tard.</translation>
    </message>
    <message>
        <source>Test Image</source>
        <translation>Image de test</translation>
    </message>
    <message>
        <source>While paused: draw one preview with the weights as they are now.</source>
        <translation>Pendant la pause&#xa0;: dessine un aperçu avec les poids tels qu’ils sont maintenant.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Pas encore lancé.</translation>
    </message>
    <message>
        <source>Previews (same seed each time; click to enlarge):</source>
        <translation>Aperçus (même graine à chaque fois&#xa0;; cliquez pour agrandir)&#xa0;:</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded: try a test image, then resume.</source>
        <translation>En pause. Le modèle reste chargé&#xa0;: essayez une image de test, puis reprenez.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>Rien à entraîner.</translation>
    </message>
    <message>
        <source>Before training can start:</source>
        <translation>Avant de pouvoir lancer l’entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Step 0 of %1</source>
        <translation>Étape 0 sur %1</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>En attente de la fin de la tâche en cours…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Starting: %1 photos, %2 steps, into %3</source>
        <translation>Démarrage&#xa0;: %1 photos, %2 étapes, vers %3</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>Pause après cette étape…</translation>
    </message>
    <message>
        <source>Stopping and saving a checkpoint…</source>
        <translation>Arrêt et enregistrement d’un point de reprise…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
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
        <translation>Écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Stopped. What was learned so far is saved; tick “Continue from the last checkpoint” to go on.</source>
        <translation>Arrêté. Ce qui a été appris jusqu’ici est enregistré&#xa0;; cochez «&#xa0;Continuer depuis le dernier point de reprise&#xa0;» pour poursuivre.</translation>
    </message>
    <message>
        <source>Done! Your concept is in %1. Try it on the Generate page.</source>
        <translation>Terminé&#xa0;! Votre concept se trouve dans %1. Essayez-le sur la page «&#xa0;Génération&#xa0;».</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>Utiliser les poids de cette étape</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>Générer avec le concept tel qu’il était à cette étape.</translation>
    </message>
    <message>
        <source>Compare Two Steps…</source>
        <translation>Comparer deux étapes…</translation>
    </message>
    <message>
        <source>Shows two previews side by side, to see what the extra steps changed.</source>
        <translation>Affiche deux aperçus côte à côte, pour voir ce que les étapes supplémentaires ont changé.</translation>
    </message>
    <message>
        <source>With ordinary pictures of the class (weight %1).</source>
        <translation>Avec des images génériques de la classe (poids %1).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the trained concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>Enregistrer le concept entraîné en LoRA ou en embeddings pour AUTOMATIC1111, Forge, ComfyUI ou stable-diffusion.cpp.</translation>
    </message>
    <message>
        <source>Train a concept first: the output folder holds none yet.</source>
        <translation>Entraînez d’abord un concept&#xa0;: le dossier de sortie n’en contient encore aucun.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>How long to train. More steps learn the concept more closely but can start copying your photos exactly; 250 suits most objects and pets.</source>
        <translation>La durée de l’entraînement. Avec plus d’étapes, le modèle apprend le concept plus fidèlement, mais il peut finir par recopier vos photos à l’identique&#xa0;; 250 convient à la plupart des objets et des animaux.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>How big each learning step is. Higher learns faster but can spoil the image; lower is gentler (faces: 5e-6).</source>
        <translation>L’ampleur de chaque pas d’apprentissage. Plus haut, le modèle apprend plus vite mais peut abîmer l’image&#xa0;; plus bas, c’est plus doux (visages&#xa0;: 5e-6).</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>How many photos the model looks at per step. Larger needs more memory.</source>
        <translation>Le nombre de photos que le modèle regarde à chaque étape. Plus il y en a, plus il faut de mémoire.</translation>
    </message>
    <message>
        <source>Photos per step:</source>
        <translation>Photos par étape&#xa0;:</translation>
    </message>
    <message>
        <source>The size, in pixels, your photos are trained at. Use the size the model was made for (512 for SD 1.x); smaller is faster.</source>
        <translation>La taille, en pixels, de vos photos pendant l’entraînement. Utilisez la taille prévue pour le modèle (512 pour SD 1.x)&#xa0;; plus petit, c’est plus rapide.</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Taille d’image&#xa0;:</translation>
    </message>
    <message>
        <source>Class weight:</source>
        <translation>Poids de la classe&#xa0;:</translation>
    </message>
    <message>
        <source>Which part of the model learns. Keys and values are enough for most things; faces and fine detail learn better with all of cross-attention.</source>
        <translation>La partie du modèle qui apprend. Les clés et valeurs suffisent la plupart du temps&#xa0;; les visages et les détails fins s’apprennent mieux avec toute l’attention croisée.</translation>
    </message>
    <message>
        <source>Cross-attention keys and values (recommended)</source>
        <translation>Clés et valeurs de l’attention croisée (recommandé)</translation>
    </message>
    <message>
        <source>All cross-attention (faces, detail)</source>
        <translation>Toute l’attention croisée (visages, détails)</translation>
    </message>
    <message>
        <source>What learns:</source>
        <translation>Partie entraînée&#xa0;:</translation>
    </message>
    <message>
        <source>Lower precision uses less memory and is faster on a graphics card, with a tiny loss of accuracy. fp16 needs a graphics card.</source>
        <translation>Une précision réduite utilise moins de mémoire et va plus vite sur une carte graphique, avec une perte d’exactitude infime. fp16 nécessite une carte graphique.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>Pleine précision (fp32)</translation>
    </message>
    <message>
        <source>Half (bf16)</source>
        <translation>Demi-précision (bf16)</translation>
    </message>
    <message>
        <source>Half (fp16, GPU)</source>
        <translation>Demi-précision (fp16, GPU)</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Précision&#xa0;:</translation>
    </message>
    <message>
        <source>Where training runs. A graphics card is many times faster than the processor.</source>
        <translation>Où se déroule l’entraînement. Une carte graphique est bien des fois plus rapide que le processeur.</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Exécuter sur&#xa0;:</translation>
    </message>
    <message>
        <source>The folder that receives the trained concept, checkpoints and preview images.</source>
        <translation>Le dossier qui reçoit le concept entraîné, les points de reprise et les images d’aperçu.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Where to save the trained concept</source>
        <translation>Où enregistrer le concept entraîné</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Settings most people never need to change.</source>
        <translation>Des réglages que la plupart des gens n’ont jamais besoin de modifier.</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run. Constant keeps it the same from start to end.</source>
        <translation>Comment le taux d’apprentissage évolue au fil de l’entraînement. «&#xa0;constant&#xa0;» le garde identique du début à la fin.</translation>
    </message>
    <message>
        <source>Learning-rate schedule:</source>
        <translation>Évolution du taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Steps at the start during which the learning rate rises gently from zero (with a warm-up schedule).</source>
        <translation>Les premières étapes, pendant lesquelles le taux d’apprentissage monte doucement depuis zéro (avec une évolution de type «&#xa0;warmup&#xa0;»).</translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation>Étapes d’échauffement&#xa0;:</translation>
    </message>
    <message>
        <source>Adds up several small batches before each learning step: like more photos per step, without the memory.</source>
        <translation>Cumule plusieurs petits lots avant chaque pas d’apprentissage&#xa0;: comme plus de photos par étape, sans la mémoire en plus.</translation>
    </message>
    <message>
        <source>Batches per step:</source>
        <translation>Lots par étape&#xa0;:</translation>
    </message>
    <message>
        <source>How often to save a copy you can continue from after a crash or a restart.</source>
        <translation>À quelle fréquence enregistrer une copie d’où reprendre après un plantage ou un redémarrage.</translation>
    </message>
    <message>
        <source>Save a checkpoint every:</source>
        <translation>Point de reprise toutes les (étapes)&#xa0;:</translation>
    </message>
    <message>
        <source>How often to draw preview images, so you can watch the concept appear. Each preview takes a little time.</source>
        <translation>À quelle fréquence dessiner des images d’aperçu, pour voir le concept apparaître. Chaque aperçu prend un peu de temps.</translation>
    </message>
    <message>
        <source>Preview every (steps):</source>
        <translation>Aperçu toutes les (étapes)&#xa0;:</translation>
    </message>
    <message>
        <source>How many preview images to draw each time (0: none).</source>
        <translation>Le nombre d’images d’aperçu à dessiner à chaque fois (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Preview images:</source>
        <translation>Images d’aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>What the previews show; empty uses the caption of your photos.</source>
        <translation>Ce que montrent les aperçus&#xa0;; si c’est vide, la légende de vos photos est utilisée.</translation>
    </message>
    <message>
        <source>Preview prompt:</source>
        <translation>Prompt d’aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>The dice of the run. The same seed gives the same run and the same preview noise every time, so previews compare.</source>
        <translation>Le coup de dés de l’entraînement. La même graine donne à chaque fois le même déroulement et le même bruit d’aperçu, pour que les aperçus restent comparables.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Mirror photos at random</source>
        <translation>Retourner les photos en miroir au hasard</translation>
    </message>
    <message>
        <source>Shows each photo mirrored half of the time. Good for symmetric things, wrong for text or one-sided details.</source>
        <translation>Montre chaque photo en miroir une fois sur deux. Bien pour les sujets symétriques, à éviter pour du texte ou des détails présents d’un seul côté.</translation>
    </message>
    <message>
        <source>No zoom augmentation</source>
        <translation>Pas de zoom aléatoire</translation>
    </message>
    <message>
        <source>Normally photos are shown zoomed in and out at random so the concept works at any size. Turn off for faces.</source>
        <translation>Normalement, les photos sont montrées agrandies ou réduites au hasard, pour que le concept fonctionne à toutes les tailles. À désactiver pour les visages.</translation>
    </message>
    <message>
        <source>Crop ordinary examples to the centre</source>
        <translation>Recadrer les exemples génériques au centre</translation>
    </message>
    <message>
        <source>Crops the class pictures to a square from their centre instead of squeezing them.</source>
        <translation>Recadre les images de la classe en carré à partir de leur centre, au lieu de les comprimer.</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>Continuer depuis le dernier point de reprise</translation>
    </message>
    <message>
        <source>Picks up a stopped run where it left off instead of starting again.</source>
        <translation>Reprend un entraînement arrêté là où il s’était interrompu, au lieu de tout recommencer.</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class (chosen on the Regularization page) count compared with yours.</source>
        <translation>Le poids des images génériques de la classe (choisies sur la page «&#xa0;Régularisation&#xa0;») par rapport aux vôtres.</translation>
    </message>
    <message>
        <source>Save memory</source>
        <translation>Économiser la mémoire</translation>
    </message>
    <message>
        <source>Recomputes parts of the model instead of keeping them, so training fits on smaller graphics cards. Each step takes about a third longer.</source>
        <translation>Recalcule certaines parties du modèle au lieu de les garder en mémoire, pour que l’entraînement tienne sur des cartes graphiques plus modestes. Chaque étape prend environ un tiers de temps en plus.</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class count compared with yours.</source>
        <translation>Le poids des images génériques de la classe par rapport aux vôtres.</translation>
    </message>
    <message>
        <source>Choose ordinary pictures of the class on the Regularization page to use this.</source>
        <translation>Choisissez des images génériques de la classe sur la page «&#xa0;Régularisation&#xa0;» pour utiliser ce réglage.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and use Custom Diffusion concepts.</source>
        <translation>Entraîner et utiliser des concepts Custom Diffusion.</translation>
    </message>
    <message>
        <source>Model folder or ORG/NAME to open.</source>
        <translation>Dossier de modèle ou ORG/NAME à ouvrir.</translation>
    </message>
    <message>
        <source>Make and open the tiny demo model (its pictures are noise).</source>
        <translation>Créer et ouvrir le minuscule modèle de démo (ses images ne sont que du bruit).</translation>
    </message>
    <message>
        <source>Show this page first (1-5).</source>
        <translation>Afficher d’abord cette page (1-5).</translation>
    </message>
    <message>
        <source>Run the demo through every page, save screenshots in this folder, and quit.</source>
        <translation>Parcourir toutes les pages avec la démo, enregistrer des captures d’écran dans ce dossier, puis quitter.</translation>
    </message>
</context>
</TS>
