// An .xlsx imported by the playground arrives as JSON, converted at build time by playground/build/xlsxLoader.js.
declare module "*.xlsx" {
  const workbook: import("../build/xlsxToJson").WorkbookJson;
  export default workbook;
}
