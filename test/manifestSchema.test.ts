/**
 * manifest.xml against Microsoft's XML schemas for the add-in-only manifest (offline, libxml2 in WebAssembly): the
 * check Office makes before it loads an add-in. The production build's dist/manifest.xml is checked where the build
 * runs (test/build/webpack.test.ts).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { validateManifest } from "../scripts/validate-manifest";

const MANIFEST_XML = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");

/** The 1-based line of the first occurrence of text. */
const lineOf = (xml: string, text: string) => xml.slice(0, xml.indexOf(text)).split("\n").length;

describe("manifest.xml against Office's manifest schema", () => {
  it("is valid", async () => {
    expect(await validateManifest(MANIFEST_XML)).toEqual([]);
  });

  it("fails a resource id of 33 characters, naming the line, the attribute and the 32-character rule", async () => {
    const long = "TaskpaneButton.Tooltip.ABCDEFGHIJ";
    expect(long).toHaveLength(33);
    const broken = MANIFEST_XML.split('"TaskpaneButton.Tooltip"').join(`"${long}"`);
    const problems = await validateManifest(broken, "broken.xml");
    // Once where the button uses it (resid), once where the string is defined (id).
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(
        `^broken\\.xml:${lineOf(broken, `resid="${long}"`)}: .*Description', attribute 'resid': \\[facet 'maxLength'\\].*length of '33'.*maximum length of '32'`,
      ),
    );
    expect(problems[1]).toMatch(
      new RegExp(
        `^broken\\.xml:${lineOf(broken, `<bt:String id="${long}"`)}: .*String', attribute 'id': \\[facet 'maxLength'\\]`,
      ),
    );
  });

  it("fails an element out of the schema's order", async () => {
    const moved = MANIFEST_XML.replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, "").replace(
      "<Hosts>",
      "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>",
    );
    const problems = await validateManifest(moved);
    expect(problems.join("\n")).toMatch(/manifest\.xml:\d+: .*Permissions.*not expected/);
  });
});
