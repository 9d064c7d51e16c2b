/** Peer: arquero (a columnar table with a bit-set filter). See ./index.ts for the semantics. */
import * as aq from "arquero";
import type { PeerInput } from "../data";
import type { Engine } from "../engine";

/** Arquero: a column table; each run builds a filter expression with the run's literals (arquero parses and compiles it). */
export function arqueroEngine(input: PeerInput): Engine {
  const table = aq.table({
    name: input.names.map((name) => name.toLowerCase()),
    mg: input.mailingGroups.map((codes) => codes.map((code) => code.toLowerCase())),
    emp: Array.from(input.numbers, (n) => (Number.isNaN(n) ? null : n)),
  });
  return {
    name: "arquero",
    run(query) {
      const inList = query.codes.map((code) => `op.includes(d.mg, ${JSON.stringify(code.toLowerCase())})`).join(" || ");
      const expression =
        `d => (${inList}) && op.includes(d.name, ${JSON.stringify(query.substring.toLowerCase())})` +
        ` && d.emp != null && d.emp >= ${query.lo} && d.emp <= ${query.hi}`;
      const filtered = table.filter(expression);
      return { rows: () => filtered.indices() };
    },
  };
}
