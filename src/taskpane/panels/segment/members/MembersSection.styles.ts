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
  chart: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  // Label | bar | number: the number is text beside the bar, so a screen reader reads it and nothing hides it.
  bar: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  barLabel: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  barTrack: { width: "100%", height: "8px", display: "block" },
  barFill: { fill: tokens.colorBrandBackground },
  barRest: { fill: tokens.colorNeutralBackground4 },
  barNumber: { fontVariantNumeric: "tabular-nums", textAlign: "end" },
});
