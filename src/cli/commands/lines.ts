import { segmentLines } from "../../app/segmentLines";
import { formatTable } from "../format";
import type { Command } from "./command";

export const lines: Command = {
  options: {},
  positionals: ["SEG"],
  async run(book, _ctx, _args, [segmentNo]) {
    const rows = await segmentLines(book, segmentNo);
    const text =
      rows.length === 0
        ? `${segmentNo} has no lines.`
        : formatTable(
            [
              "Line No.",
              "Contact No.",
              "Contact Name",
              "Company Name",
              "Salesperson",
              "Corr. Type",
              "Cost",
              "Duration",
            ],
            rows.map((l) => [
              String(l.lineNo),
              l.contactNo,
              l.contactName,
              l.contactCompanyName,
              l.salespersonCode,
              l.correspondenceType,
              l.cost.toFixed(2),
              String(l.duration),
            ]),
          );
    return { text, json: rows, changed: false };
  },
};
