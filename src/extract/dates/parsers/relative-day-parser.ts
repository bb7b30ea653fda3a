import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext } from '../context.js';
import { resolveFromDay, unresolved } from '../resolve.js';
import { glued, isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';
import { Trigger } from '../triggers.js';

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.RelativeDay;

/**
 * Days named from the document date: « aujourd'hui », « hier », « avant-hier », « demain »,
 * « après-demain », « ce jour ». Days named from the narrated events (« le lendemain », « la veille »,
 * « le jour suivant », « le surlendemain ») are dates too, but the document date does not fix them:
 * their value is null. « le monde de demain », « la France d'hier » are figures of speech, left out.
 */
export const relativeDayParser: Parser<DateContext, DateMention> = {
  name: 'relative-day',
  *parse(context) {
    const { tokens, reference } = context;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
      const word = tokens.get(i)!.text;
      let offset: number | null = null;
      let first = i;
      let last = i;
      if (word === 'aujourd' && isMark(tokens, i + 1, "'") && glued(tokens, i + 2)?.text === 'hui') {
        offset = 0;
        last = i + 2;
      } else if (word === 'hier' || word === 'demain') {
        if (isWord(tokens, i - 1, 'de') || (isMark(tokens, i - 1, "'") && isWord(tokens, i - 2, 'd'))) continue;
        offset = word === 'hier' ? -1 : 1;
        // « avant-hier », « avant hier », « après-demain », « apres demain »
        let j = i - 1;
        if (isMark(tokens, j, '-') && tokens.get(i)!.gap === 'none') j--;
        if (word === 'hier' && isWord(tokens, j, 'avant') && j < i) {
          offset = -2;
          first = j;
        } else if (word === 'demain' && isWord(tokens, j, 'apres') && j < i) {
          offset = 2;
          first = j;
        }
      } else if (word === 'ce' && isWord(tokens, i + 1, 'jour') && !isMark(tokens, i + 2, '-')) {
        offset = 0;
        last = i + 1;
      } else if (word === 'lendemain' || word === 'surlendemain' || word === 'veille') {
        first = isWord(tokens, i - 1, 'le', 'la') ? i - 1 : i;
      } else if (word === 'jour' && isWord(tokens, i + 1, 'suivant', 'precedent')) {
        first = isWord(tokens, i - 1, 'le') ? i - 1 : i;
        last = i + 1;
      } else continue;
      const resolution = offset === null ? unresolved('day') : resolveFromDay((today) => today + (offset as number), offset, reference);
      yield mentionOf(context, first, last, resolution);
      resume = last + 1;
    }
  },
};
