/** Stable ids: a slug of the canonical name ("Luke Cage" -> "luke-cage"). */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The key names are compared by: case-, accent- and punctuation-insensitive,
 * so "cage", "Cage" and "CAGE" meet, and so do "Hernan 'Shades' Alvarez" variants.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`"“”]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
