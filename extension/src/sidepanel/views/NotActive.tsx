/**
 * No content script answers in the active tab: Utkastkoll is not on for the site (or the
 * page was open before it was). The origin field is filled with the tab's site when the
 * browser tells it; "Aktivera på den här webbplatsen" asks for access from the click itself.
 */
import { Button, Field, Input, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { PanelController, PanelState } from '../controller';
import { panelWords } from '../words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignSelf: 'stretch' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  input: { alignSelf: 'stretch' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface NotActiveProps {
  state: PanelState;
  controller: PanelController;
}

export function NotActive({ state, controller }: NotActiveProps) {
  const styles = useStyles();
  const headingId = useId('inactive-heading');
  return (
    <section className={styles.root} aria-labelledby={headingId} data-inactive="">
      <h2 id={headingId} className={styles.heading}>
        {panelWords.inactiveTitle}
      </h2>
      <p className={styles.text}>{panelWords.inactiveText}</p>
      {state.site ? <p className={styles.hint}>{panelWords.inactiveKnownSite}</p> : null}
      {/* Enter in the field clicks the submit button (implicit submission), so the permission request stays in a user gesture. */}
      <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <Field className={styles.input} label={panelWords.originLabel} hint={panelWords.originHint}>
          <Input
            name="origin"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={state.origin}
            onChange={(_event, data) => controller.setOrigin(data.value)}
          />
        </Field>
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" data-action="enable" disabled={state.enabling} onClick={() => void controller.enable()}>
            {state.enabling ? panelWords.enabling : panelWords.enable}
          </Button>
          <Button data-action="retry" onClick={() => void controller.reload()}>
            {panelWords.retry}
          </Button>
        </div>
      </form>
    </section>
  );
}
