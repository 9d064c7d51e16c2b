import { Fragment } from "react";
import { useStrings } from "../../i18n";
import { useInteractionsPanelStyles } from "./InteractionsPanel.styles";

/**
 * A row's second line, "4 interactions · 11/25/2026 · Canceled": each part kept whole ("2026-11-25" never breaks at
 * its hyphens), the line breaking only between parts; Canceled in the warning colour. Blank parts are left out.
 */
export function Details({ parts, canceled }: { readonly parts: readonly string[]; readonly canceled: boolean }) {
  const styles = useInteractionsPanelStyles();
  const canceledText = useStrings().interactions.logged.canceledText;
  const shown = parts.filter((part) => part.trim() !== "");
  return (
    <span className={styles.secondaryLine}>
      {shown.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && " "}
          <span className={styles.nowrap}>{i < shown.length - 1 || canceled ? `${part} ·` : part}</span>
        </Fragment>
      ))}
      {canceled && (
        <>
          {shown.length > 0 && " "}
          <span className={styles.canceled}>{canceledText}</span>
        </>
      )}
    </span>
  );
}
