import type { StepQuery } from "./data";

/** One way of running the bench's Add step. Everything an engine prepares before timing goes in its factory. */
export interface Engine {
  readonly name: string;
  /** Runs the step once; this call is what gets timed. */
  run(query: StepQuery): EngineResult;
}

export interface EngineResult {
  /** The selected row indexes, ascending; called after timing stops. */
  rows(): ArrayLike<number>;
  /** Optional split of the timed call, in ms (e.g. compile / match / and). */
  readonly phases?: Readonly<Record<string, number>>;
}
