import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate, EntityContext } from '../../../src/extract/entities/candidate.js';
import { keyText } from '../../../src/extract/entities/fold.js';
import { entityPipeline } from '../../../src/extract/entities/index.js';
import { KeyNumberMap } from '../../../src/extract/entities/key-number-map.js';
import { entityKnowledge } from '../../../src/extract/entities/knowledge.js';
import { OWN_WORD_BASE } from '../../../src/extract/entities/lexicon.js';
import { markSentenceStarts } from '../../../src/extract/entities/mark-sentence-starts.js';
import { NameNumbers } from '../../../src/extract/entities/name-numbers.js';
import { dropShadowedRuns } from '../../../src/extract/entities/refiners/drop-shadowed-runs.js';
import { scanDocument, scanWords, TokenBuffers } from '../../../src/extract/entities/scan-words.js';
import { SpanCover } from '../../../src/extract/entities/span-cover.js';
import { WordShapes } from '../../../src/extract/entities/word-shapes.js';
import { runPipeline } from '../../../src/extract/pipeline.js';
import { splitSentences } from '../../../src/segment/index.js';

entityKnowledge();

/** The tokens of a text, with each token's text, key number and lower-case number. */
function numbered(text: string) {
  const tokens = scanDocument(text, new TokenBuffers());
  return Array.from({ length: tokens.length }, (_, i) => ({ text: tokens.token(i).text, key: tokens.token(i).key, keyId: tokens.keyId(i), lowerId: tokens.lowerId(i) }));
}

describe('key numbers', () => {
  it('are equal exactly when the keys are, for known words and for a document\'s own words', () => {
    const text = 'Amazon AMAZON amazon États etats ÉTATS Brelonix BRELONIX brélonix Brelonixe de DE « »';
    const tokens = numbered(text);
    for (const a of tokens) for (const b of tokens) expect(a.keyId === b.keyId, `${a.text} / ${b.text}`).toBe(a.key === b.key);
    expect(tokens.find((t) => t.text === 'Amazon')!.keyId).toBeLessThan(OWN_WORD_BASE);
    expect(tokens.find((t) => t.text === 'Brelonix')!.keyId).toBeGreaterThanOrEqual(OWN_WORD_BASE);
  });

  it('keep accents in lower-case numbers (« à » is not « a »), and give none to words no list holds', () => {
    const [grave, plain, own] = numbered('à a Brelonix');
    expect(grave.keyId).toBe(plain.keyId);
    expect(grave.lowerId).not.toBe(plain.lowerId);
    expect(own.lowerId).toBe(-1);
  });

  it('agree with the keys on random words written in any case, with or without accents', () => {
    const word = fc.string({ unit: fc.constantFrom(...'aàeéEÉiIoôOÔnN\'’-'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 8 }), (words) => {
        const tokens = numbered(words.join(' '));
        for (const a of tokens) for (const b of tokens) if ((a.keyId === b.keyId) !== (a.key === b.key)) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('NameNumbers', () => {
  it('numbers a token range and a list of key numbers alike, whatever the case or accents', () => {
    const tokens = scanDocument('Amazon Web Services, AMAZON WEB SERVICES et Amazon', new TokenBuffers());
    const names = new NameNumbers();
    const first = names.ofRange(tokens, 0, 2);
    expect(names.ofRange(tokens, 4, 6)).toBe(first);
    expect(names.ofKeys([tokens.keyId(0), tokens.keyId(1), tokens.keyId(2)])).toBe(first);
    expect(names.ofRange(tokens, 8, 8)).toBe(names.ofKeys([tokens.keyId(0)]));
    expect(names.ofRange(tokens, 0, 1)).not.toBe(first);
    names.clear();
    expect(names.ofRange(tokens, 8, 8)).toBe(0);
  });
});

describe('KeyNumberMap', () => {
  it('keeps every key through its growth, lexicon and own numbers alike, and forgets them when cleared', () => {
    const map = new KeyNumberMap<number>();
    const keys = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? i : OWN_WORD_BASE + i));
    keys.forEach((key, i) => map.set(key, i));
    keys.forEach((key, i) => expect(map.get(key)).toBe(i));
    expect(map.get(1)).toBeUndefined();
    map.clear();
    expect(keys.some((key) => map.get(key) !== undefined)).toBe(false);
  });
});

describe('WordShapes', () => {
  it('never rules out a token whose key is one of the words, whatever its case and accents', () => {
    // letters that share a key, written one way in the list and another in the text
    const variants = ['aàâAÀÂ', 'eéèêEÉÈÊ', 'iîïIÎÏ', 'oôOÔ', 'uùûüUÙÛÜ', 'cçCÇ', 'nN', 'sS', 'tT', 'zZ'];
    const letter = fc.tuple(fc.nat(variants.length - 1), fc.nat(), fc.nat());
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 40 }), (letters) => {
        const listed = letters.map(([v, a]) => variants[v][a % variants[v].length]).join('');
        const written = letters.map(([v, , b]) => variants[v][b % variants[v].length]).join('');
        const tokens = scanDocument(written, new TokenBuffers());
        return tokens.length === 1 && tokens.mayBeIn(new WordShapes([keyText(listed)]), 0);
      }),
      { numRuns: 2000 },
    );
    const tokens = scanDocument('ÉTATS', new TokenBuffers());
    expect(tokens.mayBeIn(new WordShapes(['etats']), 0)).toBe(true);
    expect(tokens.mayBeIn(new WordShapes(['etat']), 0)).toBe(false);
  });
});

describe('dropShadowedRuns', () => {
  function contextOf(text: string): EntityContext {
    const tokens = scanDocument(text, new TokenBuffers());
    markSentenceStarts(tokens, splitSentences(text));
    return { text, tokens, flags: tokens.flags, knowledge: entityKnowledge(), names: new NameNumbers(), quantities: new SpanCover([]) };
  }

  it('drops only runs that resolveOverlaps would drop: the candidates stay those of the pipeline without it', () => {
    const texts = [
      "Le Journal d'Amazon Web Services (AWS) cite Amazon Prime Video et le documentaire « Le monde selon Amazon ».",
      "Amazon. Amazon Web Services France, filiale d'Amazon, et la Banque de France à Paris.",
      'Dans Le monde selon Amazon, Benoît Berthelot parle de Stellantis-Amazon et de la Commission européenne (CE).',
      // a run opening a quotation keeps its tail (« Sun-Times ») though a name inside it (Chicago) beats the run
      'Pour le critique Roger Ebert du " Chicago Sun-Times " , le film vaut 3 étoiles.',
    ];
    const { parsers, refiners } = entityPipeline;
    const withoutIt = refiners.filter((refiner) => refiner !== dropShadowedRuns);
    const summary = (candidates: Candidate[]) => candidates.map(({ start, end, label, weight, source }) => ({ start, end, label, weight, source }));
    let dropped = 0;
    for (const text of texts) {
      expect(summary(runPipeline({ parsers, refiners }, contextOf(text)))).toEqual(summary(runPipeline({ parsers, refiners: withoutIt }, contextOf(text))));
      const context = contextOf(text);
      const parsed = runPipeline({ parsers, refiners: [] }, context);
      dropped += parsed.length - dropShadowedRuns.refine(parsed, context).length;
    }
    // it does drop some: the runs around « Amazon », « Banque de France », « Amazon Web Services »
    expect(dropped).toBeGreaterThan(0);
  });
});

describe('scanWords', () => {
  it('still gives every token its strings', () => {
    expect(scanWords("L'État").map((token) => token.key)).toEqual(["l'", 'etat']);
  });
});
