// What a page announces after an action ("Acme marked as won"), shown by Notice.tsx.

export interface NoticeState {
  text: string;
  /** A failure: shown in the error style. */
  isError?: boolean;
  /** When set, the notice offers an Undo button that runs it. */
  undo?: () => Promise<void>;
  /** Leave the keyboard where it is (after an add, the next name is typed at once). */
  keepFocus?: boolean;
}
