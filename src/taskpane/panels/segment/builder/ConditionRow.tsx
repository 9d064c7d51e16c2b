import { Button, Caption1, Field, Input, Select } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useDeferredValue, useId, useMemo, useRef, useState, type FocusEvent } from "react";
import { suggestValues, type ValueCounts } from "../../../../domain/segments/valueSuggestions";
import { foldCase } from "../../../../domain/text";
import { useStrings } from "../../../i18n";
import { choiceKey, type FieldChoice } from "./fieldChoices";
import type { FilterProblem } from "./filterProblem";
import { FieldPicker } from "./FieldPicker";
import { FilterError } from "./FilterError";
import { operatorsFor, VALUELESS, type ConditionMode } from "./operators";
import { conditionFilter, type ConditionDraft, type DraftChange } from "./stepDraft";
import { useStepBuilderStyles } from "./StepBuilder.styles";
import { ValueSuggestions } from "./ValueSuggestions";

/** Values suggested at a time: the most frequent that contain what is typed. */
export const SUGGESTIONS_SHOWN = 6;
/** Operators whose value is one value of the column: the others take ranges, lists or an expression. */
const SUGGESTING: ReadonlySet<ConditionMode> = new Set(["equals", "notEquals", "startsWith", "contains"]);

export interface ConditionRowProps {
  readonly condition: ConditionDraft;
  /** 1-based, for labels: "Group 2, condition 1". */
  readonly groupNumber: number;
  readonly number: number;
  readonly fields: readonly FieldChoice[];
  readonly problem?: FilterProblem;
  readonly change: (change: DraftChange) => void;
  /** The values of a contact field with their counts; absent, nothing is suggested. */
  readonly valueCounts?: (field: string) => ValueCounts;
}

/** Field · operator · expression, as one BC filter line: the operator menu writes the expression, which stays editable. */
export function ConditionRow({
  condition,
  groupNumber,
  number,
  fields,
  problem,
  change,
  valueCounts,
}: ConditionRowProps) {
  const strings = useStrings();
  const text = strings.segment.builder;
  const styles = useStepBuilderStyles();
  const tableId = useId();
  const place = text.place(groupNumber, number);
  const labelOf = (choice: FieldChoice) =>
    choice.entry ? text.entryCaptions[choice.entry] : choice.field ? strings.fields[choice.field] : choice.header;
  const key = choiceKey(condition.table, condition.field);
  const selected = fields.find((f) => f.key === key);
  const onEntries = condition.table === "Interaction Log";
  // Suggestions show while the user works on the row, or while its value is still to be given.
  const [focused, setFocused] = useState(false);
  const valueBox = useRef<HTMLInputElement>(null);
  const typed = condition.value.trim();
  const suggesting =
    SUGGESTING.has(condition.mode) && (focused || typed === "") && condition.table === "Contact" && !!condition.field;
  // A column's values are counted when it first suggests, and picking among 100,000 takes a pass: once per text,
  // in a render of its own after the one the click or key waits for (docs/decisions.md §D106).
  const askedField = useDeferredValue(suggesting ? condition.field : "");
  const askedText = useDeferredValue(typed);
  const picked = useMemo(
    () =>
      askedField && valueCounts
        ? suggestValues(valueCounts(askedField), askedText, SUGGESTIONS_SHOWN + 1)
            // The value already in the box is not offered again.
            .filter((entry) => foldCase(entry.value) !== foldCase(askedText))
            .slice(0, SUGGESTIONS_SHOWN)
        : [],
    [askedField, askedText, valueCounts],
  );
  // Until that render, another field's values are not shown.
  const suggestions = suggesting && askedField === condition.field ? picked : [];
  const current = condition.mode;
  const offered: readonly ConditionMode[] = [...operatorsFor(selected?.kind ?? "text"), "expression"];
  // An operator chosen before the field changed stays shown, even one the column refuses: the error below explains it.
  const operators = offered.includes(current) ? offered : [...offered, current];
  const hint =
    current === "expression"
      ? selected?.kind === "date" || selected?.kind === "boolean"
        ? text.valueHints[selected.kind]
        : text.expressionHint
      : (text.modeHints[current] ?? "");
  const expression = conditionFilter(condition);

  return (
    <div
      className={styles.condition}
      role="group"
      aria-label={place}
      onFocus={() => setFocused(true)}
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <div className={styles.fieldCell}>
        <FieldPicker
          label={`${text.field} (${place})`}
          describedBy={onEntries ? tableId : undefined}
          fields={fields}
          selectedKey={condition.field ? key : ""}
          shown={selected ? labelOf(selected) : condition.field}
          labelOf={labelOf}
          onChoose={(choice) =>
            change({
              type: "field",
              conditionId: condition.id,
              table: choice.table,
              field: choice.value,
              kind: choice.kind,
            })
          }
        />
        {onEntries && (
          <Caption1 id={tableId} className={styles.hint}>
            {text.onEntries}
          </Caption1>
        )}
      </div>
      {/* A native select, not a Menu: choosing an operator rewrites the expression, and Menu would cost 33 KiB. */}
      <Select
        className={styles.operator}
        aria-label={`${text.operator} (${place})`}
        value={current}
        onChange={(_, data) => change({ type: "mode", conditionId: condition.id, mode: data.value as ConditionMode })}
      >
        {operators.map((id) => (
          <option key={id} value={id}>
            {id === "expression" ? text.expressionMode : text.operators[id]}
          </option>
        ))}
      </Select>
      <Button
        className={styles.remove}
        appearance="subtle"
        aria-label={`${text.removeCondition(number)} (${place})`}
        icon={<DismissRegular />}
        onClick={() => change({ type: "removeCondition", conditionId: condition.id })}
      />
      {VALUELESS.has(current) ? (
        <div className={styles.expression} />
      ) : (
        <Field
          className={styles.expression}
          validationState={problem ? "error" : "none"}
          validationMessage={problem ? <FilterError problem={problem} expression={expression} /> : undefined}
          hint={hint || undefined}
        >
          <Input
            ref={valueBox}
            className={styles.expressionInput}
            aria-label={`${text.expression} (${place})`}
            value={condition.value}
            onChange={(_, data) => change({ type: "value", conditionId: condition.id, value: data.value })}
          />
        </Field>
      )}
      {!VALUELESS.has(current) && (
        <div className={styles.suggestionsCell}>
          <ValueSuggestions
            label={text.suggestionsLabel(selected ? labelOf(selected) : condition.field)}
            suggestions={suggestions}
            onChoose={(value) => {
              change({ type: "value", conditionId: condition.id, value });
              // The chosen button goes away: focus goes on to the box that now holds the value.
              valueBox.current?.focus();
            }}
          />
        </div>
      )}
    </div>
  );
}
