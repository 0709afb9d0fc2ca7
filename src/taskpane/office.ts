/**
 * Office detection, the one place that touches the Office global before the host exists.
 *
 * Office's own answer decides, and nothing else: inside Excel, `Office.onReady()` resolves with host Excel
 * when Excel is ready — which on a slow Excel on the web can take many seconds — and outside an Office
 * application it resolves with null for both host and platform ("Initialize your Office Add-in", in
 * Microsoft's Office Add-ins documentation). So the pane waits for that answer with no time limit: inside
 * Excel it never falls into the browser preview, and outside Office the preview opens as soon as office.js
 * says so, or at once when office.js could not be loaded at all (offline, blocked).
 */
export interface OfficeInfo {
  displayLanguage: string | null;
  bodyBackground: string | null;
}

/** The part of the Office global this module reads: injected, so that tests can play any answer. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType: { Excel: unknown };
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
  };
}

function globalOffice(): OfficeGlobal | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeGlobal);
}

export async function detectExcel(office: OfficeGlobal | undefined = globalOffice()): Promise<OfficeInfo | null> {
  if (!office || typeof office.onReady !== "function") return null;
  try {
    const info = await office.onReady();
    if (!info || info.host !== office.HostType.Excel) return null;
    return {
      displayLanguage: office.context?.displayLanguage ?? null,
      bodyBackground: office.context?.officeTheme?.bodyBackgroundColor ?? null,
    };
  } catch {
    return null;
  }
}
