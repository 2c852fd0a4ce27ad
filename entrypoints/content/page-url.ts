// The address this frame protects. An about:blank frame (a mail editor's iframe) belongs to the
// page that made it, so it uses that page's address.
export function pageUrl(): string {
  if (/^https?:|^file:/.test(location.href)) return location.href;
  try {
    const parentHref = window.parent !== window ? window.parent.location.href : '';
    if (parentHref) return parentHref;
  } catch {
    // A cross-origin parent: fall back to what the frame knows.
  }
  return document.referrer || location.href;
}
