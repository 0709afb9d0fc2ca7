/**
 * How "Esporta PDF" gets the file to the person. A `blob:` link with `download` works in browsers and in
 * Edge's WebView2 (Excel for Windows), but Excel for Mac and for iPad run the pane in WKWebView, which
 * ignores it (office-js#2700, "by design"). There the pane opens pdf.html in the default browser with
 * Office's openBrowserWindow, the report in the address's fragment (pdfPayload.ts), and the browser makes
 * and saves the PDF. Pure: the Office facts come in as data, so every case is tested without Office.
 */

/**
 * Longest pdf.html address the pane hands to a browser. Firefox refuses addresses over 1 MiB
 * (network.standard-url.max-length), Chromium over 2 MiB; 1,000,000 characters stays under both, with room
 * for the page's own path. The example plan's report takes a few tens of thousands.
 */
export const MAX_PDF_URL_LENGTH = 1_000_000;

/** Office.context.platform values whose webview is WebKit's, which does not download blobs. */
const NO_BLOB_DOWNLOAD = new Set(["Mac", "iOS"]);

export interface DeliveryContext {
  /** Office.context.platform ("PC", "Mac", "OfficeOnline", "iOS", …); null in the browser preview. */
  officePlatform: string | null;
  /** A browser window can be opened: Office's openBrowserWindow (OpenBrowserWindowApi 1.1), or window.open in the preview. */
  canOpenBrowser: boolean;
  /** The preview was asked for Excel for Mac's path (?pdf=browser), to try it in any browser. */
  forceBrowser: boolean;
}

/** The Office-facing half: the facts above, and the call that opens the browser (false when it could not). */
export interface BrowserWindowOpener {
  context: DeliveryContext;
  open(url: string): boolean;
}

export type Delivery =
  /** The blob link alone (the browser preview). */
  | { kind: "link" }
  /** The blob link, and «Apri nel browser» for the desktop builds where the download silently fails. */
  | { kind: "linkAndBrowser" }
  /** Open pdf.html in the browser now (the webview cannot download), and offer to open it again. */
  | { kind: "browser" }
  /** Neither works: the pane points to Excel's own Save as PDF. */
  | { kind: "saveAsPdf"; reason: "tooLong" | "noBrowser" };

export function blobDownloadWorks(context: DeliveryContext): boolean {
  if (context.officePlatform === null) return !context.forceBrowser;
  return !NO_BLOB_DOWNLOAD.has(context.officePlatform);
}

/** Whether the choice depends on the address's length, i.e. whether the pane must encode the report at all. */
export function mayUseBrowser(context: DeliveryContext): boolean {
  return context.canOpenBrowser && (context.officePlatform !== null || context.forceBrowser);
}

export function chooseDelivery(context: DeliveryContext, urlLength: number): Delivery {
  const fits = urlLength <= MAX_PDF_URL_LENGTH;
  if (blobDownloadWorks(context)) return mayUseBrowser(context) && fits ? { kind: "linkAndBrowser" } : { kind: "link" };
  if (!context.canOpenBrowser) return { kind: "saveAsPdf", reason: "noBrowser" };
  return fits ? { kind: "browser" } : { kind: "saveAsPdf", reason: "tooLong" };
}
