#!/usr/bin/env python3
"""Makes tests/data/mojibake/cases.json: mojibake and clean texts with what ftfy 6.3.1 makes of
them, read by tests/core/test_text_cleaner.cpp to check core/text's fix_encoding and fix_text
against ftfy itself.

The texts are generated here: sentences in many scripts encoded as UTF-8 and decoded in the
wrong code page (latin-1, windows-1250..1257, iso-8859-2, macroman, cp437), also with byte A0
turned into a space, with lost bytes shown as '?' or U+FFFD, twice over, inside correct text
and across lines; texts that must stay as they are (accented words, a lone "Ã", kaomoji); and
seeded random strings of the characters the badness heuristic looks at.

ftfy is only a development reference: it is not needed to build or run the tests.
Usage (from the repository root):
    python3 -m venv /tmp/ftfyenv && /tmp/ftfyenv/bin/pip install ftfy==6.3.1
    /tmp/ftfyenv/bin/python scripts/make_mojibake_fixtures.py
"""

import json
import os
import random

import ftfy
from ftfy import badness

assert ftfy.__version__ == "6.3.1", ftfy.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "mojibake",
                   "cases.json")

SENTENCES = [
    "café crème",
    "voilà le travail",
    "Ça va? Très bien, merci à vous.",
    "Größe: 3 Äpfel, Übermaß und Öl",
    "El niño comió jalapeños en la mañana",
    "São Paulo, coração, ações à vista",
    "Zażółć gęślą jaźń",
    "Příliš žluťoučký kůň úpěl ďábelské ódy",
    "Árvíztűrő tükörfúrógép",
    "Ğüşiöç İstanbul'da",
    "Ελληνικά: καλημέρα κόσμε",
    "Съешь же ещё этих мягких французских булок",
    "Україна, їжак, ґанок",
    "Lietuvių kalba: ąčęėįšųūž",
    "Latviešu valoda: āčēģīķļņšūž",
    "العربية لغة جميلة",
    "עברית היא שפה",
    "हिन्दी भाषा",
    "ภาษาไทย",
    "中文字符测试",
    "日本語のテキスト、カタカナ",
    "한국어 텍스트",
    "emoji 🎉 party 😀 and 👍🏽",
    "“curly quotes” and ‘single’ – en dash — em dash…",
    "price: 5 € or 4 £, 100 ¥, © ® ™",
    "math: ± × ÷ ≤ ≥ ≠ ∞ √ ∑ π µ",
    "résumé naïve façade coöperate",
    "It’s a “test” • bullet",
    "¿Qué? ¡Olé!",
    "Tschüß, schönes Wochenende",
    "dänisch: æøå ÆØÅ",
    "no\u00a0break\u00a0space here",
    "ellipsis… and · middle dot",
    "Ñandú",
    "ÀÉÎÕÜ àéîõü",
    "Ω ≈ ç √ ∫ ˜ µ ≤ ≥ ÷",
]

WRONG_DECODINGS = [
    "latin-1",
    "windows-1252",
    "windows-1250",
    "windows-1251",
    "windows-1253",
    "windows-1254",
    "windows-1257",
    "iso-8859-2",
    "macroman",
    "cp437",
]

CLEAN = [
    "",
    "plain ASCII text",
    "Ã",
    "Ã ",
    "à la carte",
    "¯\\_(ツ)_/¯",
    "(╯°□°）╯︵ ┻━┻",
    "ʕ•ᴥ•ʔ",
    "Ｌｏｏｋ ＨＥＲＥ",
    "naïve résumé",
    "Ðe",
    "Mötley Crüe",
    "10 € only",
    "AÃÂ",
    "2×3²",
    "œuvre",
    "Œ!",
    "Ĳssel",
    "\u0085 next line",
    "&amp; &eacute;",
    "<b>cafÃ©</b>",
    "P&EACUTE;REZ",
    "\x1a substitute",
    "\ufffd replacement",
    "Â Â",
    "Ã€ bientôt",
]

# Characters the heuristic and the UTF-8 detector look at, for random strings.
POOL = (
    "abcxyzABCXYZ   .,?!'\n"
    "\u00a0\u00ad·´–—―…’\x80\x81\x85\x8d\x9d\x9f¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº¶§¢£¥₧€"
    "¡«¿©΄΅‘‚“„•‹\uf8ff®»˝”›™²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№ÒÖÙÜòöøüŐŌŪŲ°"
    "ÀÁÂÃÄÅÆÇÈÉÑØÝĂĀĄĆČĐĘĞİŁŃŒŘŚŞŠŢŤŮŰŸŹŻŽҐßàáâãäåæçèéñăąāćčđęğįłœśşšťüźżžґﬁﬂ"
    "ÞΑΒΓΞΟΩΆΈΪαβγδπσωάΰЁВГДРСЯабвруџЂ│┌═╬▀▓ЃЄЅ"
)


def mis_decode(text, encoding, errors="strict"):
    return text.encode("utf-8").decode(encoding, errors=errors)


def texts():
    rng = random.Random(20240613)
    out = []
    out += ["cafÃ© crÃ¨me", "voilÃ le travail", "sÃ³", "âœ” No problems",
            "&macr;\\_(ã\x83\x84)_/&macr;", "The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.",
            "â€œ like this â€\ufffd", "l’humanitÃ©", "Ã\xa0 la", "Ãºnico", "Ã  ", "Ã s ",
            "Ã quele", "cafÃ© Ã© Ã s", "Ã\n", "Ã€ \n"]
    for sentence in SENTENCES:
        for encoding in WRONG_DECODINGS:
            try:
                broken = mis_decode(sentence, encoding)
            except UnicodeDecodeError:
                broken = None
            if broken is not None:
                out.append(broken)
                # A process that took byte A0 for a space.
                if "\xa0" in broken:
                    out.append(broken.replace("\xa0", " "))
            # Lossy decodings: undefined bytes shown as U+FFFD or '?'.
            lossy = mis_decode(sentence, encoding, errors="replace")
            if lossy != broken:
                out.append(lossy)
                out.append(lossy.replace("\ufffd", "?"))
        # Double encoding through windows-1252 and latin-1.
        try:
            twice = mis_decode(mis_decode(sentence, "windows-1252"), "windows-1252")
            out.append(twice)
        except UnicodeDecodeError:
            pass
        out.append(mis_decode(mis_decode(sentence, "latin-1"), "latin-1"))
        # Mojibake inside correct text, and across lines.
        out.append("correct " + sentence + " then " + mis_decode(sentence, "latin-1"))
        out.append(sentence + " — " + mis_decode("café", "windows-1252", "replace"))
        out.append(mis_decode(sentence, "latin-1") + "\n" + sentence + "\r\n" +
                   mis_decode(sentence, "windows-1251", "replace"))
    out += CLEAN
    out += SENTENCES
    # Random strings from the heuristic's characters.
    for _ in range(150):
        length = rng.randint(1, 12)
        out.append("".join(rng.choice(POOL) for _ in range(length)))
    # Random bytes, mostly UTF-8 lead/continuation bytes, read in a random code page.
    for _ in range(80):
        data = bytes(rng.choice([rng.randint(0x80, 0xBF), rng.randint(0xC2, 0xF4),
                                 rng.randint(0x20, 0x7E), 0xA0, 0xED, 0xC0])
                     for _ in range(rng.randint(1, 10)))
        encoding = rng.choice(WRONG_DECODINGS)
        out.append(data.decode(encoding, errors="replace"))
    # CESU-8 and Java-null UTF-8 read as latin-1, as the utf-8-variants codec handles them.
    out += [b"\xed\xa0\xbd\xed\xb8\x8d caf\xc3\xa9".decode("latin-1"),
            b"\xc0\x80 null caf\xc3\xa9".decode("latin-1"),
            b"caf\xc3\xa9 \xed\xa0\xbd".decode("latin-1"),
            b"caf\xc3\xa9 \xc0".decode("latin-1"),
            b"caf\xc3\xa9 \xc0\n".decode("latin-1"),
            b"caf\xc3\xa9 \xed\xa0\xbd\xed\xb8\n".decode("latin-1")]
    seen = set()
    unique = []
    for text in out:
        if text not in seen:
            seen.add(text)
            unique.append(text)
    return unique


def main():
    cases = []
    for text in texts():
        explained = ftfy.fix_encoding_and_explain(text)
        cases.append({
            "text": text,
            "fix_text": ftfy.fix_text(text),
            "fix_encoding": explained.text,
            "explanation": [list(step) for step in explained.explanation],
            "badness": badness.badness(text),
        })
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write('{"ftfy_version": "6.3.1",\n "cases": [\n')
        f.write(",\n".join("  " + json.dumps(case, ensure_ascii=False) for case in cases))
        f.write("\n]}\n")
    changed = sum(1 for c in cases if c["fix_text"] != c["text"])
    print("wrote %d cases (%d changed by fix_text) to %s" % (len(cases), changed, OUT))


if __name__ == "__main__":
    main()
