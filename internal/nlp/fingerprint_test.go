package nlp

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/tag"
	"dyad/internal/sharedtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const fingerprintFile = "testdata/ewt-dev.fingerprint"

// modelsDigest identifies the shipped models, so that a retrained model
// makes the recorded fingerprint stale rather than wrong.
func modelsDigest(t *testing.T) string {
	h := sha256.New()
	for _, p := range []string{"tag/model/tagger.bin.gz", "parse/model/parser.bin.gz"} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// TestOutputFingerprint guards speed work on the tagger and parser: over
// EWT dev with gold tokenization, the tags, heads and relations the shipped
// models give must stay exactly what they were when the fingerprint was
// recorded. Run with -update after retraining a model (never to make an
// optimisation pass).
func TestOutputFingerprint(t *testing.T) {
	gold, err := conllu.ReadFile(sharedtest.Path(t, tag.EWTDev))
	if err != nil {
		t.Fatal(err)
	}
	st := newStage(t, Options{})
	h := sha256.New()
	words := 0
	for _, s := range gold {
		toks := make([]model.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i] = model.Token{Text: w.Form, Head: -1}
		}
		st.Annotate(toks)
		for _, tk := range toks {
			fmt.Fprintf(h, "%s\t%s\t%d\t%s\n", tk.UPOS, tk.XPOS, tk.Head, tk.DepRel)
		}
		h.Write([]byte{'\n'})
		words += len(toks)
	}
	got := fmt.Sprintf("models %s\noutput %s\nsentences %d words %d\n", modelsDigest(t), hex.EncodeToString(h.Sum(nil)), len(gold), words)
	if *update {
		if err := os.WriteFile(fingerprintFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(fingerprintFile)
	if err != nil {
		t.Fatalf("%v (run go test -run OutputFingerprint -update)", err)
	}
	if !strings.HasPrefix(string(want), "models "+modelsDigest(t)+"\n") {
		t.Skipf("%s was recorded for other models: rerun with -update", fingerprintFile)
	}
	if got != string(want) {
		t.Errorf("tagger/parser output on EWT dev changed:\ngot  %swant %s", got, want)
	}
}
