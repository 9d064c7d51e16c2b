/**
 * SQLite (sql.js, in memory) as an independent oracle for the filter language: a column loaded as SQL rows,
 * compileSql's fragment run against it, compared with compileCondition's rows.
 */
import initSqlJs, { type Database } from "sql.js";
import { BOOL_BLANK, type Column, listOf, rowCountOf } from "../../src/domain/contacts/column";
import { compileCondition, type FilterEnv } from "../../src/domain/filter";
import { compileSql, type SqlTarget, sqlFunctions } from "./filterSql";

const SQL_TYPE = { text: "TEXT", number: "REAL", date: "REAL", boolean: "INTEGER" } as const;

/** Rows selected, or the error message when the expression is refused. */
export type Outcome = { rows: number[] } | { error: string };

export class SqlOracle {
  private locale = "en";

  private constructor(private readonly db: Database) {
    // Registered once (each create_function takes a slot in sql.js's wasm function table); the current locale answers.
    const current = () => sqlFunctions(this.locale);
    db.create_function("fold", (text: string | null) => current().fold(text));
    db.create_function("coll", (a: string, b: string) => current().coll(a, b));
    db.create_function("numtext", (value: number | null) => current().numtext(value));
    db.create_function("day", (serial: number | null) => current().day(serial));
  }

  static async open(): Promise<SqlOracle> {
    const SQL = await initSqlJs();
    return new SqlOracle(new SQL.Database());
  }

  close(): void {
    this.db.close();
  }

  /** The column as SQL rows: blank text as NULL (the SQL must treat it as ''), NaN as NULL, one side row per value. */
  load(column: Column): void {
    const db = this.db;
    db.exec(`DROP TABLE IF EXISTS t; DROP TABLE IF EXISTS mv;
      CREATE TABLE t ("row" INTEGER PRIMARY KEY, c ${SQL_TYPE[column.type]});
      CREATE TABLE mv ("row" INTEGER NOT NULL, value TEXT NOT NULL);`);
    db.exec("BEGIN");
    const row = db.prepare("INSERT INTO t VALUES (?, ?)");
    const value = db.prepare("INSERT INTO mv VALUES (?, ?)");
    for (let r = 0; r < rowCountOf(column); r++) {
      switch (column.type) {
        case "text":
          if (column.multiValued) {
            row.run([r, null]);
            for (const item of listOf(column, r)) value.run([r, item]);
          } else {
            const text = column.dictionary[column.codes[r]];
            row.run([r, text === "" ? null : text]);
          }
          break;
        case "number":
        case "date":
          row.run([r, Number.isNaN(column.values[r]) ? null : column.values[r]]);
          break;
        case "boolean":
          row.run([r, column.values[r] === BOOL_BLANK ? null : column.values[r]]);
          break;
      }
    }
    row.free();
    value.free();
    db.exec("COMMIT");
  }

  /** SQLite's answer for the loaded column. */
  select(expression: string, column: Column, env: FilterEnv): Outcome {
    this.locale = env.locale;
    return attempt(() => {
      const { sql, params } = compileSql(expression, targetOf(column), env);
      const result = this.db.exec(`SELECT "row" FROM t WHERE ${sql} ORDER BY "row"`, [...params]);
      return result.length === 0 ? [] : result[0].values.map((v) => Number(v[0]));
    });
  }

  /** Throws, naming the expression and both answers, unless the evaluator and SQLite agree on the loaded column. */
  expectAgreement(expression: string, column: Column, env: FilterEnv): void {
    const expected = this.select(expression, column, env);
    const actual = evaluate(expression, column, env);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(
        `${JSON.stringify(expression)}: evaluator ${JSON.stringify(actual)}, SQLite ${JSON.stringify(expected)}`,
      );
    }
  }
}

/** The evaluator's answer. */
export function evaluate(expression: string, column: Column, env: FilterEnv): Outcome {
  return attempt(() => compileCondition(expression, column, env).matchRows().toArray());
}

function targetOf(column: Column): SqlTarget {
  if (column.type === "text" && column.multiValued) {
    return {
      column: "c",
      type: "text",
      multi: { table: "mv", rowColumn: "row", valueColumn: "value", outerRow: `t."row"` },
    };
  }
  return { column: "c", type: column.type };
}

function attempt(run: () => number[]): Outcome {
  try {
    return { rows: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
