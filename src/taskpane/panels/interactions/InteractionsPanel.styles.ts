import { makeStyles, tokens } from "@fluentui/react-components";

export const useInteractionsPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
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

  /*
   * The lists fit the pane (320–450 px) without scrolling sideways: a narrow number column, one column that takes
   * the rest with the row's details on two lines, and the row's button. The table lays out by content (not Fluent's
   * fixed layout, which gives every column the same width): the number and button columns shrink to what they hold,
   * and the middle column's max-width 0 with width 100% lets it take exactly what is left, so its first line can
   * end in an ellipsis instead of widening the table.
   */
  list: {
    tableLayout: "auto",
    width: "100%",
  },
  // Entry No.: as narrow as its widest number (the header may wrap: "Entry" over "No."), aligned for comparing.
  numberColumn: {
    width: "1px",
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXS,
    paddingLeft: 0,
  },
  nowrap: {
    whiteSpace: "nowrap",
  },
  mainColumn: {
    width: "100%",
    maxWidth: 0,
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    // The row's button has room enough inside it.
    paddingRight: 0,
  },
  buttonColumn: {
    width: "1px",
    whiteSpace: "nowrap",
    textAlign: "end",
    paddingRight: 0,
  },
  // "SEG00002 · Newsletter" on one line, cut short with an ellipsis; the full text is in its title.
  truncatedLine: {
    display: "block",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  // "CT08 · Fay Gold": wraps rather than hiding part of a name.
  wrappedLine: {
    display: "block",
    overflowWrap: "anywhere",
  },
  // "4 interactions · 11/25/2026 · Canceled": wraps in a narrow pane, only between its parts.
  secondaryLine: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  // The entry's Cancel / Uncancel: as wide as its word, not Fluent's 64 px minimum.
  rowButton: {
    minWidth: 0,
  },
  // Text rather than a Badge: a Badge would be the only reason to load its component into this chunk.
  canceled: {
    color: tokens.colorStatusWarningForeground3,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  // A header a screen reader reads but the pane has no room to show ("Actions" over a column of ⋯ buttons).
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },

  // The totals per template: four short columns that share the pane's width.
  number: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  minutes: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  wrap: {
    overflowWrap: "anywhere",
  },

  filter: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  // Segment No. and Contact No. share a row, each half of it, however narrow the pane.
  filterRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalS,
  },
  field: {
    minWidth: 0,
  },
  fill: {
    width: "100%",
    minWidth: 0,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});
