import { Body1, Button } from "@fluentui/react-components";
import { CheckmarkCircleRegular, InfoRegular } from "@fluentui/react-icons";
import type { ReadinessGap } from "../../../../domain/interactions/logReadiness";
import type { HeaderFieldId } from "../../../../domain/segments/headerFields";
import { useStrings } from "../../../i18n";
import { useReadinessStyles } from "./ReadinessLine.styles";

/** The header field that fixes a gap; adding lines is the builder's job, right below. */
export const FIELD_OF_GAP: Readonly<Partial<Record<ReadinessGap, HeaderFieldId>>> = {
  template: "interactionTemplateCode",
  salesperson: "salespersonCode",
  description: "description",
};

export interface ReadinessLineProps {
  readonly gaps: readonly ReadinessGap[];
  /** Opens the Header section with focus in the field. */
  readonly onFix: (field: HeaderFieldId) => void;
}

/** "Ready to log", or what is still missing with a button that opens the field to fill. */
export function ReadinessLine({ gaps, onFix }: ReadinessLineProps) {
  const text = useStrings().segment.readiness;
  const styles = useReadinessStyles();
  const fixable = gaps.find((gap) => FIELD_OF_GAP[gap] !== undefined);
  return (
    <div className={styles.root}>
      <div role="status" data-testid="readiness">
        {gaps.length === 0 ? (
          <Body1 className={styles.ready}>
            <CheckmarkCircleRegular aria-hidden="true" />
            {text.ready}
          </Body1>
        ) : (
          <Body1 className={styles.missing}>
            <InfoRegular aria-hidden="true" />
            {text.missing(gaps)}
          </Body1>
        )}
      </div>
      {fixable && (
        <Button size="small" appearance="secondary" onClick={() => onFix(FIELD_OF_GAP[fixable]!)}>
          {text.fix[fixable as Exclude<ReadinessGap, "lines">]}
        </Button>
      )}
    </div>
  );
}
