// What leaves with one Send: an editor and the editors sharing its Send control (a mail's subject
// line and body). A prospect in any of them stops the send.
import type { MentionView } from '../../../components/caution/types';
import type { MessageScan } from '../editors/message-scan';
import type { SiteAdapter } from '../sites';

export function messageGroup(editor: HTMLElement, scans: ReadonlyMap<HTMLElement, MessageScan>, adapter: SiteAdapter): MessageScan[] {
  const own = scans.get(editor);
  if (!own) return [];
  const control = adapter.findSendControl?.(editor) ?? null;
  if (!control) return [own];
  const group = [own];
  for (const [other, scan] of scans) {
    if (other !== editor && other.isConnected && adapter.findSendControl?.(other) === control) group.push(scan);
  }
  // Document order, whichever editor the send started from: the first one stands for the message.
  return group.sort((a, b) => (a.editor.compareDocumentPosition(b.editor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The editor that stands for the group's message (the one-time pass is tied to it). */
export function groupOwner(group: readonly MessageScan[]): HTMLElement | null {
  return group[0]?.editor ?? null;
}

/** The group's text, as one key for the one-time pass. */
export function groupText(group: readonly MessageScan[]): string {
  return group.map((scan) => scan.text).join('\u0000');
}

/** Prospects named anywhere in the group, one line each, first occurrence as typed. */
export function groupMentions(group: readonly MessageScan[]): MentionView[] {
  const byEntry = new Map<string, MentionView>();
  for (const scan of group) {
    for (const mention of scan.mentions()) {
      const known = byEntry.get(mention.entryId);
      if (known) known.occurrences += mention.occurrences;
      else byEntry.set(mention.entryId, { ...mention });
    }
  }
  return [...byEntry.values()];
}
