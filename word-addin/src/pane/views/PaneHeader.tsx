/**
 * The top of the pane: the name, the document type, "Kontrollera igen" with the check's
 * status, an error and the last action's notice.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { CheckStatus, NoticeBar, TypePicker } from '../../../../ui/index';
import type { PaneActions, PaneState } from '../state';
import { fire } from './fire';
import { paneWords } from './words';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface PaneHeaderProps {
  state: PaneState;
  actions: PaneActions;
}

export function PaneHeader({ state, actions }: PaneHeaderProps) {
  const styles = useStyles();
  const { result } = state;
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>{paneWords.appName}</h1>
      <TypePicker
        types={state.types}
        value={state.typeChoice}
        checkedType={result?.type}
        reason={result?.typeReason}
        onChange={(typeId) => fire(() => actions.setType(typeId))}
      />
      <div className={styles.row}>
        <Button appearance="primary" data-action="recheck" onClick={() => fire(() => actions.recheck())}>
          {paneWords.recheck}
        </Button>
        <CheckStatus checking={state.status === 'checking'} checkedAt={state.checkedAt} />
      </div>
      {state.status === 'error' ? (
        <MessageBar intent="error" layout="multiline" data-notice="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{paneWords.errorTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <NoticeBar notice={state.notice} onDismiss={() => actions.dismissNotice()} />
    </header>
  );
}
