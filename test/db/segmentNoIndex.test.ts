/**
 * Migration 2 (docs/decisions.md §D88): Segment Lines, Segment Criteria and SegmentHistory are found one segment at
 * a time through an index on the folded Segment No., written exactly as the statements that read them write it. The
 * plan of the statement PgBook sends is asked of the server on tables holding many segments; and a schema made
 * before the migration gets it once.
 */
import type { ClientBase } from "pg";
import { SEGMENT_CRITERIA, SEGMENT_HISTORY, SEGMENT_LINES, type SheetSpec } from "../../src/app/store/sheetSpecs";
import { initDatabase } from "../../src/db/initDb";
import { PgBook } from "../../src/db/pgBook";
import { columnOf, MIGRATIONS, MIGRATIONS_TABLE, migrationsTableSql } from "../../src/db/schemaDdl";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import { useTestDatabase } from "../support/pgTestDb";

const BY_SEGMENT: readonly SheetSpec[] = [SEGMENT_LINES, SEGMENT_CRITERIA, SEGMENT_HISTORY];
const indexName = (spec: SheetSpec) => `${spec.tableName} by folded Segment No.`;

const database = useTestDatabase();

function newSchema(): string {
  return database.schema("segindex");
}

async function foldedIndexes(schema: string): Promise<string[]> {
  const found = await database.client.query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE '%by folded Segment No.' ORDER BY 1`,
    [schema],
  );
  return found.rows.map((row) => row.name);
}

/** The client, recording the text and values of every statement sent through it. */
function recording(sent: { text: string; values: unknown[] }[]): ClientBase {
  return new Proxy(database.client, {
    get(target, prop, receiver) {
      if (prop !== "query") return Reflect.get(target, prop, receiver) as unknown;
      return (query: unknown, values?: unknown[]) => {
        const config = typeof query === "string" ? { text: query, values } : (query as { text: string; values?: [] });
        sent.push({ text: config.text, values: config.values ?? values ?? [] });
        return (target.query as (q: unknown, v?: unknown[]) => unknown)(query, values);
      };
    },
  });
}

/** The names of the indexes a plan reads. */
function indexesIn(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(indexesIn);
  if (plan === null || typeof plan !== "object") return [];
  const node = plan as Record<string, unknown>;
  const own = typeof node["Index Name"] === "string" ? [node["Index Name"]] : [];
  return [...own, ...Object.values(node).flatMap(indexesIn)];
}

describe("the folded Segment No. indexes", () => {
  it("serve the read of one segment's rows among many segments' rows", async () => {
    const schema = newSchema();
    await initDatabase(database.client, schema);
    // 400 segments, their numbers written in several ways, 30 rows each.
    for (const spec of BY_SEGMENT) {
      const keys = spec.keyProps.filter((prop) => prop !== "segmentNo").map((prop) => quoteIdent(columnOf(spec, prop)));
      await database.client.query(
        `INSERT INTO ${qualified(schema, spec.tableName)} (${quoteIdent("Segment No.")}, ${keys.join(", ")})
         SELECT CASE s % 3 WHEN 0 THEN 'SEG' WHEN 1 THEN ' seg' ELSE 'Seg' END || lpad(s::text, 5, '0'), ${keys
           .map(() => "r")
           .join(", ")}
         FROM generate_series(1, 400) AS s, generate_series(1, 30) AS r`,
      );
      await database.client.query(`ANALYZE ${qualified(schema, spec.tableName)}`);
    }
    const sent: { text: string; values: unknown[] }[] = [];
    const book = new PgBook(recording(sent), { schema });
    for (const spec of BY_SEGMENT) {
      sent.length = 0;
      const rows = await book.readSegmentRows(spec, "seg00007 ");
      expect(rows).toHaveLength(30);
      const read = sent.find((statement) => statement.text.includes(`FROM ${qualified(schema, spec.tableName)}`));
      expect(read).toBeDefined();
      const plan = await database.client.query<{ "QUERY PLAN": unknown }>(
        `EXPLAIN (FORMAT JSON) ${read!.text}`,
        read!.values,
      );
      expect(indexesIn(plan.rows[0]["QUERY PLAN"])).toContain(indexName(spec));
    }
  });

  it("are made once on a schema made before them, which keeps its rows", async () => {
    const schema = newSchema();
    // The schema as the first version of init left it.
    await database.client.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
    await database.client.query(migrationsTableSql(schema));
    for (const statement of MIGRATIONS[0].statements(schema)) await database.client.query(statement);
    await database.client.query(
      `INSERT INTO ${qualified(schema, MIGRATIONS_TABLE)} ("Version", "Description") VALUES (1, 'v1')`,
    );
    await database.client.query(
      `INSERT INTO ${qualified(schema, SEGMENT_LINES.tableName)} ("Segment No.", "Line No.") VALUES ('SEG00001', 10000)`,
    );
    expect(await foldedIndexes(schema)).toEqual([]);

    const first = await initDatabase(database.client, schema);
    expect(first.applied).toEqual([2]);
    expect(first.version).toBe(2);
    expect(await foldedIndexes(schema)).toEqual(BY_SEGMENT.map(indexName).sort());

    const again = await initDatabase(database.client, schema);
    expect(again).toEqual({ schema, applied: [], version: 2 });
    expect(await foldedIndexes(schema)).toEqual(BY_SEGMENT.map(indexName).sort());
    const book = new PgBook(database.client, { schema });
    expect(await book.readSegmentRows(SEGMENT_LINES, "seg00001")).toHaveLength(1);
  });
});
