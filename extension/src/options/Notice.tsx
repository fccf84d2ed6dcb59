/** The answer to the last action, in a live region so screen readers hear it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { words } from './words';

export interface NoticeMessage {
  kind: 'success' | 'error';
  text: string;
}

export function Notice({ notice, onDismiss }: { notice: NoticeMessage | undefined; onDismiss(): void }) {
  return (
    <div role="status" aria-live="polite">
      {notice ? (
        <MessageBar intent={notice.kind} layout="multiline" data-notice={notice.kind}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" aria-label={`${words.close}: ${notice.text}`} onClick={onDismiss}>
                {words.close}
              </Button>
            }
          />
        </MessageBar>
      ) : null}
    </div>
  );
}
