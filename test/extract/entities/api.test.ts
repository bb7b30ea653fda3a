import { expect, it } from 'vitest';

it('pins the public API of the entities module', async () => {
  expect(Object.keys(await import('../../../src/extract/entities/index.js')).sort()).toEqual(['MentionIndex', 'entityPipeline', 'extractEntities']);
});
