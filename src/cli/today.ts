/** Today's date where the command runs, as yyyy-mm-dd: the core reads no clock, the CLI gives it the date. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
