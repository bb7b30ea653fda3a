/** CONTRACT.md: 0 success; 1 `check` found conflicts; 2 usage error or an unreadable input. */
export const EXIT = { ok: 0, conflicts: 1, usage: 2 } as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];
