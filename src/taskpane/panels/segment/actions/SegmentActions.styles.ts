import { makeStyles, tokens } from "@fluentui/react-components";

export const useSegmentActionsStyles = makeStyles({
  // Three named buttons do not fit a 320 px pane on one row.
  toolbar: {
    flexWrap: "wrap",
  },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  secondary: {
    color: tokens.colorNeutralForeground3,
  },
  problems: {
    color: tokens.colorPaletteRedForeground1,
  },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  stale: {
    opacity: 0.6,
  },
});
