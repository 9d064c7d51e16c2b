/*
 * webpack build of the Excel add-in: the task pane (taskpane.html + taskpane.js), the function file the ribbon
 * needs (commands.html + commands.js), a static support page, the icons and the manifest, all in dist/.
 *
 *   npm run build                     production build into dist/ (then the Node build of the CLI)
 *   npx webpack --mode development    unminified build into dist/
 *   npm run dev-server                = webpack serve --mode development: https://localhost:3000/
 *   npm run watch                     development build into dist/ on every change
 *
 * ADDIN_BASE_URL: the https URL dist/ will be served from, e.g.
 *   ADDIN_BASE_URL=https://contoso.github.io/segments/ npm run build
 * The production build rewrites every "https://localhost:3000/" in manifest.xml to it (and the AppDomain to its
 * origin). Unset, it stays https://localhost:3000/, which suits sideloading a production build locally.
 *
 * HTTPS for `npm run dev-server` (which `npm start` runs too): office-addin-dev-certs makes a localhost certificate and a CA in ~/.office-addin-dev-certs
 * and installs the CA as trusted (valid 30 days; it renews itself when expired). On Windows and macOS this asks for
 * confirmation/your password once. On Linux it runs `sudo sh .../install_linux.sh` (copy to
 * /usr/local/share/ca-certificates + update-ca-certificates): without a `sudo` binary — a root shell in a container,
 * for example — the dev server fails with "/bin/sh: sudo: not found". Fix: `apt-get install -y sudo`, or as root put
 * a shim first on PATH (`printf '#!/bin/sh\nexec "$@"\n' > /usr/local/bin/sudo && chmod +x /usr/local/bin/sudo`),
 * or run `npx office-addin-dev-certs install` once yourself. Note that Chromium/Firefox on Linux keep their own
 * certificate store (NSS), so a browser there may still need the CA imported by hand. `webpack build` never touches
 * certificates: they are only requested for `webpack serve`.
 */
const path = require("path");
const { URL } = require("url");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const paneModuleSwap = require("./scripts/pane-module-swap");

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Where a production build puts its source maps: beside dist/, never in it, so they are not published with it. */
const SOURCE_MAP_DIR = "sourcemaps";

/** The base URL of a production build: ADDIN_BASE_URL, https only, always ending in "/". */
function productionBaseUrl(value = process.env.ADDIN_BASE_URL) {
  if (!value) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be an https URL (Office requires it): ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * manifest.xml for a build served from baseUrl: every dev URL moved under baseUrl, the AppDomain to its origin,
 * and the comments (notes for developers, which speak of the dev server) left out.
 */
function rewriteManifest(xml, baseUrl) {
  const devOrigin = new URL(DEV_BASE_URL).origin;
  return xml
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .split(devOrigin)
    .join(new URL(baseUrl).origin);
}

module.exports = async (env = {}, options = {}) => {
  const production = options.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? productionBaseUrl() : DEV_BASE_URL;

  /** @type {import("webpack").Configuration} */
  const config = {
    // A production build's maps go to ../sourcemaps (the plugin below), outside what is published.
    devtool: production ? false : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/ribbon/functionFile.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Office caches add-in files hard: a script's name changes with its content, so a release is always fetched
      // whole (the pages are small and name the new scripts; HtmlWebpackPlugin writes them in).
      filename: production ? "[name].[contenthash].js" : "[name].js",
      // Lazy chunks by id and an 8-digit hash: the loader names every chunk in the first script (0.2 KiB).
      chunkFilename: production ? "[id].[contenthash:8].js" : "[name].js",
      // Named after the package by default (38 characters), written twice in every chunk: 0.6 KiB of the budget.
      chunkLoadingGlobal: "segmentsChunks",
      // The chunks sit beside the pages that load them: relative, so no code in the first script works out where.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck` (tsc --noEmit); the build only strips types.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      paneModuleSwap(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl: OFFICE_JS_URL,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/ribbon/functionFile.html",
        chunks: ["commands"],
        officeJsUrl: OFFICE_JS_URL,
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: production ? (content) => rewriteManifest(content.toString("utf8"), baseUrl) : undefined,
          },
        ],
      }),
      ...(production
        ? [
            // Hidden maps (no sourceMappingURL in the scripts), written to ../sourcemaps beside the output folder.
            new webpack.SourceMapDevToolPlugin({ filename: `../${SOURCE_MAP_DIR}/[file].map`, append: false }),
          ]
        : []),
    ],
    optimization: {
      // The pane's webviews run ES2020 (the scripts are ES2022 already); passes past the second find a little more
      // (five: 0.1 KB more than three). Function expressions that use no `this` become arrows (4 KB): nothing here
      // constructs one with `new`, and the browser tests run this production build.
      minimizeOptions: { javascript: { ecma: 2020, compress: { passes: 5, unsafe_arrows: true } } },
      splitChunks: {
        cacheGroups: {
          // Fluent's option groups serve two lazy panels (the source picker and the field picker); below webpack's
          // minimum chunk size they were copied into both.
          optionGroup: {
            test: /[\\/]react-combobox[\\/]lib[\\/](components[\\/])?OptionGroup/,
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    performance: {
      // The pane's first load (taskpane.js) at most 600 KiB minified, all scripts together at most 1 MiB
      // (test/build/webpack.test.ts); rarely used panels are lazy chunks. Fluent's Menu, Tooltip and Badge are not
      // used: 56 KiB for what a native select, a title and coloured text do.
      hints: production ? "warning" : false,
      maxAssetSize: 600 * 1024,
      maxEntrypointSize: 600 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
  };

  if (serving) {
    // Only `webpack serve` needs certificates: see the note at the top for Linux.
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: DEV_SERVER_PORT,
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.SOURCE_MAP_DIR = SOURCE_MAP_DIR;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
module.exports.productionBaseUrl = productionBaseUrl;
module.exports.rewriteManifest = rewriteManifest;
