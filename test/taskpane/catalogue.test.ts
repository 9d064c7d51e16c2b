import { enUS } from "../../src/taskpane/i18n";
import { svSE } from "../../src/taskpane/i18n/sv-SE";

/** Every key path of a catalogue, with the kind of its value (text or a function that makes text). */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "string") return [`${path}: string`];
  if (typeof value === "function") return [`${path}: function`];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value}`];
}

/** Texts the two languages may share: codes, BC names kept in English, symbols. */
const SAME_IN_BOTH = new Set([
  "segment.builder.expression",
  "segment.builder.operator",
  "segment.header.choices.Email",
  "segments.columns.no",
]);

describe("the string catalogues", () => {
  it("sv-SE has every key of en-US, of the same kind, and no more", () => {
    expect(shape(svSE).sort()).toEqual(shape(enUS).sort());
  });

  it("translates the texts rather than copying the English", () => {
    const english = new Map(shape(enUS).map((line) => [line.split(":")[0], line]));
    const same: string[] = [];
    const walk = (en: unknown, sv: unknown, path: string) => {
      if (typeof en === "string") {
        if (en === sv && en.trim() !== "" && !SAME_IN_BOTH.has(path) && !/^[\p{P}\p{S}\s]*$/u.test(en)) same.push(path);
      } else if (en && typeof en === "object" && !Array.isArray(en)) {
        for (const key of Object.keys(en))
          walk(
            (en as Record<string, unknown>)[key],
            (sv as Record<string, unknown>)[key],
            path ? `${path}.${key}` : key,
          );
      }
    };
    walk(enUS, svSE, "");
    expect(english.size).toBeGreaterThan(100);
    expect(same).toEqual([]);
  });

  it("makes counts and money in each language's words and digits", () => {
    expect(enUS.segment.builder.addCount({ added: 1412, excluded: 23, alreadyPresent: 5 })).toBe(
      "Adds 1,412 contacts · 23 excluded · 5 already in the segment",
    );
    expect(svSE.segment.builder.addCount({ added: 1412, excluded: 23, alreadyPresent: 5 })).toBe(
      "Lägger till 1\u00a0412 kontakter · 23 exkluderade · 5 finns redan i segmentet",
    );
    expect(enUS.segment.builder.removeCount({ removedContacts: 1, removedLines: 2, kept: 1 })).toBe(
      "Removes 1 contact (2 lines) · 1 line left",
    );
    expect(enUS.segments.money(1234.5)).toBe("1,234.50");
    expect(enUS.segment.totals(128, "192.00", 384)).toBe("128 lines · 192.00 · 6 h 24 min");
    expect(svSE.segment.totals(1, "2,50", 45)).toBe("1 rad · 2,50 · 45 min");
    expect(svSE.segment.totals(2, "0,00", 60)).toBe("2 rader · 0,00 · 1 tim 0 min");
    expect(svSE.segments.money(1234.5)).toBe("1\u00a0234,50");
  });
});
