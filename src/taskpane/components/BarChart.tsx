import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  heading: { margin: 0 },
  chart: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  // Label | bar | number: the number is text beside the bar, so a screen reader reads it and nothing hides it.
  bar: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: { width: "100%", height: "8px", display: "block" },
  fill: { fill: tokens.colorBrandBackground },
  rest: { fill: tokens.colorNeutralBackground4 },
  number: { fontVariantNumeric: "tabular-nums", textAlign: "end" },
});

export interface Bar {
  readonly label: string;
  readonly count: number;
  /** The number as shown, in the user's locale. */
  readonly shown?: string;
}

/**
 * A small chart as plain SVG bars in Fluent's colours (no charting library: a few rectangles cost nothing), each
 * with its label and number as text beside it. `scale` is the count a full bar stands for.
 */
export function BarChart({ title, bars, scale }: { title: string; bars: readonly Bar[]; scale: number }) {
  const styles = useStyles();
  return (
    <section aria-label={title}>
      <Subtitle2 as="h4" className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.chart}>
        {bars.map((bar) => (
          <li key={bar.label} className={styles.bar}>
            <Caption1 className={styles.label} title={bar.label}>
              {bar.label}
            </Caption1>
            <svg
              className={styles.track}
              viewBox="0 0 100 8"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect className={styles.rest} x="0" y="0" width="100" height="8" rx="2" />
              <rect
                className={styles.fill}
                x="0"
                y="0"
                width={scale === 0 ? 0 : (100 * bar.count) / scale}
                height="8"
                rx="2"
              />
            </svg>
            <Caption1 className={styles.number}>{bar.shown ?? bar.count}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
