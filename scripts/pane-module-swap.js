/**
 * The task pane's builds (webpack.config.js, playground/webpack.config.js) take src/app/store/queriedContacts.pane.ts
 * for queriedContacts.ts: what only a database is asked never runs in the pane, so its code stays out of the pane's
 * scripts (that file says why).
 */
const webpack = require("webpack");

module.exports = function paneModuleSwap() {
  return new webpack.NormalModuleReplacementPlugin(/[\\/]queriedContacts$/, (resource) => {
    resource.request += ".pane";
  });
};
