/**
 * @jest-environment jsdom
 */
import "./jsdom";
import { webDarkTheme } from "@fluentui/react-components";
import { fireEvent, screen } from "@testing-library/dom";

/** Boots the real entry point (index.tsx) in a fake Office that speaks Swedish, in the dark, outside Excel. */
describe("the task pane entry point", () => {
  const globals = globalThis as unknown as Record<string, unknown>;

  beforeAll(() => {
    document.body.innerHTML = '<div id="container"></div>';
    globals.Office = {
      onReady: (callback: (info: { host: string }) => void) => {
        callback({ host: "Excel" });
        return Promise.resolve({ host: "Excel" });
      },
      context: {
        displayLanguage: "sv-SE",
        contentLanguage: "sv-SE",
        officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#262626" },
      },
    };
    globals.Excel = { run: () => Promise.reject(new Error("Excel svarar inte.")) };
  });

  afterAll(() => {
    delete globals.Office;
    delete globals.Excel;
  });

  it("renders the pane in Office's language and theme, reading the workbook through office-js", async () => {
    await import("../../src/taskpane/index");
    expect(await screen.findByText("Segmenten kunde inte läsas.")).toBeTruthy();
    expect(screen.getByText(/Excel svarar inte\./)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Segment" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Kontakter" }));
    expect(await screen.findByText("Kontaktbladet kunde inte läsas. Excel svarar inte.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Kontakter" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("sv-SE");
    expect(document.title).toBe("Kontaktsegment");
    const css = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText));
    expect(css.join("\n")).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });
});
