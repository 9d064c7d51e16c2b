import * as path from "path";
import { exportMailingList, type ExportMailingListResult } from "../../app/exportMailingList";
import { DomainError } from "../../domain/errors";
import { mailingListCsv } from "../../domain/segments/mailingList";
import { formatTable } from "../format";
import { UsageError } from "../usage";
import type { Command } from "./command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function fileKind(file: string): "csv" | "xlsx" {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".xlsx") return ext === ".csv" ? "csv" : "xlsx";
  throw new DomainError(`--file ${file}: the list is written as .csv or .xlsx; name the file so.`, "validation");
}

function leftOut(result: ExportMailingListResult): string {
  const c = result.counts;
  const parts = [
    `${c.excluded} excluded`,
    `${c.noEmail} without e-mail`,
    `${c.duplicateEmail} with a duplicate e-mail`,
  ];
  if (c.notOnSheet > 0) parts.push(`${c.notOnSheet} not on the contact sheet`);
  if (c.repeatedContact > 0) parts.push(`${c.repeatedContact} on more than one line`);
  return `Left out: ${parts.join(", ")}.`;
}

/** `export SEG [--sheet NAME | --file LIST.csv|.xlsx] [--email-only]` (docs/decisions.md §D10); neither prints the list. */
export const exportCommand: Command = {
  options: { sheet: { type: "string" }, file: { type: "string" }, "email-only": { type: "boolean" } },
  positionals: ["SEG"],
  readsContacts: true,
  async run(book, ctx, args, [segmentNo]) {
    const sheetName = args.values.sheet as string | undefined;
    const file = args.values.file as string | undefined;
    if (sheetName !== undefined && file !== undefined)
      throw new UsageError("export writes to --sheet or to --file, not both.");
    const kind = file === undefined ? undefined : fileKind(file);
    const result = await exportMailingList(book, ctx, {
      segmentNo,
      emailOnly: args.values["email-only"] === true,
      sheetName,
      contacts: { name: args.common.contacts },
    });
    if (file !== undefined) {
      // Loaded only when a list file is written: the xlsx writer is code a --db command otherwise never runs.
      const { listWorkbook, writeNewFile } = await import("../../workbook/xlsx/listFile");
      const data =
        kind === "csv"
          ? mailingListCsv(result)
          : await listWorkbook({ name: "Mailing List", header: result.header, rows: result.rows });
      await writeNewFile(file, data);
    }
    const listed = `${plural(result.counts.listed, "contact")} of ${result.segmentNo}`;
    const where = sheetName !== undefined ? ` on the new sheet ${sheetName}` : file !== undefined ? ` to ${file}` : "";
    const summary = `Exported ${listed}${where}. ${leftOut(result)}`;
    const text = where === "" ? `${formatTable(result.header, result.rows)}\n\n${summary}` : summary;
    const json = {
      segmentNo: result.segmentNo,
      sheet: sheetName ?? null,
      file: file ?? null,
      counts: result.counts,
      header: result.header,
      rows: result.rows,
    };
    return { text, json, changed: sheetName !== undefined, warnings: result.warnings };
  },
};
