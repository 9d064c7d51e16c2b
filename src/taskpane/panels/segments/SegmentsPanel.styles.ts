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
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXS,
    // The label above the box and the hint below it are about as tall: centred, the button lines up with the box.
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  grow: {
    flexGrow: 1,
    minWidth: 0,
  },
  // Fluent's Input asks for 250 px by default: in a 320 px pane it would push Create past the edge.
  input: {
    minWidth: 0,
    width: "100%",
  },
  // A visible line between segments: in the dark theme two rows otherwise read as one.
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  description: {
    overflowWrap: "anywhere",
  },
  // The number is the link that opens the segment: it reads as one.
  open: {
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
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
