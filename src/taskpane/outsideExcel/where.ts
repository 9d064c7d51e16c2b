/**
 * Where the pane's page is open, as Office.onReady tells it: in Excel (the pane starts), in another Office application,
 * in a plain browser tab (office.js answers with no host), or nowhere Office can be reached (office.js did not load).
 */
export type Whereabouts =
  { kind: "excel" } | { kind: "other-host"; host: string } | { kind: "browser" } | { kind: "no-office" };

/** From Office.onReady's answer; the host is compared by name, which is what Office.HostType's values are at run time. */
export function whereaboutsOf(info: { host?: unknown } | undefined): Whereabouts {
  const host = info?.host;
  if (!host) return { kind: "browser" };
  return host === "Excel" ? { kind: "excel" } : { kind: "other-host", host: String(host) };
}

/** Swedish when the first language asked for is Swedish, English otherwise: the pane's own rule. */
export function pageLanguage(languages: readonly (string | undefined)[]): "en" | "sv" {
  const first = languages.find((language) => language);
  return /^sv(-|$)/i.test(first ?? "") ? "sv" : "en";
}
