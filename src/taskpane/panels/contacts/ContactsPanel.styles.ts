import { makeStyles, tokens } from "@fluentui/react-components";

export const useContactsPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
  },
  facts: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  secondary: {
    color: tokens.colorNeutralForeground3,
  },
  filterable: {
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
  },
  letter: {
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
  },
  problems: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  problem: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  // The severity as coloured text, not a Badge: a Badge would load its component into this chunk for one word.
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  place: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
  },
});
