package ontology

import (
	"fmt"

	"dyad/internal/model"
)

// UnknownCountry is PETRARCH's filler for an actor with roles but no known
// country ("---GOV"); ParseActorCode accepts it in the country slot.
const UnknownCountry = "---"

// ActorCode is a CAMEO actor code split into its parts.
type ActorCode struct {
	Country string   // ISO alpha-3, a CAMEO region or prefix (IGO, NGO, MNC …), "---", or empty when the code starts with a role
	Roles   []string // role codes in order
	Group   string   // known-group code (UNO, HMS, HEZ …), at most one
	// Region is a second country or region code right after the first part:
	// the home of a non-state actor ("IGOEUREEC", "MNCUSA", "NGOAFRDEV") or a
	// dependent territory after its state ("GBRFLKELI", "CHNHKG"). CAMEO
	// allows one; model.Actor has no field for it, so consumers that need it
	// (the GDELT writer) parse the code.
	Region string
	// SubGroup is a second known group nested in the first: a UN agency
	// after UNO ("IGOUNOWHO", "IGOUNOHCR").
	SubGroup string
}

// ActorCodeError names the part of an actor code that is not valid.
type ActorCodeError struct {
	Code string // the whole code
	Part string // the offending three letters (or the trailing fragment)
	Pos  int    // byte offset of Part in Code
	Why  string
}

func (e *ActorCodeError) Error() string {
	return fmt.Sprintf("actor code %q: %q at %d: %s", e.Code, e.Part, e.Pos, e.Why)
}

var roleSet = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range Roles() {
		m[r.Code] = true
	}
	return m
}()

// IsCountry reports whether c may stand in the country slot of an actor code.
func IsCountry(c string) bool { _, ok := countries[c]; return ok }

// CountryName returns the name of a country, region or prefix code.
func CountryName(c string) string { return countries[c] }

// IsRole reports whether c is a CAMEO actor role code.
func IsRole(c string) bool { return roleSet[c] }

// IsGroup reports whether c is a CAMEO known-group code.
func IsGroup(c string) bool { _, ok := knownGroups[c]; return ok }

// GroupName returns the name of a known group.
func GroupName(c string) string { return knownGroups[c] }

// ParseActorCode splits a CAMEO actor code into three-letter parts: an
// optional country (or region, prefix, "---") first, then roles and at most
// one known group in any order ("USAGOV", "IGOUNOHRI", "PSEREBHMS", "REB").
// A part that is none of these is an *ActorCodeError naming it.
func ParseActorCode(code string) (ActorCode, error) {
	var ac ActorCode
	if code == "" {
		return ac, &ActorCodeError{Code: code, Why: "empty code"}
	}
	if len(code)%3 != 0 {
		pos := len(code) - len(code)%3
		return ac, &ActorCodeError{Code: code, Part: code[pos:], Pos: pos, Why: "codes are made of three-letter parts"}
	}
	for pos := 0; pos < len(code); pos += 3 {
		p := code[pos : pos+3]
		switch {
		case pos == 0 && (p == UnknownCountry || IsCountry(p)):
			ac.Country = p
		case pos == 3 && ac.Country != "" && ac.Country != UnknownCountry && IsCountry(p) && !IsGroup(p) && !IsRole(p):
			ac.Region = p
		case IsGroup(p) && ac.Group == "":
			ac.Group = p
		case IsGroup(p) && ac.SubGroup == "" && !IsRole(p):
			ac.SubGroup = p
		case IsRole(p):
			ac.Roles = append(ac.Roles, p)
		case IsGroup(p):
			return ActorCode{}, &ActorCodeError{Code: code, Part: p, Pos: pos, Why: "third known group (" + ac.Group + ac.SubGroup + " already set)"}
		case pos == 0:
			return ActorCode{}, &ActorCodeError{Code: code, Part: p, Pos: pos, Why: "not a country, region, prefix, role or known group"}
		default:
			return ActorCode{}, &ActorCodeError{Code: code, Part: p, Pos: pos, Why: "not a role or known group"}
		}
	}
	return ac, nil
}

// String joins the parts back into a code: country, group, then roles —
// CAMEO's usual order ("IGOUNOHRI", "PSEHMSREB" for PSE+HMS+REB).
func (ac ActorCode) String() string {
	s := ac.Country + ac.Region + ac.Group + ac.SubGroup
	for _, r := range ac.Roles {
		s += r
	}
	return s
}

// FillActor sets Country, Roles and Group of a from a.Code. On an invalid
// code it leaves them empty and returns the error, so that the caller can
// record a diagnostic.
func FillActor(a *model.Actor) error {
	a.Country, a.Roles, a.Group = "", nil, ""
	if a.Code == "" {
		return nil
	}
	ac, err := ParseActorCode(a.Code)
	if err != nil {
		return err
	}
	a.Country, a.Roles, a.Group = ac.Country, ac.Roles, ac.Group
	return nil
}

// religionRoles and ethnicRoles are the role codes that GDELT writes in its
// Religion and Ethnic columns rather than as actor types.
var (
	religionRoles = map[string]bool{
		"REL": true, "MUS": true, "MOS": true, "CHR": true, "HIN": true, "JEW": true, "BUD": true,
		"SHI": true, "SUN": true, "CTH": true, "PRO": true, "ORT": true, "SIK": true, "ALE": true,
		"DRZ": true, "BAH": true, "TAO": true,
	}
	ethnicRoles = map[string]bool{"KUR": true, "ARB": true, "TAM": true, "UIG": true, "TIB": true}
)

// RoleKind says where a role code belongs in GDELT's actor columns:
// "religion", "ethnic", or "type" for every other role.
func RoleKind(code string) string {
	switch {
	case religionRoles[code]:
		return "religion"
	case ethnicRoles[code]:
		return "ethnic"
	}
	return "type"
}
