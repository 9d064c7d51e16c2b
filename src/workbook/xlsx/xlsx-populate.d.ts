// The subset of xlsx-populate (no bundled types) that the xlsx gateway uses.
declare module "xlsx-populate" {
  namespace XlsxPopulate {
    interface Cell {
      value(): unknown;
      value(value: unknown): Cell;
      style(name: string): unknown;
      style(name: string, value: unknown): Cell;
      style(styles: Record<string, unknown>): Cell;
      rowNumber(): number;
      columnNumber(): number;
    }
    interface Style {
      style(name: string, value: unknown): Style;
      id(): number;
    }
    interface StyleSheet {
      createStyle(sourceId?: number): Style;
    }
    interface Range {
      style(style: Style): Range;
      value(): unknown[][];
      value(values: unknown[][] | unknown): Range;
      style(name: string, value: unknown): Range;
      startCell(): Cell;
      endCell(): Cell;
    }
    interface Column {
      style(style: Style): Column;
      width(width: number): Column;
      style(name: string, value: unknown): Column;
    }
    interface Sheet {
      name(): string;
      name(name: string): Sheet;
      hidden(): boolean | "very";
      hidden(hidden: boolean | "very"): Sheet;
      cell(row: number, column: number): Cell;
      range(startRow: number, startColumn: number, endRow: number, endColumn: number): Range;
      usedRange(): Range | undefined;
      column(column: number): Column;
      freezePanes(xSplit: number, ySplit: number): Sheet;
    }
    interface Workbook {
      sheet(nameOrIndex: string | number): Sheet | undefined;
      sheets(): Sheet[];
      addSheet(name: string, indexOrBeforeSheet?: number | string | Sheet): Sheet;
      deleteSheet(sheet: string | number | Sheet): Workbook;
      activeSheet(): Sheet;
      outputAsync(): Promise<Buffer>;
      styleSheet(): StyleSheet;
      toFileAsync(path: string): Promise<void>;
    }
  }
  const XlsxPopulate: {
    fromDataAsync(data: Buffer | Uint8Array | ArrayBuffer): Promise<XlsxPopulate.Workbook>;
    fromBlankAsync(): Promise<XlsxPopulate.Workbook>;
  };
  export = XlsxPopulate;
}
