import { Combobox, Option, OptionGroup } from "@fluentui/react-components";
import { useState } from "react";
import { foldCase } from "../../../../domain/text";
import { useStrings } from "../../../i18n";
import type { FieldChoice } from "./fieldChoices";
import { useStepBuilderStyles } from "./StepBuilder.styles";

export interface FieldPickerProps {
  readonly label: string;
  readonly describedBy?: string;
  readonly fields: readonly FieldChoice[];
  /** The chosen field's option value, or "" while none is chosen. */
  readonly selectedKey: string;
  /** What the box shows while the user is not typing: the chosen field's caption. */
  readonly shown: string;
  readonly labelOf: (choice: FieldChoice) => string;
  readonly onChoose: (choice: FieldChoice) => void;
}

/**
 * The field of a condition: a combobox under which the fields are listed, anchored to the box and as wide as it, in
 * their groups; typing part of a caption keeps the fields containing it (case ignored, plain text), and the arrow
 * keys and Enter or Tab choose one.
 */
export function FieldPicker({ label, describedBy, fields, selectedKey, shown, labelOf, onChoose }: FieldPickerProps) {
  const strings = useStrings();
  const text = strings.segment.builder;
  const styles = useStepBuilderStyles();
  /** What the user typed to find a field; undefined while not searching, so the box shows the chosen field. */
  const [query, setQuery] = useState<string>();
  const wanted = foldCase((query ?? "").trim());
  const matches = (choice: FieldChoice) => wanted === "" || foldCase(labelOf(choice)).includes(wanted);
  const groups = [
    { label: text.recognisedFields, choices: fields.filter((f) => f.table === "Contact" && f.field) },
    { label: text.otherHeaders, choices: fields.filter((f) => f.table === "Contact" && !f.field) },
    { label: text.entryFields, choices: fields.filter((f) => f.table === "Interaction Log") },
  ].map((group) => ({ ...group, choices: group.choices.filter(matches) }));
  const found = groups.some((group) => group.choices.length > 0);

  return (
    <Combobox
      className={styles.fieldPicker}
      aria-label={label}
      aria-describedby={describedBy}
      placeholder={text.fieldPlaceholder}
      value={query ?? shown}
      selectedOptions={selectedKey ? [selectedKey] : []}
      listbox={{ className: styles.fieldList }}
      onChange={(event) => setQuery(event.target.value)}
      onOpenChange={(_, data) => {
        if (!data.open) setQuery(undefined);
      }}
      onOptionSelect={(_, data) => {
        setQuery(undefined);
        const choice = fields.find((f) => f.key === data.optionValue);
        if (choice) onChoose(choice);
      }}
    >
      {groups.map(
        ({ label: groupLabel, choices }) =>
          choices.length > 0 && (
            <OptionGroup key={groupLabel} label={groupLabel}>
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
      {!found && (
        <Option value="" disabled text="">
          {text.noFieldMatches}
        </Option>
      )}
    </Combobox>
  );
}
