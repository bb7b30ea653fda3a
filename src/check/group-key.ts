import type { CheckedClaim } from './types.js';

/**
 * Folds a name for grouping: case, accents, apostrophes, hyphens and spacing do not
 * separate two claims (« Etats-Unis » = « États-Unis », « chiffre d’affaires » =
 * « Chiffre d'affaires »).
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Claims about the same subject, metric and unit share a key; claims missing either never group. */
export function groupKey(claim: CheckedClaim): string | null {
  if (!claim.subject || !claim.metric) return null;
  return `${foldName(claim.subject)}\u0000${foldName(claim.metric)}\u0000${claim.unit ?? ''}`;
}
