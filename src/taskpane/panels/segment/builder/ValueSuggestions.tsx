import { Button } from "@fluentui/react-components";
import type { ValueCount } from "../../../../domain/segments/valueSuggestions";
import { useStrings } from "../../../i18n";
import { useStepBuilderStyles } from "./StepBuilder.styles";

export interface ValueSuggestionsProps {
  readonly label: string;
  readonly suggestions: readonly ValueCount[];
  readonly onChoose: (value: string) => void;
}

/**
 * The column's most frequent values that contain what is typed, each with its number of contacts: one click (or
 * Enter or Space) puts the value in the box. Buttons rather than a combobox's list, so Enter in the box still
 * applies the step and Tab never replaces what was typed (docs/decisions.md §D41).
 */
export function ValueSuggestions({ label, suggestions, onChoose }: ValueSuggestionsProps) {
  const strings = useStrings();
  const text = strings.segment.builder;
  const styles = useStepBuilderStyles();
  const number = new Intl.NumberFormat(strings.locale);
  if (suggestions.length === 0) return null;
  return (
    <div className={styles.suggestions} role="group" aria-label={label} data-testid="value-suggestions">
      {suggestions.map(({ value, count }) => (
        <Button
          key={value}
          size="small"
          appearance="outline"
          className={styles.suggestion}
          aria-label={text.suggestion(value, count)}
          onClick={() => onChoose(value)}
        >
          <span className={styles.suggestionValue}>{value}</span>{" "}
          <span className={styles.suggestionCount}>{number.format(count)}</span>
        </Button>
      ))}
    </div>
  );
}
