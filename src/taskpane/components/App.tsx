/** The pane: three tabs over one host (Office.js in Excel, exceljs in the browser preview). */
import { useCallback, useEffect, useRef, useState, type JSX } from "react";
import {
  Badge,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { Settings } from "../../core/settings/types";
import type { WorkbookHost } from "../../hosts/types";
import { diagnosticMessage, type Lang } from "../../i18n/messages";
import { PANE_TEXTS } from "../../i18n/pane";
import { isXlsxName, scoredFileName } from "../../hosts/browser/fileName";
import type { BrowserHost } from "../../hosts/browser/host";
import type { ThemeName } from "../model/environment";
import type { BrowserWindowOpener } from "../model/pdfDelivery";
import {
  analyze,
  saveSettings,
  scoreAndWrite,
  undoLast,
  type Analysis,
  type Phase,
  type RunOutcome,
} from "../model/flow";
import { hasUndo } from "../../core/undo";
import { errorText, openErrorText } from "../model/hostError";
import { cellReference } from "../model/summary";
import { AnalyzePanel } from "./AnalyzePanel";
import { PreviewBar } from "./PreviewBar";
import { RunPanel } from "./RunPanel";
import { SettingsPanel } from "./SettingsPanel";
import { ExportPanel } from "./ExportPanel";
import { EXPORT_TEXTS } from "../../i18n/paneExport";
import { useStyles } from "./styles";

const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

type TabId = "analyze" | "settings" | "run" | "export";
/** `focus`: the notice takes the focus, for an outcome the person must read before going on (where the PDF went). */
type Notice = { intent: "success" | "warning" | "error" | "info"; text: string; focus?: boolean };

/** The preview's host also saves the workbook for download (a type only: exceljs stays in its chunk). */
type PreviewHost = BrowserHost;

export interface AppProps {
  lang: Lang;
  theme: ThemeName;
  /** The Office.js host in Excel; absent in the browser preview, where the person opens a file. */
  officeHost?: WorkbookHost;
  /** How pdf.html reaches a browser window: Office's openBrowserWindow in Excel, window.open in the preview. */
  browserWindow: BrowserWindowOpener;
}

export function App({ lang, theme, officeHost, browserWindow }: AppProps): JSX.Element {
  return (
    <FluentProvider theme={THEMES[theme]} style={{ minHeight: "100vh" }} data-theme={theme}>
      <Pane lang={lang} officeHost={officeHost} browserWindow={browserWindow} />
    </FluentProvider>
  );
}

function Pane({
  lang,
  officeHost,
  browserWindow,
}: {
  lang: Lang;
  officeHost?: WorkbookHost;
  browserWindow: BrowserWindowOpener;
}): JSX.Element {
  const s = useStyles();
  const texts = PANE_TEXTS[lang];
  const preview = !officeHost;
  const [tab, setTab] = useState<TabId>("analyze");
  const [host, setHost] = useState<WorkbookHost | null>(officeHost ?? null);
  const previewHost = useRef<PreviewHost | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  /** The workbook holds a run to undo (known from the last read, or from a run just written). */
  const [canUndo, setCanUndo] = useState(false);

  // A person's edit between our read and our write makes the write refuse (then the run reads again).
  useEffect(() => {
    void host?.watchChanges?.().catch(() => false);
  }, [host]);
  useEffect(() => {
    if (notice?.focus) noticeRef.current?.focus();
  }, [notice]);

  // Object URLs hold the whole workbook in memory: release the previous one.
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download.url);
    },
    [download],
  );

  /** Runs one action with the pane busy; any failure becomes a sentence, never a stack trace. */
  const act = useCallback(
    async (action: (h: WorkbookHost) => Promise<void>): Promise<void> => {
      if (!host) {
        setNotice({ intent: "info", text: texts.preview.needFile });
        return;
      }
      setBusy(true);
      setNotice(null);
      try {
        await action(host);
      } catch (err) {
        setNotice({ intent: "error", text: errorText(err, texts) });
      } finally {
        setBusy(false);
      }
    },
    [host, texts],
  );

  const refreshDownload = async (): Promise<void> => {
    const ph = previewHost.current;
    if (!ph || !fileName) return;
    const bytes = await ph.save();
    const blob = new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    setDownload({ url: URL.createObjectURL(blob), name: scoredFileName(fileName) });
  };

  const onFile = (file: File): void => {
    if (!isXlsxName(file.name)) {
      setNotice({ intent: "error", text: texts.preview.notXlsx(file.name) });
      return;
    }
    setBusy(true);
    setNotice(null);
    void (async () => {
      try {
        const bytes = await file.arrayBuffer();
        // exceljs is only needed here: its own chunk, fetched when the first file is opened.
        const { openBrowserHost } = await import(/* webpackChunkName: "preview-host" */ "../../hosts/browser/host");
        const opened = await openBrowserHost(bytes, {
          onSelect: (sheet, cell) =>
            setNotice({ intent: "info", text: texts.preview.selected(cellReference(sheet, cell)) }),
        });
        previewHost.current = opened;
        setHost(opened);
        setFileName(file.name);
        setDownload(null);
        setAnalysis(null);
        setCanUndo(false);
        setSettings(null);
        setOutcome(null);
        setPhase(null);
        setNotice({ intent: "success", text: texts.preview.loaded(file.name) });
      } catch (err) {
        setNotice({ intent: "error", text: openErrorText(err, file.name, texts) });
      } finally {
        setBusy(false);
      }
    })();
  };

  /**
   * A fresh read of the workbook: what it holds decides whether there is a run to undo. (A run's own result
   * carries the read made before it wrote, which has no log yet: it must not decide.)
   */
  const showRead = (a: Analysis): void => {
    setAnalysis(a);
    setSettings(a.result.settings);
    setCanUndo(hasUndo(a.workbook));
  };

  const onAnalyze = (): void =>
    void act(async (h) => {
      showRead(await analyze(h));
    });

  const onLoadSettings = (): void =>
    void act(async (h) => {
      showRead(await analyze(h));
    });

  const onSaveSettings = (next: Settings): void =>
    void act(async (h) => {
      const stopped = await saveSettings(h, next);
      if (stopped.length > 0) {
        setNotice({ intent: "error", text: stopped.map((d) => diagnosticMessage(d, lang)).join(" ") });
        return;
      }
      showRead(await analyze(h));
      await refreshDownload();
      setNotice({ intent: "success", text: texts.settings.saved });
    });

  const onRun = (): void =>
    void act(async (h) => {
      setOutcome(null);
      try {
        const r = await scoreAndWrite(h, setPhase);
        setOutcome(r);
        setAnalysis({ workbook: r.workbook, result: r.result });
        setSettings(r.result.settings);
        if (!r.written) {
          setCanUndo(hasUndo(r.workbook));
          setNotice({ intent: "warning", text: texts.run.notWritten });
          return;
        }
        setCanUndo(true);
        await refreshDownload();
        const count = (sev: string): number => r.result.diagnostics.filter((d) => d.severity === sev).length;
        // Excel without ExcelApi 1.9 wrote the cells but not the print layout: say so, not silently.
        const noPrint = h.supportsPageLayout?.() === false ? ` ${EXPORT_TEXTS[lang].printUnsupported}` : "";
        setNotice({
          intent: noPrint ? "warning" : "success",
          text: texts.run.written(count("error"), count("warning")) + noPrint,
        });
      } catch (err) {
        setPhase(null);
        throw err;
      }
    });

  const onUndo = (): void =>
    void act(async (h) => {
      const { undone, diagnostics } = await undoLast(h);
      if (diagnostics.length > 0) {
        setNotice({ intent: "error", text: diagnosticMessage(diagnostics[0], lang) });
        return;
      }
      setOutcome(null);
      setPhase(null);
      showRead(await analyze(h));
      await refreshDownload();
      setNotice(undone ? { intent: "success", text: texts.undo.done } : { intent: "info", text: texts.undo.nothing });
    });

  const onGoTo = (sheet: string, cell: string): void => void act((h) => h.select(sheet, cell));

  return (
    <main className={s.root}>
      <header className={s.header}>
        <Title3 as="h1">{texts.title}</Title3>
        {preview && (
          <Badge appearance="outline" color="informative">
            {texts.previewBadge}
          </Badge>
        )}
      </header>
      {preview && <PreviewBar texts={texts} fileName={fileName} download={download} busy={busy} onFile={onFile} />}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={texts.title}
        size="medium"
        className={s.tabs}
      >
        <Tab value="analyze" id="tab-analyze">
          {texts.tabs.analyze}
        </Tab>
        <Tab value="settings" id="tab-settings">
          {texts.tabs.settings}
        </Tab>
        <Tab value="run" id="tab-run">
          {texts.tabs.run}
        </Tab>
        <Tab value="export" id="tab-export">
          {EXPORT_TEXTS[lang].tab}
        </Tab>
      </TabList>
      <div role="status" aria-live="polite" data-testid="notice" ref={noticeRef} tabIndex={-1}>
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
        {tab === "analyze" && (
          <AnalyzePanel
            texts={texts}
            lang={lang}
            analysis={analysis}
            busy={busy}
            canRun={!!host}
            onAnalyze={onAnalyze}
            onGoTo={onGoTo}
          />
        )}
        {tab === "settings" && (
          <SettingsPanel
            texts={texts}
            settings={settings}
            busy={busy}
            canRun={!!host}
            onLoad={onLoadSettings}
            onSave={onSaveSettings}
          />
        )}
        {tab === "run" && (
          <RunPanel
            texts={texts}
            lang={lang}
            phase={phase}
            outcome={outcome}
            busy={busy}
            canRun={!!host}
            onRun={onRun}
            canUndo={canUndo}
            onUndo={onUndo}
          />
        )}
        {tab === "export" && (
          <ExportPanel
            texts={EXPORT_TEXTS[lang]}
            units={analysis?.result.plan.units ?? []}
            busy={busy}
            canRun={!!host}
            fileName={fileName}
            browserWindow={browserWindow}
            act={(action) => void act(action)}
            notify={(intent, text, focus) => setNotice({ intent, text, focus })}
            onWorkbookChanged={refreshDownload}
          />
        )}
      </div>
    </main>
  );
}
