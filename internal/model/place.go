package model

// GeoType is GDELT's geographic resolution code.
type GeoType uint8

const (
	GeoNone      GeoType = 0
	GeoCountry   GeoType = 1
	GeoUSState   GeoType = 2
	GeoUSCity    GeoType = 3
	GeoWorldCity GeoType = 4
	GeoWorldADM1 GeoType = 5
)

// Place is one resolved mention of a place, or an event's location.
type Place struct {
	Name      string  `json:"name"`           // the words in the text
	Span      Span    `json:"span"`           // where they stand in Article.Text
	Sentence  int     `json:"sentence"`       // index into Article.Sentences
	Type      GeoType `json:"type"`           // GDELT geo type
	FullName  string  `json:"full_name"`      // "Rafah, Gaza Strip, Palestine"
	Country   string  `json:"country"`        // ISO 3166 alpha-2 (the GDELT writer converts as needed)
	ADM1      string  `json:"adm1,omitempty"` // country code + first-level division code, e.g. "US48"
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	FeatureID string  `json:"feature_id,omitempty"` // gazetteer id (GeoNames id or dyad's own)
	// Evidence says why this entry was chosen over its namesakes.
	Evidence string `json:"evidence,omitempty"`
}
