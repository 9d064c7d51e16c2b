/**
 * Whether a command goes to a database: kept apart from src/db/cli.ts so the command decides without loading the
 * PostgreSQL client (a fifth of a workbook command's start-up).
 */

/** True when the arguments ask for a database (--db URL or --db=URL). */
export function wantsDatabase(args: readonly string[]): boolean {
  return args.some((arg) => arg === "--db" || arg.startsWith("--db="));
}
