import {
  Body1,
  Button,
  Field,
  Input,
  Spinner,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import type { SegmentSummary } from "../../../app/segmentList";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { NoticeBar } from "../../components/NoticeBar";
import { useFocusOnArrival } from "../../components/useFocusOnArrival";
import { useStrings } from "../../i18n";
import type { Notice } from "../../notice";
import { useSegmentsPanelStyles } from "./SegmentsPanel.styles";
import { rowsOf, useSegments } from "./useSegments";

export interface SegmentsPanelProps {
  /** Opens a segment in the Segment panel. */
  readonly onOpen: (no: string) => void;
  /** Shown as the list opens, e.g. that a segment was just logged. */
  readonly notice?: Notice;
}

/** Every segment of the workbook with its lines and cost; create, open and delete. */
export function SegmentsPanel({ onOpen, notice }: SegmentsPanelProps) {
  const state = useSegments(onOpen, notice);
  const strings = useStrings();
  const text = strings.segments;
  const styles = useSegmentsPanelStyles();
  const { view, deleting } = state;
  useFocusOnArrival("segments-title", true);

  return (
    <section className={styles.root} aria-labelledby="segments-title">
      <div className={styles.titleRow}>
        <Subtitle1 as="h2" id="segments-title" className={styles.heading} tabIndex={-1}>
          {text.title}
        </Subtitle1>
        <Button appearance="subtle" size="small" onClick={state.reload} disabled={view.status === "loading"}>
          {text.refresh}
        </Button>
      </div>

      <form
        className={styles.create}
        aria-label={text.createHeading}
        onSubmit={(event) => {
          event.preventDefault();
          void state.create();
        }}
      >
        <Field label={text.descriptionLabel} hint={text.descriptionHint} className={styles.grow}>
          <Input
            className={styles.input}
            value={state.description}
            onChange={(_, data) => state.setDescription(data.value)}
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={state.creating || state.description.trim() === ""}>
          {state.creating ? text.creating : text.create}
        </Button>
      </form>
      {/* Under the form: what Create said, and what Delete or Log said of the list below it. */}
      <NoticeBar notice={state.notice} onDismiss={state.dismissNotice} />

      {view.status === "loading" && <Spinner size="small" label={text.loading} />}
      {view.status === "failed" && <NoticeBar notice={view.notice} />}
      {view.status === "ready" && view.segments.length === 0 && (
        <Body1 className={styles.secondary}>{text.empty}</Body1>
      )}
      {view.status === "ready" && view.segments.length > 0 && (
        <SegmentTable segments={view.segments} onOpen={onOpen} onDelete={state.askDelete} />
      )}

      <ConfirmDialog
        open={deleting !== undefined}
        title={deleting ? text.deleteTitle(deleting.no) : ""}
        busy={state.busyDeleting}
        destructive
        onCancel={state.cancelDelete}
        choices={[
          {
            label: state.busyDeleting ? text.deleting : text.deleteConfirm,
            onClick: () => void state.confirmDelete(),
            primary: true,
          },
        ]}
      >
        {deleting && (
          <>
            <Body1 block>{text.deleteBody(deleting.no, deleting.description)}</Body1>
            <Body1 block>
              {text.deleteRows({
                lines: deleting.lines,
                criteria: deleting.criteriaLines,
                history: deleting.historyRows,
                total: rowsOf(deleting),
              })}
            </Body1>
            <Body1 block>{text.deleteNote}</Body1>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}

interface SegmentTableProps {
  readonly segments: readonly SegmentSummary[];
  readonly onOpen: (no: string) => void;
  readonly onDelete: (segment: SegmentSummary) => void;
}

function SegmentTable({ segments, onOpen, onDelete }: SegmentTableProps) {
  const text = useStrings().segments;
  const styles = useSegmentsPanelStyles();
  return (
    <Table size="extra-small" aria-label={text.listLabel}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.columns.no}</TableHeaderCell>
          <TableHeaderCell>{text.columns.description}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{text.columns.lines}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{text.columns.cost}</TableHeaderCell>
          <TableHeaderCell>
            <span className={styles.secondary}>{text.columns.actions}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {segments.map((segment) => (
          <TableRow key={segment.no} className={styles.row}>
            <TableCell>
              <Button
                className={styles.open}
                appearance="transparent"
                size="small"
                aria-label={text.open(segment.no)}
                onClick={() => onOpen(segment.no)}
              >
                {segment.no}
              </Button>
            </TableCell>
            <TableCell className={styles.description}>{segment.description}</TableCell>
            <TableCell className={styles.number}>{text.count(segment.lines)}</TableCell>
            <TableCell className={styles.number}>{text.money(segment.cost)}</TableCell>
            <TableCell>
              <Button
                appearance="subtle"
                size="small"
                aria-label={text.remove(segment.no)}
                title={text.remove(segment.no)}
                icon={<DeleteRegular />}
                onClick={() => onDelete(segment)}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
