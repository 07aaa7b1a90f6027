// Package ontology holds the facts of the standards dyad codes in: every
// CAMEO event code with its name, Goldstein score, root, base code, GDELT
// QuadClass and PLOVER type/mode/context; the CAMEO actor role codes; and
// the grammar of CAMEO actor codes ("USAGOV", "IGOUNOHRI", "PSEREBHMS").
//
// The event and role tables (events_gen.go) are generated from
// ../shared/ontology by ./gen; see its package comment for how codes without
// a PLOVER line get one (inherited from the nearest parent, 02 from its
// twin under 10, none for 01). The country, region and known-group lists of
// the actor grammar (actors.go) are written by hand from the CAMEO actor
// codebook, because the shared folder has no such file.
//
// Everything here is read-only after init and safe for concurrent use.
package ontology

//go:generate go run ./gen -shared ../../../shared -o events_gen.go
