import type { Parser } from '../pipeline.js';
import { mentionOf, type DateContext, type Resolution } from './context.js';
import type { DateMention } from './types.js';

/** What a parser reads at a token: the tokens its mention covers (first .. last, inclusive) and how it resolves. */
export interface Reading {
  readonly first: number;
  readonly last: number;
  readonly resolution: Resolution;
}

/**
 * A parser that tries `readAt` at every token carrying one of its `starts` trigger bits, left to
 * right, and goes on after the last token of each reading: one parser's mentions never overlap.
 * A text without any of the `needs` bits (by default the `starts` bits) is skipped at once.
 */
export function triggeredParser(
  name: string,
  starts: number,
  readAt: (context: DateContext, i: number) => Reading | null,
  needs: number = starts,
): Parser<DateContext, DateMention> {
  return {
    name,
    parse(context) {
      const mentions: DateMention[] = [];
      const { bits, flagged, present } = context.triggers;
      if ((present & needs) === 0) return mentions;
      let resume = 0;
      for (let k = 0; k < flagged.length; k++) {
        const i = flagged[k];
        if (i < resume || (bits[i] & starts) === 0) continue;
        context.tokens.from = i;
        const reading = readAt(context, i);
        context.tokens.from = -1;
        if (!reading) continue;
        mentions.push(mentionOf(context, reading.first, reading.last, reading.resolution));
        resume = reading.last + 1;
      }
      return mentions;
    },
  };
}
