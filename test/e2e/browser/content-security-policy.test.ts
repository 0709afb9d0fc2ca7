/**
 * In the browser: the pane's Content-Security-Policy is in force and the whole preview
 * flow runs under it without one violation (a blocked script, style, eval, fetch or image would be
 * reported as a `securitypolicyviolation` event, which the page records from its first line); and the
 * pane asks the network for nothing but its own files and office.js.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { launchChromium } from "./chromium";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

let server: PreviewServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-e2e-security-"));
  browser = await launchChromium();
  server = await startPreviewServer(ensureBuild(), 0);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  violations: () => Promise<Violation[]>;
}

async function open(query = ""): Promise<Opened> {
  const context = await browser.newContext({
    locale: "it-IT",
    viewport: { width: 1024, height: 900 },
    acceptDownloads: true,
  });
  // Registered before any of the page's own scripts run, so that nothing blocked goes unrecorded.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const origin = new URL(server.url).origin;
  // Offline, whatever the machine's network: office.js cannot load, the pane starts in preview mode.
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("internetdisconnected"),
  );
  await page.goto(`${server.url}/taskpane.html${query}`);
  const violations = (): Promise<Violation[]> =>
    page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
  return { context, page, requests, violations };
}

function foreignRequests(requests: string[]): string[] {
  const origin = new URL(server.url).origin;
  return requests.filter((u) => !(u.startsWith(`${origin}/`) || u.startsWith(`blob:${origin}/`) || u === OFFICE_JS));
}

test("the served pane declares the policy: only itself and the office.js CDN", async () => {
  const { context, page } = await open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const directives = new Map(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== "")
      .map((d) => [d[0], d.slice(1)] as const),
  );
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(directives.get("connect-src")).toEqual(["'self'"]);
  // office.js may frame its own CDN's trust page on Excel on the web (docs/office-csp.md); nothing else.
  expect(directives.get("frame-src")).toEqual(["https://appsforoffice.microsoft.com"]);
  // Inline styles only, for Fluent UI's CSS-in-JS and office.js's Excel files (docs/office-csp.md).
  expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  // Never eval: no 'unsafe-eval' anywhere, and no inline script.
  expect(csp).not.toContain("unsafe-eval");
  expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
  await context.close();
});

test("the policy is enforced: an inline script, a foreign script, image and fetch are blocked and reported", async () => {
  const { context, page, violations } = await open();
  await page.getByRole("tab", { name: PANE_TEXTS.it.tabs.analyze }).waitFor();
  // eval cannot be tried from here: Chromium exempts code evaluated through DevTools (which is how the
  // test talks to the page) from the eval check. The policy has no 'unsafe-eval' (checked above) and the
  // bundle calls no eval (test/e2e/build/no-eval-in-bundle.test.ts).
  const outcome = await page.evaluate(async () => {
    const inline = document.createElement("script");
    inline.textContent = "window.__inlineRan = true";
    document.head.appendChild(inline);
    const foreign = document.createElement("script");
    foreign.src = "https://example.invalid/tracker.js";
    document.head.appendChild(foreign);
    const img = document.createElement("img");
    img.src = "https://example.invalid/pixel.gif";
    document.body.appendChild(img);
    let fetchBlocked = false;
    try {
      await fetch("https://example.invalid/beacon", { method: "POST", body: "x" });
    } catch {
      fetchBlocked = true;
    }
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetchBlocked };
  });
  expect(outcome).toEqual({ inlineRan: false, fetchBlocked: true });
  // The event is what the flow test below relies on: it must fire for each kind of breach.
  await page.waitForFunction(() => (window as unknown as { __csp: unknown[] }).__csp.length >= 4);
  const seen = (await violations()).map((v) => `${v.directive} ${v.blocked}`);
  expect(seen).toEqual(
    expect.arrayContaining([
      "script-src-elem inline",
      "script-src-elem https://example.invalid/tracker.js",
      "img-src https://example.invalid/pixel.gif",
      "connect-src https://example.invalid/beacon",
    ]),
  );
  await context.close();
});

test("analyse, score and write, download, PDF: no policy violation, no request but the pane's own files and office.js", async () => {
  const { context, page, requests, violations } = await open();
  const t = PANE_TEXTS.it;
  await page.getByRole("tab", { name: t.tabs.analyze }).waitFor();
  await page.setInputFiles("[data-testid=file-input]", EXAMPLE);
  await page.getByTestId("file-name").waitFor();
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.getByTestId("recognised-units").waitFor();
  await page.getByRole("tab", { name: t.tabs.run }).click();
  await page.getByRole("button", { name: t.run.button, exact: true }).click();
  await page.locator("[data-testid=progress][data-phase=done]").waitFor({ timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  await download.saveAs(path.join(dir, "scaricato.xlsx"));
  // The PDF report, where the pane offers it: pdfkit and the fonts come from the pane's own origin.
  const exportTab = page.getByRole("tab", { name: "Stampa e PDF" });
  if ((await exportTab.count()) > 0) {
    await exportTab.click();
    await page.getByTestId("export-pdf").click();
    await page.getByTestId("pdf-download").waitFor({ timeout: 120_000 });
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pdf-download").click()]);
    const file = path.join(dir, "relazione.pdf");
    await pdf.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    console.log("sicurezza e2e: flusso con esportazione PDF");
  } else {
    console.log("sicurezza e2e: il riquadro non offre ancora l'esportazione PDF");
  }
  // Fluent's styles are in place (a blocked style sheet would leave the tab list unstyled).
  await expect(page.getByRole("tablist").evaluate((el) => getComputedStyle(el).display)).resolves.toBe("flex");

  expect(await violations()).toEqual([]);
  expect(foreignRequests(requests)).toEqual([]);
  expect(requests).toContain(OFFICE_JS);
  await context.close();
});
