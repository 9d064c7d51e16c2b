import { createContext, useCallback, useContext, type ReactNode } from "react";
import type { RunContext, SegmentBook } from "../app/store/ports";
import type { ReadProgressStore } from "./readProgress";

/**
 * How panels reach the workbook: only through src/app use cases called with the book opened here. The root passes
 * the real gateway (one ExcelBook per action, since it checks at commit what that action read); tests pass a
 * MemoryBook. runContext is asked per action so "today" is the day the user clicks, not the day the pane opened.
 */
export interface BookServices {
  readonly openBook: () => Promise<SegmentBook>;
  readonly runContext: () => RunContext;
  /** Called when the workbook is seen to hold segments: Office opens the pane with it from then on. */
  readonly segmentsExist?: () => Promise<void>;
  /** Reads kept for live counts (src/workbook/cachedReads.ts); without it every count opens a book. */
  readonly previews?: PreviewReads;
  /** Progress and Cancel of long contact sheet reads (the pane's ProgressBar). */
  readonly readProgress?: ReadProgressStore;
  /** Puts Excel's cursor on cells ("C14", "14:14", "C:C") of a sheet: where a problem is. */
  readonly selectCells?: (sheetName: string, address: string) => Promise<void>;
}

/** A book for previews whose reads are kept until the workbook changes; version() moves when they are dropped. */
export interface PreviewReads {
  book(): SegmentBook;
  readonly version: () => number;
  readonly subscribe: (listener: () => void) => () => void;
}

const ServicesContext = createContext<BookServices | undefined>(undefined);

export function BookServicesProvider({ services, children }: { services: BookServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useBookServices(): BookServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("A panel was rendered outside BookServicesProvider.");
  return services;
}

/** The book for a preview (a count, a summary): the kept reads when the pane has them, else a fresh book. */
export function usePreviewBook(): () => Promise<SegmentBook> {
  const { openBook, previews } = useBookServices();
  return useCallback(() => (previews ? Promise.resolve(previews.book()) : openBook()), [openBook, previews]);
}

/** The pane's RunContext for this moment: the machine's local date and time (docs/architecture.md §6). */
export function localRunContext(now: Date, locale: string, userId = ""): RunContext {
  const two = (n: number) => String(n).padStart(2, "0");
  const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const time = `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`;
  return { today, workdate: today, locale, userId, time };
}
