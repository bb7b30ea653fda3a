import { describe, it } from 'vitest';
import { expectSentences } from './helpers.js';

describe('lines without final punctuation', () => {
  it('ends headlines, bylines and captions at their line break', () => {
    const text = 'Amazon ne donne pas ses invendus\nPar Jean Dupont\n\nLe géant détruit des produits neufs.';
    expectSentences(text, ['Amazon ne donne pas ses invendus', 'Par Jean Dupont', 'Le géant détruit des produits neufs.']);
  });

  it('ends list items', () => {
    const text = 'Abonnez-vous :\n  • 1 Numerama+ contribue à offrir une expérience gratuite\n  • 2 Vous soutenez le journal';
    expectSentences(text, ['Abonnez-vous :', '• 1 Numerama+ contribue à offrir une expérience gratuite', '• 2 Vous soutenez le journal']);
  });

  it('always ends a sentence at a blank line', () => {
    expectSentences('Crédit photo ©AFP - DENIS CHARLET\n\nsuite du texte', ['Crédit photo ©AFP - DENIS CHARLET', 'suite du texte']);
  });

  it('joins a hard-wrapped line that goes on in lower case', () => {
    expectSentences('Le géant américain a détruit des\nmillions de produits neufs.', ['Le géant américain a détruit des\nmillions de produits neufs.']);
  });
});

describe('sentences whose line break was lost', () => {
  it('starts a sentence at a capitalised grammatical word', () => {
    expectSentences('Maladie de Paget Des perfusions uniques sont données.', ['Maladie de Paget', 'Des perfusions uniques sont données.']);
  });

  it('but not at the start of a name', () => {
    expectSentences('Selon Le Monde, Marine Le Pen et le quotidien Le Parisien en parlent.', [
      'Selon Le Monde, Marine Le Pen et le quotidien Le Parisien en parlent.',
    ]);
  });

  it('starts a list item at a spaced dash before a capital, outside brackets', () => {
    expectSentences('Références - Des frégates et des morts - Le Monde', ['Références', '- Des frégates et des morts', '- Le Monde']);
    expectSentences('[⛔️ Stop Amazon - Episode 4 ⛔️] N’avez-vous vraiment rien à cacher ❓', [
      '[⛔️ Stop Amazon - Episode 4 ⛔️] N’avez-vous vraiment rien à cacher ❓',
    ]);
  });
});
