/** Shared layout styles: one column that works from 320 px up, Fluent tokens so every theme applies. */
import { makeStyles, tokens } from "@fluentui/react-components";

const NARROW = "@media (max-width: 480px)";
/** Windows high contrast and other forced colours: the person's system colours replace the theme's. */
const FORCED = "@media (forced-colors: active)";

export const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "960px",
    marginLeft: "auto",
    marginRight: "auto",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    [NARROW]: { padding: tokens.spacingHorizontalS },
    // The browser paints text in system colours, but keeps the theme's colour underneath, where tools that read
    // styles (and -webkit-text-fill-color) still find it: links and text say their system colour themselves.
    [FORCED]: { color: "CanvasText", "& .fui-Link": { color: "LinkText" } },
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  figureValue: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  diagnostic: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  // Four short labels on one row down to 320 px; the tab list scrolls rather than wraps if a language's are longer.
  tabs: { flexWrap: "nowrap", overflowX: "auto" },
  helpLink: { marginLeft: "auto" },
  notice: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  /** A result's heading or line that receives the focus (tabIndex -1): a visible ring, as for controls. */
  focusTarget: {
    ":focus": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  guide: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  guideHead: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // Top-aligned, so that a step on two lines keeps its number beside its first line.
  guideStep: { textAlign: "left", verticalAlign: "top" },
  guideSteps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    "& > li": { marginBottom: tokens.spacingVerticalXXS },
  },
  inlineList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    // A unit's long name in an option must not widen the pane: the control shrinks to its cell.
    "& > *": { minWidth: 0 },
  },
  select: { minWidth: 0, maxWidth: "100%", "& > select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
  block: { display: "block" },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  unitDetails: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "& > summary": { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0` },
    "& > ul": { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  },
  unitName: { fontWeight: tokens.fontWeightSemibold },
  workItem: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  went: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    [FORCED]: { border: "1px solid Highlight" },
  },
  lastRun: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  technical: { display: "block", whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    [NARROW]: { display: "block", "& > thead, & > tbody": { display: "block" }, "& > colgroup": { display: "none" } },
  },
  // Below 480 px (the pane's usual 320 px) each unit becomes a two-line card: the name on its own
  // line, then score, coverage and status, each value preceded by its column's name.
  headRow: { [NARROW]: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM } },
  th: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "bottom",
    [NARROW]: { display: "block", padding: 0 },
  },
  bodyRow: {
    [NARROW]: {
      display: "grid",
      gridTemplateColumns: "1fr 1fr",
      columnGap: tokens.spacingHorizontalS,
      rowGap: tokens.spacingVerticalXXS,
      padding: `${tokens.spacingVerticalS} 0`,
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    overflowWrap: "break-word",
    [NARROW]: { display: "block", borderTop: "none", padding: 0 },
  },
  nameCell: { [NARROW]: { gridColumn: "1 / -1", fontWeight: tokens.fontWeightSemibold } },
  statusCell: { [NARROW]: { gridColumn: "1 / -1" } },
  labelled: {
    [NARROW]: {
      textAlign: "left",
      "::before": { content: "attr(data-label) ' '", color: tokens.colorNeutralForeground3 },
    },
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  sortButton: {
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "left",
    height: "auto",
  },
  barTrack: {
    position: "relative",
    height: "12px",
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    [FORCED]: {
      forcedColorAdjust: "none",
      backgroundColor: "Canvas",
      border: `${tokens.strokeWidthThin} solid CanvasText`,
    },
  },
  bar: { height: "100%" },
  barLabel: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  details: { "& > summary": { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0` } },
  legendTitle: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  legend: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& dt": { display: "inline", fontWeight: tokens.fontWeightSemibold },
    "& dt::after": { content: "': '" },
    "& dd": { display: "inline", margin: 0 },
  },
});

/**
 * A bar's fill by status, as classes rather than an inline colour: an inline colour would win over the
 * forced-colours rule, and a light palette's green on the system's Canvas is what made the chart blank. In
 * forced colours every bar is Highlight on a Canvas track (forced-color-adjust: none keeps the pair the
 * person chose); the status is the text beside it, never the colour alone.
 */
const forcedBar = { [FORCED]: { forcedColorAdjust: "none", backgroundColor: "Highlight" } } as const;
export const useBarStyles = makeStyles({
  raggiunto: { backgroundColor: tokens.colorPaletteGreenBackground3, ...forcedBar },
  parzialmente_raggiunto: { backgroundColor: tokens.colorPaletteMarigoldBackground3, ...forcedBar },
  non_raggiunto: { backgroundColor: tokens.colorPaletteRedBackground3, ...forcedBar },
  non_rilevato: { backgroundColor: tokens.colorNeutralBackground5, ...forcedBar },
  non_valutabile: { backgroundColor: tokens.colorNeutralBackground5, ...forcedBar },
  neutralizzato: { backgroundColor: tokens.colorNeutralBackground5, ...forcedBar },
});
