import type { FigureContext } from './context.js';
import { isDigits, isPunct } from './cursor.js';

/** A number written with digits in French formatting. */
export interface DigitNumber {
  readonly value: number;
  /** Lexeme of the sign when one is written, else of the first digits. */
  readonly firstLex: number;
  readonly endLex: number;
  readonly decimal: boolean;
  /** A plain integer without grouping, sign or decimal part (what a year or an ordinal looks like). */
  readonly plain: boolean;
  readonly negative: boolean;
}

function blankBefore(ctx: FigureContext, i: number): boolean {
  const l = ctx.lexemes[i];
  return l === undefined || l.kind === 'space' || l.kind === 'newline' || (l.kind === 'punct' && '([{/:;«"'.includes(l.norm));
}

/** A one-character blank (space, no-break or thin space) between digit groups. */
function groupSpace(ctx: FigureContext, i: number): boolean {
  const l = ctx.lexemes[i];
  return l !== undefined && l.kind === 'space' && l.end - l.start === 1;
}

function digitsOfLength(ctx: FigureContext, i: number, length: number): boolean {
  const l = ctx.lexemes[i];
  return l !== undefined && l.kind === 'digits' && l.end - l.start === length;
}

/**
 * Reads digits from lexeme i: thousands grouped by a blank or a dot (1 500, 40.000,
 * 1.458.000,00), a decimal comma (47,8; « ,08 »), a decimal point when it cannot be a
 * group (0.8), a sign (−5, +3,2) that touches the number and follows a blank, an exponent
 * (1e10, 12,32e+14, 1,1^23), a fraction (3/4, 2 1/4).
 */
export function readDigitNumber(ctx: FigureContext, i: number): DigitNumber | undefined {
  const lex = ctx.lexemes;
  if (!isDigits(ctx, i)) return undefined;
  let first = i;
  let negative = false;
  let signed = false;
  if ((isPunct(ctx, i - 1, '-') || isPunct(ctx, i - 1, '+')) && blankBefore(ctx, i - 2)) {
    first = i - 1;
    negative = lex[i - 1].norm === '-';
    signed = true;
  }
  let integer = lex[i].norm;
  let j = i + 1;
  let grouped = false;
  if (integer.length <= 3) {
    // one kind of separator for the whole number
    const separator = groupSpace(ctx, j) ? 'space' : isPunct(ctx, j, '.') ? 'dot' : '';
    if (separator !== '') {
      while (
        (separator === 'space' ? groupSpace(ctx, j) : isPunct(ctx, j, '.')) &&
        digitsOfLength(ctx, j + 1, 3) &&
        !(separator === 'dot' && digitsOfLength(ctx, j + 1, 3) && !grouped && !isPunct(ctx, j + 2, '.') && !isPunct(ctx, j + 2, ',') && integer === '0')
      ) {
        integer += lex[j + 1].norm;
        j += 2;
        grouped = true;
      }
    }
  }
  let fraction = '';
  if (isPunct(ctx, j, ',') && isDigits(ctx, j + 1)) {
    fraction = lex[j + 1].norm;
    j += 2;
  } else if (!grouped && isPunct(ctx, j, '.') && isDigits(ctx, j + 1) && !(isPunct(ctx, j + 2, '.') && isDigits(ctx, j + 3))) {
    fraction = lex[j + 1].norm;
    j += 2;
  }
  let value = Number(fraction === '' ? integer : `${integer}.${fraction}`);
  // exponent: « 1e10 », « 12,32e+14 », « 1,1^23 »
  const l = lex[j];
  if (l !== undefined && l.kind === 'word' && l.norm === 'e') {
    let k = j + 1;
    let sign = 1;
    if (isPunct(ctx, k, '+') || isPunct(ctx, k, '-')) {
      sign = lex[k].norm === '-' ? -1 : 1;
      k++;
    }
    if (isDigits(ctx, k) && !(lex[k + 1] !== undefined && lex[k + 1].kind === 'word')) {
      value *= 10 ** (sign * Number(lex[k].norm));
      j = k + 1;
    }
  } else if (isPunct(ctx, j, '^')) {
    let k = j + 1;
    let sign = 1;
    while (isPunct(ctx, k, '+') || isPunct(ctx, k, '-')) {
      if (lex[k].norm === '-') sign = -sign;
      k++;
    }
    if (isDigits(ctx, k)) {
      value = value ** (sign * Number(lex[k].norm));
      j = k + 1;
    }
  } else if (!grouped && fraction === '') {
    // « 3/4 »; « 2 1/4 », « 10 1/2 » (whole part, blanks, fraction)
    if (isPunct(ctx, j, '/') && isDigits(ctx, j + 1) && !isPunct(ctx, j + 2, '/') && Number(lex[j + 1].norm) > 0) {
      value = value / Number(lex[j + 1].norm);
      j += 2;
    } else if (lex[j] !== undefined && lex[j].kind === 'space' && isDigits(ctx, j + 1) && isPunct(ctx, j + 2, '/') && isDigits(ctx, j + 3) && !isPunct(ctx, j + 4, '/')) {
      const numerator = Number(lex[j + 1].norm);
      const denominator = Number(lex[j + 3].norm);
      if (denominator > numerator && numerator > 0) {
        value += numerator / denominator;
        j += 4;
      }
    }
  }
  const plain = !signed && !grouped && fraction === '' && j === i + 1;
  return { value: negative ? -value : value, firstLex: first, endLex: j, decimal: fraction !== '', plain, negative };
}
