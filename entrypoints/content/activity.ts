// What was decided at a send, for the activity log: prospect ids, names as in the list, hostname,
// and the reason given for sending anyway. Never the message text, and never the partial names seen
// while typing ("acme" before "Acme Robotics"): only what the message named when the person sent it
// or set a name aside.
import type { CautionChoice, OverrideReason } from '../../utils/model/messages';
import type { MentionView } from '../../components/caution/types';
import { callBackground } from './background-call';
import type { EditableKind } from './editors/editable-text';
import { pageUrl } from './page-url';

export interface ActivityReporter {
  /**
   * `shown`: a send was stopped and the question names these; then the person's choice, with
   * `reason` when they sent anyway and said why.
   */
  chose(choice: CautionChoice, mentions: MentionView[], reason?: OverrideReason): void;
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
        entryNames: mentions.map((mention) => mention.name ?? mention.typed),
        choice,
        // Left out when none was given: undefined does not cross messaging.
        ...(reason ? { reason } : {}),
      },
    }).catch(() => {
      // The log is best effort: a reloading extension must not break the page.
    });
  };
  return {
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
