/*
 * webpack build of the playground (npm run playground): the production task pane (src/taskpane/index.tsx, unchanged)
 * in an iframe beside a simulated workbook, with a stand-in for office.js over the Excel fake. Separate from the
 * add-in's webpack.config.js so none of it can reach dist/ (test/build/webpack.test.ts checks).
 *
 *   npm run playground                            http://localhost:3100/ (PLAYGROUND_PORT to change it)
 *   npx webpack --config playground/webpack.config.js --mode development --output-path <dir>   a static copy
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.PLAYGROUND_PORT || 3100);

module.exports = (_env = {}, options = {}) => ({
  context: ROOT,
  // The playground is for trying the add-in, not for shipping: no minifying, readable code in the browser.
  mode: options.mode || "development",
  devtool: options.mode === "production" ? false : "eval-cheap-module-source-map",
  entry: {
    playground: "./playground/src/shell/main.tsx",
    // Loaded by taskpane.html where Office would load office.js, before the pane's bundle.
    standin: "./playground/src/pane/officeStandIn.ts",
    taskpane: "./src/taskpane/index.tsx",
  },
  output: { path: path.join(ROOT, "playground", "dist"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
      { test: /\.xlsx$/, use: path.join(__dirname, "build", "xlsxLoader.js") },
    ],
  },
  plugins: [
    require(path.join(ROOT, "scripts", "pane-module-swap.js"))(),
    // The Excel fake measures batches with Buffer.byteLength, which browsers lack.
    new webpack.ProvidePlugin({ Buffer: [path.join(__dirname, "src", "shims", "buffer.ts"), "Buffer"] }),
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./playground/src/playground.html",
      chunks: ["playground"],
    }),
    // The add-in's own page, with the stand-in where the CDN's office.js would be.
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      officeJsUrl: "standin.js",
    }),
  ],
  // PLAYGROUND_KEEP_NAMES=1 (the pane bench's profiles): a production build whose functions keep their names.
  ...(process.env.PLAYGROUND_KEEP_NAMES
    ? { optimization: { minimize: { javascript: { compress: { passes: 2 }, mangle: false, keep_fnames: true } } } }
    : {}),
  performance: { hints: false },
  devServer: {
    port: PORT,
    host: "localhost",
    static: false,
    hot: false,
    client: { overlay: { warnings: false } },
  },
});
