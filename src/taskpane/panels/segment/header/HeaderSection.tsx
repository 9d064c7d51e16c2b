import { memo, useEffect } from "react";
import { Body1 } from "@fluentui/react-components";
import type { SegmentRow } from "../../../../app/store/segmentRecords";
import type { InteractionTemplate } from "../../../../domain/interactions/template";
import { HEADER_FIELDS, type HeaderFieldId } from "../../../../domain/segments/headerFields";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { useStrings } from "../../../i18n";
import { HeaderFieldInput } from "./HeaderFieldInput";
import { focusHeaderField } from "./headerFocus";
import { useHeaderSectionStyles } from "./HeaderSection.styles";
import type { useHeaderEditor } from "./useHeaderEditor";

export interface HeaderSectionProps {
  readonly header: SegmentRow;
  readonly templates: readonly InteractionTemplate[];
  readonly editor: ReturnType<typeof useHeaderEditor>;
  readonly version: number;
  /** A field to put focus in as soon as it is drawn (the readiness line's "Choose template"). */
  readonly focusField?: HeaderFieldId;
  readonly onFocused?: () => void;
}

/** The header fields in BC's order, and BC's update-lines question when a change would reach the lines. */
function HeaderSectionView({ header, templates, editor, version, focusField, onFocused }: HeaderSectionProps) {
  const text = useStrings().segment.header;
  const styles = useHeaderSectionStyles();
  const { question } = editor;
  useEffect(() => {
    if (focusField && focusHeaderField(focusField)) onFocused?.();
  }, [focusField, onFocused]);
  return (
    <div className={styles.root}>
      {HEADER_FIELDS.map((spec) => (
        <HeaderFieldInput
          key={spec.id}
          spec={spec}
          header={header}
          templates={templates}
          disabled={editor.saving}
          version={version}
          onChange={editor.change}
        />
      ))}
      <ConfirmDialog
        open={question !== undefined}
        title={text.updateLinesTitle}
        busy={editor.saving}
        onCancel={editor.cancel}
        choices={[
          { label: text.updateLinesYes, onClick: () => editor.answer("yes"), primary: true },
          { label: text.updateLinesNo, onClick: () => editor.answer("no") },
        ]}
      >
        {question && <Body1>{text.updateLinesBody(question.lineCount, text.fields[question.field])}</Body1>}
      </ConfirmDialog>
    </div>
  );
}

/** Drawn again only when its own props change, not on each keystroke's count in the builder beside it. */
export const HeaderSection = memo(HeaderSectionView);
