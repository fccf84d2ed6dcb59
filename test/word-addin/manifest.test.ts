/**
 * The Word add-in's manifest.xml, checked offline: against Microsoft's XML schemas with
 * xmllint where both are on the machine (a smoke check; Office's own validator needs a web
 * service), and always for what Office refuses or users notice: a stable GUID, https URLs,
 * the Swedish name, the permission and the WordApi 1.3 floor, icons that exist.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const manifestPath = join(root, 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');
const schema = join(root, '..', 'shared', 'office-xsd', 'OfficeAppManifestV1_1.xsd');
const xmllintAvailable = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Every attribute value and element text that is a URL. */
const urls = [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)([a-z]+:\/\/[^"<]+)/g)].map((match) => match[1]!);

describe('manifest.xml', () => {
  it.skipIf(!xmllintAvailable || !existsSync(schema))('validates against the Office add-in manifest schemas (xmllint)', () => {
    const output = execFileSync('xmllint', ['--noout', '--schema', schema, manifestPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe('');
  });

  it('is a Word task pane add-in with a fixed GUID', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Document"\s*\/>/);
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    // The GUID is the add-in's identity in every Office installation: it must never change.
    expect(manifest).toContain('<Id>3db62316-bb70-4613-8f04-afd079200436</Id>');
  });

  it('is Swedish: locale, name and description', () => {
    expect(manifest).toContain('<DefaultLocale>sv-SE</DefaultLocale>');
    expect(manifest).toContain('<DisplayName DefaultValue="Utkastkoll"/>');
    expect(manifest).toMatch(/<Description DefaultValue="[^"]*(?:tjänsteutlåtanden|verksamhetsplaner)[^"]*"/);
  });

  it('asks to read and write the document and needs WordApi 1.3 only', () => {
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3"\s*\/>/);
    expect(manifest).not.toMatch(/<Set Name="WordApi" MinVersion="1\.[4-9]"/);
  });

  it('uses https for every URL and opens taskpane.html', () => {
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(url, url).toMatch(/^https:\/\//);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('has a button on the Home tab that opens the task pane', () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
    expect(manifest).toMatch(/<bt:String id="Button.Label" DefaultValue="Utkastkoll"\s*\/>/);
  });

  it('names only icons that exist in word-addin/public', () => {
    const icons = urls.filter((url) => url.endsWith('.png'));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const url of icons) {
      const path = new URL(url).pathname;
      expect(existsSync(join(root, 'word-addin', 'public', path)), `${path} saknas i word-addin/public`).toBe(true);
    }
  });
});
