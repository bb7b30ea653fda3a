const COMBINING_MARKS = /\p{M}/gu;

/** A lower-case word without its diacritics (éleveur -> eleveur, çà -> ca); ASCII is returned as is. */
export function foldDiacritics(word: string): string {
  for (let index = 0; index < word.length; index++) {
    if (word.charCodeAt(index) >= 0x80) return word.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  }
  return word;
}

/** Whether a word is plain ASCII, so it may have lost diacritics. */
export function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) >= 0x80) return false;
  return true;
}
