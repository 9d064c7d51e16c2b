/**
 * What Office's schema cannot say of manifest.xml (the schema itself is test/manifestSchema.test.ts): schema order,
 * requirements, both languages, resource ids, string lengths, icons, and that every URL is a file the build emits.
 * The emitted files are derived from webpack.config.js itself, so this needs no build.
 */
import { readdirSync, readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { join, posix } from "path";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpackConfig, { DEV_BASE_URL, productionBaseUrl, rewriteManifest } from "../webpack.config";

const ROOT = join(__dirname, "..");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const MANIFEST_XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Children of OfficeApp (TaskPaneApp) in the order the schema demands; the optional ones included. */
const SCHEMA_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

function parse(xml: string): Document {
  const { DOMParser } = new JSDOM("").window;
  return new DOMParser().parseFromString(xml, "text/xml");
}

const doc = parse(MANIFEST_XML);
const root = doc.documentElement;
const all = (name: string, ns = "*") => Array.from(doc.getElementsByTagNameNS(ns, name));
const one = (name: string) => {
  const found = Array.from(root.children).filter((e) => e.localName === name);
  expect(found).toHaveLength(1);
  return found[0];
};
const resources = (kind: string) => all(kind, BT).flatMap((group) => Array.from(group.children));

/** Files the production build writes to dist/, mapped to their sources, read from the webpack config. */
async function emittedFiles(): Promise<Map<string, string | undefined>> {
  const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  const files = new Map<string, string | undefined>();
  for (const plugin of config.plugins ?? []) {
    if (plugin instanceof HtmlWebpackPlugin) {
      const filename = plugin.userOptions.filename;
      expect(typeof filename).toBe("string");
      files.set(filename as string, undefined);
    }
    if (plugin instanceof CopyWebpackPlugin) {
      // patterns is private in the plugin's typings but is exactly what the config passed in.
      const patterns = (plugin as unknown as { patterns: { from: string; to?: unknown }[] }).patterns;
      for (const { from, to } of patterns) {
        expect(typeof to).toBe("string");
        const dir = posix.dirname(from);
        const glob = new RegExp(
          `^${posix
            .basename(from)
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, "[^/]*")}$`,
        );
        for (const name of readdirSync(join(ROOT, dir)).filter((f) => glob.test(f))) {
          const ext = posix.extname(name);
          const target = (to as string).replace("[name]", posix.basename(name, ext)).replace("[ext]", ext);
          files.set(target, posix.join(dir, name));
        }
      }
    }
  }
  return files;
}

/** The PNG's width and height from its IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(join(ROOT, file));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR")
    throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  it("keeps OfficeApp's children in schema order, with every required element", () => {
    const children = Array.from(root.children).map((e) => e.localName);
    for (const name of children) expect(SCHEMA_ORDER).toContain(name);
    const positions = children.map((name) => SCHEMA_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(children.filter((name) => REQUIRED.includes(name))).toEqual(REQUIRED);
  });

  it("is a task pane add-in for Excel workbooks", () => {
    expect(root.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one("Version").textContent).toBe("1.0.0.0");
    expect(one("ProviderName").textContent).toBe("Contact Segments");
    expect(one("DefaultLocale").textContent).toBe("en-US");
    expect(Array.from(one("Hosts").children).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("requires ExcelApi 1.7", () => {
    const sets = Array.from(one("Requirements").children);
    expect(sets.map((s) => s.localName)).toEqual(["Sets"]);
    expect(sets[0].getAttribute("DefaultMinVersion")).toBe("1.1");
    expect(Array.from(sets[0].children).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["ExcelApi", "1.7"],
    ]);
  });

  it("names and describes itself in English and Swedish", () => {
    for (const name of ["DisplayName", "Description"]) {
      const element = one(name);
      expect(element.getAttribute("DefaultValue")).toMatch(/\S/);
      const overrides = Array.from(element.children).filter((e) => e.localName === "Override");
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["sv-SE"]);
      expect(overrides[0].getAttribute("Value")).toMatch(/\S/);
      expect(overrides[0].getAttribute("Value")).not.toBe(element.getAttribute("DefaultValue"));
    }
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("Contact Segments");
  });

  it("opens the task pane from a button on the Home tab and has a function file", () => {
    const overrides = one("VersionOverrides");
    expect(overrides.getAttributeNS(XSI, "type")).toBe("VersionOverridesV1_0");
    expect(all("OfficeTab").map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const actions = all("Action");
    expect(actions.map((a) => a.getAttributeNS(XSI, "type"))).toEqual(["ShowTaskpane"]);
    expect(all("FunctionFile").map((f) => f.getAttribute("resid"))).toEqual(["Commands.Url"]);
  });

  it("defines every resource id it references, in the right kind of resource", () => {
    const kindOf: Record<string, string> = {
      Image: "Images",
      Title: "ShortStrings",
      Label: "ShortStrings",
      Description: "LongStrings",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
    };
    const defined = new Map<string, string>();
    for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
      for (const resource of resources(kind)) {
        const id = resource.getAttribute("id") ?? "";
        expect(defined.has(id)).toBe(false);
        defined.set(id, kind);
      }
    }
    const referenced = Array.from(doc.querySelectorAll("[resid]"));
    expect(referenced.length).toBeGreaterThan(10);
    for (const element of referenced) {
      const id = element.getAttribute("resid") ?? "";
      expect({ id, kind: defined.get(id) }).toEqual({ id, kind: kindOf[element.localName] });
    }
    const used = new Set(referenced.map((e) => e.getAttribute("resid")));
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("keeps short strings within 125 and long strings within 250 characters, each with a Swedish override", () => {
    for (const [kind, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      const strings = resources(kind);
      expect(strings.length).toBeGreaterThan(0);
      for (const string of strings) {
        const values = [
          string.getAttribute("DefaultValue"),
          ...Array.from(string.children).map((o) => o.getAttribute("Value")),
        ];
        for (const value of values) expect((value ?? "").length).toBeLessThanOrEqual(limit);
        expect(Array.from(string.children).map((o) => [o.localName, o.getAttribute("Locale")])).toEqual([
          ["Override", "sv-SE"],
        ]);
      }
    }
  });

  it("points every URL at a file the build emits, on the dev server", async () => {
    const files = await emittedFiles();
    const urls = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((v) => /^\w+:\/\//.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) {
      expect(url.startsWith(DEV_BASE_URL)).toBe(true);
      expect([...files.keys()]).toContain(url.slice(DEV_BASE_URL.length));
    }
    expect(all("AppDomain").map((d) => d.textContent)).toEqual([new URL(DEV_BASE_URL).origin]);
    expect(all("SourceLocation")[0].getAttribute("DefaultValue")).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it("declares icons that are real PNGs of their stated sizes", async () => {
    const files = await emittedFiles();
    const sourceOf = (url: string | null) => {
      const source = files.get((url ?? "").slice(DEV_BASE_URL.length));
      if (!source) throw new Error(`${url} is not a copied asset`);
      return source;
    };
    expect(pngSize(sourceOf(one("IconUrl").getAttribute("DefaultValue")))).toEqual({ width: 32, height: 32 });
    expect(pngSize(sourceOf(one("HighResolutionIconUrl").getAttribute("DefaultValue")))).toEqual({
      width: 64,
      height: 64,
    });
    const images = new Map(resources("Images").map((i) => [i.getAttribute("id"), i.getAttribute("DefaultValue")]));
    const uses = all("Image", BT).filter((i) => i.hasAttribute("size"));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const size = Number(use.getAttribute("size"));
      expect(pngSize(sourceOf(images.get(use.getAttribute("resid")) ?? null))).toEqual({ width: size, height: size });
    }
  });
});

describe("the production manifest", () => {
  it("moves every URL under ADDIN_BASE_URL and the app domain to its origin", () => {
    const base = productionBaseUrl("https://contoso.example/segments");
    expect(base).toBe("https://contoso.example/segments/");
    const rewritten = rewriteManifest(MANIFEST_XML, base);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).not.toContain("<!--");
    const prod = parse(rewritten);
    expect(prod.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(Array.from(prod.getElementsByTagNameNS("*", "AppDomain")).map((d) => d.textContent)).toEqual([
      "https://contoso.example",
    ]);
    const urls = Array.from(prod.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((v) => /^\w+:\/\//.test(v));
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
  });

  it("keeps the dev base when ADDIN_BASE_URL is unset and refuses a non-https base", () => {
    expect(productionBaseUrl("")).toBe(DEV_BASE_URL);
    expect(() => productionBaseUrl("http://contoso.example/")).toThrow(/https/);
    expect(() => productionBaseUrl("not a url")).toThrow(/not a URL/);
  });
});
