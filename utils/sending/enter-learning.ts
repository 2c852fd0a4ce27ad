// What a plain Enter did, learnt from the person's own messages that we let through: the page
// emptied the editor or submitted its form (Enter sends), or a line was added (Enter is a new
// line). Kept in memory for the page's life only, per editor and per editor look-alike (a chat
// that rebuilds its composer after each message). Browser-free.

/** The editor just before a plain Enter went through, and a moment after. */
export interface EnterSnapshot {
  text: string;
  /** Line breaks and blocks in the editor: a new line adds one, even where the text hides it. */
  lines: number;
}

/** What the page did with the Enter, or null while it has not shown it (yet). */
export function enterOutcome(before: EnterSnapshot, after: EnterSnapshot, formSubmitted: boolean): 'sends' | 'new-line' | null {
  if (formSubmitted) return 'sends';
  const hadText = before.text.trim() !== '';
  if (hadText && after.text.trim() === '') return 'sends';
  // A line added to text that is still there: the Enter was typed, nothing left.
  if (after.lines > before.lines && after.text.trim() !== '') return 'new-line';
  return null;
}

export interface EnterMemory<Editor> {
  /** What Enter was seen doing in this editor, or in one that looks the same; null when never seen. */
  recall(editor: Editor, lookalike: string): 'sends' | 'new-line' | null;
  /** The latest outcome wins: a person may switch a site's "Enter sends" preference. */
  remember(editor: Editor, lookalike: string, outcome: 'sends' | 'new-line'): void;
}

export function createEnterMemory<Editor extends object>(): EnterMemory<Editor> {
  const byEditor = new WeakMap<Editor, 'sends' | 'new-line'>();
  const byLookalike = new Map<string, 'sends' | 'new-line'>();
  return {
    recall: (editor, lookalike) => byEditor.get(editor) ?? byLookalike.get(lookalike) ?? null,
    remember(editor, lookalike, outcome) {
      byEditor.set(editor, outcome);
      byLookalike.set(lookalike, outcome);
    },
  };
}
