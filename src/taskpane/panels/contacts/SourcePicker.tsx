import { Dropdown, Field, Option, OptionGroup } from "@fluentui/react-components";
import type { ContactSources } from "../../../app/contactSourceChoice";
import { useStrings } from "../../i18n";

export interface SourcePickerProps {
  readonly sources?: ContactSources;
  /** The source shown as selected; none when nothing is in use (a placeholder asks for one). */
  readonly value?: string;
  readonly disabled: boolean;
  readonly onChoose: (name: string) => void;
}

/** The Contact source dropdown: the Excel tables, then the sheets, contacts may be read from. */
export function SourcePicker({ sources, value, disabled, onChoose }: SourcePickerProps) {
  const text = useStrings().contacts;
  const table = sources?.tables.find((t) => t.name === value);
  return (
    <Field label={text.sourceLabel}>
      <Dropdown
        size="small"
        placeholder={text.sourcePlaceholder}
        value={table ? text.tableOption(table.name, table.sheetName) : (value ?? "")}
        selectedOptions={value === undefined ? [] : [value]}
        disabled={disabled || !sources}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) onChoose(data.optionValue);
        }}
      >
        {sources && sources.tables.length > 0 && (
          <OptionGroup label={text.tablesGroup}>
            {sources.tables.map((t) => (
              <Option key={t.name} value={t.name}>
                {text.tableOption(t.name, t.sheetName)}
              </Option>
            ))}
          </OptionGroup>
        )}
        {sources && sources.sheets.length > 0 && (
          <OptionGroup label={text.sheetsGroup}>
            {sources.sheets.map((sheet) => (
              <Option key={sheet} value={sheet}>
                {sheet}
              </Option>
            ))}
          </OptionGroup>
        )}
      </Dropdown>
    </Field>
  );
}
