/** What one Add, Reduce or Refine step asks for: filter groups (OR) of conditions (AND) plus BC's options. */

export type StepAction = "Add Contacts" | "Remove Contacts (Reduce)" | "Remove Contacts (Refine)";

/** The three steps as the builder and the command name them: Add Contacts, Reduce and Refine. */
export type StepKind = "add" | "reduce" | "refine";

export type ConditionTable = "Contact" | "Interaction Log";

export interface Condition {
  readonly table: ConditionTable;
  /** A recognised field's caption or any header of the contact sheet, as the user named it. */
  readonly field: string;
  /** A BC filter expression, kept as typed (relative dates stay relative). */
  readonly filter: string;
}

export type FilterGroup = readonly Condition[];

export interface StepOptions {
  readonly allowExistingContacts: boolean;
  readonly expandCompanies: boolean;
  readonly allowRelatedCompanies: boolean;
  readonly ignoreExclusion: boolean;
  readonly entireCompanies: boolean;
}

export const NO_OPTIONS: StepOptions = {
  allowExistingContacts: false,
  expandCompanies: false,
  allowRelatedCompanies: false,
  ignoreExclusion: false,
  entireCompanies: false,
};

export interface StepSpec {
  readonly action: StepAction;
  readonly groups: readonly FilterGroup[];
  readonly options: StepOptions;
}
