import { Checkbox, Dropdown, Field, Input, Option } from "@fluentui/react-components";
import type { SegmentRow } from "../../../../app/store/segmentRecords";
import type { InteractionTemplate } from "../../../../domain/interactions/template";
import type { HeaderFieldId, HeaderFieldSpec } from "../../../../domain/segments/headerFields";
import { DateInput } from "../../../components/DateInput";
import { useStrings } from "../../../i18n";
import { HEADER_FIELD_ATTRIBUTE } from "./headerFocus";
import { disabledReason } from "./headerRules";

export interface HeaderFieldInputProps {
  readonly spec: HeaderFieldSpec;
  readonly header: SegmentRow;
  readonly templates: readonly InteractionTemplate[];
  readonly disabled: boolean;
  /** Changes each time the segment is read again, so the boxes drop what was typed and show the sheet. */
  readonly version: number;
  readonly onChange: (field: HeaderFieldId, value: string | boolean) => void;
}

/** One header field, in the control its kind calls for; text boxes save when left or on Enter, as BC's page does. */
export function HeaderFieldInput({ spec, header, templates, disabled, version, onChange }: HeaderFieldInputProps) {
  const strings = useStrings();
  const text = strings.segment.header;
  const label = text.fields[spec.id];
  const value = header[spec.id];
  const reason = disabledReason(header, spec.id);
  const hint = reason ? text.disabled[reason] : undefined;
  const locked = disabled || reason !== undefined;
  const marker = { [HEADER_FIELD_ATTRIBUTE]: spec.id };

  if (spec.id === "interactionTemplateCode") {
    const code = String(value);
    const template = templates.find((t) => t.code === code);
    return (
      <Field label={label} {...marker}>
        <Dropdown
          disabled={disabled}
          value={code === "" ? text.noTemplate : template ? `${code} · ${template.description}` : code}
          selectedOptions={[code]}
          onOptionSelect={(_, data) =>
            data.optionValue !== undefined && data.optionValue !== code && onChange(spec.id, data.optionValue)
          }
        >
          <Option value="">{text.noTemplate}</Option>
          {templates.map((t) => (
            <Option key={t.code} value={t.code} text={`${t.code} · ${t.description}`}>
              {`${t.code} · ${t.description}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  }
  if (spec.kind === "boolean") {
    return (
      <Field hint={hint} {...marker}>
        <Checkbox
          label={label}
          disabled={locked}
          checked={value === true}
          onChange={(_, data) => onChange(spec.id, data.checked === true)}
        />
      </Field>
    );
  }
  if (spec.kind === "choice") {
    const choice = String(value);
    return (
      <Field label={label} hint={hint} {...marker}>
        <Dropdown
          disabled={locked}
          value={text.choices[choice] ?? choice}
          selectedOptions={[choice]}
          onOptionSelect={(_, data) =>
            data.optionValue !== undefined && data.optionValue !== choice && onChange(spec.id, data.optionValue)
          }
        >
          {(spec.choices ?? []).map((c) => (
            <Option key={c} value={c} text={text.choices[c] ?? c}>
              {text.choices[c] ?? c}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  }
  if (spec.kind === "date") {
    const iso = String(value);
    return (
      <DateInput
        key={`${version}:${iso}`}
        label={label}
        value={iso}
        hint={hint}
        disabled={locked}
        onCommit={(next) => onChange(spec.id, next)}
        fieldProps={marker}
      />
    );
  }
  // Numbers are shown with the user's decimal separator; the domain reads both.
  const shown =
    spec.kind === "number"
      ? new Intl.NumberFormat(strings.locale, { useGrouping: false, maximumFractionDigits: 6 }).format(Number(value))
      : String(value);
  return (
    <Field label={label} hint={hint} {...marker}>
      <Input
        // A new saved value (or a refused one) resets the box to what the sheet holds.
        key={`${version}:${shown}`}
        inputMode={spec.kind === "number" ? "decimal" : undefined}
        disabled={locked}
        defaultValue={shown}
        onBlur={(event) => event.currentTarget.value !== shown && onChange(spec.id, event.currentTarget.value)}
        onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
      />
    </Field>
  );
}
