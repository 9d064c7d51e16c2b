import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n";
import { dateForm } from "../i18n/dateStrings";

export interface DateInputProps {
  readonly label: string;
  /** ISO yyyy-mm-dd, as the workbook holds it ("" for none). */
  readonly value: string;
  readonly disabled?: boolean;
  /** Said under the box instead of the date's form (why the box is locked). */
  readonly hint?: string;
  /**
   * A date the user finished typing (left the box or pressed Enter), as ISO; only called for a real, changed date.
   * Key the box by the saved date, so a new one replaces what was typed.
   */
  readonly onCommit: (iso: string) => void;
  /** Attributes for the Field (a marker to find it by). */
  readonly fieldProps?: Readonly<Record<string, string>>;
}

/**
 * A date box in the form of Office's display language, not the browser's (a type=date box follows the browser): it
 * shows and reads 12/2/2026 in English, 2026-12-02 in Swedish, and ISO in both. Text that is not a date stays in the
 * box with a message naming what is wrong, and nothing is saved; Esc puts back the saved date; the Up and Down
 * arrows move the date a day.
 */
export function DateInput({ label, value, disabled, hint, onCommit, fieldProps }: DateInputProps) {
  const strings = useStrings();
  const { dates, dateTexts } = strings;
  const form = dateForm(dateTexts, dates);
  const shown = dates.format(value);
  // What is typed and not yet saved; undefined shows the saved date.
  const [draft, setDraft] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const text = draft ?? shown;

  // The typed text stays until the saved date changes (the parent keys the box by it), so a question asked about
  // the change (update the lines?) and answered with Esc leaves it in the box.
  const commit = () => {
    if (draft === undefined || draft === shown) return;
    const parsed = dates.parse(draft);
    if ("problem" in parsed) return setProblem(dateTexts.problem(parsed.problem, dates, form));
    setProblem(undefined);
    if (parsed.iso !== value) onCommit(parsed.iso);
  };
  const moveDay = (by: number) => {
    const parsed = dates.parse(text);
    if ("problem" in parsed) return;
    const [y, m, d] = parsed.iso.split("-").map(Number);
    const next = new Date(Date.UTC(y, m - 1, d + by));
    const iso = next.toISOString().slice(0, 10);
    setProblem(undefined);
    setDraft(dates.format(iso));
  };

  return (
    <Field
      label={label}
      hint={problem ? undefined : (hint ?? `${form}. ${dateTexts.keys}`)}
      validationState={problem ? "error" : "none"}
      validationMessage={problem}
      {...fieldProps}
    >
      <Input
        disabled={disabled}
        value={text}
        autoComplete="off"
        onChange={(_, data) => {
          setDraft(data.value);
          if (problem) setProblem(undefined);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.currentTarget.blur();
          else if (event.key === "Escape" && (draft !== undefined || problem)) {
            // Only this box's edit is undone: Esc goes no further (it would close a dialog around it).
            event.stopPropagation();
            setDraft(undefined);
            setProblem(undefined);
          } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
            event.preventDefault();
            moveDay(event.key === "ArrowUp" ? 1 : -1);
          }
        }}
      />
    </Field>
  );
}
