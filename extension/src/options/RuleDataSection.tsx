/** Imported goal catalogs and document types: the list, importing a file, removing one. */
import { Body1, Button, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportedRuleData } from './api';
import { FileButton } from './FileButton';
import { words } from './words';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: `${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface RuleDataSectionProps {
  data: ImportedRuleData | undefined;
  busy: boolean;
  onImport(text: string, name: string): void;
  onFileError(name: string, error: string): void;
  onRemoveCatalog(id: string): void;
  onRemoveDocType(id: string): void;
}

export function RuleDataSection({ data, busy, onImport, onFileError, onRemoveCatalog, onRemoveDocType }: RuleDataSectionProps) {
  const styles = useStyles();
  const empty = data !== undefined && data.catalogs.length === 0 && data.docTypes.length === 0;
  return (
    <section aria-labelledby="rule-data-heading">
      <Subtitle1 as="h2" block id="rule-data-heading">
        {words.ruleDataHeading}
      </Subtitle1>
      <Body1 as="p" block>
        {words.ruleDataIntro}
      </Body1>
      {empty ? (
        <Body1 as="p" block>
          {words.noRuleData}
        </Body1>
      ) : null}
      <ul className={styles.list}>
        {(data?.catalogs ?? []).map((catalog) => (
          <li key={`catalog:${catalog.id}`} className={styles.row} data-catalog={catalog.id}>
            <span>{words.catalogLine(catalog.name, catalog.version, catalog.goals)}</span>
            <Button size="small" disabled={busy} aria-label={`${words.remove} ${catalog.name}`} onClick={() => onRemoveCatalog(catalog.id)}>
              {words.remove}
            </Button>
          </li>
        ))}
        {(data?.docTypes ?? []).map((docType) => (
          <li key={`doctype:${docType.id}`} className={styles.row} data-doctype={docType.id}>
            <span>{words.docTypeLine(docType.name)}</span>
            <Button size="small" disabled={busy} aria-label={`${words.remove} ${docType.name}`} onClick={() => onRemoveDocType(docType.id)}>
              {words.remove}
            </Button>
          </li>
        ))}
      </ul>
      <FileButton action="import-rule-file" disabled={busy} onFile={onImport} onError={onFileError}>
        {words.importRuleFile}
      </FileButton>
    </section>
  );
}
