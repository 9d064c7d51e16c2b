/**
 * How the gateway reaches Excel: Excel.run and the requirement-set check, passed in so tests hand it the fake
 * (docs/architecture.md §2: office-js reaches the app only through this folder, and business code takes the context as an input).
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  /** Excel.run; mergeUndoGroup (ExcelApi 1.20) makes all syncs of the run one undo group. */
  run<T>(batch: ExcelBatch<T>, options?: { mergeUndoGroup?: boolean }): Promise<T>;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  isSetSupported(version: string): boolean;
}

let office: ExcelHost | undefined;

/** The real host, inside Excel: one per pane, so the pane knows the journals it left behind. */
export function officeHost(): ExcelHost {
  return (office ??= {
    run: (batch, options) => (options?.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch)),
    isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  });
}
