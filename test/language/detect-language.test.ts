import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, detectLanguage, documentPrior } from '../../src/language/index.js';

/** The text is detected as exactly `lang`, with a confidence in (0, 1]. */
function expectLanguage(text: string, lang: string, minConfidence = 0): void {
  const guess = detectLanguage(text);
  expect(guess.lang, text).toBe(lang);
  expect(guess.confidence, text).toBeGreaterThan(minConfidence);
  expect(guess.confidence, text).toBeLessThanOrEqual(1);
}

/** The text is too short or unclear to tell: `und` with confidence 0. */
function expectUndetermined(text: string): void {
  expect(detectLanguage(text), JSON.stringify(text)).toEqual({ lang: 'und', confidence: 0 });
}

describe('detectLanguage: short French', () => {
  it('detects short French sentences', () => {
    expectLanguage('Il pleut encore.', 'fra');
    expectLanguage("C'est fini.", 'fra');
    expectLanguage('Je ne sais pas.', 'fra');
    expectLanguage('Qu’en pense-t-il ?', 'fra');
  });

  it('detects a French headline with no final punctuation', () => {
    expectLanguage('Amazon : le géant du e-commerce supprime 14 000 emplois', 'fra', 0.9);
    expectLanguage('Grève dans les entrepôts', 'fra');
  });

  it('keeps French when English brand names fill the sentence', () => {
    expectLanguage('Amazon Web Services lance Prime Video et Alexa en France.', 'fra');
    expectLanguage("Le Black Friday d'Amazon a battu des records de ventes.", 'fra');
    expectLanguage('Jeff Bezos quitte la direction de Amazon.com Inc.', 'fra');
  });

  it('detects single French words of five letters or more', () => {
    expectLanguage("aujourd'hui", 'fra');
    expectLanguage('entrepôts', 'fra');
    expectLanguage('salariés', 'fra');
  });
});

describe('detectLanguage: the neighbouring languages', () => {
  it.each([
    ['The company reported record profits in the third quarter.', 'eng'],
    ['Das Unternehmen hat im dritten Quartal einen Rekordgewinn erzielt.', 'deu'],
    ['La empresa anunció beneficios récord en el tercer trimestre.', 'spa'],
    ["L'azienda ha registrato utili record nel terzo trimestre.", 'ita'],
    ['A empresa anunciou lucros recorde no terceiro trimestre.', 'por'],
    ['Het bedrijf boekte in het derde kwartaal een recordwinst.', 'nld'],
    ["L'empresa va anunciar beneficis rècord en el tercer trimestre.", 'cat'],
  ])('%s', (text, lang) => expectLanguage(text, lang, 0.5));
});

describe('detectLanguage: mixed text', () => {
  it('names the language of most of the text', () => {
    expectLanguage(
      "« We are committed to our employees », a déclaré la porte-parole, avant d'ajouter que l'entreprise " +
        'ne commentait pas les rumeurs de fermeture du site de Lauwin-Planque, dans le Nord.',
      'fra',
    );
    expectLanguage(
      'The French newspaper quoted a union official saying « c’est inacceptable » before the strike began ' +
        'at the warehouse near Lyon on Monday morning.',
      'eng',
    );
  });
});

describe('detectLanguage: too short to tell', () => {
  it('returns und for empty and blank text', () => {
    expectUndetermined('');
    expectUndetermined('   \n\t ');
  });

  it('returns und below four letters', () => {
    expectUndetermined('OK');
    expectUndetermined('Oui');
    expectUndetermined('12 000 €');
    expectUndetermined('— 2024 —');
    expectUndetermined('[12]');
  });
});

describe('detectLanguage: other scripts', () => {
  it('names a language its script alone tells', () => {
    expectLanguage('Η εταιρεία ανακοίνωσε κέρδη ρεκόρ.', 'ell');
    expectLanguage('同社は第3四半期に過去最高の利益を計上した。', 'jpn');
  });

  it('returns und for a script that several languages share', () => {
    expectUndetermined('Компания сообщила о рекордной прибыли.');
  });
});

describe('detectLanguage: long documents', () => {
  it('reads a bounded prefix of a long document', () => {
    const paragraph =
      "Le groupe de Seattle a confirmé mardi l'ouverture d'un nouvel entrepôt en Île-de-France, " +
      'où quelque 1 500 salariés seront recrutés d’ici la fin de l’année. ';
    const english = 'The Seattle company confirmed on Tuesday that it will open a new warehouse near Paris. ';
    // A French opening of 40 paragraphs decides, whatever follows (an English appendix ten times longer).
    expectLanguage(paragraph.repeat(40) + english.repeat(400), 'fra', 0.99);
    expectLanguage(english.repeat(40) + paragraph.repeat(400), 'eng', 0.99);
  });
});

describe('detectLanguage: text that lost its accents', () => {
  it('reads an ASCII word as the accented word it stands for', () => {
    expectLanguage('reponse', 'fra', 0.9);
    expectLanguage('societe', 'fra', 0.9);
    expectLanguage('informacao', 'por', 0.9);
  });

  it('needs the accented look-up for those words', () => {
    const withoutLookUp = { ...DEFAULT_WEIGHTS, unaccentedPenalty: 0 };
    expect(detectLanguage('reponse', { weights: withoutLookUp }).lang).not.toBe('fra');
    expect(detectLanguage('societe', { weights: withoutLookUp }).lang).not.toBe('fra');
  });

  it('keeps a plain ASCII word of another language', () => {
    expectLanguage('educacion', 'spa', 0.9);
    expectLanguage('marche', 'fra', 0.9);
  });
});

describe('detectLanguage: French prior', () => {
  it('tips a word its spelling leaves open towards French only when asked', () => {
    expect(detectLanguage('evenement').lang).toBe('nld');
    expect(detectLanguage('evenement', { weights: { ...DEFAULT_WEIGHTS, frenchPrior: 1 } }).lang).toBe('fra');
  });

  it('does not turn clear text of another language French', () => {
    const withPrior = { weights: { ...DEFAULT_WEIGHTS, frenchPrior: 1 } };
    expect(detectLanguage('The company reported record profits.', withPrior).lang).toBe('eng');
    expect(detectLanguage('educacion', withPrior).lang).toBe('spa');
  });
});

describe('detectLanguage: a sentence of a document', () => {
  const inFrench = { prior: documentPrior('fra') };

  it('gives a short, ambiguous line the language of its document', () => {
    for (const line of ['Amazon France', 'pixel', 'Romain Bardet/oang']) {
      expect(detectLanguage(line).lang, line).not.toBe('fra');
      expect(detectLanguage(line, inFrench).lang, line).toBe('fra');
    }
  });

  it('keeps a quote that is clearly in another language', () => {
    expect(detectLanguage('We are committed to reaching net zero carbon by 2040.', inFrench).lang).toBe('eng');
    expect(detectLanguage('La empresa anunció ayer el cierre de su almacén.', inFrench).lang).toBe('spa');
    expect(detectLanguage('Das Unternehmen hat gestern neue Zahlen veröffentlicht.', inFrench).lang).toBe('deu');
  });

  it('still says und when there is too little to read, and has no prior for an unknown language', () => {
    expect(detectLanguage('51 min', inFrench)).toEqual({ lang: 'und', confidence: 0 });
    expect(documentPrior('und')).toBeNull();
    expect(documentPrior('jpn')).toBeNull();
  });
});

describe('language module API', () => {
  it('exports exactly its public names', async () => {
    expect(Object.keys(await import('../../src/language/index.js')).sort()).toEqual(['CANDIDATES', 'DEFAULT_WEIGHTS', 'detectLanguage', 'documentPrior']);
  });
});
