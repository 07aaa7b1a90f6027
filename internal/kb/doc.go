// Package kb is dyad's actor knowledge base: the dictionaries of
// countries, organisations, people with dated roles, agent words and
// discards, their loader and linter, and the compiled matcher that finds
// actor mentions in tokenized sentences.
//
// # Files
//
// Dictionaries use the block syntax of internal/kb/dictfile. The shipped
// files live in data/ and are embedded in the binary; generated files
// (*.gen.dict, written by `go generate` from Debian iso-codes and
// ../shared/facts) load first, hand-curated files after, and user files
// (Options.Files, `--dict FILE`) last. A later person or actor block with
// the same key replaces the earlier one; a later country block adds its
// names to the earlier one; agents and discards add.
//
//	country ISR                        # ISO 3166 alpha-3 key
//	    name: Israel | State of Israel
//	    adjective: Israeli             # also "Israelis" (automatic plural)
//	    metonym GOV: Jerusalem         # a place standing for a role
//	    metonym LEG: the Knesset
//	    code: KOS                      # CAMEO code when it differs from the key
//
//	actor PSEREBHMS                    # the key is the CAMEO code
//	    name: Hamas | Islamic Resistance Movement
//	    acronym: PIJ                   # matched only when written exactly so
//	    code: SYRGOV 2024-12-09..      # a different code for a period
//	    type: armed
//
//	person Benjamin Netanyahu          # the key is the canonical name
//	    name: Netanyahu | Bibi
//	    country: ISR
//	    role: ISROPP 2021-06-14..2022-12-28 # Leader of the Opposition
//	    role: ISRGOV 2022-12-29..           # Prime Minister
//	    died: 2024-09-27
//	    after: LBNREBHEZ               # code outside all roles once one began (default <country>ELI)
//	    before: USABUS                 # code before the first role (default <country>)
//
//	agent MIL                          # role code(s) the words add; "-" for none
//	    name: troops | soldier | army
//
//	discard sports
//	    scope: sentence                # or match (the default)
//	    phrase: World Cup | Premier League
//
// Dates are YYYY, YYYY-MM or YYYY-MM-DD; ranges FROM..TO are inclusive
// (a year or month end means its last day) and either end may be open.
//
// # Matching
//
// Every name is compiled into a trie over folded (lower-cased, diacritic-
// free) token texts; each sentence is scanned left to right taking the
// longest match at each position, so the cost is linear in its length.
// Case rules keep common words from matching: a dictionary word written
// capitalised needs a capitalised text word ("Chad", "Turkey"); all-capital
// words of up to three letters ("US", "UN", "IS", "AP") and acronym fields
// must be written exactly so. Demonyms, "-i"/"-an" adjectives and agent
// words get automatic plurals; a separate "'s" token is a possessive.
//
// Adjacent matches join into one mention by the grammar
//
//	[former|ex-] (COUNTRY|METONYM|ORG) ['s] AGENT* [ORG] [PERSON]
//
// and are coded: a person by the role that holds on the article's date
// (ELI when preceded by "former"/"ex-", OPP with "opposition leader"); an
// organisation by its (dated) code, with agent roles appended only for IGOs
// and NGOs ("the U.N. human rights chief" → IGOUNOHRI); a country or
// metonym plus agents by the country and the agents' roles ("Israeli
// troops" → ISRMIL, "Gaza's health ministry" → PSEGOVHLH); bare agents by
// their roles alone ("police" → COP, no country).
//
// Actor codes are parsed into Country, Roles and Group by
// ontology.FillActor; codes with dyad's own group codes (HTS, RSF, HTH …,
// defined by the actor keys in data/orgs.dict) fall back to kb's parser
// (codes.go). Lint accepts a code the ontology accepts, or one whose parts
// are countries, roles and groups the dictionaries define.
package kb

//go:generate go run ./gen -shared ../../../shared
