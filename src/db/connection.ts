/**
 * Where the PostgreSQL server is: a `postgresql://` URL (`--db`) or, without one, libpq's PG* environment variables
 * (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE), which node-postgres reads itself. The password is a secret: it is
 * never printed, and every message that leaves this module has it masked, whatever the server or the driver said.
 */
import type { ClientConfig } from "pg";
import { Client } from "./pgDriver";
import { DomainError } from "../domain/errors";

export interface DbTarget {
  /** What node-postgres connects with. */
  readonly config: ClientConfig;
  /** user@host:port/database, never the password: for messages. */
  readonly label: string;
  /** Texts to mask in any message (the password as given, and as written in the URL). */
  readonly secrets: readonly string[];
}

const MASK = "***";

/** The connection the user asked for; `url` is the --db value (undefined: the PG* variables). */
export function dbTarget(url: string | undefined, env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (url === undefined || url === "") {
    const password = env.PGPASSWORD;
    const label = `${env.PGUSER ?? "(default user)"}@${env.PGHOST ?? "localhost"}:${env.PGPORT ?? "5432"}/${env.PGDATABASE ?? env.PGUSER ?? "(default database)"}`;
    return { config: {}, label, secrets: password ? [password] : [] };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The URL itself is not repeated: it may hold a password.
    throw new DomainError(
      "--db is not a connection URL: use postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).",
      "db-url",
    );
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    // Not even the scheme is repeated: in "user:password@host" it would be the user name.
    throw new DomainError("--db must be a postgresql:// URL: postgresql://user@host:port/database.", "db-url");
  }
  const secrets = [parsed.password, safeDecode(parsed.password), env.PGPASSWORD ?? ""].filter((s) => s !== "");
  const host =
    parsed.hostname === ""
      ? (parsed.searchParams.get("host") ?? env.PGHOST ?? "localhost")
      : safeDecode(parsed.hostname);
  const user = parsed.username === "" ? (env.PGUSER ?? "(default user)") : safeDecode(parsed.username);
  const database = parsed.pathname.length > 1 ? safeDecode(parsed.pathname.slice(1)) : (env.PGDATABASE ?? user);
  const label = `${user}@${host}:${parsed.port || env.PGPORT || "5432"}/${database}`;
  return { config: { connectionString: url }, label, secrets: [...new Set(secrets)] };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The text with every secret replaced by ***. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) masked = masked.split(secret).join(MASK);
  return masked;
}

/** A database failure as a DomainError naming the server (never the password). */
export function dbError(target: DbTarget, error: unknown, doing: string): DomainError {
  const detail = error instanceof Error ? error.message : String(error);
  return new DomainError(maskSecrets(`PostgreSQL ${target.label}: ${doing} failed: ${detail}`, target.secrets), "db");
}

/** A connected client; the caller ends it. Connection failures come back as a masked DomainError. */
export async function connect(target: DbTarget): Promise<Client> {
  const client = new Client(target.config);
  // An idle client whose server goes away emits "error"; without a listener node would crash the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw dbError(target, error, "connecting");
  }
  return client;
}
