#!/usr/bin/env node
/*
 * npm start / npm stop, as in the Office add-in template (yo office): `office-addin-debugging start manifest.xml`
 * sideloads the add-in into desktop Excel and starts the dev server (`npm run dev-server`, on package.json's
 * config.dev_server_port); `stop` removes the sideloaded add-in and ends the dev server. Extra arguments go through
 * to office-addin-debugging, e.g. `npm start -- web --document <workbook URL>`.
 *
 * office-addin-debugging is fetched by npx when needed, not kept as a dependency: it pulls in the Microsoft 365 Agents
 * Toolkit and a native keychain module. It sideloads on Windows and macOS only, where desktop Excel exists; on any
 * other platform this says so and what to do instead, and exits 1 (start) or 0 (stop: nothing was sideloaded).
 */
const { spawnSync } = require("child_process");
const { join } = require("path");

/** The version the project's README was checked against. */
const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7.0.0";
const ROOT = join(__dirname, "..");

function main(command, extra) {
  if (command !== "start" && command !== "stop") {
    console.error("Usage: node scripts/office-debugging.js start|stop [office-addin-debugging arguments]");
    return 2;
  }
  if (process.platform !== "win32" && process.platform !== "darwin") {
    if (command === "stop") {
      console.log(
        `npm stop: nothing to stop on ${process.platform}; npm start sideloads only on Windows and macOS. End \`npm run dev-server\` with Ctrl+C.`,
      );
      return 0;
    }
    console.error(
      [
        `npm start sideloads the add-in into desktop Excel, which does not exist on ${process.platform}.`,
        "Use Excel on the web instead:",
        "  1. npm run dev-server   (https://localhost:3000/, with a local certificate: see the README)",
        "  2. in Excel on the web, Home › Add-ins › More add-ins › My Add-ins › Upload My Add-in, and choose manifest.xml.",
        "Or try the pane without Excel: npm run playground.",
      ].join("\n"),
    );
    return 1;
  }
  const port = process.env.npm_package_config_dev_server_port || "3000";
  // Desktop Excel unless told otherwise; the dev server is this project's, as in the template.
  const args =
    command === "start"
      ? [
          "start",
          "manifest.xml",
          ...(extra.length ? extra : ["desktop"]),
          "--dev-server",
          "npm run dev-server",
          "--dev-server-port",
          port,
        ]
      : ["stop", "manifest.xml", ...extra];
  const quoted = args.map((arg) => (/^[\w@./:=-]+$/.test(arg) ? arg : `"${arg.replace(/"/g, '\\"')}"`));
  // Through a shell: npx is npx.cmd on Windows, which Node runs only that way.
  const { status, error } = spawnSync(["npx", "--yes", OFFICE_ADDIN_DEBUGGING, ...quoted].join(" "), {
    cwd: ROOT,
    stdio: "inherit",
    shell: true,
  });
  if (error) {
    console.error(`Could not run ${OFFICE_ADDIN_DEBUGGING} through npx: ${error.message}`);
    return 1;
  }
  return status ?? 1;
}

process.exitCode = main(process.argv[2], process.argv.slice(3));
