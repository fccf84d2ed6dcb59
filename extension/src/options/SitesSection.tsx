/** Enabled sites, the organisation's marked, and turning a new one on. */
import { Badge, Body1, Button, Field, Input, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SiteEntry } from './api';
import { words } from './words';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: `${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  origin: { fontFamily: tokens.fontFamilyMonospace },
  form: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  input: { minWidth: '22em' },
});

export interface SitesSectionProps {
  sites: SiteEntry[] | undefined;
  busy: boolean;
  /** Called synchronously from the click or submit, so the permission prompt may open. */
  onEnable(origin: string): void;
  onDisable(origin: string): void;
}

export function SitesSection({ sites, busy, onEnable, onDisable }: SitesSectionProps) {
  const styles = useStyles();
  const [origin, setOrigin] = useState('');
  return (
    <section aria-labelledby="sites-heading">
      <Subtitle1 as="h2" block id="sites-heading">
        {words.sitesHeading}
      </Subtitle1>
      <Body1 as="p" block>
        {words.sitesIntro}
      </Body1>
      {sites && sites.length === 0 ? (
        <Body1 as="p" block>
          {words.noSites}
        </Body1>
      ) : null}
      <ul className={styles.list}>
        {(sites ?? []).map((site) => (
          <li key={site.origin} className={styles.row} data-site={site.origin}>
            <span className={styles.origin}>{site.origin}</span>
            {site.managed ? (
              <Badge appearance="tint" color="informative">
                {words.managed}
              </Badge>
            ) : null}
            {!site.granted ? (
              <>
                <Badge appearance="tint" color="warning">
                  {words.waiting}
                </Badge>
                <Button size="small" disabled={busy} data-action="grant" onClick={() => onEnable(site.origin)}>
                  {words.grant}
                </Button>
              </>
            ) : null}
            {!site.managed ? (
              <Button size="small" disabled={busy} data-action="disable" aria-label={`${words.disable} ${site.origin}`} onClick={() => onDisable(site.origin)}>
                {words.disable}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          onEnable(origin);
        }}
      >
        <Field label={words.newSiteLabel} hint={words.newSiteHint}>
          <Input className={styles.input} value={origin} name="origin" placeholder="https://" onChange={(_event, data) => setOrigin(data.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy} data-action="enable">
          {words.enable}
        </Button>
      </form>
    </section>
  );
}
