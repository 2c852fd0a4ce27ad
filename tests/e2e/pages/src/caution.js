// Renders the extension's real caution UI (components/caution/) with its real styles and English
// texts into an OPEN shadow root laid out as the content script's layer, so axe can audit it.
//   window.__caution.render({ dialog })  draws the caution for two prospects, with or without the
//                                        pre-send dialog; resolves once painted
//   window.__caution.calls                the callbacks the UI called, in order ("review", "show:acme"…)
import { h, render } from 'preact';
import { CautionUi } from '../../../../components/caution/CautionUi.tsx';
import { cautionStyles } from '../../../../components/caution/caution-styles.ts';
import messages from '../../../../public/_locales/en/messages.json';
import { placeCaution } from '../../../../utils/editing/caution-placement.ts';
import { HOST_STYLE } from '../../../../entrypoints/content/caution/ui-layer.ts';

/** chrome.i18n.getMessage: named placeholders become their content ($1…), then $1… the substitutions. */
function t(key, substitutions) {
  const entry = messages[key];
  if (!entry) return key;
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]),
  );
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$(\$|[1-9])/g, (_whole, which) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

// Drawn as entrypoints/content/caution/ui-layer.ts draws its host (its own style), but with an open shadow root.

const host = document.createElement('x-caution-host');
host.setAttribute('style', HOST_STYLE);
const shadow = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = cautionStyles;
const mount = document.createElement('div');
shadow.append(style, mount);
// The content script appends its host to <html>; here it goes in <body>, because axe measures
// colour contrast only for what lies inside <body> (outside it every contrast check is "incomplete").
document.body.append(host);

const editor = document.getElementById('editor');
const calls = [];
const mentions = [
  { entryId: 'acme', name: 'Acme Robotics', typed: 'Acme Robotics', occurrences: 2 },
  { entryId: 'globex', name: 'Globex', typed: 'Globex', occurrences: 1 },
];

function draw({ dialog, placement }) {
  const box = editor.getBoundingClientRect();
  // Marks under the names, roughly where the textarea shows them.
  const marks = [
    { left: box.left + 40, top: box.top + 22, width: 96, height: 18 },
    { left: box.left + 150, top: box.top + 22, width: 50, height: 18 },
  ];
  render(
    h(CautionUi, {
      mentions,
      layout: placement ? { form: 'card', ...placement } : null,
      focusCard: false,
      marks,
      dialog: dialog
        ? {
            mentions,
            hint: t('caution_dialog_hint', t('caution_key_enter')),
            onSendAnyway: () => calls.push('send-anyway'),
            onReview: () => calls.push('review'),
          }
        : null,
      t,
      onShow: (entryId) => calls.push(`show:${entryId}`),
      onIgnore: (entryId) => calls.push(`ignore:${entryId}`),
      onOpen: () => calls.push('open'),
      onMinimise: () => calls.push('minimise'),
      onMove: (dx, dy) => calls.push(`move:${dx},${dy}`),
    }),
    mount,
  );
}

/** As the content script does: draw unplaced to measure the caution, then place it by the field, off the Send button. */
function paint({ dialog }) {
  draw({ dialog, placement: null });
  const caution = mount.querySelector('.caution').getBoundingClientRect();
  const send = document.getElementById('send').getBoundingClientRect();
  const overlaps = (a, b) => a.left < b.right && b.left < a.left + a.width && a.top < b.bottom && b.top < a.top + a.height;
  const placement = placeCaution(
    editor.getBoundingClientRect(),
    { width: caution.width, height: caution.height },
    { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    (candidate) => !overlaps(candidate, send),
  );
  draw({ dialog, placement });
}

window.__caution = {
  calls,
  render(options) {
    calls.length = 0;
    render(null, mount); // a fresh dialog each time: it takes focus when it opens
    paint(options);
    return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  },
};
