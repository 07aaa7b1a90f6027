// Package format writes coded articles in the formats researchers load:
//
//   - jsonl: one JSON object per event, the full event (actors with their
//     code parts, spans, flags, explanation, location) plus the article's
//     metadata and the words of source, trigger and target;
//   - articles: one JSON object per article, the whole model (sentences,
//     tokens, parse, actors, events, places, diagnostics), for debugging and
//     for re-reading with dyad;
//   - csv: one event per row with a header, readable columns for
//     spreadsheets and R/pandas;
//   - gdelt: the 61 tab-separated columns of the GDELT 2.0 event export, no
//     header, so that existing GDELT loaders read dyad's output unchanged;
//   - mentions: the 16 columns of the GDELT 2.0 mentions table.
//   - plover: one JSON object per event in PLOVER's terms (event type,
//     mode, context list, actor and recipient lists): the events of one
//     compound actor ("the US and the UK condemned …", Event.Group) become
//     one record with several actors. CAMEO 01 statements have no PLOVER
//     type and are left out.
//
// By default only factual events are written (model.Flags.Factual): negated,
// hypothetical, future and question events are what users complain about
// when a coder reports them as real. Options.IncludeFlagged keeps them; the
// jsonl and csv formats then show the flags.
//
// GDELT conventions followed (and where dyad has to choose):
//
//   - GLOBALEVENTID is a number: dyad's event ids are strings, so it writes
//     a 63-bit FNV-1a hash of "<event id>", stable across runs; the mentions
//     file uses the same number so the two tables join.
//   - FractionDate is YYYY + ((month−1)·30 + day)/365 with 4 decimals, as in
//     GDELT's published rows (the codebook's text says month·30).
//   - GoldsteinScale has one decimal, as GDELT writes it ("-10.0", "3.4").
//   - IsRootEvent is 1 for events of the article's first sentence (GDELT:
//     the lead paragraph; dyad does not keep paragraphs).
//   - Actor columns come from ontology.ParseActorCode: the country slot
//     goes to CountryCode, except CAMEO's non-state prefixes (IGO, NGO, NGM,
//     MNC, IMG, INT, UIS), which GDELT writes as Type1Code, with the region
//     after such a prefix ("IGOEUREEC", "MNCUSA") as CountryCode; religion
//     codes go to Religion1/2Code, ethnic codes to EthnicCode
//     (ontology.RoleKind); other roles fill Type1–3Code in order. Names are
//     upper-cased as in GDELT.
//   - Geo country codes are FIPS 10-4, as GDELT's, converted from the ISO
//     3166 alpha-2 codes of model.Place by a table in fips.go (Palestine is
//     split by longitude into FIPS WE and GZ); an ISO code missing from the
//     table is written unchanged. Actor geo is the place whose span overlaps
//     the actor's words ("Gaza's health ministry"), else empty.
//   - FeatureID is the gazetteer id; GeoNames ids lose their "gn:" prefix,
//     since GDELT writes them as bare numbers, and a first-level division
//     ("adm1:UA07") is written as its ADM1 code (UP07), as GDELT does.
//   - NumMentions, NumSources and NumArticles are 1 (one article, before any
//     cross-article dedup) and AvgTone is 0 (dyad does not score tone).
//   - DATEADDED and the mention time stamps are Options.Added when set, else
//     the article's publication time, so output is reproducible.
//   - Mention offsets and MentionDocLen are in characters, as GDELT's, not
//     bytes; MentionType is 1 (web) for http(s) URLs, else 2 (citation only)
//     with the article id as identifier.
package format
