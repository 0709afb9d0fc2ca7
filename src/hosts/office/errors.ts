/** Office errors -> the host's stable codes, which the pane turns into sentences. */
import { HostError, type HostErrorCode } from "../types";

/** OfficeExtension.Error codes (https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors). */
const CODES: Record<string, HostErrorCode> = {
  RequestPayloadSizeLimitExceeded: "too_large",
  ResponsePayloadSizeLimitExceeded: "too_large",
  AccessDenied: "protected",
  ItemNotFound: "changed",
  ItemAlreadyExists: "changed",
  ConnectionFailure: "connection",
  ServiceNotAvailable: "connection",
  Unauthenticated: "connection",
  ApiNotFound: "unsupported",
  UnsupportedOperation: "unsupported",
};

export function toHostError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  const message = err instanceof Error ? err.message : String(err);
  return new HostError(CODES[code] ?? "unknown", code ? `${code}: ${message}` : message);
}
