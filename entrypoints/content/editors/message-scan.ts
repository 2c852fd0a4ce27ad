// One editor's message as last read: its text, the prospect names found in it, and the names the
// person said are not prospects here. Rescans only the paragraphs that changed.
import { rescanChanged } from '../../../utils/editing/incremental-scan';
import type { MentionView } from '../../../components/caution/types';
import { editableKind, readEditableText, type EditableKind, type EditableText } from './editable-text';
import type { Scanner } from '../protection-client';

export interface Found {
  start: number;
  end: number;
  entryId: string;
  term: string;
  /** Set for an entry of a hashed team list: its display name. */
  teamList?: string;
}

export class MessageScan {
  readonly kind: EditableKind;
  read: EditableText = { text: '', segments: [] };
  matches: Found[] = [];
  /** Entries the person marked "not a prospect here" for this message. */
  readonly ignored = new Set<string>();
  /** Set by DOM mutations and a new watchlist; cleared by a read. Fields are always re-read (cheap). */
  dirty = true;
  /**
   * The text as last read is the person's own: they typed, pasted or dropped into it (a trusted
   * event) and the page has not rewritten it since. Until then, and again after any change no
   * person made, the text is the page's, and showing what it names would tell the page what is on
   * the watchlist: a page could write candidate names into its own editor and watch our caution.
   */
  armed = false;
  /** A person's input arrived since the last change was read: the next change read is theirs. */
  private personTyped = false;
  /** Goes up whenever the text or the matches change. */
  version = 0;
  private scanner: Scanner | null = null;

  constructor(readonly editor: HTMLElement) {
    this.kind = editableKind(editor);
  }

  get text(): string {
    return this.read.text;
  }

  /** A trusted input event (key, paste, drop, autofill) reached this editor. */
  notePersonInput(): void {
    this.armed = true;
    this.personTyped = true;
  }

  /** Brings the matches up to date with the editor's text. True when the text or scanner changed. */
  refresh(scanner: Scanner): boolean {
    if (!this.dirty && this.kind === 'contenteditable' && scanner === this.scanner) return false;
    const read = readEditableText(this.editor);
    this.dirty = false;
    const scannerChanged = scanner !== this.scanner;
    if (!scannerChanged && read.text === this.read.text) {
      this.read = read; // same text, but the DOM nodes behind it may be new
      return false;
    }
    if (read.text !== this.read.text) {
      // One person's input pays for one change: a change read without one was the page's own.
      if (this.personTyped) this.personTyped = false;
      else this.armed = false;
    }
    const previousText = scannerChanged ? '' : this.read.text;
    const previousMatches = scannerChanged ? [] : this.matches;
    this.matches = rescanChanged(previousText, previousMatches, read.text, (text) => scanner.scan(text));
    this.scanner = scanner;
    this.read = read;
    this.version++;
    // An emptied editor means the message went out or was dropped: the next one starts afresh.
    if (read.text.trim() === '') {
      this.ignored.clear();
    }
    return true;
  }

  /** Matches the person has not dismissed. */
  activeMatches(): Found[] {
    return this.ignored.size === 0 ? this.matches : this.matches.filter((match) => !this.ignored.has(match.entryId));
  }

  /** One line per prospect, showing the first occurrence as typed. */
  mentions(): MentionView[] {
    const byEntry = new Map<string, MentionView>();
    for (const match of this.activeMatches()) {
      const known = byEntry.get(match.entryId);
      if (known) known.occurrences++;
      else {
        const mention: MentionView = { entryId: match.entryId, typed: typedText(this.read.text, match), occurrences: 1 };
        if (match.teamList) mention.teamList = match.teamList;
        byEntry.set(match.entryId, mention);
      }
    }
    return [...byEntry.values()];
  }
}

/** The mentions with each prospect's name as in the list, for the caution, the dialog and the log. */
export function withListNames(mentions: MentionView[], scanner: Scanner | null | undefined): MentionView[] {
  // A team list's hashed entry has no name to show: its typed words and list name say it.
  return mentions.map((mention) =>
    mention.teamList ? mention : { ...mention, name: scanner?.entryName?.(mention.entryId) ?? mention.typed },
  );
}

/** The name as the person typed it, with line breaks inside it shown as spaces. */
export function typedText(text: string, match: { start: number; end: number }): string {
  return text.slice(match.start, match.end).replace(/\s+/g, ' ');
}
