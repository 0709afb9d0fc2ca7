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
 * The envelope of one action beyond its payload: the object path that reaches the range (sheet,
 * address, property chain), the action's id and type. Deliberately generous: overestimating costs at
 * most an extra sync, underestimating a failed one.
 */
export const ACTION_OVERHEAD_BYTES = 240;

/** Default budget per sync: 10 % under Excel on the web's 5 MB. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_500_000;

/** Upper bound for one rectangle's operations, so that a 50 000-row column still packs into several syncs. */
export const MAX_GROUP_BYTES = 1_000_000;
