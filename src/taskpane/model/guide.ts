/**
 * «Come si usa»: the short strip shown on first use, until the person closes it. Remembered in
 * localStorage where there is one; where storage is refused (private windows, a webview's policy) reading
 * or writing throws, and the strip then simply shows again next time.
 */

/** The part of Storage used here, so that tests can hand in a fake or a throwing one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const GUIDE_KEY = "cruscotto-performance.guide-dismissed";

/** The browser's localStorage, or null where even looking at it throws. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function guideDismissed(store: KeyValueStore | null): boolean {
  try {
    return store?.getItem(GUIDE_KEY) === "1";
  } catch {
    return false;
  }
}

/** Remembers the choice; false when it could not be stored (the strip is closed for this session only). */
export function dismissGuide(store: KeyValueStore | null): boolean {
  try {
    if (!store) return false;
    store.setItem(GUIDE_KEY, "1");
    return true;
  } catch {
    return false;
  }
}
