/**
 * axe-core (WCAG 2.1 A and AA) on every tab and state of the pane, in the browser preview on the example, in
 * each look an officer may have: light, dark, the pane's high-contrast theme, and forced colours (Windows high
 * contrast) with the theme the pane picks there and with a light palette. No serious or critical violation,
 * except Fluent's Tabster focus guards (axe.ts says exactly which). In forced colours every bar of the chart
 * and every status badge must show: their painted colours are read back from a screenshot. Screenshots at
 * 320 px of each look go to test-artifacts/.
 */
import { mkdirSync } from "node:fs";
import * as path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { launchChromium } from "./chromium";
import { seriousViolations, type AxeFinding } from "./axe";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { EXPORT_TEXTS } from "../../../src/i18n/paneExport";
import { STATUS_LABELS } from "../../../src/i18n/labels";
import { GLOSSARY } from "../../../src/i18n/glossary";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const ARTIFACTS = path.join(REPO, "test-artifacts");
const t = PANE_TEXTS.it;

interface Look {
  name: string;
  query: string;
  forcedColors: "active" | "none";
}

const LOOKS: Look[] = [
  { name: "light", query: "?theme=light", forcedColors: "none" },
  { name: "dark", query: "?theme=dark", forcedColors: "none" },
  { name: "high-contrast", query: "?theme=hc", forcedColors: "none" },
  // Windows high contrast: the pane picks its own high-contrast theme (chooseTheme)…
  { name: "forced-colours", query: "", forcedColors: "active" },
  // …and a light palette under forced colours, where an inline colour once left the chart blank.
  { name: "forced-colours-light", query: "?theme=light", forcedColors: "active" },
];

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  server = await startPreviewServer(ensureBuild(), 0);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPreview(look: Look): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: "it-IT",
    viewport: { width: 320, height: 900 },
    forcedColors: look.forcedColors,
  });
  const origin = new URL(server.url).origin;
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/taskpane.html${look.query}`);
  await page.getByRole("tab").first().waitFor();
  return { context, page };
}

/** Fluent's transitions (a button enabled again after a run) end before axe reads the colours. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/** Every details element inside `selector` opened, as a person unfolding each group would. */
async function unfold(page: Page, selector: string): Promise<void> {
  const n = await page.locator(`${selector} details`).evaluateAll((els) => {
    for (const d of els) (d as HTMLDetailsElement).open = true;
    return els.length;
  });
  expect(n).toBeGreaterThan(0);
}

/** The pixel colours [r, g, b] at fractions of an element's width (middle row), from a screenshot of it. */
async function paintedAt(page: Page, element: Locator, xs: number[]): Promise<number[][]> {
  const png = (await element.screenshot()).toString("base64");
  return page.evaluate(
    async ({ data, at }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext("2d");
      if (!g) return [];
      g.drawImage(img, 0, 0);
      const y = Math.floor(img.height / 2);
      return at.map((x) => Array.from(g.getImageData(Math.round(x * (img.width - 1)), y, 1, 1).data.slice(0, 3)));
    },
    { data: png, at: xs },
  );
}

/** WCAG contrast ratio of two painted [r, g, b] colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = ([r, g, bl]: number[]): number => {
    const [R, G, B] = [r, g, bl].map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Computed colours of a bar's fill and track, and of each status badge's text, border and background. */
async function computedColours(page: Page): Promise<{ bars: [string, string][]; badges: [string, string, string][] }> {
  return page.evaluate(() => {
    const bg = (e: Element): string => getComputedStyle(e).backgroundColor;
    const bars = Array.from(document.querySelectorAll("[data-testid=bar-fill]"))
      .filter((e) => (e as HTMLElement).getBoundingClientRect().width > 0)
      .map((e) => [bg(e), e.parentElement ? bg(e.parentElement) : ""] as [string, string]);
    const badges = Array.from(document.querySelectorAll("[data-status]")).map((e) => {
      const s = getComputedStyle(e);
      return [s.color, s.borderTopColor, s.backgroundColor] as [string, string, string];
    });
    return { bars, badges };
  });
}

describe.each(LOOKS)("the pane in the $name look", (look) => {
  test("no serious or critical WCAG 2.1 A/AA violation in any tab or state", async () => {
    const { context, page } = await openPreview(look);
    const found: Record<string, AxeFinding[]> = {};
    const check = async (state: string): Promise<void> => {
      await settled(page);
      const v = await seriousViolations(page);
      if (v.length > 0) found[state] = v;
    };

    // Before a file: the first-use strip and the preview's bar.
    await page.getByTestId("guide").waitFor();
    await check("first use, no file");

    await page.setInputFiles("[data-testid=file-input]", EXAMPLE);
    await page.getByTestId("file-name").waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "notice");
    await check("example opened");

    await page.getByRole("button", { name: t.analyze.button }).click();
    await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
    await check("after Analizza");
    await unfold(page, "[data-testid=todo]");
    await unfold(page, "[data-testid=not-achieved]");
    await check("worklist open");
    await unfold(page, "[data-testid=diagnostics]");
    await check("diagnostics open");

    // The analysis read the settings: the form is there.
    await page.getByRole("tab", { name: t.tabs.settings }).click();
    await page.locator("input[name=year]").waitFor({ timeout: 60_000 });
    await check("Regole");

    await page.getByRole("tab", { name: t.tabs.run }).click();
    await page.getByRole("button", { name: t.run.button, exact: true }).click();
    await page.getByTestId("last-run").waitFor({ timeout: 120_000 });
    await page.getByTestId("download").waitFor({ timeout: 120_000 });
    await check("after Calcola e scrivi");
    await page.screenshot({ path: path.join(ARTIFACTS, `pane-320-a11y-${look.name}-run.png`), fullPage: true });
    await page.getByTestId("chart").screenshot({ path: path.join(ARTIFACTS, `pane-320-a11y-${look.name}-chart.png`) });
    // The Ente, the Areas with their statuses, and the units' table with its legend.
    const top = await page
      .locator("section[aria-labelledby=ente-title]")
      .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    await page.screenshot({
      path: path.join(ARTIFACTS, `pane-320-a11y-${look.name}-results.png`),
      fullPage: true,
      clip: { x: 0, y: top, width: 320, height: 1100 },
    });

    // What Punteggio and Copertura are, in the glossary's words, under the table (and describing its buttons).
    const legend = page.getByTestId("legend");
    await expect(legend.textContent()).resolves.toContain(GLOSSARY.it.copertura.definition);
    await expect(page.getByTestId("sort-coverage").getAttribute("aria-describedby")).resolves.toBe("legend-copertura");
    await legend.screenshot({ path: path.join(ARTIFACTS, `pane-320-a11y-${look.name}-legend.png`) });

    // The Ente and every Area have their status in words, as the units do.
    const statuses = new Set(Object.values(STATUS_LABELS.it));
    for (const id of ["ente-status", "area-status"]) {
      const texts = await page.getByTestId(id).allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(statuses).toContain(text);
    }

    // Every bar shows: its fill is not its track's colour in the styles, and stands out from it in the pixels.
    const { bars, badges } = await computedColours(page);
    expect(bars.length).toBeGreaterThan(5);
    for (const [fill, track] of bars) expect(fill).not.toBe(track);
    const partial = page
      .locator("[data-testid=bar] > div[aria-hidden]")
      .filter({
        has: page.locator("[data-testid=bar-fill][style*='width: 9'], [data-testid=bar-fill][style*='width: 8']"),
      })
      .first();
    const [inFill, inTrack] = await paintedAt(page, partial, [0.25, 0.995]);
    // WCAG 1.4.11: a graphical object needs 3:1 against what is next to it.
    expect(contrast(inFill, inTrack)).toBeGreaterThanOrEqual(3);
    // Every status badge shows its text apart from its background, and its edge where its fill is gone.
    expect(badges.length).toBeGreaterThan(5);
    for (const [text, border, background] of badges) {
      expect(text).not.toBe(background);
      if (look.forcedColors === "active") expect(border).not.toBe(background);
    }

    await page.getByRole("tab", { name: EXPORT_TEXTS.it.tab }).click();
    await page.getByRole("button", { name: EXPORT_TEXTS.it.exportButton }).waitFor();
    await check("Stampa");
    // The unit list open (Fluent's Dropdown: a listbox in a portal).
    await page.getByTestId("pdf-scope").click();
    await page.getByRole("listbox").waitFor();
    await check("Stampa, unit list open");
    await page.keyboard.press("Escape");

    expect(found).toEqual({});
    await context.close();
  }, 300_000);
});
