// Types of contract-scriptlab.js for the test that runs the snippet it writes.
/** The Script Lab snippet (YAML) that runs the Excel contract in Excel. */
export function buildSnippet(): string;
export const SNIPPET_PATH: string;
