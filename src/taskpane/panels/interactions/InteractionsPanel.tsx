import { Body1, Button, Caption1, Spinner, Subtitle1, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { NoticeBar } from "../../components/NoticeBar";
import { useStrings } from "../../i18n";
import { CancelDialog } from "./CancelDialog";
import { EntriesFilterForm } from "./EntriesFilterForm";
import { EntriesTable } from "./EntriesTable";
import { EntriesTotals } from "./EntriesTotals";
import { InteractionsChart } from "./InteractionsChart";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";
import { LoggedSegmentsTable } from "./LoggedSegmentsTable";
import { ReuseDialog } from "./ReuseDialog";
import { useInteractionsPanel } from "./useInteractionsPanel";

export interface InteractionsPanelProps {
  /** Opens a segment in the Segments tab (after Reuse Segment). */
  readonly onOpenSegment: (segmentNo: string) => void;
}

/** The logged segments and the interaction log: filter, totals, cancel and uncancel, Reuse Segment. */
export function InteractionsPanel({ onOpenSegment }: InteractionsPanelProps) {
  const state = useInteractionsPanel(onOpenSegment);
  const strings = useStrings();
  const text = strings.interactions;
  const styles = useInteractionsPanelStyles();
  const { view, entries, cancel, reuse } = state;
  // Which list the last action came from: its message is shown there, next to the row the user acted on.
  const [origin, setOrigin] = useState<"logged" | "entries">("logged");
  const sectioned = view.status === "ready" && entries !== undefined && !state.empty;
  const notice = (
    <>
      <NoticeBar notice={state.notice} onDismiss={state.dismissNotice} />
      {state.offer && (
        <div>
          <Button appearance="primary" size="small" onClick={state.openOffer}>
            {text.reuse.open(state.offer)}
          </Button>
        </div>
      )}
    </>
  );

  return (
    <section className={styles.root} aria-labelledby="interactions-title">
      <div className={styles.titleRow}>
        <Subtitle1 as="h2" id="interactions-title" className={styles.heading}>
          {text.title}
        </Subtitle1>
        <div className={styles.titleEnd}>
          {view.status === "ready" && view.refreshing && <Spinner size="extra-tiny" label={text.refreshing} />}
          <Button appearance="subtle" size="small" onClick={state.reload} disabled={view.status === "loading"}>
            {text.refresh}
          </Button>
        </div>
      </div>

      {!sectioned && notice}

      {view.status === "loading" && <Spinner size="small" label={text.loading} />}
      {view.status === "failed" && (
        <>
          <NoticeBar notice={view.notice} />
          <div>
            <Button onClick={state.reload}>{strings.common.retry}</Button>
          </div>
        </>
      )}
      {view.status === "ready" && view.failure && <NoticeBar notice={view.failure} />}
      {state.empty && <Body1 className={styles.secondary}>{text.empty}</Body1>}

      {view.status === "ready" && entries && !state.empty && (
        <>
          <section className={styles.section} aria-labelledby="logged-title">
            <Subtitle2 as="h3" id="logged-title" className={styles.heading}>
              {text.logged.heading}
            </Subtitle2>
            {origin === "logged" && notice}
            {view.data.logged.length === 0 ? (
              <Body1 className={styles.secondary}>{text.empty}</Body1>
            ) : (
              <LoggedSegmentsTable
                logged={view.data.logged}
                onCancel={(subject, direction) => {
                  setOrigin("logged");
                  void cancel.ask(subject, direction);
                }}
                onReuse={(logged) => {
                  setOrigin("logged");
                  reuse.open(logged);
                }}
                onShowEntries={state.showEntries}
              />
            )}
          </section>

          <section className={styles.section} aria-labelledby="entries-title">
            <Subtitle2 as="h3" id="entries-title" className={styles.heading}>
              {text.entries.heading}
            </Subtitle2>
            <EntriesFilterForm
              draft={state.draft}
              logged={view.data.logged}
              filtered={state.filtered}
              showCanceled={state.showCanceled}
              onEdit={state.editDraft}
              onApply={state.applyDraft}
              onPickLogged={state.pickLogged}
              onClear={state.clearFilter}
              onShowCanceled={state.setShowCanceled}
            />
            {origin === "entries" && notice}
            {entries.total === 0 ? (
              <Body1 className={styles.secondary}>{text.entries.none}</Body1>
            ) : (
              <>
                <EntriesTable
                  view={entries}
                  onCancel={(subject, direction) => {
                    setOrigin("entries");
                    void cancel.ask(subject, direction);
                  }}
                />
                {entries.rows.length < entries.total && (
                  <Caption1 role="status" className={styles.secondary}>
                    {text.entries.capped(entries.rows.length, entries.total)}
                  </Caption1>
                )}
              </>
            )}
            {view.data.totals.all.count > 0 && <EntriesTotals totals={view.data.totals} />}
            <InteractionsChart entries={view.data.entries} />
          </section>
        </>
      )}

      <CancelDialog
        question={cancel.question}
        busy={cancel.busy}
        onConfirm={cancel.confirm}
        onDismiss={cancel.dismiss}
      />
      <ReuseDialog reuse={reuse} />
    </section>
  );
}
