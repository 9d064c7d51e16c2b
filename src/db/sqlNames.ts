/** Quoting for SQL identifiers: names the user gives (schema, contact table) are always quoted, never pasted. */

export function quoteIdent(name: string): string {
  if (name === "" || name.includes("\u0000")) throw new Error(`"${name}" cannot be a PostgreSQL name.`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** "schema"."name" */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/**
 * A dotted name as the user writes it (`crm.contacts`, `"My Schema"."Contacts"`) split into its parts: unquoted
 * parts as written (PostgreSQL would fold them to lower case, so they are folded here too), quoted parts exactly.
 */
export function splitQualifiedName(text: string): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let part = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`Unclosed quote in the name ${text}.`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            part += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        part += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ".") part += text[i++];
      part = part.trim().toLowerCase();
    }
    if (part === "") throw new Error(`The name ${text} has an empty part.`);
    parts.push(part);
    if (i >= text.length) break;
    if (text[i] !== ".") throw new Error(`Unexpected character after a quoted part in the name ${text}.`);
    i++;
  }
  if (parts.length === 0 || parts.length > 2) throw new Error(`${text} is not a table name (use table or schema.table).`);
  return parts;
}
