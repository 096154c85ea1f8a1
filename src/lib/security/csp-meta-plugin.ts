// Puts the Content Security Policy in the built index.html as a <meta> tag, so that a host that
// cannot set headers (a plain file share, some CDNs) still gets it. Build only: the development
// server needs inline scripts and websockets for hot reload.
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './headers.js';

// A <meta> policy ignores these directives (browsers warn about them): they need a real header.
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** The policy a <meta> tag can carry: the header's, without its header-only directives. */
export function metaContentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/)[0]))
    .join('; ');
}

const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Inserts the meta right after <meta charset>, before any script or stylesheet it must govern. */
export function injectCspMeta(html: string, policy: string = metaContentSecurityPolicy()): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) return html;
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
  }
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('csp-meta: index.html has no <head>');
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
}

export function cspMetaPlugin(): Plugin {
  return {
    name: 'bilan:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => injectCspMeta(html),
    },
  };
}
