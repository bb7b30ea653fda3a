import type { Parser } from '../pipeline.js';
import type { Candidate } from './candidate.js';
import type { FigureContext } from './context.js';

/**
 * What a parser reads at lexeme i: it pushes its candidates onto `found` and returns the lexeme
 * where its next reading may start (past what it consumed), or undefined to try the next one.
 */
export type ReadAt = (ctx: FigureContext, i: number, found: Candidate[]) => number | undefined;

/**
 * A parser that tries `readAt` at every lexeme worth a look (ctx.interesting), left to right,
 * and goes on past what each reading consumed: one parser's readings never overlap.
 */
export function lexemeParser(name: string, readAt: ReadAt): Parser<FigureContext, Candidate> {
  return {
    name,
    parse(ctx) {
      const found: Candidate[] = [];
      const interesting = ctx.interesting;
      let from = 0;
      for (let k = 0; k < interesting.length; k++) {
        const i = interesting[k];
        if (i < from) continue;
        const next = readAt(ctx, i, found);
        if (next !== undefined) from = next;
      }
      return found;
    },
  };
}
