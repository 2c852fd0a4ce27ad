// Draws what the person sees in the page: marks under prospect names, the caution by the editor
// and the confirmation dialog, all in our closed layer. Follows scrolling and resizing.
import { h, render as renderPreact } from 'preact';
import { CautionUi } from '../../../components/caution/CautionUi';
import type { DialogState, MentionView } from '../../../components/caution/types';
import type { Box } from '../../../utils/editing/screen-box';
import { type CautionLayout, layoutCaution, movedPlace, placeCaution } from '../../../utils/editing/caution-placement';
import type { SiteCautionLayout } from '../../../utils/model/settings';
import { rangeFor } from '../editors/editable-text';
import { STYLE_RECHECK_MS, fieldMarkBoxes } from './field-mirror';
import { freeOfControls } from './page-controls';
import { translate } from '../i18n';
import type { MessageScan } from '../editors/message-scan';
import { rangeMarkBoxes } from './range-marks';
import { createUiLayer, type UiLayer } from './ui-layer';

export interface CautionView {
  /**
   * Shows the caution for `scan`'s prospects (none: hidden), the dialog when there is one, and
   * the line saying how to send a message let through ("Press Enter to send"), or null.
   */
  show(scan: MessageScan | null, mentions: MentionView[], dialog: DialogState | null, pending: string | null): void;
  /** Creates our layer ahead of any caution, so its arrival in the page tells nothing. */
  prepare(): void;
  /** Whether an event came from our UI. */
  isOwnEvent(event: Event): boolean;
}

export interface CautionViewHandlers {
  onShow(entryId: string): void;
  onIgnore(entryId: string): void;
  /** How the person left the caution on this site (badge or card, moved aside), if they did. */
  siteLayout(): SiteCautionLayout | undefined;
  /** The person made it small, opened it or moved it: remember that for the site. */
  saveSiteLayout(layout: SiteCautionLayout): void;
}

/** The badge's size, as its style sets it. */
const BADGE_SIZE = { width: 40, height: 28 };

export function createCautionView(signal: AbortSignal, handlers: CautionViewHandlers): CautionView {
  let layer: UiLayer | null = null;
  let shown: { scan: MessageScan | null; mentions: MentionView[]; dialog: DialogState | null; pending: string | null } = {
    scan: null,
    mentions: [],
    dialog: null,
    pending: null,
  };
  let marks: Box[] = [];
  let placement: CautionLayout | null = null;
  // The person opened the badge (it stays open until they make it small or the message goes).
  let opened = false;
  let focusCard = false;
  // Set by the person in this page: their drag, not yet saved, wins over the stored one.
  let moved: SiteCautionLayout | null = null;
  const siteLayout = (): SiteCautionLayout => moved ?? handlers.siteLayout() ?? { collapsed: false, dx: 0, dy: 0 };
  const relayout = (save: boolean) => {
    placedFor = '';
    if (save) handlers.saveSiteLayout(siteLayout());
    draw();
  };
  const own = {
    onShow: handlers.onShow,
    onIgnore: handlers.onIgnore,
    onOpen(byFocus: boolean) {
      opened = true;
      focusCard = byFocus;
      moved = { ...siteLayout(), collapsed: false };
      relayout(true);
    },
    onMinimise() {
      opened = false;
      focusCard = false;
      moved = { ...siteLayout(), collapsed: true };
      relayout(true);
    },
    onMove(dx: number, dy: number, done: boolean) {
      const now = siteLayout();
      moved = { ...now, dx: now.dx + dx, dy: now.dy + dy };
      relayout(done);
    },
  };
  let placedFor = '';
  let panelSize = { width: 260, height: 60 };
  let measuredFor = '';

  // What was last rendered: a keystroke that moves no mark and changes no name renders nothing.
  let painted: {
    mentions: string;
    placement: CautionLayout | null;
    marks: string;
    dialog: DialogState | null;
    pending: string | null;
    focusCard: boolean;
  } | null = null;
  // The mentions last rendered: kept as the same array while unchanged, so that the panel is not
  // rendered again when only the marks moved.
  let renderedMentions: MentionView[] = [];
  const paint = () => {
    if (!layer) return;
    const { dialog, pending } = shown;
    const next = { mentions: JSON.stringify(shown.mentions), placement, marks: JSON.stringify(marks), dialog, pending, focusCard };
    if (
      painted &&
      painted.mentions === next.mentions &&
      painted.placement === next.placement &&
      painted.marks === next.marks &&
      painted.dialog === next.dialog &&
      painted.pending === next.pending &&
      painted.focusCard === next.focusCard
    ) {
      return;
    }
    if (painted?.mentions !== next.mentions) renderedMentions = shown.mentions;
    painted = next;
    renderPreact(
      h(CautionUi, { mentions: renderedMentions, layout: placement, focusCard, marks, dialog, pending, t: translate, ...own }),
      layer.mount,
    );
  };

  const markBoxes = (scan: MessageScan, scratch: HTMLElement): Box[] => {
    const spans = scan.activeMatches();
    if (scan.kind !== 'contenteditable') {
      return fieldMarkBoxes(scan.editor as HTMLTextAreaElement | HTMLInputElement, spans, scratch);
    }
    // Drawn in our closed layer rather than with CSS.highlights: the page can read the highlight
    // registry, which would tell it which words are on the watchlist.
    const ranges = spans.map((span) => rangeFor(scan.read, span.start, span.end)).filter((range): range is Range => range !== null);
    return rangeMarkBoxes(ranges, scan.editor);
  };

  // A field's style is read at most every STYLE_RECHECK_MS while it is redrawn: one more draw once
  // redraws stop catches a restyle that resized nothing (a class set on an ancestor).
  let settleTimer = 0;
  const drawOnceSettled = () => {
    clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      settleTimer = 0;
      draw(false);
    }, STYLE_RECHECK_MS + 100);
  };
  signal.addEventListener('abort', () => clearTimeout(settleTimer), { once: true });

  const draw = (settle = true) => {
    const { scan, mentions, dialog } = shown;
    if (!scan || (mentions.length === 0 && !dialog)) {
      marks = [];
      placement = null;
      placedFor = '';
      opened = false;
      focusCard = false;
      return paint();
    }
    layer ??= createUiLayer(signal);
    marks = mentions.length > 0 ? markBoxes(scan, layer.scratch) : [];
    if (settle && mentions.length > 0 && scan.kind !== 'contenteditable') drawOnceSettled();
    // Read before painting: once our layer changed, reading the page's layout lays it out at once.
    const editorBox = scan.editor.getBoundingClientRect();
    paint();
    // Place the caution from its rendered size; hit testing the page is only redone when the
    // editor, the caution or the window changed size or place. The size is measured again only
    // when what the caution says changed: measuring right after the marks moved would make the
    // browser lay our layer out twice.
    const panelContent = `${painted?.mentions}\n${dialog !== null}\n${painted?.pending}\n${window.innerWidth}x${window.innerHeight}`;
    if (panelContent !== measuredFor) {
      const panel = layer.mount.querySelector('.caution');
      const box = panel?.getBoundingClientRect();
      panelSize = box ? { width: box.width, height: box.height } : { width: 260, height: 60 };
      measuredFor = panelContent;
    }
    const size = panelSize;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const remembered = siteLayout();
    const key = [
      opened,
      remembered.collapsed,
      remembered.dx,
      remembered.dy,
      editorBox.left,
      editorBox.top,
      editorBox.width,
      editorBox.height,
      size.width,
      size.height,
      viewport.width,
      viewport.height,
    ].join();
    if (key !== placedFor) {
      const isFree = freeOfControls();
      // Never on a control nor on the text being typed: the card where a free place fits it, else
      // the badge. A card the person opened shows even where it must cover something: they asked.
      const laid: CautionLayout = opened
        ? { form: 'card', ...placeCaution(editorBox, size, viewport, isFree) }
        : layoutCaution(editorBox, { card: size, badge: BADGE_SIZE }, viewport, isFree, remembered.collapsed);
      const laidSize = laid.form === 'card' ? size : BADGE_SIZE;
      placement = { form: laid.form, ...movedPlace(laid, remembered, laidSize, viewport) };
      placedFor = key;
    }
    paint();
  };

  let layoutFrame = 0;
  const requestLayout = () => {
    if (layoutFrame || !layer || (shown.mentions.length === 0 && !shown.dialog)) return;
    layoutFrame = requestAnimationFrame(() => {
      layoutFrame = 0;
      if (!awaitsRescan(shown.scan)) draw();
    });
  };
  // A field scrolls as the person types into it: its value already differs from the last scan,
  // and the rescan on its way draws the marks for the new text (drawing now would measure twice).
  const awaitsRescan = (scan: MessageScan | null) =>
    scan !== null && scan.kind !== 'contenteditable' && scan.text !== (scan.editor as HTMLTextAreaElement | HTMLInputElement).value;
  for (const type of ['scroll', 'resize'] as const) {
    window.addEventListener(type, requestLayout, { capture: true, passive: true, signal });
  }
  // A web font arriving moves text without resizing anything.
  document.fonts?.addEventListener('loadingdone', requestLayout, { signal });
  const resizes = new ResizeObserver(requestLayout);
  signal.addEventListener('abort', () => resizes.disconnect(), { once: true });

  return {
    show(scan, mentions, dialog, pending) {
      if (scan !== shown.scan) {
        if (shown.scan) resizes.unobserve(shown.scan.editor);
        if (scan) resizes.observe(scan.editor);
      }
      shown = { scan, mentions, dialog, pending };
      draw();
    },
    prepare() {
      layer ??= createUiLayer(signal);
    },
    isOwnEvent: (event) => layer?.isOwnEvent(event) ?? false,
  };
}
