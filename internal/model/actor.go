package model

// ActorKind says what kind of dictionary entry an actor mention came from.
type ActorKind uint8

const (
	KindUnknown    ActorKind = iota
	KindCountry              // a country or territory name, adjective or demonym
	KindMetonym              // a place standing for a government ("the Kremlin")
	KindPerson               // a named person with dated roles
	KindOrg                  // an organisation: IGO, NGO, armed group, party, company, media
	KindAgent                // a generic role word ("troops"), maybe combined with a country
	KindPronoun              // resolved from a pronoun or nominal mention by the coder
	KindUserPhrase           // an unmatched noun phrase kept as an actor (PETRARCH's new-actor option)
)

var kindNames = [...]string{"unknown", "country", "metonym", "person", "org", "agent", "pronoun", "phrase"}

func (k ActorKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText writes the kind as its name.
func (k ActorKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind name.
func (k *ActorKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = ActorKind(i)
			return nil
		}
	}
	*k = KindUnknown
	return nil
}

// Actor is one mention of an actor in a sentence, coded in CAMEO's actor
// grammar. Code is the full code ("USAGOV", "IGOUNOHRI", "PSEREBHMS");
// Country, Roles and Group are its parsed parts, filled by
// ontology.ParseActorCode so that consumers never re-parse strings.
type Actor struct {
	Code    string    `json:"code"`
	Country string    `json:"country,omitempty"` // ISO 3166 alpha-3, or a CAMEO region/IGO/NGO prefix ("IGO", "NGO", "PSE")
	Roles   []string  `json:"roles,omitempty"`   // role codes in order: "GOV", "MIL", "REB", "ELI" …
	Group   string    `json:"group,omitempty"`   // known-group code, e.g. "HMS", "UNO", "HEZ"
	Name    string    `json:"name,omitempty"`    // canonical name of the entry ("Joe Biden", "Israel")
	Kind    ActorKind `json:"kind"`

	Span   Span     `json:"span"`   // the words of the mention in Article.Text
	Tokens [2]int32 `json:"tokens"` // token range [first, last+1) in Sentence.Tokens
	Head   int32    `json:"head"`   // token index of the phrase head (for the coder's tree walks)
	// Entry names the dictionary entry that matched, as "file:line" or an
	// entry id, and Role the dated role line that chose the code, so that an
	// event's explanation can cite them.
	Entry string `json:"entry,omitempty"`
	Role  string `json:"role,omitempty"`
}

// IsZero reports whether no actor is set (an event with no target).
func (a *Actor) IsZero() bool { return a.Code == "" }
