/**
 * XML 1.0 cannot carry some characters at all, not even as character references: C0 controls
 * other than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. They
 * become U+FFFD (the replacement character), which keeps quotes the same length, so evidence
 * offsets still line up with the text.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Tab, line feed and carriage return are written as character references because a parser
 * normalizes them inside attribute values (to spaces) and turns CR into LF in text.
 */
const REFERENCES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Most values (ids, numbers, plain names) need no change; one test spares two replaces. */
// eslint-disable-next-line no-control-regex -- control characters are among those to change
const NEEDS_CHANGE = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text safe inside an XML element or a quoted attribute value. */
export function xmlText(value: string | number): string {
  const text = String(value);
  if (!NEEDS_CHANGE.test(text)) return text;
  return text.replace(NOT_IN_XML, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => REFERENCES[c]);
}
