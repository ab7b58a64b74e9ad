/** Numbers stored in the narrowest array that holds them all exactly. */
export type PackedNumbers = Uint16Array | Int32Array | Float64Array;

/**
 * Almost every page's lines, columns, counts and string offsets fit 16 bits; a page with longer
 * lines or more text than that, or a fractional grade, falls back to wider elements.
 */
export function packNumbers(values: readonly number[]): PackedNumbers {
  let integral = true;
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v)) integral = false;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (integral && min >= 0 && max <= 0xffff) return Uint16Array.from(values);
  if (integral && min >= -0x80000000 && max <= 0x7fffffff) return Int32Array.from(values);
  return Float64Array.from(values);
}
