/**
 * Peer: a hand-written loop over typed arrays prepared before timing, the fastest plain code we could write
 * without a filter language: names and codes dictionary-encoded (lower-cased dictionaries, Int32Array codes,
 * mailing groups as offsets + codes), employees in a Float64Array with NaN for blanks. Each run tests the
 * literals against the dictionaries once, then loops over the rows. See ./index.ts for the semantics.
 */
import type { PeerInput } from "../data";
import type { Engine } from "../engine";

interface Encoded {
  readonly dictionary: string[];
  readonly codeOf: Map<string, number>;
}

function encoder(): Encoded & { code(value: string): number } {
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  return {
    dictionary,
    codeOf,
    code(value) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(value);
        codeOf.set(value, code);
      }
      return code;
    },
  };
}

export function loopEngine(input: PeerInput): Engine {
  const rowCount = input.rowCount;
  const names = encoder();
  const nameCodes = new Int32Array(rowCount);
  const groups = encoder();
  const groupOffsets = new Int32Array(rowCount + 1);
  const groupCodes: number[] = [];
  for (let r = 0; r < rowCount; r++) {
    nameCodes[r] = names.code(input.names[r].toLowerCase());
    for (const code of input.mailingGroups[r]) groupCodes.push(groups.code(code.toLowerCase()));
    groupOffsets[r + 1] = groupCodes.length;
  }
  const groupCodeArray = Int32Array.from(groupCodes);
  const numbers = input.numbers;
  return {
    name: "loop",
    run(query) {
      const wantedGroup = new Uint8Array(groups.dictionary.length);
      for (const code of query.codes) {
        const at = groups.codeOf.get(code.toLowerCase());
        if (at !== undefined) wantedGroup[at] = 1;
      }
      const substring = query.substring.toLowerCase();
      const nameHit = new Uint8Array(names.dictionary.length);
      for (let k = 0; k < nameHit.length; k++) nameHit[k] = names.dictionary[k].includes(substring) ? 1 : 0;
      const { lo, hi } = query;
      const out: number[] = [];
      for (let r = 0; r < rowCount; r++) {
        const n = numbers[r];
        if (!(n >= lo && n <= hi)) continue; // NaN (blank) fails both
        if (nameHit[nameCodes[r]] === 0) continue;
        let inList = false;
        for (let k = groupOffsets[r], end = groupOffsets[r + 1]; k < end && !inList; k++)
          inList = wantedGroup[groupCodeArray[k]] === 1;
        if (inList) out.push(r);
      }
      return { rows: () => out };
    },
  };
}
