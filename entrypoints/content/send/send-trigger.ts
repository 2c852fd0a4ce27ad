// What started a send: the key, the Send control, or the form's submit. The replay after "Send
// anyway" depends on it (only a control can be clicked again; a key is never synthesised).
export type SendTrigger =
  /**
   * `judged`: the page has not shown yet what Enter does in this editor; its shape says it sends
   * ('by-shape') or could mean either ('unsure'). Such an Enter is never replayed by a click: the
   * person may have meant a new line.
   */
  | { kind: 'enter'; judged?: 'by-shape' | 'unsure' }
  | { kind: 'mod-enter' }
  | { kind: 'control'; control: HTMLElement }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };
