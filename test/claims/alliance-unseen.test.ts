import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen article on an alliance', () => {
  const text = [
    'Amazon et Anthropic : une alliance à 8 milliards',
    "Amazon a porté à 8 milliards de dollars son investissement dans la start-up Anthropic, créatrice de l'assistant Claude, a annoncé vendredi la société de Seattle. Le géant avait déjà injecté 4 milliards de dollars en 2023.",
  ].join('\n\n');

  it('reads the first name of a paragraph under a title as its subject, not the title’s last word’s complement', () => {
    expectClaim(text, '4 milliards de dollars', { subject: 'Amazon', time: '2023' });
  });

  it('lets a designation before a name outweigh a verb after it (« l’assistant Claude, a annoncé »)', () => {
    expectClaim(text, '8 milliards de dollars', { subject: 'Amazon', attribution: 'Amazon' });
  });
});
