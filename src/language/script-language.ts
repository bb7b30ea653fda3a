import type { LanguageGuess } from './types.js';

/**
 * Scripts that name their language on their own (ISO 639-3), by UTF-16 range. Cyrillic, Arabic
 * and Devanagari are left out: each is written by several languages the model does not know.
 */
const SCRIPT_LANGUAGES: readonly { from: number; to: number; lang: string }[] = [
  { from: 0x0370, to: 0x03ff, lang: 'ell' },
  { from: 0x0530, to: 0x058f, lang: 'hye' },
  { from: 0x0590, to: 0x05ff, lang: 'heb' },
  { from: 0x0e00, to: 0x0e7f, lang: 'tha' },
  { from: 0x10a0, to: 0x10ff, lang: 'kat' },
  { from: 0x1100, to: 0x11ff, lang: 'kor' },
  { from: 0x3040, to: 0x30ff, lang: 'jpn' },
  { from: 0x4e00, to: 0x9fff, lang: 'zho' },
  { from: 0xac00, to: 0xd7af, lang: 'kor' },
];

/**
 * The language of a text written mostly in a non-Latin script: the one its script names (kana
 * among Han characters is Japanese), or `und` when the script is shared by several languages.
 */
export function scriptLanguage(text: string): LanguageGuess {
  const counts = new Map<string, number>();
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x370) continue;
    letters++;
    for (const { from, to, lang } of SCRIPT_LANGUAGES) {
      if (code >= from && code <= to) {
        counts.set(lang, (counts.get(lang) ?? 0) + 1);
        break;
      }
    }
  }
  if ((counts.get('jpn') ?? 0) > 0 && counts.has('zho')) counts.set('jpn', (counts.get('jpn') ?? 0) + (counts.get('zho') ?? 0));
  let best = 'und';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  // The script must cover most of the non-Latin letters for its name to stand.
  if (best === 'und' || bestCount * 2 <= letters) return { lang: 'und', confidence: 0 };
  return { lang: best, confidence: Math.min(1, bestCount / letters) };
}
