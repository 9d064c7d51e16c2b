/** An exported list as a file of its own: a new .xlsx workbook, or CSV text, written atomically. */
import { promises as fs } from "fs";
import XlsxPopulate from "xlsx-populate";
import type { NewSheet } from "../../app/ports";
import { DomainError } from "../../domain/errors";
import { writeBookFile } from "./bookFile";
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
  await writeBookFile(target, typeof data === "string" ? Buffer.from(data, "utf8") : data, { exclusive: true });
}
