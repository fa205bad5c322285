/**
 * Text made safe for XML 1.0: the characters XML 1.0 forbids anywhere (C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped. Markup
 * characters are escaped by the XML builder itself.
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '');
}

const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
