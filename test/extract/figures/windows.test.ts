import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/extract/pipeline.js';
import { figureContext } from '../../../src/extract/figures/context.js';
import { figurePipeline, extractFigures } from '../../../src/extract/figures/index.js';
import { foldCode } from '../../../src/extract/figures/fold-text.js';
import { lexemes } from '../../../src/extract/figures/lexemes.js';
import { textUnits } from '../../../src/extract/figures/text-units.js';
import { figureWindows } from '../../../src/extract/figures/figure-windows.js';

/** The figures of one pass over the whole text, with no line or sentence cut and nothing skipped. */
function wholePass(text: string): [number, number, number, string | null][] {
  return runPipeline(figurePipeline, figureContext(text)).map((c) => [c.start, c.end, c.value, c.unit]);
}

function windowed(text: string): [number, number, number, string | null][] {
  return extractFigures(text).map((f) => [f.start, f.end, f.value, f.unit]);
}

// extractFigures reads lines and sentences apart and skips those with no figure; it must find
// exactly what one pass over the whole text finds.
describe('reading by windows', () => {
  const tricky = [
    'Voir art. 17 du code. Il y a 3 pommes.',
    "Lire l'article. 17 personnes sont venues. Episode. 4 fois.",
    'Le texte est long. 1. Le premier point compte. 2) Le second aussi.',
    'Ceci est fini. - 5 points de plus. Rien ici.',
    "Il part demain. Il y a 3 ans, c'était pareil.",
    'Les ventes ont atteint 19,7 milliards de dollars. Le bénéfice atteint 5,7 milliards.',
    'Premier constat : rien. Amazon est le premier groupe mondial. Sans chiffre.',
    'Rien du tout ici.\n\nNi là.\r\nMais 40 % là.\rEt 3 euros 50 ici.',
    'Un tiers des salariés. La moitié des colis. Des dizaines de milliers de personnes.',
    "Il a parcouru une vingtaine de km. Fin. L'angle tourne. À 90 degrés.",
    'www.exemple.fr/page2. 2019 fut une année. En 2020, 12 000 emplois.',
    // what makes a figure without digits: a lone « un » needs a unit right after it
    'Il dit « bonjour » au chef. Il a payé un euro. Un regard, un mois plus tard.',
    'Attendre une  heure. Puis un-an plus tard. Un - an. Un mot sur un dollar américain. Un $ canadien.',
    'Le n° un du classement. Le n° deux. Un ½ verre suffit. Température négatif un. Une douzaine de fois.',
    'De nombreux milliers de colis. Des dizaines de colis. Un livre coûte cher. Le dixièmes rang.',
    // footnote markers: their digits alone make no figure, other brackets do
    'Voir la note [4] du texte. Les notes [4][5] et x[12] aussi. Puis [4e] rang. Enfin [ 4 ] euros.',
    'Il paie [12 000] euros. Un [3] euro. Le [²] indice. Un total [40] % plus tard. Fin [7]',
  ];
  for (const text of tricky) it(JSON.stringify(text.slice(0, 40)), () => expect(windowed(text)).toEqual(wholePass(text)));

  it('finds the same figures in the bundled corpus', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'corpus');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(windowed(text), name).toEqual(wholePass(text));
    }
  });
});

describe('choosing the windows', () => {
  function windowTexts(text: string): string[] {
    const found: string[] = [];
    figureWindows(textUnits(text), 0, text.length, (start, end) => found.push(text.slice(start, end)));
    return found;
  }

  it('skips sentences with nothing a figure needs, quotes and units without a number included', () => {
    expect(windowTexts('Il dit « bonjour » au chef. Le mois dernier, au point de vue du chef. Il a 3 ans.')).toEqual(['Il a 3 ans.']);
  });

  it('skips footnote markers but reads other numbers in brackets', () => {
    expect(windowTexts('Comme le dit la note [14] du texte. Il y a [3 ans] déjà.')).toEqual(['Il y a [3 ans] déjà.']);
  });

  it('reads a lone « un » before a unit, and runs of read sentences as one window', () => {
    expect(windowTexts('Rien dedans. Il a payé un euro. Puis une heure. Rien dedans.')).toEqual(['Il a payé un euro. Puis une heure. ']);
  });
});

describe('folding', () => {
  // figureWindows looks for sentence ends among the raw units
  it('folds no unit but « . », « ! », « ? » to one of them', () => {
    const stops = [0x2e, 0x21, 0x3f];
    const folding: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (stops.includes(foldCode(code))) folding.push(code);
    expect(folding).toEqual([0x21, 0x2e, 0x3f]);
  });

  it('keeps one UTF-16 unit per unit', () => {
    const text = 'Éléphant ŒUVRE 6ᵉ 1ᵉʳ m² − 5 % l’an `x´ 😀 \ud800x';
    const lex = lexemes(text);
    for (const l of lex) expect(l.norm.length, l.norm).toBe(l.end - l.start);
    expect(lex.map((l) => l.norm).join('')).toBe("elephant ouvre 6e 1er m2 - 5 % l'an `x' 😀 \ud800x");
    expect(lex.map((l) => l.kind).slice(0, 8)).toEqual(['word', 'space', 'word', 'space', 'digits', 'word', 'space', 'digits']);
  });
});
