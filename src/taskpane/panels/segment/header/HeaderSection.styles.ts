import { makeStyles, tokens } from "@fluentui/react-components";

export const useHeaderSectionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});
