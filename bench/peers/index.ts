/**
 * The peers ours is measured against, each with the step's semantics in its own idiom:
 * text compares ignore case, a multi-valued cell matches when one of its codes is in the list,
 * Name matches *substring*, and Employees lo..hi is inclusive with blanks never matching.
 * Tables are built here, before timing; lower-casing is done once at build time, as ours folds its
 * dictionaries when the contact table is built.
 */
export { alasqlEngine } from "./alasql";
export { arqueroEngine } from "./arquero";
export { loopEngine } from "./loop";
