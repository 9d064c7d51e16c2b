import { makeStyles, tokens } from "@fluentui/react-components";

export const useStepBuilderStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The field gets a whole line: captions such as "Industry Groups" or "Branschgrupper" must not wrap in a 320 px pane.
  condition: {
    display: "grid",
    gridTemplateAreas: `"field field remove" "operator expression expression"`,
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "start",
  },
  expression: {
    gridArea: "expression",
    minWidth: 0,
  },
  // Fluent's Input asks for 250 px by default, more than its cell in a 320 px pane: it would run past the group's border.
  expressionInput: {
    minWidth: 0,
    width: "100%",
  },
  // The field and, under it, which table it filters ("In the contact's Interaction Log").
  fieldCell: {
    gridArea: "field",
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  fieldPicker: {
    minWidth: 0,
    width: "100%",
  },
  operator: {
    gridArea: "operator",
    minWidth: "auto",
  },
  remove: {
    gridArea: "remove",
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  options: {
    display: "flex",
    flexDirection: "column",
  },
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  count: {
    minHeight: tokens.lineHeightBase400,
    fontVariantNumeric: "tabular-nums",
  },
  stale: {
    color: tokens.colorNeutralForeground4,
  },
  mark: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    whiteSpace: "pre",
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});
