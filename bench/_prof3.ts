import ExcelJS from "exceljs";
import { useReferenceDefinedNames } from "../src/hosts/xlsx/definedNames";
import { readWorkbookGrid, applyWritePlan, saveXlsxAtomic } from "../src/hosts/xlsx";
import { runPipeline } from "../src/core/pipeline";
import { recordUndo } from "../src/core/undo";
const mem = () => Math.round(process.memoryUsage().rss/1048576);
let t = performance.now(); const lap = (s: string) => { const n = performance.now(); console.log(s, Math.round(n - t), "ms rss", mem(), "heap", Math.round(process.memoryUsage().heapUsed/1048576)); t = n; };
async function prep(wb: ExcelJS.Workbook) {
  const grid = readWorkbookGrid(wb); lap("grid");
  const r = runPipeline(grid); lap("pipeline");
  applyWritePlan(wb, recordUndo(grid, r.writePlan)); lap("apply");
  return r.report.units.length;
}
(async () => {
  const wb = useReferenceDefinedNames(new ExcelJS.Workbook()); await wb.xlsx.readFile("/tmp/p50k.xlsx"); lap("read");
  console.log(await prep(wb));
  if (global.gc) { global.gc(); lap("gc"); }
  await saveXlsxAtomic(wb, "/tmp/p50k-out.xlsx"); lap("write");
  console.log("maxrss", process.resourceUsage().maxRSS/1024);
})();
