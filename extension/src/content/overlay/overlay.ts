/**
 * The overlay: one host element with a CLOSED shadow root (the page cannot read or style
 * what is inside; FRONTEND-FACTS §10), holding per checked field a badge with its count
 * at the field's lower right corner and underlines under the flagged words, and a popup
 * with the message and the fixes when an underline is hovered or focused from the
 * keyboard (Tab reaches the underlines; Escape closes and gives the field its focus back).
 * The page's layout, styles and text are untouched: every box is `position: fixed` in the
 * host, recomputed at most once a frame after scrolling (any scrolling ancestor: the
 * controller listens for scroll in the capture phase), resizing, typing and DOM changes.
 * Hovering is found by hit-testing the boxes on mousemove, so the underlines never take
 * the page's clicks (Harper's PopupHandler does the same).
 */
import type { Diagnostic } from '../../../../shared/index';
import { isTextControl, type TextControl } from '../dom';
import { readEditable } from '../editable-text';
import type { Mark } from '../form-check';
import { OVERLAY_TAG } from '../form';
import { remapRange, textEdit } from '../remap';
import { FrameThrottle, windowClock, type Clock } from '../schedule';
import { contentWords, findingsPhrase } from '../words';
import { editorRects, elementBox, frameOffset, hostShift, intersect, TextMirror, visibleArea, visibleRects, type Box } from './geometry';
import { renderPopup } from './popup';
import { OVERLAY_CSS } from './styles';
import type { OverlayActions, OverlayField, OverlayPort } from './types';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'left: 0',
  'top: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'display: block',
  'pointer-events: none',
  'z-index: 2147483646',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

const BADGE_SIZE = 20;
const BADGE_INSET = 4;

interface FieldView {
  badge: HTMLButtonElement;
  marks: HTMLElement[];
  mirror: TextMirror | null;
}

interface Hit {
  box: Box;
  field: OverlayField;
  mark: Mark;
  element: HTMLElement;
}

interface OpenPopup {
  fieldId: string;
  /** The mark's key, or null for the badge's list of the field's findings. */
  key: string | null;
  by: 'hover' | 'focus' | 'click';
}

/** The box around all of a mark's line boxes: the popup goes below the whole stretch, not over its second line. */
function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  return { left, top, width: right - left, height: bottom - top };
}

export interface OverlayOptions {
  clock?: Clock;
  /** Hands the closed shadow root to a test; nothing else ever sees it. */
  inspect?: (root: ShadowRoot) => void;
}

export function createOverlay(document: Document, actions: OverlayActions, options: OverlayOptions = {}): OverlayPort {
  return new Overlay(document, actions, options.clock ?? windowClock(document.defaultView!), options.inspect);
}

export class Overlay implements OverlayPort {
  private readonly host: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly mirrors: HTMLDivElement;
  private readonly popup: HTMLDivElement;
  private readonly notice: HTMLDivElement;
  private readonly throttle: FrameThrottle;
  private fields: readonly OverlayField[] = [];
  private readonly views = new Map<string, FieldView>();
  private hits: Hit[] = [];
  private open: OpenPopup | null = null;
  private closeTimer: unknown = null;
  private noticeTimer: unknown = null;
  private readonly listened = new WeakSet<Document>();
  private readonly cleanups: Array<() => void> = [];
  private readonly resizes: ResizeObserver | null;

  constructor(
    private readonly document: Document,
    private readonly actions: OverlayActions,
    private readonly clock: Clock,
    inspect?: (root: ShadowRoot) => void,
  ) {
    this.host = document.createElement(OVERLAY_TAG);
    this.host.setAttribute('style', HOST_STYLE);
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.mirrors = document.createElement('div');
    this.popup = document.createElement('div');
    this.popup.className = 'popup hidden';
    this.notice = document.createElement('div');
    this.notice.className = 'notice hidden';
    this.notice.setAttribute('role', 'alert');
    this.layer.append(this.mirrors, this.popup, this.notice);
    root.append(style, this.layer);
    inspect?.(root);
    (document.documentElement ?? document.body).appendChild(this.host);
    this.throttle = new FrameThrottle(clock, () => this.render());
    const Resize = (document.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
    this.resizes = Resize ? new Resize(() => this.refresh()) : null;
    this.layer.addEventListener('focusin', this.onFocusIn);
    this.layer.addEventListener('keydown', this.onKeyDown);
    this.popup.addEventListener('mouseenter', () => this.cancelClose());
    this.popup.addEventListener('mouseleave', () => this.open?.by === 'hover' && this.scheduleClose());
  }

  update(fields: readonly OverlayField[]): void {
    const ids = new Set(fields.map((field) => field.id));
    for (const [id, view] of this.views) {
      if (ids.has(id)) continue;
      view.badge.remove();
      for (const mark of view.marks) mark.remove();
      view.mirror?.remove();
      this.views.delete(id);
    }
    this.resizes?.disconnect();
    for (const field of fields) {
      if (!this.views.has(field.id)) this.views.set(field.id, this.newView(field.id));
      this.resizes?.observe(field.element);
      this.listen(field.element.ownerDocument);
    }
    this.fields = fields;
    if (this.open) {
      const field = fields.find((each) => each.id === this.open!.fieldId);
      if (!field || (this.open.key !== null && !field.marks.some((mark) => mark.diagnostic.key === this.open!.key))) this.close();
      else this.fillPopup(field, this.open.key);
    }
    this.refresh();
  }

  refresh(): void {
    this.throttle.request();
  }

  notify(text: string, kind: 'error' | 'info'): void {
    this.notice.replaceChildren();
    this.notice.className = `notice ${kind === 'error' ? 'error' : 'info'}`;
    const message = this.document.createElement('p');
    message.style.margin = '0';
    message.textContent = text;
    const close = this.document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Stäng');
    close.addEventListener('click', () => this.notice.classList.add('hidden'));
    this.notice.append(message, close);
    if (this.noticeTimer !== null) this.clock.clearTimeout(this.noticeTimer);
    this.noticeTimer = kind === 'info' ? this.clock.setTimeout(() => this.notice.classList.add('hidden'), 6000) : null;
  }

  reveal(element: HTMLElement, offset: number): void {
    if (!isTextControl(element)) return;
    const mirror = new TextMirror(this.mirrors);
    mirror.sync(element, element.value);
    const top = mirror.lineTop(offset);
    mirror.remove();
    if (top !== null) element.scrollTop = Math.max(0, top - element.clientHeight / 3);
    this.refresh();
  }

  destroy(): void {
    this.throttle.stop();
    this.resizes?.disconnect();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (this.closeTimer !== null) this.clock.clearTimeout(this.closeTimer);
    if (this.noticeTimer !== null) this.clock.clearTimeout(this.noticeTimer);
    this.host.remove();
  }

  // ————— drawing —————

  private render(): void {
    // Pages that re-render their whole body (Harper's RenderBox) may have taken the host out.
    if (!this.host.isConnected) (this.document.documentElement ?? this.document.body).appendChild(this.host);
    const shift = hostShift(this.host);
    this.hits = [];
    for (const field of this.fields) this.renderField(field, shift);
    if (this.open) this.placePopup();
  }

  private renderField(field: OverlayField, shift: { x: number; y: number }): void {
    const view = this.views.get(field.id);
    if (!view) return;
    const area = field.element.isConnected ? visibleArea(field.element) : null;
    if (!area) {
      view.badge.classList.add('hidden');
      for (const mark of view.marks) mark.classList.add('hidden');
      return;
    }
    this.placeBadge(view.badge, field, area, shift);
    // Words scrolled under the field's border or padding are not shown: marks are cut to its client box.
    const client = elementBox(field.element);
    const text = intersect(area, {
      left: client.left + field.element.clientLeft,
      top: client.top + field.element.clientTop,
      width: field.element.clientWidth || client.width,
      height: field.element.clientHeight || client.height,
    });
    let used = 0;
    if (field.marks.length > 0 && text) {
      for (const { mark, rects } of this.markRects(field, view)) {
        visibleRects(rects, text).forEach((rect, index) => {
          const element = view.marks[used] ?? this.newMark(view);
          used++;
          element.className = `mark ${mark.diagnostic.severity}`;
          element.style.transform = `translate(${rect.left - shift.x}px, ${rect.top - shift.y}px)`;
          element.style.width = `${rect.width}px`;
          element.style.height = `${rect.height}px`;
          element.dataset.key = mark.diagnostic.key;
          element.dataset.field = field.id;
          element.dataset.ruleId = mark.diagnostic.ruleId;
          if (index === 0) {
            element.tabIndex = 0;
            element.setAttribute('role', 'button');
            element.setAttribute('aria-label', mark.diagnostic.message);
            element.removeAttribute('aria-hidden');
          } else {
            element.tabIndex = -1;
            element.removeAttribute('role');
            element.removeAttribute('aria-label');
            element.setAttribute('aria-hidden', 'true');
          }
          if (this.open?.key === mark.diagnostic.key) element.classList.add('active');
          this.hits.push({ box: rect, field, mark, element });
        });
      }
    }
    for (let index = used; index < view.marks.length; index++) view.marks[index]!.classList.add('hidden');
  }

  /** Each mark's rects now: moved along with the writer's typing since the check, left out where the typing touched it. */
  private markRects(field: OverlayField, view: FieldView): Array<{ mark: Mark; rects: Box[] }> {
    const element = field.element;
    const found: Array<{ mark: Mark; rects: Box[] }> = [];
    if (isTextControl(element)) {
      const value = element.value;
      const edit = textEdit(field.checkedValue, value);
      view.mirror ??= new TextMirror(this.mirrors);
      view.mirror.sync(element as TextControl, value);
      for (const mark of field.marks) {
        const at = remapRange(edit, mark.start, mark.end);
        if (at) found.push({ mark, rects: view.mirror.rects(at.start, at.end) });
      }
      return found;
    }
    const map = readEditable(element);
    const edit = textEdit(field.checkedValue, map.text);
    for (const mark of field.marks) {
      const at = remapRange(edit, mark.start, mark.end);
      if (at) found.push({ mark, rects: editorRects(map, at.start, at.end) });
    }
    return found;
  }

  private placeBadge(badge: HTMLButtonElement, field: OverlayField, area: Box, shift: { x: number; y: number }): void {
    if (field.count === 0) {
      badge.classList.add('hidden');
      return;
    }
    const box = elementBox(field.element);
    // Inside the lower right corner, clear of a vertical scrollbar, and inside what is visible of the field.
    const scrollbar = Math.max(0, field.element.offsetWidth - field.element.clientWidth - (field.element.clientLeft || 0) * 2);
    const right = Math.min(box.left + box.width - scrollbar, area.left + area.width);
    const bottom = Math.min(box.top + box.height, area.top + area.height);
    const left = Math.max(area.left, right - BADGE_SIZE - BADGE_INSET - (String(field.count).length - 1) * 7);
    const top = Math.max(area.top, bottom - BADGE_SIZE - BADGE_INSET);
    badge.className = `badge ${field.severity ?? 'info'}`;
    badge.textContent = String(field.count);
    badge.setAttribute('aria-label', contentWords.badgeLabel(findingsPhrase(field.count), field.name));
    badge.style.transform = `translate(${left - shift.x}px, ${top - shift.y}px)`;
  }

  private newView(id: string): FieldView {
    const badge = this.document.createElement('button');
    badge.type = 'button';
    badge.className = 'badge hidden';
    badge.dataset.field = id;
    badge.addEventListener('mousedown', (event) => event.preventDefault());
    badge.addEventListener('click', () => {
      if (this.open?.fieldId === id && this.open.key === null) this.close();
      else this.openFor(id, null, 'click');
    });
    this.layer.insertBefore(badge, this.popup);
    return { badge, marks: [], mirror: null };
  }

  private newMark(view: FieldView): HTMLElement {
    const element = this.document.createElement('span');
    element.className = 'mark';
    this.layer.insertBefore(element, this.mirrors);
    view.marks.push(element);
    return element;
  }

  // ————— the popup —————

  private openFor(fieldId: string, key: string | null, by: OpenPopup['by']): void {
    const field = this.fields.find((each) => each.id === fieldId);
    if (!field) return;
    this.cancelClose();
    this.open = { fieldId, key, by };
    this.fillPopup(field, key);
    this.popup.classList.remove('hidden');
    this.placePopup();
    this.refresh();
  }

  private fillPopup(field: OverlayField, key: string | null): void {
    const findings: Diagnostic[] = key === null ? field.findings : field.marks.filter((mark) => mark.diagnostic.key === key).map((mark) => mark.diagnostic);
    renderPopup(
      this.popup,
      findings,
      {
        fix: async (diagnostic, index) => {
          const result = await this.actions.fix(diagnostic.key, index);
          if (result.ok) this.close();
          return result.ok ? { ok: true } : result;
        },
        dismiss: async (diagnostic) => {
          const result = await this.actions.dismiss(diagnostic.key);
          if (result.ok) this.close();
          return result.ok ? { ok: true } : result;
        },
        close: () => this.close(true),
      },
      key === null ? contentWords.fieldFindings(field.name) : undefined,
    );
  }

  private placePopup(): void {
    const open = this.open;
    if (!open) return;
    let anchor: Box | null = null;
    if (open.key === null) {
      const badge = this.views.get(open.fieldId)?.badge;
      if (badge && !badge.classList.contains('hidden')) {
        const rect = badge.getBoundingClientRect();
        anchor = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
      }
    } else anchor = union(this.hits.filter((hit) => hit.mark.diagnostic.key === open.key).map((hit) => hit.box));
    if (!anchor) {
      this.popup.classList.add('hidden');
      return;
    }
    this.popup.classList.remove('hidden');
    const view = this.document.defaultView!;
    const shift = hostShift(this.host);
    const width = this.popup.offsetWidth || 300;
    const height = this.popup.offsetHeight || 120;
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
    const below = anchor.top + anchor.height + 6;
    const top = below + height > view.innerHeight - 8 && anchor.top - height - 6 > 8 ? anchor.top - height - 6 : below;
    this.popup.style.transform = `translate(${left - shift.x}px, ${top - shift.y}px)`;
  }

  private close(returnFocus = false): void {
    const open = this.open;
    this.open = null;
    this.cancelClose();
    this.popup.classList.add('hidden');
    for (const hit of this.hits) hit.element.classList.remove('active');
    if (returnFocus && open) this.fields.find((field) => field.id === open.fieldId)?.element.focus({ preventScroll: true });
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = this.clock.setTimeout(() => {
      this.closeTimer = null;
      if (this.open?.by === 'hover') this.close();
    }, 300);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.clock.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  // ————— pointer and keyboard —————

  private listen(document: Document): void {
    if (this.listened.has(document)) return;
    this.listened.add(document);
    const offsetOf = () => frameOffset(document);
    const onMove = (event: MouseEvent): void => {
      const offset = offsetOf();
      this.hover(event.clientX + offset.x, event.clientY + offset.y);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && this.open) this.close(true);
    };
    document.addEventListener('mousemove', onMove, { passive: true, capture: true });
    document.addEventListener('keydown', onKey, true);
    this.cleanups.push(() => {
      document.removeEventListener('mousemove', onMove, { capture: true } as EventListenerOptions);
      document.removeEventListener('keydown', onKey, true);
    });
  }

  private hover(x: number, y: number): void {
    const hit = this.hits.find(({ box }) => x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height + 2);
    if (hit) {
      if (this.open?.key !== hit.mark.diagnostic.key) this.openFor(hit.field.id, hit.mark.diagnostic.key, 'hover');
      else this.cancelClose();
      return;
    }
    if (this.open?.by !== 'hover') return;
    const rect = this.popup.getBoundingClientRect();
    const inside = x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
    if (inside) this.cancelClose();
    else if (this.closeTimer === null) this.scheduleClose();
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.target as HTMLElement | null;
    if (!target?.classList.contains('mark')) return;
    const { field, key } = target.dataset;
    if (field && key && this.open?.key !== key) this.openFor(field, key, 'focus');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement | null;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close(true);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && target?.classList.contains('mark')) {
      event.preventDefault();
      const first = this.popup.querySelector<HTMLButtonElement>('.actions button');
      first?.focus();
    }
  };
}
