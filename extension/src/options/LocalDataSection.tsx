/** All local data: export as one file, import such a file, delete everything (after a confirmation). */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FileButton } from './FileButton';
import { words } from './words';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface LocalDataSectionProps {
  busy: boolean;
  onExport(): void;
  onImport(text: string, name: string): void;
  onFileError(name: string, error: string): void;
  onDeleteAll(): void;
}

export function LocalDataSection({ busy, onExport, onImport, onFileError, onDeleteAll }: LocalDataSectionProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="data-heading">
      <Subtitle1 as="h2" block id="data-heading">
        {words.dataHeading}
      </Subtitle1>
      <Body1 as="p" block>
        {words.dataIntro}
      </Body1>
      <div className={styles.actions}>
        <Button disabled={busy} data-action="export" onClick={onExport}>
          {words.exportData}
        </Button>
        <FileButton action="import-data" disabled={busy} onFile={onImport} onError={onFileError}>
          {words.importData}
        </FileButton>
        <Dialog open={confirming} onOpenChange={(_event, data) => setConfirming(data.open)}>
          <DialogTrigger disableButtonEnhancement>
            <Button disabled={busy} data-action="delete-all">
              {words.deleteAll}
            </Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{words.confirmTitle}</DialogTitle>
              <DialogContent>{words.confirmText}</DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  data-action="confirm-delete"
                  onClick={() => {
                    setConfirming(false);
                    onDeleteAll();
                  }}
                >
                  {words.confirmDelete}
                </Button>
                <DialogTrigger disableButtonEnhancement>
                  <Button data-action="cancel-delete">{words.cancel}</Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </div>
    </section>
  );
}
