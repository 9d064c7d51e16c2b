// Types of validate-manifest.js for the tests that use it.
/** The problems libxml2 finds in a manifest against Office's schemas, each "FILE:LINE: message"; none when valid. */
export function validateManifest(xml: string, fileName?: string): Promise<string[]>;
/** Where the Office manifest schemas are read from. */
export function schemaDir(): string;
