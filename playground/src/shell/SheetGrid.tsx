/** One sheet drawn as Excel's grid: column letters, row numbers, values; a click selects a cell, a double click edits it. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Rect, SheetModel } from "../../../test/support/excelFake/model";
import { columnLetters } from "../../../test/support/excelFake/objects";
import { cellText } from "./cellText";

/** Drawing more rows than this makes the page slow; the rest of the sheet stays in the workbook. */
export const MAX_DRAWN_ROWS = 1000;

export interface CellAddress {
  readonly row: number;
  readonly column: number;
}

const useStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    zIndex: 1,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: "right",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    whiteSpace: "nowrap",
    maxWidth: "180px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: { textAlign: "right" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  inArea: { backgroundColor: tokens.colorBrandBackground2 },
  hiddenRow: { opacity: 0.45 },
});

export function SheetGrid({
  sheet,
  selected,
  areas = [],
  onSelect,
  onEdit,
}: {
  sheet: SheetModel;
  selected?: CellAddress;
  /** Selected areas of this sheet, shaded (the cursor is `selected`). */
  areas?: readonly Rect[];
  onSelect: (cell: CellAddress) => void;
  onEdit: () => void;
}) {
  const styles = useStyles();
  const bounds = sheet.usedBounds();
  const rows = Math.min((bounds?.bottom ?? 0) + 2, MAX_DRAWN_ROWS);
  const columns = (bounds?.right ?? 0) + 2;
  const date1904 = sheet.book.date1904;
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={`Sheet ${sheet.name}`} data-testid="sheet-grid">
        <thead>
          <tr>
            <th className={styles.head} aria-label="Row number" />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr
              key={r}
              className={sheet.hiddenRows.has(r + 1) ? styles.hiddenRow : undefined}
              data-in-selection={areas.some((area) => inRows(area, r)) || undefined}
            >
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: columns }, (_, c) => {
                const value = sheet.value(r, c);
                const isSelected = selected?.row === r && selected.column === c;
                const isInArea = areas.some(
                  (area) => inRows(area, r) && c >= area.left && c < area.left + area.columns,
                );
                return (
                  <td
                    key={c}
                    data-cell={`${columnLetters(c)}${r + 1}`}
                    className={mergeClasses(
                      styles.cell,
                      typeof value === "number" && styles.number,
                      isSelected && styles.selected,
                      isInArea && styles.inArea,
                    )}
                    onClick={() => onSelect({ row: r, column: c })}
                    onDoubleClick={() => (onSelect({ row: r, column: c }), onEdit())}
                  >
                    {value === "" ? "" : cellText(value, sheet.format(r, c), date1904)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const inRows = (area: Rect, row: number) => row >= area.top && row < area.top + area.rows;
