package conllu

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// A sentence written here for the test (not from a treebank).
const sample = `# sent_id = t-1
# text = Rebels didn't retreat.
1	Rebels	rebel	NOUN	NNS	Number=Plur	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	retreat	retreat	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	x	x	X	X	_	_	_	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestReadWriteRoundTrip(t *testing.T) {
	r := NewReader(strings.NewReader(sample), "sample")
	s, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if s.ID != "t-1" || s.Text != "Rebels didn't retreat." {
		t.Errorf("comments: id %q text %q", s.ID, s.Text)
	}
	if len(s.Words) != 5 || len(s.Multi) != 1 {
		t.Fatalf("words %d multi %d, want 5 and 1", len(s.Words), len(s.Multi))
	}
	if s.Words[3].Head != 0 || s.Words[0].Head != 4 || s.Words[3].SpaceAfter() {
		t.Errorf("bad heads or misc: %+v", s.Words)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("want EOF, got %v", err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, s); err != nil {
		t.Fatal(err)
	}
	s2, err := NewReader(&buf, "again").Next()
	if err != nil {
		t.Fatal(err)
	}
	if len(s2.Words) != 5 || s2.Words[2].Lemma != "not" || s2.Multi[0].Form != "didn't" {
		t.Errorf("round trip lost data: %+v", s2)
	}
}

func TestBadLines(t *testing.T) {
	for _, in := range []string{"1\tA\n", "x\ta\t_\t_\t_\t_\t0\troot\t_\t_\n", "1\ta\t_\t_\t_\t_\tz\troot\t_\t_\n"} {
		if _, err := NewReader(strings.NewReader(in), "bad").Next(); err == nil || !strings.Contains(err.Error(), "bad:1") {
			t.Errorf("%q: want error naming bad:1, got %v", in, err)
		}
	}
}

func TestUniversalRel(t *testing.T) {
	for in, want := range map[string]string{"nmod:poss": "nmod", "obj": "obj", "obl:agent": "obl"} {
		if got := UniversalRel(in); got != want {
			t.Errorf("%s: got %s", in, got)
		}
	}
}
