/** Styles of the scheda and of «Calcola»'s choices through the year: one column from 320 px, Fluent tokens. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useSchedaStyles = makeStyles({
  choices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  indented: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  /** A unit's long name in an option must not widen the pane. */
  control: { minWidth: 0, maxWidth: "100%" },
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& > dt": { color: tokens.colorNeutralForeground3 },
    "& > dd": { margin: 0, overflowWrap: "anywhere" },
  },
  group: {
    marginTop: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    "& > div": { display: "flex", flexDirection: "column", minWidth: 0 },
    "& dt": { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  trend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    "& > li": {
      display: "flex",
      flexWrap: "wrap",
      justifyContent: "space-between",
      columnGap: tokens.spacingHorizontalS,
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      paddingTop: tokens.spacingVerticalXXS,
      overflowWrap: "anywhere",
    },
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
