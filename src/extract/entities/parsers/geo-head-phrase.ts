import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { TOKEN_CAPITALISED, TOKEN_WORD } from '../scan-words.js';
import { wordShapes } from '../word-shapes.js';

const LINKS = new Set(["de", "du", "des", "d'", "de la", "la", "l'"]);

/**
 * Geographic names led by a lower-case common noun: « océan Pacifique », « mer du Nord »,
 * « lac de Genève », « île de Ré ». The head is part of the name.
 */
export const geoHeadPhrase: Parser<EntityContext, Candidate> = {
  name: 'geoHeadPhrase',
  parse(context) {
    // an array rather than a generator: one push per candidate instead of a resumed generator
    const found: Candidate[] = [];
    const { tokens, flags, capitals, knowledge } = context;
    const heads = wordShapes(knowledge.geoHeads);
    // the head is a lower-case word at most three tokens before a capitalised one: only the
    // three tokens before each capitalised word are looked at, each once, in order
    let i = 0;
    for (const capital of capitals) {
      if (i < capital - 3) i = capital - 3;
      for (; i < capital; i++) {
        if ((flags[i] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== TOKEN_WORD) continue;
        // the shape test needs no key: it has the text's length and its first unit folded
        if (!heads.mayContainWord(tokens.lengthOf(i), tokens.keyFirstUnit(i)) || !knowledge.geoHeads.has(tokens.token(i).key)) continue;
        let k = i + 1;
        if (LINKS.has(tokens.token(k).lower)) k++;
        if (k < tokens.length && (tokens.token(k).lower === 'la' || tokens.token(k).lower === "l'") && tokens.token(k - 1).lower === 'de') k++;
        if (k >= tokens.length || !tokens.token(k).capitalised || tokens.token(k).afterBreak) continue;
        let last = k;
        while (last + 1 < tokens.length && tokens.token(last + 1).capitalised && !tokens.token(last + 1).afterBreak) last++;
        found.push(candidateOf(context, i, last, 'LOC', 2, 'geo-head'));
      }
    }
    return found;
  },
};
