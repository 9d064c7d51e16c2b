import { Button, Dropdown, Field, Input, Option, OptionGroup, Select } from "@fluentui/react-components";
import { useStrings } from "../../../i18n";
import type { FieldChoice } from "./fieldChoices";
import type { FilterProblem } from "./filterProblem";
import { FilterError } from "./FilterError";
import { applyOperator, OPERATORS, operatorOf, type OperatorId } from "./operators";
import type { ConditionDraft, DraftChange } from "./stepDraft";
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
  const place = text.place(groupNumber, number);
  const labelOf = (choice: FieldChoice) => (choice.field ? strings.fields[choice.field] : choice.header);
  const selected = fields.find((f) => f.value === condition.field);
  const recognised = fields.filter((f) => f.field);
  const others = fields.filter((f) => !f.field);

  return (
    <div className={styles.condition} role="group" aria-label={place}>
      <Dropdown
        className={styles.fieldPicker}
        aria-label={`${text.field} (${place})`}
        placeholder={text.fieldPlaceholder}
        value={selected ? labelOf(selected) : condition.field}
        selectedOptions={condition.field ? [condition.field] : []}
        onOptionSelect={(_, data) => data.optionValue !== undefined && change({ type: "field", conditionId: condition.id, field: data.optionValue })}
      >
        {recognised.length > 0 && (
          <OptionGroup label={text.recognisedFields}>
            {recognised.map((choice) => (
              <Option key={choice.value} value={choice.value}>
                {labelOf(choice)}
              </Option>
            ))}
          </OptionGroup>
        )}
        {others.length > 0 && (
          <OptionGroup label={text.otherHeaders}>
            {others.map((choice) => (
              <Option key={choice.value} value={choice.value}>
                {choice.header}
              </Option>
            ))}
          </OptionGroup>
        )}
      </Dropdown>
      {/* A native select, not a Menu: choosing an operator rewrites the expression, and Menu would cost 33 KiB. */}
      <Select
        className={styles.operator}
        aria-label={`${text.operator} (${place})`}
        value={operatorOf(condition.filter)}
        onChange={(_, data) => change({ type: "filter", conditionId: condition.id, filter: applyOperator(data.value as OperatorId, condition.filter) })}
      >
        {OPERATORS.map((id) => (
          <option key={id} value={id}>
            {text.operators[id]}
          </option>
        ))}
      </Select>
      <Button
        className={styles.remove}
        appearance="subtle"
        aria-label={`${text.removeCondition(number)} (${place})`}
        onClick={() => change({ type: "removeCondition", conditionId: condition.id })}
      >
        ×
      </Button>
      <Field
        className={styles.expression}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ? <FilterError problem={problem} expression={condition.filter} /> : undefined}
      >
        <Input
          aria-label={`${text.expression} (${place})`}
          placeholder={text.expressionHint}
          title={text.expressionHint}
          value={condition.filter}
          onChange={(_, data) => change({ type: "filter", conditionId: condition.id, filter: data.value })}
        />
      </Field>
    </div>
  );
}
