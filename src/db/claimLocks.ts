/**
 * The locks that hold an action's claim (docs/decisions.md §D58) until its transaction ends. Actions run at READ
 * COMMITTED: each statement sees what was committed before it, so an action that waited for a lock reads the result
 * of the one it waited for. Only what an action changes is locked, never what it merely reads, so actions on
 * different segments never wait for each other.
 */
import type { Claim } from "../app/store/ports";
import { DEDICATED_SHEETS, INTERACTION_LOG, SEGMENTS } from "../app/store/sheetSpecs";
import { columnOf, FOLD_COLLATION, STATE_TABLE } from "./schemaDdl";
import { qualified, quoteIdent } from "./sqlNames";

export interface LockStatement {
  readonly text: string;
  readonly values: readonly unknown[];
}

export function claimLocks(schema: string, claim: Claim): LockStatement[] {
  if ("segment" in claim) {
    // The header row, found through the key's folded unique index. A segment not there yet locks nothing: it
    // cannot be changed before it exists, and the action then says it does not exist.
    const no = quoteIdent(columnOf(SEGMENTS, "no"));
    return [
      {
        text: `SELECT 1 FROM ${qualified(schema, SEGMENTS.tableName)} WHERE lower(${no} COLLATE ${FOLD_COLLATION}) = $1 FOR UPDATE`,
        values: [claim.segment.trim().toLowerCase()],
      },
    ];
  }
  if ("series" in claim) {
    // The counter's row: taking a number waits only for another action taking one.
    const state = qualified(schema, STATE_TABLE);
    return [
      {
        text: `INSERT INTO ${state} ("Key", "Value") VALUES ('lastSegmentNo', '0') ON CONFLICT ("Key") DO NOTHING`,
        values: [],
      },
      { text: `SELECT 1 FROM ${state} WHERE "Key" = 'lastSegmentNo' FOR UPDATE`, values: [] },
    ];
  }
  if ("log" in claim) {
    // Writers of the Interaction Log wait for each other (entry numbers stay gapless); its readers never wait.
    return [
      { text: `LOCK TABLE ${qualified(schema, INTERACTION_LOG.tableName)} IN SHARE ROW EXCLUSIVE MODE`, values: [] },
    ];
  }
  // The whole book (copy, erasure; the tables `init --db` made): every table, readers still served. Segments first,
  // which every segment claim holds, so this waits for the actions under way and holds up the ones that follow.
  const tables = [SEGMENTS.tableName, ...DEDICATED_SHEETS.filter((spec) => spec !== SEGMENTS).map((s) => s.tableName)];
  const names = [...tables, STATE_TABLE].map((table) => qualified(schema, table));
  return [{ text: `LOCK TABLE ${names.join(", ")} IN EXCLUSIVE MODE`, values: [] }];
}
