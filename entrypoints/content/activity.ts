// What the person saw and chose, for the activity log: prospect ids, names as typed, hostname.
// Never the message text.
import type { CautionChoice, OverrideReason } from '../../utils/model/messages';
import type { MentionView } from '../../components/caution/types';
import { callBackground } from './background-call';
import type { EditableKind } from './editors/editable-text';
import { pageUrl } from './page-url';

export interface ActivityReporter {
  /** A caution shows these prospects; each is logged once per message. */
  shown(alreadyShown: Set<string>, mentions: MentionView[]): void;
  /** `reason`: why the person sent anyway, when they chose one. */
  chose(choice: Exclude<CautionChoice, 'shown'>, mentions: MentionView[], reason?: OverrideReason): void;
  /** Tells the popup which editor kind this page has, once per kind. */
  editorFound(adapterId: string, kind: EditableKind): void;
}

export function createActivityReporter(): ActivityReporter {
  const reportedKinds = new Set<EditableKind>();
  const record = (choice: CautionChoice, mentions: MentionView[], reason?: OverrideReason) => {
    if (mentions.length === 0) return;
    callBackground('activity:record', {
      record: {
        site: new URL(pageUrl()).hostname,
        entryIds: mentions.map((mention) => mention.entryId),
        entryNames: mentions.map((mention) => mention.typed),
        choice,
        // Left out when none was given: undefined does not cross messaging.
        ...(reason ? { reason } : {}),
      },
    }).catch(() => {
      // The log is best effort: a reloading extension must not break the page.
    });
  };
  return {
    shown(alreadyShown, mentions) {
      const fresh = mentions.filter((mention) => !alreadyShown.has(mention.entryId));
      for (const mention of fresh) alreadyShown.add(mention.entryId);
      record('shown', fresh);
    },
    chose: record,
    editorFound(adapterId, kind) {
      if (reportedKinds.has(kind)) return;
      reportedKinds.add(kind);
      callBackground('page:editor-found', { url: pageUrl(), adapter: adapterId, editor: kind }).catch(() => {
        reportedKinds.delete(kind);
      });
    },
  };
}
