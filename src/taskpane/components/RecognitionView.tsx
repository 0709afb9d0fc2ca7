/**
 * «Fogli e colonne» in Analizza: per sheet (a disclosure, those with a problem open at first) how it was
 * read, its units, and per table each column's role; a column's role menu, and how the sheet is to be read
 * (automatically, as the cruscotto, left out). «Salva e rianalizza» hands the corrected settings to the
 * pane, which saves them as the Regole tab does and analyses again.
 */
import { useEffect, useMemo, useState, type JSX } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { describeRecognition } from "../../core/layout/recognition";
import type { Settings } from "../../core/settings/types";
import type { PaneTexts } from "../../i18n/pane";
import type { Analysis } from "../model/flow";
import {
  chooseRole,
  chooseSheetMode,
  correctedSettings,
  NO_PENDING,
  pendingCount,
  recognitionView,
  type ColumnView,
  type PendingCorrections,
  type RoleChoice,
  type SheetMode,
  type SheetView,
  type TableView,
} from "../model/recognitionView";
import { useStyles } from "./styles";

const SHEET_MODES: readonly SheetMode[] = ["auto", "cruscotto", "excluded"];

const useLocalStyles = makeStyles({
  sheetBody: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  // Inline, so that the disclosure triangle stays beside the name.
  summary: { display: "inline-flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  columns: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // Header on its line, its role under it: a long header wraps instead of widening a 320 px pane.
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  unknown: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  role: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: 0, width: "100%", maxWidth: "220px" },
});

interface Props {
  texts: PaneTexts;
  analysis: Analysis;
  busy: boolean;
  canRun: boolean;
  onSave: (settings: Settings) => void;
  announce: (text: string) => void;
}

export function RecognitionView({ texts, analysis, busy, canRun, onSave, announce }: Props): JSX.Element {
  const s = useStyles();
  const t = texts.recognition;
  const { workbook, result } = analysis;
  const described = useMemo(() => describeRecognition(workbook, result.settings), [workbook, result.settings]);
  const [pending, setPending] = useState<PendingCorrections>(NO_PENDING);
  // A new analysis shows the workbook as it now reads: corrections chosen before it are gone.
  useEffect(() => setPending(NO_PENDING), [analysis]);
  const sheets = useMemo(
    () => recognitionView(described, result.diagnostics, result.settings, pending),
    [described, result.diagnostics, result.settings, pending],
  );
  const count = pendingCount(pending);
  const change = (next: PendingCorrections): void => {
    setPending(next);
    // The count under the list is out of sight of whoever is at the menu: said as well.
    announce(t.pending(pendingCount(next)));
  };
  return (
    <section className={s.section} aria-labelledby="recognition-title" data-testid="recognition">
      <Subtitle2 as="h2" id="recognition-title" tabIndex={-1} className={s.focusTarget}>
        {t.title}
      </Subtitle2>
      <Body1>{t.intro}</Body1>
      <Caption1>{t.sameHeader}</Caption1>
      <ul className={s.list}>
        {sheets.map((sheet) => (
          <SheetItem
            key={sheet.sheet}
            texts={texts}
            sheet={sheet}
            busy={busy}
            onRole={(column, choice) => change(chooseRole(pending, column, choice))}
            onMode={(mode) => change(chooseSheetMode(pending, result.settings, sheet.sheet, mode))}
          />
        ))}
      </ul>
      <div className={s.row}>
        <Caption1 data-testid="pending-corrections">{t.pending(count)}</Caption1>
      </div>
      <div className={s.row}>
        <Button
          appearance="primary"
          data-testid="save-corrections"
          disabled={count === 0 || busy || !canRun}
          onClick={() => onSave(correctedSettings(result.settings, pending))}
        >
          {t.save}
        </Button>
        <Button appearance="subtle" disabled={count === 0 || busy} onClick={() => change(NO_PENDING)}>
          {t.discard}
        </Button>
      </div>
    </section>
  );
}

function SheetItem(props: {
  texts: PaneTexts;
  sheet: SheetView;
  busy: boolean;
  onRole: (column: ColumnView, choice: RoleChoice) => void;
  onMode: (mode: SheetMode) => void;
}): JSX.Element {
  const { texts, sheet, busy, onMode } = props;
  const s = useStyles();
  const l = useLocalStyles();
  const t = texts.recognition;
  // Kept across analyses: a sheet just corrected stays open to show how it now reads.
  const [open, setOpen] = useState(sheet.problem);
  return (
    <li data-testid="sheet" data-sheet={sheet.sheet} data-roles={sheet.roles.join(" ")} data-problem={sheet.problem}>
      <details
        className={s.unitDetails}
        open={open}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          <span className={l.summary}>
            <span className={s.unitName}>{sheet.sheet}</span>
            <span data-testid="sheet-roles">{sheet.roles.map((r) => t.sheetRoles[r]).join(", ")}</span>
            {sheet.problem && (
              <Badge appearance="tint" color="warning" size="small">
                {t.problem}
              </Badge>
            )}
          </span>
        </summary>
        <div className={l.sheetBody}>
          {sheet.units.length > 0 && (
            <ul className={s.list} data-testid="sheet-units">
              {sheet.units.map((u, i) => (
                <li key={`${u.name}-${i}`}>{t.unit(u.name, u.indicators)}</li>
              ))}
            </ul>
          )}
          {sheet.tables.map((table) => (
            <TableItem key={table.id} {...props} table={table} />
          ))}
          {sheet.correctable && (
            <Field label={t.modeLabel} size="small" hint={sheet.modeChanged ? t.changed : undefined}>
              <Select
                size="small"
                className={s.select}
                value={sheet.mode}
                disabled={busy}
                data-testid="sheet-mode"
                onChange={(_, d) => onMode(d.value as SheetMode)}
              >
                {SHEET_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t.modes[m]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      </details>
    </li>
  );
}

function TableItem({
  texts,
  table,
  busy,
  onRole,
}: {
  texts: PaneTexts;
  table: TableView;
  busy: boolean;
  onRole: (column: ColumnView, choice: RoleChoice) => void;
}): JSX.Element {
  const l = useLocalStyles();
  const s = useStyles();
  const t = texts.recognition;
  const label = (c: ColumnView): string =>
    c.choice === "year" ? t.yearColumn(String(c.year ?? "")) : t.columnRoles[c.choice];
  // Every column of a table not read is unread: said once, by the table's kind, not on each column.
  const showNotRead = table.kind !== "unrecognised" && table.kind !== "programmi";
  return (
    <div className={s.section} data-testid="table" data-kind={table.kind}>
      <Caption1 className={s.block}>
        <strong>{t.tableKinds[table.kind]}</strong>
        {table.unit ? ` · ${table.unit}` : ""} · {t.headerAt(table.headerCells.join(", "))}
      </Caption1>
      {table.missing.length > 0 && (
        <Caption1 className={s.block} data-testid="table-missing">
          {t.missing(table.missing.map((r) => t.columnRoles[r]).join(", "))}
        </Caption1>
      )}
      <ul className={l.columns}>
        {table.columns.map((c) => (
          <li
            key={c.col}
            className={`${l.column} ${c.choice === "none" ? l.unknown : ""}`}
            data-testid="column"
            data-header={c.header}
            data-role={c.choice}
            data-read={c.read}
          >
            <span>
              {c.letter} · {c.header === "" ? t.emptyHeader : `«${c.header}»`}
            </span>
            <span className={l.role}>
              {c.options.length > 0 ? (
                <Dropdown
                  size="small"
                  className={l.dropdown}
                  aria-label={t.roleLabel(c.letter, c.header)}
                  value={label(c)}
                  selectedOptions={[c.choice]}
                  disabled={busy}
                  data-testid="column-role"
                  onOptionSelect={(_, d) => {
                    if (d.optionValue) onRole(c, d.optionValue as RoleChoice);
                  }}
                >
                  {c.options.map((o) => (
                    <Option key={o} value={o}>
                      {o === "year" ? t.yearColumn(String(c.year ?? "")) : t.columnRoles[o]}
                    </Option>
                  ))}
                </Dropdown>
              ) : (
                <span data-testid="column-role-text">{label(c)}</span>
              )}
              {showNotRead && !c.read && c.role !== null && <Caption1 className={s.muted}>{t.notRead}</Caption1>}
              {c.changed && (
                <Badge appearance="outline" color="brand" size="small">
                  {t.changed}
                </Badge>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
