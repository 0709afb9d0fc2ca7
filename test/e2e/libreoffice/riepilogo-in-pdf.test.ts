/**
 * An independent reader: LibreOffice opens the workbook the CLI wrote, converts it to PDF, and
 * pdftotext must find the Riepilogo's figures. Needs soffice and pdftotext (.ci/run installs them).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { cli, REPO } from "../../helpers/cli";
import type { Report } from "../../../src/core/report/types";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");

function have(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

/** "0.8734" -> the two ways LibreOffice may print it with a 0.0% format. */
function percentForms(v: number): string[] {
  const s = (Math.round(v * 1000) / 10).toFixed(1);
  return [`${s}%`, `${s.replace(".", ",")}%`];
}

describe("the written workbook in LibreOffice", () => {
  test("converts to PDF and shows the Riepilogo figures", async () => {
    if (!have("soffice") || !have("pdftotext")) {
      throw new Error(
        "LibreOffice (soffice) and pdftotext are needed: apt-get install libreoffice-calc poppler-utils (.ci/run does it).",
      );
    }
    const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-lo-"));
    const out = path.join(dir, "valutato.xlsx");
    const json = path.join(dir, "report.json");
    const run = await cli(["score", EXAMPLE, "-o", out, "--json", json]);
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(readFileSync(json, "utf8")) as Report;

    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        out,
      ],
      { stdio: "pipe", timeout: 240_000 },
    );
    const pdf = path.join(dir, "valutato.pdf");
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

    expect(text).toContain("Riepilogo");
    const ente = percentForms(report.ente.score as number);
    expect(ente.some((f) => text.includes(f))).toBe(true);
    for (const u of report.units) {
      if (u.score === null) continue;
      expect(percentForms(u.score).some((f) => text.includes(f))).toBe(true);
    }
  }, 300_000);
});
