<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AugmentationSamples</name>
    <message>
        <source>Cannot read %1: the file is not there.</source>
        <translation>No se puede leer %1: no se encuentra el archivo.</translation>
    </message>
    <message>
        <source>Training cannot read %1: use JPEG, PNG, WebP, BMP or TIFF files.</source>
        <translation>El entrenamiento no puede leer %1: usa archivos JPEG, PNG, WebP, BMP o TIFF.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot make the preview: %1</source>
        <translation>No se puede crear la vista previa: %1</translation>
    </message>
</context>
<context>
    <name>ConceptLibrary</name>
    <message>
        <source>%1 holds no Custom Diffusion weights (pytorch_custom_diffusion_weights.safetensors).</source>
        <translation>%1 no contiene pesos de Custom Diffusion (pytorch_custom_diffusion_weights.safetensors).</translation>
    </message>
    <message>
        <source>%1 is already in the library.</source>
        <translation>%1 ya está en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>This is not a Custom Diffusion Studio project.</source>
        <translation>Esto no es un proyecto de Custom Diffusion Studio.</translation>
    </message>
    <message>
        <source>This project was made by a newer version of the app (format %1).</source>
        <translation>Este proyecto se creó con una versión más reciente de la aplicación (formato %1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the project: %1</source>
        <translation>No se puede abrir el proyecto: %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::AugmentationPreview</name>
    <message>
        <source>How Training Sees %1</source>
        <translation>Cómo ve el entrenamiento %1</translation>
    </message>
    <message>
        <source>Each training step shows the model your photo at a random size and place, and the prompt says how it looks (“a far away …”, “zoomed in …”). Grey is empty canvas; the loss ignores the shaded part, so the model does not learn to paint grey borders.</source>
        <translation>En cada paso de entrenamiento, el modelo ve tu foto con un tamaño y una posición al azar, y el prompt describe cómo se ve («a far away …», «zoomed in …»). El gris es lienzo vacío; la pérdida ignora la parte sombreada, así que el modelo no aprende a pintar bordes grises.</translation>
    </message>
    <message>
        <source>Shade what the loss ignores</source>
        <translation>Sombrear lo que ignora la pérdida</translation>
    </message>
    <message>
        <source>Mirror at random</source>
        <translation>Reflejar al azar</translation>
    </message>
    <message>
        <source>As the training option: half of the steps see the photo mirrored.</source>
        <translation>Igual que la opción de entrenamiento: en la mitad de los pasos, la foto se ve reflejada.</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Barajar</translation>
    </message>
    <message>
        <source>Draw other random sizes and places</source>
        <translation>Sortea otros tamaños y posiciones al azar</translation>
    </message>
    <message>
        <source>Preparing samples…</source>
        <translation>Preparando las muestras…</translation>
    </message>
    <message>
        <source>%1 training steps with this photo, %2 × %2 pixels (seed %3).</source>
        <translation>%1 pasos de entrenamiento con esta foto, %2 × %2 píxeles (semilla %3).</translation>
    </message>
    <message>
        <source>Enlarged and cropped</source>
        <translation>Ampliada y recortada</translation>
    </message>
    <message>
        <source>Shrunk to %1 %</source>
        <translation>Reducida al %1&#xa0;%</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Tamaño completo</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptPickerDialog</name>
    <message>
        <source>Concepts from the Library</source>
        <translation>Conceptos de la biblioteca</translation>
    </message>
    <message>
        <source>Check the concepts to use together. Two or more are merged into one (kept in a cache, so the same choice is quick next time).</source>
        <translation>Marque los conceptos que quiere usar juntos. Dos o más se fusionan en uno (guardado en caché, para que la misma elección sea rápida la próxima vez).</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>base model not recorded</source>
        <translation>modelo base no registrado</translation>
    </message>
    <message>
        <source>The library is empty: add concept folders on the Library page, or train one.</source>
        <translation>La biblioteca está vacía: añada carpetas de conceptos en la página Biblioteca o entrene uno.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ConceptsPage</name>
    <message>
        <source>&lt;b&gt;Your concept&lt;/b&gt; — 4 to 20 photos of one thing: a pet, a toy, a face, a style.</source>
        <translation>&lt;b&gt;Tu concepto&lt;/b&gt; — de 4 a 20 fotos de una misma cosa: una mascota, un juguete, un rostro, un estilo.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Rostro</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <source>Picks training settings that suit this kind of concept. Faces need a gentler, longer training and 15–20 photos.</source>
        <translation>Elige ajustes de entrenamiento adecuados para este tipo de concepto. Los rostros necesitan un entrenamiento más suave y más largo, y de 15 a 20 fotos.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>What the thing is, in one ordinary word: cat, dog, toy, person, painting.</source>
        <translation>Qué es, en una sola palabra corriente en inglés: cat, dog, toy, person, painting.</translation>
    </message>
    <message>
        <source>It is a:</source>
        <translation>Es un(a):</translation>
    </message>
    <message>
        <source>A new word, unknown to the model, that will mean your concept. Write it in prompts to call it up.</source>
        <translation>Una palabra nueva, desconocida para el modelo, que representará tu concepto. Escríbela en tus prompts para invocarlo.</translation>
    </message>
    <message>
        <source>New word:</source>
        <translation>Palabra nueva:</translation>
    </message>
    <message>
        <source>An existing word the new word starts from. A rare, meaningless one such as “ktn” works well; it must be a single token of the model.</source>
        <translation>Una palabra existente de la que parte la palabra nueva. Una rara y sin significado, como «ktn», funciona bien; debe ser un único token del modelo.</translation>
    </message>
    <message>
        <source>Starts from:</source>
        <translation>Palabra de partida:</translation>
    </message>
    <message>
        <source>The caption every one of your photos gets during training. It must contain the new word.</source>
        <translation>La descripción que recibe cada una de tus fotos durante el entrenamiento. Debe contener la palabra nueva.</translation>
    </message>
    <message>
        <source>Caption of your photos:</source>
        <translation>Descripción de tus fotos:</translation>
    </message>
    <message>
        <source>Caption of ordinary examples:</source>
        <translation>Descripción de los ejemplos genéricos:</translation>
    </message>
    <message>
        <source>Add Images…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <source>Remove All</source>
        <translation>Quitar todas</translation>
    </message>
    <message>
        <source>Add photos of your concept</source>
        <translation>Añadir fotos de tu concepto</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Choose a new word, such as &lt;new1&gt;.</source>
        <translation>Elige una palabra nueva, por ejemplo &lt;new1&gt;.</translation>
    </message>
    <message>
        <source>The new word must not contain spaces or “+”.</source>
        <translation>La palabra nueva no puede contener espacios ni «+».</translation>
    </message>
    <message>
        <source>“%1” is already a word of the model; pick one it does not know, such as &lt;new1&gt;.</source>
        <translation>«%1» ya es una palabra del modelo; elige una que no conozca, por ejemplo &lt;new1&gt;.</translation>
    </message>
    <message>
        <source>Choose a word to start from.</source>
        <translation>Elige una palabra de partida.</translation>
    </message>
    <message>
        <source>“%1” is not a single token of this model; try “ktn”.</source>
        <translation>«%1» no es un único token de este modelo; prueba con «ktn».</translation>
    </message>
    <message>
        <source>The caption of your photos must contain the new word %1.</source>
        <translation>La descripción de tus fotos debe contener la palabra nueva %1.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ The words are fine.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ Las palabras están bien.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open a model to check the words against its vocabulary.</source>
        <translation>Abre un modelo para comprobar las palabras con su vocabulario.</translation>
    </message>
    <message>
        <source>Add at least %1 photos (%2 so far).</source>
        <translation>Añade al menos %1 fotos (llevas %2).</translation>
    </message>
    <message>
        <source>Use at most %1 photos (%2 now); more rarely helps.</source>
        <translation>Usa como máximo %1 fotos (ahora hay %2); más fotos rara vez ayudan.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photo(s): add at least %2.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;%1 foto(s) utilizable(s): hacen falta al menos %2.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;%1 usable photos: more than %2 rarely helps; remove some.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;%1 fotos utilizables: más de %2 rara vez ayuda; quita algunas.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 usable photos.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;%1 fotos utilizables.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 file(s) cannot be used and will be left out.</source>
        <translation>%1 archivo(s) no se puede(n) usar y se omitirá(n).</translation>
    </message>
    <message>
        <source>Concepts:</source>
        <translation>Conceptos:</translation>
    </message>
    <message>
        <source>Several concepts train together into one result: each gets its own new word.</source>
        <translation>Varios conceptos se entrenan juntos en un solo resultado: cada uno tiene su propia palabra nueva.</translation>
    </message>
    <message>
        <source>Add Concept</source>
        <translation>Añadir concepto</translation>
    </message>
    <message>
        <source>Teach another thing in the same run, e.g. your cat and its favourite chair.</source>
        <translation>Enséñale otra cosa en el mismo entrenamiento, p.&#xa0;ej. tu gato y su silla favorita.</translation>
    </message>
    <message>
        <source>Remove Concept</source>
        <translation>Quitar concepto</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Another concept already uses the new word %1; each needs its own.</source>
        <translation>Otro concepto ya usa la palabra nueva %1; cada uno necesita la suya.</translation>
    </message>
    <message>
        <source>Concept %1 (%2): %3</source>
        <translation>Concepto %1 (%2): %3</translation>
    </message>
    <message>
        <source>The caption of the ordinary examples that keep the model from forgetting what a plain one looks like (chosen on the Regularization page).</source>
        <translation>La descripción de los ejemplos genéricos que evitan que el modelo olvide cómo es uno corriente (se eligen en la página «Regularización»).</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExportDialog</name>
    <message>
        <source>Export the Concept</source>
        <translation>Exportar el concepto</translation>
    </message>
    <message>
        <source>LoRA, exact (LyCORIS full difference)</source>
        <translation>LoRA, exacto (diferencia completa LyCORIS)</translation>
    </message>
    <message>
        <source>LoRA, smaller (low rank)</source>
        <translation>LoRA, más pequeño (rango bajo)</translation>
    </message>
    <message>
        <source>Embeddings only (the new words)</source>
        <translation>Solo embeddings (las palabras nuevas)</translation>
    </message>
    <message>
        <source>What AUTOMATIC1111, Forge, ComfyUI and stable-diffusion.cpp load. Both LoRA kinds also write the new words as embeddings beside the file.</source>
        <translation>Lo que cargan AUTOMATIC1111, Forge, ComfyUI y stable-diffusion.cpp. Ambos tipos de LoRA escriben además las palabras nuevas como embeddings junto al archivo.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Higher keeps more of the concept in a bigger file. Automatic keeps 99% of each layer&apos;s change.</source>
        <translation>Más alto conserva más del concepto en un archivo más grande. Automático conserva el 99 % del cambio de cada capa.</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Rango:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Folder for the embeddings</source>
        <translation>Carpeta para los embeddings</translation>
    </message>
    <message>
        <source>Save the LoRA as</source>
        <translation>Guardar el LoRA como</translation>
    </message>
    <message>
        <source>safetensors files (*.safetensors)</source>
        <translation>Archivos safetensors (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>cds::ui::ExtraNetworksBox</name>
    <message>
        <source>LoRA files change the model&apos;s weights; embeddings add a word, written in the prompt as the file&apos;s name. Both may come from other tools (AUTOMATIC1111, ComfyUI, …).</source>
        <translation>Los archivos LoRA cambian los pesos del modelo; los embeddings añaden una palabra, que se escribe en el prompt con el nombre del archivo. Ambos pueden venir de otras herramientas (AUTOMATIC1111, ComfyUI, …).</translation>
    </message>
    <message>
        <source>Add LoRA…</source>
        <translation>Añadir LoRA…</translation>
    </message>
    <message>
        <source>Add Embedding…</source>
        <translation>Añadir embedding…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>How strongly the selected LoRA applies: 1 as made, 0 not at all.</source>
        <translation>Con qué fuerza se aplica el LoRA seleccionado: 1 tal como se hizo, 0 nada.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Fuerza:</translation>
    </message>
    <message>
        <source>Add LoRA files</source>
        <translation>Añadir archivos LoRA</translation>
    </message>
    <message>
        <source>LoRA and LyCORIS files (*.safetensors *.pt *.ckpt)</source>
        <translation>Archivos LoRA y LyCORIS (*.safetensors *.pt *.ckpt)</translation>
    </message>
    <message>
        <source>Add embeddings</source>
        <translation>Añadir embeddings</translation>
    </message>
    <message>
        <source>Embeddings (*.safetensors *.pt *.bin)</source>
        <translation>Embeddings (*.safetensors *.pt *.bin)</translation>
    </message>
    <message>
        <source>LoRA: %1 (strength %2)</source>
        <translation>LoRA: %1 (fuerza %2)</translation>
    </message>
    <message>
        <source>Embedding: %1 (write “%2” in the prompt)</source>
        <translation>Embedding: %1 (escriba «%2» en el prompt)</translation>
    </message>
</context>
<context>
    <name>cds::ui::GeneratePage</name>
    <message>
        <source>None: the base model alone</source>
        <translation>Ninguno: solo el modelo base</translation>
    </message>
    <message>
        <source>The folder of a trained concept (the training output, or a preview step).</source>
        <translation>La carpeta de un concepto entrenado (el resultado del entrenamiento o un paso de vista previa).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Concept:</source>
        <translation>Concepto:</translation>
    </message>
    <message>
        <source>How strongly the concept shows: 0 is the plain model, 100% the trained concept.</source>
        <translation>Cuánto se nota el concepto: 0 es el modelo tal cual; 100&#xa0;%, el concepto entrenado.</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Intensidad:</translation>
    </message>
    <message>
        <source>Describe the picture; use your new word to bring in the concept.</source>
        <translation>Describe la imagen; usa tu palabra nueva para incluir el concepto.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>What the picture should not show, e.g. “blurry, low quality”.</source>
        <translation>Lo que la imagen no debe mostrar, p.&#xa0;ej. «blurry, low quality».</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Evitar:</translation>
    </message>
    <message>
        <source>More steps give cleaner pictures but take longer; 20–40 is typical.</source>
        <translation>Más pasos dan imágenes más limpias, pero tardan más; lo habitual es entre 20 y 40.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>How closely the picture follows the prompt. Higher is more literal, too high looks harsh.</source>
        <translation>Cuánto se ciñe la imagen al prompt. Más alto es más literal; demasiado alto da un aspecto duro.</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Fidelidad al prompt:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Predeterminado del modelo</translation>
    </message>
    <message>
        <source>The method that turns noise into a picture. DPM++ 2M is fast and clean.</source>
        <translation>El método que convierte el ruido en una imagen. DPM++ 2M es rápido y limpio.</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>Muestreador:</translation>
    </message>
    <message>
        <source>The same seed with the same settings gives the same picture.</source>
        <translation>La misma semilla con los mismos ajustes da la misma imagen.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <source>A new seed for every click.</source>
        <translation>Una semilla nueva en cada clic.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <source>Picture size in pixels (a multiple of 8). Default: the size the model was made for.</source>
        <translation>Tamaño de la imagen en píxeles (múltiplo de 8). Por defecto: el tamaño para el que se hizo el modelo.</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>Ancho × alto:</translation>
    </message>
    <message>
        <source>How many pictures to make, each with the next seed.</source>
        <translation>Cuántas imágenes crear, cada una con la semilla siguiente.</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Select a picture to see how it was made.</source>
        <translation>Selecciona una imagen para ver cómo se hizo.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the selected picture with its settings embedded, so it can be made again.</source>
        <translation>Guarda la imagen seleccionada con sus ajustes incluidos, para poder crearla de nuevo.</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>Usar estos ajustes</translation>
    </message>
    <message>
        <source>Copy the selected picture&apos;s prompt, seed and settings into the form.</source>
        <translation>Copia en el formulario el prompt, la semilla y los ajustes de la imagen seleccionada.</translation>
    </message>
    <message>
        <source>Choose a trained concept folder</source>
        <translation>Elegir la carpeta de un concepto entrenado</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Generando</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Open a model on the Model page first.</source>
        <translation>Primero abre un modelo en la página «Modelo».</translation>
    </message>
    <message>
        <source>Width and height must be multiples of 8.</source>
        <translation>El ancho y el alto deben ser múltiplos de 8.</translation>
    </message>
    <message>
        <source>Working — waiting for the running job…</source>
        <translation>Generando — esperando a que termine la tarea en curso…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Semilla %1</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>No se pudo guardar %1.</translation>
    </message>
    <message>
        <source>New words:</source>
        <translation>Palabras nuevas:</translation>
    </message>
    <message>
        <source>Insert %1 into the prompt at the cursor.</source>
        <translation>Inserta %1 en el prompt, donde está el cursor.</translation>
    </message>
    <message>
        <source>Where the pictures are made. A graphics card is many times faster than the processor.</source>
        <translation>Dónde se crean las imágenes. Una tarjeta gráfica es muchas veces más rápida que el procesador.</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ejecutar en:</translation>
    </message>
    <message>
        <source>LoRA and embeddings:</source>
        <translation>LoRA y embeddings:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>Guardar el concepto como LoRA o embeddings para AUTOMATIC1111, Forge, ComfyUI o stable-diffusion.cpp.</translation>
    </message>
    <message>
        <source>Choose a model and a trained concept first.</source>
        <translation>Elija primero un modelo y un concepto entrenado.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Use several concepts from the library together: they are merged into one.</source>
        <translation>Usar varios conceptos de la biblioteca juntos: se fusionan en uno.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Fusión con restricciones</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>Sumar los cambios</translation>
    </message>
    <message>
        <source>Constrained merge keeps each concept&apos;s words as each concept alone had them and changes the rest of the model least (the paper&apos;s method). Adding the changes is quicker, but the concepts can disturb each other.</source>
        <translation>La fusión con restricciones conserva las palabras de cada concepto tal como las tenía ese concepto solo y cambia lo mínimo el resto del modelo (el método del artículo). Sumar los cambios es más rápido, pero los conceptos pueden estorbarse entre sí.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>The prompt and seed drawn with each way of combining the concepts, side by side.</source>
        <translation>El prompt y la semilla dibujados con cada forma de combinar los conceptos, uno al lado del otro.</translation>
    </message>
    <message>
        <source>From library:</source>
        <translation>De la biblioteca:</translation>
    </message>
    <message>
        <source>Concepts…</source>
        <translation>Conceptos…</translation>
    </message>
    <message>
        <source>Concepts (%1)…</source>
        <translation>Conceptos (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>Fusionando %n concepto…</numerusform>
            <numerusform>Fusionando %n conceptos…</numerusform>
        </translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>Estos conceptos no se pueden fusionar: %1</translation>
    </message>
    <message>
        <source>Merged concepts from the cache; their words: %1.</source>
        <translation>Conceptos fusionados tomados de la caché; sus palabras: %1.</translation>
    </message>
    <message>
        <source>Merged; the concepts&apos; words: %1.</source>
        <translation>Fusionados; las palabras de los conceptos: %1.</translation>
    </message>
    <message>
        <source>Pick two or more concepts from the library to compare merges.</source>
        <translation>Elija dos o más conceptos de la biblioteca para comparar las fusiones.</translation>
    </message>
    <message>
        <source>The concepts are still being merged; generate when that is done.</source>
        <translation>Los conceptos todavía se están fusionando; genere cuando termine.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ImageGrid</name>
    <message>
        <source>File not found.</source>
        <translation>No se encuentra el archivo.</translation>
    </message>
    <message>
        <source>Not an image this app can read.</source>
        <translation>No es una imagen que esta aplicación pueda leer.</translation>
    </message>
    <message>
        <source>The image is damaged or too small to use.</source>
        <translation>La imagen está dañada o es demasiado pequeña para usarla.</translation>
    </message>
    <message>
        <source>Smaller than the training size (%1 px); it will look blurry to the model.</source>
        <translation>Más pequeña que el tamaño de entrenamiento (%1 px); el modelo la verá borrosa.</translation>
    </message>
    <message>
        <source>Not square: training squeezes it into a square. Crop it for best results.</source>
        <translation>No es cuadrada: el entrenamiento la comprime en un cuadrado. Recórtala para obtener mejores resultados.</translation>
    </message>
    <message>
        <source>Drop 4 to 20 photos of your concept here, or use “Add Images…”.</source>
        <translation>Suelta aquí de 4 a 20 fotos de tu concepto, o usa «Añadir imágenes…».</translation>
    </message>
    <message>
        <source>Remove this image from the concept</source>
        <translation>Quitar esta imagen del concepto</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Looks blurry or out of focus; the model would learn the blur too. Use a sharper photo if you have one.</source>
        <translation>Parece borrosa o desenfocada; el modelo también aprendería el desenfoque. Si tienes una foto más nítida, úsala.</translation>
    </message>
    <message>
        <source>Looks almost the same as %1. Near-copies teach the model less than varied photos; keep the best one.</source>
        <translation>Es casi igual que %1. Las fotos casi idénticas le enseñan al modelo menos que las variadas; quédate con la mejor.</translation>
    </message>
    <message>
        <source>Preview augmentation</source>
        <translation>Ver variaciones</translation>
    </message>
    <message>
        <source>See this photo as training shows it to the model: shrunk, enlarged and shifted</source>
        <translation>Muestra esta foto tal como el entrenamiento se la enseña al modelo: reducida, ampliada y desplazada</translation>
    </message>
    <message>
        <source>Preview Augmentation…</source>
        <translation>Ver variaciones de entrenamiento…</translation>
    </message>
    <message>
        <source>Remove From Concept</source>
        <translation>Quitar del concepto</translation>
    </message>
    <message>
        <source>Crop to square</source>
        <translation>Recortar en cuadrado</translation>
    </message>
    <message>
        <source>Use the centre square of this photo instead (your file is not changed)</source>
        <translation>Usar en su lugar el cuadrado central de esta foto (tu archivo no se modifica)</translation>
    </message>
    <message>
        <source>This photo is stored sideways; it will be trained as shown. Write an upright copy?</source>
        <translation>Esta foto está guardada de lado; se entrenará tal como se muestra. ¿Escribir una copia derecha?</translation>
    </message>
    <message>
        <source>This photo is stored upside down or mirrored; it will be trained as shown. Write an upright copy?</source>
        <translation>Esta foto está guardada al revés o reflejada; se entrenará tal como se muestra. ¿Escribir una copia derecha?</translation>
    </message>
    <message>
        <source>Not an image this app can read: %1.</source>
        <translation>No es una imagen que esta aplicación pueda leer: %1.</translation>
    </message>
    <message>
        <source>Training cannot use this file: %1.</source>
        <translation>El entrenamiento no puede usar este archivo: %1.</translation>
    </message>
    <message>
        <source>The upright copy could not be written: %1</source>
        <translation>No se pudo escribir la copia derecha: %1</translation>
    </message>
    <message>
        <source>Write upright copy</source>
        <translation>Escribir copia derecha</translation>
    </message>
    <message>
        <source>Save an upright copy beside this photo and use it instead (your file is not changed)</source>
        <translation>Guardar una copia derecha junto a esta foto y usarla en su lugar (su archivo no se modifica)</translation>
    </message>
</context>
<context>
    <name>cds::ui::JobRunner</name>
    <message>
        <source>Could not make the demo model: %1</source>
        <translation>No se pudo crear el modelo de demostración: %1</translation>
    </message>
    <message>
        <source>Training started: %1</source>
        <translation>Entrenamiento iniciado: %1</translation>
    </message>
    <message>
        <source>Preview images at step %1.</source>
        <translation>Imágenes de vista previa en el paso %1.</translation>
    </message>
    <message>
        <source>Checkpoint saved at step %1.</source>
        <translation>Punto de control guardado en el paso %1.</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded.</source>
        <translation>En pausa. El modelo sigue cargado.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Entrenamiento detenido: %1</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Error al generar: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Stopped with %1 of %2 pictures.</source>
        <translation>Detenido con %1 de %2 imágenes.</translation>
    </message>
    <message>
        <source>The model drew %1 new pictures; %2 of %3 now.</source>
        <translation>El modelo ha dibujado %1 imágenes nuevas; ya hay %2 de %3.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 of %2 pictures (%3 new, %4 failed, %5 duplicates).</source>
        <translation>%1 de %2 imágenes (%3 nuevas, %4 fallidas, %5 duplicadas).</translation>
    </message>
    <message>
        <source>The source ran out of pictures; try another source.</source>
        <translation>La fuente se ha quedado sin imágenes; prueba con otra.</translation>
    </message>
    <message>
        <source>The download was stopped; starting it again resumes it.</source>
        <translation>La descarga se detuvo; si la inicias otra vez, seguirá donde se quedó.</translation>
    </message>
    <message>
        <source>choose another source above, such as drawing them with the base model</source>
        <translation>elige otra fuente arriba, por ejemplo que las dibuje el modelo base</translation>
    </message>
    <message>
        <source>Processor (CPU)</source>
        <translation>Procesador (CPU)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>In other tools write “%1” where you wrote %2.</source>
        <translation>En otras herramientas escriba «%1» donde escribía %2.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>The LoRA&apos;s changes differ from the concept&apos;s by %1%.</source>
        <translation>Los cambios del LoRA difieren de los del concepto en un %1 %.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>the service did not answer (%1); trying again (%2 of %3)…</source>
        <translation>el servicio no respondió (%1); reintentando (%2 de %3)…</translation>
    </message>
</context>
<context>
    <name>cds::ui::LibraryPage</name>
    <message>
        <source>Add Folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>The share of each weight change&apos;s singular values to keep. The paper keeps 5–60%; less is smaller and less faithful.</source>
        <translation>La parte de los valores singulares de cada cambio de pesos que se conserva. El artículo conserva del 5 al 60 %; menos es más pequeño y menos fiel.</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>Comprimir</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (folder missing)</source>
        <translation>%1 (falta la carpeta)</translation>
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
        <translation>modelo base no registrado</translation>
    </message>
    <message>
        <source>compressed (loads in this studio only)</source>
        <translation>comprimido (solo se carga en este estudio)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>This concept does not record its base model: open a project with the model it was trained on first.</source>
        <translation>Este concepto no registra su modelo base: abra primero un proyecto con el modelo con el que se entrenó.</translation>
    </message>
    <message>
        <source>Writes a smaller copy beside the folder (the original stays).</source>
        <translation>Escribe una copia más pequeña junto a la carpeta (el original se conserva).</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Add a Concept Folder</source>
        <translation>Añadir una carpeta de concepto</translation>
    </message>
    <message>
        <source>Removed from the library; the folder itself is kept.</source>
        <translation>Quitado de la biblioteca; la carpeta se conserva.</translation>
    </message>
    <message>
        <source>Compressing %1…</source>
        <translation>Comprimiendo %1…</translation>
    </message>
    <message>
        <source>Compressed to %1: %2 (was %3).</source>
        <translation>Comprimido en %1: %2 (antes %3).</translation>
    </message>
    <message>
        <source>Compression failed: %1</source>
        <translation>La compresión falló: %1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Draws one small picture with the concept compressed at this setting (its own prompt, a fixed seed), to judge what the size costs.</source>
        <translation>Dibuja una imagen pequeña con el concepto comprimido con este ajuste (su propio prompt, una semilla fija), para juzgar lo que cuesta el tamaño.</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Todavía no hay vista previa.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>Select two or more concepts (Ctrl+click) to merge them into one.</source>
        <translation>Seleccione dos o más conceptos (Ctrl+clic) para fusionarlos en uno.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Fusión con restricciones</translation>
    </message>
    <message>
        <source>Add changes</source>
        <translation>Sumar los cambios</translation>
    </message>
    <message>
        <source>Merge Concepts</source>
        <translation>Fusionar conceptos</translation>
    </message>
    <message>
        <source>How to combine them:</source>
        <translation>Cómo combinarlos:</translation>
    </message>
    <message>
        <source>Folder for the Merged Concept</source>
        <translation>Carpeta del concepto fusionado</translation>
    </message>
    <message>
        <source>These concepts do not record their base model: open a project with the model they were trained on first.</source>
        <translation>Estos conceptos no registran su modelo base: abra primero un proyecto con el modelo con el que se entrenaron.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n concept(s)…</source>
        <translation>
            <numerusform>Fusionando %n concepto…</numerusform>
            <numerusform>Fusionando %n conceptos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1; its words: %2.</source>
        <translation>Fusionado en %1; sus palabras: %2.</translation>
    </message>
    <message>
        <source>These concepts cannot be merged: %1</source>
        <translation>Estos conceptos no se pueden fusionar: %1</translation>
    </message>
    <message>
        <source>Drawing a preview at %1%…</source>
        <translation>Dibujando una vista previa al %1%…</translation>
    </message>
    <message>
        <source>Kept %1%: “%2”, seed %3.</source>
        <translation>%1% conservado: «%2», semilla %3.</translation>
    </message>
    <message>
        <source>Every concept you keep: trained, merged or compressed output folders. Add existing folders, merge several into one, or compress one to a fraction of its size.</source>
        <translation>Cada concepto que conserva: carpetas de salida entrenadas, fusionadas o comprimidas. Añada carpetas existentes, fusione varias en una o comprima una a una fracción de su tamaño.</translation>
    </message>
</context>
<context>
    <name>cds::ui::LossPlot</name>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
</context>
<context>
    <name>cds::ui::MainWindow</name>
    <message>
        <source>Model ready.</source>
        <translation>Modelo listo.</translation>
    </message>
    <message>
        <source>The model has problems; see the model panel.</source>
        <translation>El modelo tiene problemas; consulta el panel del modelo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Custom Diffusion Studio</source>
        <translation>&amp;Acerca de Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <source>About Custom Diffusion Studio</source>
        <translation>Acerca de Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Teach Stable Diffusion a new concept from a few photos, on your own computer, and generate images with it.&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custom Diffusion Studio %1&lt;/h3&gt;&lt;p&gt;Enseña a Stable Diffusion un concepto nuevo a partir de unas pocas fotos, en tu propio ordenador, y genera imágenes con él.&lt;/p&gt;&lt;p&gt;Custom Diffusion: Kumari et al., &lt;i&gt;Multi-Concept Customization of Text-to-Image Diffusion&lt;/i&gt;, CVPR 2023.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 · Model</source>
        <translation>1 · Modelo</translation>
    </message>
    <message>
        <source>Demo model ready. Its pictures are noise; it is for trying the steps.</source>
        <translation>Modelo de demostración listo. Sus imágenes son solo ruido; sirve para probar los pasos.</translation>
    </message>
    <message>
        <source>Choose a Stable Diffusion model to begin, or make the demo model.</source>
        <translation>Elige un modelo de Stable Diffusion para empezar, o crea el modelo de demostración.</translation>
    </message>
    <message>
        <source>No model yet? Try the whole flow with a tiny demo model the app makes itself — nothing is downloaded; it runs in a minute on a processor, but its pictures are noise.</source>
        <translation>¿Aún no tienes un modelo? Prueba todo el proceso con un modelo de demostración diminuto que crea la propia aplicación — no se descarga nada; funciona en un minuto en un procesador, pero sus imágenes son solo ruido.</translation>
    </message>
    <message>
        <source>Make a Demo Model</source>
        <translation>Crear un modelo de demostración</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo model:&lt;/b&gt; random weights. Every step works, but everything it makes is noise. Open a real Stable Diffusion model for real pictures.</source>
        <translation>&lt;b&gt;Modelo de demostración:&lt;/b&gt; pesos aleatorios. Todos los pasos funcionan, pero todo lo que genera es ruido. Abre un modelo real de Stable Diffusion para obtener imágenes de verdad.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;Model Folder…</source>
        <translation>Abrir carpeta de &amp;modelo…</translation>
    </message>
    <message>
        <source>Make a &amp;Demo Model</source>
        <translation>Crear un modelo de &amp;demostración</translation>
    </message>
    <message>
        <source>Making the demo model…</source>
        <translation>Creando el modelo de demostración…</translation>
    </message>
    <message>
        <source>Choose a model on the Model page (or make the demo model).</source>
        <translation>Elige un modelo en la página «Modelo» (o crea el modelo de demostración).</translation>
    </message>
    <message>
        <source>The image size must be a multiple of 8.</source>
        <translation>El tamaño de imagen debe ser múltiplo de 8.</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>Studio projects (*.cdproj)</source>
        <translation>Proyectos de Studio (*.cdproj)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 — Custom Diffusion Studio</source>
        <translation>%1 — Custom Diffusion Studio</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>El entrenamiento está en curso</translation>
    </message>
    <message>
        <source>Stop training and close? What was learned so far is saved, and you can continue later.</source>
        <translation>¿Detener el entrenamiento y cerrar? Lo aprendido hasta ahora se guarda y podrás continuar más tarde.</translation>
    </message>
    <message>
        <source>2 · Concepts</source>
        <translation>2 · Conceptos</translation>
    </message>
    <message>
        <source>3 · Regularization</source>
        <translation>3 · Regularización</translation>
    </message>
    <message>
        <source>4 · Train</source>
        <translation>4 · Entrenamiento</translation>
    </message>
    <message>
        <source>5 · Generate</source>
        <translation>5 · Generación</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>On the Regularization page, choose ordinary pictures for every concept, or for none.</source>
        <translation>En la página «Regularización», elige imágenes genéricas para todos los conceptos o para ninguno.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>No se pudo guardar automáticamente: %1</translation>
    </message>
    <message>
        <source>The new language appears when the running job has finished.</source>
        <translation>El nuevo idioma se aplicará cuando termine la tarea en curso.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <source>Making the demo model</source>
        <translation>Creando el modelo de demostración</translation>
    </message>
    <message>
        <source>Gathering class pictures</source>
        <translation>Reuniendo imágenes de la clase</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting</source>
        <translation>
            <numerusform>%n tarea en espera</numerusform>
            <numerusform>%n tareas en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>The running and waiting jobs; stop any one of them.</source>
        <translation>Las tareas en curso y en espera; detenga la que quiera.</translation>
    </message>
    <message>
        <source>Stop: %1 (running)</source>
        <translation>Detener: %1 (en curso)</translation>
    </message>
    <message>
        <source>Remove: %1 (waiting)</source>
        <translation>Quitar: %1 (en espera)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Merging or compressing concepts</source>
        <translation>Fusionando o comprimiendo conceptos</translation>
    </message>
</context>
<context>
    <name>cds::ui::MergeCompareDialog</name>
    <message>
        <source>Compare Merge Choices</source>
        <translation>Comparar las fusiones</translation>
    </message>
    <message>
        <source>“%1”, seed %2, with each way of combining the concepts.</source>
        <translation>«%1», semilla %2, con cada forma de combinar los conceptos.</translation>
    </message>
    <message>
        <source>Constrained merge</source>
        <translation>Fusión con restricciones</translation>
    </message>
    <message>
        <source>Added changes</source>
        <translation>Cambios sumados</translation>
    </message>
    <message>
        <source>Base model alone</source>
        <translation>Solo el modelo base</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelDownloadBox</name>
    <message>
        <source>Download from Hugging Face</source>
        <translation>Descargar de Hugging Face</translation>
    </message>
    <message>
        <source>The model&apos;s name on huggingface.co, as ORG/NAME. Only the files a Stable Diffusion pipeline needs are fetched (about 2–5 GB).</source>
        <translation>El nombre del modelo en huggingface.co, con la forma ORG/NAME. Solo se descargan los archivos que necesita Stable Diffusion para funcionar (unos 2–5&#xa0;GB).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Full precision</source>
        <translation>Precisión completa</translation>
    </message>
    <message>
        <source>Half precision (fp16, half the size)</source>
        <translation>Media precisión (fp16, la mitad de tamaño)</translation>
    </message>
    <message>
        <source>Half-precision files are half the download; training still learns in full precision.</source>
        <translation>Los archivos de media precisión pesan la mitad; el entrenamiento sigue aprendiendo con precisión completa.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Only for gated models</source>
        <translation>Solo para modelos de acceso restringido</translation>
    </message>
    <message>
        <source>Some models need you to accept their licence on huggingface.co and then pass an access token from your account settings there.</source>
        <translation>Algunos modelos te piden aceptar su licencia en huggingface.co y luego indicar un token de acceso, que encontrarás en los ajustes de tu cuenta de ese sitio.</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4 of %5 at %6/s</source>
        <translation>Archivo %1 de %2: %3 — %4 de %5 a %6/s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 is downloaded.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 se ha descargado.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Type the model&apos;s name as ORG/NAME, e.g. stable-diffusion-v1-5/stable-diffusion-v1-5.</source>
        <translation>Escribe el nombre del modelo con la forma ORG/NAME, p.&#xa0;ej. stable-diffusion-v1-5/stable-diffusion-v1-5.</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>Esperando a que termine la tarea en curso…</translation>
    </message>
    <message>
        <source>Asking the Hub for the file list…</source>
        <translation>Pidiendo la lista de archivos al Hub…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>The Hub did not answer; trying again (%1 of %2)…</source>
        <translation>El Hub no respondió; reintentando (%1 de %2)…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — the connection failed, trying again (%4 of %5)…</source>
        <translation>Archivo %1 de %2: %3 — la conexión falló, reintentando (%4 de %5)…</translation>
    </message>
</context>
<context>
    <name>cds::ui::ModelPanel</name>
    <message>
        <source>&lt;b&gt;Base model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modelo base&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No model opened yet.</source>
        <translation>Todavía no hay ningún modelo abierto.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <source>Type a model folder or ORG/NAME first.</source>
        <translation>Primero escribe una carpeta de modelo u ORG/NAME.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot open this model:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;No se puede abrir este modelo:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ready to use.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — listo para usar.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;This model is incomplete:&lt;/span&gt; see the components marked with a warning.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Este modelo está incompleto:&lt;/span&gt; revisa los componentes marcados con una advertencia.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n file(s)</source>
        <translation>
            <numerusform>%1, %2, %n archivo</numerusform>
            <numerusform>%1, %2, %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>A Stable Diffusion folder in diffusers layout, a Hugging Face name such as ORG/NAME that is already downloaded, or a single Stable Diffusion 1.x / 2.x checkpoint file (.safetensors, .ckpt).</source>
        <translation>Una carpeta de Stable Diffusion con formato diffusers, un nombre de Hugging Face como ORG/NAME ya descargado o un único archivo de checkpoint de Stable Diffusion 1.x / 2.x (.safetensors, .ckpt).</translation>
    </message>
    <message>
        <source>Model folder, ORG/NAME or checkpoint file</source>
        <translation>Carpeta del modelo, ORG/NAME o archivo de checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint File…</source>
        <translation>Archivo de checkpoint…</translation>
    </message>
    <message>
        <source>Choose a checkpoint file</source>
        <translation>Elegir un archivo de checkpoint</translation>
    </message>
    <message>
        <source>Stable Diffusion checkpoints (*.safetensors *.ckpt)</source>
        <translation>Checkpoints de Stable Diffusion (*.safetensors *.ckpt)</translation>
    </message>
    <message>
        <source>single file</source>
        <translation>archivo único</translation>
    </message>
    <message>
        <source>%1, inferred from the checkpoint&apos;s tensors</source>
        <translation>%1, deducido de los tensores del checkpoint</translation>
    </message>
    <message>
        <source>v-prediction</source>
        <translation>predicción v</translation>
    </message>
    <message>
        <source>noise (epsilon)</source>
        <translation>ruido (epsilon)</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stored precision</source>
        <translation>precisión almacenada</translation>
    </message>
    <message>
        <source>EMA weights</source>
        <translation>pesos EMA</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>present, used</source>
        <translation>presentes, usados</translation>
    </message>
    <message>
        <source>present, not used (main weights used)</source>
        <translation>presentes, no usados (se usan los pesos principales)</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>none in the file</source>
        <translation>ninguno en el archivo</translation>
    </message>
    <message>
        <source>in the checkpoint</source>
        <translation>en el checkpoint</translation>
    </message>
    <message>
        <source>tokenizer and scheduler</source>
        <translation>tokenizador y scheduler</translation>
    </message>
    <message>
        <source>no matching base model cached</source>
        <translation>ningún modelo base correspondiente en la caché</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <source>UNet parameters</source>
        <translation>parámetros del UNet</translation>
    </message>
    <message>
        <source>VAE parameters</source>
        <translation>parámetros del VAE</translation>
    </message>
    <message>
        <source>text encoder parameters</source>
        <translation>parámetros del codificador de texto</translation>
    </message>
    <message>
        <source>Single-file settings</source>
        <translation>Ajustes del archivo único</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Epsilon (noise)</source>
        <translation>Épsilon (ruido)</translation>
    </message>
    <message>
        <source>V-prediction</source>
        <translation>Predicción v</translation>
    </message>
    <message>
        <source>What the model predicts. The weights do not tell; Automatic uses the file&apos;s metadata or the documented rule (Stable Diffusion 2 at 768 pixels: v-prediction).</source>
        <translation>Lo que predice el modelo. Los pesos no lo indican; «Automático» usa los metadatos del archivo o la regla documentada (Stable Diffusion 2 a 768 píxeles: predicción v).</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>Predicción:</translation>
    </message>
    <message>
        <source>Settings from:</source>
        <translation>Ajustes de:</translation>
    </message>
    <message>
        <source>Automatic: a cached base model, or its small files downloaded</source>
        <translation>Automático: un modelo base en caché, o sus archivos pequeños descargados</translation>
    </message>
    <message>
        <source>Choose a diffusers model folder (tokenizer, scheduler, configs)</source>
        <translation>Elegir una carpeta de modelo diffusers (tokenizer, scheduler, configuraciones)</translation>
    </message>
    <message>
        <source>A diffusers model folder whose tokenizer, scheduler and configs this checkpoint uses. Empty: a matching cached base model, or the small download of its files.</source>
        <translation>Una carpeta de modelo diffusers cuyo tokenizer, scheduler y configuraciones usa este checkpoint. Vacío: un modelo base correspondiente en caché, o la pequeña descarga de sus archivos.</translation>
    </message>
    <message>
        <source>VAE file:</source>
        <translation>Archivo VAE:</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s own VAE</source>
        <translation>El VAE propio del checkpoint</translation>
    </message>
    <message>
        <source>Choose a VAE file</source>
        <translation>Elegir un archivo VAE</translation>
    </message>
    <message>
        <source>VAE weights (*.safetensors *.ckpt *.pt *.bin)</source>
        <translation>Pesos VAE (*.safetensors *.ckpt *.pt *.bin)</translation>
    </message>
    <message>
        <source>Automatic: %1 (%2)</source>
        <translation>Automático: %1 (%2)</translation>
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
        <translation>Tokens modificadores (separados por espacios), p.&#xa0;ej. &lt;new1&gt; &lt;new2&gt;:</translation>
    </message>
    <message>
        <source>Open a model to see how its tokenizer reads your prompt.</source>
        <translation>Abre un modelo para ver cómo lee tu prompt su tokenizador.</translation>
    </message>
    <message>
        <source>This model has no usable tokenizer.</source>
        <translation>Este modelo no tiene un tokenizador utilizable.</translation>
    </message>
    <message>
        <source>Loading the tokenizer…</source>
        <translation>Cargando el tokenizador…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Cannot load the tokenizer:&lt;/span&gt; %1</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;No se puede cargar el tokenizador:&lt;/span&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 of %2 tokens&lt;/b&gt; — the last %3 are cut off and have no effect.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 de %2 tokens&lt;/b&gt; — los últimos %3 se cortan y no tienen efecto.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 tokens&lt;/b&gt; (start and end included).</source>
        <translation>&lt;b&gt;%1 de %2 tokens&lt;/b&gt; (inicio y fin incluidos).</translation>
    </message>
    <message>
        <source>Not usable as modifier tokens (already in the vocabulary or repeated): %1</source>
        <translation>No se pueden usar como tokens modificadores (ya están en el vocabulario o repetidos): %1</translation>
    </message>
</context>
<context>
    <name>cds::ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Forget the recently used projects (the files stay).</source>
        <translation>Olvida los proyectos usados recientemente (los archivos no se borran).</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationCard</name>
    <message>
        <source>None — train on my photos only</source>
        <translation>Ninguna — entrenar solo con mis fotos</translation>
    </message>
    <message>
        <source>Draw them with the base model</source>
        <translation>Dibujarlas con el modelo base</translation>
    </message>
    <message>
        <source>Fetch from a clip-retrieval service</source>
        <translation>Descargarlas de un servicio clip-retrieval</translation>
    </message>
    <message>
        <source>Fetch openly licensed pictures (Openverse)</source>
        <translation>Descargar imágenes con licencia abierta (Openverse)</translation>
    </message>
    <message>
        <source>Use a folder of my own</source>
        <translation>Usar una carpeta mía</translation>
    </message>
    <message>
        <source>Ordinary pictures of the class (other cats, other toys) shown alongside yours, so the model keeps knowing what a plain one looks like. Drawing them needs no internet but takes a while on a processor.</source>
        <translation>Imágenes genéricas de la clase (otros gatos, otros juguetes) que se muestran junto a las tuyas, para que el modelo no olvide cómo es uno corriente. Dibujarlas no requiere internet, pero en un procesador lleva un buen rato.</translation>
    </message>
    <message>
        <source>Ordinary pictures:</source>
        <translation>Imágenes genéricas:</translation>
    </message>
    <message>
        <source>How many ordinary pictures to use; 200 is what the paper used.</source>
        <translation>Cuántas imágenes genéricas usar; el artículo original usó 200.</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>The address of a clip-retrieval back-end (its knn-service). LAION&apos;s public one has been closed since 2024; use one you or your community run.</source>
        <translation>La dirección de un servidor de clip-retrieval (su knn-service). El servidor público de LAION está cerrado desde 2024; usa uno que gestiones tú o tu comunidad.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>A folder of pictures of the class; they are copied, never changed.</source>
        <translation>Una carpeta con imágenes de la clase; se copian, nunca se modifican.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Gather</source>
        <translation>Reunir</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>A folder of ordinary pictures of the class</source>
        <translation>Una carpeta de imágenes genéricas de la clase</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept %1: %2&lt;/b&gt; — ordinary pictures of “%3”</source>
        <translation>&lt;b&gt;Concepto %1: %2&lt;/b&gt; — imágenes genéricas de «%3»</translation>
    </message>
    <message>
        <source>Your photos alone: fastest, but the class word may drift towards your concept.</source>
        <translation>Solo tus fotos: es lo más rápido, pero la palabra de la clase puede acabar pareciéndose a tu concepto.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 of %2 pictures ready.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3a&apos;&gt;✔ %1 de %2 imágenes listas.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 pictures so far. Gather the rest now, or they are gathered when training starts.</source>
        <translation>Por ahora hay %1 de %2 imágenes. Reúne el resto ahora o se reunirán al empezar el entrenamiento.</translation>
    </message>
    <message>
        <source>%1 of %2 pictures</source>
        <translation>%1 de %2 imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Guardadas en &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cds::ui::RegularizationPage</name>
    <message>
        <source>&lt;b&gt;Ordinary pictures of the class&lt;/b&gt; (optional). Training on a few photos can make the class word itself drift: after teaching your cat, every “cat” may look like yours. Showing the model some ordinary cats alongside prevents that. They are kept in retrieve.py&apos;s folder layout, so other tools can use them too.</source>
        <translation>&lt;b&gt;Imágenes genéricas de la clase&lt;/b&gt; (opcional). Entrenar con pocas fotos puede desviar el significado de la propia palabra de la clase: después de enseñarle tu gato, cualquier «cat» podría parecerse al tuyo. Mostrarle al modelo también algunos gatos corrientes lo evita. Se guardan con la estructura de carpetas de retrieve.py, así que otras herramientas también pueden usarlas.</translation>
    </message>
    <message>
        <source>Gather All</source>
        <translation>Reunir todas</translation>
    </message>
    <message>
        <source>Gathers the missing pictures of every concept, one after another.</source>
        <translation>Reúne las imágenes que faltan de todos los conceptos, uno tras otro.</translation>
    </message>
    <message>
        <source>Choose a model or save the project first, so the pictures have a folder to go to.</source>
        <translation>Primero elige un modelo o guarda el proyecto, para que las imágenes tengan una carpeta donde ir.</translation>
    </message>
    <message>
        <source>Choose a model on the Model page first: it draws the pictures.</source>
        <translation>Primero elige un modelo en la página «Modelo»: es el que dibuja las imágenes.</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>Esperando a que termine la tarea en curso…</translation>
    </message>
    <message>
        <source>Cancelled before it began.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
</context>
<context>
    <name>cds::ui::ScreenshotTour</name>
    <message>
        <source>A job failed: %1</source>
        <translation>Una tarea ha fallado: %1</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>photo of a &lt;new1&gt; toy on a beach</source>
        <translation>photo of a &lt;new1&gt; toy on a beach</translation>
    </message>
    <message>
        <source>The Regularization page has no concept.</source>
        <translation>La página «Regularización» no tiene ningún concepto.</translation>
    </message>
    <message>
        <source>The Regularization page lacks its source, count or Gather button.</source>
        <translation>A la página «Regularización» le falta la fuente, la cantidad o el botón «Reunir».</translation>
    </message>
    <message>
        <source>Training did not start: %1</source>
        <translation>El entrenamiento no se inició: %1</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <translation>%1: %2&#xa0;s</translation>
    </message>
    <message>
        <source>Nothing to photograph in the step “%1”.</source>
        <translation>No hay nada que capturar en el paso «%1».</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Note: training had already finished when the Train page was photographed.</source>
        <translation>Nota: el entrenamiento ya había terminado cuando se capturó la página «Entrenamiento».</translation>
    </message>
    <message>
        <source>Screenshot tour, step “%1”: </source>
        <translation>Recorrido de capturas, paso «%1»: </translation>
    </message>
    <message>
        <source>Screenshot tour: </source>
        <translation>Recorrido de capturas: </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n screenshot(s) in %1.</source>
        <translation>
            <numerusform>Se guardó %n captura de pantalla en %1.</numerusform>
            <numerusform>Se guardaron %n capturas de pantalla en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not done within %1 s (CDS_SCREENSHOT_STEP_TIMEOUT sets the limit).</source>
        <translation>no terminó en %1 s (CDS_SCREENSHOT_STEP_TIMEOUT fija el límite).</translation>
    </message>
</context>
<context>
    <name>cds::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows. It changes when you press OK.</source>
        <translation>El idioma de las ventanas de la aplicación. Cambia al pulsar «Aceptar».</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Where training and image generation run. A graphics card is many times faster than the processor.</source>
        <translation>Dónde se ejecutan el entrenamiento y la generación de imágenes. Una tarjeta gráfica es muchas veces más rápida que el procesador.</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message numerus="yes">
        <source>How many processor threads the engine uses (this computer has %n cores). Fewer leave room for other programs; when other work keeps the processor busy, 1 can be much faster than all.</source>
        <translation>
            <numerusform>Cuántos hilos del procesador usa el motor (este ordenador tiene %n núcleo). Con menos hilos queda margen para otros programas; cuando otras tareas mantienen ocupado el procesador, 1 puede ser mucho más rápido que todos.</numerusform>
            <numerusform>Cuántos hilos del procesador usa el motor (este ordenador tiene %n núcleos). Con menos hilos queda margen para otros programas; cuando otras tareas mantienen ocupado el procesador, 1 puede ser mucho más rápido que todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>Carpeta de &amp;proyectos:</translation>
    </message>
    <message>
        <source>Where new projects are saved unless you choose another place.</source>
        <translation>Dónde se guardan los proyectos nuevos, salvo que elijas otro sitio.</translation>
    </message>
    <message>
        <source>Choose the Projects Folder</source>
        <translation>Elegir la carpeta de proyectos</translation>
    </message>
    <message>
        <source>Training &amp;output folder:</source>
        <translation>Carpeta de &amp;salida del entrenamiento:</translation>
    </message>
    <message>
        <source>Where a training run writes the trained concept, checkpoints and test images. Leave it empty to write next to the project.</source>
        <translation>Dónde guarda cada entrenamiento el concepto entrenado, los puntos de control y las imágenes de prueba. Déjalo vacío para guardarlo todo junto al proyecto.</translation>
    </message>
    <message>
        <source>Next to the project</source>
        <translation>Junto al proyecto</translation>
    </message>
    <message>
        <source>Choose the Training Output Folder</source>
        <translation>Elegir la carpeta de salida del entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Save projects automatically</source>
        <translation>&amp;Guardar los proyectos automáticamente</translation>
    </message>
    <message>
        <source>Save the open project whenever it changes, so nothing is lost when the app closes.</source>
        <translation>Guarda el proyecto abierto cada vez que cambia, para no perder nada al cerrar la aplicación.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>cds::ui::StepCompareDialog</name>
    <message>
        <source>Compare Two Steps</source>
        <translation>Comparar dos pasos</translation>
    </message>
    <message>
        <source>Which preview to show on this side.</source>
        <translation>Qué vista previa mostrar en este lado.</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>Usar los pesos de este paso</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>Genera con el concepto tal como estaba en este paso.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
</context>
<context>
    <name>cds::ui::TokenStrip</name>
    <message>
        <source>Prompt tokens</source>
        <translation>Tokens del prompt</translation>
    </message>
    <message>
        <source>✂ limit %1</source>
        <translation>✂ límite %1</translation>
    </message>
    <message>
        <source>The text encoder reads %1 tokens including start and end; everything after this mark is ignored.</source>
        <translation>El codificador de texto lee %1 tokens, inicio y fin incluidos; todo lo que va después de esta marca se ignora.</translation>
    </message>
    <message>
        <source>special token %1</source>
        <translation>token especial %1</translation>
    </message>
    <message>
        <source>token %1%2</source>
        <translation>token %1%2</translation>
    </message>
    <message>
        <source>, ends a word</source>
        <translation>, termina una palabra</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainPage</name>
    <message>
        <source>GPU memory %1 of %2 GiB</source>
        <translation>Memoria de GPU %1 de %2 GiB</translation>
    </message>
    <message>
        <source>Graphics card memory held by training, of the card&apos;s total.</source>
        <translation>Memoria de la tarjeta gráfica que ocupa el entrenamiento, del total de la tarjeta.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start teaching the model your concept.</source>
        <translation>Empieza a enseñarle tu concepto al modelo.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause after the current step. The model stays loaded, so you can try a test image.</source>
        <translation>Hace una pausa tras el paso actual. El modelo sigue cargado, así que puedes generar una imagen de prueba.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop and save what was learned so far; you can continue later.</source>
        <translation>Detiene y guarda lo aprendido hasta ahora; podrás continuar más tarde.</translation>
    </message>
    <message>
        <source>Test Image</source>
        <translation>Imagen de prueba</translation>
    </message>
    <message>
        <source>While paused: draw one preview with the weights as they are now.</source>
        <translation>Durante la pausa: dibuja una vista previa con los pesos tal como están ahora.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Sin iniciar.</translation>
    </message>
    <message>
        <source>Previews (same seed each time; click to enlarge):</source>
        <translation>Vistas previas (la misma semilla cada vez; haz clic para ampliar):</translation>
    </message>
    <message>
        <source>Paused. The model stays loaded: try a test image, then resume.</source>
        <translation>En pausa. El modelo sigue cargado: genera una imagen de prueba y luego reanuda.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Nothing to train.</source>
        <translation>No hay nada que entrenar.</translation>
    </message>
    <message>
        <source>Before training can start:</source>
        <translation>Antes de poder empezar el entrenamiento:</translation>
    </message>
    <message>
        <source>Step 0 of %1</source>
        <translation>Paso 0 de %1</translation>
    </message>
    <message>
        <source>Waiting for the running job to finish…</source>
        <translation>Esperando a que termine la tarea en curso…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Starting: %1 photos, %2 steps, into %3</source>
        <translation>Iniciando: %1 fotos, %2 pasos, en %3</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>Pausando tras este paso…</translation>
    </message>
    <message>
        <source>Stopping and saving a checkpoint…</source>
        <translation>Deteniendo y guardando un punto de control…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
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
        <translation>Transcurrido: %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Restante: %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Stopped. What was learned so far is saved; tick “Continue from the last checkpoint” to go on.</source>
        <translation>Detenido. Lo aprendido hasta ahora está guardado; marca «Continuar desde el último punto de control» para seguir.</translation>
    </message>
    <message>
        <source>Done! Your concept is in %1. Try it on the Generate page.</source>
        <translation>¡Listo! Tu concepto está en %1. Pruébalo en la página «Generación».</translation>
    </message>
    <message>
        <source>Use the Weights of This Step</source>
        <translation>Usar los pesos de este paso</translation>
    </message>
    <message>
        <source>Generate with the concept as it was at this step.</source>
        <translation>Genera con el concepto tal como estaba en este paso.</translation>
    </message>
    <message>
        <source>Compare Two Steps…</source>
        <translation>Comparar dos pasos…</translation>
    </message>
    <message>
        <source>Shows two previews side by side, to see what the extra steps changed.</source>
        <translation>Muestra dos vistas previas una al lado de la otra, para ver qué han cambiado los pasos de más.</translation>
    </message>
    <message>
        <source>With ordinary pictures of the class (weight %1).</source>
        <translation>Con imágenes genéricas de la clase (peso %1).</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the trained concept as a LoRA or embeddings for AUTOMATIC1111, Forge, ComfyUI or stable-diffusion.cpp.</source>
        <translation>Guardar el concepto entrenado como LoRA o embeddings para AUTOMATIC1111, Forge, ComfyUI o stable-diffusion.cpp.</translation>
    </message>
    <message>
        <source>Train a concept first: the output folder holds none yet.</source>
        <translation>Entrena primero un concepto: la carpeta de salida todavía no contiene ninguno.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>cds::ui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>How long to train. More steps learn the concept more closely but can start copying your photos exactly; 250 suits most objects and pets.</source>
        <translation>Cuánto entrenar. Con más pasos el concepto se aprende con más detalle, pero el modelo puede empezar a copiar tus fotos tal cual; 250 va bien para la mayoría de objetos y mascotas.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>How big each learning step is. Higher learns faster but can spoil the image; lower is gentler (faces: 5e-6).</source>
        <translation>El tamaño de cada paso de aprendizaje. Más alto aprende más rápido, pero puede estropear la imagen; más bajo es más suave (rostros: 5e-6).</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>How many photos the model looks at per step. Larger needs more memory.</source>
        <translation>Cuántas fotos mira el modelo en cada paso. Cuantas más, más memoria se necesita.</translation>
    </message>
    <message>
        <source>Photos per step:</source>
        <translation>Fotos por paso:</translation>
    </message>
    <message>
        <source>The size, in pixels, your photos are trained at. Use the size the model was made for (512 for SD 1.x); smaller is faster.</source>
        <translation>El tamaño, en píxeles, con el que se entrenan tus fotos. Usa el tamaño para el que se hizo el modelo (512 para SD 1.x); más pequeño es más rápido.</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Tamaño de imagen:</translation>
    </message>
    <message>
        <source>Class weight:</source>
        <translation>Peso de la clase:</translation>
    </message>
    <message>
        <source>Which part of the model learns. Keys and values are enough for most things; faces and fine detail learn better with all of cross-attention.</source>
        <translation>Qué parte del modelo aprende. Las claves y los valores bastan para casi todo; los rostros y los detalles finos se aprenden mejor con toda la atención cruzada.</translation>
    </message>
    <message>
        <source>Cross-attention keys and values (recommended)</source>
        <translation>Claves y valores de la atención cruzada (recomendado)</translation>
    </message>
    <message>
        <source>All cross-attention (faces, detail)</source>
        <translation>Toda la atención cruzada (rostros, detalles)</translation>
    </message>
    <message>
        <source>What learns:</source>
        <translation>Qué aprende:</translation>
    </message>
    <message>
        <source>Lower precision uses less memory and is faster on a graphics card, with a tiny loss of accuracy. fp16 needs a graphics card.</source>
        <translation>Una precisión menor usa menos memoria y va más rápido en una tarjeta gráfica, con una pérdida de exactitud mínima. fp16 necesita una tarjeta gráfica.</translation>
    </message>
    <message>
        <source>Full (fp32)</source>
        <translation>Precisión completa (fp32)</translation>
    </message>
    <message>
        <source>Half (bf16)</source>
        <translation>Media precisión (bf16)</translation>
    </message>
    <message>
        <source>Half (fp16, GPU)</source>
        <translation>Media precisión (fp16, GPU)</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precisión:</translation>
    </message>
    <message>
        <source>Where training runs. A graphics card is many times faster than the processor.</source>
        <translation>Dónde se ejecuta el entrenamiento. Una tarjeta gráfica es muchas veces más rápida que el procesador.</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Ejecutar en:</translation>
    </message>
    <message>
        <source>The folder that receives the trained concept, checkpoints and preview images.</source>
        <translation>La carpeta que recibe el concepto entrenado, los puntos de control y las imágenes de vista previa.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Where to save the trained concept</source>
        <translation>Dónde guardar el concepto entrenado</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Settings most people never need to change.</source>
        <translation>Ajustes que casi nadie necesita cambiar.</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run. Constant keeps it the same from start to end.</source>
        <translation>Cómo cambia la tasa de aprendizaje a lo largo del entrenamiento. «constant» la mantiene igual de principio a fin.</translation>
    </message>
    <message>
        <source>Learning-rate schedule:</source>
        <translation>Evolución de la tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>Steps at the start during which the learning rate rises gently from zero (with a warm-up schedule).</source>
        <translation>Pasos iniciales durante los que la tasa de aprendizaje sube poco a poco desde cero (con una evolución de tipo «warmup»).</translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation>Pasos de calentamiento:</translation>
    </message>
    <message>
        <source>Adds up several small batches before each learning step: like more photos per step, without the memory.</source>
        <translation>Acumula varios lotes pequeños antes de cada paso de aprendizaje: como usar más fotos por paso, pero sin gastar más memoria.</translation>
    </message>
    <message>
        <source>Batches per step:</source>
        <translation>Lotes por paso:</translation>
    </message>
    <message>
        <source>How often to save a copy you can continue from after a crash or a restart.</source>
        <translation>Cada cuánto guardar una copia desde la que continuar tras un fallo o un reinicio.</translation>
    </message>
    <message>
        <source>Save a checkpoint every:</source>
        <translation>Punto de control cada (pasos):</translation>
    </message>
    <message>
        <source>How often to draw preview images, so you can watch the concept appear. Each preview takes a little time.</source>
        <translation>Cada cuánto dibujar imágenes de vista previa, para ver cómo aparece el concepto. Cada vista previa lleva un poco de tiempo.</translation>
    </message>
    <message>
        <source>Preview every (steps):</source>
        <translation>Vista previa cada (pasos):</translation>
    </message>
    <message>
        <source>How many preview images to draw each time (0: none).</source>
        <translation>Cuántas imágenes de vista previa dibujar cada vez (0: ninguna).</translation>
    </message>
    <message>
        <source>Preview images:</source>
        <translation>Imágenes de vista previa:</translation>
    </message>
    <message>
        <source>What the previews show; empty uses the caption of your photos.</source>
        <translation>Lo que muestran las vistas previas; si está vacío, se usa la descripción de tus fotos.</translation>
    </message>
    <message>
        <source>Preview prompt:</source>
        <translation>Prompt de vista previa:</translation>
    </message>
    <message>
        <source>The dice of the run. The same seed gives the same run and the same preview noise every time, so previews compare.</source>
        <translation>La tirada de dados del entrenamiento. La misma semilla da siempre el mismo entrenamiento y el mismo ruido en las vistas previas, para que se puedan comparar.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Mirror photos at random</source>
        <translation>Reflejar fotos al azar</translation>
    </message>
    <message>
        <source>Shows each photo mirrored half of the time. Good for symmetric things, wrong for text or one-sided details.</source>
        <translation>Muestra cada foto reflejada la mitad de las veces. Bien para cosas simétricas; mal para texto o detalles que solo están en un lado.</translation>
    </message>
    <message>
        <source>No zoom augmentation</source>
        <translation>Sin zoom aleatorio</translation>
    </message>
    <message>
        <source>Normally photos are shown zoomed in and out at random so the concept works at any size. Turn off for faces.</source>
        <translation>Normalmente las fotos se muestran ampliadas y reducidas al azar para que el concepto funcione a cualquier tamaño. Desactívalo para rostros.</translation>
    </message>
    <message>
        <source>Crop ordinary examples to the centre</source>
        <translation>Recortar los ejemplos genéricos por el centro</translation>
    </message>
    <message>
        <source>Crops the class pictures to a square from their centre instead of squeezing them.</source>
        <translation>Recorta las imágenes de la clase en un cuadrado desde su centro, en lugar de comprimirlas.</translation>
    </message>
    <message>
        <source>Continue from the last checkpoint</source>
        <translation>Continuar desde el último punto de control</translation>
    </message>
    <message>
        <source>Picks up a stopped run where it left off instead of starting again.</source>
        <translation>Retoma un entrenamiento detenido donde se quedó, en lugar de empezar de nuevo.</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class (chosen on the Regularization page) count compared with yours.</source>
        <translation>Cuánto cuentan las imágenes genéricas de la clase (elegidas en la página «Regularización») en comparación con las tuyas.</translation>
    </message>
    <message>
        <source>Save memory</source>
        <translation>Ahorrar memoria</translation>
    </message>
    <message>
        <source>Recomputes parts of the model instead of keeping them, so training fits on smaller graphics cards. Each step takes about a third longer.</source>
        <translation>Vuelve a calcular partes del modelo en lugar de guardarlas, para que el entrenamiento quepa en tarjetas gráficas más pequeñas. Cada paso tarda aproximadamente un tercio más.</translation>
    </message>
    <message>
        <source>How much the ordinary pictures of the class count compared with yours.</source>
        <translation>Cuánto cuentan las imágenes genéricas de la clase en comparación con las tuyas.</translation>
    </message>
    <message>
        <source>Choose ordinary pictures of the class on the Regularization page to use this.</source>
        <translation>Para usar esto, elige imágenes genéricas de la clase en la página «Regularización».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train and use Custom Diffusion concepts.</source>
        <translation>Entrena y usa conceptos de Custom Diffusion.</translation>
    </message>
    <message>
        <source>Model folder or ORG/NAME to open.</source>
        <translation>Carpeta del modelo u ORG/NAME que abrir.</translation>
    </message>
    <message>
        <source>Make and open the tiny demo model (its pictures are noise).</source>
        <translation>Crea y abre el diminuto modelo de demostración (sus imágenes son solo ruido).</translation>
    </message>
    <message>
        <source>Show this page first (1-5).</source>
        <translation>Muestra primero esta página (1-5).</translation>
    </message>
    <message>
        <source>Run the demo through every page, save screenshots in this folder, and quit.</source>
        <translation>Recorre todas las páginas con la demostración, guarda capturas de pantalla en esta carpeta y sale.</translation>
    </message>
</context>
</TS>
