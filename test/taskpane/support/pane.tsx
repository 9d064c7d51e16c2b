/** Renders task-pane panels as the root does, on an in-memory workbook (MemoryBook) instead of Excel. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { RunContext, SegmentBook } from "../../../src/app/store/ports";
import { enUS, StringsProvider, type Strings } from "../../../src/taskpane/i18n";
import type { ReadProgressStore } from "../../../src/taskpane/readProgress";
import { BookServicesProvider, type BookServices, type PreviewReads } from "../../../src/taskpane/services";
import { bcBaseSheet } from "../../support/bcBaseData";
import { MemoryBook } from "../../support/memoryBook";

export const CTX: RunContext = {
  today: "2026-11-25",
  workdate: "2026-11-25",
  locale: "en",
  userId: "TEST",
  time: "10:00:00",
};

export const baseBook = () => new MemoryBook(bcBaseSheet());

export interface PaneOptions {
  readonly book?: SegmentBook;
  /** Replaces the default opener (which hands out `book`), e.g. to fail or to hang. */
  readonly openBook?: () => Promise<SegmentBook>;
  readonly strings?: Strings;
  readonly segmentsExist?: () => Promise<void>;
  /** Reads kept for live counts, as the pane in Excel has them. */
  readonly previews?: PreviewReads;
  readonly readProgress?: ReadProgressStore;
  /** Excel's "select these cells", for the Contacts panel's Go to buttons; without it there are none. */
  readonly selectCells?: BookServices["selectCells"];
}

export function renderPane(ui: ReactElement, options: PaneOptions = {}) {
  const book = options.book ?? baseBook();
  const services: BookServices = {
    openBook: options.openBook ?? (() => Promise.resolve(book)),
    runContext: () => CTX,
    segmentsExist: options.segmentsExist,
    previews: options.previews,
    readProgress: options.readProgress,
    selectCells: options.selectCells,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider strings={options.strings ?? enUS}>
        <BookServicesProvider services={services}>{ui}</BookServicesProvider>
      </StringsProvider>
    </FluentProvider>,
  );
}

/** A promise settled from outside: the test decides when a call of the book returns. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
