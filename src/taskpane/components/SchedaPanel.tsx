/**
 * «Scheda dell'unità», in «Analizza» once the workbook is read (by «Analizza» or by «Calcola e scrivi»): a unit
 * chosen in the list, or among «le mie unità» (those whose Owner / Responsabile names the person, typed
 * once and remembered), and its scheda — figures, the score at the previous monitoring point and the
 * change, then each indicator with target, actual, achievement, weight, status, motivazione, its own change
 * and «Vai alla cella». «Esporta la scheda in PDF» makes that scheda alone as a PDF, delivered as the
 * Relazione is (a link, or pdf.html in the browser where the webview cannot download).
 */
import { useEffect, useMemo, useState, type JSX } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Link,
  Option,
  Subtitle2,
} from "@fluentui/react-components";
import type { Lang } from "../../i18n/messages";
import type { PaneTexts } from "../../i18n/pane";
import type { ExportTexts } from "../../i18n/paneExport";
import type { SchedaTexts } from "../../i18n/paneScheda";
import { BELOW_TARGET } from "../../core/scoring/types";
import { formatWeight } from "../../core/document/format";
import type { WorkbookHost } from "../../hosts/types";
import type { Analysis } from "../model/flow";
import { shownDate, todayIso } from "../model/dates";
import { shownPercent } from "../model/format";
import { browserStore } from "../model/guide";
import { fetchFonts, prepareScheda, renderReport } from "../model/pdfExport";
import { chooseDelivery, mayUseBrowser, type BrowserWindowOpener } from "../model/pdfDelivery";
import { payloadUrl } from "../model/pdfPayload";
import {
  buildScheda,
  rememberedOwner,
  rememberOwner,
  unitsOwnedBy,
  type Scheda,
  type SchedaRow,
} from "../model/scheda";
import type { Went } from "./App";
import { ChangeText } from "./ChangeText";
import { GoToCell } from "./GoToCell";
import { StatusBadge } from "./StatusBadge";
import { useSchedaStyles } from "./schedaStyles";
import { useStyles } from "./styles";

/** What the person chose, kept by the pane across tabs: the unit, «le mie unità» and the name typed. */
export interface SchedaChoice {
  unitId: string;
  mine: boolean;
  owner: string;
}

/** The choice as the pane starts: no unit yet, the name remembered from an earlier session (if storage allows). */
export function useSchedaChoice(): [SchedaChoice, (next: SchedaChoice) => void] {
  const [choice, setChoice] = useState<SchedaChoice>(() => ({
    unitId: "",
    mine: false,
    owner: rememberedOwner(browserStore()),
  }));
  return [choice, setChoice];
}

type Notify = (intent: "success" | "warning" | "error" | "info", text: string, done?: boolean) => void;

interface Props {
  texts: SchedaTexts;
  paneTexts: PaneTexts;
  exportTexts: ExportTexts;
  lang: Lang;
  analysis: Analysis;
  choice: SchedaChoice;
  onChoice: (next: SchedaChoice) => void;
  went: Went | null;
  onGoTo: (sheet: string, cell: string) => void;
  busy: boolean;
  canRun: boolean;
  fileName: string | null;
  browserWindow: BrowserWindowOpener;
  act: (action: (host: WorkbookHost) => Promise<void>) => void;
  notify: Notify;
  announce: (text: string) => void;
}

export function SchedaPanel(props: Props): JSX.Element {
  const { texts, lang, analysis, choice, onChoice, busy } = props;
  const s = useSchedaStyles();
  const shared = useStyles();
  const plan = analysis.result.plan;
  const owned = useMemo(() => unitsOwnedBy(plan, choice.owner), [plan, choice.owner]);
  const units = choice.mine ? owned : plan.units;
  // Among «le mie unità», the first of them until the person picks another.
  const chosen = units.find((u) => u.id === choice.unitId) ?? (choice.mine ? (units[0] ?? null) : null);
  const scheda = useMemo(
    () => (chosen ? buildScheda(analysis.result, chosen.id, lang) : null),
    [analysis, chosen, lang],
  );

  const pick = (unitId: string): void => {
    onChoice({ ...choice, unitId });
    const next = buildScheda(analysis.result, unitId, lang);
    if (next) props.announce(texts.shown(next.name, next.rows.length, shownPercent(next.score, lang, "—")));
  };
  const setOwner = (owner: string): void => {
    rememberOwner(browserStore(), owner);
    onChoice({ ...choice, owner });
  };
  const ownerTrimmed = choice.owner.trim();
  const ownerSentence =
    ownerTrimmed === ""
      ? texts.ownerEmpty
      : owned.length === 0
        ? texts.ownerNone(ownerTrimmed)
        : texts.ownerCount(owned.length, ownerTrimmed);

  return (
    <section className={shared.section} aria-labelledby="scheda-title" data-testid="scheda">
      <Subtitle2 as="h2" id="scheda-title" tabIndex={-1} className={shared.focusTarget}>
        {texts.title}
      </Subtitle2>
      <Caption1>{texts.intro}</Caption1>
      <Checkbox
        checked={choice.mine}
        onChange={(_, d) => onChoice({ ...choice, mine: d.checked === true })}
        label={texts.mine}
        data-testid="scheda-mine"
      />
      {choice.mine && (
        <div className={s.indented}>
          <Field label={texts.ownerName} hint={texts.ownerHint}>
            <Input
              value={choice.owner}
              onChange={(_, d) => setOwner(d.value)}
              autoComplete="name"
              data-testid="scheda-owner"
            />
          </Field>
          <Caption1 data-testid="scheda-owner-count">{ownerSentence}</Caption1>
        </div>
      )}
      <Field label={texts.unit}>
        <Dropdown
          className={s.control}
          data-testid="scheda-unit"
          placeholder={texts.choose}
          value={chosen?.name ?? ""}
          selectedOptions={chosen ? [chosen.id] : []}
          onOptionSelect={(_, d) => pick(d.optionValue ?? "")}
          disabled={units.length === 0}
        >
          {units.map((u) => (
            <Option key={u.id} value={u.id} text={u.name}>
              {u.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {scheda && <SchedaView {...props} scheda={scheda} />}
      {scheda && <SchedaPdf {...props} scheda={scheda} busy={busy} />}
    </section>
  );
}

function SchedaView(props: Props & { scheda: Scheda }): JSX.Element {
  const { texts, lang, scheda } = props;
  const s = useSchedaStyles();
  const shared = useStyles();
  const f = texts.figures;
  const pct = (v: number | null): string => shownPercent(v, lang, "—");
  // A group heading each time the strategic objective changes, as the headings in the workbook.
  const groups: { name: string | null; rows: SchedaRow[] }[] = [];
  for (const row of scheda.rows) {
    const last = groups[groups.length - 1];
    if (last && last.name === row.strategicObjective) last.rows.push(row);
    else groups.push({ name: row.strategicObjective, rows: [row] });
  }
  const grouped = groups.some((g) => g.name !== null);
  return (
    <div className={shared.section} data-testid="scheda-view" data-unit={scheda.unitId}>
      <Subtitle2 as="h3" id="scheda-unit-name">
        {scheda.name}
      </Subtitle2>
      <dl className={s.figures}>
        <div>
          <dt>{f.score}</dt>
          <dd data-testid="scheda-score">{pct(scheda.score)}</dd>
        </div>
        <div>
          <dt>{f.status}</dt>
          <dd>
            <StatusBadge status={scheda.status} lang={lang} />
          </dd>
        </div>
        <div>
          <dt>{f.coverage}</dt>
          <dd>{pct(scheda.coverage)}</dd>
        </div>
        <div>
          <dt>{f.area}</dt>
          <dd>{scheda.area ?? f.noArea}</dd>
        </div>
        {scheda.previous && (
          <>
            <div>
              <dt>{texts.previousScore(shownDate(scheda.previous.date), scheda.previous.label)}</dt>
              <dd data-testid="scheda-previous" data-date={scheda.previous.date}>
                {pct(scheda.previous.score)}
              </dd>
            </div>
            <div>
              <dt>{texts.change}</dt>
              <dd>
                <ChangeText points={scheda.change} lang={lang} texts={texts} testId="scheda-change" />
              </dd>
            </div>
          </>
        )}
      </dl>
      {!scheda.previous && <Caption1 data-testid="scheda-no-previous">{texts.noPrevious}</Caption1>}
      <Subtitle2 as="h3" id="scheda-indicators">
        {texts.indicators}
      </Subtitle2>
      {scheda.rows.length === 0 && <Body1>{texts.noIndicators}</Body1>}
      {groups.map((g, i) => (
        <div key={`${i}|${g.name ?? ""}`} className={shared.section}>
          {grouped && (
            <Body1 as="h4" className={s.group}>
              {g.name ?? texts.otherObjectives}
            </Body1>
          )}
          <ul className={shared.list}>
            {g.rows.map((row) => (
              <RowView key={row.key} {...props} row={row} previousDate={scheda.previous?.date ?? null} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function RowView(props: Props & { row: SchedaRow; previousDate: string | null }): JSX.Element {
  const { texts, lang, row, previousDate } = props;
  const s = useSchedaStyles();
  const shared = useStyles();
  const c = texts.columns;
  const pct = (v: number | null): string => shownPercent(v, lang, "—");
  const actual =
    row.actual === null
      ? texts.empty
      : row.actual.kind === "synthesis"
        ? texts.synthesis(pct(row.actual.value))
        : row.actual.text;
  const weight = formatWeight(row.weight, lang);
  const note =
    row.status === "neutralizzato"
      ? texts.neutralised + (row.justification ? ` ${texts.justification(row.justification)}` : "")
      : row.justification
        ? texts.justification(row.justification)
        : BELOW_TARGET.has(row.status) && row.weight !== null
          ? texts.justificationMissing
          : null;
  return (
    <li className={s.row} data-testid="scheda-row" data-key={row.key} data-status={row.status}>
      <div className={shared.row}>
        <StatusBadge status={row.status} lang={lang} />
      </div>
      <Body1 data-testid="scheda-indicator">{row.indicator}</Body1>
      {row.objective && <Caption1 className={shared.muted}>{row.objective}</Caption1>}
      <dl className={s.figures}>
        <div>
          <dt>{c.target}</dt>
          <dd data-testid="scheda-target">{row.target || "—"}</dd>
        </div>
        <div>
          <dt>{c.actual}</dt>
          <dd data-testid="scheda-actual">{actual}</dd>
        </div>
        <div>
          <dt>{c.achievement}</dt>
          <dd data-testid="scheda-achievement">{pct(row.achievement)}</dd>
        </div>
        <div>
          <dt>{c.weight}</dt>
          <dd data-testid="scheda-weight">{weight || "—"}</dd>
        </div>
        {previousDate && (
          <>
            <div>
              <dt>{c.previous(shownDate(previousDate))}</dt>
              <dd data-testid="scheda-row-previous">{pct(row.previousAchievement)}</dd>
            </div>
            <div>
              <dt>{texts.change}</dt>
              <dd>
                <ChangeText points={row.change} lang={lang} texts={texts} testId="scheda-row-change" />
              </dd>
            </div>
          </>
        )}
      </dl>
      {note && <Caption1 data-testid="scheda-justification">{note}</Caption1>}
      <GoToCell texts={props.paneTexts} sheet={row.sheet} cell={row.cell} went={props.went} onGoTo={props.onGoTo} />
    </li>
  );
}

/** «Esporta la scheda in PDF»: the same delivery as the Relazione's (ExportPanel). */
function SchedaPdf(props: Props & { scheda: Scheda }): JSX.Element {
  const { texts, exportTexts: x, scheda, browserWindow, act, notify, busy, canRun, fileName } = props;
  const shared = useStyles();
  const [pdf, setPdf] = useState<{ url: string; name: string } | null>(null);
  const [page, setPage] = useState<{ url: string; name: string } | null>(null);
  // The PDF's object URL holds it in memory: release the previous one.
  useEffect(
    () => () => {
      if (pdf) URL.revokeObjectURL(pdf.url);
    },
    [pdf],
  );
  // Another unit: the link of the previous one's PDF goes.
  useEffect(() => {
    setPdf(null);
    setPage(null);
  }, [scheda.unitId]);

  const openPage = (url: string, name: string): void => {
    if (browserWindow.open(url)) notify("success", x.openedInBrowser(name), true);
    else notify("warning", x.browserBlocked, true);
  };
  const onExport = (): void =>
    act(async (host) => {
      setPdf(null);
      setPage(null);
      notify("info", x.making);
      const report = await prepareScheda(host, {
        unitId: scheda.unitId,
        sourceName: fileName ?? undefined,
        runDate: todayIso(),
        trendDate: props.analysis.result.monitoring.date ?? undefined,
      });
      if (report.kind === "unusable") return notify("warning", x.unusable, true);
      if (report.kind === "unknownUnit") return notify("warning", x.unknownUnit, true);
      const name = report.fileName;
      const url = mayUseBrowser(browserWindow.context)
        ? await payloadUrl(document.baseURI, { v: 1, fileName: name, model: report.model })
        : null;
      const delivery = chooseDelivery(browserWindow.context, url?.length ?? 0);
      if (delivery.kind === "saveAsPdf")
        return notify("warning", delivery.reason === "tooLong" ? x.tooLongForBrowser : x.noBrowser, true);
      if (url && delivery.kind !== "link") setPage({ url, name });
      if (url && delivery.kind === "browser") return openPage(url, name);
      const bytes = await renderReport(report.model, () => fetchFonts(document.baseURI));
      setPdf({ url: URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/pdf" })), name });
      notify("success", delivery.kind === "linkAndBrowser" ? x.readyWithBrowser(name) : x.ready(name), true);
    });
  return (
    <div className={shared.row}>
      <Button appearance="primary" onClick={onExport} disabled={busy || !canRun} data-testid="scheda-export-pdf">
        {texts.exportButton}
      </Button>
      {pdf && (
        <Link href={pdf.url} download={pdf.name} data-testid="scheda-pdf-download">
          {texts.download(pdf.name)}
        </Link>
      )}
      {page && (
        <Button
          appearance="secondary"
          onClick={() => openPage(page.url, page.name)}
          disabled={busy}
          data-testid="scheda-pdf-open-browser"
        >
          {x.openInBrowser}
        </Button>
      )}
    </div>
  );
}
