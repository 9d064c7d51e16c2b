import { useCallback, useEffect, useState } from "react";
import { ContactSheetError, loadContacts } from "../../../app/store/contactSource";
import { chooseContactSource, contactSources, type ContactSources } from "../../../app/contactSourceChoice";
import type { Problem } from "../../../domain/contacts";
import { useBookServices } from "../../services";
import { invalidView, placeAddress, readyView, type ContactsView } from "./contactsModel";

export interface ContactsState {
  readonly view: ContactsView;
  /** The sheets and tables to choose from, once listed (they stay listed when reading the contacts fails). */
  readonly sources?: ContactSources;
  /** The source the dropdown shows: one being tried or refused, else the one in use. */
  readonly shown?: string;
  /** Set when a choice was stored by the last read: said once. */
  readonly chosen?: string;
  readonly reload: () => void;
  readonly choose: (name: string) => void;
  readonly goTo?: (problem: Problem) => void;
  readonly goToFailed?: string;
}

/**
 * State of the Contacts panel: lists the sources and reads the contacts through the use cases, on a book opened
 * for each read (the gateway reads any size in blocks and takes the workbook's stored choice). choose() reads the
 * new source and stores it; a refused choice stays in the dropdown, and reload() tries it again.
 */
export function useContacts(): ContactsState {
  const services = useBookServices();
  const [view, setView] = useState<ContactsView>({ status: "loading" });
  const [sources, setSources] = useState<ContactSources>();
  // A new object per read (reload or choose), so the effect runs again even for the same name.
  const [request, setRequest] = useState<{ choose?: string }>({});
  const [wanted, setWanted] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const [goToFailed, setGoToFailed] = useState<string>();

  useEffect(() => {
    let live = true;
    setView({ status: "loading" });
    setChosen(undefined);
    const choosing = request.choose !== undefined;
    const read = async (): Promise<ContactsView> => {
      const book = await services.openBook();
      const listed = await contactSources(book);
      if (live) setSources(listed);
      if (request.choose === undefined) {
        const { table, warnings } = await loadContacts(book, services.runContext());
        return readyView(table, warnings);
      }
      const result = await chooseContactSource(book, services.runContext(), request.choose);
      if (live) {
        setSources({ ...listed, current: result.name, stored: result.name });
        setWanted(undefined);
        if (result.changed) setChosen(result.name);
      }
      return readyView(result.contacts.table, result.contacts.warnings);
    };
    read()
      .catch((error: unknown): ContactsView => {
        if (error instanceof ContactSheetError)
          return invalidView(error.sheetName, [...error.problems, ...error.warnings]);
        // Only a sheet with problems to fix is tried again by Read again; after any other failure it reads the choice in use.
        if (live && choosing) setWanted(undefined);
        return { status: "failed", message: error instanceof Error ? error.message : String(error), choosing };
      })
      .then((next) => {
        if (live) setView(next);
      });
    return () => {
      live = false;
    };
  }, [services, request]);

  const reload = useCallback(() => setRequest({ choose: wanted }), [wanted]);
  const choose = useCallback((name: string) => {
    setWanted(name);
    setRequest({ choose: name });
  }, []);
  // Takes the user to the problem's cells; a sheet renamed since the read is said, not swallowed.
  const selectCells = services.selectCells;
  const goTo = useCallback(
    (problem: Problem) => {
      const address = placeAddress(problem.row, problem.columnLetter);
      if (!selectCells || !address) return;
      setGoToFailed(undefined);
      selectCells(problem.sheet, address).catch((error: unknown) =>
        setGoToFailed(error instanceof Error ? error.message : String(error)),
      );
    },
    [selectCells],
  );
  return {
    view,
    sources,
    shown: wanted ?? sources?.current,
    chosen,
    reload,
    choose,
    goTo: selectCells ? goTo : undefined,
    goToFailed,
  };
}
