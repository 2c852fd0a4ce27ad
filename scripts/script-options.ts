// The `--name=value` options of the benchmark and soak scripts.

/** The number given as `--name=N`, else `fallback`. */
export function numberOption(name: string, fallback: number): number {
  const raw = textOption(name);
  return raw ? Number(raw) : fallback;
}

/** The text given as `--name=text`, else undefined. */
export function textOption(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}
