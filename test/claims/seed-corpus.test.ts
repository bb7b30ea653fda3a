import { describe, expect, it } from 'vitest';
import { expectedClaims, extractSeedClaims, scoreClaims } from '../../scripts/eval/claims.js';

describe('claims of the seed corpus (test/fixtures/claims)', () => {
  it('meets the targets: every claim, precision >= 95 %, subject >= 95 %, metric >= 85 %, every time', async () => {
    const scores = scoreClaims(expectedClaims(), await extractSeedClaims());
    expect(scores.missed).toEqual([]);
    expect(scores.found / scores.extracted).toBeGreaterThanOrEqual(0.95);
    expect(scores.value).toBe(scores.found);
    expect(scores.subject / scores.found).toBeGreaterThanOrEqual(0.95);
    expect(scores.metric / scores.found).toBeGreaterThanOrEqual(0.85);
    expect(scores.time).toBe(scores.withTime);
  });
});
