import { describe, expect, it } from 'vitest';
import { WordShapes } from '../../../src/extract/entities/word-shapes.js';

describe('WordShapes', () => {
  it('never rules out one of its words, and rules out words of another length or first letter', () => {
    const words = ['océan', 'mer', 'lac', 'île', 'golfe', 'a', 'anticonstitutionnellement-et-plus-long-encore'];
    const shapes = new WordShapes(words);
    for (const word of words) expect(shapes.mayContain(word), word).toBe(true);
    expect(shapes.mayContain('océans')).toBe(false);
    expect(shapes.mayContain('ver')).toBe(false);
  });

  it('forgets the previous words when reset', () => {
    const shapes = new WordShapes(['amazon']);
    shapes.reset(['bezos']);
    expect(shapes.mayContain('bezos')).toBe(true);
    expect(shapes.mayContain('amazon')).toBe(false);
  });

  it('holds the words of two lists in their union', () => {
    const both = WordShapes.union(new WordShapes(['ligue', 'office']), new WordShapes(['gare', 'lac']));
    for (const word of ['ligue', 'office', 'gare', 'lac']) expect(both.mayContain(word), word).toBe(true);
    expect(both.mayContain('parti')).toBe(false);
  });
});
