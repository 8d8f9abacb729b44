// The share of votes a candidate needs: a percentage ("50%", "66,67%") or a fraction ("2/3"), as blocs
// write it in their rules. Kept as an exact fraction so "2/3 of 10" is decided without rounding.

export interface Threshold {
  numerator: number;
  denominator: number;
  /** As the documents print it: "50%", "2/3". */
  label: string;
}

/** "50%", "66,67 %", "2/3" → the exact fraction; null when it is not one, or not in (0, 100%]. */
export function parseThreshold(text: string): Threshold | null {
  const value = text.normalize('NFC').replace(/\s+/g, '');
  const fraction = /^(\d{1,2})\/(\d{1,2})$/.exec(value);
  if (fraction) {
    const numerator = Number(fraction[1]);
    const denominator = Number(fraction[2]);
    if (numerator < 1 || denominator < 1 || numerator > denominator) return null;
    return { numerator, denominator, label: `${numerator}/${denominator}` };
  }
  const percent = /^(\d{1,3})(?:[.,](\d{1,2}))?%$/.exec(value);
  if (!percent) return null;
  const decimals = percent[2] ?? '';
  const hundredths = Number(percent[1]) * 100 + Number(decimals.padEnd(2, '0') || '0');
  if (hundredths < 1 || hundredths > 10000) return null;
  const label = `${percent[1]}${decimals ? `,${decimals}` : ''}%`;
  return { numerator: hundredths, denominator: 10000, label };
}
