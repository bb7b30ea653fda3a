import { classAt, isApostrophe, isHyphen, isWordChar } from './char-class.js';
import { elisionExceptions, foldWord } from './lexicon.js';

/** The longest exception is short; looking further would only cost time. */
const MAX_EXCEPTION_LENGTH = 24;

/**
 * End of a listed word that starts with an elision but stays whole (« quelqu'un »,
 * « l'on », « c'est-à-dire »), written at `start`, or -1. The word must end there:
 * « l'onde » is « l' » + « onde ».
 */
export function elisionExceptionEnd(text: string, start: number): number {
  let k = start;
  const limit = Math.min(text.length, start + MAX_EXCEPTION_LENGTH);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (isWordChar(classAt(text, k)) || isApostrophe(c) || isHyphen(c)) k++;
    else break;
  }
  const folded = foldWord(text.slice(start, k));
  let best = -1;
  for (const exception of elisionExceptions()) {
    if (exception.length > best - start && folded.startsWith(exception)) {
      const end = start + exception.length;
      if (!isWordChar(classAt(text, end))) best = end;
    }
  }
  return best;
}
