import { Caption1 } from "@fluentui/react-components";
import { Fragment } from "react";
import { useStrings } from "../../../i18n";
import { choiceKey, type FieldChoice } from "./fieldChoices";
import { stepChips } from "./chipText";
import type { GroupDraft } from "./stepDraft";
import { useStepBuilderStyles } from "./StepBuilder.styles";

/** The step read back in plain words: "Name contains berg and City is Lund", "or" between groups. */
export function StepChips({ groups, fields }: { groups: readonly GroupDraft[]; fields: readonly FieldChoice[] }) {
  const strings = useStrings();
  const text = strings.segment.builder;
  const styles = useStepBuilderStyles();
  const captionOf = (table: string, field: string) => {
    const choice = fields.find((f) => f.key === choiceKey(table === "Contact" ? "Contact" : "Interaction Log", field));
    if (!choice) return field;
    if (choice.entry) return text.entryOption(text.entryCaptions[choice.entry]);
    return choice.field ? strings.fields[choice.field] : choice.header;
  };
  const chips = stepChips(groups, (c) => captionOf(c.table, c.field), {
    ...text.chipWords,
    operators: text.operators,
  });
  if (chips.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={text.chipsLabel} data-testid="step-chips">
      {chips.map((group, g) => (
        <li key={g} className={styles.chipGroup}>
          {g > 0 && <Caption1 className={styles.joiner}>{text.or}</Caption1>}
          {group.map((chip, c) => (
            <Fragment key={c}>
              {c > 0 && <Caption1 className={styles.joiner}>{text.and}</Caption1>}
              <Caption1 className={styles.chip}>{chip}</Caption1>
            </Fragment>
          ))}
        </li>
      ))}
    </ul>
  );
}
