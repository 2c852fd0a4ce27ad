// Protection of one page (one frame), wired top to bottom: the editors a person types in are
// tracked, the current one is rescanned off the keystroke's path and its caution drawn; a send is
// turned into (editor, trigger) and decided in one place. Everything is tied to `signal`; nothing
// here writes into an editor. The two paths are mapped in docs/architecture.md.
import { createActivityReporter } from './activity';
import { createCautionController } from './caution/caution-controller';
import { createCautionView, type CautionView } from './caution/caution-view';
import { editableAt } from './editors/editable-finder';
import { createEditorTracker } from './editors/editor-tracker';
import { createRescanScheduler } from './editors/rescan-scheduler';
import { saveCautionLayout, type Protection, type ProtectionSource } from './protection-client';
import { createSendDecision } from './send/send-decision';
import { installSendGuard } from './send/send-guard';
import type { SiteAdapter } from './sites';

export function startPageGuard(adapter: SiteAdapter, protections: ProtectionSource, signal: AbortSignal): void {
  let protection: Protection | null = null;
  const activity = createActivityReporter();
  const scheduler = createRescanScheduler(() => caution.rescanCurrent(), signal);

  // Keystroke path: editor tracked → text read and scanned when idle → caution drawn.
  const tracker = createEditorTracker(
    adapter,
    {
      protection: () => protection,
      isOwnEvent: (event) => view.isOwnEvent(event),
      editorFound(scan) {
        activity.editorFound(adapter.id, scan.kind);
        // Our layer appears with the first editor, not with the first prospect: a page watching its
        // DOM must not learn that what it just saw typed is on the watchlist.
        view.prepare();
      },
      currentChanged: () => caution.currentChanged(),
      armed: () => caution.forgetDrawn(),
      requestRescan: () => scheduler.request(),
    },
    signal,
  );
  const view: CautionView = createCautionView(signal, {
    onShow: (entryId) => caution.showMention(entryId),
    onIgnore: (entryId) => caution.ignoreMention(entryId),
    siteLayout: () => protection?.cautionLayout,
    saveSiteLayout: (layout) => saveCautionLayout(layout),
  });
  const caution = createCautionController(
    {
      tracker,
      view: () => view,
      protection: () => protection,
      dialog: () => decision.dialog,
      pendingSend: () => decision.pendingSend,
      activity,
      requestRescan: () => scheduler.request(),
    },
    signal,
  );

  // Send path: event → (editor, trigger) → decision → dialog → replay or pass.
  const decision = createSendDecision({
    adapter,
    tracker,
    protection: () => protection,
    activity,
    dialogChanged: () => caution.draw(),
    requestRescan: () => scheduler.request(),
  });
  installSendGuard(
    {
      adapter,
      decision,
      isOwnEvent: (event) => view.isOwnEvent(event),
      watchedEditorHolding: (node) => tracker.watch(editableAt(node))?.editor ?? null,
      messageText: (editor) => tracker.freshScan(editor)?.text ?? null,
    },
    signal,
  );

  // Protection from the background: the matcher and sales team, kept current by its pushes.
  protections.subscribe(signal, (next) => {
    protection = next;
    if (!next.active) decision.reset();
    tracker.markAllDirty();
    // A focused editor from before we had protection (or after it was switched back on).
    tracker.adoptFocusedEditor();
    scheduler.request();
  });
}
