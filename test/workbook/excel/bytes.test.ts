/** Sizes as Excel on the web counts them, and the read hash. */
import { RowHash, utf8Length } from "../../../src/workbook/excel/bytes";

describe("bytes", () => {
  it("counts UTF-8 as Excel on the web does: å is 2 bytes, an emoji 4", () => {
    expect(utf8Length("aå🌲")).toBe(1 + 2 + 4);
  });

  it("hashes rows the same whatever the blocks", () => {
    const rows = [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ];
    expect(new RowHash().add(rows).value()).toBe(new RowHash().add(rows.slice(0, 1)).add(rows.slice(1)).value());
    expect(new RowHash().add(rows).value()).not.toBe(
      new RowHash()
        .add([
          ["a", 1],
          ["b", 2],
          ["c", 4],
        ])
        .value(),
    );
  });
});
