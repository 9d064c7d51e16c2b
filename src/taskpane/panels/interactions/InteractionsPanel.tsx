import { Subtitle1 } from "@fluentui/react-components";
import { useStrings } from "../../i18n";

export interface InteractionsPanelProps {
  /** Opens a segment in the Segments tab (after Reuse Segment). */
  readonly onOpenSegment: (segmentNo: string) => void;
}

/** The interaction log and the logged segments. Placeholder: the panel is being built. */
export function InteractionsPanel(_props: InteractionsPanelProps) {
  const strings = useStrings();
  return (
    <section aria-labelledby="interactions-title">
      <Subtitle1 as="h2" id="interactions-title">
        {strings.interactions.title}
      </Subtitle1>
    </section>
  );
}
