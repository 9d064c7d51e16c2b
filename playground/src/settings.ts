/**
 * What the playground's stand-in for office.js pretends to be: Office's display language and theme, the ExcelApi
 * version the host supports and a latency per sync. Kept in the query string (?lang=sv-SE&theme=dark&api=1.12&latency=50)
 * so a link or a browser test reproduces a setup exactly.
 */
export const LANGUAGES = ["en-US", "sv-SE"] as const;
export const THEMES = ["light", "dark"] as const;
/** ExcelApi versions a host can have; the add-in's manifest asks for 1.7. */
export const API_VERSIONS = [
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
  "1.16",
  "1.17",
  "1.18",
  "1.19",
  "1.20",
] as const;
export const MAX_LATENCY_MS = 5000;
/** Excel's last row less the header. */
export const MAX_CONTACTS = 1_048_575;

export type Language = (typeof LANGUAGES)[number];
export type ThemeName = (typeof THEMES)[number];
export type ApiVersion = (typeof API_VERSIONS)[number];

export interface PlaygroundSettings {
  readonly language: Language;
  readonly theme: ThemeName;
  readonly apiVersion: ApiVersion;
  /** Milliseconds each context.sync() waits, as a round trip to Excel on the web would. */
  readonly latencyMs: number;
  /** 0: the sample workbook's 300 contacts; else that many generated contacts replace them (trying large sheets). */
  readonly contacts: number;
}

export const DEFAULT_SETTINGS: PlaygroundSettings = {
  language: "en-US",
  theme: "light",
  apiVersion: "1.20",
  latencyMs: 0,
  contacts: 0,
};

const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T): T =>
  options.find((option) => option.toLowerCase() === value?.toLowerCase()) ?? fallback;

/** Settings from a query string; anything missing or unknown takes its default. */
export function parseSettings(search: string): PlaygroundSettings {
  const query = new URLSearchParams(search);
  const latency = Number(query.get("latency"));
  const contacts = Number(query.get("contacts"));
  return {
    language: oneOf(LANGUAGES, query.get("lang"), DEFAULT_SETTINGS.language),
    theme: oneOf(THEMES, query.get("theme"), DEFAULT_SETTINGS.theme),
    apiVersion: oneOf(API_VERSIONS, query.get("api"), DEFAULT_SETTINGS.apiVersion),
    latencyMs:
      Number.isFinite(latency) && latency > 0
        ? Math.min(Math.round(latency), MAX_LATENCY_MS)
        : DEFAULT_SETTINGS.latencyMs,
    contacts:
      Number.isFinite(contacts) && contacts > 0
        ? Math.min(Math.round(contacts), MAX_CONTACTS)
        : DEFAULT_SETTINGS.contacts,
  };
}

/** The query string for settings ("?lang=sv-SE&theme=dark&api=1.20&latency=0", "&contacts=100000" when set). */
export function formatSettings(settings: PlaygroundSettings): string {
  const query = new URLSearchParams({
    lang: settings.language,
    theme: settings.theme,
    api: settings.apiVersion,
    latency: String(settings.latencyMs),
  });
  if (settings.contacts > 0) query.set("contacts", String(settings.contacts));
  return `?${query.toString()}`;
}
