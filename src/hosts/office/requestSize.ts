/**
 * Estimating a request's size before sending it. Excel on the web refuses a request over 5 MB, and a
 * refused sync may already have applied part of the batch; so the host sizes every operation up front
 * and splits only where the sum would pass its budget.
 */

/** UTF-8 length of a string without allocating its encoding (the payloads run to megabytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair: one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "null");
}

/**
 * The envelope of one action beyond its payload and its sheet's name: the rest of its object path (workbook,
 * worksheet, range and property chain, the address), its kind and its name. Measured on the requests the
 * Excel fake serialises, with a margin: an estimate that runs over costs a refused sync, one that runs under
 * only a little room.
 */
export const ACTION_OVERHEAD_BYTES = 96;

/** Default budget per sync: 10 % under Excel on the web's 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_500_000;

/**
 * Upper bound for one band of a rectangle's operations. Small, so that the greedy packing leaves little of a
 * request unused when the next band does not fit; large enough that the envelopes stay a sliver of it (a few
 * hundred bytes an op). At 250 KB the 50k-indicator plan's writes took 11 requests, at 100 KB 10.
 */
export const MAX_GROUP_BYTES = 100_000;
