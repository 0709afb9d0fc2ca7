/**
 * How the transcribed plan is laid out in the example workbook: which TSV goes to which sheet,
 * what each row is (title, heading, header, data, total) and which cells are merged.
 * TSV line N is worksheet row N and TSV column k is worksheet column k, always, so that the
 * addresses of garbled.tsv are valid in the workbook.
 */
import type { TsvRows } from "./plan-data";

export type SheetRole = "mappa" | "cruscotto" | "programmi" | "dirigenti" | "unit";

/** tsv file name -> sheet name, in the workbook's sheet order. */
export const SHEET_OF_FILE: Record<string, string> = {
  "mappa-strategica.tsv": "Mappa strategica",
  "cruscotto-strategico.tsv": "Cruscotto strategico",
  "programmi-intervento.tsv": "Programmi di intervento",
  "obiettivi-dirigenti.tsv": "Obiettivi Dirigenti",
  "servizio-segreteria-generale.tsv": "S. Segreteria Generale",
  "po-staff.tsv": "PO Staff",
  "servizio-staff.tsv": "S. Staff",
  "servizio-ufficio-legale.tsv": "S. Ufficio Legale",
  "po-gestione-rrffpp.tsv": "PO Gestione RRFFPP",
  "servizio-gestione-rrffpp.tsv": "S. Gestione RRFFPP",
  "servizio-innovazione-digitalizzazione.tsv": "S. Innovazione Digitalizz.",
  "po-anagrafico-certificativi.tsv": "PO Anagrafico Certif.",
  "servizio-anagrafico-certificativi.tsv": "S. Anagrafico Certificativi",
  "po-promozione-sviluppo-economico.tsv": "PO Promozione Sviluppo Ec.",
  "servizio-promozione-sviluppo-economico.tsv": "S. Promozione Sviluppo Ec.",
  "po-regolazione-mercato.tsv": "PO Regolazione Mercato",
  "servizio-regolazione-mercato.tsv": "S. Regolazione Mercato",
};

/** Files in sheet order (object key order is insertion order for string keys). */
export const PLAN_FILES: readonly string[] = Object.keys(SHEET_OF_FILE);

export function roleOfFile(file: string): SheetRole {
  switch (file) {
    case "mappa-strategica.tsv":
      return "mappa";
    case "cruscotto-strategico.tsv":
      return "cruscotto";
    case "programmi-intervento.tsv":
      return "programmi";
    case "obiettivi-dirigenti.tsv":
      return "dirigenti";
    default:
      return "unit";
  }
}

export type RowKind = "title" | "heading" | "header" | "data" | "total" | "blank";

/** The note on every Consuntivo header cell and under the Mappa strategica table. */
export const ILLUSTRATIVE_NOTE =
  "Valori di consuntivo illustrativi, inventati per l'esempio: non sono dati reali della Camera.";

/** Evaluation year of the example's cruscotto actuals. */
export const EXAMPLE_YEAR = 2022;

const isEmpty = (s: string | undefined): boolean => s === undefined || s === "";

export function classifyRow(role: SheetRole, cells: readonly string[], rowIndex: number): RowKind {
  if (cells.every(isEmpty)) return "blank";
  const [a, b] = cells;
  if (role === "mappa") {
    if (rowIndex === 0) return "title";
    return a === "Prospettiva" ? "header" : "data";
  }
  if (role === "cruscotto") {
    // The objective header carries the years: "N. Name | 2021 | 2022 | … | Owner".
    if (b === "2021") return "header";
  } else if (role === "programmi") {
    if (a === "Obiettivi strategici") return "header";
  } else if (role === "dirigenti") {
    if (a === "Peso" && b === "Azione") return "header";
  } else if (a === "Obiettivo Operativo") {
    return "header";
  }
  // Only the first cell written: a unit title, a missione / prospettiva / strategic-objective heading.
  if (!isEmpty(a) && cells.slice(1).every(isEmpty)) {
    if (rowIndex === 0 || (role === "dirigenti" && a.startsWith("OBIETTIVI "))) return "title";
    return "heading";
  }
  // No objective/azione, no indicator, no target but something else written: a printed total.
  if (role === "unit" && isEmpty(a) && isEmpty(b) && isEmpty(cells[2])) return "total";
  if (role === "dirigenti" && isEmpty(b) && isEmpty(cells[2]) && isEmpty(cells[3])) return "total";
  return "data";
}

export function classifyRows(role: SheetRole, rows: TsvRows): RowKind[] {
  return rows.map((cells, i) => classifyRow(role, cells, i));
}

/** A merged rectangle, 1-based inclusive like Excel's rows and columns. */
export interface MergeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0-based column of the Consuntivo column a person types actuals into; null for sheets without one. */
export function actualColumn(role: SheetRole, width: number): number | null {
  if (role === "cruscotto") return 8; // column I, right after Owner (H)
  if (role === "unit" || role === "dirigenti") return width; // first empty column right of the table
  return null;
}

export function actualHeader(role: SheetRole): string {
  return role === "cruscotto" ? `Consuntivo ${EXAMPLE_YEAR}` : "Consuntivo";
}

/** 0-based target column (cruscotto: the evaluation year's column). */
export function targetColumn(role: SheetRole): number | null {
  if (role === "cruscotto") return 2; // 2022
  if (role === "unit") return 2;
  if (role === "dirigenti") return 3;
  return null;
}

/** 0-based indicator column. */
export function indicatorColumn(role: SheetRole): number | null {
  if (role === "cruscotto") return 0;
  if (role === "unit") return 1;
  if (role === "dirigenti") return 2;
  return null;
}

/**
 * Extends a filled cell down over the following rows whose cell is empty, as long as they are data
 * rows of the same block and stay inside `within` (the parent merge, e.g. the programme). Cells already
 * covered by another merge stop the extension.
 */
function mergeDown(
  rows: TsvRows,
  kinds: readonly RowKind[],
  col: number,
  covered: Set<string>,
  within?: (r: number) => [number, number],
): MergeRect[] {
  const out: MergeRect[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (kinds[r] !== "data" || isEmpty(rows[r][col]) || covered.has(`${r}:${col}`)) continue;
    const limit = within ? within(r)[1] : rows.length - 1;
    let end = r;
    while (
      end + 1 <= limit &&
      kinds[end + 1] === "data" &&
      isEmpty(rows[end + 1][col]) &&
      !covered.has(`${end + 1}:${col}`)
    ) {
      end++;
    }
    if (end > r) {
      out.push({ top: r + 1, left: col + 1, bottom: end + 1, right: col + 1 });
      for (let k = r; k <= end; k++) covered.add(`${k}:${col}`);
    }
  }
  return out;
}

/** The 0-based [first, last] rows that a merge in `col` starting at or above r covers (r alone if none). */
function spanOf(merges: readonly MergeRect[], col: number): (r: number) => [number, number] {
  return (r) => {
    const m = merges.find((x) => x.left === col + 1 && x.top - 1 <= r && r <= x.bottom - 1);
    return m ? [m.top - 1, m.bottom - 1] : [r, r];
  };
}

/**
 * Programmi di intervento: merges the README of plan-2022 states that the generic rule cannot find
 * (1-based). "800,00" is one Risorse cell over the three Registro-Imprese programmes (rows 3-8); the
 * Benefici, Azioni and Indicatori of Vigilanza / Tutela / Composizione Crisi are one cell each (34-36).
 */
export const PROGRAMMI_EXTRA_MERGES: readonly MergeRect[] = [
  { top: 3, left: 4, bottom: 8, right: 4 },
  { top: 34, left: 3, bottom: 36, right: 3 },
  { top: 34, left: 5, bottom: 36, right: 5 },
  { top: 34, left: 7, bottom: 36, right: 7 },
];

export function computeMerges(role: SheetRole, rows: TsvRows): MergeRect[] {
  const kinds = classifyRows(role, rows);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const merges: MergeRect[] = [];
  // Title and heading rows: one cell across the table width, as officers format them.
  kinds.forEach((k, r) => {
    if ((k === "title" || k === "heading") && width > 1) {
      // The Mappa's first row is "Vision | text": the text spans the rest of the row.
      const left = role === "mappa" ? 2 : 1;
      merges.push({ top: r + 1, left, bottom: r + 1, right: width });
    }
  });
  const covered = new Set<string>();
  if (role === "unit") merges.push(...mergeDown(rows, kinds, 0, covered));
  if (role === "dirigenti") merges.push(...mergeDown(rows, kinds, 1, covered));
  if (role === "programmi") {
    for (const m of PROGRAMMI_EXTRA_MERGES) {
      merges.push(m);
      for (let r = m.top - 1; r <= m.bottom - 1; r++) covered.add(`${r}:${m.left - 1}`);
    }
    const objective = mergeDown(rows, kinds, 0, covered);
    const programme = mergeDown(rows, kinds, 1, covered, spanOf(objective, 0));
    const inProgramme = spanOf(programme, 1);
    const benefits = mergeDown(rows, kinds, 2, covered, inProgramme);
    const resources = mergeDown(rows, kinds, 3, covered, inProgramme);
    const actions = mergeDown(rows, kinds, 4, covered, inProgramme);
    merges.push(...objective, ...programme, ...benefits, ...resources, ...actions);
  }
  return merges;
}
