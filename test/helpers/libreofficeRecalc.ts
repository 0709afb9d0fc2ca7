/**
 * An independent calculator for the formulas the add-in writes: LibreOffice headless opens an .xlsx,
 * recalculates every formula and saves it back as .xlsx; exceljs then reads the results it cached.
 *
 * LibreOffice does not recalculate an .xlsx on load by default: it trusts the cached results, which would
 * make every check here pass on the add-in's own numbers. The private profile therefore sets
 * `/org.openoffice.Office.Calc/Formula/Load` `OOXMLRecalcMode` (and `ODFRecalcMode`) to 0, "always
 * recalculate". The profile also fixes the locale (Italian by default, as the officers' Excel is): OOXML
 * formulas are stored in the invariant English syntax whatever the locale, so a formula that reads
 * correctly only in one locale (a text number parsed by VALUE, a decimal comma) shows up as a mismatch
 * instead of passing by luck of the machine's settings.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { loadXlsx } from "../../src/hosts/xlsx";
import type { ShownValue } from "./cell-value";

export function haveSoffice(): boolean {
  return spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
}

/** Fails with the way to install LibreOffice, as the other LibreOffice tests do. */
export function requireSoffice(): void {
  if (!haveSoffice()) {
    throw new Error("LibreOffice (soffice) is needed: apt-get install libreoffice-calc (.ci/run does it).");
  }
}

export interface RecalcOptions {
  /** The locale of the profile (BCP 47, e.g. "it-IT", "en-US"); default it-IT. */
  locale?: string;
  /**
   * "never" keeps the cached results as LibreOffice does by default: only for the control that shows the
   * profile's setting is what makes the recalculation happen. Default "always".
   */
  mode?: "always" | "never";
}

/** registrymodifications.xcu of a profile that recalculates every file on load, in the given locale. */
export function recalcProfileXcu(locale: string, mode: "always" | "never" = "always"): string {
  const recalc = mode === "always" ? "0" : "1";
  const item = (p: string, prop: string, value: string): string =>
    `<item oor:path="${p}"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    // 0 = always recalculate, 1 = never, 2 = ask (a headless run cannot be asked: it never recalculates).
    item("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", recalc),
    item("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", recalc),
    item("/org.openoffice.Setup/L10N", "ooSetupSystemLocale", locale),
    item("/org.openoffice.Setup/L10N", "ooLocale", locale),
    "</oor:items>",
    "",
  ].join("\n");
}

const profiles = new Map<string, string>();

/** One private profile per setting and process: soffice cannot share a profile between two running copies. */
function profileDir(locale: string, mode: "always" | "never"): string {
  const key = `${locale}-${mode}`;
  let dir = profiles.get(key);
  if (dir) return dir;
  dir = mkdtempSync(path.join(tmpdir(), `cruscotto-lo-recalc-${key}-`));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), recalcProfileXcu(locale, mode));
  profiles.set(key, dir);
  return dir;
}

/** Removes the private profiles this process made (for a test's afterAll). */
export function removeRecalcProfiles(): void {
  for (const dir of profiles.values()) rmSync(dir, { recursive: true, force: true });
  profiles.clear();
}

/**
 * Recalculates each file with LibreOffice and saves the result as .xlsx into `outDir` (which must not be
 * the directory of any input: the output keeps the input's name). Returns the output paths, in order. One
 * soffice process converts them all.
 */
export function recalcWithLibreOffice(files: readonly string[], outDir: string, options: RecalcOptions = {}): string[] {
  requireSoffice();
  if (files.length === 0) return [];
  for (const f of files) {
    if (path.resolve(path.dirname(f)) === path.resolve(outDir)) {
      throw new Error(`recalcWithLibreOffice: ${f} is in the output directory; it would be overwritten`);
    }
  }
  mkdirSync(outDir, { recursive: true });
  const profile = profileDir(options.locale ?? "it-IT", options.mode ?? "always");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 300_000, env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } },
  );
  const outputs = files.map((f) => path.join(outDir, `${path.parse(f).name}.xlsx`));
  const missing = outputs.filter((o) => !existsSync(o));
  if (missing.length > 0) throw new Error(`LibreOffice wrote no ${missing.join(", ")}`);
  return outputs;
}

/** Recalculates one file and reads the result with exceljs. */
export async function recalcAndRead(
  file: string,
  outDir: string,
  options: RecalcOptions = {},
): Promise<{ file: string; wb: ExcelJS.Workbook }> {
  const [out] = recalcWithLibreOffice([file], outDir, options);
  return { file: out, wb: await readXlsx(out) };
}

/**
 * Reads an .xlsx through the exceljs host's loader: its normalising pass opens what plain exceljs cannot
 * (openpyxl's part names), and it changes no cell's value or formula.
 */
export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  return loadXlsx(file);
}

// How a written cell reads (a formula's cached result, rich text as text) is the tests' one reading of it.
export { formulaOf, shownValue, type ShownValue } from "./cell-value";

/** True when what a cell shows is a spreadsheet error (Excel's #…! / #N/A, LibreOffice's Err:nnn). */
export function isErrorValue(v: ShownValue): boolean {
  return typeof v === "string" && /^(#(NAME\?|VALUE!|REF!|DIV\/0!|NUM!|N\/A|NULL!|SPILL!|CALC!)|Err:\d+)/.test(v);
}
