/// <reference types="office-js" />
/**
 * The Office.js host's own types. `ExcelRun` is `Excel.run` in the pane and the fake's `run` in tests:
 * the host never reaches for the global `Excel`, so it can run (and be measured) outside Office.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, injected so that tests can play any Excel version. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface OfficeHostOptions {
  /** Default: nothing above the baseline is supported (outside Office there is no Office to ask). */
  isSetSupported?: IsSetSupported;
  /**
   * Upper bound, in bytes, for one sync's request as the host estimates it. Excel on the web refuses
   * requests over 5 MB; the default keeps a margin under that for the envelope the estimate leaves out.
   */
  maxRequestBytes?: number;
}

/** What the host did, for the benchmark and for tests: one entry per sync it made. */
export interface OfficeHostStats {
  readSyncs: number;
  applySyncs: number;
  /** The host's own estimate of each apply sync's request, in bytes. */
  applyRequestEstimates: number[];
  /** Syncs spent rolling back a write that stopped half-way (0 in a run that went well). */
  rollbackSyncs?: number;
}
