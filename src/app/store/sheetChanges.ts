import type { SheetChange } from "./ports";

/**
 * One change per sheet: an action that both removes a segment's rows and writes another's (Log with a follow-up)
 * would otherwise hand a gateway two changes to the same sheet.
 */
export function mergeSheetChanges(changes: readonly SheetChange[]): SheetChange[] {
  const bySpec = new Map<
    SheetChange["spec"],
    {
      deleteKeys: string[];
      insert: NonNullable<SheetChange["insert"]>[number][];
      update: NonNullable<SheetChange["update"]>[number][];
      insertBefore: Map<string, string>;
    }
  >();
  for (const change of changes) {
    const merged = bySpec.get(change.spec) ?? {
      deleteKeys: [],
      insert: [],
      update: [],
      insertBefore: new Map<string, string>(),
    };
    merged.deleteKeys.push(...(change.deleteKeys ?? []));
    merged.insert.push(...(change.insert ?? []));
    merged.update.push(...(change.update ?? []));
    for (const [key, before] of change.insertBefore ?? []) merged.insertBefore.set(key, before);
    bySpec.set(change.spec, merged);
  }
  return [...bySpec].map(([spec, merged]) => ({ spec, ...merged }));
}
