/**
 * Stable ids: a slug of the canonical name ("Luke Cage" -> "luke-cage", "Zoë" -> "zoe").
 * Letters of every script are kept ("Иван Петров" -> "иван-петров"): a name written without
 * Latin letters must still get an id.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The key names are compared by: case-, accent- and punctuation-insensitive,
 * so "cage", "Cage" and "CAGE" meet, and so do "Hernan 'Shades' Alvarez" variants. Letters of
 * every script count, as in slugify.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`"“”]/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}
