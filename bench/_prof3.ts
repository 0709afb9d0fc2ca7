import { loadXlsxBuffer, readWorkbookGrid, applyWritePlan } from "../src/hosts/xlsx";
import { readFileSync } from "node:fs";
import { runPipeline } from "../src/core/pipeline";
import { recordUndo } from "../src/core/undo";
const mem = () => Math.round(process.memoryUsage().rss/1048576);
let t = performance.now(); const lap = (s: string) => { const n = performance.now(); console.log(s, Math.round(n - t), "ms rss", mem()); t = n; };
(async () => {
  const wb = await loadXlsxBuffer(readFileSync("/tmp/p50k.xlsx")); lap("read");
  const grid = readWorkbookGrid(wb); lap("grid");
  const r = runPipeline(grid); lap("pipeline");
  const p = recordUndo(grid, r.writePlan); lap("undo");
  applyWritePlan(wb, p); lap("apply");
  await wb.xlsx.writeFile("/tmp/p50k-o.xlsx"); lap("writeFile");
  console.log("maxrss", process.resourceUsage().maxRSS/1024);
})();
