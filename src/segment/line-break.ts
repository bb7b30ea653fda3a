/** What separates two tokens: nothing of note, a single line break, or a blank line. */
export const LineBreak = { None: 0, Single: 1, Paragraph: 2 } as const;
export type LineBreak = (typeof LineBreak)[keyof typeof LineBreak];

/** The line breaks in the white space [from, to) between two tokens (\r\n counts once). */
export function lineBreakBetween(text: string, from: number, to: number): LineBreak {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x2028 || c === 0x2029 || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      breaks++;
      if (breaks >= 2 || c === 0x2029) return LineBreak.Paragraph;
    }
  }
  return breaks === 1 ? LineBreak.Single : LineBreak.None;
}
