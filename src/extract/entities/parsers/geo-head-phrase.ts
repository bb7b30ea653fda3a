import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { lexicon, WordList } from '../lexicon.js';
import { TOKEN_AFTER_BREAK, TOKEN_CAPITALISED, TOKEN_WORD } from '../scan-words.js';

const LINKS = new WordList(["de", "du", "des", "d'", "la", "l'"], false);
const DE = lexicon.intern('de');
const LA = lexicon.intern('la');
const L_APOSTROPHE = lexicon.intern("l'");
/** Above a gazetteer name's 10: « lac Tchad » is a lake, not the country inside its name. */
const GEO_HEAD_WEIGHT = 10.5;

/**
 * Geographic names led by a lower-case common noun: « océan Pacifique », « mer du Nord »,
 * « lac de Genève », « île de Ré ». The head is part of the name.
 */
export const geoHeadPhrase: Parser<EntityContext, Candidate> = {
  name: 'geoHeadPhrase',
  parse(context) {
    // an array rather than a generator: one push per candidate instead of a resumed generator
    const found: Candidate[] = [];
    const { tokens, flags, knowledge } = context;
    const { notables, notableCount } = tokens;
    const heads = knowledge.geoHeads;
    // the head is a lower-case word at most three tokens before a capitalised one: only the
    // three tokens before each capitalised word are looked at, each once, in order
    let i = 0;
    for (let n = 0; n < notableCount; n++) {
      const capital = notables[n];
      if ((flags[capital] & TOKEN_CAPITALISED) === 0) continue;
      if (i < capital - 3) i = capital - 3;
      for (; i < capital; i++) {
        if ((flags[i] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== TOKEN_WORD) continue;
        if (!tokens.mayBeIn(heads.shapes, i) || !heads.holds(tokens.keyId(i))) continue;
        let k = i + 1;
        if (LINKS.holds(tokens.lowerId(k))) k++;
        if (k < tokens.length && (tokens.lowerId(k) === LA || tokens.lowerId(k) === L_APOSTROPHE) && tokens.lowerId(k - 1) === DE) k++;
        if (k >= tokens.length || (flags[k] & (TOKEN_CAPITALISED | TOKEN_AFTER_BREAK)) !== TOKEN_CAPITALISED) continue;
        let last = k;
        while (last + 1 < tokens.length && (flags[last + 1] & (TOKEN_CAPITALISED | TOKEN_AFTER_BREAK)) === TOKEN_CAPITALISED) last++;
        found.push(candidateOf(context, i, last, 'LOC', GEO_HEAD_WEIGHT, 'geo-head'));
      }
    }
    return found;
  },
};
