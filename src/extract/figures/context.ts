import { foldText } from './fold-text.js';
import { lexemes, type Lexeme } from './lexemes.js';

/** What every figure parser and refiner reads: the text, its folded copy and its runs. */
export interface FigureContext {
  readonly text: string;
  readonly folded: string;
  readonly lexemes: readonly Lexeme[];
  /** For each UTF-16 offset that starts a lexeme, its index (others: -1). */
  readonly lexemeAt: Int32Array;
  /** Sentence number of each lexeme (simple bound: . ! ? followed by a blank, or a line break). */
  readonly sentenceOf: Int32Array;
}

export function figureContext(text: string): FigureContext {
  const folded = foldText(text);
  const lex = lexemes(folded);
  const lexemeAt = new Int32Array(text.length + 1).fill(-1);
  const sentenceOf = new Int32Array(lex.length);
  let sentence = 0;
  for (let i = 0; i < lex.length; i++) {
    const l = lex[i];
    lexemeAt[l.start] = i;
    sentenceOf[i] = sentence;
    if (l.kind === 'newline') sentence++;
    else if (l.kind === 'punct' && (l.norm === '.' || l.norm === '!' || l.norm === '?')) {
      const next = lex[i + 1];
      if (next === undefined || next.kind === 'space' || next.kind === 'newline') sentence++;
    }
  }
  lexemeAt[text.length] = lex.length;
  return { text, folded, lexemes: lex, lexemeAt, sentenceOf };
}
