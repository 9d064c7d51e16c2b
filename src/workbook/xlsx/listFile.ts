/** An exported list as a file of its own: a new .xlsx workbook, or CSV text, written atomically. */
import { promises as fs } from "fs";
import type { NewSheet } from "../../app/store/ports";
import { DomainError } from "../../domain/errors";
import { writeBookFile } from "./bookFile";
import { BookParts } from "./bookParts";
import { addPlainSheet } from "./contactCells";
import { XlsxPackage } from "./xlsxPackage";
import { deflatedEntry, writeZip } from "./zipArchive";
import { NS_MAIN, NS_PKG_REL, NS_REL, NS_TYPES } from "./xml";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A package with a workbook part and no sheet yet (a sheet is added before it is written). */
export function blankPackage(): XlsxPackage {
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${HEAD}<Types xmlns="${NS_TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `${HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`,
  };
  const encoder = new TextEncoder();
  return XlsxPackage.fromBytes(
    writeZip(Object.entries(parts).map(([name, xml]) => deflatedEntry(name, encoder.encode(xml)))),
    "new workbook",
  );
}

/** A new workbook whose only sheet is the list, cells as text. */
export async function listWorkbook(sheet: NewSheet): Promise<Buffer> {
  const pkg = blankPackage();
  addPlainSheet(new BookParts(pkg, sheet.name), sheet);
  return pkg.toBytes();
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
