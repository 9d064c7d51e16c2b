/**
 * The domain's messages in the pane's languages: English as the domain wrote it, Swedish from the message's code
 * and params. Every problem and error here is made by the domain itself, on small inputs.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { addContacts } from "../../src/app/addContacts";
import { refuseAddinSheet } from "../../src/app/addinSheets";
import { applyMailingGroup } from "../../src/app/applyMailingGroup";
import { initBook } from "../../src/app/initBook";
import { checkSheetName } from "../../src/app/exportMailingList";
import {
  checkCellText,
  checkRowCount,
  checkSheetName as checkNewSheetName,
  MAX_CELL_CHARS,
  MAX_ROWS,
} from "../../src/app/store/excelLimits";
import { createSegment } from "../../src/app/createSegment";
import type { SegmentBook } from "../../src/app/store/ports";
import { findTemplate, loadSegment } from "../../src/app/store/segmentRecords";
import { confirmAppendingSteps, type SegmentState } from "../../src/app/store/segmentState";
import { buildContactTable, ContactTableError, type ContactSheetInput, type Problem } from "../../src/domain/contacts";
import { DomainError, type MessageParams } from "../../src/domain/errors";
import { planCancel } from "../../src/domain/interactions/cancel";
import type { CriteriaLine } from "../../src/domain/segments/criteria";
import { newSegmentHeader } from "../../src/domain/segments/header";
import { changeHeader } from "../../src/domain/segments/headerChange";
import { headerField, parseHeaderChanges, parseHeaderValue } from "../../src/domain/segments/headerFields";
import { EMPTY_HISTORY, goBack, goForward } from "../../src/domain/segments/history";
import { resolveField } from "../../src/domain/segments/fieldResolution";
import { mailingGroupCode } from "../../src/domain/segments/mailingGroups";
import { matchGroups } from "../../src/domain/segments/matchStep";
import { NO_OPTIONS } from "../../src/domain/segments/step";
import { saveCriteria, savedCriteriaFor, type SavedCriteriaLine } from "../../src/domain/segments/savedCriteria";
import { enUS } from "../../src/taskpane/i18n";
import { errorNotice } from "../../src/taskpane/notice";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { bcBaseSheet, bcBaseValues } from "../support/bcBaseData";
import { LETTER } from "../support/bcTemplates";
import { MemoryBook } from "../support/memoryBook";
import { logEntry, loggedSegment } from "../support/interactionFixtures";
import { STEP_ENV } from "../support/segmentSteps";

/** Every error and warning a build of `values` gives. */
function problemsOf(
  values: unknown[][],
  sheetName = "Kontakter",
  unresolvedCells: ContactSheetInput["unresolvedCells"] = [],
): Problem[] {
  const input: ContactSheetInput = { sheetName, locale: "sv-SE", values, unresolvedCells };
  try {
    return buildContactTable(input).warnings;
  } catch (error) {
    if (!(error instanceof ContactTableError)) throw error;
    return [...error.problems, ...error.warnings];
  }
}

/** The values a message names: each must be in the English and in the Swedish text alike. */
function namedValues(params: MessageParams | undefined): string[] {
  // chars, rows and max are numbers each language groups its own way (32,767 and 32 767): checked word for word below.
  const skip = new Set([
    "key",
    "field",
    "expect",
    "needs",
    "expecting",
    "kind",
    "what",
    "count",
    "type",
    "chars",
    "rows",
    "max",
  ]);
  return Object.entries(params ?? {})
    .filter(([name]) => !skip.has(name))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .map(String)
    .filter((text) => text !== "");
}

/** Every quoted code in what `pattern` matches (`code: …`, `key: …`) in the source files under `dir`: the codes the domain emits. */
function codesIn(dir: string, pattern: RegExp): Set<string> {
  const codes = new Set<string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith(".ts")) {
        for (const match of readFileSync(file, "utf8").matchAll(pattern))
          for (const quoted of match[0].matchAll(/"([a-z-]+)"/g)) codes.add(quoted[1]);
      }
    }
  };
  walk(dir);
  return codes;
}

const CONTACTS_DIR = join(__dirname, "../../src/domain/contacts");

const ERRORS_SHEET = [
  ["No.", "Name"],
  ["", "Anna"],
  ["P1", "Bo"],
  ["p1", "Bo again"],
];

const WARNINGS_SHEET = [
  ["No.", "Name", "Type", "Company No.", "Exclude from Segment", "", "Region", "Region", "E-Mail", "Email"],
  ["C1", "Acme", "Company", "", "No", "x", "N", "N", "a@acme.example", "b@acme.example"],
  ["P1", "Anna", "Robot", "C9", "Maybe", "", "N", "N", "", ""],
  ["P2", "Bo", "Person", "P1", "#N/A", "", "S", "S".repeat(40_000), "", ""],
  ["#N/A", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A"],
];

const NO_NUMBER_COLUMN = [["Name"], ["Anna"]];

/** 52 persons of an unknown type: 50 listed and a summary of the rest. */
const MANY_ROBOTS = [["No.", "Type"], ...Array.from({ length: 52 }, (_, i) => [`R${i + 1}`, "Robot"])];

/** Employees: a number column with one stray text (1 in 10), and two formulas without a computed result. */
const CELLS_SHEET = [
  ["No.", "Employees"],
  ...[1, 2, 3, 4, "many", 6, "", 8, 9, 10, "", 12].map((n, i) => [`K${i + 1}`, n]),
];

const allProblems = [
  ...[ERRORS_SHEET, WARNINGS_SHEET, NO_NUMBER_COLUMN].flatMap((values) => problemsOf(values)),
  ...problemsOf(CELLS_SHEET, "Kontakter", [
    { row: 11, column: 1 },
    { row: 7, column: 1 },
  ]),
];

describe("contact sheet problems", () => {
  it("makes every kind the domain emits, on the small sheets here", () => {
    const emitted = codesIn(CONTACTS_DIR, /code: ([^,]+),|type CellProblemKind = [^;]+;/g);
    expect(emitted.size).toBeGreaterThanOrEqual(13);
    expect([...new Set(allProblems.map((p) => p.code))].sort()).toEqual([...emitted].sort());
  });

  it.each(allProblems.map((problem) => [problem.code, problem] as const))(
    "%s: Swedish names the same rows, columns and values as English",
    (_code, problem) => {
      expect(enUS.problems.describe(problem)).toBe(problem.message);
      const swedish = svSE.problems.describe(problem);
      expect(swedish).not.toBe(problem.message);
      const values = namedValues(problem.params);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        expect(problem.message).toContain(value);
        expect(swedish).toContain(value);
      }
    },
  );

  it("says the places and values in Swedish words", () => {
    const sv = (code: string) => svSE.problems.describe(allProblems.find((p) => p.code === code)!);
    expect(sv("blank-no")).toBe(
      "Kontakter rad 2: kontaktnumret (No.) är tomt. Ge varje kontakt ett nummer, eller ta bort raden.",
    );
    expect(sv("duplicate-no")).toBe(
      "Kontakter rad 4: kontaktnummer P1 förekommer två gånger, oavsett skiftläge (P1, p1) (rader 3 och 4). Gör varje nummer unikt.",
    );
    expect(sv("invalid-boolean")).toBe(
      'Kontakter!E3 (Exclude from Segment): "Maybe" är inte Ja eller Nej; behandlas som tomt (Nej).',
    );
    expect(sv("duplicate-field")).toContain("innehåller båda E-post");
    expect(sv("stray-values")).toBe(
      'Kontakter!B6 "many" (Employees): inte ett tal i en kolumn med tal; filter på "Employees" kan inte bedöma den här kontakten.',
    );
    expect(sv("unresolved-formulas")).toBe(
      'Kontakter!B8, B12 (2 celler i Employees): formel utan beräknat resultat; öppna och spara boken i Excel eller LibreOffice. Till dess filter på "Employees" kan inte bedöma dessa kontakter.',
    );
    expect(sv("error-cells")).toMatch(
      /^Kontakter!E4: #N\/A \(Exclude from Segment\); läses som tomt, och filter på "Exclude from Segment" kan inte bedöma den här kontakten\.$/,
    );
    expect(sv("company-not-company")).toBe(
      "Kontakter rad 4: personen P2: företagsnr P1 är P1 (rad 3), som är en person, inte ett företag; behandlas som att den saknar företag.",
    );
  });

  it("counts the warnings beyond those listed in Swedish too", () => {
    const summary = problemsOf(MANY_ROBOTS).find((p) => p.params?.more !== undefined)!;
    expect(summary.message).toBe("Kontakter: 2 more unknown types not listed.");
    expect(svSE.problems.describe(summary)).toBe("Kontakter: ytterligare 2 okända typer visas inte.");
  });

  it("falls back to the English message for a code it does not know, or one without params", () => {
    const unknown: Problem = {
      severity: "warning",
      sheet: "S",
      code: "something-new",
      message: "S: something new.",
      params: { sheet: "S" },
    };
    expect(svSE.problems.describe(unknown)).toBe("S: something new.");
    const bare: Problem = { severity: "error", sheet: "S", code: "blank-no", message: "S row 2: blank." };
    expect(svSE.problems.describe(bare)).toBe("S row 2: blank.");
  });
});

/** The DomainError `make` throws (sync or async). */
async function thrown(make: () => unknown): Promise<DomainError> {
  try {
    await make();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("nothing thrown");
}

/** A book that only reads the rows given, per sheet; anything else is a mistake of the test. */
const bookOf = (rows: readonly object[]) =>
  ({ readRows: async () => rows.map((record) => ({ record, extra: [] })) }) as unknown as SegmentBook;

const header = newSegmentHeader("SM001", { description: "Retail" }, "2025-03-01");
const withTemplate = newSegmentHeader("SM001", { description: "Retail" }, "2025-03-01", LETTER);
const action = { type: "Action", lineNo: 10000 } as CriteriaLine;
const state = {
  segment: { row: { record: { no: "SM001" } } },
  content: { criteria: [{ record: action }] },
} as unknown as SegmentState;
const logged = [loggedSegment({ entryNo: 7 }), loggedSegment({ entryNo: 8, segmentNo: "SM010", canceled: true })];
const entries = [
  logEntry({ entryNo: 120, loggedSegmentEntryNo: 7 }),
  logEntry({ entryNo: 121, loggedSegmentEntryNo: 8, canceled: true }),
];
const content = { lines: [], criteria: [] };

const FILTER_SHEET: ContactSheetInput = {
  sheetName: "Contacts",
  locale: "en-US",
  values: [
    ["No.", "Name", "Score", "Exclude from Segment"],
    ["P1", "Anna", 3, "Yes"],
    ["P2", "Bo", 5, "No"],
  ],
};
const filterTable = buildContactTable(FILTER_SHEET).table;
const filterOn = (field: string, filter: string) => () =>
  matchGroups(filterTable, [[{ table: "Contact", field, filter }]], STEP_ENV);

/** Apply Mailing Group on a contact whose Mailing Groups cell is one code short of Excel's limit. */
async function mailingGroupPastTheLimit(): Promise<unknown> {
  const values = bcBaseValues();
  const column = values[0].indexOf("Mailing Groups");
  const row = values.findIndex((r) => r[0] === "CT01");
  values[row][column] = "N".repeat(MAX_CELL_CHARS - 2);
  const book = new MemoryBook({ ...bcBaseSheet(), values });
  const ctx = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };
  await initBook(book);
  await createSegment(book, ctx, { description: "Christmas" });
  const groups = [[{ table: "Contact" as const, field: "No.", filter: "CT01" }]];
  await addContacts(book, ctx, { segmentNo: "SEG00001", groups, options: NO_OPTIONS });
  return applyMailingGroup(book, ctx, { segmentNo: "SEG00001", code: "XMAS", deleteOld: false });
}

/** One real error per message the Swedish catalogue knows, keyed as the domain keys it. */
const DOMAIN_ERRORS: Readonly<Record<string, () => unknown>> = {
  "segment-not-found": () => loadSegment(bookOf([{ no: "SM001" }, { no: "SM002" }]), "SM009"),
  "segment-duplicate": () => loadSegment(bookOf([{ no: "SM001" }, { no: "sm001" }]), "SM001"),
  "template-not-found": () => findTemplate(bookOf([]), "LETTR", [LETTER]),
  "header-template-not-found": () => changeHeader({ header, lines: [], changes: { interactionTemplateCode: "LETTR" } }),
  "confirm-append": () => confirmAppendingSteps(state, "the saved ones", false),
  "description-required": () => createSegment(bookOf([]), {} as never, { description: " " }),
  "date-invalid": () => createSegment(bookOf([]), {} as never, { description: "Retail", date: "1/3/2025" }),
  "logged-not-found": () => planCancel(logged, entries, { logged: 99 }, "cancel"),
  "entries-none": () => planCancel(logged, entries, { entries: [] }, "cancel"),
  "entries-not-found": () => planCancel(logged, entries, { entries: [998, 999] }, "cancel"),
  "entry-in-canceled-logged": () => planCancel(logged, entries, { entries: [121] }, "uncancel"),
  "saved-criteria-code-required": () => saveCriteria("SM001", [action], " ", "", []),
  "saved-criteria-empty": () => saveCriteria("SM001", [], "RETAIL", "", []),
  "saved-criteria-exists": () =>
    saveCriteria("SM001", [action], "RETAIL", "", [{ code: "retail" } as SavedCriteriaLine]),
  "saved-criteria-not-found": () => savedCriteriaFor("RETAL", [{ code: "RETAIL" } as SavedCriteriaLine]),
  "sheet-name-blank": () => checkSheetName("  "),
  "sheet-name-too-long": () => checkSheetName("Mailing list for the spring campaign"),
  "sheet-name-character": () => checkSheetName("Spring/Autumn"),
  "sheet-name-apostrophe": () => checkSheetName("'Spring"),
  "sheet-name-history": () => checkSheetName("History"),
  "sheet-name-reserved": () => checkSheetName("Segments"),
  "header-value-invalid": () => parseHeaderValue(headerField("unitCost"), "-2"),
  "header-field-twice": () =>
    parseHeaderChanges([
      { id: "unitCost", text: "1" },
      { id: "unitCost", text: "2" },
    ]),
  "header-needs": () => changeHeader({ header, lines: [], changes: { unitCost: 3 } }),
  "nothing-to-undo": () => goBack(EMPTY_HISTORY, content, "SM001"),
  "nothing-to-redo": () => goForward(EMPTY_HISTORY, content, "SM001"),
  "unknown-field": () => resolveField(filterTable, "Region"),
  "mailing-group-blank": () => mailingGroupCode("  "),
  "mailing-group-not-one-code": () => mailingGroupCode("NEWS|PRESS"),
  "cell-too-long": () => checkCellText("Segment Lines", "E2", "x".repeat(MAX_CELL_CHARS + 1)),
  "mailing-group-cell-too-long": mailingGroupPastTheLimit,
  "too-many-rows": () => checkRowCount("Interaction Log", MAX_ROWS + 1),
  "addin-sheet-source": () => refuseAddinSheet("Segment Lines"),
  "filter-unexpected": filterOn("Score", ">>5"),
  "filter-unterminated-quote": filterOn("Name", "'Anna"),
  "filter-not-a": filterOn("Score", "abc"),
  "filter-blank-ordered": filterOn("Score", ">''"),
  "filter-boolean-operator": filterOn("Exclude from Segment", ">Yes"),
  "filter-too-deep": filterOn("Name", `${"(".repeat(101)}A${")".repeat(101)}`),
  "filter-pattern-too-long": filterOn("Name", "?".repeat(1001)),
};

/** More of the same keys, for their other wordings. */
const MORE_ERRORS: readonly (readonly [string, () => unknown])[] = [
  ["header-value-invalid (number)", () => parseHeaderValue(headerField("unitCost"), "abc")],
  ["header-value-invalid (date)", () => parseHeaderValue(headerField("date"), "1/3/2025")],
  ["header-value-invalid (yes-no)", () => parseHeaderValue(headerField("campaignTarget"), "maybe")],
  ["header-value-invalid (choice)", () => parseHeaderValue(headerField("correspondenceType"), "fax")],
  [
    "header-needs (corres. type)",
    () => changeHeader({ header: withTemplate, lines: [], changes: { correspondenceType: "Email" } }),
  ],
  [
    "header-needs (campaign)",
    () => changeHeader({ header: withTemplate, lines: [], changes: { campaignTarget: true } }),
  ],
  ["filter-unexpected (close)", filterOn("Name", "(A|B")],
  ["filter-unexpected (end)", filterOn("Name", "A|")],
  ["filter-not-a (yes-no)", filterOn("Exclude from Segment", "maybe")],
  // A new sheet the gateways are asked to add: the same keys as the export's sheet name, in Excel's own words.
  ["sheet-name-blank (new sheet)", () => checkNewSheetName(" ")],
  ["sheet-name-too-long (new sheet)", () => checkNewSheetName("Mailing list for the spring campaign")],
  ["sheet-name-character (new sheet)", () => checkNewSheetName("Spring/Autumn")],
  ["sheet-name-apostrophe (new sheet)", () => checkNewSheetName("Spring'")],
  ["sheet-name-history (new sheet)", () => checkNewSheetName("history")],
];

describe("DomainErrors the pane shows", () => {
  it("has a real error for every key the domain and the use cases give", () => {
    const keys = new Set([
      ...codesIn(join(__dirname, "../../src/domain"), /key: ([^,}]+)[,}]/g),
      ...codesIn(join(__dirname, "../../src/app"), /key: ([^,}]+)[,}]/g),
    ]);
    // A condition's keys are `filter-${code}`, from the codes the FilterErrors are made with (a code, then its params).
    for (const code of codesIn(join(__dirname, "../../src/domain/filter"), /"[a-z-]+",\s*\{/g))
      keys.add(`filter-${code}`);
    // The refusals of applySheetChange are the gateways' (test/taskpane/gatewayMessages.test.ts covers them).
    for (const key of ["stale-rows", "duplicate-row", "duplicate-rows"]) keys.delete(key);
    expect([...keys].sort()).toEqual(Object.keys(DOMAIN_ERRORS).sort());
  });

  it.each([...Object.entries(DOMAIN_ERRORS), ...MORE_ERRORS])(
    "%s: Swedish names the same values as English",
    async (key, make) => {
      const error = await thrown(make);
      expect(error.params?.key).toBe(key.split(" ")[0]);
      expect(enUS.domainErrors.describe(error)).toBe(error.message);
      const swedish = svSE.domainErrors.describe(error);
      expect(swedish).not.toBe(error.message);
      for (const value of namedValues(error.params)) {
        expect(error.message).toContain(value);
        expect(swedish).toContain(value);
      }
    },
  );

  it("says them in Swedish words, with the header's Swedish captions", async () => {
    const sv = async (make: () => unknown) => svSE.domainErrors.describe(await thrown(make));
    expect(await sv(DOMAIN_ERRORS["segment-not-found"])).toBe(
      "Segment SM009 finns inte. Segment i den här arbetsboken: SM001, SM002.",
    );
    expect(await sv(DOMAIN_ERRORS["header-needs"])).toBe(
      "Enhetskostnad (BVA) kan inte anges på ett segment utan interaktionsmall: välj mallen först.",
    );
    expect(await sv(DOMAIN_ERRORS["nothing-to-undo"])).toBe("Segment SM001 har ingen åtgärd att gå tillbaka till.");
    expect(await sv(DOMAIN_ERRORS["cell-too-long"])).toBe(
      "Segment Lines!E2: 32\u00a0768 tecken; en cell i Excel rymmer högst 32\u00a0767. Inget skrevs.",
    );
    expect(await sv(DOMAIN_ERRORS["mailing-group-cell-too-long"])).toBe(
      "Kontakt CT01: dess Mailing Groups skulle bli 32\u00a0771 tecken (bladrad 2); en cell i Excel rymmer högst 32\u00a0767. Inget skrevs.",
    );
    expect(await sv(DOMAIN_ERRORS["too-many-rows"])).toBe(
      "Interaction Log skulle behöva 1\u00a0048\u00a0577 rader; Excel rymmer högst 1\u00a0048\u00a0576.",
    );
    expect(await sv(DOMAIN_ERRORS["addin-sheet-source"])).toBe(
      '"Segment Lines" är ett av tilläggets egna blad och kan inte innehålla kontakter. Välj bladet eller tabellen där dina kontakter finns.',
    );
    expect(await sv(DOMAIN_ERRORS["filter-not-a"])).toBe(
      'Filter på Score "abc" (grupp 1): "abc" vid tecken 1 är inte ett tal',
    );
  });

  it("shows a filter error under the expression box in Swedish, and in English as the domain wrote it", async () => {
    const error = await thrown(filterOn("Score", ">>5"));
    expect(enUS.filterErrors.describe(error)).toBe(error.message);
    expect(svSE.filterErrors.describe(error)).toBe(
      'Filter på Score ">>5" (grupp 1): oväntat ">" vid tecken 2, väntade ett värde',
    );
  });

  it("puts the Swedish text in the notice's detail, the English as it was", async () => {
    const error = await thrown(DOMAIN_ERRORS["sheet-name-reserved"]);
    expect(errorNotice(enUS, "Not exported", error)).toEqual({
      intent: "error",
      title: "Not exported",
      detail: error.message,
    });
    expect(errorNotice(svSE, "Inte exporterad", error)).toEqual({
      intent: "error",
      title: "Inte exporterad",
      detail: 'Bladnamnet "Segments" är namnet på ett av tilläggets egna blad; välj ett annat.',
    });
  });

  it("falls back to English for an error without params or with a key it does not know", () => {
    const rare = new DomainError(
      "Segment SM001 already has a line 10000 (added by hand?); renumber or delete it first.",
      "conflict",
    );
    expect(svSE.domainErrors.describe(rare)).toBe(rare.message);
    // Keys are typed, so only a message from outside the union (a plain DomainMessage) can carry an unknown one.
    const unknown = { message: "Something new.", params: { key: "something-new", segmentNo: "SM001" } };
    expect(svSE.domainErrors.describe(unknown)).toBe("Something new.");
    const otherWhat = new DomainError(
      "Segment SM001 already has 1 criteria action; more would be added after them.",
      "confirm",
      {
        key: "confirm-append",
        segmentNo: "SM001",
        actions: 1,
        what: "more",
      },
    );
    expect(svSE.domainErrors.describe(otherWhat)).toBe(otherWhat.message);
  });
});
