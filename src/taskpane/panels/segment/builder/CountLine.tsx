import { Body1, Caption1, Spinner } from "@fluentui/react-components";
import { NoticeBar } from "../../../components/NoticeBar";
import { useStrings } from "../../../i18n";
import type { StepCount } from "./runStep";
import { useStepBuilderStyles } from "./StepBuilder.styles";
import type { LiveCount } from "./useLiveCount";

/** "Adds 412 contacts · 23 excluded · 5 already in the segment", kept up to date while the user types. */
export function CountLine({ count, unfiltered }: { count: LiveCount; unfiltered: boolean }) {
  const text = useStrings().segment.builder;
  const styles = useStepBuilderStyles();
  const describe = (shown: StepCount) => (shown.kind === "add" ? text.addCount(shown) : text.removeCount(shown));
  if (count.status === "failed") return <NoticeBar notice={count.notice} />;
  return (
    <div className={styles.count} role="status" aria-live="polite" aria-atomic="true">
      {count.status === "counting" && (
        <>
          {count.previous && (
            <Body1 block className={styles.stale}>
              {describe(count.previous)}
            </Body1>
          )}
          <Spinner size="extra-tiny" label={text.counting} labelPosition="after" />
        </>
      )}
      {count.status === "invalid" && <Body1>{text.fixFilter}</Body1>}
      {count.status === "ready" && (
        <>
          <Body1 block data-testid="live-count">
            {describe(count.count)}
          </Body1>
          {count.count.makeUp && count.count.makeUp.total > 0 && (
            <Caption1 block className={styles.hint} data-testid="step-make-up">
              {text.stepMakeUp(count.count.kind, count.count.makeUp)}
            </Caption1>
          )}
          {count.count.unjudged.map(({ caption, count: n }) => (
            <Caption1 block key={caption} className={styles.hint} data-testid="unjudged-count">
              {text.unjudged(n, caption)}
            </Caption1>
          ))}
          {unfiltered && <Caption1 className={styles.hint}>{text.allContacts}</Caption1>}
        </>
      )}
    </div>
  );
}
