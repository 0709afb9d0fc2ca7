/// <reference types="office-js" />
/** The Office.js host as the pane uses it inside Excel: Excel.run and Office's own requirement-set check. */
import { createOfficeHost, type OfficeHost } from "../hosts/office";

export function createPaneOfficeHost(): OfficeHost {
  return createOfficeHost((batch) => Excel.run(batch), {
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  });
}
