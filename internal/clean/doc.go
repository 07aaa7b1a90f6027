// Package clean turns an article's Raw text into its Text: scraper residue
// lines removed, Unicode normalised, white space collapsed with paragraph
// breaks kept, and an OffsetMap from every cleaned offset back to Raw.
//
// Residue is whole lines that scrapers copy from page furniture:
// "Advertisement" (and the common misspelling "Advertisment"), "Share this
// article", "Read more", cookie notices, newsletter prompts, lone bylines
// ("By Jane Smith"), wire-service trailers ("Reporting by …; Editing by …")
// and image credits. Each removed line is recorded as an Info diagnostic.
//
// Normalisation: NFC; curly quotes to straight ones; en and em dashes,
// minus signs and other dashes to "-"; non-breaking and other spaces to
// " "; zero-width characters, soft hyphens and byte order marks deleted;
// "…" to "...". Lines are trimmed and runs of spaces collapsed. A blank
// line (or removed residue) separates paragraphs, which are joined by one
// blank line; a single line break inside a paragraph becomes a space when
// it looks like a hard wrap (the line does not end a sentence and the next
// starts in lower case), else a paragraph break, because extracted HTML
// puts one paragraph per line.
package clean
