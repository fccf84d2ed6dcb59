/**
 * The options page: enabled sites, imported rule data, all local data. Behaviour comes in
 * as an OptionsApi; the page only shows lists and answers, and refreshes the lists after
 * each action.
 */
import { Body1, FluentProvider, Title2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { NoticeBar, type NoticeMessage } from '../../../ui/index';
import type { ImportedRuleData, OptionsApi, Outcome, SiteEntry } from './api';
import { LocalDataSection } from './LocalDataSection';
import { RuleDataSection } from './RuleDataSection';
import { SitesSection } from './SitesSection';
import { words } from './words';

const useStyles = makeStyles({
  page: {
    maxWidth: '48em',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
});

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function OptionsPage({ api }: { api: OptionsApi }) {
  const styles = useStyles();
  const [sites, setSites] = useState<SiteEntry[]>();
  const [ruleData, setRuleData] = useState<ImportedRuleData>();
  const [notice, setNotice] = useState<NoticeMessage>();
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const [siteList, data] = await Promise.allSettled([api.listSites(), api.listRuleData()]);
    if (siteList.status === 'fulfilled') setSites(siteList.value);
    else setNotice({ kind: 'error', text: words.loadFailed('webbplatserna', message(siteList.reason)) });
    if (data.status === 'fulfilled') setRuleData(data.value);
    else setNotice({ kind: 'error', text: words.loadFailed('katalogerna', message(data.reason)) });
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Takes the action's promise already started: enabling a site must call the API inside the click. */
  const settle = (action: Promise<Outcome>) => {
    setBusy(true);
    action
      .then(
        (outcome) => setNotice(outcome.ok ? { kind: 'success', text: outcome.message } : { kind: 'error', text: outcome.error }),
        (error: unknown) => setNotice({ kind: 'error', text: message(error) }),
      )
      .then(refresh)
      .finally(() => setBusy(false));
  };
  const fileError = (name: string, error: string) => setNotice({ kind: 'error', text: words.fileFailed(name, error) });

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header>
          <Title2 as="h1" block>
            {words.title}
          </Title2>
          <Body1 as="p" block>
            {words.intro}
          </Body1>
        </header>
        <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
        <SitesSection sites={sites} busy={busy} onEnable={(origin) => settle(api.enableSite(origin))} onDisable={(origin) => settle(api.disableSite(origin))} />
        <RuleDataSection
          data={ruleData}
          busy={busy}
          onImport={(text) => settle(api.importRuleFile(text))}
          onFileError={fileError}
          onRemoveCatalog={(id) => settle(api.removeCatalog(id))}
          onRemoveDocType={(id) => settle(api.removeDocType(id))}
        />
        <LocalDataSection
          busy={busy}
          onExport={() => settle(api.exportData())}
          onImport={(text) => settle(api.importData(text))}
          onFileError={fileError}
          onDeleteAll={() => settle(api.deleteAll())}
        />
      </main>
    </FluentProvider>
  );
}
