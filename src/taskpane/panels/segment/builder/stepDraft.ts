/**
 * What the user has typed into the Add / Reduce / Refine builder, and the pure changes the builder makes to it.
 * Conditions carry ids so React keeps focus in the right box and filter errors find their condition.
 */
import { NO_OPTIONS, type ConditionTable, type FilterGroup, type StepOptions } from "../../../../domain/segments/step";
import type { ColumnType } from "../../../../domain/contacts/column";
import type { StepKind } from "../../../../domain/segments/step";
import { bareValue, expressionFor, VALUELESS, type ConditionMode } from "./operators";

export interface ConditionDraft {
  readonly id: number;
  /** Where the field is: the contact sheet, or the contact's own Interaction Log entries. */
  readonly table: ConditionTable;
  readonly field: string;
  /** What the field's column holds: a value is quoted only where text could be read as filter syntax. */
  readonly kind: ColumnType;
  /** The operator, kept apart from the value so typing never changes it; "expression" takes a BC filter as typed. */
  readonly mode: ConditionMode;
  readonly value: string;
}

/** The BC filter expression a condition sends: derived from its operator and value, or typed by hand. */
export const conditionFilter = (c: ConditionDraft): string => expressionFor(c.mode, c.value, c.kind);

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
  | {
      readonly type: "field";
      readonly conditionId: number;
      readonly table: ConditionTable;
      readonly field: string;
      readonly kind?: ColumnType;
    }
  | { readonly type: "mode"; readonly conditionId: number; readonly mode: ConditionMode }
  | { readonly type: "value"; readonly conditionId: number; readonly value: string }
  /** A BC filter expression as typed: the condition switches to the expression mode. */
  | { readonly type: "filter"; readonly conditionId: number; readonly filter: string }
  | { readonly type: "addCondition"; readonly groupId: number }
  | { readonly type: "removeCondition"; readonly conditionId: number }
  | { readonly type: "addGroup" }
  | { readonly type: "removeGroup"; readonly groupId: number }
  | { readonly type: "option"; readonly option: keyof StepOptions; readonly value: boolean }
  | { readonly type: "reset" };

const blank = (id: number): ConditionDraft => ({
  id,
  table: "Contact",
  field: "",
  kind: "text",
  mode: "equals",
  value: "",
});

/**
 * Another operator keeps the value typed; into the expression mode the value becomes the expression it made (the
 * user sees and edits BC's syntax), and out of it the expression's bare value stays.
 */
function withMode(c: ConditionDraft, mode: ConditionMode): ConditionDraft {
  if (mode === c.mode) return c;
  if (mode === "expression")
    return { ...c, mode, value: VALUELESS.has(c.mode) ? conditionFilter(c) : expressionFor(c.mode, c.value, c.kind) };
  if (c.mode === "expression") return { ...c, mode, value: bareValue(c.value) };
  return { ...c, mode };
}

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
      // Another kind of step starts from empty conditions: Add's conditions would otherwise turn at once into a
      // Reduce that removes the very contacts just added.
      return change.kind === draft.kind ? draft : changeDraft({ ...draft, kind: change.kind }, { type: "reset" });
    case "field":
      return mapConditions(draft, change.conditionId, (c) => ({
        ...c,
        table: change.table,
        field: change.field,
        kind: change.kind ?? c.kind,
      }));
    case "mode":
      return mapConditions(draft, change.conditionId, (c) => withMode(c, change.mode));
    case "value":
      return mapConditions(draft, change.conditionId, (c) => ({ ...c, value: change.value }));
    case "filter":
      return mapConditions(draft, change.conditionId, (c) => ({ ...c, mode: "expression", value: change.filter }));
    case "addCondition":
      return {
        ...draft,
        nextId: draft.nextId + 1,
        groups: draft.groups.map((g) =>
          g.id === change.groupId ? { ...g, conditions: [...g.conditions, blank(draft.nextId)] } : g,
        ),
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
      return {
        ...emptyDraft(draft.kind),
        nextId: draft.nextId + 2,
        groups: [{ id: draft.nextId, conditions: [blank(draft.nextId + 1)] }],
      };
  }
}

function withAGroup(draft: StepDraft): StepDraft {
  if (draft.groups.length > 0) return draft;
  return { ...draft, nextId: draft.nextId + 2, groups: [{ id: draft.nextId, conditions: [blank(draft.nextId + 1)] }] };
}

/** The user has typed a condition (a field or a value) that another kind of step would throw away. */
export const hasConditions = (draft: StepDraft): boolean =>
  draft.groups.some((g) => g.conditions.some((c) => c.field !== "" || c.value.trim() !== "" || c.mode !== "equals"));

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
    const sent = group.conditions.filter((c) => c.field.trim() !== "" && conditionFilter(c).trim() !== "");
    if (sent.length === 0) continue;
    groups.push(sent.map((c) => ({ table: c.table, field: c.field, filter: conditionFilter(c) })));
    origin.push(sent.map((c) => c.id));
  }
  const options = draft.kind === "add" ? { ...draft.options, entireCompanies: false } : { ...draft.options };
  return {
    groups,
    origin,
    key: JSON.stringify([draft.kind, groups, draft.kind === "add" ? options : options.entireCompanies]),
  };
}

/** Options that belong to a kind of step: Add has four, Reduce and Refine have Entire Companies. */
export function optionsFor(kind: StepKind): readonly (keyof StepOptions)[] {
  return kind === "add"
    ? ["allowExistingContacts", "expandCompanies", "allowRelatedCompanies", "ignoreExclusion"]
    : ["entireCompanies"];
}
