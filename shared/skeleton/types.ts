/**
 * An empty document as plain data (JSON-safe), for the front ends to insert as they
 * like (Word paragraphs with heading styles, a web form's field, Markdown).
 */

export type SkeletonItem =
  | {
      kind: 'heading';
      /** 1 for the document's title (or its top-level sections when the type has no title). */
      level: number;
      text: string;
      /** The template section id, the question area id, or "q7" for question 7; absent for the title. */
      section?: string;
    }
  | {
      kind: 'paragraph';
      text: string;
      /** The text is an instruction in square brackets, to be replaced by the writer. */
      placeholder: boolean;
    }
  | {
      kind: 'table';
      /** The doc type's table spec id ("aktivitet"). */
      table: string;
      header: string[];
      /** One empty row to fill in. */
      rows: string[][];
    };

export interface Skeleton {
  /** Document type id. */
  type: string;
  items: SkeletonItem[];
}
