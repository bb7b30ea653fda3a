import { describe, expect, it } from 'vitest';
import { seedCorpusScores } from '../../../scripts/eval/ner.js';

describe('the five bundled articles against their hand-written entities', () => {
  const scores = seedCorpusScores();
  it('finds at least 95 % of the organisations', () => {
    expect(scores.organisationsFound / scores.organisations).toBeGreaterThanOrEqual(0.95);
  });
  it('reaches F1 >= 90 % over all labels (entity level)', () => {
    const { tp, predicted, gold } = scores.entities;
    const precision = tp / predicted;
    const recall = tp / gold;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });
});
