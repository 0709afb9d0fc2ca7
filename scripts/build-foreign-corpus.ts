/**
 * Builds test/fixtures/foreign/: the example and the fixtures as other programs save them. Needs
 * LibreOffice (soffice) and Python 3 with openpyxl (/usr/bin/python3, python3-openpyxl); the files are
 * committed, so the tests that read them need neither. Run: npx tsx scripts/build-foreign-corpus.ts
 *
 * Variants of each source:
 *   -libreoffice        LibreOffice Calc, xlsx -> xlsx
 *   -via-ods            LibreOffice Calc, xlsx -> ods -> xlsx
 *   -openpyxl           openpyxl re-save (absolute relationship targets, its own part names)
 *   -openpyxl-commenti  openpyxl, with a note added on every sheet
 *   -openpyxl-1904      openpyxl, 1904 date system
 *   -senza-docprops     the original without docProps/ (no core or app properties)
 *   -inline             every shared string written in its cell (t="inlineStr"), no sharedStrings part
 *   -senza-sst          every shared string written as a formula-result string (t="str"), no sharedStrings part
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { workbookCases } from "../test/fixtures/build-fixtures";
import { normalizeZipTimestamps } from "./lib/deterministic-xlsx";

const REPO = path.resolve(__dirname, "..");
const OUT = path.join(REPO, "test", "fixtures", "foreign");
const PYTHON = "/usr/bin/python3";
const work = mkdtempSync(path.join(tmpdir(), "cruscotto-foreign-"));

/** Short names of the sources, used as the corpus files' stems. */
const STEMS: Record<string, string> = {
  "the example": "esempio",
  "one unit per sheet": "una-unita",
  "many blocks in one sheet": "molti-blocchi",
  "header synonyms and oddities": "sinonimi",
};

function soffice(file: string, to: string, outdir: string): string {
  mkdirSync(outdir, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(work, "lo-profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outdir,
      file,
    ],
    {
      stdio: "pipe",
      timeout: 180_000,
    },
  );
  return path.join(outdir, `${path.parse(file).name}.${to}`);
}

async function rezip(zip: JSZip, file: string): Promise<void> {
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  writeFileSync(file, normalizeZipTimestamps(bytes));
}

async function withoutDocProps(source: string, file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  for (const name of Object.keys(zip.files)) if (name.startsWith("docProps/")) zip.remove(name);
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file("_rels/.rels", rels.replace(/<Relationship [^>]*Target="docProps\/[^"]*"[^>]*\/>/g, ""));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace(/<Override [^>]*PartName="\/docProps\/[^"]*"[^>]*\/>/g, ""));
  await rezip(zip, file);
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const encodeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The shared strings' plain texts (rich runs joined), by index. */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decodeXml([...m[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
}

/** Rewrites every t="s" cell with its text in place, in the given style, and drops the sharedStrings part. */
async function withoutSharedStrings(source: string, file: string, style: "inlineStr" | "str"): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const sst = zip.file("xl/sharedStrings.xml");
  if (!sst) throw new Error(`${source} has no shared strings.`);
  const strings = sharedStrings(await sst.async("string"));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    const out = xml.replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_m, before: string, after: string, index: string) => {
        const text = encodeXml(strings[Number(index)]);
        return style === "inlineStr"
          ? `<c ${before}t="inlineStr"${after}><is><t xml:space="preserve">${text}</t></is></c>`
          : `<c ${before}t="str"${after}><v>${text}</v></c>`;
      },
    );
    zip.file(name, out);
  }
  zip.remove("xl/sharedStrings.xml");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(/<Relationship [^>]*Target="[^"]*sharedStrings\.xml"[^>]*\/>/g, ""),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace(/<Override [^>]*PartName="\/xl\/sharedStrings\.xml"[^>]*\/>/g, ""));
  await rezip(zip, file);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const example = path.join(REPO, "examples", "piano-performance-2022.xlsx");
  for (const [label, build] of workbookCases(example, work)) {
    const stem = STEMS[label];
    const source = path.join(work, `${stem}.xlsx`);
    const built = await build();
    if (built !== source) copyFileSync(built, source);
    copyFileSync(source, path.join(OUT, `${stem}.xlsx`));

    renameSync(soffice(source, "xlsx", path.join(work, "lo")), path.join(OUT, `${stem}-libreoffice.xlsx`));
    const ods = soffice(source, "ods", path.join(work, "ods"));
    renameSync(soffice(ods, "xlsx", path.join(work, "lo-ods")), path.join(OUT, `${stem}-via-ods.xlsx`));
    execFileSync(PYTHON, [path.join(__dirname, "foreign-corpus", "openpyxl_variants.py"), source, OUT, stem], {
      stdio: "pipe",
    });
    await withoutDocProps(source, path.join(OUT, `${stem}-senza-docprops.xlsx`));
    await withoutSharedStrings(source, path.join(OUT, `${stem}-inline.xlsx`), "inlineStr");
    await withoutSharedStrings(source, path.join(OUT, `${stem}-senza-sst.xlsx`), "str");
    console.log(`${stem}: done`);
  }
  rmSync(work, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
