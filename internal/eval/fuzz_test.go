package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadPetrarchXML: a validation file from anyone must give records or
// an error naming the file, never a panic.
func FuzzReadPetrarchXML(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "petr.records.xml")); err == nil {
		f.Add(b)
	}
	f.Add([]byte("<Validation><Sentences><Sentence id=\"x\" date=\"2001\"><Text>t</Text></Sentence></Sentences></Validation>"))
	f.Add([]byte("<Validation><Sentences><Sentence"))
	f.Fuzz(func(t *testing.T, b []byte) {
		recs, err := ReadPetrarchXML(bytes.NewReader(b), "fuzz.xml")
		if err != nil && !strings.Contains(err.Error(), "fuzz.xml") {
			t.Errorf("error does not name the file: %v", err)
		}
		for _, r := range recs {
			_ = r.Gold()
		}
	})
}

// FuzzParseText: a Treebank parse, balanced or not, gives its words or an
// error, never a panic, under any comma limits.
func FuzzParseText(f *testing.F) {
	f.Add("(ROOT (S (NP (NNP Arnor)) (, ,) (NP (DT the) (NN state)) (, ,) (VP (VBD met) (NP (NNP Gondor))) (. .)))", 2, 8)
	f.Add("(ROOT (S (NP (NNP A)) (VP (VBD b))", 0, 0)
	f.Add("((((", 1, 1)
	f.Fuzz(func(t *testing.T, parse string, lo, hi int) {
		text, err := ParseText(parse, CommaLimits{Min: lo, Max: hi, EMin: lo, EMax: hi, BMin: lo, BMax: hi})
		if err == nil && len(text) > len(parse) {
			t.Errorf("text %q longer than its parse %q", text, parse)
		}
	})
}
