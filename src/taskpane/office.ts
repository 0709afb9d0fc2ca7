/**
 * Office detection, the one place that touches the Office global before the host exists.
 * Outside Excel (the browser preview) office.js is absent or never says Excel: answer null quickly,
 * without waiting on a CDN that may be unreachable.
 */
export interface OfficeInfo {
  displayLanguage: string | null;
  bodyBackground: string | null;
}

export async function detectExcel(timeoutMs = 1500): Promise<OfficeInfo | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timedOut]);
    if (!info || info.host !== Office.HostType.Excel) return null;
    return {
      displayLanguage: Office.context.displayLanguage ?? null,
      bodyBackground: Office.context.officeTheme?.bodyBackgroundColor ?? null,
    };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
