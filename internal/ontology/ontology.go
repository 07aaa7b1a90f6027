package ontology

import (
	"sort"

	"dyad/internal/model"
)

// EventCode is one CAMEO event code with what the standards say about it.
type EventCode struct {
	Code      string  // "0211"
	Name      string  // "Appeal for economic cooperation"
	Goldstein float64 // conflict–cooperation score, −10 … +10
	Root      string  // two-digit root, "02"
	Base      string  // three-digit base code, "021" (the root itself for roots)
	QuadClass int     // GDELT: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict

	PloverType    string // "REQUEST"; empty for root 01, which PLOVER does not code
	PloverMode    string // "assist", or empty
	PloverContext string // "economic", "crime; corruption", or empty
	// PloverFrom is the code whose PLOVER line supplied the three fields
	// when this code has none of its own (a parent, or the DEMAND twin of an
	// APPEAL code); empty when the mapping names this code itself.
	PloverFrom string
}

// Role is a CAMEO actor role (type) code.
type Role struct {
	Code  string // "GOV"
	Label string // "Government"
}

var byCode = func() map[string]*EventCode {
	m := make(map[string]*EventCode, len(events))
	for i := range events {
		m[events[i].Code] = &events[i]
	}
	return m
}()

// Event looks up a CAMEO event code ("0211", "19").
func Event(code string) (EventCode, bool) {
	if e, ok := byCode[code]; ok {
		return *e, true
	}
	return EventCode{}, false
}

// Events returns every CAMEO event code in code order (a fresh copy).
func Events() []EventCode {
	out := make([]EventCode, len(events))
	copy(out, events[:])
	return out
}

// Roles returns the CAMEO actor role codes: those of the shared role table
// followed by the religion and party codes dyad adds (see extraRoles).
func Roles() []Role {
	out := make([]Role, 0, len(roles)+len(extraRoles))
	out = append(out, roles[:]...)
	out = append(out, extraRoles...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// PentaClass returns the Phoenix PentaClass of a code from its root:
// 0 statement (01–02), 1 verbal cooperation (03–05), 2 material cooperation
// (06–08), 3 verbal conflict (09–13, 16), 4 material conflict (14, 15,
// 17–20). It returns -1 for a code whose root is not a CAMEO root.
func PentaClass(code string) int {
	if len(code) < 2 {
		return -1
	}
	switch code[:2] {
	case "01", "02":
		return 0
	case "03", "04", "05":
		return 1
	case "06", "07", "08":
		return 2
	case "09", "10", "11", "12", "13", "16":
		return 3
	case "14", "15", "17", "18", "19", "20":
		return 4
	}
	return -1
}

// QuadClass returns GDELT's QuadClass (1–4) of a code from its root, or 0
// when the root is not a CAMEO root.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	if e, ok := byCode[code[:2]]; ok {
		return e.QuadClass
	}
	return 0
}

// FillEvent sets Base, Root, QuadClass, Goldstein and the PLOVER fields of
// ev from ev.Code. For a code that is not in CAMEO (test or WEIS codes such
// as "903") it sets only Base and Root from the digits, clears the rest and
// returns false.
func FillEvent(ev *model.Event) bool {
	e, ok := byCode[ev.Code]
	if !ok {
		ev.Root, ev.Base = "", ""
		if len(ev.Code) >= 2 {
			ev.Root = ev.Code[:2]
			ev.Base = ev.Code[:min(3, len(ev.Code))]
		}
		ev.QuadClass, ev.Goldstein = 0, 0
		ev.PloverType, ev.PloverMode, ev.PloverContext = "", "", ""
		return false
	}
	ev.Base, ev.Root, ev.QuadClass, ev.Goldstein = e.Base, e.Root, e.QuadClass, e.Goldstein
	ev.PloverType, ev.PloverMode, ev.PloverContext = e.PloverType, e.PloverMode, e.PloverContext
	return true
}
