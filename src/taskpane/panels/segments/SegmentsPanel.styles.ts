import { makeStyles, tokens } from "@fluentui/react-components";

export const useSegmentsPanelStyles = makeStyles({
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
  create: {
    display: "flex",
    // The label above the box and the hint below it are about as tall: centred, the button lines up with the box.
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  grow: {
    flexGrow: 1,
  },
  secondary: {
    color: tokens.colorNeutralForeground3,
  },
  number: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalXS,
  },
});
