import { useCallback, useState } from "react";
import { checkSheetName, exportMailingList } from "../../../../../app/exportMailingList";
import { useStrings } from "../../../../i18n";
import { errorNotice, successNotice, type Notice } from "../../../../notice";
import { useBookServices } from "../../../../services";
import { useGuardedAction } from "../../../../useGuardedAction";

/** Why Excel would refuse the name, in the use case's words; undefined when it is fine. */
function sheetNameProblem(name: string): string | undefined {
  try {
    checkSheetName(name);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Export mailing list (docs/decisions.md §D10) to a new sheet: the name checked as it is typed, the left-out counts after. */
export function useExportDialog(segmentNo: string, onDone: (notice: Notice) => void) {
  const { openBook, runContext } = useBookServices();
  const strings = useStrings();
  const text = strings.segmentActions.export;
  const [sheetName, setSheetName] = useState(() => text.defaultSheetName(segmentNo));
  const [emailOnly, setEmailOnly] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const { busy, run } = useGuardedAction();
  const nameProblem = sheetNameProblem(sheetName);

  const exportList = useCallback(async () => {
    await run(async () => {
      try {
        const result = await exportMailingList(await openBook(), runContext(), { segmentNo, emailOnly, sheetName });
        onDone(successNotice(text.done(result.segmentNo, result.sheetName ?? sheetName, result.counts)));
      } catch (error) {
        setNotice(errorNotice(strings, text.failed, error));
      }
    });
  }, [run, openBook, runContext, segmentNo, emailOnly, sheetName, onDone, strings, text]);

  return {
    sheetName,
    setSheetName,
    nameProblem,
    emailOnly,
    setEmailOnly,
    canExport: nameProblem === undefined,
    exportList: () => void exportList(),
    busy,
    notice,
    dismissNotice: () => setNotice(undefined),
  };
}
