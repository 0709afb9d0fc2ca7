/**
 * Excel for Mac's path to the PDF, in headless Chromium with downloads refused (as WKWebView ignores
 * them): the preview asked for it with ?pdf=browser opens pdf.html in a new window with the report in the
 * fragment; that page makes the PDF in the browser — the same text, page by page, as `cruscotto report`
 * for the same workbook — shows it and links it, under its Content-Security-Policy, asking the network
 * for nothing but the add-in's own files. The pane says where the PDF went and moves the focus there.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { cli } from "../../helpers/cli";
import { pdfPages, requirePoppler } from "../../helpers/pdf";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { EXPORT_TEXTS } from "../../../src/i18n/paneExport";
import { PDF_PAGE_TEXTS } from "../../../src/i18n/pdfPage";
import { todayIso } from "../../../src/cli/report";
import { launchChromium } from "./chromium";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const NAME = "piano-performance-2022-relazione.pdf";
const t = PANE_TEXTS.it;
const x = EXPORT_TEXTS.it;
const p = PDF_PAGE_TEXTS.it;

interface Violation {
  directive: string;
  blocked: string;
}

let server: PreviewServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  requirePoppler();
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-pdf-window-e2e-"));
  browser = await launchChromium();
  server = await startPreviewServer(ensureBuild(), 0);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Downloads refused; offline but for the add-in's own origin; every page records its policy violations. */
async function newContext(): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({
    locale: "it-IT",
    viewport: { width: 1024, height: 900 },
    acceptDownloads: false,
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const origin = new URL(server.url).origin;
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("internetdisconnected"),
  );
  return { context, requests };
}

const violations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);

/** The bytes behind the page's download link, read back inside the page (its blob: exists only there). */
async function linkedPdf(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>("[data-testid=pdf-download]");
    const bytes = new Uint8Array(await (await fetch(link?.href ?? "")).arrayBuffer());
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, "base64");
}

test("?pdf=browser: Esporta PDF opens pdf.html, which makes the CLI's Relazione in the browser, with downloads refused", async () => {
  const { context, requests } = await newContext();
  const pane = await context.newPage();
  await pane.goto(`${server.url}/taskpane.html?pdf=browser`);
  await pane.getByRole("tab", { name: t.tabs.analyze }).waitFor();
  await pane.setInputFiles("[data-testid=file-input]", EXAMPLE);
  await pane.getByTestId("file-name").waitFor();
  await pane.getByRole("tab", { name: x.tab }).click();

  const [popup] = await Promise.all([
    context.waitForEvent("page", { timeout: 180_000 }),
    pane.getByTestId("export-pdf").click(),
  ]);
  // The pane says where the PDF went, with the focus on that sentence; it offers no blob link of its own.
  const notice = pane.getByTestId("notice");
  await notice.getByText(x.openedInBrowser(NAME)).waitFor();
  await expect(pane.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("notice");
  // The pane's one polite live region says it too.
  const live = pane.getByRole("status");
  await expect(live.getAttribute("aria-live")).resolves.toBe("polite");
  await live.getByText(x.openedInBrowser(NAME)).waitFor();
  await expect(pane.getByTestId("pdf-download").count()).resolves.toBe(0);

  // pdf.html beside the pane, the report in the fragment, which the page drops from the address once read.
  const opened = requests.find((u) => u.includes("/pdf.html"));
  expect(opened).toBe(`${new URL(server.url).origin}/pdf.html`);
  const link = popup.getByTestId("pdf-download");
  await link.waitFor({ timeout: 180_000 });
  expect(popup.url()).toBe(`${new URL(server.url).origin}/pdf.html`);
  await expect(popup.getByTestId("pdf-status").textContent()).resolves.toBe(p.ready(NAME));
  await expect(link.getAttribute("download")).resolves.toBe(NAME);
  await expect(link.textContent()).resolves.toBe(p.download(NAME));
  await expect(popup.getByTestId("pdf-viewer").getAttribute("src")).resolves.toMatch(/^blob:/);
  await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe("it");

  const bytes = await linkedPdf(popup);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(link.getAttribute("data-bytes")).resolves.toBe(String(bytes.length));
  const file = path.join(dir, "browser.pdf");
  writeFileSync(file, bytes);
  // The same report as `cruscotto report` on the same day: the same text, page by page.
  const cliPdf = path.join(dir, "cli.pdf");
  expect([0, 1]).toContain((await cli(["report", EXAMPLE, "-o", cliPdf, "--date", todayIso()])).status);
  const pages = pdfPages(file);
  const cliPages = pdfPages(cliPdf);
  expect(pages[0]).toBe(cliPages[0]);
  expect(pages).toEqual(cliPages);

  // «Apri nel browser» opens the same page again (a click: no popup blocker stands in the way).
  const [again] = await Promise.all([context.waitForEvent("page"), pane.getByTestId("pdf-open-browser").click()]);
  await again.getByTestId("pdf-download").waitFor({ timeout: 180_000 });
  await expect(again.getByTestId("pdf-download").getAttribute("data-bytes")).resolves.toBe(String(bytes.length));

  for (const page of [pane, popup, again]) await expect(violations(page)).resolves.toEqual([]);
  const origin = new URL(server.url).origin;
  // Chromium's own PDF viewer (chrome:, chrome-extension:) shows the PDF in the frame: the browser's files, not the network.
  const viewer = requests.filter((u) => /^chrome(-extension)?:/.test(u));
  const foreign = requests.filter(
    (u) => !(u.startsWith(`${origin}/`) || u.startsWith(`blob:${origin}/`) || viewer.includes(u)),
  );
  expect([...new Set(foreign)]).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  // pdf.html fetches the fonts from the add-in's origin, like the pane.
  expect(requests.filter((u) => u === `${origin}/fonts/TitilliumWeb_400Regular.ttf`).length).toBeGreaterThanOrEqual(2);
  await context.close();
}, 400_000);

test("pdf.html opened without a report, or with a damaged one, says what it is and what to do", async () => {
  const { context } = await newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/pdf.html`);
  await page.getByTestId("pdf-status").getByText(p.none).waitFor();
  await page.goto(`${server.url}/pdf.html?lang=en#m=H4sIAAAA`);
  await page.getByTestId("pdf-status").getByText(PDF_PAGE_TEXTS.en.damaged).waitFor();
  // Read and dropped from the address: a reload has no report left to read.
  expect(page.url()).toBe(`${server.url}/pdf.html?lang=en`);
  await page.reload();
  await page.getByTestId("pdf-status").getByText(PDF_PAGE_TEXTS.en.none).waitFor();
  await expect(page.getByTestId("pdf-download").isHidden()).resolves.toBe(true);
  await expect(violations(page)).resolves.toEqual([]);
  await context.close();
}, 120_000);
