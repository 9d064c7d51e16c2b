/**
 * webpack loader: `import sample from "…/sample-contacts.xlsx"` gives the workbook as JSON (see xlsxToJson.js), so
 * the sample is converted at build time and a changed .xlsx is picked up by the next build or watch.
 */
const { xlsxToJson } = require("./xlsxToJson");

module.exports = function xlsxLoader(source) {
  const callback = this.async();
  xlsxToJson(source).then(
    (json) => callback(null, `export default ${JSON.stringify(json)};`),
    (error) => callback(error),
  );
};
// The .xlsx arrives as bytes, not as text.
module.exports.raw = true;
