// Styles of the in-page caution and dialog. They live in our closed shadow root, so page styles
// neither reach them nor get touched by them; light and dark follow the system.
export const cautionStyles = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer {
  --pg-bg: #fffaf0; --pg-fg: #2b2118; --pg-muted: #6b5a45; --pg-accent: #b45309; --pg-border: #f0c987;
  --pg-button-bg: #ffffff; --pg-button-fg: #2b2118; --pg-primary-bg: #b45309; --pg-primary-fg: #ffffff;
  --pg-focus: #1d4ed8; --pg-mark: rgba(217, 119, 6, 0.9);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--pg-fg);
}
@media (prefers-color-scheme: dark) {
  .layer {
    --pg-bg: #2a2118; --pg-fg: #fbeedd; --pg-muted: #d6c2a8; --pg-accent: #fbbf24; --pg-border: #8a5a1c;
    --pg-button-bg: #3a2e22; --pg-button-fg: #fbeedd; --pg-primary-bg: #fbbf24; --pg-primary-fg: #1f1710;
    --pg-focus: #93c5fd; --pg-mark: rgba(251, 191, 36, 0.95);
  }
}
.caution {
  position: fixed; max-width: min(380px, calc(100vw - 8px)); padding: 8px 10px; border-radius: 8px;
  background: var(--pg-bg); border: 1px solid var(--pg-border); box-shadow: 0 2px 10px rgba(0,0,0,.18);
  pointer-events: auto;
}
.caution[hidden] { display: none; }
.caution-tools { position: absolute; top: 4px; right: 4px; display: flex; gap: 2px; }
.caution > .caution-title { padding-right: 56px; }
.caution-grip { cursor: move; touch-action: none; padding: 0 6px; border-color: transparent; background: transparent; }
.caution-minimise { padding: 0 8px; border-color: transparent; background: transparent; font-weight: 700; }
.caution-badge {
  position: fixed; width: 40px; height: 28px; padding: 0; border-radius: 14px; pointer-events: auto;
  font-weight: 700; color: var(--pg-accent); background: var(--pg-bg); border: 1px solid var(--pg-border);
  box-shadow: 0 1px 6px rgba(0,0,0,.2); cursor: pointer; touch-action: none; white-space: nowrap;
}
.caution-title { margin: 0 0 4px; font-weight: 600; font-size: 12px; color: var(--pg-accent); }
.caution-title::before { content: "⚠ "; }
.caution-pending { margin: 0 0 6px; padding: 3px 6px; border-radius: 4px; font-weight: 600; background: var(--pg-primary-bg); color: var(--pg-primary-fg); white-space: nowrap; }
.mentions { list-style: none; margin: 0; padding: 0; }
.mention { display: flex; align-items: center; gap: 4px 10px; padding: 2px 0; flex-wrap: wrap; }
.mention-name { font-weight: 600; overflow-wrap: anywhere; flex: 1 1 auto; }
.mention-actions { display: flex; gap: 6px; margin-left: auto; white-space: nowrap; }
.mention-count { color: var(--pg-muted); font-size: 11px; }
.mention-list { color: var(--pg-muted); font-size: 12px; }
button {
  font: inherit; font-size: 12px; cursor: pointer; border-radius: 5px; padding: 2px 8px;
  border: 1px solid var(--pg-border); background: var(--pg-button-bg); color: var(--pg-button-fg);
}
button:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 1px; }
button.primary { background: var(--pg-primary-bg); color: var(--pg-primary-fg); border-color: var(--pg-primary-bg); }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.25); pointer-events: auto; }
.dialog {
  position: fixed; left: 50%; top: 30%; transform: translate(-50%, -30%); width: min(420px, calc(100vw - 24px));
  padding: 16px; border-radius: 10px; background: var(--pg-bg); border: 1px solid var(--pg-border);
  box-shadow: 0 8px 30px rgba(0,0,0,.35); pointer-events: auto;
}
.dialog h2 { margin: 0 0 8px; font-size: 15px; color: var(--pg-fg); }
.dialog p { margin: 0 0 8px; }
.dialog .hint { color: var(--pg-muted); font-size: 12px; }
.dialog .reason { display: flex; flex-direction: column; gap: 4px; font-size: 12px; color: var(--pg-muted); }
.dialog .reason select { font: inherit; font-size: 13px; padding: 4px; color: var(--pg-button-fg); background: var(--pg-button-bg); border: 1px solid var(--pg-border); border-radius: 6px; }
.dialog .reason select:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 1px; }
.dialog .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
.dialog .actions button { font-size: 13px; padding: 5px 12px; }
.marks { position: fixed; inset: 0; pointer-events: none; }
.mark { position: fixed; border-bottom: 2px solid var(--pg-mark); background: rgba(251, 191, 36, .18); pointer-events: none; }
`;
