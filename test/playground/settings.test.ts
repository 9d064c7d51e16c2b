import {
  DEFAULT_SETTINGS,
  formatSettings,
  MAX_CONTACTS,
  MAX_LATENCY_MS,
  parseSettings,
} from "../../playground/src/settings";

describe("the playground's settings in the query string", () => {
  it("round-trips every setting", () => {
    const settings = {
      language: "sv-SE",
      theme: "dark",
      apiVersion: "1.12",
      latencyMs: 300,
      contacts: 100_000,
    } as const;
    expect(parseSettings(formatSettings(settings))).toEqual(settings);
    expect(formatSettings(DEFAULT_SETTINGS)).not.toContain("contacts");
  });

  it("takes the default for anything missing or unknown, and matches names without regard to case", () => {
    expect(parseSettings("")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("?lang=fi-FI&theme=blue&api=1.6&latency=-5")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("?lang=SV-se&theme=DARK").language).toBe("sv-SE");
  });

  it("keeps the latency a whole number of milliseconds up to its maximum", () => {
    expect(parseSettings("?latency=12.6").latencyMs).toBe(13);
    expect(parseSettings("?latency=999999").latencyMs).toBe(MAX_LATENCY_MS);
  });

  it("takes a number of generated contacts up to what a sheet holds", () => {
    expect(parseSettings("?contacts=-3").contacts).toBe(0);
    expect(parseSettings("?contacts=2000000").contacts).toBe(MAX_CONTACTS);
  });
});
