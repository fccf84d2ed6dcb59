/**
 * A DocumentGateway over an array of paragraphs, for testing the controller: it behaves
 * as the contract says (targets compared with the text before anything changes, settings
 * kept with the document) and records what was asked of it.
 */
import type { ParagraphInput } from '../../shared/index';
import type {
  Capabilities,
  CommentRequest,
  DocumentGateway,
  EditOutcome,
  InsertPlace,
  NewContent,
  SelectOutcome,
  Squiggle,
  TextTarget,
} from '../../word-addin/src/gateway';

export class MemoryGateway implements DocumentGateway {
  readonly selections: TextTarget[] = [];
  readonly comments: CommentRequest[] = [];
  squiggles: readonly Squiggle[] = [];
  settings: unknown = undefined;
  /** Where the cursor is: inserts at the cursor go after this paragraph. */
  cursor = -1;
  private readonly listeners = new Set<() => void>();

  constructor(
    public paragraphs: ParagraphInput[],
    readonly capabilities: Capabilities = { comments: true, annotations: true, paragraphEvents: false },
  ) {}

  async readParagraphs(): Promise<ParagraphInput[]> {
    return this.paragraphs.map((paragraph) => structuredClone(paragraph));
  }

  async select(target: TextTarget): Promise<SelectOutcome> {
    const paragraph = this.paragraphs[target.paragraph];
    if (!paragraph) return 'missing';
    this.selections.push(target);
    return textOf(paragraph).slice(target.start, target.end) === target.text ? 'selected' : 'changed';
  }

  async replace(target: TextTarget, text: string): Promise<EditOutcome> {
    const paragraph = this.paragraphs[target.paragraph];
    if (!paragraph) return 'missing';
    const current = textOf(paragraph);
    if (current.slice(target.start, target.end) !== target.text) return 'changed';
    const next = current.slice(0, target.start) + text + current.slice(target.end);
    this.paragraphs[target.paragraph] = paragraph.cells ? { ...paragraph, cells: next.split('\t') } : { ...paragraph, text: next };
    return 'applied';
  }

  async insert(place: InsertPlace, content: readonly NewContent[]): Promise<EditOutcome> {
    let at: number;
    if ('cursor' in place) at = this.cursor + 1;
    else {
      const paragraph = this.paragraphs[place.paragraph];
      if (!paragraph) return 'missing';
      if (textOf(paragraph) !== place.text) return 'changed';
      at = place.where === 'before' ? place.paragraph : place.paragraph + 1;
    }
    this.paragraphs.splice(at, 0, ...content.flatMap(paragraphsOf));
    return 'applied';
  }

  async addComments(comments: readonly CommentRequest[]): Promise<{ added: number; skipped: number } | 'unsupported'> {
    if (!this.capabilities.comments) return 'unsupported';
    let skipped = 0;
    for (const comment of comments) {
      const paragraph = this.paragraphs[comment.target.paragraph];
      if (!paragraph || textOf(paragraph).slice(comment.target.start, comment.target.end) !== comment.target.text) skipped++;
      else this.comments.push(comment);
    }
    return { added: comments.length - skipped, skipped };
  }

  async showSquiggles(squiggles: readonly Squiggle[]): Promise<void> {
    this.squiggles = squiggles;
  }

  async loadSettings(): Promise<unknown> {
    return structuredClone(this.settings);
  }

  async saveSettings(settings: unknown): Promise<void> {
    this.settings = structuredClone(settings);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The writer typed: the document changed and Word says so. */
  type(index: number, text: string): void {
    this.paragraphs[index] = { ...this.paragraphs[index]!, text };
    for (const listener of this.listeners) listener();
  }
}

function textOf(paragraph: ParagraphInput): string {
  return paragraph.cells ? paragraph.cells.join('\t') : paragraph.text;
}

function paragraphsOf(content: NewContent): ParagraphInput[] {
  switch (content.kind) {
    case 'heading':
      return [{ text: content.text, styleBuiltIn: `Heading${content.level}` }];
    case 'paragraph':
      return [{ text: content.text }];
    case 'table':
      return content.rows.map((cells, row) => ({ text: '', cells, row }));
  }
}
