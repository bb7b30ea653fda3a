/** Output formats of every command; `--format` offers exactly these, so flags and renderers cannot drift. */
export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** `check` also speaks GitHub Actions' workflow commands, so a CI job marks the disagreeing lines. */
export const CHECK_FORMATS = [...FORMATS, 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
