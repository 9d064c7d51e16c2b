/** An exported list as a file of its own: a new .xlsx workbook, or CSV text, written atomically. */
import { promises as fs } from "fs";
import * as path from "path";
import XlsxPopulate from "xlsx-populate";
import type { NewSheet } from "../../app/store/ports";
import { DomainError } from "../../domain/errors";
import { writePlainSheet } from "./contactCells";

/** A new workbook whose only sheet is the list, cells as text. */
export async function listWorkbook(sheet: NewSheet): Promise<Buffer> {
  const workbook = await XlsxPopulate.fromBlankAsync();
  const first = workbook.sheet(0)!;
  first.name(sheet.name);
  writePlainSheet(first, sheet);
  return workbook.outputAsync();
}

/**
 * Writes beside the target and renames over it, so a failure never leaves half a file. An existing file is
 * refused: the name may be a mistyped workbook, and a list is cheap to export again under another name.
 */
export async function writeNewFile(target: string, data: Buffer | string): Promise<void> {
  try {
    await fs.access(target);
    throw new DomainError(`${target} already exists. Choose another file name or remove it first.`, "file-exists");
  } catch (error) {
    if (error instanceof DomainError) throw error;
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new DomainError(`Cannot write ${target}: ${(error as Error).message}`, "io");
  }
}
