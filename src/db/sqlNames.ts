/** Quoting for SQL identifiers: names the user gives (a schema) are always quoted, never pasted into SQL. */

export function quoteIdent(name: string): string {
  if (name === "" || name.includes("\u0000")) throw new Error(`"${name}" cannot be a PostgreSQL name.`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** "schema"."name" */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
