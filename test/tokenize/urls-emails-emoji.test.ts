import { describe, expect, it } from 'vitest';
import { expectSingleToken, forms } from './helpers.js';

describe('URLs and e-mail addresses', () => {
  it('reads a URL with its query, not the final period', () => {
    const url = 'https://www.facebook.com/events/3838455566188842/?active_tab=about';
    expectSingleToken(`Inscrivez-vous : ${url}.`, url, 'url', 17);
  });

  it('leaves out a closing bracket that the URL did not open', () => {
    expectSingleToken('(voir www.numerama.com/tech)', 'www.numerama.com/tech', 'url');
    expectSingleToken('https://fr.wikipedia.org/wiki/Amazon_(entreprise)', 'https://fr.wikipedia.org/wiki/Amazon_(entreprise)', 'url');
  });

  it('reads an e-mail address', () => {
    expectSingleToken("à l'adresse : criticusleblog@gmail.com.", 'criticusleblog@gmail.com', 'email');
    expectSingleToken('jean.dupont@amazon.fr', 'jean.dupont@amazon.fr', 'email', 0);
  });

  it('finds an address after a long text without one, and several in a row', () => {
    const prose = 'Le service client répond en semaine. '.repeat(50);
    expectSingleToken(`${prose}Écrire à presse@amazon.fr.`, 'presse@amazon.fr', 'email');
    expect(forms('a@b.fr, c.d@e.com et f@g.org')).toEqual(['a@b.fr', ',', 'c.d@e.com', 'et', 'f@g.org']);
  });

  it('takes no local part longer than 64 characters (RFC 5321)', () => {
    const longest = 'x'.repeat(64);
    expectSingleToken(`${longest}@amazon.fr`, `${longest}@amazon.fr`, 'email', 0);
    expect(forms(`${'x'.repeat(65)}@amazon.fr`)).not.toContain(`${'x'.repeat(65)}@amazon.fr`);
  });

  it('keeps a domain name whole', () => {
    expectSingleToken('sur Amazon.fr aussi', 'Amazon.fr', 'word');
  });
});

describe('emoji', () => {
  it('keeps the variation selector with its emoji', () => {
    expect(forms('[⛔️ Stop Amazon - Episode 4 ⛔️]')).toEqual(['[', '⛔️', 'Stop', 'Amazon', '-', 'Episode', '4', '⛔️', ']']);
    expectSingleToken('rien à cacher ❓', '❓', 'emoji');
  });

  it('keeps ZWJ sequences, skin tones and flags whole', () => {
    expectSingleToken('👩‍💻 code', '👩‍💻', 'emoji', 0);
    expectSingleToken('bravo 👍🏽!', '👍🏽', 'emoji', 6);
    expectSingleToken('🇫🇷🇩🇪', '🇫🇷', 'emoji', 0);
    expectSingleToken('🏳️‍🌈', '🏳️‍🌈', 'emoji', 0);
  });

  it('reads © as a symbol, not an emoji', () => {
    expect(forms('©AFP - DENIS CHARLET')).toEqual(['©', 'AFP', '-', 'DENIS', 'CHARLET']);
    expectSingleToken('©AFP', '©', 'symbol', 0);
  });
});
