/** Shared layout styles: one column that works from 320 px up, Fluent tokens so every theme applies. */
import { makeStyles, tokens } from "@fluentui/react-components";

const NARROW = "@media (max-width: 480px)";

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
  tabs: { flexWrap: "wrap" },
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
  },
  bar: {
    height: "100%",
    "@media (forced-colors: active)": { backgroundColor: "Highlight", forcedColorAdjust: "none" },
  },
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
});
