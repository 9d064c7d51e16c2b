/**
 * node-postgres, when loaded, asks whether it runs on Cloudflare Workers by looking at the global Response when there
 * is no navigator (Node 20). Node defines that global lazily: the first look loads its whole fetch implementation,
 * some 5 MB of RSS a --db command never uses (docs/decisions.md §D114). Imported just before "pg" (pgDriver.ts):
 * Response reads as undefined until restoreResponse puts the global back as it was.
 */
const saved = Object.getOwnPropertyDescriptor(globalThis, "Response");
const hidden = saved?.get !== undefined && saved.configurable === true && typeof navigator === "undefined";
if (hidden) Object.defineProperty(globalThis, "Response", { value: undefined, configurable: true, writable: true });

export function restoreResponse(): void {
  if (hidden && saved) Object.defineProperty(globalThis, "Response", saved);
}
