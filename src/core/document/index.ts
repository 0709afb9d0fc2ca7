/** The report as a document model (pure): see types.ts. Rendered to PDF by src/render/pdf. */
export type * from "./types";
export type { DocumentInput } from "./context";
export { buildReportDocument, findUnit } from "./build";
export { buildSchedaDocument, type SchedaDocumentInput } from "./schedaDocument";
export { findEnteName, enteNameIn, enteNameOf } from "./enteName";
export { formatWeight, formatIsoDate } from "./format";
export { DOCUMENT_TEXTS } from "./labels";
