#!/usr/bin/env node
/*
 * npm run validate [-- FILE...]: checks add-in manifests (default manifest.xml) against Microsoft's XML schemas for
 * the add-in-only manifest, offline, with libxml2 compiled to WebAssembly (xmllint-wasm: no native build, no apt
 * package). The Office template's script of this name calls Microsoft's online validator, which these machines
 * cannot reach; the schemas are what that validator checks first (a resid/id over 32 characters, a string over its
 * limit, elements out of order), and what makes Office refuse an add-in with "This add-in is no longer available".
 *
 * The schemas are kept in the repository, in schemas/office-manifest (OFFICE_SCHEMAS_DIR to point elsewhere).
 */
const { existsSync, readdirSync, readFileSync } = require("fs");
const { basename, join, relative, resolve } = require("path");
const { validateXML } = require("xmllint-wasm");

const ROOT = join(__dirname, "..");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The schema folder: OFFICE_SCHEMAS_DIR, else schemas/office-manifest in the repository. */
function schemaDir() {
  const dir = process.env.OFFICE_SCHEMAS_DIR
    ? resolve(process.env.OFFICE_SCHEMAS_DIR)
    : join(ROOT, "schemas", "office-manifest");
  if (!existsSync(join(dir, ROOT_SCHEMA))) {
    throw new Error(
      `No ${ROOT_SCHEMA} in ${dir}: the Office manifest schemas are expected in schemas/office-manifest (or set OFFICE_SCHEMAS_DIR).`,
    );
  }
  return dir;
}

/**
 * Validates one manifest's text. Resolves to the problems found, each "FILE:LINE: message" as libxml2 words it
 * (the element, the attribute and the rule broken); none when the manifest is valid.
 */
async function validateManifest(xml, fileName = "manifest.xml") {
  const dir = schemaDir();
  const schemas = readdirSync(dir).filter((file) => file.endsWith(".xsd"));
  const load = (file) => ({ fileName: file, contents: readFileSync(join(dir, file), "utf8") });
  const result = await validateXML({
    xml: { fileName: basename(fileName), contents: xml },
    schema: load(ROOT_SCHEMA),
    preload: schemas.filter((file) => file !== ROOT_SCHEMA).map(load),
  });
  if (result.valid) return [];
  return result.errors.map((error) =>
    error.loc ? `${fileName}:${error.loc.lineNumber}: ${error.message}` : error.rawMessage,
  );
}

module.exports = { validateManifest, schemaDir };

if (require.main === module) {
  const files = process.argv.slice(2);
  (async () => {
    let failed = false;
    for (const file of files.length ? files : [join(ROOT, "manifest.xml")]) {
      const name = relative(process.cwd(), resolve(file)) || file;
      const problems = await validateManifest(readFileSync(file, "utf8"), name);
      if (problems.length) {
        failed = true;
        console.error(`${name} breaks the Office manifest schema:\n${problems.map((p) => `  ${p}`).join("\n")}`);
      } else {
        console.log(`${name} is valid against the Office manifest schema (${ROOT_SCHEMA}).`);
      }
    }
    process.exitCode = failed ? 1 : 0;
  })().catch((error) => {
    console.error(error.message);
    process.exitCode = 2;
  });
}
