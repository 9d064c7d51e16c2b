import { makeStyles, tokens } from "@fluentui/react-components";

export const useReadinessStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  ready: {
    color: tokens.colorPaletteGreenForeground1,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  missing: {
    color: tokens.colorNeutralForeground2,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
});
