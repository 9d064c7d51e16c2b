import { memo } from "react";
import { Body1, Button, Dropdown, Field, Input, Option, Subtitle2 } from "@fluentui/react-components";
import type { StepOptions, StepSpec } from "../../../../domain/segments/step";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useStrings } from "../../../i18n";
import { useCriteriaSectionStyles } from "./CriteriaSection.styles";
import type { useCriteriaActions } from "./useCriteriaActions";

export interface CriteriaSectionProps {
  /** The segment's steps, numbered here by step (conditions and OR groups are not numbered). */
  readonly steps: readonly StepSpec[];
  readonly savedCodes: readonly { code: string; description: string }[];
  readonly actions: ReturnType<typeof useCriteriaActions>;
}

/** The segment's steps as readable lines, and Save / Reuse Criteria. */
const FLAGS: readonly (keyof StepOptions)[] = [
  "allowExistingContacts",
  "expandCompanies",
  "allowRelatedCompanies",
  "ignoreExclusion",
  "entireCompanies",
];

function CriteriaSectionView({ steps, savedCodes, actions }: CriteriaSectionProps) {
  const strings = useStrings();
  const text = strings.segment.criteria;
  const lines = steps;
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
          {steps.map((step, i) => {
            const flags = FLAGS.filter((flag) => step.options[flag]).map(
              (flag) => strings.segment.builder.options[flag].label,
            );
            return (
              <li key={i} className={styles.step}>
                <span className={styles.action}>
                  {strings.segment.history.actionNames[step.action] ?? step.action}
                  {flags.length > 0 && ` (${flags.join(", ")})`}
                </span>
                {step.groups.length === 0 ? (
                  <span className={styles.secondary}>{text.allContacts}</span>
                ) : (
                  step.groups.map((group, g) => (
                    <span key={g} className={styles.group}>
                      {g > 0 && <span className={styles.or}>{text.or}</span>}
                      {group.map((condition, c) => (
                        <span key={c} className={styles.condition}>
                          {condition.table === "Interaction Log" && `${text.onEntries} `}
                          {condition.field}: <code className={styles.code}>{condition.filter}</code>
                        </span>
                      ))}
                    </span>
                  ))
                )}
              </li>
            );
          })}
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
