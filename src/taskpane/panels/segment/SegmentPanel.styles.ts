import { makeStyles, tokens } from "@fluentui/react-components";

export const useSegmentPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  back: {
    alignSelf: "flex-start",
  },
  secondary: {
    color: tokens.colorNeutralForeground3,
  },
  summary: {
    marginLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
});
