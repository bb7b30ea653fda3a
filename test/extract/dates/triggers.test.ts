import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/document/iso-date.js';
import { createDateContext, type DateContext } from '../../../src/extract/dates/context.js';
import { datePipeline } from '../../../src/extract/dates/index.js';
import { Trigger } from '../../../src/extract/dates/triggers.js';
import { runPipeline } from '../../../src/extract/pipeline.js';

/** The same context, but every token flagged with every bit: each parser then visits every token. */
function everyTokenFlagged(context: DateContext): DateContext {
  const count = context.tokens.length;
  const flagged = Int32Array.from({ length: count }, (_, i) => i);
  return { ...context, triggers: { bits: new Uint32Array(count).fill(0xffffffff), flagged, present: 0xffffffff } };
}

const SENTENCES = [
  'Le 14 avril 2021, le Wall Street Journal publiait son enquête ; le 1er mai, rien.',
  'Rendez-vous samedi 30 janvier devant l’entrepôt, puis jeudi 12 septembre.',
  'Le premier vendredi de juillet et le deuxième lundi du mois prochain.',
  'Il y a deux ans, dans trois mois, d’ici deux semaines, deux semaines plus tard.',
  'Deux jours après aujourd’hui, trois semaines à partir de demain, après deux lundis.',
  'Au premier semestre 2019, au troisième trimestre 2021, T3 2021 et S1 2019.',
  'Les années 2010, les années 90, la décennie 2020.',
  'Au XIXe siècle, le 21e siècle, le vingt et unième siècle, ce siècle, le siècle dernier, XXI e siècle.',
  'Hier, avant-hier, après-demain, ce jour, le lendemain, la veille, le jour suivant.',
  'L’an dernier, l’année prochaine, cette année-là, ce mois-ci, la semaine prochaine.',
  'Vendredi dernier, ce lundi, dimanche prochain, vendredi de la semaine prochaine.',
  'Le 27. Pour le vingt-deux ? Le 20 du mois prochain, le 31 de ce mois.',
  'En mars, début juin, au mois de mai, mars 2020, fin avril 2021, 04/2021.',
  'En 2018, depuis 2010, fin 2020, mi-2019, l’été 2019, de 2015 à 2019, 2015-2019, (Éditeur, 2019).',
  '14/04/2021, 2021-04-14, 13.5.2015, 21/04/16, le 22/04, 12/08, 2015, Oct. 2, Jan-1.',
  'Quelques mois et plusieurs années ; un mois et vingt-et-un jours ; 2 ans, 3 mois et 21 jours.',
  'ven. 15/06, mer 3 mars, lundi, 22 janvier 2018, vendredi, le 15, samedi 23.',
  // read at a later word than their first: « (ce) jour », « (T)3 », « (d')ici », « (il) y (a) »
  'Ce jour-là, ce jour suivant ; S3e semestre, T3e trimestre 2021, s1 2019 ; d’ici 2 ans et 21 jours plus tard, il\ny a deux ans.',
];

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus/manifest.json', root), 'utf8')) as { documents: { id: string; date: string | null }[] };

describe('trigger flags', () => {
  it('never hide a date: the parsers find the same with every token visited', () => {
    const texts: [string, string | null][] = SENTENCES.map((sentence) => [sentence, '2021-04-14']);
    for (const document of manifest.documents) texts.push([readFileSync(new URL(`corpus/${document.id}.txt`, root), 'utf8'), document.date]);
    let found = 0;
    for (const [text, date] of texts) {
      const context = createDateContext(text, date === null ? null : parseIsoDate(date));
      const flaggedOnly = runPipeline(datePipeline, context);
      expect(flaggedOnly, text.slice(0, 60)).toEqual(runPipeline(datePipeline, everyTokenFlagged(context)));
      found += flaggedOnly.length;
    }
    expect(found).toBeGreaterThan(50);
  });

  it('flag numbers, vocabulary words, Roman numerals of centuries and the fixed first words, and nothing else', () => {
    const context = createDateContext('Le XIXe siècle : il y a 3 ans, mardi 2 mars, deux fois, les lundis, le Ive et le XLe.', null);
    const { bits, flagged, present } = context.triggers;
    const byText = new Map([...flagged].map((i) => [context.tokens.get(i)!.text, bits[i]]));
    expect(byText.get('xixe')).toBe(Trigger.Roman);
    expect(byText.get('ive')).toBe(Trigger.Roman);
    expect(byText.get('siecle')).toBe(Trigger.Century);
    // « il y a » is read at « y », the rarer word
    expect(byText.get('y')).toBe(Trigger.OffsetCue);
    expect(byText.get('3')).toBe(Trigger.Number);
    expect(byText.get('mardi')).toBe(Trigger.Weekday | Trigger.CountedNoun);
    expect(byText.get('lundis')).toBe(Trigger.CountedNoun);
    expect(byText.get('ans')).toBe(Trigger.CountedNoun);
    expect(byText.get('mars')).toBe(Trigger.Month);
    expect(byText.get('deux')).toBe(Trigger.Cardinal);
    // « il » (49), « le » (50 + « e ») and « xle » (40) read as Roman numerals, but of no century
    for (const word of ['il', 'le', 'xle', 'a', 'fois', 'les', ':', ',', '.']) expect(byText.has(word), word).toBe(false);
    expect(present & Trigger.Decade).toBe(0);
  });

  it('read each token folded from the original text, whatever its case, accents or typography', () => {
    const context = createDateContext('APRÈS\u00a0Siècle d\u2019ici Décennie', null);
    expect([...context.triggers.flagged].map((i) => context.triggers.bits[i])).toEqual([Trigger.After, Trigger.Century, Trigger.OffsetCue, Trigger.Decade]);
    expect([0, 1, 2, 3, 4].map((i) => context.tokens.get(i)!.text)).toEqual(['apres', 'siecle', 'd', "'", 'ici']);
  });
});
