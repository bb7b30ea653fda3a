import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';

/** Lower-case letters then a capital (« iPhone », « eBay »): /^[a-z]+[A-Z]/ without a regex per word. */
function camelCase(word: string): boolean {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) >= 0x61 && word.charCodeAt(i) <= 0x7a) i++;
  const c = word.charCodeAt(i);
  return i > 0 && c >= 0x41 && c <= 0x5a;
}

/**
 * Names of the shipped gazetteer, found by looking up each capitalised word in a map keyed
 * by the lower-cased, accent-free first word and trying that word's names longest first:
 * one map look-up per word, whatever the size of the gazetteer.
 */
export const gazetteerMatch: Parser<EntityContext, Candidate> = {
  name: 'gazetteerMatch',
  *parse(context) {
    const { tokens, knowledge } = context;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token.isWord) continue;
      if (!token.capitalised) {
        const first = token.text.charCodeAt(0);
        const startsWithDigit = first >= 48 && first <= 57;
        // a word without capitals is its own lower-case form (the same string): no camel case to look for
        if (!startsWithDigit && (token.lower === token.text || !camelCase(token.text))) continue;
      }
      const names = knowledge.names.get(token.key);
      if (!names) continue;
      for (const name of names) {
        const last = i + name.keys.length - 1;
        if (last >= tokens.length) continue;
        let same = true;
        // a capitalised word of the name must be capitalised in the text (Le Monde, not « le monde selon »)
        for (let k = 1; k < name.keys.length && same; k++) same = tokens[i + k].key === name.keys[k] && (!name.capitalised[k] || tokens[i + k].capitalised);
        if (!same) continue;
        if (name.capitalsOnly && !token.allCaps) continue;
        // a lone capitalised function word (« Sud », « Free » at a sentence start) is too weak
        if (name.keys.length === 1 && token.sentenceInitial && knowledge.stopwords.has(token.lower)) continue;
        // the name must end on a word boundary (« Amazon » in « Amazon.fr » is taken by the longer name)
        const next = tokens[last + 1];
        if (next && next.joined && next.isWord) continue;
        const candidate = candidateOf(context, i, last, name.entry.label, 10, 'gazetteer');
        candidate.canonical = name.entry.canonical;
        yield candidate;
        break;
      }
    }
  },
};
