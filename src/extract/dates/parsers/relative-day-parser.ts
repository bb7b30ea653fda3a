import type { DateContext } from '../context.js';
import { resolveFromDay, unresolved } from '../resolve.js';
import { glued, isMark, isMarkBefore, isWord, isWordBefore } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

function readRelativeDay(context: DateContext, i: number): Reading | null {
  const { tokens, reference } = context;
  const word = tokens.get(i)!.text;
  let offset: number | null = null;
  let first = i;
  let last = i;
  if (word === 'aujourd' && isMark(tokens, i + 1, "'") && glued(tokens, i + 2)?.text === 'hui') {
    offset = 0;
    last = i + 2;
  } else if (word === 'hier' || word === 'demain') {
    if (isWordBefore(tokens, i - 1, 'de') || (isMarkBefore(tokens, i - 1, "'") && isWordBefore(tokens, i - 2, 'd'))) return null;
    offset = word === 'hier' ? -1 : 1;
    // « avant-hier », « avant hier », « après-demain », « apres demain »
    let j = i - 1;
    if (isMark(tokens, j, '-') && tokens.get(i)!.gap === 'none') j--;
    if (word === 'hier' && isWordBefore(tokens, j, 'avant') && j < i) {
      offset = -2;
      first = j;
    } else if (word === 'demain' && isWordBefore(tokens, j, 'apres') && j < i) {
      offset = 2;
      first = j;
    }
  } else if (word === 'jour' && tokens.hasText(i - 1, 'ce') && isWord(tokens, i, 'jour') && !isMark(tokens, i + 1, '-')) {
    // « ce jour », read at « jour », a rarer word than « ce »; not « ce jour-là »
    offset = 0;
    first = i - 1;
  } else if (word === 'lendemain' || word === 'surlendemain' || word === 'veille') {
    first = isWordBefore(tokens, i - 1, 'le', 'la') ? i - 1 : i;
  } else if (word === 'jour' && isWord(tokens, i + 1, 'suivant', 'precedent')) {
    first = isWordBefore(tokens, i - 1, 'le') ? i - 1 : i;
    last = i + 1;
  } else return null;
  const resolution = offset === null ? unresolved('day') : resolveFromDay((today) => today + (offset as number), offset, reference);
  return { first, last, resolution };
}

/**
 * Days named from the document date: « aujourd'hui », « hier », « avant-hier », « demain »,
 * « après-demain », « ce jour ». Days named from the narrated events (« le lendemain », « la veille »,
 * « le jour suivant », « le surlendemain ») are dates too, but the document date does not fix them:
 * their value is null. « le monde de demain », « la France d'hier » are figures of speech, left out.
 */
export const relativeDayParser = triggeredParser('relative-day', Trigger.RelativeDay, readRelativeDay);
