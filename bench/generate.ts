/**
 * Benchmark plans: N indicator rows laid out as officers do (unit title, strategic-objective heading,
 * repeated header, merged objective cells, a mix of target notations and actuals), ~20 rows per unit
 * and 40 units per sheet. Written with exceljs's streaming WorkbookWriter so 50 000 rows take seconds.
 * Deterministic content (a fixed cycle of patterns), so runs are comparable.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isoToUtcDate, DATE_FORMAT } from "../scripts/lib/italian-input";

export const ROWS_PER_UNIT = 20;
export const ROWS_PER_BLOCK = 5;
export const UNITS_PER_SHEET = 40;

const HEADER = [
  "Obiettivo Operativo",
  "Indicatore",
  "Target",
  "Peso",
  "Servizi interni coinvolti",
  "Area",
  "Albero",
  "Produttività",
  "Consuntivo",
];

const STRATEGIC = [
  "1. Semplificazione Amministrativa e Digitalizzazione dei servizi",
  "8. Accountability e Trasparenza",
  "9. Qualità, efficienza e centralità della performance",
  "10. Consolidamento del modello organizzativo del nuovo Ente",
  "12. Valorizzazione del capitale umano e dei livelli di benessere organizzativo",
  "14. Revisione della spesa e potenziamento dei flussi economico finanziari in entrata",
];

type Value = ExcelJS.CellValue;
interface Typed {
  value: Value;
  numFmt?: string;
}

const d = (iso: string): Typed => ({ value: isoToUtcDate(iso), numFmt: DATE_FORMAT });
const p = (v: number, numFmt = "0%"): Typed => ({ value: v, numFmt });
const t = (v: Value): Typed => ({ value: v });

/** Indicator text, target, actual: the notations of the 2022 plan, in a fixed cycle. */
const PATTERNS: { indicator: string; target: Typed; actual: Typed }[] = [
  { indicator: "Percentuale di pratiche evase nei termini", target: t("≥ 80%"), actual: p(0.86) },
  { indicator: "N° adempimenti rispettati / N° adempimenti previsti", target: p(1), actual: t("85%") },
  { indicator: "Approvazione del documento", target: d("2022-06-30"), actual: d("2022-06-24") },
  {
    indicator: "Monitoraggio semestrale del set di indicatori",
    target: t("30/06/2022 31/12/2022"),
    actual: t("28/06/2022 20/12/2022"),
  },
  { indicator: "Livello medio rilevato per servizio", target: t(">=Medio"), actual: t("Alto") },
  { indicator: "Tempo medio di emissione delle ordinanze", target: t("<= 70 gg"), actual: t(64) },
  { indicator: "Realizzazione di un numero minimo di iniziative", target: t("≥ 3"), actual: t(2) },
  { indicator: "Aggiornamento dei dati", target: t("Annuale"), actual: t("sì") },
  { indicator: "Giorni medi di lavorazione delle pratiche", target: p(5, "0.0"), actual: t("4,5") },
  { indicator: "Grado di attuazione del piano formativo", target: p(0.9), actual: t("46/50") },
  { indicator: "Tempi medi di pagamento: indicatore ITP", target: t("ITP < -10"), actual: t(-12) },
  { indicator: "Stato di attuazione piano progetto", target: t("100,00%"), actual: p(0.7) },
];

/** Integer percentages summing to 100 over n rows (the remainder on the first rows). */
export function weightsFor(n: number): number[] {
  const base = Math.floor(100 / n);
  const rest = 100 - base * n;
  return Array.from({ length: n }, (_, i) => (base + (i < rest ? 1 : 0)) / 100);
}

function writeRow(ws: ExcelJS.Worksheet, rowNo: number, cells: Typed[], style?: Partial<ExcelJS.Style>): void {
  const row = ws.getRow(rowNo);
  cells.forEach((c, i) => {
    if (c.value === null || c.value === undefined || c.value === "") return;
    const cell = row.getCell(i + 1);
    cell.value = c.value;
    if (c.numFmt) cell.numFmt = c.numFmt;
    if (style?.font) cell.font = style.font;
    if (style?.fill) cell.fill = style.fill;
  });
  // Rows are not committed one by one: merges need their rows open; ws.commit() flushes the sheet.
}

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
};

/** Writes a plan with exactly `indicators` indicator rows to `file`. */
export async function generatePlan(indicators: number, file: string): Promise<void> {
  if (!Number.isInteger(indicators) || indicators < 0)
    throw new Error(`numero di indicatori non valido: ${indicators}`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const units = Math.ceil(indicators / ROWS_PER_UNIT);
  let written = 0;
  let pattern = 0;
  for (let sheetNo = 0; sheetNo * UNITS_PER_SHEET < units; sheetNo++) {
    const ws = wb.addWorksheet(`Obiettivi ${sheetNo + 1}`);
    ws.columns = [45, 55, 18, 9, 24, 12, 8, 12, 16].map((width) => ({ width }));
    let r = 1;
    for (let u = sheetNo * UNITS_PER_SHEET; u < Math.min(units, (sheetNo + 1) * UNITS_PER_SHEET); u++) {
      const n = Math.min(ROWS_PER_UNIT, indicators - written);
      const weights = weightsFor(n);
      const kind = u % 3 === 2 ? "PO SERVIZIO" : "SERVIZIO";
      const area = `AREA ${["I", "II", "III"][u % 3]}`;
      writeRow(ws, r, [t(`${kind} UNITÀ ${u + 1}`)], { font: { bold: true, size: 13 } });
      ws.mergeCells(r, 1, r, HEADER.length);
      r++;
      for (let i = 0; i < n; i++) {
        if (i % ROWS_PER_BLOCK === 0) {
          writeRow(ws, r, [t(STRATEGIC[(u + i / ROWS_PER_BLOCK) % STRATEGIC.length])], {
            font: { bold: true, italic: true },
          });
          ws.mergeCells(r, 1, r, HEADER.length);
          r++;
          writeRow(
            ws,
            r,
            HEADER.map((h) => t(h)),
            HEADER_STYLE,
          );
          r++;
        }
        const pat = PATTERNS[pattern++ % PATTERNS.length];
        // Objectives span two indicator rows (a merged cell) where the block allows it.
        const first = i % 2 === 0;
        const mergedBelow = first && i + 1 < n && (i + 1) % ROWS_PER_BLOCK !== 0;
        const objective = first || i % ROWS_PER_BLOCK === 0 ? `Obiettivo operativo ${u + 1}.${i + 1}` : "";
        // About one actual in ten left empty: not yet measured.
        const actual = (written + i) % 10 === 7 ? t(null) : pat.actual;
        writeRow(ws, r, [
          t(objective),
          t(pat.indicator),
          pat.target,
          p(weights[i]),
          t(`Servizio ${u + 1}`),
          t(area),
          t("X"),
          t(i % 4 === 3 ? "" : "X"),
          actual,
        ]);
        if (mergedBelow) ws.mergeCells(r, 1, r + 1, 1);
        r++;
      }
      written += n;
      r++; // a blank row between units
    }
    ws.commit();
  }
  await wb.commit();
}

// `npx tsx bench/generate.ts 50000 out.xlsx`
if (require.main === module) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? `plan-${n}.xlsx`;
  const t0 = Date.now();
  generatePlan(n, out).then(
    () => console.log(`${n} indicatori -> ${out} in ${Date.now() - t0} ms`),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
