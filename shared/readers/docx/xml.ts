/**
 * Namespace-tolerant helpers over @xmldom/xmldom: WordprocessingML elements are matched
 * by local name in the w: namespace (transitional or strict), so files from Word,
 * LibreOffice and generators all read the same.
 */
import { DOMParser } from '@xmldom/xmldom';
import { ReadError } from '../read-error';
import { MESSAGES } from './messages';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = XmlDocument['documentElement'] & {};

const ELEMENT_NODE = 1;

const W_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** Parses an XML part and returns its root element. */
export function parseXml(text: string, label: string): XmlElement {
  let document: XmlDocument;
  try {
    document = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('xml');
      },
    }).parseFromString(text, 'application/xml');
  } catch {
    throw new ReadError(MESSAGES.unparsable(label));
  }
  const root = document.documentElement;
  if (!root) throw new ReadError(MESSAGES.unparsable(label));
  return root;
}

export function localName(node: { localName?: string | null; nodeName: string }): string {
  if (node.localName) return node.localName;
  const colon = node.nodeName.indexOf(':');
  return colon === -1 ? node.nodeName : node.nodeName.slice(colon + 1);
}

/** Whether an element is a WordprocessingML element (or an unqualified/w:-prefixed one). */
export function isW(element: XmlElement, name?: string): boolean {
  if (name !== undefined && localName(element) !== name) return false;
  const namespace = element.namespaceURI;
  if (namespace) return W_NAMESPACES.has(namespace);
  return element.prefix === null || element.prefix === undefined || element.prefix === 'w';
}

export function children(element: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) result.push(node as XmlElement);
  }
  return result;
}

export function firstChild(element: XmlElement | null | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && isW(node as XmlElement, name)) return node as XmlElement;
  }
  return undefined;
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  const result: XmlElement[] = [];
  const visit = (parent: XmlElement): void => {
    for (const child of children(parent)) {
      if (localName(child) === name) result.push(child);
      visit(child);
    }
  };
  visit(element);
  return result;
}

/** The w:val attribute (or any attribute named "val"). */
export function wVal(element: XmlElement | undefined): string | undefined {
  return wAttr(element, 'val');
}

export function wAttr(element: XmlElement | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const prefixed = element.getAttribute(`w:${name}`);
  if (prefixed !== null) return prefixed;
  for (const namespace of W_NAMESPACES) {
    if (element.hasAttributeNS(namespace, name)) return element.getAttributeNS(namespace, name) ?? undefined;
  }
  const plain = element.getAttribute(name);
  return plain ?? undefined;
}

/** On/off properties: present without w:val, or with a true-ish value. */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = wVal(element);
  return value === undefined || !/^(0|false|off)$/i.test(value);
}

/** A non-negative integer attribute value, or undefined. */
export function intVal(element: XmlElement | undefined): number | undefined {
  const value = wVal(element)?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
