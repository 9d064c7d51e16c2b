import fc from "fast-check";
import { interactionsOverTime, isoWeek } from "../../../src/domain/interactions/overTime";

const entry = (date: string, interactionTemplateCode = "EMAIL", canceled = false) => ({
  date,
  interactionTemplateCode,
  canceled,
});

describe("interactions over time", () => {
  it("counts entries not canceled per month and per template, oldest month first", () => {
    expect(
      interactionsOverTime(
        [
          entry("2026-11-25"),
          entry("2026-11-02", "LETTER"),
          entry("2026-10-31"),
          entry("2026-11-03", "EMAIL", true),
          entry("2026-11-30"),
        ],
        "month",
      ),
    ).toEqual([
      { period: "2026-10", count: 1, byTemplate: [{ code: "EMAIL", count: 1 }] },
      {
        period: "2026-11",
        count: 3,
        byTemplate: [
          { code: "EMAIL", count: 2 },
          { code: "LETTER", count: 1 },
        ],
      },
    ]);
  });

  it("numbers ISO weeks from Monday, the year's first Thursday in week 1", () => {
    // Worked examples from the ISO 8601 calendar.
    expect(isoWeek("2026-01-01")).toBe("2026-W01");
    expect(isoWeek("2021-01-03")).toBe("2020-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
    expect(isoWeek("2026-11-30")).toBe("2026-W49");
    expect(isoWeek("2026-11-29")).toBe("2026-W48");
  });

  it("puts every day of one Monday-to-Sunday week in the same week, and counts every entry once", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-03T00:00:00Z"), max: new Date("2099-12-28T00:00:00Z"), noInvalidDate: true }),
        (date) => {
          const monday = new Date(
            Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - ((date.getUTCDay() + 6) % 7)),
          );
          const days = Array.from({ length: 7 }, (_, i) =>
            new Date(monday.getTime() + i * 86_400_000).toISOString().slice(0, 10),
          );
          expect(new Set(days.map(isoWeek)).size).toBe(1);
          const counted = interactionsOverTime(
            days.map((day) => entry(day)),
            "week",
          );
          expect(counted).toHaveLength(1);
          expect(counted[0].count).toBe(7);
        },
      ),
    );
  });
});
