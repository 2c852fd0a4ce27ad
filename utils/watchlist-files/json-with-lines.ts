// A strict JSON reader that also remembers the line where each value starts, so an error found
// later (by validation) can name the line in the file. JSON.parse cannot tell us that.
import { ImportError } from './import-error';

export type JsonPath = ReadonlyArray<string | number>;

export interface JsonWithLines {
  value: unknown;
  /** The line of the deepest recorded value on `path` (1 for the root). */
  lineOf(path: JsonPath): number;
}

// Lines are remembered down to this depth: root → entries → entry → field → list item.
const RECORDED_DEPTH = 4;
const MAX_DEPTH = 64;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a JSON string may not hold raw control characters (RFC 8259, section 7).
const STRING = /"(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonWithLines(text: string): JsonWithLines {
  const lines = new Map<string, number>();
  let position = 0;
  let line = 1;
  // Where the current line starts, so an error also names its column.
  let lineStart = 0;

  const fail = (problem: string): never => {
    throw new ImportError(line, `The file is not valid JSON: ${problem}`, position - lineStart + 1);
  };
  const skipSpace = () => {
    for (; position < text.length; position++) {
      const char = text[position];
      if (char === '\n') {
        line++;
        lineStart = position + 1;
      } else if (char !== ' ' && char !== '\t' && char !== '\r') return;
    }
  };
  // What stands at the error, up to the end of its line, so the message stays on one line.
  const describeHere = () =>
    position >= text.length
      ? 'the file ends too early'
      : `“${text.slice(position, position + 12).split(/[\r\n]/, 1)[0]}” was not expected there`;
  const readToken = (pattern: RegExp): string | null => {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) return null;
    position += match[0].length;
    return match[0];
  };

  const readValue = (path: (string | number)[]): unknown => {
    skipSpace();
    if (path.length <= RECORDED_DEPTH) lines.set(JSON.stringify(path), line);
    if (path.length > MAX_DEPTH) fail('it is nested too deeply.');
    const char = text[position];
    if (char === '{') return readObject(path);
    if (char === '[') return readArray(path);
    if (char === '"') {
      const token = readToken(STRING);
      return token === null ? fail('a text value is not closed or holds a line break or an invalid escape.') : JSON.parse(token);
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, position)) {
        position += word.length;
        return value;
      }
    }
    const number = readToken(NUMBER);
    return number === null ? fail(`a value was expected, but ${describeHere()}.`) : Number(number);
  };

  const readObject = (path: (string | number)[]): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    position++;
    skipSpace();
    if (text[position] === '}') {
      position++;
      return object;
    }
    for (;;) {
      skipSpace();
      const keyToken = readToken(STRING);
      if (keyToken === null) fail(`a property name in double quotes was expected, but ${describeHere()}.`);
      const key = JSON.parse(keyToken!) as string;
      skipSpace();
      if (text[position] !== ':') fail(`a colon was expected after the property “${key}”, but ${describeHere()}.`);
      position++;
      Object.defineProperty(object, key, { value: readValue([...path, key]), enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === '}') {
        position++;
        return object;
      }
      fail(`a comma or a closing brace was expected after the property “${key}”, but ${describeHere()}.`);
    }
  };

  const readArray = (path: (string | number)[]): unknown[] => {
    const array: unknown[] = [];
    position++;
    skipSpace();
    if (text[position] === ']') {
      position++;
      return array;
    }
    for (;;) {
      array.push(readValue([...path, array.length]));
      skipSpace();
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === ']') {
        position++;
        return array;
      }
      fail(`a comma or a closing bracket was expected after item ${array.length} of a list, but ${describeHere()}.`);
    }
  };

  const value = readValue([]);
  skipSpace();
  if (position < text.length) fail(`the file should end after its closing brace, but ${describeHere()}.`);

  return {
    value,
    lineOf(path) {
      for (let length = Math.min(path.length, RECORDED_DEPTH); length >= 0; length--) {
        const found = lines.get(JSON.stringify(path.slice(0, length)));
        if (found !== undefined) return found;
      }
      return 1;
    },
  };
}
