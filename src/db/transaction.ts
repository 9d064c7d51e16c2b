import type { ClientBase } from "pg";

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws (the error passes on). */
export async function inTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  await client.query("COMMIT");
  return result;
}
