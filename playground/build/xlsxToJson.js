/**
 * Turns an .xlsx file into the plain JSON the playground loads into the Excel fake: per sheet its name, visibility,
 * the values from A1 as Excel's Range.values gives them ("" for blank, dates as serial numbers, rich text as plain
 * text) and every number format other than General. Runs in Node at build time, so the browser never parses xlsx.
 */
const XlsxPopulate = require("xlsx-populate");

/** A cell value as Range.values would report it. */
function plainValue(value) {
  if (value === undefined || value === null) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // xlsx-populate gives rich text as an object with text(); a formula error as an object with error().
  if (typeof value.text === "function") return value.text();
  if (typeof value.error === "function") return value.error();
  if (value instanceof Date) throw new Error("Dates must stay serial numbers: read the file without date parsing.");
  return String(value);
}

/** @returns {Promise<import("./xlsxToJson").WorkbookJson>} */
async function xlsxToJson(data) {
  const workbook = await XlsxPopulate.fromDataAsync(data);
  return {
    sheets: workbook.sheets().map((sheet) => {
      const used = sheet.usedRange();
      const values = [];
      const formats = [];
      if (used) {
        const last = used.endCell();
        for (let r = 1; r <= last.rowNumber(); r++) {
          const row = [];
          for (let c = 1; c <= last.columnNumber(); c++) {
            const cell = sheet.cell(r, c);
            row.push(plainValue(cell.value()));
            const format = cell.style("numberFormat");
            if (format && format !== "General") formats.push([r - 1, c - 1, format]);
          }
          values.push(row);
        }
      }
      const hidden = sheet.hidden();
      return { name: sheet.name(), visibility: hidden === "very" ? "VeryHidden" : hidden ? "Hidden" : "Visible", values, formats };
    }),
  };
}

module.exports = { xlsxToJson };
