/**
 * The top of the panel: the name, which page it is about, the document type (what the
 * page is checked as, and why) with the time of the last check, and the last action's
 * notice in a live region.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckStatus, NoticeBar, TypePicker } from '../../../../ui/index';
import type { PanelController, PanelState } from '../controller';
import { TYPE_CHOICES } from '../model';
import { panelWords } from '../words';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  page: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface PanelHeaderProps {
  state: PanelState;
  controller: PanelController;
}

export function PanelHeader({ state, controller }: PanelHeaderProps) {
  const styles = useStyles();
  const { report } = state;
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>{panelWords.appName}</h1>
      {report ? (
        <p className={styles.page} data-page={`${report.site}${report.page}`}>
          {report.title ? `${report.title} – ` : ''}
          {report.site}
          {report.page}
        </p>
      ) : null}
      {report ? (
        <>
          <TypePicker
            types={TYPE_CHOICES}
            value={report.typeChoice}
            checkedType={report.type}
            reason={report.typeReason}
            onChange={(typeId) => void controller.setType(typeId)}
          />
          <CheckStatus checking={false} checkedAt={state.checkedAt} />
        </>
      ) : null}
      <NoticeBar notice={state.notice} onDismiss={() => controller.dismissNotice()} />
    </header>
  );
}
