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
    gridTemplateAreas: `"field field remove" "operator expression expression" "suggestions suggestions suggestions"`,
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
  // Fluent's Combobox, like its Input, asks for 250 px: in a 320 px pane the field box takes its line's width instead.
  fieldPicker: {
    minWidth: 0,
    width: "100%",
    "& input": { minWidth: 0, width: "100%" },
  },
  // Anchored under the box and as wide (Fluent matches the listbox to it); a caption longer than that wraps.
  fieldList: {
    maxHeight: "50vh",
  },
  suggestionsCell: {
    gridArea: "suggestions",
    minWidth: 0,
  },
  suggestions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  suggestion: {
    minWidth: 0,
    maxWidth: "100%",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  suggestionValue: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  suggestionCount: {
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  // "and" between a group's conditions, "or" between groups: how BC reads the step.
  joiner: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: "uppercase",
  },
  orJoiner: {
    alignSelf: "center",
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: "uppercase",
  },
  chips: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  chipGroup: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  chip: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
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
