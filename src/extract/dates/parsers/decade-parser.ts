import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext } from '../context.js';
import { absolute } from '../resolve.js';
import { continuesRight, follows, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';
import { Trigger } from '../triggers.js';

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.Decade;

/**
 * Decades: « les années 2010 » -> "201", « les années 90 » -> "199", « la décennie 2020 » -> "202".
 * Two digits name a decade of the 1900s (« les années 20 » are the 1920s), « les années 2000 » the 2000s.
 */
export const decadeParser: Parser<DateContext, DateMention> = {
  name: 'decade',
  *parse(context) {
    const { tokens } = context;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
      if (!isWord(tokens, i, 'annees', 'decennie')) continue;
      const number = follows(tokens, i + 1);
      if (!number || number.kind !== 'number' || continuesRight(tokens, i + 1)) continue;
      const digits = number.text;
      let value: string;
      if (digits.length === 4 && digits.endsWith('0') && digits >= '1000' && digits <= '2100') value = digits.slice(0, 3);
      else if (digits.length === 2 && digits.endsWith('0') && tokens.get(i)!.text === 'annees') value = `19${digits[0]}`;
      else continue;
      const first = isWord(tokens, i - 1, 'les', 'la') ? i - 1 : i;
      yield mentionOf(context, first, i + 1, absolute(value, 'decade'));
      resume = i + 2;
    }
  },
};
