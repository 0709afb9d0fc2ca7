/** Office errors -> the host's stable codes, which the pane turns into sentences. */
import { HostError, type HostErrorCode } from "../types";

/**
 * Every code of office-js-docs-pr docs/testing/application-specific-api-error-handling.md (the common
 * table and the Excel one), plus ConnectionFailure, which Excel on the web raises when it loses its
 * server. A code missing here reaches the person as "unknown", with the code named.
 */
export const OFFICE_ERROR_CODES: Readonly<Record<string, HostErrorCode>> = {
  AccessDenied: "protected",
  ActivityLimitReached: "busy",
  ApiNotAvailable: "unsupported",
  ApiNotFound: "unsupported",
  BadPassword: "protected",
  Conflict: "changed",
  ContentLengthRequired: "connection",
  GeneralException: "general",
  HostRestartNeeded: "unsupported",
  InsertDeleteConflict: "conflict",
  InvalidArgument: "invalid",
  InvalidBinding: "changed",
  InvalidOperation: "invalid",
  InvalidReference: "changed",
  InvalidRequest: "invalid",
  InvalidRibbonDefinition: "invalid",
  InvalidSelection: "selection",
  ItemAlreadyExists: "changed",
  ItemNotFound: "changed",
  MemoryLimitReached: "too_large",
  NotImplemented: "unsupported",
  RequestAborted: "connection",
  RequestPayloadSizeLimitExceeded: "too_large",
  ResponsePayloadSizeLimitExceeded: "too_large",
  ServiceNotAvailable: "connection",
  Unauthenticated: "connection",
  UnsupportedFeature: "unsupported",
  UnsupportedOperation: "unsupported",
  EmptyChartSeries: "conflict",
  FilteredRangeConflict: "conflict",
  FormulaLengthExceedsLimit: "too_large",
  InactiveWorkbook: "inactive",
  InvalidOperationInCellEditMode: "cell_edit_mode",
  MergedRangeConflict: "conflict",
  NonBlankCellOffSheet: "conflict",
  OperationCellsExceedLimit: "too_large",
  PivotTableRangeConflict: "conflict",
  RangeExceedsLimit: "too_large",
  RefreshWorkbookLinksBlocked: "protected",
  UndoNotSupported: "unsupported",
  UnsupportedSheet: "unsupported",
  ConnectionFailure: "connection",
};

/** The OfficeExtension.Error code of a rejection, "" when it carries none. */
export function officeCode(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
}

export function toHostError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const code = officeCode(err);
  const message = err instanceof Error ? err.message : String(err);
  const mapped = Object.prototype.hasOwnProperty.call(OFFICE_ERROR_CODES, code) ? OFFICE_ERROR_CODES[code] : "unknown";
  return new HostError(mapped, code ? `${code}: ${message}` : message, undefined, undefined, code || undefined);
}
