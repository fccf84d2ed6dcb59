/**
 * "Dokumenttyp": what the check compares the draft with. Shows why the type was chosen
 * and, when no type is known, that only the type-independent checks ran.
 */
import { Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, tokens } from '@fluentui/react-components';
import { words } from './words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface TypeChoice {
  /** "auto" or a document type id. */
  id: string;
  /** Swedish: "Känn igen automatiskt", "Tjänsteutlåtande". */
  name: string;
}

export interface TypePickerProps {
  types: readonly TypeChoice[];
  /** The current choice: "auto" or a type id. */
  value: string;
  /** The type the last check used; null when none is known, undefined before the first check. */
  checkedType?: string | null;
  /** Why that type: the result's typeReason. */
  reason?: string;
  onChange(typeId: string): void;
  disabled?: boolean;
}

export function TypePicker({ types, value, checkedType, reason, onChange, disabled = false }: TypePickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-type-picker="">
      <Field label={words.docType} hint={reason}>
        <Select value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)} data-action="type">
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </Select>
      </Field>
      {checkedType === null ? (
        <MessageBar intent="warning" layout="multiline" data-notice="no-type">
          <MessageBarBody>
            <MessageBarTitle>{words.noTypeTitle}</MessageBarTitle>
            {words.noTypeText}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
