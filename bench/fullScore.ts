/**
 * A full `cruscotto score` of a plan against exceljs's own read + write of the same file, side by side in
 * one run, each job in a fresh process so that its peak memory is measured alone. The two jobs alternate
 * and each keeps its fastest time, so a busy moment of the machine hits both alike.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

export interface FullScoreFigures {
  scoreMs: number;
  ioMs: number;
  scoreToIoRatio: number;
  peakRssMb: number;
  ioPeakRssMb: number;
}

interface ChildFigures {
  ms: number;
  peakRssMb: number;
}

const CHILD = path.join(__dirname, "scoreChild.ts");
const TSX = path.resolve(__dirname, "..", "node_modules", ".bin", "tsx");

function runChild(job: "io" | "score", input: string, output: string): ChildFigures {
  const stdout = execFileSync(TSX, [CHILD, job, input, output], { encoding: "utf8", maxBuffer: 1 << 20 });
  const last = stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as ChildFigures;
}

export function measureFullScore(input: string, dir: string, repeats: number): FullScoreFigures {
  let io: ChildFigures | null = null;
  let score: ChildFigures | null = null;
  for (let i = 0; i < repeats; i++) {
    const a = runChild("io", input, path.join(dir, `io-${i}.xlsx`));
    const b = runChild("score", input, path.join(dir, `score-${i}.xlsx`));
    if (!io || a.ms < io.ms) io = { ms: a.ms, peakRssMb: Math.max(a.peakRssMb, io?.peakRssMb ?? 0) };
    else io.peakRssMb = Math.max(io.peakRssMb, a.peakRssMb);
    if (!score || b.ms < score.ms) score = { ms: b.ms, peakRssMb: Math.max(b.peakRssMb, score?.peakRssMb ?? 0) };
    else score.peakRssMb = Math.max(score.peakRssMb, b.peakRssMb);
  }
  if (!io || !score) throw new Error("no repeat ran");
  return {
    scoreMs: score.ms,
    ioMs: io.ms,
    scoreToIoRatio: score.ms / io.ms,
    peakRssMb: score.peakRssMb,
    ioPeakRssMb: io.peakRssMb,
  };
}
