import { makeStyles, tokens } from "@fluentui/react-components";

export const useMembersStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  search: { minWidth: 0, width: "100%" },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  member: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  secondary: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
  // The count and the link share a line when they fit, else the link wraps under the count.
  shownRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
});
