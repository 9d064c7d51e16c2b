/** Driving the Segment panel as a user: open it, pick fields, type filters, let the debounced count run. */
import { act, fireEvent, screen } from "@testing-library/react";
import type { SegmentBook } from "../../../src/app/store/ports";
import type { BookServices, PreviewReads } from "../../../src/taskpane/services";
import type { Strings } from "../../../src/taskpane/i18n";
import { COUNT_DELAY_MS } from "../../../src/taskpane/panels/segment/builder/useLiveCount";
import { SegmentPanel } from "../../../src/taskpane/panels/segment/SegmentPanel";
import { renderPane } from "./pane";

export async function openSegment(
  options: {
    book?: SegmentBook;
    openBook?: () => Promise<SegmentBook>;
    strings?: Strings;
    segmentNo?: string;
    previews?: PreviewReads;
    selectCells?: BookServices["selectCells"];
  } = {},
) {
  const onClose = jest.fn();
  const onLogged = jest.fn();
  renderPane(
    <SegmentPanel segmentNo={options.segmentNo ?? "SEG00001"} onClose={onClose} onLogged={onLogged} />,
    options,
  );
  return { onClose, onLogged };
}

/** "group 1, condition 1" as the builder's labels say it. */
export const place = (group = 1, condition = 1) => `group ${group}, condition ${condition}`;

export async function chooseField(label: string, where = place()) {
  fireEvent.click(await screen.findByRole("combobox", { name: `Field (${where})` }));
  fireEvent.click(await screen.findByRole("option", { name: label }));
}

/** Types a BC filter expression: the operator menu is set to "BC expression" first, as a user writing one would. */
export function typeFilter(value: string, where = place()) {
  const operator = screen.getByRole("combobox", { name: `Operator (${where})` }) as HTMLSelectElement;
  if (operator.value !== "expression") fireEvent.change(operator, { target: { value: "expression" } });
  fireEvent.change(screen.getByRole("textbox", { name: `Filter (${where})` }), { target: { value } });
}

/** Types a value for the operator chosen (the expression is made from both). */
export function typeValue(value: string, where = place()) {
  fireEvent.change(screen.getByRole("textbox", { name: `Filter (${where})` }), { target: { value } });
}

/** Chooses an operator in a condition's operator menu. */
export function chooseOperator(operator: string, where = place()) {
  fireEvent.change(screen.getByRole("combobox", { name: `Operator (${where})` }), { target: { value: operator } });
}

/** Lets the debounce run out and the count's promises settle (fake timers). */
export async function settle() {
  await act(async () => {
    jest.advanceTimersByTime(COUNT_DELAY_MS);
  });
  for (let i = 0; i < 20; i++) await act(async () => {});
}

export const liveCount = () => screen.queryByTestId("live-count")?.textContent;
