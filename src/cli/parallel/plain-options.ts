import type { PlainOption } from './messages.js';

/**
 * The options a command was given, keeping the plain values a worker needs (strings,
 * numbers, booleans, lists of strings) and dropping anything that cannot be cloned.
 */
export function plainOptions(options: Record<string, unknown>): Record<string, PlainOption> {
  const plain: Record<string, PlainOption> = {};
  for (const [name, value] of Object.entries(options)) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') plain[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) plain[name] = [...(value as string[])];
  }
  return plain;
}
