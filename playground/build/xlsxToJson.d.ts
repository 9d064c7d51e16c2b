// Types of xlsxToJson.js for the TypeScript that imports its output (the playground) or tests it.
export interface SheetJson {
  readonly name: string;
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Values from A1, one array per row up to the last used row and column; "" is blank. */
  readonly values: readonly (readonly (string | number | boolean)[])[];
  /** [row, column, format], 0-based, for every cell whose number format is not General. */
  readonly formats: readonly (readonly [number, number, string])[];
}
export interface WorkbookJson {
  readonly sheets: readonly SheetJson[];
}
export function xlsxToJson(data: Buffer): Promise<WorkbookJson>;
