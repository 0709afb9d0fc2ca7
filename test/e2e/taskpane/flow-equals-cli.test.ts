/**
 * The pane's flow on the browser preview's host (exceljs, here in Node): read -> runPipeline -> apply,
 * as the CLI does. The workbook it saves equals the CLI's, cell by cell; settings saved from the
 * Impostazioni tab are what the next run uses; a failed apply leaves the workbook as it was.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { writePlan } from "../../../src/core/write/steps";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { openBrowserHost } from "../../../src/hosts/browser/host";
import { analyze, loadSettings, saveSettings, scoreAndWrite, type Phase } from "../../../src/taskpane/model/flow";
import { HostError } from "../../../src/hosts/types";
import type { WritePlan } from "../../../src/core/write/types";
import { SETTINGS_SHEET_NAME } from "../../../src/core/settings";
import { diffSnapshots, snapshot } from "../../helpers/snapshot";
import { scoreWithCli } from "../../helpers/e2e";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");
const bytesOf = (file: string): ArrayBuffer => {
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const noPause = (): Promise<void> => Promise.resolve();

async function workbookFrom(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-pane-flow-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("score and write on the example: same report and same workbook as the CLI", async () => {
  const cli = await scoreWithCli(EXAMPLE, dir);
  const host = await openBrowserHost(bytesOf(EXAMPLE));
  const phases: Phase[] = [];
  const outcome = await scoreAndWrite(host, (p) => phases.push(p), noPause);
  expect(phases).toEqual(["reading", "scoring", "writing", "done"]);
  expect(outcome.written).toBe(true);
  expect(outcome.result.report).toEqual(cli.report);
  const saved = await workbookFrom(await host.save());
  expect(diffSnapshots(snapshot(saved), cli.written.cells)).toEqual([]);
  expect(saved.definedNames.model.map((n) => `${n.name}=${n.ranges.join(",")}`).sort()).toEqual(
    cli.written.wb.definedNames.model.map((n) => `${n.name}=${n.ranges.join(",")}`).sort(),
  );
});

test("Analizza writes nothing", async () => {
  const host = await openBrowserHost(bytesOf(EXAMPLE));
  const before = snapshot(await workbookFrom(await host.save()));
  const { result } = await analyze(host);
  expect(result.plan.units.length).toBeGreaterThan(0);
  expect(diffSnapshots(before, snapshot(await workbookFrom(await host.save())))).toEqual([]);
});

test("settings saved from the pane are the ones the next run scores with", async () => {
  const host = await openBrowserHost(bytesOf(EXAMPLE));
  const settings = await loadSettings(host);
  expect(settings.year).toBe(2022);
  const stricter = { ...settings, bandRaggiunto: 0.99, bandParziale: 0.95 };
  expect(await saveSettings(host, stricter)).toEqual([]);
  expect(await loadSettings(host)).toEqual(stricter);
  const outcome = await scoreAndWrite(host, () => undefined, noPause);
  expect(outcome.result.settings).toEqual(stricter);
  // SERVIZIO STAFF scores about 90 %: Parzialmente raggiunto under the default bands, Non raggiunto now.
  const staff = outcome.result.report.units.find((u) => u.name === "SERVIZIO STAFF");
  expect(staff?.score).toBeGreaterThan(0.89);
  expect(staff?.score).toBeLessThan(0.95);
  expect(staff?.status).toBe("non_raggiunto");
  const saved = await workbookFrom(await host.save());
  expect(saved.getWorksheet(SETTINGS_SHEET_NAME)).toBeDefined();
});

test("a workbook without a plan table: nothing written, as the CLI", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Note").getCell("A1").value = "appunti";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const host = await openBrowserHost(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const before = snapshot(await workbookFrom(await host.save()));
  const outcome = await scoreAndWrite(host, () => undefined, noPause);
  expect(outcome.written).toBe(false);
  expect(outcome.result.diagnostics.map((d) => d.code)).toContain("NO_PLAN_TABLE");
  expect(diffSnapshots(before, snapshot(await workbookFrom(await host.save())))).toEqual([]);
});

test("a failed apply rejects with a HostError and leaves the workbook as it was", async () => {
  const host = await openBrowserHost(bytesOf(EXAMPLE));
  await scoreAndWrite(host, () => undefined, noPause);
  const before = snapshot(await workbookFrom(await host.save()));
  const broken: WritePlan = writePlan({
    cells: [
      { sheet: "Cruscotto strategico", row: 0, col: 30, value: "scritto" },
      { sheet: "Foglio che non esiste", row: 0, col: 0, value: "x" },
    ],
  });
  await expect(host.apply(broken)).rejects.toBeInstanceOf(HostError);
  expect(diffSnapshots(before, snapshot(await workbookFrom(await host.save())))).toEqual([]);
});

test("a protected sheet in the plan: HostError protected, nothing written", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bloccato");
  ws.getCell("A1").value = "dato";
  await ws.protect("", {});
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const host = await openBrowserHost(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const plan: WritePlan = writePlan({ cells: [{ sheet: "Bloccato", row: 1, col: 0, value: "no" }] });
  await expect(host.apply(plan)).rejects.toMatchObject({ code: "protected", sheet: "Bloccato" });
  const saved = await workbookFrom(await host.save());
  expect(saved.getWorksheet("Bloccato")?.getCell("A2").value ?? null).toBeNull();
});

test("Vai alla cella in the preview tells the pane where to look", async () => {
  const seen: string[] = [];
  const host = await openBrowserHost(bytesOf(EXAMPLE), { onSelect: (s, c) => seen.push(`${s}!${c}`) });
  await host.select("Servizio Staff", "B7");
  expect(seen).toEqual(["Servizio Staff!B7"]);
});
