/** Peer: alasql (SQL over an array of objects). See ./index.ts for the semantics. */
import alasql from "alasql";
import type { PeerInput } from "../data";
import type { Engine } from "../engine";

/** alasql: SELECT over an array of objects; Mailing Groups as a ";news;xmas;" string matched with LIKE. */
export function alasqlEngine(input: PeerInput): Engine {
  const data = input.names.map((name, i) => ({
    i,
    name: name.toLowerCase(),
    mg: ";" + input.mailingGroups[i].map((code) => code.toLowerCase()).join(";") + ";",
    emp: Number.isNaN(input.numbers[i]) ? null : input.numbers[i],
  }));
  return {
    name: "alasql",
    run(query) {
      const inList = query.codes.map((code) => `mg LIKE ${likeLiteral(`%;${code.toLowerCase()};%`)}`).join(" OR ");
      const sql =
        `SELECT COLUMN i FROM ? WHERE (${inList}) AND name LIKE ${likeLiteral(`%${query.substring.toLowerCase()}%`)}` +
        ` AND emp IS NOT NULL AND emp BETWEEN ${query.lo} AND ${query.hi}`;
      const rows = alasql(sql, [data]) as number[];
      return { rows: () => rows };
    },
  };
}

/** A SQL string literal for a LIKE pattern whose only wildcards are the % we put there. */
function likeLiteral(pattern: string): string {
  if (/[_[\]]/.test(pattern)) throw new Error(`The bench does not escape LIKE patterns: ${pattern}`);
  return `'${pattern.replace(/'/g, "''")}'`;
}
