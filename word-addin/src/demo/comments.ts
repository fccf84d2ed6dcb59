/**
 * Word's comment margin, simulated: a column beside the document where each comment stands
 * level with its paragraph (pushed down when comments would overlap), its words marked in
 * the text. Each comment can be removed again, as "Lös" does in Word.
 */
import { setHighlight } from './highlights';

interface PlacedComment {
  element: HTMLElement;
  anchor: HTMLElement;
  range: Range;
}

const GAP_PX = 8;

export class CommentMargin {
  private comments: PlacedComment[] = [];

  constructor(private readonly margin: HTMLElement) {}

  add(anchor: HTMLElement, range: Range, quoted: string, text: string): HTMLElement {
    const document = this.margin.ownerDocument;
    const element = document.createElement('aside');
    element.className = 'demo-comment';
    element.dataset.demoComment = '';
    element.setAttribute('aria-label', 'Kommentar från Utkastkoll');
    const author = element.appendChild(document.createElement('div'));
    author.className = 'demo-comment-author';
    author.textContent = 'Utkastkoll';
    if (quoted.trim() !== '') {
      const quote = element.appendChild(document.createElement('div'));
      quote.className = 'demo-comment-quote';
      quote.textContent = `”${quoted}”`;
    }
    const body = element.appendChild(document.createElement('p'));
    body.className = 'demo-comment-text';
    body.textContent = text;
    const remove = element.appendChild(document.createElement('button'));
    remove.type = 'button';
    remove.className = 'demo-comment-remove';
    remove.textContent = 'Ta bort';
    remove.addEventListener('click', () => this.remove(element));
    this.margin.appendChild(element);
    this.comments.push({ element, anchor, range });
    this.refresh();
    return element;
  }

  /** Puts every comment level with its paragraph; call after the text moved (typing, inserts, resizing). */
  layout(): void {
    const marginTop = this.margin.getBoundingClientRect().top;
    let bottom = 0;
    const ordered = [...this.comments].sort((a, b) => a.anchor.getBoundingClientRect().top - b.anchor.getBoundingClientRect().top);
    for (const comment of ordered) {
      // A deleted paragraph leaves its comment where it was, as Word keeps a comment whose text is gone.
      const wanted = comment.anchor.isConnected ? comment.anchor.getBoundingClientRect().top - marginTop : comment.element.offsetTop;
      const top = Math.max(wanted, bottom);
      comment.element.style.top = `${top}px`;
      bottom = top + comment.element.offsetHeight + GAP_PX;
    }
    this.margin.style.minHeight = `${bottom}px`;
  }

  clear(): void {
    for (const comment of this.comments) comment.element.remove();
    this.comments = [];
    this.refresh();
  }

  private remove(element: HTMLElement): void {
    this.comments = this.comments.filter((comment) => comment.element !== element);
    element.remove();
    this.refresh();
  }

  private refresh(): void {
    setHighlight(
      'utkastkoll-comment',
      this.comments.map((comment) => comment.range),
    );
    this.layout();
  }
}
