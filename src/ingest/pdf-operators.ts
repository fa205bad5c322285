/**
 * Counts the operators in PDF content-stream data with a small lexer: strings, hex strings,
 * names, numbers, arrays, dictionaries and inline image data are stepped over, and every other
 * token (`BT`, `Tf`, `Tj`, `re`, `'` ...) is an operator. Stops counting once past `stopAfter`.
 */
export function countOperators(data: Uint8Array, stopAfter: number): number {
  let operators = 0;
  let index = 0;
  const length = data.length;
  while (index < length && operators <= stopAfter) {
    const byte = data[index] as number;
    if (isWhitespace(byte)) index += 1;
    else if (byte === 37 /* % */) index = skipUntilLineEnd(data, index);
    else if (byte === 40 /* ( */) index = skipString(data, index);
    else if (byte === 60 /* < */) index = data[index + 1] === 60 ? index + 2 : skipPast(data, index, 62);
    else if (byte === 62 || byte === 91 || byte === 93 || byte === 123 || byte === 125) index += 1;
    else if (byte === 47 /* / */) index = skipRegular(data, index + 1);
    else {
      const end = skipRegular(data, index);
      const token = end === index ? 1 : end - index;
      if (!isOperand(data, index, token)) {
        operators += 1;
        if (token === 2 && data[index] === 73 && data[index + 1] === 68) {
          index = skipInlineImage(data, end);
          continue;
        }
      }
      index = index + token;
    }
  }
  return operators;
}

function isWhitespace(byte: number): boolean {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9 || byte === 12 || byte === 0;
}

function isDelimiter(byte: number): boolean {
  return (
    byte === 40 ||
    byte === 41 ||
    byte === 60 ||
    byte === 62 ||
    byte === 91 ||
    byte === 93 ||
    byte === 123 ||
    byte === 125 ||
    byte === 47 ||
    byte === 37
  );
}

function skipRegular(data: Uint8Array, index: number): number {
  let cursor = index;
  while (cursor < data.length && !isWhitespace(data[cursor] as number) && !isDelimiter(data[cursor] as number)) cursor += 1;
  return cursor;
}

/** Numbers and the keywords true, false and null are operands, not operators. */
function isOperand(data: Uint8Array, start: number, length: number): boolean {
  const first = data[start] as number;
  if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) return true;
  if ((length !== 4 && length !== 5) || (first !== 116 && first !== 102 && first !== 110)) return false;
  const word = String.fromCharCode(...data.subarray(start, start + length));
  return word === 'true' || word === 'false' || word === 'null';
}

function skipUntilLineEnd(data: Uint8Array, index: number): number {
  let cursor = index;
  while (cursor < data.length && data[cursor] !== 10 && data[cursor] !== 13) cursor += 1;
  return cursor;
}

function skipPast(data: Uint8Array, index: number, byte: number): number {
  const found = data.indexOf(byte, index + 1);
  return found < 0 ? data.length : found + 1;
}

/** Steps over a literal string, with nested parentheses and backslash escapes. */
function skipString(data: Uint8Array, index: number): number {
  let depth = 0;
  let cursor = index;
  while (cursor < data.length) {
    const byte = data[cursor] as number;
    if (byte === 92 /* \ */) cursor += 2;
    else {
      if (byte === 40) depth += 1;
      else if (byte === 41) {
        depth -= 1;
        if (depth === 0) return cursor + 1;
      }
      cursor += 1;
    }
  }
  return cursor;
}

/** Steps over inline image data, from after `ID` to the `EI` that ends it. */
function skipInlineImage(data: Uint8Array, index: number): number {
  let cursor = index;
  while (cursor < data.length - 1) {
    if (
      data[cursor] === 69 &&
      data[cursor + 1] === 73 &&
      isWhitespace(data[cursor - 1] ?? 32) &&
      (cursor + 2 >= data.length || isWhitespace(data[cursor + 2] as number))
    ) {
      return cursor + 2;
    }
    cursor += 1;
  }
  return data.length;
}
