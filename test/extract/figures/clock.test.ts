import { describe, it } from 'vitest';
import { expectNone, expectSingle } from './helpers.js';

describe('hours written as on a clock', () => {
  it('reads hours and minutes of a duration as hours', () => {
    expectSingle('livraison en 2 h 30 dans Paris', { text: '2 h 30', value: 2.5, kind: 'duration', unit: 'h' });
    expectSingle('livré en 1h30 ce matin', { text: '1h30', value: 1.5, kind: 'duration', unit: 'h' });
    expectSingle('un trajet de 2h15', { text: '2h15', value: 2.25, unit: 'h' });
    expectSingle('plus de 1 h 45 de queue', { text: '1 h 45', value: 1.75, approx: true });
  });

  it('still reads a bare number of hours as a duration', () => {
    expectSingle('il a attendu 2 h', { text: '2 h', value: 2, unit: 'h' });
    expectSingle('il travaille 35 heures par semaine', { text: '35 heures par semaine', value: 35, unit: 'h', per: 'semaine' });
  });

  it('reads no figure in a time of day', () => {
    expectNone('rendez-vous à 14 h 30 devant l’entrepôt');
    expectNone('Le vote a eu lieu à 14h30.');
    expectNone('réunion à 20:00');
    expectNone('À 9 heures, il part.');
    expectNone('ouvert de 9 h à 18 h');
    expectNone('à partir de 8 h');
    expectNone('dès 6 h');
  });

  it('reads no figure in « 24h/24 », « 7j/7 », « 24/7 »', () => {
    expectNone('ouvert 24h/24 et 7j/7');
    expectNone('disponible 24/7');
  });
});
