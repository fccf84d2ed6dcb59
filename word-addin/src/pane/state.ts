/**
 * What the task pane shows and what it can do: the state the controller publishes and the
 * actions the React components call. Plain data and functions, so the components never
 * touch the document, the gateway or the core themselves.
 */
import type { CheckResult, Diagnostic, Fix, Summary } from '../../../shared/index';
import type { GoalChoice } from '../../../ui/index';
import type { Capabilities } from '../gateway';

export type PaneStatus = 'loading' | 'checking' | 'ready' | 'error';

/** A short Swedish note after an action: "Texten har ändrats sedan kontrollen. Stycket är markerat." */
export interface Notice {
  kind: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

export interface TypeOption {
  /** "auto", or a document type id. */
  id: string;
  /** Swedish: "Känn igen automatiskt", "Tjänsteutlåtande". */
  name: string;
}

export interface PaneState {
  status: PaneStatus;
  /** Swedish, when status is "error". */
  error?: string;
  /** The last check; absent before the first one finished. */
  result?: CheckResult;
  summary?: Summary;
  /** What the writer chose: "auto" or a type id. */
  typeChoice: string;
  types: TypeOption[];
  /** The KF goals a goal block can be inserted for. */
  goals: GoalChoice[];
  /** The document has no text yet: offer the empty documents. */
  documentEmpty: boolean;
  capabilities: Capabilities;
  squiggles: boolean;
  notice?: Notice;
  /** Milliseconds since the epoch of the last finished check. */
  checkedAt?: number;
}

export interface PaneActions {
  /** "Kontrollera igen": reads the whole document again and checks it. */
  recheck(): Promise<void>;
  setType(typeId: string): Promise<void>;
  /** Selects the finding's words in the document (or its paragraph, if the text changed). */
  select(diagnostic: Diagnostic): Promise<void>;
  /** Applies one of the finding's fixes, only if the text is still what the check saw. */
  applyFix(diagnostic: Diagnostic, fix: Fix): Promise<void>;
  /** "Ignorera": stored in the document's settings by the finding's key. */
  dismiss(diagnostic: Diagnostic): Promise<void>;
  /** Brings a dismissed finding back. */
  restore(key: string): Promise<void>;
  /** Inserts the goal block of a KF goal at the cursor. */
  insertGoalBlock(goalNumber: string): Promise<void>;
  /** Inserts an empty document of a type (in an empty document). */
  insertSkeleton(typeId: string): Promise<void>;
  /** "Lägg in som kommentarer": every finding as a Word comment on its words. */
  addComments(): Promise<void>;
  /** The printable HTML review report of the last check, for "Spara granskningsrapport". */
  reportHtml(): string;
  setSquiggles(on: boolean): Promise<void>;
  dismissNotice(): void;
}
