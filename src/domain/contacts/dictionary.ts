import { StringTable } from "./stringTable";

/** Assigns each distinct string a small code, in order of first appearance; code 0 is always the blank "". */
export class Dictionary {
  private readonly table = new StringTable();

  constructor() {
    this.table.add("");
  }

  /** The distinct values by code. */
  get entries(): string[] {
    return this.table.keys;
  }

  code(value: string): number {
    return value === "" ? 0 : this.table.add(value);
  }
}
