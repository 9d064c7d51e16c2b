import { Button, Caption1, Dropdown, Field, Input, Option, OptionGroup, Select } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useStrings } from "../../../i18n";
import { choiceKey, type FieldChoice } from "./fieldChoices";
import type { FilterProblem } from "./filterProblem";
import { FilterError } from "./FilterError";
import { operatorsFor, VALUELESS, type ConditionMode } from "./operators";
import { conditionFilter, type ConditionDraft, type DraftChange } from "./stepDraft";
import { useStepBuilderStyles } from "./StepBuilder.styles";

export interface ConditionRowProps {
  readonly condition: ConditionDraft;
  /** 1-based, for labels: "Group 2, condition 1". */
  readonly groupNumber: number;
  readonly number: number;
  readonly fields: readonly FieldChoice[];
  readonly problem?: FilterProblem;
  readonly change: (change: DraftChange) => void;
}

/** Field · operator · expression, as one BC filter line: the operator menu writes the expression, which stays editable. */
export function ConditionRow({ condition, groupNumber, number, fields, problem, change }: ConditionRowProps) {
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
  const groups = [
    { label: text.recognisedFields, choices: fields.filter((f) => f.table === "Contact" && f.field) },
    { label: text.otherHeaders, choices: fields.filter((f) => f.table === "Contact" && !f.field) },
    { label: text.entryFields, choices: fields.filter((f) => f.table === "Interaction Log") },
  ];
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
    <div className={styles.condition} role="group" aria-label={place}>
      <div className={styles.fieldCell}>
        <Dropdown
          className={styles.fieldPicker}
          aria-label={`${text.field} (${place})`}
          aria-describedby={onEntries ? tableId : undefined}
          placeholder={text.fieldPlaceholder}
          value={selected ? labelOf(selected) : condition.field}
          selectedOptions={condition.field ? [key] : []}
          onOptionSelect={(_, data) => {
            const choice = fields.find((f) => f.key === data.optionValue);
            if (choice)
              change({
                type: "field",
                conditionId: condition.id,
                table: choice.table,
                field: choice.value,
                kind: choice.kind,
              });
          }}
        >
          {groups.map(
            ({ label, choices }) =>
              choices.length > 0 && (
                <OptionGroup key={label} label={label}>
                  {choices.map((choice) => (
                    <Option
                      key={choice.key}
                      value={choice.key}
                      aria-label={choice.entry ? text.entryOption(labelOf(choice)) : undefined}
                    >
                      {labelOf(choice)}
                    </Option>
                  ))}
                </OptionGroup>
              ),
          )}
        </Dropdown>
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
            className={styles.expressionInput}
            aria-label={`${text.expression} (${place})`}
            value={condition.value}
            onChange={(_, data) => change({ type: "value", conditionId: condition.id, value: data.value })}
          />
        </Field>
      )}
    </div>
  );
}
