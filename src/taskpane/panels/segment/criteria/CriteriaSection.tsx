import { memo } from "react";
import { Body1, Button, Dropdown, Field, Input, Option, Subtitle2 } from "@fluentui/react-components";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useStrings } from "../../../i18n";
import { useCriteriaSectionStyles } from "./CriteriaSection.styles";
import type { useCriteriaActions } from "./useCriteriaActions";

export interface CriteriaSectionProps {
  /** The criteria as readable lines (segmentCriteria's text). */
  readonly lines: readonly string[];
  readonly savedCodes: readonly { code: string; description: string }[];
  readonly actions: ReturnType<typeof useCriteriaActions>;
}

/** The segment's steps as readable lines, and Save / Reuse Criteria. */
function CriteriaSectionView({ lines, savedCodes, actions }: CriteriaSectionProps) {
  const text = useStrings().segment.criteria;
  const styles = useCriteriaSectionStyles();
  const labelOf = (code: string) => {
    const saved = savedCodes.find((s) => s.code === code);
    return saved?.description ? `${saved.code} · ${saved.description}` : code;
  };
  return (
    <div className={styles.root}>
      {lines.length === 0 ? (
        <Body1 className={styles.secondary}>{text.empty}</Body1>
      ) : (
        <ol className={styles.lines} aria-label={text.listLabel}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      )}

      <form
        className={styles.form}
        aria-label={text.saveHeading}
        onSubmit={(event) => {
          event.preventDefault();
          void actions.save();
        }}
      >
        <Subtitle2 as="h4" className={styles.heading}>
          {text.saveHeading}
        </Subtitle2>
        <Field label={text.saveCode} hint={text.saveCodeHint}>
          <Input value={actions.saveCode} onChange={(_, data) => actions.setSaveCode(data.value)} />
        </Field>
        <Field label={text.saveDescription}>
          <Input value={actions.saveDescription} onChange={(_, data) => actions.setSaveDescription(data.value)} />
        </Field>
        <div>
          <Button type="submit" disabled={actions.busy || lines.length === 0 || actions.saveCode.trim() === ""}>
            {text.save}
          </Button>
        </div>
      </form>

      <form
        className={styles.form}
        aria-label={text.reuseHeading}
        onSubmit={(event) => {
          event.preventDefault();
          actions.reuse();
        }}
      >
        <Subtitle2 as="h4" className={styles.heading}>
          {text.reuseHeading}
        </Subtitle2>
        {savedCodes.length === 0 ? (
          <Body1 className={styles.secondary}>{text.reuseNone}</Body1>
        ) : (
          <>
            <Field label={text.reuseCode}>
              <Dropdown
                value={actions.reuseCode ? labelOf(actions.reuseCode) : ""}
                selectedOptions={actions.reuseCode ? [actions.reuseCode] : []}
                onOptionSelect={(_, data) => data.optionValue !== undefined && actions.setReuseCode(data.optionValue)}
              >
                {savedCodes.map((saved) => (
                  <Option key={saved.code} value={saved.code} text={labelOf(saved.code)}>
                    {labelOf(saved.code)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <div>
              <Button type="submit" disabled={actions.busy || actions.reuseCode === ""}>
                {text.reuse}
              </Button>
            </div>
          </>
        )}
      </form>

      <ConfirmDialog
        open={actions.confirming}
        title={text.reuseConfirmTitle}
        busy={actions.busy}
        onCancel={actions.cancelReuse}
        choices={[{ label: text.reuseConfirm, onClick: actions.confirmReuse, primary: true }]}
      >
        <Body1>{text.reuseConfirmBody(actions.reuseCode)}</Body1>
      </ConfirmDialog>
    </div>
  );
}

/** Drawn again only when its own props change, not on each keystroke's count in the builder beside it. */
export const CriteriaSection = memo(CriteriaSectionView);
