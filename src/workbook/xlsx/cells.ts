import type { Cell } from "../rowCodec";

/** xlsx-populate's cell value as a plain cell: rich text as its text, error cells as their code (#N/A). */
export function plainCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return null;
  const object = value as { error?: () => string; text?: () => string };
  if (typeof object.error === "function") return object.error();
  if (typeof object.text === "function") return object.text();
  return String(value);
}

/** The same for the contact sheet, whose builder wants Excel's habit: "" for an empty cell. */
export function excelLikeValue(value: unknown): string | number | boolean {
  const cell = plainCell(value);
  return cell === null ? "" : cell;
}
