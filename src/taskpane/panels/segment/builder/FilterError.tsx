import { useStrings } from "../../../i18n";
import type { FilterProblem } from "./filterProblem";
import { useStepBuilderStyles } from "./StepBuilder.styles";

/** The error under an expression box, with the expression shown and the offending character marked. */
export function FilterError({ problem, expression }: { problem: FilterProblem; expression: string }) {
  const strings = useStrings();
  const styles = useStepBuilderStyles();
  const at = problem.position;
  const message = strings.filterErrors.describe(problem);
  if (at === undefined || at < 1) return <>{message}</>;
  return (
    <>
      {strings.segment.builder.errorAt(at)}{" "}
      <code className={styles.code}>
        {expression.slice(0, at - 1)}
        <mark className={styles.mark} data-testid="filter-error-mark">
          {expression.charAt(at - 1) || " "}
        </mark>
        {expression.slice(at)}
      </code>{" "}
      {message}
    </>
  );
}
