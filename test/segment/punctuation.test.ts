import { describe, it } from 'vitest';
import { expectOneSentence, expectSentences } from './helpers.js';

describe('final punctuation', () => {
  it('splits after periods, question and exclamation marks', () => {
    expectSentences('Amazon recrute. Les syndicats protestent ! Pourquoi ?', [
      'Amazon recrute.',
      'Les syndicats protestent !',
      'Pourquoi ?',
    ]);
  });

  it('keeps ?! and ellipses with their sentence', () => {
    expectSentences('Vraiment ?! Oui... Et après… Rien.', ['Vraiment ?!', 'Oui...', 'Et après…', 'Rien.']);
  });

  it('does not split an ellipsis followed by lower case', () => {
    expectOneSentence('Il hésite... puis signe.');
  });

  it('keeps a closing guillemet or quote with the sentence it closes', () => {
    expectSentences('« Nous ne donnons rien. » Amazon se défend.', ['« Nous ne donnons rien. »', 'Amazon se défend.']);
    expectSentences('"Amazon se défend en disant qu\'en France, il y a une TVA." Depuis peu, tout change.', [
      '"Amazon se défend en disant qu\'en France, il y a une TVA."',
      'Depuis peu, tout change.',
    ]);
  });

  it('does not split after a question in a quote followed by its speaker', () => {
    expectOneSentence('« Pourquoi ? » demande-t-il.');
  });

  it('does not split on a cut in a quotation', () => {
    expectOneSentence('« Nous avons (...) Des mesures seront prises », dit-il.');
  });

  it('ends a sentence after a footnote call and its period', () => {
    expectSentences('Ils démissionnent le 11 mai 2006 [2]. Elle est rétrogradée.', [
      'Ils démissionnent le 11 mai 2006 [2].',
      'Elle est rétrogradée.',
    ]);
  });
});
