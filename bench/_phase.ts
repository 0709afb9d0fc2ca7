import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { loadXlsxBuffer, readWorkbookGrid, applyWritePlan } from "../src/hosts/xlsx";
import { normaliseXlsxPackage } from "../src/hosts/xlsx/package";
import { runPipeline } from "../src/core/pipeline";
import { recordUndo } from "../src/core/undo";
const mem = () => Math.round(process.memoryUsage().rss/1048576);
let t = performance.now(); const lap = (s: string) => { const n = performance.now(); console.log(s.padEnd(12), String(Math.round(n - t)).padStart(6), "ms rss", mem()); t = n; };
async function score() {
  const bytes = readFileSync("/tmp/p50k.xlsx"); lap("readFile");
  await normaliseXlsxPackage(bytes); lap("normalise");
  const wb = await loadXlsxBuffer(bytes); lap("load(+norm)");
  const grid = readWorkbookGrid(wb); lap("grid");
  const r = runPipeline(grid); lap("pipeline");
  const p = recordUndo(grid, r.writePlan); lap("undo");
  applyWritePlan(wb, p); lap("apply");
  return wb;
}
(async () => {
  if (process.argv[2] === "io") {
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile("/tmp/p50k.xlsx"); lap("io read");
    await wb.xlsx.writeFile("/tmp/p50k-io.xlsx"); lap("io write");
  } else {
    const wb = await score();
    await wb.xlsx.writeFile("/tmp/p50k-o.xlsx"); lap("writeFile");
  }
  console.log("maxrss", Math.round(process.resourceUsage().maxRSS/1024));
})();
