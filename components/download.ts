// Saves text as a file through the browser's download of a temporary link: no permission needed,
// and nothing leaves the machine.

export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadParts(fileName, [text], mimeType);
}

/** A file given as consecutive pieces of text: a large export never becomes one string. */
export function downloadParts(fileName: string, parts: readonly string[], mimeType: string): void {
  const url = URL.createObjectURL(new Blob(parts as string[], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function mimeTypeOf(fileName: string): string {
  return fileName.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json';
}
