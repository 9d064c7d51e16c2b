/**
 * Peer: a plain hand-written loop over arrays prepared before timing (lower-cased names, lower-cased code
 * lists, a Float64Array with NaN for blanks). See ./index.ts for the semantics every peer implements.
 */
import type { PeerInput } from "../data";
import type { Engine } from "../engine";

/** A plain loop over prepared arrays, conditions in the step's order with && short-circuit. */
export function loopEngine(input: PeerInput): Engine {
  const rowCount = input.rowCount;
  const names = input.names.map((name) => name.toLowerCase());
  const mailingGroups = input.mailingGroups.map((codes) => codes.map((code) => code.toLowerCase()));
  const numbers = input.numbers;
  return {
    name: "loop",
    run(query) {
      const wanted = query.codes.map((code) => code.toLowerCase());
      const substring = query.substring.toLowerCase();
      const { lo, hi } = query;
      const out: number[] = [];
      for (let r = 0; r < rowCount; r++) {
        const codes = mailingGroups[r];
        let inList = false;
        for (let k = 0; k < codes.length && !inList; k++) inList = wanted.includes(codes[k]);
        if (!inList) continue;
        if (!names[r].includes(substring)) continue;
        const n = numbers[r];
        if (!(n >= lo && n <= hi)) continue; // NaN (blank) fails both
        out.push(r);
      }
      return { rows: () => out };
    },
  };
}
