import { AUTO_SHOW_SETTING, openPaneWithWorkbook, type DocumentSettings } from "../../src/taskpane/autoShow";

function settings(initial: Record<string, unknown> = {}, status = "succeeded") {
  const values = new Map(Object.entries(initial));
  let saves = 0;
  const api = {
    get: (name: string) => values.get(name),
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: (callback: (result: { status: string; error?: { message: string } }) => void) => {
      saves++;
      callback({ status, error: status === "failed" ? { message: "read-only" } : undefined });
    },
  };
  return { api: api as unknown as DocumentSettings, values, saves: () => saves };
}

describe("opening the pane with the workbook", () => {
  it("sets Office.AutoShowTaskpaneWithDocument and saves it", async () => {
    const s = settings();
    await openPaneWithWorkbook(s.api);
    expect(s.values.get(AUTO_SHOW_SETTING)).toBe(true);
    expect(s.saves()).toBe(1);
  });

  it("does nothing when the flag is already set, so the book is not made dirty", async () => {
    const s = settings({ [AUTO_SHOW_SETTING]: true });
    await openPaneWithWorkbook(s.api);
    expect(s.saves()).toBe(0);
  });

  it("reports a failed save", async () => {
    await expect(openPaneWithWorkbook(settings({}, "failed").api)).rejects.toThrow("read-only");
  });
});
