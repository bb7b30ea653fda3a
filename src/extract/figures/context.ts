import { foldText } from './fold-text.js';
import { lexemes, type Lexeme } from './lexemes.js';
import { wordFlags } from './word-flags.js';

/** What every figure parser and refiner reads: the text, its folded copy and its runs. */
export interface FigureContext {
  readonly text: string;
  readonly folded: string;
  readonly lexemes: readonly Lexeme[];
  /** Sentence number of each lexeme (simple bound: . ! ? followed by a blank, or a line break). */
  readonly sentenceOf: Int32Array;
  /** wordFlags of each word lexeme (0 for the others): what it can start. */
  readonly flags: Uint8Array;
}

/** `folded` is foldText(text), passed when the caller has it already. */
export function figureContext(text: string, folded: string = foldText(text)): FigureContext {
  const lex = lexemes(folded);
  const sentenceOf = new Int32Array(lex.length);
  const flags = new Uint8Array(lex.length);
  let sentence = 0;
  for (let i = 0; i < lex.length; i++) {
    const l = lex[i];
    sentenceOf[i] = sentence;
    if (l.kind === 'word') flags[i] = wordFlags(l.norm);
    if (l.kind === 'newline') sentence++;
    else if (l.kind === 'punct' && (l.norm === '.' || l.norm === '!' || l.norm === '?')) {
      const next = lex[i + 1];
      if (next === undefined || next.kind === 'space' || next.kind === 'newline') sentence++;
    }
  }
  return { text, folded, lexemes: lex, sentenceOf, flags };
}
