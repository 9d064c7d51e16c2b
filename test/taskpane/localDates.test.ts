/**
 * Dates in the display language's form: shown and read back alike, in English 12/2/2026 and Swedish 2026-12-02,
 * ISO taken in both, and text that is not a date refused with what is wrong. The oracle for "is a real date" is
 * JavaScript's own calendar (Date.UTC), not the parser.
 */
import fc from "fast-check";
import { datesFor, localDates } from "../../src/taskpane/dates/localDates";
import { dateForm } from "../../src/taskpane/i18n/dateStrings";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { svSE } from "../../src/taskpane/i18n/sv-SE";

const en = localDates("en-US");
const sv = localDates("sv-SE");

describe("the pane's dates", () => {
  it("are shown in the language's form", () => {
    expect(en.format("2026-12-02")).toBe("12/2/2026");
    expect(sv.format("2026-12-02")).toBe("2026-12-02");
    expect(localDates("en-GB").format("2026-12-02")).toBe("02/12/2026");
    expect(localDates("de-DE").format("2026-12-02")).toBe("2.12.2026");
    expect(en.format("not a date")).toBe("not a date");
  });

  it("read back what they show, and ISO in every language", () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom("en-US", "sv-SE", "en-GB", "de-DE", "fi-FI"), (iso, locale) => {
        const dates = localDates(locale);
        expect(dates.parse(dates.format(iso))).toEqual({ iso });
        expect(dates.parse(iso)).toEqual({ iso });
      }),
    );
  });

  it("take the user's own separators and unpadded numbers", () => {
    expect(en.parse("12/02/2026")).toEqual({ iso: "2026-12-02" });
    expect(en.parse(" 12-2-2026 ")).toEqual({ iso: "2026-12-02" });
    expect(sv.parse("2026-12-2")).toEqual({ iso: "2026-12-02" });
    expect(sv.parse("2026/12/02")).toEqual({ iso: "2026-12-02" });
  });

  it("refuse impossible days, checked against JavaScript's calendar", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (year, month, day) => {
          const real = day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
          const parsed = sv.parse(`${year}-${month}-${day}`);
          expect("iso" in parsed).toBe(real);
        },
      ),
    );
    expect(sv.parse("2026-02-30")).toEqual({
      problem: { kind: "day", year: 2026, month: 2, day: 30, days: 28 },
    });
    expect(sv.parse("2024-02-29")).toEqual({ iso: "2024-02-29" });
  });

  it("say what is wrong, naming the character and where it is", () => {
    expect(en.parse("12/2x/2026")).toEqual({ problem: { kind: "character", character: "x", position: 5 } });
    expect(en.parse("  12/2/2026a")).toEqual({ problem: { kind: "character", character: "a", position: 12 } });
    expect(en.parse("12/2")).toEqual({ problem: { kind: "shape" } });
    expect(en.parse("12//2026")).toEqual({ problem: { kind: "shape" } });
    expect(en.parse("12/2/26")).toEqual({ problem: { kind: "year", year: "26" } });
    expect(en.parse("13/2/2026")).toEqual({ problem: { kind: "month", month: 13 } });
    expect(en.parse("")).toEqual({ problem: { kind: "blank" } });
  });

  it("in words the user reads, in English and Swedish", () => {
    const form = dateForm(enUS.dateTexts, en);
    expect(form).toBe("month/day/year, e.g. 12/2/2026");
    const problem = (text: string) => {
      const parsed = en.parse(text);
      return "problem" in parsed ? enUS.dateTexts.problem(parsed.problem, en, form) : "";
    };
    expect(problem("2026-02-30")).toBe("February 2026 has 28 days: there is no day 30.");
    expect(problem("12/2x/2026")).toBe(
      `"x" (character 5) does not belong in a date: use digits and "/", month/day/year, e.g. 12/2/2026.`,
    );
    const svForm = dateForm(svSE.dateTexts, sv);
    expect(svForm).toBe("år-månad-dag, t.ex. 2026-12-02");
    const svProblem = sv.parse("2026-02-30");
    expect("problem" in svProblem && svSE.dateTexts.problem(svProblem.problem, sv, svForm)).toBe(
      "Februari 2026 har 28 dagar: det finns ingen dag 30.",
    );
  });

  it("follow Office's display language where the browser knows it, else the catalogue's", () => {
    expect(datesFor("en-GB", "en-US").locale).toBe("en-GB");
    expect(datesFor(undefined, "sv-SE").locale).toBe("sv-SE");
    expect(datesFor("not a tag!", "en-US").locale).toBe("en-US");
  });

  it("name months and weeks of the interactions chart", () => {
    expect(en.formatMonth("2026-11")).toBe("Nov 2026");
    expect(sv.formatMonth("2026-11")).toMatch(/^nov\.? 2026$/);
  });
});
