import type { FigureContext } from './context.js';
import { figureLexicon } from './lexicon.js';

/**
 * Whether the sentence of a lexeme holds a word of money (« bénéfice », « impôts »; stems in
 * money-words.txt): the sentences are found in one pass over the lexemes, the first time a
 * unit that needs them (« livres ») asks, so the work stays linear in the text.
 */
export function moneySentences(ctx: FigureContext): (lexeme: number) => boolean {
  let sentences: Set<number> | undefined;
  return (lexeme) => {
    sentences ??= findMoneySentences(ctx);
    return sentences.has(ctx.sentenceOf[lexeme]);
  };
}

function findMoneySentences(ctx: FigureContext): Set<number> {
  const { moneyStems } = figureLexicon();
  const found = new Set<number>();
  ctx.lexemes.forEach((l, i) => {
    if (l.kind === 'word' && moneyStems.some((stem) => l.norm.startsWith(stem))) found.add(ctx.sentenceOf[i]);
  });
  return found;
}
