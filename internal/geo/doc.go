// Package geo answers "where": an embedded gazetteer, place recognition in
// parsed sentences, disambiguation among namesakes, and event locations.
//
// The gazetteer is built from facts: GeoNames populated places with
// population ≥ 1000 (CC BY 3.0, ../shared/geo), ISO 3166 countries and US
// states (Debian's iso-codes), the first-level divisions named after their
// capital ("the Kharkiv region", "Idlib province": made from each GeoNames
// PPLA seat, placed at the population-weighted centre of the division's
// towns, so that a region is not mistaken for its capital city), and
// hand-written entries in
// data/places.dict for places the news names that such lists lack or misname
// (the Gaza Strip, the West Bank, Donbas, Crimea, the Red Sea …).
// `go generate ./internal/geo` rebuilds data/gazetteer.bin.gz from those
// sources; the hand entries are read at load time, so editing them needs no
// regeneration.
//
// Recognition looks for proper-noun phrases governed by a preposition of
// place ("in", "near", "at", "across", "outside" …), datelines ("RAFAH,
// Gaza Strip (AP) —", found by token.Dateline), "the city of X", and towns
// as objects of motion or attack verbs. A country named as the subject of
// a verb is an actor, not a place: "Israel said" yields no place, "in
// Israel" does.
//
// Disambiguation scores each candidate entry by population, by the countries
// the article names (through its actors and other places), by an explicit
// qualifier ("Paris, Texas"; "Rafah, Gaza Strip"), and prefers hand entries
// and capitals. An event's location is the place attached to its trigger's
// clause, else the sentence's place, else the dateline's, else none: no
// guess is better than a wrong one.
package geo

//go:generate go run ./gen -geonames ../../../shared/geo/geonames-cities1000-2013.txt.gz -isocodes /usr/share/iso-codes/json -out data/gazetteer.bin.gz
