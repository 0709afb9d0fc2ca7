/**
 * Pathological workbooks of a few kilobytes that used to exhaust memory: the CLI, run under a 1 GB heap
 * cap, either reads them at the cost of their real content (merges, names, validations and stray rows
 * clipped to it) or refuses them with exit 2 and one Italian sentence, never a stack trace. Elapsed
 * time and peak memory are printed, not asserted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { REPO } from "../../helpers/cli";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-pathological-"));
const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
const MAIN = path.join(REPO, "src", "cli", "main.ts");
const HEAP_CAP_MB = 1024;
const SHEET = "xl/worksheets/sheet1.xml";

/** A zip written entry by entry, deflated with zlib: big repetitive entries never pass through JSZip. */
function writeZip(file: string, entries: Map<string, Buffer>): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, raw] of entries) {
    const data = deflateRawSync(raw, { level: 9 });
    const nameBytes = Buffer.from(name, "utf8");
    const header = (size: number, signature: number): Buffer => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      return h;
    };
    const local = header(30, 0x04034b50);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = header(46, 0x02014b50);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, directory, end]));
}

/** The parts of a small valid plan (one unit, three indicators), unpacked. */
async function planParts(): Promise<Map<string, Buffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Servizio Prova");
  ws.addRow(["SERVIZIO PROVA"]);
  ws.addRow(["Obiettivo", "Indicatore", "Target", "Peso", "Consuntivo"]);
  ws.addRow(["Pratiche", "Pratiche evase / ricevute", "≥ 90%", "50%", "95%"]);
  ws.addRow(["Tempi", "Tempo medio di evasione", "<= 10 gg", "30%", 12]);
  ws.addRow(["Regolamento", "Approvazione del regolamento", "30/06/2022", "20%", "sì"]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const parts = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) parts.set(name, await f.async("nodebuffer"));
  return parts;
}

type Edit = (parts: Map<string, Buffer>) => void;

const editText = (parts: Map<string, Buffer>, part: string, edit: (xml: string) => string): void => {
  parts.set(part, Buffer.from(edit(parts.get(part)!.toString("utf8")), "utf8"));
};
const withMerge =
  (ref: string): Edit =>
  (parts) =>
    editText(parts, SHEET, (xml) =>
      xml
        .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "")
        .replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`),
    );
const withName =
  (ref: string): Edit =>
  (parts) =>
    editText(parts, "xl/workbook.xml", (xml) =>
      xml.replace(
        /<definedNames>[\s\S]*?<\/definedNames>|(?=<calcPr)/,
        `<definedNames><definedName name="Tutto">${ref}</definedName></definedNames>`,
      ),
    );

interface Case {
  name: string;
  edit: Edit;
  /**
   * "read": scored (exit 0 or 1); "no_plan": read, and found to hold no plan table (exit 2, the usual
   * sentence); "refused": exit 2 with the too-costly sentence.
   */
  outcome: "read" | "no_plan" | "refused";
}

const CASES: Case[] = [
  // Clipped to the plan's A1:E5, the merge still covers the whole plan, which Excel shows as one cell.
  { name: "a merge over the whole sheet, A1:XFD1048576", edit: withMerge("A1:XFD1048576"), outcome: "no_plan" },
  { name: "a merge over one whole column, A5:A1048576", edit: withMerge("A5:A1048576"), outcome: "read" },
  { name: "a merge over a whole column from a heading, B2:B1048576", edit: withMerge("B2:B1048576"), outcome: "read" },
  {
    name: "a defined name over the whole sheet",
    edit: withName("'Servizio Prova'!$A$1:$XFD$1048576"),
    outcome: "read",
  },
  { name: "a defined name over a whole column", edit: withName("'Servizio Prova'!$D:$D"), outcome: "read" },
  {
    name: "a drop-down list over a whole column",
    edit: (parts) =>
      editText(parts, SHEET, (xml) =>
        xml.replace(
          /(<\/sheetData>(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/,
          `$1<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E1:E1048576"><formula1>"sì,no"</formula1></dataValidation></dataValidations>`,
        ),
      ),
    outcome: "read",
  },
  {
    name: 'one stray <row r="2147483647">',
    edit: (parts) =>
      editText(parts, SHEET, (xml) =>
        xml.replace("</sheetData>", '<row r="2147483647"><c r="A2147483647"><v>1</v></c></row></sheetData>'),
      ),
    outcome: "read",
  },
  {
    name: "a <dimension> over the whole sheet",
    edit: (parts) =>
      editText(parts, SHEET, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')),
    outcome: "read",
  },
  {
    name: "a whole-sheet merge with a value in the sheet's last cell",
    edit: (parts) => {
      withMerge("A1:XFD1048576")(parts);
      editText(parts, SHEET, (xml) =>
        xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
      );
    },
    outcome: "refused",
  },
  {
    name: "400 MB of repeated cells zipped to a few hundred kilobytes",
    edit: (parts) => {
      const row = `<row>${"<c><v>1</v></c>".repeat(100)}</row>`;
      const body = Buffer.alloc(400 * 1024 * 1024, row);
      const xml = parts.get(SHEET)!.toString("utf8");
      const [head, tail] = xml.split(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/);
      parts.set(SHEET, Buffer.concat([Buffer.from(`${head}<sheetData>`), body, Buffer.from(`</sheetData>${tail}`)]));
    },
    outcome: "refused",
  },
];

/** Runs `cruscotto check` under the heap cap; peak memory from GNU time where the machine has it. */
function runCapped(file: string): { status: number | null; stderr: string; seconds: number; peakMb: number | null } {
  const env = {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${HEAP_CAP_MB}`.trim(),
  };
  const timed = existsSync("/usr/bin/time");
  const report = path.join(dir, "time.txt");
  const [cmd, args] = timed
    ? ["/usr/bin/time", ["-f", "%M", "-o", report, TSX, MAIN, "check", file]]
    : [TSX, [MAIN, "check", file]];
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: REPO, encoding: "utf8", env, timeout: 300_000 });
  const seconds = (Date.now() - started) / 1000;
  const peakMb = timed ? Math.round(Number(readFileSync(report, "utf8").trim().split("\n").pop()) / 1024) : null;
  return { status: r.status, stderr: r.stderr, seconds, peakMb };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`cruscotto on pathological workbooks, under a ${HEAP_CAP_MB} MB heap`, () => {
  test.each(CASES)(
    "$name",
    async ({ name, edit, outcome }) => {
      const parts = await planParts();
      edit(parts);
      const file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.xlsx`);
      writeZip(file, parts);
      parts.clear();
      const r = runCapped(file);
      console.log(
        `${name}: exit ${r.status}, ${r.seconds.toFixed(1)} s, peak ${r.peakMb ?? "?"} MB (file ${readFileSync(file).length} bytes)`,
      );
      expect(r.stderr).not.toMatch(/heap out of memory|\bat .*\.(ts|js):\d+/);
      if (outcome === "read") {
        expect([0, 1]).toContain(r.status);
      } else {
        expect(r.status).toBe(2);
        const lines = r.stderr.trim().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(
          outcome === "refused" ? /contiene più di quanto il Cruscotto può leggere/ : /Nessuna tabella del piano/,
        );
      }
    },
    300_000,
  );
});
