/**
 * "Utkast": what was saved of this site's fields as the writer typed, this page's first.
 * A draft opens to its versions (newest first), each with "Återställ i fältet" when its
 * field is on this page, and "Kopiera" always (the way when the field is not here).
 * Storage errors from the background are shown where the list would be.
 */
import { Button, createFocusOutlineStyle, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens, useId } from '@fluentui/react-components';
import type { DraftSummary } from '../../protocol';
import type { OpenDraft, PanelController, PanelState } from '../controller';
import { firstWords, formatSavedAt, restoreBlock, restoreBlockText } from '../model';
import { panelWords } from '../words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  draft: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  label: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  preview: { margin: 0, fontStyle: 'italic', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  versions: { alignSelf: 'stretch', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXS },
  version: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, borderRadius: tokens.borderRadiusSmall, ...createFocusOutlineStyle() },
  full: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    maxHeight: '12em',
    overflow: 'auto',
    padding: tokens.spacingVerticalXS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface DraftsViewProps {
  state: PanelState;
  controller: PanelController;
  /** Heading level of "Sparade utkast"; the two lists get the next one. */
  headingLevel: 2 | 3;
}

export function DraftsView({ state, controller, headingLevel }: DraftsViewProps) {
  const styles = useStyles();
  const headingId = useId('drafts-heading');
  const Heading = `h${headingLevel}` as const;
  const Subheading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const { drafts } = state;
  const all = drafts.site === null;
  const empty = drafts.status === 'ready' && drafts.here.length === 0 && drafts.elsewhere.length === 0;
  const list = (items: DraftSummary[], label: string, kind: string) =>
    items.length > 0 ? (
      <div data-drafts={kind}>
        {/* With all drafts listed, the section's heading already says what the one list is. */}
        {all ? null : <Subheading className={styles.subheading}>{label}</Subheading>}
        <ul className={styles.list} aria-label={label}>
          {items.map((draft) => (
            <DraftItem key={draft.id} draft={draft} state={state} controller={controller} showPlace={kind !== 'here'} />
          ))}
        </ul>
      </div>
    ) : null;
  return (
    <section className={styles.root} aria-labelledby={headingId} aria-busy={drafts.status === 'loading' || undefined} data-drafts-status={drafts.status}>
      <div className={styles.top}>
        <Heading id={headingId} className={styles.heading}>
          {all ? panelWords.draftsAll : panelWords.draftsHeading}
        </Heading>
        <Button size="small" appearance="subtle" data-action="refresh-drafts" aria-label={panelWords.refreshLabel} onClick={() => void controller.loadDrafts()}>
          {panelWords.refresh}
        </Button>
      </div>
      <p className={styles.hint}>{all ? panelWords.draftsAllHint : panelWords.draftsIntro}</p>
      {drafts.status === 'error' ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-drafts-error="">
          <MessageBarBody>
            <MessageBarTitle>{panelWords.draftsFailed}</MessageBarTitle>
            {drafts.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {drafts.status === 'loading' && drafts.here.length === 0 && drafts.elsewhere.length === 0 ? (
        <Spinner size="tiny" label={panelWords.draftsLoading} />
      ) : null}
      {empty ? <p className={styles.hint}>{panelWords.noDrafts}</p> : null}
      {list(drafts.here, panelWords.draftsHere, 'here')}
      {list(drafts.elsewhere, all ? panelWords.draftsAll : panelWords.draftsElsewhere, 'elsewhere')}
    </section>
  );
}

interface DraftItemProps {
  draft: DraftSummary;
  state: PanelState;
  controller: PanelController;
  showPlace: boolean;
}

function DraftItem({ draft, state, controller, showPlace }: DraftItemProps) {
  const styles = useStyles();
  const versionsId = useId(`draft-${draft.id}-versions`);
  const open = state.openDraft?.id === draft.id ? state.openDraft : undefined;
  const preview = firstWords(draft.value);
  const place = draft.site === state.drafts.site ? draft.page : `${draft.site}${draft.page}`;
  return (
    <li className={styles.draft} data-draft={draft.id} data-field={draft.field}>
      <p className={styles.label}>{draft.label || draft.field}</p>
      <p className={styles.meta}>
        <time dateTime={new Date(draft.updatedAt).toISOString()}>{panelWords.savedAt(formatSavedAt(draft.updatedAt))}</time>
        {' · '}
        <span data-versions-count={draft.versions}>{panelWords.versionsCount(draft.versions)}</span>
        {showPlace ? ` · ${place}` : ''}
      </p>
      {preview ? <p className={styles.preview}>{preview}</p> : null}
      <Button
        size="small"
        data-action="versions"
        aria-expanded={open !== undefined}
        aria-controls={open ? versionsId : undefined}
        aria-label={`${open ? panelWords.hideVersions : panelWords.showVersions}: ${draft.label || draft.field}`}
        onClick={() => void controller.toggleDraft(draft.id)}
      >
        {open ? panelWords.hideVersions : panelWords.showVersions}
      </Button>
      {open ? <Versions id={versionsId} draft={draft} open={open} state={state} controller={controller} /> : null}
    </li>
  );
}

interface VersionsProps {
  id: string;
  draft: DraftSummary;
  open: OpenDraft;
  state: PanelState;
  controller: PanelController;
}

function Versions({ id, draft, open, state, controller }: VersionsProps) {
  const styles = useStyles();
  const block = restoreBlock(draft, state.report);
  const label = draft.label || draft.field;
  return (
    <div id={id} className={styles.versions} data-versions-for={draft.id}>
      {open.status === 'error' ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-versions-error="">
          <MessageBarBody>
            <MessageBarTitle>{panelWords.versionsFailed}</MessageBarTitle>
            {open.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {open.status === 'loading' && open.versions.length === 0 ? <Spinner size="tiny" label={panelWords.draftsLoading} /> : null}
      {open.versions.length > 0 ? (
        <>
          <p className={styles.hint} data-restore-blocked={block ? block.reason : undefined}>
            {block ? restoreBlockText(block) : panelWords.restoreKeeps}
          </p>
          <ol className={styles.list} aria-label={panelWords.versionsLabel(label)}>
            {open.versions.map((version, index) => {
              const time = formatSavedAt(version.savedAt);
              const words = firstWords(version.value);
              return (
                <li key={`${version.savedAt}-${index}`} className={styles.version} data-version={index}>
                  <p className={styles.meta}>
                    <time dateTime={new Date(version.savedAt).toISOString()}>{time}</time>
                    {index === 0 ? ` (${panelWords.versionLatest})` : ''} · {panelWords.characters(version.value.length)}
                  </p>
                  <p className={styles.preview} data-first-words="">
                    {words || panelWords.emptyVersion}
                  </p>
                  {version.value !== '' ? (
                    <details>
                      <summary className={styles.summary}>{panelWords.showText}</summary>
                      <pre className={styles.full} tabIndex={0} aria-label={`${panelWords.showText}: ${time}`}>
                        {version.value}
                      </pre>
                    </details>
                  ) : null}
                  <div className={styles.actions}>
                    {block === null ? (
                      <Button
                        size="small"
                        appearance="primary"
                        data-action="restore-draft"
                        aria-label={panelWords.restoreLabel(time, label)}
                        onClick={() => void controller.restoreDraft(draft, version.value)}
                      >
                        {panelWords.restoreInField}
                      </Button>
                    ) : null}
                    <Button
                      size="small"
                      data-action="copy-draft"
                      aria-label={panelWords.copyLabel(time, label)}
                      onClick={() => void controller.copy(version.value)}
                    >
                      {panelWords.copy}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </div>
  );
}
