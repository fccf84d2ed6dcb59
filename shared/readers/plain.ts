/**
 * Plain text (also PDF-extracted) and Markdown → the document model: the readers of a
 * source string, as the command line and a session's re-reads use them.
 */
import { builtInDocTypes, type DocTypeSpec } from '../data/index';
import type { SourceDocument } from '../document/model';
import { vocabularyFor } from '../document/vocabulary';
import { splitLabelledParagraphs } from './labels';
import { parseMarkdown } from './markdown';
import { parseText } from './text/index';

export function documentFromText(text: string, format: 'text' | 'markdown', docTypes: readonly DocTypeSpec[] = builtInDocTypes): SourceDocument {
  return format === 'text' ? parseText(text, vocabularyFor(docTypes)) : withLabelsSplit(parseMarkdown(text), docTypes);
}

/**
 * A document read paragraph by paragraph (Markdown) with "Nämndmål: Invånarna …"
 * paragraphs split into the label, as a heading, and the text under it.
 */
export function withLabelsSplit(document: SourceDocument, docTypes: readonly DocTypeSpec[] = builtInDocTypes): SourceDocument {
  return { ...document, blocks: splitLabelledParagraphs(document.blocks, vocabularyFor(docTypes).headings) };
}
