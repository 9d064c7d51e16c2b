/** The connection target without a server: what messages may say about it, and what they must never say. */
import { dbError, dbTarget, maskSecrets } from "../../src/db/connection";
import { createTableSql } from "../../src/db/schemaDdl";
import { DomainError } from "../../src/domain/errors";
import { DEDICATED_SHEETS } from "../../src/app/store/sheetSpecs";

describe("dbTarget", () => {
  it("labels the server as user@host:port/database and keeps the password only as a secret to mask", () => {
    const target = dbTarget("postgresql://anna:p%40ss%20w@db.example.com:6543/crm", {});
    expect(target.label).toBe("anna@db.example.com:6543/crm");
    expect(target.secrets).toEqual(expect.arrayContaining(["p%40ss%20w", "p@ss w"]));
    const error = dbError(target, new Error('auth failed for "p@ss w" (p%40ss%20w)'), "connecting");
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toBe(
      'PostgreSQL anna@db.example.com:6543/crm: connecting failed: auth failed for "***" (***)',
    );
  });

  it("takes what the URL leaves out from the PG* variables", () => {
    expect(dbTarget("postgresql://", { PGHOST: "/tmp/sock", PGPORT: "5433", PGUSER: "u", PGDATABASE: "d" }).label).toBe(
      "u@/tmp/sock:5433/d",
    );
    expect(dbTarget(undefined, { PGHOST: "h", PGUSER: "u", PGPASSWORD: "pw" })).toMatchObject({
      label: "u@h:5432/u",
      secrets: ["pw"],
      config: {},
    });
  });

  it("refuses what is not a postgresql:// URL without repeating it", () => {
    expect(() => dbTarget("postgresql://anna:secret@[::1/db", {})).toThrow("--db is not a connection URL");
    expect(() => dbTarget("anna:secret@host/db", {})).toThrow("--db must be a postgresql:// URL");
    expect(() => dbTarget("mysql://anna:secret@host/db", {})).toThrow("--db must be a postgresql:// URL");
    for (const bad of ["postgresql://anna:secret@[::1/db", "anna:secret@host/db", "mysql://anna:secret@host/db"]) {
      try {
        dbTarget(bad, {});
      } catch (error) {
        expect((error as Error).message).not.toContain("secret");
      }
    }
  });

  it("masks every occurrence", () => {
    expect(maskSecrets("a s b s", ["s"])).toBe("a *** b ***");
  });
});

describe("the DDL comes from the sheet specs", () => {
  it("names every spec column once, quoted as its header, with a primary key from keyProps", () => {
    for (const spec of DEDICATED_SHEETS) {
      const [create] = createTableSql("segments", spec);
      expect(create).toContain(`CREATE TABLE "segments"."${spec.tableName}"`);
      for (const column of spec.columns) expect(create.split(`"${column.header}" `).length - 1).toBe(1);
      const keys = spec.keyProps.map((prop) => `"${spec.columns.find((c) => c.prop === prop)?.header}"`);
      expect(create).toContain(`PRIMARY KEY (${keys.join(", ")})`);
    }
  });
});
