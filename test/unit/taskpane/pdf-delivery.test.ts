/**
 * Excel for Mac's path to the PDF: the report carried to pdf.html in the address's fragment comes back as
 * it went (gzip or plain JSON, any text), a damaged or absent fragment is told apart, and the choice
 * between the blob link and the default browser follows the platform, Office's support and the length.
 */
import { CompressionStream, DecompressionStream } from "node:stream/web";
import type { ReportDocument } from "../../../src/core/document";
import {
  decodePayload,
  encodePayload,
  fromBase64Url,
  payloadUrl,
  toBase64Url,
  type Compression,
  type PdfPayload,
} from "../../../src/taskpane/model/pdfPayload";
import {
  chooseDelivery,
  MAX_PDF_URL_LENGTH,
  mayUseBrowser,
  type DeliveryContext,
} from "../../../src/taskpane/model/pdfDelivery";

const NODE_STREAMS = { CompressionStream, DecompressionStream } as unknown as Compression;

const model: ReportDocument = {
  lang: "it",
  meta: {
    title: "Relazione sulla Performance 2022",
    author: "Comune di Città",
    subject: "Piano",
    keywords: "performance",
    language: "it-IT",
    runDate: "2023-03-31",
  },
  footerText: "Comune di Città · Relazione 2022",
  pageTemplate: "Pagina {n} di {N}",
  sections: [
    {
      kind: "cover",
      newPage: false,
      outline: { title: "Copertina" },
      blocks: [
        {
          kind: "cover",
          ente: "Comune di Città",
          title: "Relazione",
          subtitle: "Anno 2022",
          details: ["Eseguita il 31/03/2023"],
        },
        { kind: "paragraph", text: "Perché «così» — ⟦pseudo⟧ € 😀", style: "note" },
        {
          kind: "table",
          columns: [
            { header: "Unità", width: 2, align: "left" },
            { header: "Punteggio", width: 1, align: "right" },
          ],
          rows: [
            { kind: "group", text: "Obiettivo 1" },
            { kind: "row", cells: ["Servizio Staff", "87,5%"], status: "green" },
          ],
          statusColumn: 1,
          mergeRepeated: [],
        },
      ],
    },
  ],
} as unknown as ReportDocument;

const payload: PdfPayload = { v: 1, fileName: "Piano 2022-relazione.pdf", model };

describe("the report in pdf.html's fragment", () => {
  test("base64url round trip at every length, with no padding and no '+' or '/'", () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) % 256);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
    expect(fromBase64Url("ab+c")).toBeNull();
    expect(fromBase64Url("abcde")).toBeNull();
  });

  test("model → gzip fragment → the same model", async () => {
    const fragment = await encodePayload(payload, NODE_STREAMS);
    expect(fragment).toMatch(/^m=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(JSON.stringify(payload).length);
    await expect(decodePayload(`#${fragment}`, NODE_STREAMS)).resolves.toEqual({ kind: "payload", payload });
  });

  test("without CompressionStream the fragment is plain JSON, read back the same; a browser without DecompressionStream says so", async () => {
    const fragment = await encodePayload(payload, {});
    expect(fragment).toMatch(/^j=/);
    await expect(decodePayload(fragment, {})).resolves.toEqual({ kind: "payload", payload });
    const gz = await encodePayload(payload, NODE_STREAMS);
    await expect(decodePayload(gz, {})).resolves.toEqual({ kind: "unsupported" });
  });

  test("the address is pdf.html beside the pane, without the pane's query", async () => {
    const url = await payloadUrl(
      "https://addin.example.it/cruscotto/taskpane.html?lang=en&pdf=browser",
      payload,
      NODE_STREAMS,
    );
    expect(url).toMatch(/^https:\/\/addin\.example\.it\/cruscotto\/pdf\.html#m=[A-Za-z0-9_-]+$/);
    await expect(decodePayload(new URL(url).hash, NODE_STREAMS)).resolves.toEqual({ kind: "payload", payload });
  });

  test("no fragment, a cut one, a corrupt one, or another shape of JSON is not taken for a report", async () => {
    const fragment = await encodePayload(payload, NODE_STREAMS);
    await expect(decodePayload("", NODE_STREAMS)).resolves.toEqual({ kind: "none" });
    await expect(decodePayload("#top", NODE_STREAMS)).resolves.toEqual({ kind: "none" });
    await expect(decodePayload(fragment.slice(0, fragment.length / 2), NODE_STREAMS)).resolves.toEqual({
      kind: "damaged",
    });
    await expect(decodePayload("m=" + "A".repeat(40), NODE_STREAMS)).resolves.toEqual({ kind: "damaged" });
    await expect(decodePayload("m=a%20b", NODE_STREAMS)).resolves.toEqual({ kind: "damaged" });
    const other = await encodePayload({ ...payload, v: 2 } as unknown as PdfPayload, NODE_STREAMS);
    await expect(decodePayload(other, NODE_STREAMS)).resolves.toEqual({ kind: "damaged" });
  });
});

describe("chooseDelivery", () => {
  const office = (platform: string, canOpenBrowser = true): DeliveryContext => ({
    officePlatform: platform,
    canOpenBrowser,
    forceBrowser: false,
  });
  const preview: DeliveryContext = { officePlatform: null, canOpenBrowser: true, forceBrowser: false };
  const short = 40_000;
  const long = MAX_PDF_URL_LENGTH + 1;

  test("the browser preview keeps the blob link; ?pdf=browser takes Excel for Mac's path", () => {
    expect(mayUseBrowser(preview)).toBe(false);
    expect(chooseDelivery(preview, 0)).toEqual({ kind: "link" });
    const forced = { ...preview, forceBrowser: true };
    expect(mayUseBrowser(forced)).toBe(true);
    expect(chooseDelivery(forced, short)).toEqual({ kind: "browser" });
    expect(chooseDelivery(forced, long)).toEqual({ kind: "saveAsPdf", reason: "tooLong" });
  });

  test("Excel for Mac and for iPad open the default browser, or point to Save as PDF when they cannot", () => {
    for (const platform of ["Mac", "iOS"]) {
      expect(chooseDelivery(office(platform), short)).toEqual({ kind: "browser" });
      expect(chooseDelivery(office(platform), MAX_PDF_URL_LENGTH)).toEqual({ kind: "browser" });
      expect(chooseDelivery(office(platform), long)).toEqual({ kind: "saveAsPdf", reason: "tooLong" });
      expect(chooseDelivery(office(platform, false), short)).toEqual({ kind: "saveAsPdf", reason: "noBrowser" });
    }
  });

  test("Excel for Windows and on the web keep the link, with «Apri nel browser» when Office can open it", () => {
    for (const platform of ["PC", "OfficeOnline", "Universal"]) {
      expect(chooseDelivery(office(platform), short)).toEqual({ kind: "linkAndBrowser" });
      expect(chooseDelivery(office(platform), long)).toEqual({ kind: "link" });
      expect(chooseDelivery(office(platform, false), short)).toEqual({ kind: "link" });
      expect(mayUseBrowser(office(platform, false))).toBe(false);
    }
  });
});

describe("officeBrowserWindow, with Office played by the test", () => {
  interface FakeOffice {
    context: {
      platform: string;
      requirements: { isSetSupported(name: string, version: string): boolean };
      ui: { openBrowserWindow(url: string): void };
    };
  }
  const holder = globalThis as unknown as { Office?: FakeOffice };
  afterEach(() => {
    delete holder.Office;
  });

  function playOffice(platform: string, supported: boolean, open: (url: string) => void): string[] {
    const asked: string[] = [];
    holder.Office = {
      context: {
        platform,
        requirements: {
          isSetSupported: (name, version) => {
            asked.push(`${name} ${version}`);
            return supported;
          },
        },
        ui: { openBrowserWindow: open },
      },
    };
    return asked;
  }

  test("Excel for Mac: the platform and OpenBrowserWindowApi 1.1 come from Office, and open() calls openBrowserWindow", async () => {
    const { officeBrowserWindow } = await import("../../../src/taskpane/browserWindow");
    const opened: string[] = [];
    const asked = playOffice("Mac", true, (url) => opened.push(url));
    const win = officeBrowserWindow();
    expect(asked).toEqual(["OpenBrowserWindowApi 1.1"]);
    expect(win.context).toEqual({ officePlatform: "Mac", canOpenBrowser: true, forceBrowser: false });
    expect(chooseDelivery(win.context, 50_000)).toEqual({ kind: "browser" });
    expect(win.open("https://addin.example.it/pdf.html#m=abc")).toBe(true);
    expect(opened).toEqual(["https://addin.example.it/pdf.html#m=abc"]);
  });

  test("an Excel without the requirement set cannot open the browser; a refused call reports false", async () => {
    const { officeBrowserWindow } = await import("../../../src/taskpane/browserWindow");
    playOffice("Mac", false, () => {
      throw new Error("not supported");
    });
    const win = officeBrowserWindow();
    expect(win.context.canOpenBrowser).toBe(false);
    expect(chooseDelivery(win.context, 50_000)).toEqual({ kind: "saveAsPdf", reason: "noBrowser" });
    expect(win.open("https://addin.example.it/pdf.html#m=abc")).toBe(false);
  });
});
