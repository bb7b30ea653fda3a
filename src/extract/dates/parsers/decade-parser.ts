import type { DateContext } from '../context.js';
import { absolute } from '../resolve.js';
import { continuesRight, follows, isWord, isWordBefore } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

function readDecade(context: DateContext, i: number): Reading | null {
  const { tokens } = context;
  if (!isWord(tokens, i, 'annees', 'decennie')) return null;
  const number = follows(tokens, i + 1);
  if (!number || number.kind !== 'number' || continuesRight(tokens, i + 1)) return null;
  const digits = number.text;
  let value: string;
  if (digits.length === 4 && digits.endsWith('0') && digits >= '1000' && digits <= '2100') value = digits.slice(0, 3);
  else if (digits.length === 2 && digits.endsWith('0') && tokens.get(i)!.text === 'annees') value = `19${digits[0]}`;
  else return null;
  const first = isWordBefore(tokens, i - 1, 'les', 'la') ? i - 1 : i;
  return { first, last: i + 1, resolution: absolute(value, 'decade') };
}

/**
 * Decades: « les années 2010 » -> "201", « les années 90 » -> "199", « la décennie 2020 » -> "202".
 * Two digits name a decade of the 1900s (« les années 20 » are the 1920s), « les années 2000 » the 2000s.
 */
export const decadeParser = triggeredParser('decade', Trigger.Decade, readDecade);
