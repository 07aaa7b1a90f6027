// Package ingest reads news input into *model.Article values, one reader per
// format, all behind the pipeline.Source contract (Next returns io.EOF at the
// end).
//
// Formats:
//   - dated text: a header of "key value" lines ("date 2024-03-19", optional
//     "title …", "url …", "source …", "id …") followed by the text. The text
//     may start on the date line itself ("date 2024-03-19 Amid rising …").
//   - plain text (.txt): the date comes from Options.Date or from a date in
//     the file name ("rafah-2024-03-19.txt", "20240319-talks.txt"). A short
//     first line followed by a blank line is taken as the title.
//   - JSONL and JSONL.gz: one JSON object per line with id, date, title,
//     text, url and source; Options.FieldMap renames fields. Files are
//     streamed line by line, so their size is not limited, only a record's.
//   - JSON (.json): one record object, or an array of them, with the same
//     fields; read whole, so subject to the size limit.
//   - HTML (.html, .htm, optionally gzipped): main text by go-trafilatura,
//     with title, date, canonical URL, site name and language from metadata.
//   - RSS/Atom (.xml, .rss, .atom, or http(s) URLs) via gofeed: one article
//     per item.
//   - directories (recursive, by extension) and "-" for stdin (format
//     sniffed from the content).
//
// A problem with one record never stops the run: the reader returns an
// article carrying a model.Diagnostic (stage "ingest") that names the file
// and line or record. An article whose record could not be read at all has
// an Error diagnostic and an empty Raw, so that a sink can report it. Go
// errors from Next are kept for failures of the run itself.
//
// Ingest sets ID, Date, Title, URL, Source, Language, Origin and Raw; the
// clean stage derives Text and Offsets from Raw.
package ingest
