/** The Swedish one-line reasons a .docx file cannot be read. */
export const MAX_XML_BYTES = 50 * 1024 * 1024;

export const MESSAGES = {
  empty: 'filen är tom',
  notZip: 'filen är ingen giltig .docx (inte ett zip-arkiv)',
  encrypted: 'filen är lösenordsskyddad (krypterad) och kan inte läsas; spara den utan lösenord',
  oldDoc: 'filen är i det gamla .doc-formatet; öppna den i Word och spara som .docx',
  brokenZip: 'filen är skadad eller ofullständig (zip-arkivet går inte att läsa)',
  noDocument: 'filen är ingen Word-fil (word/document.xml saknas)',
  tooLarge: (part: string) => `filen är för stor (${part} är större än ${MAX_XML_BYTES / 1024 / 1024} MB uppackad)`,
  unpack: (part: string) => `filen är skadad (${part} går inte att packa upp)`,
  unparsable: (part: string) => `filen är skadad (${part} går inte att tolka)`,
  internal: 'filen kunde inte läsas (oväntat fel i läsaren för .docx)',
} as const;
