/**
 * The hosts under the write-plan contract: the bytes of a workbook and a plan in, the workbook it ends with out
 * (saved and read back with exceljs, as a person would reopen it):
 *   - the exceljs host (the CLI),
 *   - the Office host on the Excel fake (the pane in Excel, every optional API available), told the results
 *     of the plan's formulas as Excel would calculate them (test/fakes/calculation.ts),
 *   - the browser preview's host (the exceljs host behind the pane's contract: protection, rebuild on failure).
 */
import type ExcelJS from "exceljs";
import type { WritePlan } from "../../src/core/write/types";
import { applyWritePlan, loadXlsxBuffer } from "../../src/hosts/xlsx";
import { createOfficeHost } from "../../src/hosts/office";
import type { IsSetSupported } from "../../src/hosts/office/types";
import { openBrowserHost } from "../../src/hosts/browser/host";
import { fakeFromXlsx } from "../fakes/excel-fake";
import { resultsOf } from "../fakes/calculation";
import { MODERN } from "../fakes/office-flow";

export interface ContractHost {
  label: string;
  apply: (bytes: Buffer, plan: WritePlan) => Promise<ExcelJS.Workbook>;
}

export const savedWorkbook = async (wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> =>
  loadXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));

const arrayBuffer = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

export const EXCELJS_HOST: ContractHost = {
  label: "exceljs",
  apply: async (bytes, plan) => {
    const wb = await loadXlsxBuffer(bytes);
    applyWritePlan(wb, plan);
    return savedWorkbook(wb);
  },
};

/** The Office host on a fake Excel offering the requirement sets `isSetSupported` says. */
export function officeHost(label: string, isSetSupported: IsSetSupported): ContractHost {
  return {
    label,
    apply: async (bytes, plan) => {
      const fake = await fakeFromXlsx(bytes, { isSetSupported, calculate: resultsOf(plan) });
      const host = createOfficeHost(fake.run, { isSetSupported });
      // As the pane does: the apply follows a read, which tells the host the sheets' protection and formats.
      await host.read();
      await host.apply(plan);
      return savedWorkbook(fake.toExcelJs());
    },
  };
}

export const BROWSER_HOST: ContractHost = {
  label: "browser",
  apply: async (bytes, plan) => {
    const host = await openBrowserHost(arrayBuffer(bytes));
    await host.apply(plan);
    return loadXlsxBuffer(Buffer.from(await host.save()));
  },
};

/** The exceljs host first: the others are compared with it. */
export const CONTRACT_HOSTS: ContractHost[] = [EXCELJS_HOST, officeHost("Office (fake)", MODERN), BROWSER_HOST];
