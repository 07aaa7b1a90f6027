package kb

import (
	"reflect"
	"testing"
)

func TestUnknownPhrases(t *testing.T) {
	k := defaultKB(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Israeli troops met Zorgon Vexley of the Frobnitz Liberation Front in Deir al-Balah.",
			[]string{"Zorgon Vexley", "Frobnitz Liberation Front", "Deir al-Balah"}},
		{"Ships crossed the Red Sea near Yemen.", nil},               // discarded phrase, known country
		{"Yesterday Hamas spoke.", nil},                              // a capitalised first word alone is no name
		{"The Quux Council met in Paris.", []string{"Quux Council"}}, // "The" is no part of a name
	}
	for _, tc := range tests {
		_, s := actorsOf(t, k, "2024-03-19", tc.text)
		var got []string
		for _, sp := range k.UnknownPhrases(s) {
			got = append(got, sp.Text(tc.text))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: unknown = %q, want %q", tc.text, got, tc.want)
		}
	}
}
