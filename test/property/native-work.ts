/**
 * Work done inside built-ins, which V8's block coverage cannot see: a scanner that calls
 * `text.indexOf(…)` or a regular expression from the start of the text for every
 * candidate, or inserts into a long array with `splice`, loops natively. While `measure`
 * runs, the built-ins that scan are wrapped to add what they step over:
 * - `RegExp.prototype.exec` (every `test`, `match`, `replace`, `split` with a regular
 *   expression goes through it): the characters from where the search starts to the end
 *   of the match, or to the end of the text when it fails (1 for a failed sticky match);
 * - String `indexOf`, `lastIndexOf`, `includes`: the characters searched;
 *   `toLowerCase`, `toUpperCase`, `normalize`, and `split`/`replace`/`replaceAll` with a
 *   string: the string's length;
 * - Array `indexOf`, `lastIndexOf`, `includes`: the elements searched; `splice`: the
 *   elements moved; `slice`, `concat`, `join`, `sort`: the elements copied or visited.
 * Slicing a string is not counted: V8 makes it O(1) for all but short slices.
 */
type Charge = (self: any, args: any[], result: any, before: { readonly length: number; readonly lastIndex: number }) => number;

export function measureNativeWork<T>(run: () => T): { result: T; steps: number } {
  let steps = 0;
  const restore: (() => void)[] = [];
  const stringIndexOf = String.prototype.indexOf;
  const arrayIndexOf = Array.prototype.indexOf;
  const wrap = (target: object, name: string, charge: Charge): void => {
    const original = (target as any)[name] as (...args: any[]) => any;
    (target as any)[name] = function (this: any, ...args: any[]) {
      const before = { length: typeof this === 'string' || this instanceof String ? String(this).length : (this?.length ?? 0), lastIndex: this instanceof RegExp ? this.lastIndex : 0 };
      const result = original.apply(this, args);
      steps += charge(this, args, result, before);
      return result;
    };
    restore.push(() => {
      (target as any)[name] = original;
    });
  };

  wrap(RegExp.prototype, 'exec', (regex: RegExp, args, match: RegExpExecArray | null, before) => {
    const input = String(args[0]);
    const from = regex.global || regex.sticky ? before.lastIndex : 0;
    if (match === null) return regex.sticky ? 1 : Math.max(1, input.length - from);
    return Math.max(1, match.index + match[0].length - from);
  });
  const searched = (found: number, from: unknown, length: number): number => {
    const origin = typeof from === 'number' ? Math.min(Math.max(0, from), length) : 0;
    return 1 + (found >= 0 ? Math.max(0, found - origin) : length - origin);
  };
  wrap(String.prototype, 'indexOf', (_self, args, found: number, before) => searched(found, args[1], before.length));
  wrap(String.prototype, 'includes', (self, args, _r, before) => searched(stringIndexOf.call(String(self), args[0], args[1]), args[1], before.length));
  wrap(String.prototype, 'lastIndexOf', (_self, _args, _r, before) => 1 + before.length);
  for (const name of ['toLowerCase', 'toUpperCase', 'normalize', 'toLocaleLowerCase', 'toLocaleUpperCase']) {
    wrap(String.prototype, name, (_self, _args, _r, before) => 1 + before.length);
  }
  for (const name of ['split', 'replace', 'replaceAll']) {
    // with a regular expression the work is counted by `exec`
    wrap(String.prototype, name, (_self, args, _r, before) => (args[0] instanceof RegExp ? 1 : 1 + before.length));
  }
  wrap(Array.prototype, 'indexOf', (_self, args, found: number, before) => searched(found, args[1], before.length));
  wrap(Array.prototype, 'includes', (self, args, _r, before) => searched(arrayIndexOf.call(self, args[0], args[1]), args[1], before.length));
  wrap(Array.prototype, 'lastIndexOf', (_self, _args, _r, before) => 1 + before.length);
  wrap(Array.prototype, 'splice', (_self, args, _r, before) => {
    const start = typeof args[0] === 'number' ? Math.min(Math.max(0, args[0] < 0 ? before.length + args[0] : args[0]), before.length) : 0;
    return 1 + (before.length - start) + Math.max(0, args.length - 2);
  });
  for (const name of ['slice', 'concat', 'join']) wrap(Array.prototype, name, (_self, _args, _r, before) => 1 + before.length);
  wrap(Array.prototype, 'sort', (_self, _args, _r, before) => 1 + before.length * Math.ceil(Math.log2(before.length + 1)));

  try {
    return { result: run(), steps };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}
