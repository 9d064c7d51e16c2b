/** Date literals: tokens, offsets and calendar edges (months clamp the day). */
import { addMonths, resolveDate } from "../../../src/domain/filter/dates";
import { ENV } from "../../support/filterFixtures";

const on = (today: string, workdate = today) => ({ ...ENV, today, workdate });

describe("resolveDate", () => {
  it.each<[string, string, string | null]>([
    ["2025-03-01", "2025-03-31", "2025-03-01"],
    ["t", "2025-03-31", "2025-03-31"],
    ["T", "2025-03-31", "2025-03-31"],
    ["Today", "2025-03-31", "2025-03-31"],
    ["-30D", "2025-03-31", "2025-03-01"],
    ["+1d", "2025-12-31", "2026-01-01"],
    ["+0D", "2025-03-31", "2025-03-31"],
    ["+2W", "2025-03-31", "2025-04-14"],
    ["-1M", "2025-03-31", "2025-02-28"],
    ["-1M", "2024-03-31", "2024-02-29"],
    ["+1M", "2025-01-31", "2025-02-28"],
    ["-13M", "2025-01-15", "2023-12-15"],
    ["+11M", "2025-03-31", "2026-02-28"],
    ["-1Y", "2024-02-29", "2023-02-28"],
    ["+4Y", "2024-02-29", "2028-02-29"],
    ["t-1m", "2025-05-31", "2025-04-30"],
    ["2024-02-29", "2025-03-31", "2024-02-29"],
    ["2025-02-29", "2025-03-31", null],
    ["2025-3-1", "2025-03-31", null],
    ["32-13-2025", "2025-03-31", null],
    ["-1", "2025-03-31", null],
    ["1D", "2025-03-31", null],
    ["-999999Y", "2025-03-31", null],
    ["yesterday", "2025-03-31", null],
  ])("%s on %s", (text, today, expected) => {
    expect(resolveDate(text, on(today))).toBe(expected);
  });

  it("w and workdate use the work date, also as the base of an offset", () => {
    const env = on("2025-03-31", "2025-01-31");
    expect(resolveDate("w", env)).toBe("2025-01-31");
    expect(resolveDate("WORKDATE", env)).toBe("2025-01-31");
    expect(resolveDate("w+1M", env)).toBe("2025-02-28");
    expect(resolveDate("workdate-1d", env)).toBe("2025-01-30");
  });

  it("refuses an environment without ISO dates (a programming error)", () => {
    expect(() => resolveDate("t", on("31/03/2025"))).toThrow("FilterEnv.today");
  });

  it("addMonths across years both ways", () => {
    expect(addMonths("2025-01-31", -1)).toBe("2024-12-31");
    expect(addMonths("2024-12-31", 2)).toBe("2025-02-28");
    expect(addMonths("2025-06-15", -18)).toBe("2023-12-15");
  });
});
