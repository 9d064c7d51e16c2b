import { Button, Checkbox, Dropdown, Field, Input, Option } from "@fluentui/react-components";
import type { LoggedSegment } from "../../../domain/interactions/logEntry";
import { useStrings } from "../../i18n";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";
import type { FilterDraft } from "./useInteractionsPanel";

export interface EntriesFilterFormProps {
  readonly draft: FilterDraft;
  readonly logged: readonly LoggedSegment[];
  readonly filtered: boolean;
  readonly showCanceled: boolean;
  readonly onEdit: (change: Partial<FilterDraft>) => void;
  readonly onApply: () => void;
  readonly onPickLogged: (loggedEntryNo: number | undefined) => void;
  readonly onClear: () => void;
  readonly onShowCanceled: (show: boolean) => void;
}

const ALL = "";

/** What the closed dropdown reads: the picked logged segment, "All", or a number no longer listed. */
function pickedLabel(
  text: ReturnType<typeof useStrings>["interactions"]["entries"],
  logged: readonly LoggedSegment[],
  entryNo: number | undefined,
): string {
  if (entryNo === undefined) return text.allLogged;
  const picked = logged.find((l) => l.entryNo === entryNo);
  return picked ? text.loggedOption(picked.entryNo, picked.segmentNo, picked.description) : String(entryNo);
}

/** Logged segment, Segment No. and Contact No. (Enter or Filter applies them), and whether canceled entries show. */
export function EntriesFilterForm(props: EntriesFilterFormProps) {
  const { draft, logged } = props;
  const text = useStrings().interactions.entries;
  const styles = useInteractionsPanelStyles();
  return (
    <form
      className={styles.filter}
      aria-label={text.filterLabel}
      onSubmit={(event) => {
        event.preventDefault();
        props.onApply();
      }}
    >
      <Field label={text.loggedSegment} className={styles.field}>
        <Dropdown
          size="small"
          className={styles.fill}
          value={pickedLabel(text, logged, draft.loggedEntryNo)}
          selectedOptions={[draft.loggedEntryNo === undefined ? ALL : String(draft.loggedEntryNo)]}
          onOptionSelect={(_, data) => props.onPickLogged(data.optionValue ? Number(data.optionValue) : undefined)}
        >
          <Option value={ALL}>{text.allLogged}</Option>
          {logged.map((l) => (
            <Option key={l.entryNo} value={String(l.entryNo)}>
              {text.loggedOption(l.entryNo, l.segmentNo, l.description)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.filterRow}>
        <Field label={text.segmentNo} className={styles.field}>
          <Input
            size="small"
            className={styles.fill}
            value={draft.segmentNo}
            onChange={(_, data) => props.onEdit({ segmentNo: data.value })}
          />
        </Field>
        <Field label={text.contactNo} className={styles.field}>
          <Input
            size="small"
            className={styles.fill}
            value={draft.contactNo}
            onChange={(_, data) => props.onEdit({ contactNo: data.value })}
          />
        </Field>
      </div>
      <div className={styles.buttons}>
        <Button type="submit" size="small" appearance="primary">
          {text.apply}
        </Button>
        {props.filtered && (
          <Button size="small" onClick={props.onClear}>
            {text.clear}
          </Button>
        )}
      </div>
      <Checkbox
        label={text.showCanceled}
        checked={props.showCanceled}
        onChange={(_, data) => props.onShowCanceled(data.checked === true)}
      />
    </form>
  );
}
