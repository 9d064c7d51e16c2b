/**
 * One string per repeated value of a column, for reads of many rows: a segment's lines repeat their segment number,
 * date, codes and template in every row, and 100,000 copies of each would hold tens of megabytes. A column whose
 * values turn out mostly distinct (numbers, names) stops being pooled, so the pool never grows with the rows; such a
 * column still shares a value with the row before, as a company's persons read in order repeat its number and name
 * (docs/decisions.md §D93).
 */
const MAX_DISTINCT = 1000;

export class RepeatedText {
  private readonly pools: (Map<string, string> | undefined)[] = [];
  private readonly previous: (string | null)[] = [];

  /** The row with each repeated value replaced, in place, by the first string seen with that text. */
  share(row: (string | null)[]): (string | null)[] {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (value === null) continue;
      let pool = this.pools[i];
      if (pool === undefined) {
        if (i in this.pools) {
          // Given up on (mostly distinct values): only the row before's.
          if (value === this.previous[i]) row[i] = this.previous[i];
          else this.previous[i] = value;
          continue;
        }
        this.pools[i] = pool = new Map();
      }
      const known = pool.get(value);
      if (known !== undefined) row[i] = known;
      else if (pool.size < MAX_DISTINCT) pool.set(value, value);
      else this.pools[i] = undefined;
    }
    return row;
  }
}
