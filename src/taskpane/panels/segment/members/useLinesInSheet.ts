import { useState } from "react";
import { segmentLineRows, type SegmentLineRows } from "../../../../app/segmentLineRows";
import { useStrings } from "../../../i18n";
import { errorNotice, type Notice } from "../../../notice";
import { useBookServices } from "../../../services";

/**
 * "Show in Segment Lines": selects the rows of the segment's lines on that sheet, read afresh on each click (the
 * user may have sorted it). Lines in more separate blocks than one Excel address holds are selected part by part,
 * the message beside the link saying how many are selected and offering the next part.
 */
export function useLinesInSheet(segmentNo: string) {
  const { openBook, selectCells } = useBookServices();
  const strings = useStrings();
  const text = strings.segment.members;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  const run = async (act: () => Promise<void>) => {
    setBusy(true);
    try {
      await act();
    } catch (error) {
      setNotice(errorNotice(strings, text.selectFailed, error));
    } finally {
      setBusy(false);
    }
  };

  const select = async (rows: SegmentLineRows, part: number): Promise<void> => {
    if (!selectCells || part >= rows.parts.length) return;
    await selectCells(rows.sheetName, rows.parts[part].address);
    if (rows.parts.length === 1) return setNotice(undefined);
    const through = rows.parts.slice(0, part + 1).reduce((sum, p) => sum + p.lines, 0);
    const next = rows.parts[part + 1];
    setNotice({
      intent: "info",
      title: text.partSelected(rows.parts[part].lines, through, rows.lines),
      detail: text.partReason,
      action: next
        ? { label: text.selectNext(next.lines), run: () => void run(() => select(rows, part + 1)) }
        : undefined,
    });
  };

  return {
    /** Undefined where the pane cannot select cells. */
    show: selectCells
      ? () => void run(async () => select(await segmentLineRows(await openBook(), segmentNo), 0))
      : undefined,
    busy,
    notice,
    dismiss: () => setNotice(undefined),
  };
}
