// Debian's Chromium by default; CHROMIUM_PATH points elsewhere (another distribution, Edge...).
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}
