/**
 * Percent conversions in one place. People and plan documents write coinsurance as a percent ("20%"); the core's
 * `Coverage.coinsurance` is a fraction (0.2) and its arithmetic uses basis points (2000). Each conversion shifts the
 * decimal point in the number's text, so 29 → 0.29 exactly, never 0.29000000000000004.
 */

/** Moves the decimal point `places` to the right (negative: to the left) without a floating-point product. */
function shift(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** 20 → 0.2 (the core's `coinsurance`). */
export function percentToFraction(percent: number): number {
  return shift(percent, -2);
}

/** 0.2 → 20. */
export function fractionToPercent(fraction: number): number {
  return shift(fraction, 2);
}

/** 20 → 2000, rounded to a whole basis point (20.005 → 2001). */
export function percentToBasisPoints(percent: number): number {
  return Math.round(shift(percent, 2));
}

/** 2000 → 20. */
export function basisPointsToPercent(basisPoints: number): number {
  return shift(basisPoints, -2);
}
