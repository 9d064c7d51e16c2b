/**
 * The simulated Excel window: a formula bar to type into the selected cell, a toolbar (delete row, sort, rename
 * sheet, show hidden sheets), the grid, and the sheet tabs. Every change goes through GridOps, which fires Excel's events.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Tab,
  TabList,
  Toolbar,
  ToolbarButton,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Rect } from "../../../test/support/excelFake/model";
import { columnLetters } from "../../../test/support/excelFake/objects";
import { SheetGrid, type CellAddress } from "./SheetGrid";
import type { WorkbookStore } from "./workbookStore";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minHeight: 0, flexGrow: 1 },
  line: { display: "flex", alignItems: "end", columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  // The add-in adds up to ten sheets: the tabs scroll rather than run under the pane.
  tabs: { overflowX: "auto", flexShrink: 0 },
});

/** `locale`: Office's language, which Excel's sort follows (Å, Ä, Ö after Z in Swedish). */
export function WorkbookView({ store, locale }: { store: WorkbookStore; locale: string }) {
  const styles = useStyles();
  const { book, ops } = store;
  const [showHidden, setShowHidden] = useState(false);
  const [sheetIndex, setSheetIndex] = useState(book.activeSheet);
  const [selected, setSelected] = useState<CellAddress>();
  // Areas the pane selected (a segment's rows): drawn as Excel shades a selection, until the user clicks a cell.
  const [areas, setAreas] = useState<readonly Rect[]>([]);
  const [draft, setDraft] = useState<string>();
  const [renaming, setRenaming] = useState<string>();
  const [error, setError] = useState<string>();
  // The pane selected cells (Range.select, e.g. "Go to C14", or a segment's rows): the grid shows that sheet with
  // the selected areas shaded and the cursor on the first cell.
  const picked = book.selection;
  useEffect(() => {
    if (!picked) return;
    setSheetIndex(book.sheets.indexOf(picked.sheet));
    setSelected({ row: picked.row, column: picked.column });
    setAreas(picked.areas);
    setDraft(undefined);
  }, [picked, book]);

  const sheets = book.sheets
    .map((sheet, index) => ({ sheet, index }))
    .filter(({ sheet }) => showHidden || sheet.visibility === "Visible");
  const sheet = book.sheets[sheetIndex] ?? sheets[0]?.sheet;
  if (!sheet)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>The workbook has no sheet to show.</MessageBarBody>
      </MessageBar>
    );

  const act = (action: () => void) => {
    try {
      action();
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    store.changed();
  };
  const cellName = selected ? `${columnLetters(selected.column)}${selected.row + 1}` : "";
  const shown = selected
    ? (sheet.formula(selected.row, selected.column) ?? String(sheet.value(selected.row, selected.column)))
    : "";
  const commit = () => {
    if (selected && draft !== undefined) act(() => ops.editCell(sheet, selected.row, selected.column, draft));
    setDraft(undefined);
  };
  const select = (cell: CellAddress) => {
    setSelected(cell);
    setAreas([]);
    setDraft(undefined);
  };
  const openSheet = (index: number) => {
    setSheetIndex(index);
    book.activeSheet = index;
    setSelected(undefined);
    setAreas([]);
    setRenaming(undefined);
  };

  return (
    <div className={styles.root}>
      <div className={styles.line}>
        <Field label={selected ? `Cell ${cellName}` : "Select a cell to edit it"} className={styles.grow}>
          <Input
            id="formula-bar"
            disabled={!selected}
            value={draft ?? shown}
            onChange={(_, data) => setDraft(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") commit();
              if (event.key === "Escape") setDraft(undefined);
            }}
            data-testid="formula-bar"
          />
        </Field>
        <Button disabled={draft === undefined} onClick={commit}>
          Enter
        </Button>
      </div>
      <Toolbar aria-label="Sheet actions" size="small">
        <ToolbarButton disabled={!selected} onClick={() => selected && act(() => ops.deleteRow(sheet, selected.row))}>
          Delete row {selected ? selected.row + 1 : ""}
        </ToolbarButton>
        <ToolbarButton
          disabled={!selected}
          onClick={() => selected && act(() => ops.sortRows(sheet, selected.row, selected.column, false, locale))}
        >
          Sort A to Z
        </ToolbarButton>
        <ToolbarButton
          disabled={!selected}
          onClick={() => selected && act(() => ops.sortRows(sheet, selected.row, selected.column, true, locale))}
        >
          Sort Z to A
        </ToolbarButton>
        <ToolbarButton onClick={() => setRenaming(sheet.name)}>Rename sheet</ToolbarButton>
        <Switch label="Show hidden sheets" checked={showHidden} onChange={(_, data) => setShowHidden(data.checked)} />
      </Toolbar>
      {renaming !== undefined && (
        <div className={styles.line}>
          <Field label={`New name for ${sheet.name}`} className={styles.grow}>
            <Input
              autoFocus
              value={renaming}
              onChange={(_, data) => setRenaming(data.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") act(() => (ops.renameSheet(sheet, renaming), setRenaming(undefined)));
                if (event.key === "Escape") setRenaming(undefined);
              }}
              data-testid="rename-sheet"
            />
          </Field>
          <Button
            appearance="primary"
            onClick={() => act(() => (ops.renameSheet(sheet, renaming), setRenaming(undefined)))}
          >
            Rename
          </Button>
          <Button onClick={() => setRenaming(undefined)}>Cancel</Button>
        </div>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <SheetGrid
        sheet={sheet}
        selected={selected}
        areas={areas.filter((area) => area.sheet === sheet)}
        onSelect={select}
        onEdit={() => document.getElementById("formula-bar")?.focus()}
      />
      <div className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={String(book.sheets.indexOf(sheet))}
          onTabSelect={(_, data) => openSheet(Number(data.value))}
          aria-label="Sheets"
        >
          {sheets.map(({ sheet: tab, index }) => (
            <Tab key={index} value={String(index)}>
              {tab.visibility === "Visible"
                ? tab.name
                : `${tab.name} (${tab.visibility === "Hidden" ? "hidden" : "very hidden"})`}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}
