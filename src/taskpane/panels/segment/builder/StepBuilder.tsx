import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  InfoLabel,
  Radio,
  RadioGroup,
  Spinner,
  type LabelProps,
} from "@fluentui/react-components";
import { Fragment } from "react";
import type { ValueCounts } from "../../../../domain/segments/valueSuggestions";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { NoticeBar } from "../../../components/NoticeBar";
import { useStrings } from "../../../i18n";
import type { StepKind } from "../../../../domain/segments/step";
import type { Notice } from "../../../notice";
import { ConditionRow } from "./ConditionRow";
import { CountLine } from "./CountLine";
import type { FieldChoice } from "./fieldChoices";
import { optionsFor } from "./stepDraft";
import { StepChips } from "./StepChips";
import { useStepBuilderStyles } from "./StepBuilder.styles";
import type { useStepBuilder } from "./useStepBuilder";

export interface StepBuilderProps {
  readonly builder: ReturnType<typeof useStepBuilder>;
  readonly fields?: readonly FieldChoice[];
  readonly fieldsNotice?: Notice;
  /** Reads the contact sheet again, once the user has fixed what fieldsNotice says. */
  readonly onReload: () => void;
  /** Another act on the segment is running: the step waits. */
  readonly busy: boolean;
  /** The last step's result (with Undo), shown by the button that applied it. */
  readonly notice?: Notice;
  readonly onDismissNotice: () => void;
  /** The values of a contact field with their counts, for the value boxes' suggestions. */
  readonly valueCounts?: (field: string) => ValueCounts;
}

const KINDS: readonly StepKind[] = ["add", "reduce", "refine"];

/** The next step: kind, OR groups of conditions, options, the live count and the button that applies it (Enter too). */
export function StepBuilder({
  builder,
  busy,
  fields,
  fieldsNotice,
  onReload,
  notice,
  onDismissNotice,
  valueCounts,
}: StepBuilderProps) {
  const strings = useStrings();
  const text = strings.segment.builder;
  const styles = useStepBuilderStyles();
  const { draft, change, count, problem, request } = builder;

  if (!fields && !fieldsNotice) return <Spinner size="tiny" label={text.loadingFields} />;
  if (!fields) {
    return (
      <div className={styles.root}>
        <NoticeBar notice={fieldsNotice} />
        <div>
          <Button onClick={onReload}>{strings.segment.reload}</Button>
        </div>
      </div>
    );
  }

  return (
    <form
      className={styles.root}
      aria-label={text.title}
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void builder.apply();
      }}
    >
      <RadioGroup
        layout="horizontal"
        aria-label={text.kindLabel}
        value={draft.kind}
        onChange={(_, data) => builder.chooseKind(data.value as StepKind)}
      >
        {KINDS.map((kind) => (
          <Radio key={kind} value={kind} label={text.kinds[kind]} />
        ))}
      </RadioGroup>
      <Caption1 className={styles.hint}>{text.kindHints[draft.kind]}</Caption1>

      {draft.groups.map((group, g) => (
        <Fragment key={group.id}>
          {g > 0 && <Caption1 className={styles.orJoiner}>{text.or}</Caption1>}
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{text.group(g + 1)}</legend>
            {group.conditions.map((condition, c) => (
              <Fragment key={condition.id}>
                {c > 0 && <Caption1 className={styles.joiner}>{text.and}</Caption1>}
                <ConditionRow
                  condition={condition}
                  groupNumber={g + 1}
                  number={c + 1}
                  fields={fields}
                  problem={problem?.conditionId === condition.id ? problem : undefined}
                  change={change}
                  valueCounts={valueCounts}
                />
              </Fragment>
            ))}
            {group.conditions.some((condition) => condition.table === "Interaction Log") && (
              <Caption1 className={styles.hint}>{text.entryNote}</Caption1>
            )}
            <div className={styles.row}>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => change({ type: "addCondition", groupId: group.id })}
              >
                {text.addCondition}
              </Button>
              {draft.groups.length > 1 && (
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => change({ type: "removeGroup", groupId: group.id })}
                >
                  {text.removeGroup(g + 1)}
                </Button>
              )}
            </div>
          </fieldset>
        </Fragment>
      ))}
      <div className={styles.row}>
        <Button size="small" onClick={() => change({ type: "addGroup" })}>
          {text.addGroup}
        </Button>
        <Caption1 className={styles.hint}>{text.orNote}</Caption1>
      </div>

      <StepChips groups={draft.groups} fields={fields} />

      <div className={styles.options} role="group" aria-label={text.optionsLabel}>
        {optionsFor(draft.kind).map((option) => (
          <Checkbox
            key={option}
            checked={draft.options[option]}
            onChange={(_, data) => change({ type: "option", option, value: data.checked === true })}
            label={{
              children: (_: unknown, props: LabelProps) => (
                <>
                  {/* The info button is named after its option, not Fluent's generic "information". */}
                  <InfoLabel
                    {...props}
                    info={text.options[option].hint}
                    infoButton={{ "aria-labelledby": `option-info-${option}` }}
                  >
                    {text.options[option].label}
                  </InfoLabel>
                  <span id={`option-info-${option}`} hidden>
                    {text.aboutOption(text.options[option].label)}
                  </span>
                </>
              ),
            }}
          />
        ))}
      </div>

      <NoticeBar notice={notice} onDismiss={onDismissNotice} />
      {/* The count and the step's button stay in view while a long step is edited above them. */}
      <div className={styles.footer}>
        <CountLine count={count} unfiltered={request.groups.length === 0} />
        <div>
          <Button type="submit" appearance="primary" disabled={busy}>
            {builder.applying ? text.applying : text.apply[draft.kind]}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={builder.pendingKind !== undefined}
        title={builder.pendingKind ? text.switchKindTitle(text.kinds[builder.pendingKind]) : ""}
        onCancel={builder.dismissKind}
        choices={
          builder.pendingKind
            ? [
                {
                  label: text.switchKindConfirm(text.kinds[builder.pendingKind]),
                  onClick: builder.confirmKind,
                  primary: true,
                },
              ]
            : []
        }
      >
        <Body1>{text.switchKindBody(text.kinds[draft.kind])}</Body1>
      </ConfirmDialog>
      <ConfirmDialog
        open={builder.removesAll !== undefined}
        title={text.removeAllTitle}
        busy={builder.applying}
        destructive
        onCancel={builder.dismissRemoveAll}
        choices={[{ label: text.apply[draft.kind], onClick: builder.confirmRemoveAll, primary: true }]}
      >
        <Body1>{text.removeAllBody(builder.removesAll ?? 0)}</Body1>
      </ConfirmDialog>
    </form>
  );
}
