/**
 * The rules core's .docx entry, apart from shared/index.ts so that what never opens a
 * Word file (a .txt check, the browser extension) never loads JSZip and xmldom.
 */
export { readDocx, readDocxParagraphs, MAX_XML_BYTES } from './readers/docx/index';
