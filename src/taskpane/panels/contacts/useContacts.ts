import { useCallback, useEffect, useState } from "react";
import { buildContactTable, ContactTableError, type Problem } from "../../../domain/contacts";
import { useOptionalBookServices } from "../../services";
import type { ContactSheetLoader } from "../../../workbook/excel/readContactSheet";
import { invalidView, placeAddress, readyView, type ContactsView } from "./contactsModel";

/**
 * State of the Contacts panel: reads the sheet with the injected loader (office-js in Excel, a fake in tests),
 * builds the contact table and keeps what the panel shows. reload() reads again.
 */
export function useContacts(load: ContactSheetLoader): { view: ContactsView; reload: () => void; goTo?: (problem: Problem) => void; goToFailed?: string } {
  const [view, setView] = useState<ContactsView>({ status: "loading" });
  const selectCells = useOptionalBookServices()?.selectCells;
  const [goToFailed, setGoToFailed] = useState<string>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setView({ status: "loading" });
    load()
      .then((input) => {
        try {
          const { table, warnings } = buildContactTable(input);
          return readyView(table, warnings);
        } catch (error) {
          if (error instanceof ContactTableError) return invalidView(input.sheetName, [...error.problems, ...error.warnings]);
          throw error;
        }
      })
      .catch((error: unknown): ContactsView => ({ status: "failed", message: error instanceof Error ? error.message : String(error) }))
      .then((next) => {
        if (current) setView(next);
      });
    return () => {
      current = false;
    };
  }, [load, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // Takes the user to the problem's cells; a sheet renamed since the read is said, not swallowed.
  const goTo = useCallback(
    (problem: Problem) => {
      const address = placeAddress(problem.row, problem.columnLetter);
      if (!selectCells || !address) return;
      setGoToFailed(undefined);
      selectCells(problem.sheet, address).catch((error: unknown) => setGoToFailed(error instanceof Error ? error.message : String(error)));
    },
    [selectCells],
  );
  return { view, reload, goTo: selectCells ? goTo : undefined, goToFailed };
}
