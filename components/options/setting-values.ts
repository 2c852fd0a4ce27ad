// Checks and tidies what a person types into the sales-team and site lists. Each answer is either
// the value to store (lower case where case does not matter) or the message key explaining what to fix.
import type { MessageKey } from '../i18n';

export type Checked = { ok: true; value: string } | { ok: false; error: MessageKey };

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;
const HOST = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;
const LOCAL_HOST = /^(localhost|(\d{1,3}\.){3}\d{1,3})$/;

export function checkEmail(input: string): Checked {
  const value = input
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return EMAIL.test(value) ? { ok: true, value } : { ok: false, error: 'options_errorEmail' };
}

export function checkDomain(input: string): Checked {
  const value = input.trim().replace(/^@/, '').replace(/\.$/, '').toLowerCase();
  return HOST.test(value) ? { ok: true, value } : { ok: false, error: 'options_errorDomain' };
}

export function checkChannel(input: string): Checked {
  const value = input.trim().replace(/\s+/g, ' ');
  return value ? { ok: true, value } : { ok: false, error: 'options_errorChannel' };
}

/** A site: a hostname, or a pasted URL reduced to its hostname. */
export function checkSite(input: string): Checked {
  let value = input.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) {
    try {
      value = new URL(value).hostname;
    } catch {
      return { ok: false, error: 'options_errorSite' };
    }
  } else {
    value = value.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  }
  value = value.replace(/^\*\./, '').replace(/\.$/, '');
  return HOST.test(value) || LOCAL_HOST.test(value) ? { ok: true, value } : { ok: false, error: 'options_errorSite' };
}
