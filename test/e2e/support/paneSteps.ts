/** What a user does in the task pane, as steps the browser tests share. */
import type { FrameLocator, Page } from "playwright-core";
import type { Strings } from "../../../src/taskpane/i18n/strings";
import type { FieldId } from "../../../src/domain/contacts";

/** Creates a segment from the Segments list; the pane opens it. */
export async function createSegment(pane: FrameLocator, strings: Strings, description: string): Promise<void> {
  await pane.getByLabel(strings.segments.descriptionLabel).fill(description);
  await pane.getByRole("button", { name: strings.segments.create, exact: true }).click();
  await pane.getByRole("heading", { name: new RegExp(`· ${description}$`) }).waitFor();
}

/** A recognised contact field from the field picker (other option groups may hold a field of the same name). */
export async function chooseField(
  pane: FrameLocator,
  strings: Strings,
  field: FieldId,
  group = 1,
  condition = 1,
): Promise<void> {
  await pickField(pane, strings, strings.segment.builder.recognisedFields, strings.fields[field], group, condition);
}

/** A column of the contact sheet the add-in does not recognise, filterable by its header. */
export async function chooseHeader(
  pane: FrameLocator,
  strings: Strings,
  header: string,
  group = 1,
  condition = 1,
): Promise<void> {
  await pickField(pane, strings, strings.segment.builder.otherHeaders, header, group, condition);
}

async function pickField(
  pane: FrameLocator,
  strings: Strings,
  optionGroup: string,
  name: string,
  group: number,
  condition: number,
): Promise<void> {
  const text = strings.segment.builder;
  await pane.getByRole("combobox", { name: `${text.field} (${text.place(group, condition)})` }).click();
  await pane.getByRole("group", { name: optionGroup, exact: true }).getByRole("option", { name, exact: true }).click();
}

/** Sets a condition's operator menu to "BC expression", so the box takes a BC filter as typed (A*, JO|AH). */
export async function chooseExpressionMode(
  pane: FrameLocator,
  strings: Strings,
  group = 1,
  condition = 1,
): Promise<void> {
  const text = strings.segment.builder;
  await pane
    .getByRole("combobox", { name: `${text.operator} (${text.place(group, condition)})` })
    .selectOption("expression");
}

export function expressionBox(pane: FrameLocator, strings: Strings, group = 1, condition = 1) {
  const text = strings.segment.builder;
  return pane.getByRole("textbox", { name: `${text.expression} (${text.place(group, condition)})` });
}

export async function waitForCount(pane: FrameLocator, text: string): Promise<void> {
  await pane.getByTestId("live-count").getByText(text, { exact: true }).waitFor();
}

/** Types into a cell of the playground's grid through its formula bar, as a user would in Excel. */
export async function editCell(page: Page, sheet: string, cell: string, value: string): Promise<void> {
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  await page.locator(`[data-cell="${cell}"]`).click();
  await page.getByTestId("formula-bar").fill(value);
  await page.getByTestId("formula-bar").press("Enter");
}

/**
 * Starts recording in the pane's document: each input event, and each live count as it appears (a new element:
 * the count line is rebuilt after every "counting"), with performance.now() times.
 */
export const RECORD_COUNTS = () => {
  type Mark = { t: number; kind: "key" | "count"; text: string };
  const marks: Mark[] = [];
  (window as unknown as { __marks: Mark[] }).__marks = marks;
  document.addEventListener(
    "input",
    (event) => marks.push({ t: performance.now(), kind: "key", text: (event.target as HTMLInputElement).value }),
    true,
  );
  let last: Element | null = null;
  new MutationObserver(() => {
    const element = document.querySelector('[data-testid="live-count"]');
    if (element && element !== last)
      marks.push({ t: performance.now(), kind: "count", text: element.textContent ?? "" });
    last = element;
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
};

export interface Mark {
  readonly t: number;
  readonly kind: "key" | "count";
  readonly text: string;
}
