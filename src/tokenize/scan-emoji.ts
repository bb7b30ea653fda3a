import { CharClass, charClass, codePointAt, width } from './char-class.js';

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

function isPictograph(cls: CharClass): boolean {
  return cls === CharClass.Emoji || cls === CharClass.TextPictograph;
}

/**
 * End of the emoji at `start`, or -1: a pictograph drawn as emoji (or a text-style one made
 * emoji by U+FE0F), with its variation selectors, skin tones and tag characters, joined to
 * further pictographs by U+200D (👩‍💻, 🏳️‍🌈); a pair of regional indicators (🇫🇷); a keycap (1️⃣).
 */
export function scanEmoji(text: string, start: number): number {
  const base = codePointAt(text, start);
  const baseClass = charClass(base);
  let k = start + width(base);
  if (isKeycapBase(base)) {
    let m = k;
    if (text.charCodeAt(m) === VS16) m++;
    return text.charCodeAt(m) === KEYCAP ? m + 1 : -1;
  }
  if (baseClass === CharClass.TextPictograph) {
    if (text.charCodeAt(k) !== VS16) return -1;
  } else if (baseClass !== CharClass.Emoji) {
    return -1;
  }
  if (isRegionalIndicator(base)) {
    const second = codePointAt(text, k);
    return isRegionalIndicator(second) ? k + width(second) : k;
  }
  while (k < text.length) {
    const cp = codePointAt(text, k);
    if (charClass(cp) !== CharClass.EmojiGlue) break;
    if (cp === ZWJ) {
      const joined = codePointAt(text, k + 1);
      if (k + 1 >= text.length || !isPictograph(charClass(joined))) break;
      k += 1 + width(joined);
      continue;
    }
    k += width(cp);
  }
  return k;
}

function isKeycapBase(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a;
}
