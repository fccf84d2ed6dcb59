/**
 * A short note after an action ("Texten har ändrats sedan kontrollen. Stycket är
 * markerat."), in a live region so screen readers hear it, with a button to close it.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { words } from './words';

export interface NoticeMessage {
  kind: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

export interface NoticeBarProps {
  notice?: NoticeMessage;
  onDismiss(): void;
}

export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  // The live region stays in the page, so a notice that appears in it is announced.
  return (
    <div role="status" aria-live="polite">
      {notice ? (
        <MessageBar intent={notice.kind} layout="multiline" data-notice={notice.kind}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" data-action="dismiss-notice" aria-label={`${words.close}: ${notice.text}`} onClick={onDismiss}>
                {words.close}
              </Button>
            }
          />
        </MessageBar>
      ) : null}
    </div>
  );
}
