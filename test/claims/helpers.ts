import { expect } from 'vitest';
import { AnalyzedDocument } from '../../src/analysis.js';
import { createDocument } from '../../src/document/document.js';
import { claimRecords } from '../../src/records/build.js';
import type { ClaimRecord } from '../../src/records/types.js';

/** The claims of one text, read as a document published on `date`. */
export function claimsOf(text: string, date = '2024-03'): ClaimRecord[] {
  return claimRecords(new AnalyzedDocument(createDocument('t', text, { date })));
}

/** Checks the one claim whose text is `figure`: its span and the fields given. */
export function expectClaim(text: string, figure: string, fields: Partial<ClaimRecord>, date?: string): void {
  const claims = claimsOf(text, date).filter((claim) => claim.text === figure);
  expect(claims, `claims «${figure}» in «${text}»`).toHaveLength(1);
  const start = [...text.slice(0, text.indexOf(figure))].length;
  expect(claims[0]).toMatchObject({ start, end: start + [...figure].length, ...fields });
}
