// What a person sees around the editor, as screenshots: BiDi cannot read our closed shadow root,
// but the caution is drawn by the editor, so it shows as pixels that change outside the editor's
// box. The editor itself (the text, the caret, the marks under names) and the page's list of sent
// messages (it grows with each send) are left out, so only our layer can change the picture.
import type { Page } from 'puppeteer-core';

// Room for the focus ring Firefox draws just outside a focused editor.
const FOCUS_RING = 4;

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An opaque picture of the page above its sent list, minus the editor; equal pictures look the same. */
export async function pictureAroundEditor(page: Page, editorSelector: string): Promise<string> {
  const { editor, sentListTop, viewportWidth } = await page.evaluate((selector) => {
    const box = document.querySelector(selector)!.getBoundingClientRect();
    const sentList = document.getElementById('sent-log');
    return {
      editor: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      sentListTop: sentList ? sentList.getBoundingClientRect().top : window.innerHeight,
      viewportWidth: window.innerWidth,
    };
  }, editorSelector);
  const left = Math.max(0, Math.floor(editor.left - FOCUS_RING));
  const top = Math.max(0, Math.floor(editor.top - FOCUS_RING));
  const right = Math.min(viewportWidth, Math.ceil(editor.right + FOCUS_RING));
  const bottom = Math.ceil(editor.bottom + FOCUS_RING);
  const regions: Region[] = [
    { x: 0, y: 0, width: viewportWidth, height: top }, // above
    { x: 0, y: top, width: left, height: bottom - top }, // left
    { x: right, y: top, width: viewportWidth - right, height: bottom - top }, // right
    { x: 0, y: bottom, width: viewportWidth, height: Math.floor(sentListTop) - bottom }, // below, down to the sent list
  ].filter((region) => region.width >= 1 && region.height >= 1);
  const shots: string[] = [];
  for (const clip of regions) shots.push(await page.screenshot({ clip, encoding: 'base64' }));
  return shots.join('|');
}
