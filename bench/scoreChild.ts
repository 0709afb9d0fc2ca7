/**
 * One measured job in a process of its own, so that its peak memory is its own:
 *   tsx bench/scoreChild.ts io <in.xlsx> <out.xlsx>      exceljs reads the file and writes it back
 *   tsx bench/scoreChild.ts score <in.xlsx> <out.xlsx>   the CLI's full score (read, engine, undo log, Riepilogo, write)
 * Prints one JSON line: {"ms": …, "peakRssMb": …}. Start-up (loading modules) is outside the timed part.
 */
import ExcelJS from "exceljs";
import { scoreCommand } from "../src/cli/commands";

type Job = "io" | "score";

async function run(job: Job, input: string, output: string): Promise<void> {
  if (job === "io") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(output);
    return;
  }
  const silent = (): void => undefined;
  const code = await scoreCommand(
    input,
    { output },
    { out: silent, err: (line) => console.error(line), progress: silent },
  );
  if (code === 2) throw new Error(`score exited ${code}`);
}

async function main(): Promise<void> {
  const [job, input, output] = process.argv.slice(2);
  if ((job !== "io" && job !== "score") || !input || !output) throw new Error("usage: scoreChild io|score in out");
  const t0 = performance.now();
  await run(job, input, output);
  const ms = performance.now() - t0;
  // maxRSS is in kilobytes: the process's peak resident memory, start-up included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms, peakRssMb }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
