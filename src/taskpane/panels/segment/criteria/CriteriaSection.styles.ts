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
  step: {
    display: "flex",
    flexDirection: "column",
    paddingBottom: tokens.spacingVerticalXS,
  },
  action: {
    fontWeight: tokens.fontWeightSemibold,
  },
  group: {
    display: "flex",
    flexDirection: "column",
  },
  or: {
    color: tokens.colorNeutralForeground3,
    textTransform: "uppercase",
    fontSize: tokens.fontSizeBase200,
  },
  condition: {
    overflowWrap: "anywhere",
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
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
