/**
 * The pane: four tabs over one host (Office.js in Excel, exceljs in the browser preview). Every action that
 * takes time ends the same way (`finish`): the focus moves to its result, a heading or the notice, and the
 * polite live region says what happened.
 */
import { useCallback, useEffect, useRef, useState, type JSX } from "react";
import {
  Badge,
  FluentProvider,
  Link,
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
import { isXlsxName } from "../../hosts/browser/fileName";
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
import { errorText, openErrorText, technicalDetail } from "../model/hostError";
import { cellContent, cellReference } from "../model/summary";
import { downloadName, type DownloadState } from "../model/download";
import { lastRunText, popRun, pushRun, type RunHistory } from "../model/lastRun";
import { buildWorklist } from "../model/worklist";
import { browserStore, dismissGuide, guideDismissed } from "../model/guide";
import { Guide } from "./Guide";
import { Notice, type NoticeContent } from "./Notice";
import { AnalyzePanel } from "./AnalyzePanel";
import { PreviewBar } from "./PreviewBar";
import { RunPanel } from "./RunPanel";
import { SettingsPanel } from "./SettingsPanel";
import { ExportPanel } from "./ExportPanel";
import { EXPORT_TEXTS } from "../../i18n/paneExport";
import { SCHEDA_TEXTS } from "../../i18n/paneScheda";
import { initialChoices, runChoicesOf, type RunChoicesForm } from "../model/runChoices";
import { shownDate } from "../model/dates";
import { RunChoicesView, RECORD_DATE_NAME } from "./RunChoicesView";
import { RunTrend } from "./RunTrend";
import { SchedaPanel, useSchedaChoice } from "./SchedaPanel";
import { useStyles } from "./styles";

const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export type TabId = "analyze" | "settings" | "run" | "export";

/** Where the focus goes when an action is done: its result's heading, or the notice. */
export type FocusTarget =
  "notice" | "analysis-result" | "last-run" | "todo-title" | "settings-year" | "scheda-title" | "record-date";

/** The cell «Vai alla cella» went to last: its item shows it, with what the cell holds. */
export interface Went {
  sheet: string;
  cell: string;
  text: string;
}

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
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<{ target: FocusTarget; n: number } | null>(null);
  const [history, setHistory] = useState<RunHistory>([]);
  const [went, setWent] = useState<Went | null>(null);
  const [guideOpen, setGuideOpen] = useState(() => !guideDismissed(browserStore()));
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [phase, setPhase] = useState<Phase | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  /** The workbook holds a run to undo (known from the last read, or from a run just written). */
  const [canUndo, setCanUndo] = useState(false);
  /** «Calcola»'s choices through the year (monitoring point, Neutralizzato column), and a date refused. */
  const [runChoices, setRunChoices] = useState<RunChoicesForm>(() => initialChoices());
  const [dateError, setDateError] = useState<string | null>(null);
  const [schedaChoice, setSchedaChoice] = useSchedaChoice();

  // A person's edit between our read and our write makes the write refuse (then the run reads again).
  useEffect(() => {
    void host?.watchChanges?.().catch(() => false);
  }, [host]);
  // After the render that shows an action's result: the focus goes to it.
  useEffect(() => {
    if (!focus) return;
    // The year field's id is Fluent's Field's own (its label points at it): found by its name instead.
    const find = (): HTMLElement | null =>
      focus.target === "settings-year"
        ? document.querySelector<HTMLElement>("input[name=year]")
        : focus.target === "record-date"
          ? document.querySelector<HTMLElement>(`input[name=${RECORD_DATE_NAME}]`)
          : document.getElementById(focus.target);
    const now = find();
    if (now) {
      now.focus();
      return;
    }
    // A result a child renders from its own effect (the settings form) is there one render later.
    const later = setTimeout(() => find()?.focus(), 50);
    return () => clearTimeout(later);
  }, [focus]);

  /** The live region is emptied first, so that the same sentence twice is said twice. */
  const announce = useCallback((text: string): void => {
    setAnnouncement("");
    setTimeout(() => setAnnouncement(text), 50);
  }, []);

  /** The end of every action: what to show, what to say, where the focus goes. */
  const finish = useCallback(
    (r: { notice?: NoticeContent; say?: string; focus: FocusTarget }): void => {
      if (r.notice) setNotice(r.notice);
      announce(r.say ?? r.notice?.text ?? "");
      setFocus((f) => ({ target: r.focus, n: (f?.n ?? 0) + 1 }));
    },
    [announce],
  );

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
        finish({ notice: { intent: "info", text: texts.preview.needFile }, focus: "notice" });
        return;
      }
      setBusy(true);
      setNotice(null);
      try {
        await action(host);
      } catch (err) {
        finish({
          notice: { intent: "error", text: errorText(err, texts), details: technicalDetail(err) ?? undefined },
          focus: "notice",
        });
      } finally {
        setBusy(false);
      }
    },
    [host, texts, finish],
  );

  /**
   * The preview's download, named for what the workbook now holds: `state` when the caller knows it (a run
   * just written, an undo), else from the workbook (a run's log means results are in it).
   */
  const refreshDownload = async (state?: DownloadState): Promise<void> => {
    const ph = previewHost.current;
    if (!ph || !fileName) return;
    // Saving settings or the print layout leaves a run's results (and its log) as they were.
    const known = state ?? (canUndo ? "scored" : "edited");
    const bytes = await ph.save();
    const blob = new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    setDownload({ url: URL.createObjectURL(blob), name: downloadName(fileName, known, texts) });
  };

  const onFile = (file: File): void => {
    if (!isXlsxName(file.name)) {
      finish({ notice: { intent: "error", text: texts.preview.notXlsx(file.name) }, focus: "notice" });
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
        setHistory([]);
        setWent(null);
        previewHost.current = opened;
        setHost(opened);
        setFileName(file.name);
        setDownload(null);
        setAnalysis(null);
        setCanUndo(false);
        setSettings(null);
        setOutcome(null);
        setPhase(null);
        finish({ notice: { intent: "success", text: texts.preview.loaded(file.name) }, focus: "notice" });
      } catch (err) {
        finish({
          notice: {
            intent: "error",
            text: openErrorText(err, file.name, texts),
            details: technicalDetail(err) ?? undefined,
          },
          focus: "notice",
        });
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

  /** What an analysis found, in the sentence the result shows. */
  const analysedText = ({ result }: Analysis): string => {
    const todo = buildWorklist(result.plan, result.scorecard, result.diagnostics).totals;
    const count = (sev: string): number => result.diagnostics.filter((d) => d.severity === sev).length;
    return texts.analyze.done(
      result.plan.indicators.length,
      todo.missing + todo.unscorable,
      count("error"),
      count("warning"),
    );
  };

  const onAnalyze = (): void =>
    void act(async (h) => {
      const a = await analyze(h);
      showRead(a);
      finish({ say: analysedText(a), focus: "analysis-result" });
    });

  const onLoadSettings = (): void =>
    void act(async (h) => {
      showRead(await analyze(h));
      // The form replaces the button: its first field is the result.
      finish({ say: texts.settings.loaded, focus: "settings-year" });
    });

  const onSaveSettings = (next: Settings): void =>
    void act(async (h) => {
      const stopped = await saveSettings(h, next);
      if (stopped.length > 0) {
        finish({
          notice: { intent: "error", text: stopped.map((d) => diagnosticMessage(d, lang)).join(" ") },
          focus: "notice",
        });
        return;
      }
      showRead(await analyze(h));
      await refreshDownload();
      finish({ notice: { intent: "success", text: texts.settings.saved }, focus: "notice" });
    });

  /** «Salva e rianalizza»: the Regole tab's save, then a fresh analysis, the focus on its result. */
  const onSaveCorrections = (next: Settings): void =>
    void act(async (h) => {
      const stopped = await saveSettings(h, next);
      if (stopped.length > 0) {
        finish({
          notice: { intent: "error", text: stopped.map((d) => diagnosticMessage(d, lang)).join(" ") },
          focus: "notice",
        });
        return;
      }
      const a = await analyze(h);
      showRead(a);
      await refreshDownload();
      finish({
        notice: { intent: "success", text: texts.recognition.saved },
        say: `${texts.recognition.saved} ${analysedText(a)}`,
        focus: "analysis-result",
      });
    });

  const onRun = (): void => {
    const asked = runChoicesOf(runChoices);
    if (!asked.ok) {
      setDateError(SCHEDA_TEXTS[lang].badDate);
      finish({ say: SCHEDA_TEXTS[lang].badDate, focus: "record-date" });
      return;
    }
    setDateError(null);
    void act(async (h) => {
      setOutcome(null);
      try {
        const r = await scoreAndWrite(h, setPhase, undefined, asked.choices);
        setOutcome(r);
        setAnalysis({ workbook: r.workbook, result: r.result });
        setSettings(r.result.settings);
        if (!r.written) {
          setCanUndo(hasUndo(r.workbook));
          finish({ notice: { intent: "warning", text: texts.run.notWritten }, focus: "notice" });
          return;
        }
        setCanUndo(true);
        setHistory((runs) => pushRun(runs, { at: new Date(), settings: r.result.settings }));
        await refreshDownload("scored");
        const count = (sev: string): number => r.result.diagnostics.filter((d) => d.severity === sev).length;
        // Excel without ExcelApi 1.9 wrote the cells but not the print layout: say so, not silently.
        const noPrint = h.supportsPageLayout?.() === false ? ` ${EXPORT_TEXTS[lang].printUnsupported}` : "";
        const recorded = r.result.monitoring.recorded;
        const point = recorded ? ` ${SCHEDA_TEXTS[lang].recorded(shownDate(recorded.date))}` : "";
        finish({
          notice: {
            intent: noPrint ? "warning" : "success",
            text: texts.run.written(count("error"), count("warning")) + point + noPrint,
          },
          focus: "last-run",
        });
      } catch (err) {
        setPhase(null);
        throw err;
      }
    });
  };

  const onUndo = (): void =>
    void act(async (h) => {
      const { undone, diagnostics } = await undoLast(h);
      if (diagnostics.length > 0) {
        finish({ notice: { intent: "error", text: diagnosticMessage(diagnostics[0], lang) }, focus: "notice" });
        return;
      }
      setOutcome(null);
      setPhase(null);
      if (undone) setHistory(popRun);
      const after = await analyze(h);
      showRead(after);
      // What the workbook holds now: an earlier run's results, or the file as it was.
      await refreshDownload(hasUndo(after.workbook) ? "scored" : "restored");
      finish({
        notice: undone ? { intent: "success", text: texts.undo.done } : { intent: "info", text: texts.undo.nothing },
        focus: "notice",
      });
    });

  /** Selects the cell (in Excel), and shows beside the item where it went and what the cell holds. */
  const onGoTo = (sheet: string, cell: string): void =>
    void act(async (h) => {
      await h.select(sheet, cell);
      const ref = cellReference(sheet, cell);
      const held = analysis ? cellContent(analysis.workbook, sheet, cell, lang) : null;
      const text = texts.preview.went(ref, held);
      setWent({ sheet, cell, text });
      announce(text);
    });

  /** A step on the way (only said), or an action's outcome (`done`: shown, said, and the focus on it). */
  const notify = (intent: NoticeContent["intent"], text: string, done?: boolean): void =>
    done ? finish({ notice: { intent, text }, focus: "notice" }) : (setNotice({ intent, text }), announce(text));

  const openTab = (next: TabId, target?: FocusTarget): void => {
    setTab(next);
    if (target) setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));
  };

  const closeGuide = (): void => {
    dismissGuide(browserStore());
    setGuideOpen(false);
  };

  const lastRun = lastRunText(history, canUndo, lang, texts);
  const worklist = analysis
    ? buildWorklist(analysis.result.plan, analysis.result.scorecard, analysis.result.diagnostics)
    : null;

  return (
    <main className={s.root}>
      <header className={s.header}>
        <Title3 as="h1">{texts.title}</Title3>
        {preview && (
          <Badge appearance="outline" color="informative">
            {texts.previewBadge}
          </Badge>
        )}
        <Link
          href={lang === "en" ? "help.html#en" : "help.html"}
          target="_blank"
          rel="noopener"
          aria-label={texts.help.label}
          className={s.helpLink}
          data-testid="help-link"
        >
          {texts.help.link}
        </Link>
      </header>
      {guideOpen && <Guide texts={texts} onOpen={(t) => openTab(t)} onDismiss={closeGuide} />}
      {preview && <PreviewBar texts={texts} fileName={fileName} download={download} busy={busy} onFile={onFile} />}
      <TabList
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label={texts.title}
        size="small"
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
      {/* The one live region: every action's outcome is said here, once (the notice is not live itself). */}
      <div role="status" aria-live="polite" aria-atomic="true" className={s.visuallyHidden} data-testid="announcer">
        {announcement}
      </div>
      <div data-testid="notice" id="notice" tabIndex={-1} className={s.notice}>
        {notice && <Notice notice={notice} technical={texts.technical} />}
      </div>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
        {tab === "analyze" && (
          <AnalyzePanel
            texts={texts}
            lang={lang}
            analysis={analysis}
            worklist={worklist}
            busy={busy}
            canRun={!!host}
            onAnalyze={onAnalyze}
            onGoTo={onGoTo}
            went={went}
            announce={announce}
            onSaveCorrections={onSaveCorrections}
            scheda={
              analysis && (
                <SchedaPanel
                  texts={SCHEDA_TEXTS[lang]}
                  paneTexts={texts}
                  exportTexts={EXPORT_TEXTS[lang]}
                  lang={lang}
                  analysis={analysis}
                  choice={schedaChoice}
                  onChoice={setSchedaChoice}
                  went={went}
                  onGoTo={onGoTo}
                  busy={busy}
                  canRun={!!host}
                  fileName={fileName}
                  browserWindow={browserWindow}
                  act={(action) => void act(action)}
                  notify={notify}
                  announce={announce}
                />
              )
            }
          />
        )}
        {tab === "settings" && (
          <SettingsPanel
            texts={texts}
            lang={lang}
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
            lastRun={lastRun}
            toComplete={worklist ? worklist.totals.missing + worklist.totals.unscorable : null}
            onShowTodo={() => openTab("analyze", "todo-title")}
            choices={
              <RunChoicesView
                texts={SCHEDA_TEXTS[lang]}
                value={runChoices}
                onChange={setRunChoices}
                dateError={dateError}
                disabled={busy}
              />
            }
            after={
              outcome && (
                <RunTrend
                  texts={SCHEDA_TEXTS[lang]}
                  lang={lang}
                  outcome={outcome}
                  onOpenScheda={() => openTab("analyze", "scheda-title")}
                />
              )
            }
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
            notify={notify}
            onWorkbookChanged={refreshDownload}
          />
        )}
      </div>
    </main>
  );
}
