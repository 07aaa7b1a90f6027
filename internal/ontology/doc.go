// Package ontology holds the facts of the standards dyad codes in: every
// CAMEO event code with its name, Goldstein score, root, base code, GDELT
// QuadClass and PLOVER type/mode/context; the CAMEO actor role codes; and
// the grammar of CAMEO actor codes ("USAGOV", "IGOUNOHRI", "PSEREBHMS").
//
// The event and role tables (events_gen.go) are generated from
// ../shared/ontology by ./gen; see its package comment for how codes without
// a PLOVER line get one (inherited from the nearest parent, 02 from its
// twin under 10, none for 01). The country, region, known-group and extra
// role lists of the actor grammar (countries.go) are written by hand from
// the CAMEO actor codebook, because the shared folder has no such file; a
// test parses every actor code of the Phoenix dictionaries in
// ../shared/reference-dicts to show how much of real use the lists cover.
//
// The actor-code grammar (ParseActorCode), in three-letter parts:
//
//	[country | region | IGO NGO NGM MNC IMG INT UIS | ---]   the first part, optional
//	[country | region]                                      right after it: the home of a
//	                                                        non-state actor (MNCUSA) or a
//	                                                        territory of a state (GBRFLK)
//	then, in any order: roles (GOV, MIL, REB, religion and ethnic codes …)
//	and at most two known groups (UNO, HMS …; the second nested: IGOUNOWHO)
//
// A part that fits nowhere is an *ActorCodeError naming it.
//
// Everything here is read-only after init and safe for concurrent use.
package ontology

//go:generate go run ./gen -shared ../../../shared -o events_gen.go
