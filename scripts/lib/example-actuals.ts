/**
 * Illustrative consuntivi (actual values) of the example workbook — invented, not the Chamber's data.
 * Keyed by sheet name and 1-based worksheet row. Each entry states, as a fact worked out by hand from
 * the scoring rules of domain.md (SMVP defaults: bands 90 % / 70 %, cap 100 %, `>` read as `≥`), the
 * status the row must get, so that end-to-end tests can hold the engine to it.
 * `status: null` = not asserted: derived indicators (their actual is the engine's synthesis) and the
 * one row without a target.
 * Coverage wanted by the brief: every target kind, every status, every form of actual.
 */
import type { Status } from "../../src/core/scoring/types";

export type ActualCell =
  /** A plain number cell (General). */
  | { form: "number"; value: number }
  /** A number formatted as a percentage (what typing "95%" gives). */
  | { form: "percent"; value: number; numFmt: string }
  /** A real date cell, dd/mm/yyyy. */
  | { form: "date"; iso: string }
  /** Text, exactly as typed: "85%", "45/50", "1,2", "28/06/2022", "sì", "Alto", "da verificare" … */
  | { form: "text"; text: string };

export interface ExampleActual {
  /** 1-based worksheet row. */
  row: number;
  /** null = the officer has not typed it yet. */
  actual: ActualCell | null;
  status: Status | null;
  /** The hand computation. */
  why: string;
}

const num = (value: number): ActualCell => ({ form: "number", value });
const pct = (value: number): ActualCell => ({ form: "percent", value, numFmt: "0%" });
const date = (iso: string): ActualCell => ({ form: "date", iso });
const txt = (text: string): ActualCell => ({ form: "text", text });

const R: Status = "raggiunto";
const P: Status = "parzialmente_raggiunto";
const N: Status = "non_raggiunto";
const NR: Status = "non_rilevato";
const NV: Status = "non_valutabile";

const e = (row: number, actual: ActualCell | null, status: Status | null, why: string): ExampleActual => ({
  row,
  actual,
  status,
  why,
});

/** The three transversal compliance rows (100% each): fully met everywhere, as in a real year. */
const compliance = (rows: number[]): ExampleActual[] => rows.map((r) => e(r, pct(1), R, "100% su 100%: a = 1"));

export const EXAMPLE_ACTUALS: Record<string, ExampleActual[]> = {
  // Target = 2022 column (C); actual in I ("Consuntivo 2022").
  "Cruscotto strategico": [
    e(3, txt("sì"), R, "Annuale (sì/no): sì -> 1"),
    e(4, pct(0.76), R, "≥ 73%: 0,76/0,73 > 1 -> 1"),
    e(6, num(1.08), NV, "Anno di rilevazione: baseline, si misura soltanto"),
    e(7, txt("85%"), R, "≥ 80%: testo 85% = 0,85; 0,85/0,80 > 1 -> 1"),
    e(9, txt("1,2"), R, "≥1: decimale italiano 1,2 ≥ 1 -> 1"),
    e(10, num(0.8), P, "≥ 1: 0,8/1 = 0,80 -> parziale"),
    e(11, txt("Alto"), R, "≥ Medio: Alto (5) ≥ Medio (3) -> 1"),
    e(12, num(1.15), NV, "Anno di rilevazione: baseline"),
    e(13, num(78), R, "≥ 80%: numero semplice 78 > 1 = punti percentuali -> 0,78; 0,78/0,80 = 0,975"),
    e(15, num(2), R, "> 1 letto ≥ 1: 2 -> 1"),
    e(16, txt("46/50"), R, "90% (valore nudo, %): 46/50 = 0,92; 0,92/0,90 > 1 -> 1"),
    e(18, num(0.95), NV, "Anno di rilevazione: baseline"),
    e(19, pct(0.83), R, "≥80%: 0,83/0,80 > 1 -> 1"),
    e(22, num(1.02), NV, "Anno di rilevazione: baseline"),
    e(23, null, NR, "≥80%: non ancora rilevato"),
    e(26, pct(0.6), N, "100% (nudo): 0,60/1 = 0,60 -> non raggiunto"),
    e(27, num(1.1), NV, "Anno di rilevazione: baseline"),
    e(28, pct(0.88), R, ">= 80%: 0,88/0,80 > 1 -> 1"),
    e(31, num(0), R, "0,00 nudo, 'segnalazioni' -> minore è meglio, T ≤ 0: 0 ≤ 0 -> 1"),
    e(32, num(0.92), R, "<=1: 0,92 ≤ 1 -> 1"),
    e(33, pct(0.93), R, "≥ 90%: 0,93/0,90 > 1 -> 1"),
    e(35, pct(0.97), R, "95% nudo: 0,97/0,95 > 1 -> 1"),
    e(36, txt("1,8"), R, "<2 letto ≤ 2: 1,8 ≤ 2 -> 1"),
    e(37, pct(0.99), R, "98% nudo: 0,99/0,98 > 1 -> 1"),
    e(38, num(6.2), P, "<5 letto ≤ 5, minore è meglio: 5/6,2 = 0,806 -> parziale"),
    e(39, num(5.4), R, "<6: 5,4 ≤ 6 -> 1"),
    e(40, num(21), P, "18 nudo, 'tempi' -> minore è meglio: 18/21 = 0,857 -> parziale"),
    e(41, pct(0.94), R, "91% nudo: 0,94/0,91 > 1 -> 1"),
    e(42, pct(0.12), R, "< 20% minore è meglio: 0,12 ≤ 0,20 -> 1"),
    e(43, txt("Medio-alto"), R, "≥ medio: Medio-alto (4) ≥ 3 -> 1"),
    e(44, num(-12.4), R, "ITP < -10, T ≤ 0: -12,4 ≤ -10 -> 1"),
    e(46, txt("no"), N, "Annuale: no -> 0"),
    e(47, pct(0.32), R, "≥15%: 0,32/0,15 > 1 -> 1"),
    e(48, null, NR, "85%: non ancora rilevato"),
    e(50, num(11), R, "8 nudo, nessuna parola di tempo -> maggiore è meglio: 11/8 > 1 -> 1"),
    e(51, num(1.1), R, ">1: 1,1 -> 1"),
    e(52, num(1.35), R, ">1: 1,35 -> 1"),
    e(54, num(0.6), N, "≥1: 0,6/1 = 0,60 -> non raggiunto"),
    e(55, null, NR, "≥1: non ancora rilevato"),
    e(57, pct(0.75), NV, "Anno di rilevazione (revisione piano): baseline"),
    e(58, pct(0.85), R, "90% nudo: 0,85/0,90 = 0,944 -> raggiunto"),
    e(60, pct(0.71), R, "69% nudo: 0,71/0,69 > 1 -> 1"),
    e(61, num(0.97), R, "≤1: 0,97 -> 1"),
    e(62, num(1.25), P, "≤1 minore è meglio: 1/1,25 = 0,80 -> parziale"),
  ],
  // Target D, actual F. The rows "Stato di attuazione obiettivi di Ente / di Area" are derived.
  "Obiettivi Dirigenti": [
    e(5, pct(0.6), R, "50,00%: 0,60/0,50 > 1 -> 1"),
    e(6, pct(0.75), R, "70,00%: 0,75/0,70 > 1 -> 1"),
    e(9, num(2), R, ">=1: 2 -> 1"),
    e(13, null, null, "derivato: indicatore sintetico di Ente"),
    e(14, null, null, "derivato: indicatore sintetico di Area (peso 0, senza target)"),
    e(15, txt("sì"), R, "Rispetto della tempistica prevista:sì/no -> sì -> 1"),
    e(18, pct(0.95), R, "90,00%: 0,95/0,90 > 1 -> 1"),
    e(19, pct(0.9), R, "90,00%: 0,90/0,90 = 1"),
    e(25, pct(0.97), R, "95,00%: 0,97/0,95 > 1 -> 1"),
    e(28, null, null, "derivato: Ente"),
    e(29, null, null, "derivato: Area"),
    e(32, pct(0.92), R, "90,00%: 0,92/0,90 > 1 -> 1"),
    e(33, pct(0.8), P, "90,00%: 0,80/0,90 = 0,889 -> parziale"),
    e(36, pct(0.9), R, "95,00%: 0,90/0,95 = 0,947 -> raggiunto"),
    e(42, pct(0.55), R, "50,00%: 0,55/0,50 > 1 -> 1"),
    e(43, date("2022-12-15"), R, "31/12/2022: 15/12/2022 entro la scadenza -> 1"),
    e(47, null, null, "derivato: Ente"),
    e(48, null, null, "derivato: Area"),
    e(51, pct(0.92), R, "90,00%: 0,92/0,90 > 1 -> 1"),
    e(52, pct(0.93), R, "90,00%: 0,93/0,90 > 1 -> 1"),
    e(58, pct(0.87), R, "90%: 0,87/0,90 = 0,967 -> raggiunto"),
    e(60, num(3), R, "3 nudo, 'iniziative' -> maggiore è meglio: 3/3 = 1"),
    e(64, null, null, "derivato: Ente"),
    e(65, null, null, "derivato: Area"),
    e(68, pct(0.9), R, "90,00%: 0,90/0,90 = 1"),
    e(69, null, NR, "90,00%: non ancora rilevato"),
  ],
  // Unit sheets: target C, actual in the first column right of the table.
  "S. Segreteria Generale": [
    e(4, date("2022-11-15"), R, "31/12/2022: data 15/11/2022 entro -> 1"),
    e(5, txt("sì"), R, "31/12/2022: sì -> scadenza rispettata"),
    e(8, num(3), R, ">=2: 3 -> 1"),
    e(9, pct(0.95), R, "100%: 0,95 -> raggiunto"),
    ...compliance([12]),
    e(13, txt("28/06/2022 20/12/2022"), R, "30/06/2022 31/12/2022: due date, entrambe entro -> 2/2"),
    ...compliance([14, 15]),
    e(18, pct(0.92), R, "90%: 0,92/0,90 > 1 -> 1"),
    e(19, txt("Medio"), R, ">=Medio: Medio (3) ≥ 3 -> 1 (riga senza peso)"),
    e(20, pct(0.75), P, "90%: 0,75/0,90 = 0,833 -> parziale"),
    e(23, txt("30/06/2022 15/01/2023"), N, "due scadenze: 30/06 rispettata, 15/01/2023 oltre il 31/12 -> 1/2 = 0,5"),
    e(24, txt("sì"), R, "due scadenze: sì le rispetta tutte -> 1"),
    e(25, pct(1), R, "100%: 1"),
    e(26, num(2), R, "2,00 nudo, 'campagne' -> maggiore è meglio: 2/2 = 1"),
    e(27, null, NR, "31/12/2022: non ancora rilevato"),
    e(30, date("2022-02-25"), R, "28/02/2022: 25/02 entro -> 1"),
    e(31, pct(0.95), R, "90%: > 1 -> 1"),
    e(32, num(7), R, ">5: 7 -> 1"),
    e(33, pct(0.88), R, "90%: 0,88/0,90 = 0,978 -> raggiunto"),
  ],
  "PO Staff": [
    e(4, date("2022-06-20"), R, "30/06/2022: 20/06 entro -> 1"),
    e(5, date("2022-05-20"), N, "30/04/2022: 20/05 oltre -> 0"),
    e(8, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(9, date("2022-06-29"), R, "due scadenze, una data (29/06) confrontata con entrambe: entro tutte -> 1"),
  ],
  "S. Staff": [
    ...compliance([4, 5, 6]),
    e(9, txt("30/06/2022"), R, "30/06/2022: data come testo, stesso giorno -> 1"),
    e(10, date("2022-09-28"), R, "30/09/2022: 28/09 entro -> 1"),
    e(11, txt("92%"), R, "90%: testo 92% -> 0,92/0,90 > 1 -> 1"),
    e(12, txt("Medio-basso"), N, ">=Medio: Medio-basso (2)/Medio (3) = 0,667 -> non raggiunto"),
    e(13, pct(0.97), R, "95%: 0,97/0,95 > 1 -> 1"),
    e(14, pct(0.07), P, "≤5% minore è meglio: 0,05/0,07 = 0,714 -> parziale"),
    e(15, date("2022-06-27"), R, "30/06/2022: 27/06 entro -> 1"),
    e(16, num(80), P, "100%: numero semplice 80 > 1 = punti -> 0,80 -> parziale"),
    e(19, pct(1), R, "100%: 1"),
    e(22, date("2022-02-28"), R, "28/02/2022: stesso giorno -> 1"),
    e(23, pct(0.93), R, "90%: > 1 -> 1"),
    e(24, num(6), R, ">5: 6 -> 1"),
    e(25, null, NR, "90%: non ancora rilevato"),
    e(26, date("2022-12-12"), R, "31/12/2022: 12/12 entro -> 1"),
    e(27, null, NR, "31/12/2022: non ancora rilevato"),
    e(28, txt("no"), N, "31/12/2022: no -> 0"),
  ],
  "S. Ufficio Legale": [
    e(4, date("2022-10-14"), R, "31/12/2022: 14/10 entro -> 1"),
    e(5, num(4), R, "3 nudo, 'inserzioni' -> maggiore è meglio: 4/3 > 1 -> 1"),
    e(8, num(2), N, "3 nudo, 'incontri' -> maggiore è meglio: 2/3 = 0,667 -> non raggiunto"),
    e(9, num(1), R, "1 nudo: 1/1 = 1"),
    e(10, date("2022-12-20"), R, "31/12/2022: 20/12 entro -> 1"),
    e(11, null, NR, "31/12/2022: non ancora rilevato"),
    ...compliance([14, 15, 16]),
    e(19, pct(0.91), R, "90%: > 1 -> 1"),
    e(20, txt("Alto"), R, ">=Medio: Alto -> 1"),
    e(21, txt("da verificare"), NV, "100%: 'da verificare' non si legge -> non valutabile"),
    e(24, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(25, txt("28/06/2022; 30/12/2022"), R, "due scadenze, date separate da ';' entrambe entro -> 1"),
    e(26, pct(1), R, "100%: 1"),
    e(29, date("2022-03-10"), N, "28/02/2022: 10/03 oltre -> 0"),
    e(30, pct(0.95), R, "90%: > 1 -> 1"),
    e(31, num(6), R, ">5: 6 -> 1"),
    e(32, pct(0.85), R, "90%: 0,85/0,90 = 0,944 -> raggiunto"),
  ],
  "PO Gestione RRFFPP": [
    e(4, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(5, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(7, date("2022-05-13"), R, "15/05/2022: 13/05 entro -> 1"),
    e(9, date("2022-04-29"), R, "30/04/2022: 29/04 entro -> 1"),
  ],
  "S. Gestione RRFFPP": [
    e(4, pct(0.95), R, "100%: 0,95 -> raggiunto"),
    ...compliance([7, 8, 9]),
    e(12, pct(0.98), R, "100%: 0,98"),
    e(13, pct(0.94), R, "90%: > 1 -> 1"),
    e(14, txt("Medio-alto"), R, ">=Medio: Medio-alto -> 1"),
    e(17, pct(1), R, "100%: 1"),
    e(18, pct(0.72), P, "100%: 0,72 -> parziale"),
    e(21, date("2022-02-15"), R, "28/02/2022: 15/02 entro -> 1"),
    e(22, pct(0.96), R, "90%: > 1 -> 1"),
    e(23, num(9), R, ">5: 9 -> 1"),
    e(24, pct(0.9), R, "90%: 0,90/0,90 = 1"),
    e(27, pct(0.85), P, "100%: 0,85 -> parziale"),
    e(28, pct(0.9), R, "90%: 1"),
    e(31, null, NR, "90%: non ancora rilevato"),
    e(32, pct(1), R, "100%: 1"),
    e(33, pct(0.97), R, "100%: 0,97"),
    e(34, pct(1), R, "100%: 1"),
    e(35, pct(0.55), N, "100%: 0,55 -> non raggiunto"),
    e(36, pct(1), R, "100%: 1"),
  ],
  "S. Innovazione Digitalizz.": [
    ...compliance([4, 5, 6]),
    e(9, pct(0.9), R, "90%: 1"),
    e(10, txt("Medio"), R, ">=Medio: Medio -> 1"),
    e(13, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(14, date("2022-07-15"), N, "due scadenze, una data 15/07: oltre il 30/06, entro il 31/12 -> 1/2 = 0,5"),
    e(15, null, null, "riga senza target né peso (OCR): non si afferma nulla"),
    e(16, pct(0.93), R, "100%: 0,93 -> raggiunto"),
    e(18, date("2022-02-28"), R, "28/02/2022: stesso giorno -> 1"),
    e(19, pct(0.92), R, "90%: > 1 -> 1"),
    e(20, num(6), R, ">5: 6 -> 1"),
    e(21, null, NR, "90%: non ancora rilevato"),
  ],
  "PO Anagrafico Certif.": [
    e(3, pct(1), R, "100%: 1"),
    e(4, pct(0.45), R, "40%: 0,45/0,40 > 1 -> 1"),
    e(7, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(8, txt("sì"), R, "due scadenze: sì -> 1"),
  ],
  "S. Anagrafico Certificativi": [
    e(4, pct(0.82), R, "80%: > 1 -> 1"),
    e(5, txt("85%"), R, "80%: testo 85% -> > 1 -> 1"),
    e(6, pct(0.3), P, "40%: 0,30/0,40 = 0,75 -> parziale"),
    e(7, txt("118/120"), R, "100%: 118/120 = 0,983 -> raggiunto"),
    e(8, pct(1), R, "100%: 1"),
    e(9, pct(1), R, "100%: 1"),
    e(10, pct(0.74), R, "70%: 0,74/0,70 > 1 -> 1"),
    ...compliance([13, 14, 15]),
    e(18, pct(0.93), R, "90%: > 1 -> 1"),
    e(19, txt("Medio-alto"), R, ">=Medio: Medio-alto -> 1"),
    e(22, pct(1), R, "100%: 1"),
    e(25, date("2022-02-20"), R, "28/02/2022: 20/02 entro -> 1"),
    e(26, pct(0.9), R, "90%: 1"),
    e(27, num(6), R, ">5: 6 -> 1"),
    e(28, null, NR, "90%: non ancora rilevato"),
  ],
  "PO Promozione Sviluppo Ec.": [
    e(4, pct(0.96), R, "100,00%: 0,96 -> raggiunto"),
    e(7, date("2022-03-14"), R, "15/03/2022: 14/03 entro -> 1"),
    e(10, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(11, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
  ],
  "S. Promozione Sviluppo Ec.": [
    e(4, date("2022-09-30"), R, "30/09/2022: stesso giorno -> 1"),
    e(7, num(4), R, "≥ 3: 4 -> 1"),
    e(8, num(3), R, "≥ 3: 3 -> 1"),
    e(9, pct(0.85), R, "≥80%: > 1 -> 1"),
    e(10, pct(0.6), P, "≥ 80%: 0,60/0,80 = 0,75 -> parziale"),
    e(11, num(5), R, "≥ 4: 5 -> 1"),
    e(12, num(48), P, "≥ 60: 48/60 = 0,80 -> parziale"),
    e(15, num(3), R, "≥3: 3 -> 1"),
    e(18, num(2), N, "≥ 5: 2/5 = 0,40 -> non raggiunto"),
    e(21, num(6), R, "≥ 6: 6 -> 1"),
    e(22, num(35), R, "≥10: 35 -> 1"),
    e(25, date("2022-04-28"), R, "30/04/2022: 28/04 entro -> 1"),
    e(26, null, NR, "≥ 6: non ancora rilevato"),
    ...compliance([29, 30, 31]),
    e(34, pct(0.91), R, "90%: > 1 -> 1"),
    e(35, txt("Alto"), R, ">=Medio: Alto -> 1"),
    e(36, pct(0.82), R, "≥ 80%: > 1 -> 1"),
    e(39, pct(1), R, "100%: 1"),
    e(42, date("2022-02-24"), R, "28/02/2022: 24/02 entro -> 1"),
    e(43, pct(0.95), R, "90%: > 1 -> 1"),
    e(44, num(8), R, ">5: 8 -> 1"),
    e(45, pct(0.92), R, "90%: > 1 -> 1"),
  ],
  "PO Regolazione Mercato": [
    e(4, num(3), R, ">=2: 3 -> 1"),
    e(7, pct(0.95), R, "100%: 0,95 -> raggiunto"),
    e(10, txt("28/06/2022 20/12/2022"), R, "due scadenze, due date entro -> 1"),
    e(11, null, NR, "due scadenze: non ancora rilevato"),
  ],
  "S. Regolazione Mercato": [
    e(4, pct(0.84), R, ">= 80%: > 1 -> 1"),
    e(5, txt("45/50"), R, ">= 80%: 45/50 = 0,90; 0,90/0,80 > 1 -> 1"),
    e(6, num(26), R, ">=20: 26 -> 1"),
    e(7, num(3), R, ">= 3: 3 -> 1"),
    e(8, pct(1), R, "100%: 1"),
    ...compliance([11, 12, 13]),
    e(16, num(85), P, "<= 70 gg minore è meglio: 70/85 = 0,824 -> parziale"),
    e(17, num(8), R, "<= 10 gg: 8 ≤ 10 -> 1"),
    e(18, txt("2,5"), R, ">= 2: 2,5 -> 1"),
    e(19, num(40), N, "<= 15 gg: 15/40 = 0,375 -> non raggiunto"),
    e(20, pct(0.9), R, "90%: 1"),
    e(21, txt("Medio"), R, ">=Medio: Medio -> 1"),
    e(24, pct(1), R, "100%: 1"),
    e(27, date("2022-02-28"), R, "28/02/2022: stesso giorno -> 1"),
    e(28, null, NR, "90%: non ancora rilevato"),
    e(29, num(6), R, ">5: 6 -> 1"),
    e(30, pct(0.9), R, "90%: 1"),
  ],
};
