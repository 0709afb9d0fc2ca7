/**
 * Stampa e PDF: the Relazione as a PDF to save (whole plan or one unit), and the print layout alone. The
 * PDF reaches the person by a blob link, or, where the webview ignores such links (Excel for Mac), by
 * pdf.html in the default browser (model/pdfDelivery.ts decides which).
 */
import { useEffect, useState, type JSX } from "react";
import { Body1, Button, Caption1, Dropdown, Field, Link, Option, Subtitle2 } from "@fluentui/react-components";
import type { Unit } from "../../core/model/types";
import type { WorkbookHost } from "../../hosts/types";
import type { ExportTexts } from "../../i18n/paneExport";
import { prepareReport, renderReport, sessionFonts } from "../model/pdfExport";
import { chooseDelivery, mayUseBrowser, type BrowserWindowOpener } from "../model/pdfDelivery";
import { payloadUrl } from "../model/pdfPayload";
import { preparePrint } from "../model/printLayout";
import { useStyles } from "./styles";

/**
 * `done`: the action's outcome, which takes the focus and is announced; without it, a step on the way (the
 * PDF being made), only announced.
 */
type Notify = (intent: "success" | "warning" | "error" | "info", text: string, done?: boolean) => void;

interface Props {
  texts: ExportTexts;
  /** Units of the last analysis or run; empty before either. */
  units: readonly Unit[];
  busy: boolean;
  canRun: boolean;
  /** The workbook's file name in the preview; absent in Excel. */
  fileName: string | null;
  /** Opens pdf.html in a browser window (Office's openBrowserWindow in Excel, window.open in the preview). */
  browserWindow: BrowserWindowOpener;
  /** Runs an action on the host with the pane busy; failures become the pane's notice. */
  act: (action: (host: WorkbookHost) => Promise<void>) => void;
  notify: Notify;
  /** Told after the workbook changed (the preview then refreshes its download). */
  onWorkbookChanged: () => Promise<void>;
}

/** Today where the pane runs, yyyy-mm-dd (the date on the cover, as the CLI's default). */
function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function ExportPanel({
  texts,
  units,
  busy,
  canRun,
  fileName,
  browserWindow,
  act,
  notify,
  onWorkbookChanged,
}: Props): JSX.Element {
  const s = useStyles();
  const [unitId, setUnitId] = useState<string>("");
  const [pdf, setPdf] = useState<{ url: string; name: string } | null>(null);
  /** pdf.html's address carrying the last report, for «Apri nel browser». */
  const [page, setPage] = useState<{ url: string; name: string } | null>(null);

  // The PDF's object URL holds it in memory: release the previous one.
  useEffect(
    () => () => {
      if (pdf) URL.revokeObjectURL(pdf.url);
    },
    [pdf],
  );
  // A unit that is no longer listed (another workbook, another analysis) falls back to the whole plan.
  const chosen = units.find((u) => u.id === unitId) ?? null;

  const openPage = (url: string, name: string): void => {
    if (browserWindow.open(url)) notify("success", texts.openedInBrowser(name), true);
    else notify("warning", texts.browserBlocked, true);
  };

  const onExport = (): void =>
    act(async (host) => {
      setPdf(null);
      setPage(null);
      notify("info", texts.making);
      const report = await prepareReport(host, {
        unitId: chosen?.id ?? null,
        sourceName: fileName ?? undefined,
        runDate: today(),
      });
      if (report.kind === "unusable") return notify("warning", texts.unusable, true);
      if (report.kind === "unknownUnit") return notify("warning", texts.unknownUnit, true);
      const name = report.fileName;
      // Encoding costs a gzip of the model: only where the browser may be used.
      const url = mayUseBrowser(browserWindow.context)
        ? await payloadUrl(document.baseURI, { v: 1, fileName: name, model: report.model })
        : null;
      const delivery = chooseDelivery(browserWindow.context, url?.length ?? 0);
      if (delivery.kind === "saveAsPdf")
        return notify("warning", delivery.reason === "tooLong" ? texts.tooLongForBrowser : texts.noBrowser, true);
      if (url && delivery.kind !== "link") setPage({ url, name });
      if (url && delivery.kind === "browser") return openPage(url, name);
      const bytes = await renderReport(report.model, () => sessionFonts(document.baseURI));
      setPdf({ url: URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/pdf" })), name });
      if (delivery.kind === "linkAndBrowser") notify("success", texts.readyWithBrowser(name), true);
      else notify("success", texts.ready(name), true);
    });

  const onPrint = (): void =>
    act(async (host) => {
      const out = await preparePrint(host);
      if (out.kind === "unsupported") return notify("warning", texts.printUnsupported, true);
      if (out.kind === "unusable") return notify("warning", texts.unusable, true);
      if (out.sheets.length === 0) return notify("info", texts.printNone, true);
      await onWorkbookChanged();
      notify("success", texts.printed(out.sheets.length), true);
    });

  const wholeLabel = texts.wholePlan;
  return (
    <div className={s.section}>
      <Body1>{texts.intro}</Body1>
      <section className={s.section} aria-labelledby="pdf-title">
        <Subtitle2 as="h2" id="pdf-title">
          {texts.pdfTitle}
        </Subtitle2>
        <Field label={texts.scope} hint={units.length === 0 ? texts.analyzeForUnits : undefined}>
          <Dropdown
            data-testid="pdf-scope"
            value={chosen ? chosen.name : wholeLabel}
            selectedOptions={[chosen ? chosen.id : ""]}
            onOptionSelect={(_, d) => setUnitId(d.optionValue ?? "")}
            disabled={busy}
          >
            <Option value="" text={wholeLabel}>
              {wholeLabel}
            </Option>
            {units.map((u) => (
              <Option key={u.id} value={u.id} text={u.name}>
                {u.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <div className={s.row}>
          <Button appearance="primary" onClick={onExport} disabled={busy || !canRun} data-testid="export-pdf">
            {texts.exportButton}
          </Button>
          {pdf && (
            <Link href={pdf.url} download={pdf.name} data-testid="pdf-download">
              {texts.download(pdf.name)}
            </Link>
          )}
          {page && (
            <Button
              appearance="secondary"
              onClick={() => openPage(page.url, page.name)}
              disabled={busy}
              data-testid="pdf-open-browser"
            >
              {texts.openInBrowser}
            </Button>
          )}
        </div>
      </section>
      <section className={s.section} aria-labelledby="print-title">
        <Subtitle2 as="h2" id="print-title">
          {texts.printTitle}
        </Subtitle2>
        <Caption1>{texts.printIntro}</Caption1>
        <div className={s.row}>
          <Button appearance="secondary" onClick={onPrint} disabled={busy || !canRun} data-testid="prepare-print">
            {texts.printButton}
          </Button>
        </div>
      </section>
    </div>
  );
}
