import { Radio, RadioGroup } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { InteractionLogEntry } from "../../../domain/interactions/logEntry";
import { interactionsOverTime, type PeriodUnit } from "../../../domain/interactions/overTime";
import { BarChart } from "../../components/BarChart";
import { useStrings } from "../../i18n";
import { periodText } from "../../i18n/dateStrings";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

/** The chart's state: by month or by week, counted in the domain from the entries shown. */
function useInteractionsChart(entries: readonly InteractionLogEntry[]) {
  const [unit, setUnit] = useState<PeriodUnit>("month");
  const periods = useMemo(() => interactionsOverTime(entries, unit), [entries, unit]);
  const largest = periods.reduce((max, period) => Math.max(max, period.count), 0);
  return { unit, setUnit, periods, largest };
}

/** Interactions over time (entries not canceled), by month or week, each period's templates and total beside its bar. */
export function InteractionsChart({ entries }: { entries: readonly InteractionLogEntry[] }) {
  const strings = useStrings();
  const text = strings.interactions;
  const styles = useInteractionsPanelStyles();
  const chart = useInteractionsChart(entries);
  if (chart.periods.length === 0) return null;
  return (
    <div className={styles.section} data-testid="interactions-chart">
      <RadioGroup
        layout="horizontal"
        aria-label={text.chart.unitLabel}
        value={chart.unit}
        onChange={(_, data) => chart.setUnit(data.value as PeriodUnit)}
      >
        <Radio value="month" label={text.chart.month} />
        <Radio value="week" label={text.chart.week} />
      </RadioGroup>
      <BarChart
        title={text.chart.title}
        scale={chart.largest}
        bars={chart.periods.map((period) => ({
          label: `${periodText(strings.dateTexts, strings.dates, period.period)} · ${period.byTemplate.map((t) => `${t.code || text.totals.blankCode} ${text.format.number(t.count)}`).join(", ")}`,
          count: period.count,
          shown: text.format.number(period.count),
        }))}
      />
    </div>
  );
}
