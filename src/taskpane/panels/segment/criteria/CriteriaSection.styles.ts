import { makeStyles, tokens } from "@fluentui/react-components";

export const useCriteriaSectionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  lines: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
  },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    alignItems: "stretch",
  },
  heading: {
    margin: 0,
  },
  secondary: {
    color: tokens.colorNeutralForeground3,
  },
});
