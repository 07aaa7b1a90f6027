package kb

import (
	"strings"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// roleCodes are CAMEO's actor role and sector codes (../shared/ontology/
// cameo_actor_roles.tsv plus the religion and party codes Phoenix uses),
// for parsing codes with dyad's own group codes, which the ontology
// package does not know.
var roleCodes = setOf(
	"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
	"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",
	"LAB", "LEG", "MED", "REF", "MOD", "RAD", "PKO", "SET",
	"PTY", "REL", "MUS", "CHR", "HIN", "JEW", "BUD", "PPL",
)

// clashes are ISO country codes that are also CAMEO role codes (Mauritius,
// MUS, and the role MUS for Muslim). At the start of a code they are read
// as the country, except in a bare agent code of one part.
var clashes = setOf("MUS")

// prefixCodes are the first parts of a code that are not ISO countries:
// CAMEO's international and regional prefixes and the CAMEO country codes
// that differ from ISO (KOS for Kosovo).
var prefixCodes = setOf(
	"IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS",
	"KOS", "PSE",
	// CAMEO regions
	"AFR", "ASA", "BLK", "CAF", "CAS", "CAU", "CRB", "EAF", "EAS", "EEU",
	"EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS",
	"SCN", "SEA", "WAF", "WST", "BAL", "ASIA",
)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// IsRole reports whether c is a CAMEO role code.
func IsRole(c string) bool { return roleCodes[c] }

// splitCode splits a CAMEO actor code into its three-letter parts.
// ok is false when the code is empty or not a multiple of three upper-case
// letters.
func splitCode(code string) (parts []string, ok bool) {
	if code == "" || len(code)%3 != 0 {
		return nil, false
	}
	for i := 0; i < len(code); i += 3 {
		p := code[i : i+3]
		for j := 0; j < 3; j++ {
			if p[j] < 'A' || p[j] > 'Z' {
				return nil, false
			}
		}
		parts = append(parts, p)
	}
	return parts, true
}

// fillActor sets Country, Roles and Group of a from a.Code. The first part
// is the country (or IGO/NGO/region prefix) unless it is a role (a bare
// agent such as "MIL"); later parts are roles when they are role codes and
// the group otherwise ("IGOUNOHRI": IGO, group UNO, role HRI).
func fillActor(a *model.Actor) {
	// The ontology knows CAMEO's codes; dyad's own group codes (HTS, RSF,
	// HTH …, defined by the actor keys in data/orgs.dict) are parsed here.
	if ontology.FillActor(a) == nil && !(a.Country == "" && a.Kind != model.KindAgent) {
		return
	}
	a.Country, a.Roles, a.Group = "", nil, ""
	parts, ok := splitCode(a.Code)
	if !ok {
		return
	}
	for i, p := range parts {
		switch {
		case i == 0 && (!roleCodes[p] || (len(parts) > 1 || a.Kind != model.KindAgent) && clashes[p]):
			a.Country = p
		case roleCodes[p]:
			a.Roles = append(a.Roles, p)
		case a.Group == "":
			a.Group = p
		}
	}
}

// countryOf returns the country part of a code, or "".
func countryOf(code string) string {
	if len(code) < 3 || roleCodes[code[:3]] && !clashes[code[:3]] {
		return ""
	}
	return code[:3]
}

// addRoles appends roles to code, skipping roles the code already has, and
// keeps at most two roles after the country/group (CAMEO codes rarely carry
// more, and long chains of agent words should not build long codes).
func addRoles(code string, roles []string) string {
	for _, r := range roles {
		if r == "" || hasPart(code, r) {
			continue
		}
		n := 0
		for i := 0; i+3 <= len(code); i += 3 {
			if roleCodes[code[i:i+3]] && !(i == 0) {
				n++
			}
		}
		if n >= 2 {
			break
		}
		code += r
	}
	return code
}

func hasPart(code, p string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == p {
			return true
		}
	}
	return false
}

// rolesOf splits a role string such as "GOVHLH" into parts; "-" or "" means
// no role.
func rolesOf(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	parts, _ := splitCode(strings.ToUpper(s))
	return parts
}
