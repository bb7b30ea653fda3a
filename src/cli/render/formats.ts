/** Output formats of every command; `--format` offers exactly these, so flags and renderers cannot drift. */
export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
