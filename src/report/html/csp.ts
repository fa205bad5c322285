import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the report: nothing may be loaded from anywhere, and only the
 * report's own stylesheet and script (named by their SHA-256) may run.
 */
export function contentSecurityPolicy(stylesheet: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src '${sha256(stylesheet)}'`,
    `script-src '${sha256(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
