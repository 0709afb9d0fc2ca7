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
  // Both jobs run as the `cruscotto` binary runs: with the garbage collector exposed.
  const stdout = execFileSync(TSX, ["--expose-gc", CHILD, job, input, output], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const last = stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as ChildFigures;
}

/** Keeps the fastest time and the highest peak over the repeats. */
function merge(best: ChildFigures | null, next: ChildFigures): ChildFigures {
  if (!best) return next;
  return { ms: Math.min(best.ms, next.ms), peakRssMb: Math.max(best.peakRssMb, next.peakRssMb) };
}

export function measureFullScore(input: string, dir: string, repeats: number): FullScoreFigures {
  let io: ChildFigures | null = null;
  let score: ChildFigures | null = null;
  for (let i = 0; i < Math.max(1, repeats); i++) {
    io = merge(io, runChild("io", input, path.join(dir, `io-${i}.xlsx`)));
    score = merge(score, runChild("score", input, path.join(dir, `score-${i}.xlsx`)));
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
