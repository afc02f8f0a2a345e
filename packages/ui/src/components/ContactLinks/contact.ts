/**
 * Phone numbers and e-mail addresses as links (tel:, mailto:), so that a citizen on a phone calls
 * or writes with one tap. Two strengths: a contact field (咨询电话, 联系电话) is all contact, so
 * every number in it is one; running text links only what is unmistakably a phone number or an
 * address (a landline with its area code, a 5-digit hotline right after 电话/热线/拨打), never an
 * amount or a year.
 */
export interface ContactPart { text: string; href?: string }

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
/** Landline with area code (0999-12345678, extension allowed), mainland mobile, or a short hotline. */
const FIELD_PHONE = /(?<![\d-])(?:0\d{2,3}-?(?:\d{7,8}|(?:12|95|96)\d{3})(?:-\d{1,6})?|1[3-9]\d{9}|(?:12|95|96)\d{3,4})(?![\d-])/;
const PROSE_PHONE = /(?<![\d-])(?:0\d{2,3}-(?:\d{7,8}|(?:12|95|96)\d{3})(?:-\d{1,6})?|(?<=(?:电话|热线|拨打)[：:]?\s?)(?:12|95|96)\d{3,4})(?![\d-])/;

/** tel: with the digits only; an extension (0999-12345678-801) is dialled after a pause (“,”). */
function telOf(number: string): string {
  const [area, line, extension] = number.split('-');
  return `tel:${line === undefined ? area : `${area}${line}`}${extension ? `,${extension}` : ''}`;
}

function split(text: string, phone: RegExp): ContactPart[] {
  const any = new RegExp(`${EMAIL.source}|${phone.source}`, 'g');
  const parts: ContactPart[] = [];
  let last = 0;
  for (const m of text.matchAll(any)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], href: m[0].includes('@') ? `mailto:${m[0]}` : telOf(m[0]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A contact field: every phone number and e-mail address in it. */
export const contactParts = (text: string): ContactPart[] => split(text, FIELD_PHONE);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Running text of an item body (sanitized HTML): phone numbers and e-mail addresses in text become
 * links; text inside an existing link, a heading's attribute or a tag is left alone.
 */
export function linkContacts(html: string): string {
  let inLink = 0;
  return html.replace(/(<[^>]*>)|([^<]+)/g, (_, tag?: string, text?: string) => {
    if (tag) {
      if (/^<a\b/i.test(tag)) inLink++;
      else if (/^<\/a>/i.test(tag)) inLink = Math.max(0, inLink - 1);
      return tag;
    }
    if (inLink) return text!;
    // The text is already escaped HTML: & < > stay as entities, none of them is part of a number or address.
    return split(text!, PROSE_PHONE)
      .map((p) => (p.href ? `<a class="contact-link" href="${escape(p.href)}">${p.text}</a>` : p.text))
      .join('');
  });
}
