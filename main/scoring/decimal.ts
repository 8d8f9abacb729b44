// Exact decimal arithmetic for points (big.js): 0.1 + 0.2 is 0.3 here, so a total printed in the minutes
// is the sum of the figures printed beside it. Nothing in a total ever passes through a binary float.
import Big from 'big.js';

/** A constructor of our own, so that no other code changing Big.DP or Big.RM can change our results. */
const Decimal = Big();
Decimal.DP = 20;
Decimal.RM = Big.roundHalfUp;

/**
 * Quotients are only ever needed to two decimals, half-up. Truncating at three decimals first keeps that
 * rounding exact (the third decimal of a non-negative quotient, the one half-up looks at, is never changed
 * by a truncation further right) and saves the long division to twenty places.
 */
const Quotient = Big();
Quotient.DP = 3;
Quotient.RM = Big.roundDown;

export const ZERO = new Decimal(0);

/** "7.5" or 7.5 as an exact decimal; throws on anything that is not a number. */
export function toBig(value: string | number): Big {
  return new Decimal(value);
}

/** A figure as stored ("7.5"), or null when there is none or it is not a non-negative number (never counted). */
export function parseFigure(value: string | null | undefined): Big | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return new Decimal(text);
}

/** Half-up to two decimals: how points are kept and printed. */
export function round2(value: Big): Big {
  // Most figures already have two decimals at most (`c` holds the digits, `e` the exponent): keep them as
  // they are rather than allocate a copy, which matters when a whole bloc is recomputed on each keystroke.
  if (value.c.length - value.e - 1 <= 2) return value;
  return value.round(2, Big.roundHalfUp);
}

/** num / den (both ≥ 0, den > 0) rounded half-up to two decimals, exactly. */
export function ratio2(num: Big, den: Big): Big {
  // Back to our own constructor, so that the quotient's short division settings go no further.
  return round2(new Decimal(new Quotient(num).div(den)));
}

/** Canonical form, no exponent and no trailing zeros: "92.5", "100", "0". */
export function plain(value: Big): string {
  return value.toFixed();
}

/** As printed for an officer: two decimals at most, half-up, with a decimal comma: "92,5", "100", "7,25". */
export function formatPoints(value: string | Big): string {
  return plain(round2(typeof value === 'string' ? toBig(value) : value)).replace('.', ',');
}

export function sum(values: Iterable<Big>): Big {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

export function minBig(a: Big, b: Big): Big {
  return a.lt(b) ? a : b;
}
