import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useMembersStyles } from "./MembersSection.styles";

export interface Bar {
  readonly label: string;
  readonly count: number;
}

/** One breakdown as plain SVG bars in Fluent's colours, each with its label and number as text beside it. */
export function MakeUpChart({ title, bars, total }: { title: string; bars: readonly Bar[]; total: number }) {
  const styles = useMembersStyles();
  return (
    <section aria-label={title}>
      <Subtitle2 as="h4" className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.chart}>
        {bars.map((bar) => (
          <li key={bar.label} className={styles.bar}>
            <Caption1 className={styles.barLabel} title={bar.label}>
              {bar.label}
            </Caption1>
            <svg className={styles.barTrack} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className={styles.barRest} x="0" y="0" width="100" height="8" rx="2" />
              <rect className={styles.barFill} x="0" y="0" width={total === 0 ? 0 : (100 * bar.count) / total} height="8" rx="2" />
            </svg>
            <Caption1 className={styles.barNumber}>{bar.count}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
