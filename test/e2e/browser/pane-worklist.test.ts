/**
 * The pane as officers and Dirigenti use it, in the browser preview (headless Chromium) on the example:
 * «Ultimo calcolo» and «Annulla ultimo calcolo» after a run (focus, Tab, the workbook restored), «Da
 * completare» against the statuses the pipeline gives (computed here, not written down), «Vai alla cella»
 * with its feedback, the diagnostics' filters and folded informations, the tabs on one row, «Come si usa»,
 * the help page, a damaged file's message. Screenshots of every tab at 320 px go to test-artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { launchChromium } from "./chromium";
import { runPipeline, type RunResult } from "../../../src/core/pipeline";
import type { WorkbookGrid } from "../../../src/core/grid/types";
import { a1, parseRange } from "../../../src/core/grid/address";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { EXPORT_TEXTS } from "../../../src/i18n/paneExport";
import type { Lang } from "../../../src/i18n/messages";
import { formatWhen, settingsBrief } from "../../../src/taskpane/model/lastRun";
import { diffSnapshots, loadSnapshot } from "../../helpers/snapshot";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const ARTIFACTS = path.join(REPO, "test-artifacts");
const t = PANE_TEXTS.it;

let server: PreviewServer;
let browser: Browser;
let dir: string;
let grid: WorkbookGrid;
/** The pipeline on the example, as «Analizza» runs it: what the pane must agree with. */
let run: RunResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-worklist-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  server = await startPreviewServer(ensureBuild(), 0);
  grid = readWorkbookGrid(await loadXlsx(EXAMPLE));
  run = runPipeline(grid, { writes: false });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openPreview(width: number, query = ""): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: "it-IT",
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const origin = new URL(server.url).origin;
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/taskpane.html${query}`);
  await page.getByRole("tab").first().waitFor();
  return { context, page };
}

async function loadExample(page: Page): Promise<void> {
  await page.setInputFiles("[data-testid=file-input]", EXAMPLE);
  await page.getByTestId("file-name").waitFor();
}

const announced = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction((want) => document.querySelector("[data-testid=announcer]")?.textContent === want, text, {
    timeout: 60_000,
  });

/** Every aria-labelledby names ids that exist (a MessageBar without a title used to name none). */
async function expectLabelledByResolves(page: Page): Promise<void> {
  const dangling = await page.evaluate(() =>
    Array.from(document.querySelectorAll("[aria-labelledby]")).flatMap((el) =>
      (el.getAttribute("aria-labelledby") ?? "")
        .split(/\s+/)
        .filter((id) => id !== "" && !document.getElementById(id))
        .map((id) => `${el.tagName}→${id}`),
    ),
  );
  expect(dangling).toEqual([]);
}

/** What a cell of the example holds (null: empty), read here from the workbook. */
function cellHeld(sheet: string, cell: string): string | null {
  const at = parseRange(cell);
  const v = at ? grid.sheets.find((s) => s.name === sheet)?.values[at.top]?.[at.left] : null;
  return v === null || v === undefined || String(v).trim() === "" ? null : String(v);
}

/** Expected groups from the scorecard's statuses: [unit (or cruscotto sheet), missing, unscorable] / [unit, not achieved]. */
function expectedGroups(): { toComplete: [string, number, number][]; notAchieved: [string, number][] } {
  const complete = new Map<string, [number, number]>();
  const below = new Map<string, number>();
  run.plan.indicators.forEach((row, i) => {
    const status = run.scorecard.indicators[i].status;
    const name = run.plan.units.find((u) => u.id === row.unitId)?.name ?? row.sheet;
    // A baseline year («Anno di rilevazione») is measured, not scored: nothing to complete.
    if (status === "non_valutabile" && row.target.value?.kind === "baseline") return;
    if (status === "non_rilevato" || status === "non_valutabile") {
      const c = complete.get(name) ?? [0, 0];
      c[status === "non_rilevato" ? 0 : 1]++;
      complete.set(name, c);
    }
    if (status === "non_raggiunto") below.set(name, (below.get(name) ?? 0) + 1);
  });
  return {
    toComplete: [...complete].map(([n, [m, u]]) => [n, m, u]),
    notAchieved: [...below],
  };
}

test("«Calcola e scrivi»: focus on «Ultimo calcolo», Tab reaches «Annulla ultimo calcolo», which restores the workbook", async () => {
  const { context, page } = await openPreview(450);
  await loadExample(page);
  await page.waitForFunction(() => document.activeElement?.id === "notice");
  await page.getByRole("tab", { name: t.tabs.run }).click();
  await page.getByRole("button", { name: t.run.button, exact: true }).click();
  const lastRun = page.getByTestId("last-run");
  await lastRun.waitFor({ timeout: 120_000 });
  await page.getByTestId("download").waitFor({ timeout: 120_000 });

  // «Ultimo calcolo: <data>, <ora> · anno <anno> · <regole>», the rules those of the run.
  const today = formatWhen(new Date(), "it").date;
  const text = (await lastRun.textContent()) ?? "";
  expect(text).toMatch(
    new RegExp(`^Ultimo calcolo: ${today.replace(/\//g, "\\/")}, \\d{2}:\\d{2} · anno ${run.settings.year} · `),
  );
  expect(text.endsWith(settingsBrief(run.settings, "it", t))).toBe(true);

  // The focus is on the result, the live region says what happened, one Tab reaches the undo.
  await page.waitForFunction(() => document.activeElement?.id === "last-run");
  const count = (sev: string): number => run.diagnostics.filter((d) => d.severity === sev).length;
  await announced(page, t.run.written(count("error"), count("warning")));
  await page.keyboard.press("Tab");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("undo");
  await expect(page.getByTestId("undo").isEnabled()).resolves.toBe(true);
  await expectLabelledByResolves(page);

  // Enter on the focused undo: the workbook is as before, and the download says so.
  await page.keyboard.press("Enter");
  await page.getByTestId("notice").getByText(t.undo.done).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.activeElement?.id === "notice");
  await announced(page, t.undo.done);
  await expect(lastRun.count()).resolves.toBe(0);
  await expect(page.getByTestId("undo").isEnabled()).resolves.toBe(false);
  const link = page.getByTestId("download");
  await expect(link.textContent()).resolves.toBe(t.preview.download("piano-performance-2022-annullato.xlsx"));
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("piano-performance-2022-annullato.xlsx");
  const file = path.join(dir, "restored.xlsx");
  await download.saveAs(file);
  const [before, after] = [(await loadSnapshot(EXAMPLE)).cells, (await loadSnapshot(file)).cells];
  expect(diffSnapshots(before, after)).toEqual([]);
  await expectLabelledByResolves(page);
  await context.close();
});

test("«Da completare» lists the units with their counts as the pipeline scores them; «Vai alla cella» shows the cell", async () => {
  const { context, page } = await openPreview(320);
  await loadExample(page);
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => document.activeElement?.id === "analysis-result");
  const expected = expectedGroups();
  const missing = expected.toComplete.reduce((n, [, m, u]) => n + m + u, 0);
  const count = (sev: string): number => run.diagnostics.filter((d) => d.severity === sev).length;
  await announced(page, t.analyze.done(run.plan.indicators.length, missing, count("error"), count("warning")));

  const groups = (section: string, attrs: string[]): Promise<(string | number)[][]> =>
    page
      .locator(`[data-testid=${section}] [data-testid=todo-unit]`)
      .evaluateAll(
        (els, names) =>
          els.map((e) => [e.getAttribute("data-name") ?? "", ...names.map((a) => Number(e.getAttribute(`data-${a}`)))]),
        attrs,
      );
  await expect(groups("todo", ["missing", "unscorable"])).resolves.toEqual(expected.toComplete);
  await expect(groups("not-achieved", ["not-achieved"])).resolves.toEqual(expected.notAchieved);
  expect(expected.toComplete.length).toBeGreaterThan(5);
  // Each unit's line says its counts in words.
  const first = page.locator("[data-testid=todo] [data-testid=todo-unit]").first();
  const [name, m, u] = expected.toComplete[0];
  const said = [m > 0 ? t.todo.missing(m as number) : null, u > 0 ? t.todo.unscorable(u as number) : null]
    .filter((x) => x !== null)
    .join(" · ");
  await expect(first.locator("summary").textContent()).resolves.toBe(`${name}${said}`);

  // An indicator Non valutabile because of a diagnostic on its row: «Vai alla cella» goes to the cell that
  // diagnostic names, and says what it holds.
  const unscorable = page.locator("[data-testid=todo-item][data-kind=unscorable][data-reason=diagnostic]");
  const key = (await unscorable.first().getAttribute("data-key")) ?? "";
  const item = page.locator(`[data-testid=todo-item][data-key="${key}"]`);
  await page.locator("[data-testid=todo] [data-testid=todo-unit]").filter({ has: item }).locator("summary").click();
  const button = item.getByTestId("go-to-cell");
  const ref = (await button.getAttribute("data-cell")) ?? "";
  const [sheet, cell] = [
    ref.slice(0, ref.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'"),
    ref.split("!").pop() ?? "",
  ];
  // By keyboard: the button keeps the focus afterwards (the list goes on below it).
  await button.focus();
  await page.keyboard.press("Enter");
  const went = t.preview.went(ref, cellHeld(sheet, cell));
  expect(cellHeld(sheet, cell)).not.toBeNull();
  await expect(item.getByTestId("went").textContent()).resolves.toBe(went);
  await announced(page, went);
  await expect(page.getByTestId("notice").textContent()).resolves.toContain(ref);
  await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("go-to-cell");
  // It is the cell of a diagnostic on that indicator's row.
  const row = run.plan.indicators.find((r) => r.key === key);
  expect(row).toBeDefined();
  expect(run.diagnostics.some((d) => d.sheet === sheet && d.cell === cell && parseRange(cell)?.top === row?.row)).toBe(
    true,
  );

  // A Non rilevato one goes to its Consuntivo, which is empty.
  const missingKey =
    (await page.locator("[data-testid=todo-item][data-kind=missing]").first().getAttribute("data-key")) ?? "";
  const missingItem = page.locator(`[data-testid=todo-item][data-key="${missingKey}"]`);
  await page
    .locator("[data-testid=todo] [data-testid=todo-unit]")
    .filter({ has: missingItem })
    .locator("summary")
    .click();
  const missingRow = run.plan.indicators.find((r) => r.key === missingKey);
  expect(missingRow?.actual.col).not.toBeNull();
  const missingButton = missingItem.getByTestId("go-to-cell");
  const missingRef = (await missingButton.getAttribute("data-cell")) ?? "";
  expect(missingRef.endsWith(`!${a1(missingRow?.row ?? 0, missingRow?.actual.col ?? 0)}`)).toBe(true);
  await missingButton.click();
  await expect(missingItem.getByTestId("went").textContent()).resolves.toBe(t.preview.went(missingRef, null));

  // One Non valutabile for want of a target (no diagnostic on its row): its target cell, to write.
  const targets = await page
    .locator("[data-testid=todo-item][data-kind=unscorable][data-reason=target]")
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute("data-key") ?? "",
        e.querySelector("[data-testid=go-to-cell]")?.getAttribute("data-cell") ?? "",
      ]),
    );
  expect(targets.length).toBeGreaterThan(0);
  for (const [k, at] of targets) {
    const r = run.plan.indicators.find((x) => x.key === k);
    expect(r?.target.value).toBeNull();
    expect(at.endsWith(`!${a1(r?.row ?? 0, r?.target.col ?? 0)}`)).toBe(true);
  }
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-todo.png"), fullPage: true });
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  await expectLabelledByResolves(page);
  await context.close();
});

test("diagnostics: errors and warnings shown, informations folded with their count; severity, sheet and unit narrow the list", async () => {
  const { context, page } = await openPreview(320);
  await loadExample(page);
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
  const all = run.diagnostics;
  const f = t.analyze.filters;
  const shown = page.getByTestId("diagnostics-shown");

  const info = page.getByTestId("diagnostics-info");
  await expect(info.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  const infos = all.filter((d) => d.severity === "info").length;
  await expect(info.locator("summary").textContent()).resolves.toContain(`${t.severityPlural.info} (${infos})`);
  await expect(info.locator("[data-testid=diagnostic]").first().isVisible()).resolves.toBe(false);
  const warnings = page.getByTestId("diagnostics-warning");
  await expect(warnings.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
  await expect(warnings.locator("[data-testid=diagnostic]").first().isVisible()).resolves.toBe(true);

  // Severity: only warnings are left; the count says how many of all.
  await page.getByTestId("filter-severity").selectOption("warning");
  const nWarnings = all.filter((d) => d.severity === "warning").length;
  await expect(shown.textContent()).resolves.toBe(f.shown(nWarnings, all.length));
  await announced(page, f.shown(nWarnings, all.length));
  await expect(
    page
      .locator("[data-testid=diagnostics] [data-testid=diagnostic]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-severity"))),
  ).resolves.toEqual(Array(nWarnings).fill("warning"));

  // Informations chosen: their list opens.
  await page.getByTestId("filter-severity").selectOption("info");
  await expect(info.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);

  // Sheet: the sheet with most diagnostics, every severity.
  await page.getByTestId("filter-severity").selectOption("all");
  const bySheet = new Map<string, number>();
  for (const d of all) if (d.sheet) bySheet.set(d.sheet, (bySheet.get(d.sheet) ?? 0) + 1);
  const [sheet, onSheet] = [...bySheet].sort((a, b) => b[1] - a[1])[0];
  await page.getByTestId("filter-sheet").selectOption(sheet);
  await expect(shown.textContent()).resolves.toBe(f.shown(onSheet, all.length));
  const sheets = await page
    .locator("[data-testid=diagnostics] [data-testid=diagnostic]")
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-sheet")))]);
  expect(sheets).toEqual([sheet]);

  // Unit: a unit alone on its sheet, so that its diagnostics are its sheet's.
  await page.getByTestId("filter-sheet").selectOption("");
  const alone = run.plan.units.find(
    (u) => run.plan.units.filter((o) => o.sheet === u.sheet).length === 1 && bySheet.has(u.sheet),
  );
  expect(alone).toBeDefined();
  if (!alone) return;
  await page.getByTestId("filter-unit").selectOption(alone.id);
  await expect(shown.textContent()).resolves.toBe(f.shown(bySheet.get(alone.sheet) ?? 0, all.length));
  // Combined with a severity that unit has none of: nothing, and a sentence says so.
  const absent = (["error", "warning", "info"] as const).find(
    (sev) => !all.some((d) => d.sheet === alone.sheet && d.severity === sev),
  );
  if (absent) {
    await page.getByTestId("filter-severity").selectOption(absent);
    await expect(shown.textContent()).resolves.toBe(f.shown(0, all.length));
    await page.getByText(f.noneMatch).waitFor();
  }
  await page.getByRole("button", { name: f.clear }).click();
  await expect(shown.count()).resolves.toBe(0);
  await expect(info.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-diagnostics.png"), fullPage: true });
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  await context.close();
});

test("the four tabs hold on one row at 320 and 450 px, in Italian and English; every tab at 320 px", async () => {
  for (const lang of ["it", "en"] as Lang[]) {
    for (const width of [320, 450]) {
      const { context, page } = await openPreview(width, `?lang=${lang}`);
      const boxes = await page
        .getByRole("tab")
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.top, r.right]));
      expect(boxes).toHaveLength(4);
      expect(new Set(boxes.map(([top]) => Math.round(top))).size).toBe(1);
      const list = await page.getByRole("tablist").evaluate((e) => [e.scrollWidth, e.clientWidth]);
      expect(list[0]).toBeLessThanOrEqual(list[1]);
      for (const [, right] of boxes) expect(right).toBeLessThanOrEqual(width);
      await context.close();
    }
  }
  // Every tab after a run, as an officer sees it on a 320 px pane.
  const { context, page } = await openPreview(320);
  await loadExample(page);
  // «Leggi le impostazioni»: the form replaces the button, and the focus goes to its first field.
  await page.getByRole("tab", { name: t.tabs.settings }).click();
  await page.getByRole("button", { name: t.settings.load }).click();
  await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "year");
  await announced(page, t.settings.loaded);
  await page.getByRole("tab", { name: t.tabs.run }).click();
  await page.getByRole("button", { name: t.run.button, exact: true }).click();
  await page.getByTestId("last-run").waitFor({ timeout: 120_000 });
  const tabs: [string, string][] = [
    ["analyze", t.tabs.analyze],
    ["settings", t.tabs.settings],
    ["run", t.tabs.run],
    ["export", EXPORT_TEXTS.it.tab],
  ];
  for (const [id, label] of tabs) {
    await page.getByRole("tab", { name: label }).click();
    if (id === "analyze") await page.getByRole("button", { name: t.analyze.button }).click();
    if (id === "analyze") await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
    // The run read the settings: the form is there without «Leggi le impostazioni».
    if (id === "settings") await page.locator("input[name=year]").waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, `pane-320-tab-${id}.png`), fullPage: true });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  }
  await expectLabelledByResolves(page);
  await context.close();
});

test("«Come si usa» on first use, closed for good; «Guida» opens the help page, which covers every tab", async () => {
  const { context, page } = await openPreview(320);
  const guide = page.getByTestId("guide");
  await guide.waitFor();
  // The main action is reachable at once: each step opens its tab.
  await guide.getByRole("button", { name: t.guide.steps.run }).click();
  await expect(page.getByRole("tab", { name: t.tabs.run }).getAttribute("aria-selected")).resolves.toBe("true");
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-first-use.png"), fullPage: true });
  await page.getByRole("button", { name: t.guide.dismiss }).click();
  await expect(guide.count()).resolves.toBe(0);
  await page.reload();
  await page.getByRole("tab").first().waitFor();
  await expect(page.getByTestId("guide").count()).resolves.toBe(0);

  const help = page.getByTestId("help-link");
  await expect(help.getAttribute("href")).resolves.toBe("help.html");
  await expect(help.getAttribute("target")).resolves.toBe("_blank");
  const helpPage = await context.newPage();
  await helpPage.goto(`${server.url}/help.html`);
  const body = (await helpPage.locator("main").textContent()) ?? "";
  for (const words of [
    t.tabs.analyze,
    t.todo.title,
    t.analyze.diagnostics,
    t.tabs.settings,
    t.run.button,
    "Ultimo calcolo",
    t.undo.button,
    "Stampa e PDF",
    EXPORT_TEXTS.it.exportButton,
    EXPORT_TEXTS.it.printButton,
  ])
    expect(body).toContain(words);
  for (const id of ["analizza", "impostazioni", "calcola", "stampa", "en"])
    await expect(helpPage.locator(`#${id}`).count()).resolves.toBe(1);
  await context.close();

  // Storage refused (as in some webviews): the strip shows, and closing it throws nothing.
  const refused = await openPreview(320);
  await refused.page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  const errors: string[] = [];
  refused.page.on("pageerror", (e) => errors.push(e.message));
  await refused.page.reload();
  await refused.page.getByTestId("guide").waitFor();
  await refused.page.getByRole("button", { name: t.guide.dismiss }).click();
  await expect(refused.page.getByTestId("guide").count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await refused.context.close();
});

test("a damaged file: an Italian sentence, the library's words only under «Dettagli tecnici»", async () => {
  const { context, page } = await openPreview(320);
  await page.setInputFiles("[data-testid=file-input]", {
    name: "rotto.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("questo non è un file zip"),
  });
  const notice = page.getByTestId("notice");
  await notice.getByText(t.preview.cannotOpen("rotto.xlsx")).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.activeElement?.id === "notice");
  await announced(page, t.preview.cannotOpen("rotto.xlsx"));
  const details = notice.getByTestId("technical-details");
  await expect(details.locator("summary").textContent()).resolves.toBe(t.technical);
  await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  const technical = (await details.locator("code").textContent()) ?? "";
  expect(technical.length).toBeGreaterThan(0);
  // The sentence itself holds none of the library's words.
  const sentence = await notice.evaluate((n) => {
    const copy = n.cloneNode(true) as HTMLElement;
    copy.querySelector("details")?.remove();
    return copy.textContent ?? "";
  });
  expect(sentence).toBe(t.preview.cannotOpen("rotto.xlsx"));
  await expectLabelledByResolves(page);
  await context.close();
});
