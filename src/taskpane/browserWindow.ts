/// <reference types="office-js" />
/**
 * Opening pdf.html in a browser window, the one place that calls Office for it. Inside Office:
 * Office.context.ui.openBrowserWindow, which opens the person's default browser (requirement set
 * OpenBrowserWindowApi 1.1; Microsoft's way out of webviews that ignore downloads, office-js#3662). In the
 * browser preview: window.open, and only when asked with ?pdf=browser, to try Excel for Mac's path there.
 */
import type { BrowserWindowOpener } from "./model/pdfDelivery";

export function officeBrowserWindow(): BrowserWindowOpener {
  const ctx = Office.context;
  let canOpenBrowser = false;
  try {
    canOpenBrowser =
      ctx.requirements.isSetSupported("OpenBrowserWindowApi", "1.1") && typeof ctx.ui?.openBrowserWindow === "function";
  } catch {
    canOpenBrowser = false;
  }
  return {
    context: { officePlatform: ctx.platform ? String(ctx.platform) : "", canOpenBrowser, forceBrowser: false },
    open: (url) => {
      try {
        ctx.ui.openBrowserWindow(url);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export function previewBrowserWindow(query: string): BrowserWindowOpener {
  return {
    context: {
      officePlatform: null,
      canOpenBrowser: true,
      forceBrowser: new URLSearchParams(query).get("pdf") === "browser",
    },
    open: (url) => {
      const opened = window.open(url, "_blank");
      if (!opened) return false;
      // The report's page has no business with the pane that opened it.
      opened.opener = null;
      return true;
    },
  };
}
