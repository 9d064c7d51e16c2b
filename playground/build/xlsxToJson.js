/**
 * Turns an .xlsx file into the plain JSON the playground loads into the Excel fake: per sheet its name, visibility,
 * the values from A1 as Excel's Range.values gives them ("" for blank, dates as serial numbers, rich text as plain
 * text) and every number format other than General. Runs in Node at build time, so the browser never parses xlsx.
 */
const ExcelJS = require("exceljs");

/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const EPOCH_SERIAL = 25569;

/** A cell value as Range.values would report it. */
function plainValue(value, date1904) {
  if (value === undefined || value === null) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // exceljs gives date-formatted numbers as Dates: back to the serial Excel stores.
  if (value instanceof Date) return value.getTime() / 86400000 + EPOCH_SERIAL - (date1904 ? 1462 : 0);
  if (Array.isArray(value.richText)) return value.richText.map((run) => run.text).join("");
  if (typeof value.error === "string") return value.error;
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result, date1904);
  if (typeof value.text === "string") return value.text;
  return String(value);
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/** @returns {Promise<import("./xlsxToJson").WorkbookJson>} */
async function xlsxToJson(data) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const date1904 = workbook.properties.date1904 === true;
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const values = [];
      const formats = [];
      const lastRow = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
      const lastColumn = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
      for (let r = 1; r <= lastRow; r++) {
        const row = [];
        for (let c = 1; c <= lastColumn; c++) {
          const cell = sheet.getCell(r, c);
          row.push(plainValue(cell.value, date1904));
          const format = cell.numFmt;
          if (format && format !== "General") formats.push([r - 1, c - 1, format]);
        }
        values.push(row);
      }
      return { name: sheet.name, visibility: VISIBILITY[sheet.state] ?? "Visible", values, formats };
    }),
  };
}

module.exports = { xlsxToJson };
