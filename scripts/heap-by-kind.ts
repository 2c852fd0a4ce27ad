// A tab's JavaScript heap split by what V8 holds: compiled code, strings, objects and the rest,
// from one heap snapshot (CDP HeapProfiler) taken after a forced garbage collection. The soak uses
// it to tell memory that keeps growing (data a script holds on to) from V8 compiling more of a
// script's functions as they get hot, which stops when the script's code is all compiled.
import type { CDPSession } from 'playwright-core';

export interface HeapByKind {
  /** Machine code and what V8 keeps beside it (node type "code"). */
  code: number;
  /** Everything else the scripts' heap holds (objects, strings, arrays, closures…). */
  data: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export async function heapByKind(cdp: CDPSession): Promise<HeapByKind> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    // Left enabled, V8 keeps tracking where every object moves for the snapshot's ids, and each
    // later garbage collection in the tab pays for it.
    await cdp.send('HeapProfiler.disable');
  }
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const codeType = typeNames.indexOf('code');
  // Blink's own objects (node type "native") live outside the JavaScript heap the soak measures.
  const nativeType = typeNames.indexOf('native');
  const sizes = { code: 0, data: 0 };
  for (let node = 0; node < nodes.length; node += width) {
    const type = nodes[node + typeAt]!;
    if (type === nativeType) continue;
    if (type === codeType) sizes.code += nodes[node + sizeAt]!;
    else sizes.data += nodes[node + sizeAt]!;
  }
  return sizes;
}
