/**
 * What the user has typed into the Add / Reduce / Refine builder, and the pure changes the builder makes to it.
 * Conditions carry ids so React keeps focus in the right box and filter errors find their condition.
 */
import { NO_OPTIONS, type ConditionTable, type FilterGroup, type StepOptions } from "../../../../domain/segments/step";
import type { StepKind } from "../../../../domain/segments/step";

export interface ConditionDraft {
  readonly id: number;
  /** Where the field is: the contact sheet, or the contact's own Interaction Log entries. */
  readonly table: ConditionTable;
  readonly field: string;
  readonly filter: string;
}

export interface GroupDraft {
  readonly id: number;
  readonly conditions: readonly ConditionDraft[];
}

export interface StepDraft {
  readonly kind: StepKind;
  readonly groups: readonly GroupDraft[];
  readonly options: StepOptions;
  /** The next id to hand out. */
  readonly nextId: number;
}

export type DraftChange =
  | { readonly type: "kind"; readonly kind: StepKind }
  | { readonly type: "field"; readonly conditionId: number; readonly table: ConditionTable; readonly field: string }
  | { readonly type: "filter"; readonly conditionId: number; readonly filter: string }
  | { readonly type: "addCondition"; readonly groupId: number }
  | { readonly type: "removeCondition"; readonly conditionId: number }
  | { readonly type: "addGroup" }
  | { readonly type: "removeGroup"; readonly groupId: number }
  | { readonly type: "option"; readonly option: keyof StepOptions; readonly value: boolean }
  | { readonly type: "reset" };

const blank = (id: number): ConditionDraft => ({ id, table: "Contact", field: "", filter: "" });

/** A fresh builder: Add, one group with one empty condition. */
export function emptyDraft(kind: StepKind = "add"): StepDraft {
  return { kind, groups: [{ id: 1, conditions: [blank(2)] }], options: NO_OPTIONS, nextId: 3 };
}

const mapConditions = (draft: StepDraft, id: number, change: (c: ConditionDraft) => ConditionDraft): StepDraft => ({
  ...draft,
  groups: draft.groups.map((g) => ({ ...g, conditions: g.conditions.map((c) => (c.id === id ? change(c) : c)) })),
});

export function changeDraft(draft: StepDraft, change: DraftChange): StepDraft {
  switch (change.type) {
    case "kind":
      return { ...draft, kind: change.kind };
    case "field":
      return mapConditions(draft, change.conditionId, (c) => ({ ...c, table: change.table, field: change.field }));
    case "filter":
      return mapConditions(draft, change.conditionId, (c) => ({ ...c, filter: change.filter }));
    case "addCondition":
      return {
        ...draft,
        nextId: draft.nextId + 1,
        groups: draft.groups.map((g) => (g.id === change.groupId ? { ...g, conditions: [...g.conditions, blank(draft.nextId)] } : g)),
      };
    case "removeCondition":
      // A group left without conditions goes too, but the builder always keeps one group to type into.
      return withAGroup({
        ...draft,
        groups: draft.groups
          .map((g) => ({ ...g, conditions: g.conditions.filter((c) => c.id !== change.conditionId) }))
          .filter((g) => g.conditions.length > 0),
      });
    case "addGroup":
      return {
        ...draft,
        nextId: draft.nextId + 2,
        groups: [...draft.groups, { id: draft.nextId, conditions: [blank(draft.nextId + 1)] }],
      };
    case "removeGroup":
      return withAGroup({ ...draft, groups: draft.groups.filter((g) => g.id !== change.groupId) });
    case "option":
      return { ...draft, options: { ...draft.options, [change.option]: change.value } };
    case "reset":
      return { ...emptyDraft(draft.kind), nextId: draft.nextId + 2, groups: [{ id: draft.nextId, conditions: [blank(draft.nextId + 1)] }] };
  }
}

function withAGroup(draft: StepDraft): StepDraft {
  if (draft.groups.length > 0) return draft;
  return { ...draft, nextId: draft.nextId + 2, groups: [{ id: draft.nextId, conditions: [blank(draft.nextId + 1)] }] };
}

/** The filter groups to send, and for each sent condition the draft condition it came from (errors point back). */
export interface StepRequest {
  readonly groups: readonly FilterGroup[];
  readonly origin: readonly (readonly number[])[];
  /** Stable text of the request: equal requests need one count. */
  readonly key: string;
}

/**
 * Conditions without a field or an expression are not sent (an empty box is no filter, as in BC); a group left
 * empty is dropped, and no group at all means every contact, as BC's Add Contacts without filters.
 */
export function stepRequest(draft: StepDraft): StepRequest {
  const groups: FilterGroup[] = [];
  const origin: number[][] = [];
  for (const group of draft.groups) {
    const sent = group.conditions.filter((c) => c.field.trim() !== "" && c.filter.trim() !== "");
    if (sent.length === 0) continue;
    groups.push(sent.map((c) => ({ table: c.table, field: c.field, filter: c.filter })));
    origin.push(sent.map((c) => c.id));
  }
  const options = draft.kind === "add" ? { ...draft.options, entireCompanies: false } : { ...draft.options };
  return { groups, origin, key: JSON.stringify([draft.kind, groups, draft.kind === "add" ? options : options.entireCompanies]) };
}

/** Options that belong to a kind of step: Add has four, Reduce and Refine have Entire Companies. */
export function optionsFor(kind: StepKind): readonly (keyof StepOptions)[] {
  return kind === "add" ? ["allowExistingContacts", "expandCompanies", "allowRelatedCompanies", "ignoreExclusion"] : ["entireCompanies"];
}
