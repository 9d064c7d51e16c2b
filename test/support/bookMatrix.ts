/**
 * The use-case tests as a matrix over the gateways: the same test runs on the in-memory book and, when PGHOST names
 * a server (npm run test:db), on PgBook, each book made by a factory from a contact sheet. Where a gateway
 * legitimately differs, the factory says so with the reason, and `itWhere` skips that test there by name.
 */
import type { ContactSheetInput } from "../../src/domain/contacts";
import { recogniseField } from "../../src/domain/contacts/fields";
import { delegateBook } from "../../src/app/store/delegateBook";
import { keyOf } from "../../src/app/store/rows";
import type { SegmentBook } from "../../src/app/store/ports";
import type { SheetSpec } from "../../src/app/store/sheetSpecs";
import { PgBook } from "../../src/db/pgBook";
import { quoteIdent } from "../../src/db/sqlNames";
import { MemoryBook } from "./memoryBook";
import { loadContactTable, type TestDatabase, useTestDatabase } from "./pgTestDb";

/** A book under test: the port, plus what a test reads and changes around the use cases. */
export interface TestBook extends SegmentBook {
  /** Commits the book accepted so far. */
  readonly commits: number;
  /** A dedicated sheet's records: in sheet order where the book keeps one, else by key. */
  records<R>(spec: SheetSpec<R>): Promise<R[]>;
  /** Changes a sheet's records by hand, as a user editing the sheet or the table would (no use case involved). */
  editRecords<R>(spec: SheetSpec<R>, edit: (records: R[]) => R[]): Promise<void>;
  /** Replaces the contacts (a user editing the contact sheet or the table). */
  setContacts(contacts: ContactSheetInput): Promise<void>;
  /** The name the book lists its contacts under (a sheet's name; a table's schema.name). */
  readonly contactSourceName: string;
  /** A plain sheet a commit added (an exported list), header row first; undefined when there is none. */
  plainSheet(name: string): string[][] | undefined;
}

/** What a gateway does otherwise than a sheet, each with the reason: tests of it are skipped on that gateway. */
export interface Differences {
  /** Rows have an order of their own (sheet order), which Go Back restores and lists follow. */
  readonly rowOrder?: string;
  /** Apply Mailing Group adds a Mailing Groups column to a contact sheet that has none. */
  readonly addsContactColumn?: string;
  /** An exported mailing list becomes a plain sheet of the book. */
  readonly plainSheets?: string;
  /** A book may lack a dedicated sheet (a new workbook, one a user deleted a sheet from). */
  readonly missingSheets?: string;
}

export interface BookFactory {
  readonly name: string;
  readonly differs: Differences;
  open(contacts: ContactSheetInput): Promise<TestBook>;
  /** Hooks the factory needs around a describe block (a server connection). */
  setUp?(): void;
}

/** Wraps a book with the commit count and the record-level helpers. */
function testBook(
  book: SegmentBook,
  contactSourceName: string,
  editRows: (spec: SheetSpec, records: object[]) => Promise<void>,
  setContacts: (contacts: ContactSheetInput) => Promise<void>,
  plainSheet: (name: string) => string[][] | undefined = () => undefined,
): TestBook {
  let commits = 0;
  const records = async <R>(spec: SheetSpec<R>) => (await book.readRows(spec)).map((row) => row.record);
  return {
    ...delegateBook(book, {
      commit: async (change) => {
        await book.commit(change);
        commits += 1;
      },
    }),
    get commits() {
      return commits;
    },
    contactSourceName,
    records,
    editRecords: async <R>(spec: SheetSpec<R>, edit: (rows: R[]) => R[]) =>
      editRows(spec, edit(await records(spec)) as object[]),
    setContacts,
    plainSheet,
  };
}

export const memoryBooks: BookFactory = {
  name: "the in-memory book",
  differs: {},
  async open(contacts) {
    const book = new MemoryBook(contacts);
    return testBook(
      book,
      contacts.sheetName,
      async (spec, edited) => {
        // Through the gateways' own rule, by key, but counted as no use case's commit.
        const before = await book.readRows(spec);
        await book.commit({
          sheets: [
            {
              spec,
              deleteKeys: before.map((row) => keyOf(spec, row.record as object)),
              insert: edited.map((record) => ({ record, extra: new Map() })),
            },
          ],
        });
      },
      async (input) => book.setContacts(input),
      (name) => book.plainSheet(name),
    );
  },
};

/** Multi-valued fields (Mailing Groups …) become text[] columns, as a CRM would keep them. */
function listColumns(contacts: ContactSheetInput): string[] {
  return (contacts.values[0] ?? []).map(String).filter((header) => recogniseField(header)?.kind === "multi");
}

function pgBooks(): BookFactory {
  let database: TestDatabase | undefined;
  const connected = () => {
    if (!database) throw new Error("PgBook's factory is used outside its describe block");
    return database;
  };
  return {
    name: "PostgreSQL",
    differs: {
      rowOrder: "a table has no row order: rows are read by key",
      addsContactColumn: "a database's contact table is its owner's: a missing column is named, never added",
      plainSheets: "an exported list is not a sheet of the database (refused: db-unsupported)",
      missingSheets: "init --db makes every table, so none is ever missing",
    },
    setUp() {
      database = useTestDatabase();
    },
    async open(contacts) {
      const { client: db, schemaWithContacts } = connected();
      const lists = listColumns(contacts);
      const made = await schemaWithContacts("matrix", contacts.values, { lists });
      const book = new PgBook(db, { schema: made.schema, contacts: made.contacts, locale: contacts.locale });
      return testBook(
        book,
        `${made.schema}_crm.contacts`,
        async (spec, edited) => {
          const before = await book.readRows(spec);
          await book.commit({
            sheets: [
              {
                spec,
                deleteKeys: before.map((row) => keyOf(spec, row.record as object)),
                insert: edited.map((record) => ({ record, extra: new Map() })),
              },
            ],
          });
        },
        async (input) => {
          const crm = `${made.schema}_crm`;
          await db.query(`DROP TABLE ${quoteIdent(crm)}.contacts`);
          await loadContactTable(db, crm, input.values, { lists: listColumns(input) });
        },
      );
    },
  };
}

/** The factories this run has: the in-memory book always, PgBook when a server is configured (jest.config.js says so once). */
export const BOOK_FACTORIES: readonly BookFactory[] = [memoryBooks, ...(process.env.PGHOST ? [pgBooks()] : [])];

/** Runs `body` once per factory, in a describe block named after the gateway. */
export function eachBook(body: (books: BookFactory) => void): void {
  for (const factory of BOOK_FACTORIES)
    describe(`on ${factory.name}`, () => {
      factory.setUp?.();
      body(factory);
    });
}

/** `it`, or on a gateway that differs in `what`, a skipped test whose name says why. */
export function itWhere(books: BookFactory, what: keyof Differences): (name: string, fn: () => Promise<void>) => void {
  const reason = books.differs[what];
  if (reason === undefined) return (name, fn) => it(name, fn);
  return (name, fn) => it.skip(`${name} (not on ${books.name}: ${reason})`, fn);
}
