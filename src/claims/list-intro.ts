import type { Entity } from '../extract/entities/types.js';
import type { ClaimContext } from './context.js';

/** A list item's line: a dash, bullet or star, or a number with its point, then a space. */
const LIST_ITEM = /^[ \t]*(?:[-•*–—·]|\d{1,3}[.)])[ \t]/;

/**
 * « Amazon annonce un plan … Ce programme comprend : ¶ - l'ouverture de deux centres, qui
 * créeront 1 500 emplois ; »: an item of a list takes the topic of the paragraph whose line
 * introduced the list with a colon (`topicBefore` that line's end). Lines between are items or
 * blank; each line's answer is kept, so a long list is read once.
 */
export function listIntroTopic(context: ClaimContext, offset: number, topicBefore: (offset: number) => Entity | null): Entity | null {
  const table = 'list-intro';
  let [lineStart] = context.lineAround(offset);
  if (!LIST_ITEM.test(context.text.slice(lineStart, Math.min(lineStart + 8, context.text.length)))) return null;
  const pending: number[] = [];
  let found: Entity | null = null;
  while (lineStart > 0) {
    if (context.hasMemo(table, lineStart)) {
      found = context.memo<Entity | null>(table, lineStart, () => null);
      break;
    }
    pending.push(lineStart);
    const [previous, previousEnd] = context.lineAround(lineStart - 1);
    const line = context.text.slice(previous, previousEnd).trim();
    if (line === '' || LIST_ITEM.test(context.text.slice(previous, Math.min(previous + 8, previousEnd)))) {
      lineStart = previous;
      continue;
    }
    if (line.endsWith(':')) found = topicBefore(previousEnd);
    break;
  }
  for (const line of pending) context.memo(table, line, () => found);
  return found;
}
