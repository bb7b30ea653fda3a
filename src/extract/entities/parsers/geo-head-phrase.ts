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
        const head = tokens[i];
        // the key has the text's length and its first unit folded: the shape test needs no key
        if (!head.isWord || head.capitalised || !heads.mayContainWord(head.end - head.start, head.keyFirstUnit) || !knowledge.geoHeads.has(head.key)) continue;
        let k = i + 1;
        if (LINKS.has(tokens[k].lower)) k++;
        if (k < tokens.length && (tokens[k].lower === 'la' || tokens[k].lower === "l'") && tokens[k - 1].lower === 'de') k++;
        if (k >= tokens.length || !tokens[k].capitalised || tokens[k].afterBreak) continue;
        let last = k;
        while (last + 1 < tokens.length && tokens[last + 1].capitalised && !tokens[last + 1].afterBreak) last++;
        found.push(candidateOf(context, i, last, 'LOC', 2, 'geo-head'));
      }
    }
    return found;
  },
};
