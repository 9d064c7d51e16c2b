/** Connecting: the PG* variables or a --db URL; the password never appears in a message, whatever fails. */
import { connect, dbTarget } from "../../src/db/connection";
import { useTestDatabase } from "../support/pgTestDb";

const database = useTestDatabase();
const PASSWORD = "s3cret Pa$$ word/ü";
const ROLE = `segments_pw_${process.pid}`;

beforeAll(async () => {
  const admin = database.client;
  database.onCleanup(() => admin.query(`DROP ROLE IF EXISTS ${ROLE}`));
  await admin.query(`DROP ROLE IF EXISTS ${ROLE}`);
  // The password is sent as a parameter of format(), never pasted into the SQL by this test.
  const sql = await admin.query<{ sql: string }>(
    `SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS sql`,
    [ROLE, PASSWORD],
  );
  await admin.query(sql.rows[0].sql);
});

const url = (password: string) =>
  `postgresql://${ROLE}:${encodeURIComponent(password)}@127.0.0.1:${process.env.PGPORT}/${process.env.PGDATABASE}`;

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a failure");
}

describe("connecting to PostgreSQL", () => {
  it("connects with the PG* variables", async () => {
    const client = await connect(dbTarget(undefined));
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await client.end();
  });

  it("connects with a --db URL holding the password", async () => {
    const client = await connect(dbTarget(url(PASSWORD)));
    expect((await client.query("SELECT current_user AS user")).rows).toEqual([{ user: ROLE }]);
    await client.end();
  });

  it("names the server but never the password when the password is refused", async () => {
    const wrong = "not-the-Pa$$word";
    const message = await failure(connect(dbTarget(url(wrong))));
    expect(message).toContain(`${ROLE}@127.0.0.1:${process.env.PGPORT}`);
    expect(message).toMatch(/password authentication failed/);
    expect(message).not.toContain(wrong);
    expect(message).not.toContain(encodeURIComponent(wrong));
  });

  it("never shows the password when the server is not there or the URL is broken", async () => {
    const closed = `postgresql://${ROLE}:${encodeURIComponent(PASSWORD)}@127.0.0.1:1/${process.env.PGDATABASE}`;
    const messages = [
      await failure(connect(dbTarget(closed))),
      await failure(Promise.resolve().then(() => dbTarget(`postgresql://u:${PASSWORD}@[::1/db`))),
    ];
    for (const message of messages) {
      expect(message).not.toContain(PASSWORD);
      expect(message).not.toContain(encodeURIComponent(PASSWORD));
      expect(message).not.toContain("s3cret");
    }
  });

  it("masks a PGPASSWORD from the environment too", async () => {
    const target = dbTarget(undefined, {
      ...process.env,
      PGHOST: "127.0.0.1",
      PGUSER: ROLE,
      PGPASSWORD: "wrong-env-secret",
    });
    expect(target.secrets).toEqual(["wrong-env-secret"]);
    expect(target.label).not.toContain("wrong-env-secret");
  });
});
