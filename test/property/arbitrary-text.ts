import fc from 'fast-check';

/**
 * Text that stresses the analysers: French words and figures mixed with what real
 * archives also hold (astral characters, lone surrogates from JSON escapes, combining
 * marks, long runs of digits, spaces and punctuation, lines without any full stop).
 */

const WORDS = [
  'Amazon', 'AWS', 'Jeff Bezos', 'Paris', 'le', 'la', 'des', "l'", 'd’', 'selon', 'a', 'détient', 'chiffre',
  "d'affaires", 'part de marché', 'milliards', 'millions', 'euros', 'dollars', 'M.', 'Mme', 'etc.', 'janv.',
  'Aujourd’hui', 'États-Unis', 'Île-de-France', 'e-commerce', 'c’est-à-dire', 'https://www.amazon.fr/x?y=1',
  'contact@amazon.fr', '#Amazon', '@amazon', 'L’an dernier', 'en 2021', 'le 14 avril 2021', 'vers 1990',
];

const FIGURES = [
  '47,8 %', '47,8%', '1 500 euros', '1 500 €', '3,5 milliards de dollars', '10 centimes', 'près de 40 %', 'entre 50 et 80 %',
  'passé de 2,5 à 4 Md$', '−5 %', '+3,2 %', '6 millions de clients', '1er', '2e', 'XXIe siècle', '12:30', '1/2',
  '2021-04-14', '14/04/2021', 'la moitié', 'des milliers', '0,6 point', '10 km', '25 °C', '3 h 30', '1.000.000', '1e10',
];

const SPACES = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u00a0', '\u202f', '\u2009', '\u3000', '\u200b'];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '«', '»', '“', '”', '"', "'", '’', '(', ')', '[', ']', '-', '–', '—', '/', '%', '€', '$', '*', '•'];
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0327', '\u20dd', '\u0301\u0301\u0301'];
const ASTRAL = ['😀', '👍🏽', '👩‍👩‍👧', '🇫🇷', '𝔸𝕞𝕒𝕫𝕠𝕟', '𠜎', '𝟒𝟕,𝟖 %', '\u{1F4B6}'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const run = (unit: fc.Arbitrary<string>, max: number): fc.Arbitrary<string> =>
  fc.tuple(unit, fc.integer({ min: 1, max })).map(([piece, count]) => piece.repeat(count));

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: run(fc.constantFrom('0', '9', '1 ', '3,', '4.'), 400) },
  { weight: 1, arbitrary: run(fc.constantFrom(' ', '\n', '\u00a0', '.', '!', ',', '-', '%', '«'), 400) },
);

/** Up to a few thousand characters of mixed pieces. */
export const mixedText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(''));

/** One line of up to 30 000 characters (no line break, often no full stop). */
export const longLine: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...WORDS, ...FIGURES, ' ', ',', '😀'), { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 200 }))
  .map(([pieces, times]) => pieces.join(' ').replace(/\n/g, ' ').repeat(times).slice(0, 30_000));
