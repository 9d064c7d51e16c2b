/** Where the pane's page is open, from Office.onReady's answer, and the language of the page shown outside Excel. */
import { OUTSIDE_EXCEL_TEXTS } from "../../src/taskpane/outsideExcel/texts";
import { pageLanguage, whereaboutsOf } from "../../src/taskpane/outsideExcel/where";

describe("whereaboutsOf", () => {
  it("starts the pane in Excel only", () => {
    expect(whereaboutsOf({ host: "Excel" })).toEqual({ kind: "excel" });
    expect(whereaboutsOf({ host: "Word" })).toEqual({ kind: "other-host", host: "Word" });
    // office.js in a plain browser tab answers with no host.
    expect(whereaboutsOf({ host: null })).toEqual({ kind: "browser" });
    expect(whereaboutsOf(undefined)).toEqual({ kind: "browser" });
  });
});

describe("pageLanguage", () => {
  it("is Swedish when the first language given is Swedish, English otherwise", () => {
    expect(pageLanguage(["sv-SE", "en-US"])).toBe("sv");
    expect(pageLanguage([undefined, "sv"])).toBe("sv");
    expect(pageLanguage(["en-GB", "sv-SE"])).toBe("en");
    expect(pageLanguage(["svenska"])).toBe("en");
    expect(pageLanguage([])).toBe("en");
  });
});

describe("the page's texts", () => {
  it("say the same things in both languages and name the host, or another application for one it does not know", () => {
    expect(OUTSIDE_EXCEL_TEXTS.sv.steps).toHaveLength(OUTSIDE_EXCEL_TEXTS.en.steps.length);
    expect(OUTSIDE_EXCEL_TEXTS.en.whyOtherHost("PowerPoint")).toContain("PowerPoint");
    expect(OUTSIDE_EXCEL_TEXTS.en.whyOtherHost("SomethingNew")).toContain("another Office application");
    expect(OUTSIDE_EXCEL_TEXTS.sv.whyOtherHost("SomethingNew")).toContain("ett annat Office-program");
  });
});
