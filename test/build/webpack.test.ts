/**
 * Runs the real production build once (webpack --mode production, 5-40 s depending on the machine) into a temporary
 * directory, not dist/, so it never disturbs a build or dev server someone else is using, and checks what Office
 * will load: the pages, the bundles (every one named by its content hash, so Office's cache never serves an old
 * release), the icons, no source map among them, and a manifest that Office's schema accepts and whose every URL is
 * under ADDIN_BASE_URL and is a file of the build.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { JSDOM } from "jsdom";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { validateManifest } from "../../scripts/validate-manifest";
import { OFFICE_JS_URL, SOURCE_MAP_DIR } from "../../webpack.config";

const ROOT = join(__dirname, "..", "..");
const BASE_URL = "https://segments.example.com/contact-segments/";
const BUDGET = 600 * 1024; // webpack.config.js performance.maxEntrypointSize (first load within 600 KiB)
const TOTAL_BUDGET = 1024 * 1024; // every script of the pane together, lazy chunks (Swedish, charts) included: 1 MiB
/**
 * A script named by its content hash: "taskpane.0123456789abcdef0123.js", a lazy chunk "466.0123abcd.js" (8 digits:
 * a release changes a chunk's name but for one chance in four billion).
 */
const HASHED_SCRIPT = /^[\w-]+\.[0-9a-f]{8,}\.js$/;
let tmp: string;
let out: string;
let maps: string;

const read = (file: string) => readFileSync(join(out, file), "utf8");
/** The scripts of the build, lazy chunks included. */
const scripts = () => readdirSync(out).filter((file) => file.endsWith(".js"));
/** The script a page loads after office.js: the entry's file name. */
const entryScript = (page: string) => {
  const sources = Array.from(parse(read(page), "text/html").querySelectorAll("head script")).map((s) => s.getAttribute("src") ?? "");
  return sources[1];
};
/** A script's source map, from the folder beside the output. */
const sourcesOf = (bundle: string): string[] => JSON.parse(readFileSync(join(maps, `${bundle}.map`), "utf8")).sources;
const parse = (text: string, type: "text/html" | "text/xml") => new new JSDOM("").window.DOMParser().parseFromString(text, type);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "contact-segments-dist-"));
  out = join(tmp, "dist");
  maps = join(tmp, SOURCE_MAP_DIR);
  await promisify(execFile)(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BASE_URL },
    maxBuffer: 16 * 1024 * 1024,
  });
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the production build", () => {
  it("emits the pages, the bundles, the icons and the manifest", () => {
    for (const file of ["taskpane.html", "commands.html", "support.html", "manifest.xml", entryScript("taskpane.html"), entryScript("commands.html")]) {
      expect(existsSync(join(out, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(join(out, "assets", `icon-${size}.png`))).toBe(true);
  });

  it("loads office.js from Microsoft's CDN before each bundle", () => {
    for (const [page, bundle] of [
      ["taskpane.html", "taskpane"],
      ["commands.html", "commands"],
    ]) {
      const scripts = Array.from(parse(read(page), "text/html").querySelectorAll("head script")).map((s) => s.getAttribute("src") ?? "");
      expect(scripts).toHaveLength(2);
      expect(scripts[0]).toBe(OFFICE_JS_URL);
      expect(scripts[1]).toMatch(new RegExp(`^${bundle}\\.[0-9a-f]{16,}\\.js$`));
    }
    expect(parse(read("taskpane.html"), "text/html").getElementById("container")).not.toBeNull();
  });

  it("writes a manifest whose every URL is a file of the build under ADDIN_BASE_URL", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toContain("localhost");
    const doc = parse(xml, "text/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    const urls = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((v) => /^\w+:\/\//.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) {
      expect(url.startsWith(BASE_URL)).toBe(true);
      expect(existsSync(join(out, url.slice(BASE_URL.length)))).toBe(true);
    }
    expect(Array.from(doc.getElementsByTagNameNS("*", "AppDomain")).map((d) => d.textContent)).toEqual(["https://segments.example.com"]);
  });

  it("is valid against Office's manifest schema", async () => {
    expect(await validateManifest(read("manifest.xml"), "dist/manifest.xml")).toEqual([]);
  });

  it("names every script, lazy chunks included, by its content hash, and publishes no source map", () => {
    expect(scripts().length).toBeGreaterThanOrEqual(4);
    expect(scripts().filter((file) => !HASHED_SCRIPT.test(file))).toEqual([]);
    const everyFile = readdirSync(out, { recursive: true }).map(String);
    expect(everyFile.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const bundle of scripts()) expect(read(bundle)).not.toContain("sourceMappingURL");
    // The maps exist, beside the output folder.
    for (const bundle of scripts()) expect(existsSync(join(maps, `${bundle}.map`))).toBe(true);
  });

  it("keeps the task pane bundle within its budget", () => {
    const size = statSync(join(out, entryScript("taskpane.html"))).size;
    expect(size).toBeLessThan(BUDGET);
    expect(scripts().reduce((total, file) => total + statSync(join(out, file)).size, 0)).toBeLessThan(TOTAL_BUDGET);
    expect(statSync(join(out, entryScript("commands.html"))).size).toBeLessThan(2 * 1024);
  });

  it("contains no test-only code", () => {
    // Lazy chunks (segment.js, contacts.js, shared ones) too.
    for (const bundle of scripts()) {
      const sources = sourcesOf(bundle);
      expect(sources.length).toBeGreaterThan(0);
      const testOnly = sources.filter((s) => /(^|\/)test\/|@testing-library|\/jest|ts-jest|jsdom|fast-check|office-addin-dev-certs/.test(s));
      expect(testOnly).toEqual([]);
      expect(read(bundle)).not.toMatch(/ResizeObserverStub|FakeContext|@jest-environment/);
    }
  });

  it("carries the pane's stand-in for what only a database is asked, never the database's code", () => {
    const sources = scripts().flatMap(sourcesOf);
    expect(sources.filter((s) => /queriedContacts/.test(s))).toEqual([expect.stringMatching(/queriedContacts\.pane\.ts$/)]);
    expect(sources.filter((s) => /(^|\/)src\/db\//.test(s))).toEqual([]);
  });

  it("contains nothing of the playground (its stand-in for office.js, the Excel fake, the sample workbook)", () => {
    expect(readdirSync(out, { recursive: true }).map(String).filter((file) => /standin|playground|sample-contacts/i.test(file))).toEqual([]);
    for (const bundle of [entryScript("taskpane.html"), entryScript("commands.html")]) {
      const sources = sourcesOf(bundle);
      expect(sources.filter((s) => /(^|\/)playground\/|excelFake|\.xlsx$/.test(s))).toEqual([]);
      expect(read(bundle)).not.toMatch(/__contactSegmentsPlayground|FakeExcel|FakeWorksheet|xlsxLoader/);
    }
    expect(read("taskpane.html")).not.toContain("standin");
  });
});
