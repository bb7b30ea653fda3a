import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/cli/render/columns.js';

describe('numbers in tables', () => {
  it('shows two decimals at most, three significant digits below one, never an exponent', () => {
    expect(formatNumber(100 / 3)).toBe('33.33');
    expect(formatNumber(2 / 21)).toBe('0.0952');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(2204.62)).toBe('2204.62');
    expect(formatNumber(-5.5)).toBe('-5.5');
  });

  it('writes whole numbers in full, without grouping', () => {
    expect(formatNumber(180_200_000_000)).toBe('180200000000');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
  });
});
