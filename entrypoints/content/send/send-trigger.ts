// What started a send: the key, the Send control, or the form's submit. The replay after "Send
// anyway" depends on it (only a control can be clicked again; a key is never synthesised).
export type SendTrigger =
  | { kind: 'enter' }
  | { kind: 'mod-enter' }
  | { kind: 'control'; control: HTMLElement }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };
