/**
 * The bench's engines must select the same rows (the bench itself fails otherwise, but only when run). Arquero is
 * ESM-only and stays out of jest; ours, the loop and alasql are checked here on a small generated sheet.
 */
import { makeSheet, peerInput, queryFor } from "../../bench/data";
import { buildTable, oursEngine } from "../../bench/ours";
import { alasqlEngine } from "../../bench/peers/alasql";
import { loopEngine } from "../../bench/peers/loop";

describe("bench engines", () => {
  const sheet = makeSheet(4000, 7);
  const input = peerInput(sheet);
  const engines = [oursEngine(buildTable(sheet).table), loopEngine(input), alasqlEngine(input)];

  it.each(Array.from({ length: 11 }, (_, run) => run))("select the same rows for run %i's literals", (run) => {
    const query = queryFor(run);
    const [ours, ...peers] = engines.map((engine) => Array.from(engine.run(query).rows()));
    for (const rows of peers) expect(rows).toEqual(ours);
  });

  it("select some rows on most runs, so agreeing means something", () => {
    const loop = engines[1];
    const nonEmpty = Array.from({ length: 11 }, (_, run) => loop.run(queryFor(run)).rows().length).filter((n) => n > 0);
    expect(nonEmpty.length).toBeGreaterThanOrEqual(8);
  });
});
