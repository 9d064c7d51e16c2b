import { useCallback, useEffect, useState } from "react";
import { buildContactTable, ContactTableError } from "../../../domain/contacts";
import type { ContactSheetLoader } from "../../../workbook/excel/readContactSheet";
import { invalidView, readyView, type ContactsView } from "./contactsModel";

/**
 * State of the Contacts panel: reads the sheet with the injected loader (office-js in Excel, a fake in tests),
 * builds the contact table and keeps what the panel shows. reload() reads again.
 */
export function useContacts(load: ContactSheetLoader): { view: ContactsView; reload: () => void } {
  const [view, setView] = useState<ContactsView>({ status: "loading" });
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
  return { view, reload };
}
