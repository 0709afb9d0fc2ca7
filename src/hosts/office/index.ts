/** The Office.js host: what the task pane uses inside Excel. No other module calls Office.js. */
export { createOfficeHost, type OfficeHost } from "./host";
export type { ExcelRun, IsSetSupported, OfficeHostOptions, OfficeHostStats } from "./types";
export { planOfficeWrites, estimateOpBytes, chunkBytes, TEXT_FORMAT, type OfficeOp } from "./writeOps";
export { toGrid, toCellValue } from "./grid";
export { parseAreas, parseRect, quoteSheet } from "./addresses";
export { charsToPoints, pointsToChars } from "./units";
