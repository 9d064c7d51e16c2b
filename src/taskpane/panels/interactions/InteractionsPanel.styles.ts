import { makeStyles, tokens } from "@fluentui/react-components";

export const useInteractionsPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  titleEnd: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
  },
  secondary: {
    color: tokens.colorNeutralForeground3,
  },
  // A pane is 320–450 px wide: a table wider than that scrolls sideways instead of squeezing its columns.
  scroller: {
    overflowX: "auto",
  },
  table: {
    minWidth: "100%",
    width: "max-content",
  },
  number: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  nowrap: {
    whiteSpace: "nowrap",
  },
  // "1 h 5 min" stays on one line.
  minutes: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  // Text rather than a Badge: a Badge would be the only reason to load its component into this chunk.
  canceled: {
    color: tokens.colorStatusWarningForeground3,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  filter: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  filterRow: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
  },
  grow: {
    flexGrow: 1,
    minWidth: 0,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  dialogBody: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  rowActions: { display: "flex", flexDirection: "column", alignItems: "stretch", padding: tokens.spacingVerticalXS },
});
