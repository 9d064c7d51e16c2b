import {
  Body1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Spinner,
} from "@fluentui/react-components";
import { ActionDialog } from "../../components/ActionDialog";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { NoticeBar } from "../../components/NoticeBar";
import { useStrings } from "../../i18n";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";
import type { useReuseFlow } from "./useReuseFlow";

export interface ReuseDialogProps {
  readonly reuse: ReturnType<typeof useReuseFlow>;
}

/** Reuse Segment: into a new or an existing segment, with or without canceled entries and excluded contacts. */
export function ReuseDialog({ reuse }: ReuseDialogProps) {
  const strings = useStrings();
  const text = strings.interactions.reuse;
  const styles = useInteractionsPanelStyles();
  const { form, choices, busy } = reuse;
  const segments = choices.status === "ready" ? choices.segments : [];
  const chosen = segments.find((s) => s.no === form?.segmentNo);
  return (
    <>
      {form?.stage === "form" && (
        <ActionDialog
          title={text.title(form.logged.entryNo)}
          confirm={{ label: busy ? text.working : text.confirm, disabled: !reuse.ready }}
          onConfirm={reuse.submit}
          busy={busy}
          onClose={reuse.dismiss}
        >
          <Body1 block>{text.intro(form.logged.segmentNo, form.logged.noOfInteractions)}</Body1>
          <Field label={text.into}>
            <RadioGroup
              value={form.into}
              onChange={(_, data) => reuse.update({ into: data.value === "existing" ? "existing" : "new" })}
            >
              <Radio value="new" label={text.newSegment} />
              <Radio value="existing" label={text.existingSegment} disabled={segments.length === 0} />
            </RadioGroup>
          </Field>
          {choices.status === "loading" && <Spinner size="tiny" label={text.loadingSegments} />}
          {choices.status === "failed" && <NoticeBar notice={choices.notice} />}
          {choices.status === "ready" && segments.length === 0 && (
            <Body1 className={styles.secondary}>{text.noSegments}</Body1>
          )}
          {form.into === "new" ? (
            <Field label={text.description} required>
              <Input value={form.description} onChange={(_, data) => reuse.update({ description: data.value })} />
            </Field>
          ) : (
            <Field label={text.segment} required>
              <Dropdown
                placeholder={text.segmentPlaceholder}
                value={chosen ? text.segmentOption(chosen.no, chosen.description) : ""}
                selectedOptions={form.segmentNo ? [form.segmentNo] : []}
                onOptionSelect={(_, data) => reuse.update({ segmentNo: data.optionValue ?? "" })}
              >
                {segments.map((s) => (
                  <Option key={s.no} value={s.no}>
                    {text.segmentOption(s.no, s.description)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <Field hint={text.includeCanceled.hint}>
            <Checkbox
              label={text.includeCanceled.label}
              checked={form.includeCanceled}
              onChange={(_, data) => reuse.update({ includeCanceled: data.checked === true })}
            />
          </Field>
          <Field hint={text.includeExcluded.hint}>
            <Checkbox
              label={text.includeExcluded.label}
              checked={form.includeExcluded}
              onChange={(_, data) => reuse.update({ includeExcluded: data.checked === true })}
            />
          </Field>
        </ActionDialog>
      )}
      <ConfirmDialog
        open={form?.stage === "steps"}
        title={text.stepsTitle}
        busy={busy}
        onCancel={reuse.dismiss}
        choices={[{ label: busy ? text.working : text.stepsConfirm, onClick: reuse.confirmSteps, primary: true }]}
      >
        <Body1 block>{form ? text.stepsBody(form.segmentNo) : ""}</Body1>
      </ConfirmDialog>
    </>
  );
}
