package udeval

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
	"dyad/internal/nlp/token"
)

func readTwo(t *testing.T) []*conllu.Sentence {
	t.Helper()
	s, err := conllu.ReadFile("testdata/two.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// seqOracle annotates the gold sentences in order with their gold
// annotation, then applies spoil to each token.
type seqOracle struct {
	gold  []*conllu.Sentence
	n     int
	spoil func(i int, t *model.Token)
}

func (o *seqOracle) Annotate(toks []model.Token) {
	s := o.gold[o.n]
	o.n++
	for i := range toks {
		w := s.Words[i]
		toks[i].UPOS, toks[i].XPOS, toks[i].Lemma = w.UPOS, w.XPOS, w.Lemma
		toks[i].Head, toks[i].DepRel = int32(w.Head-1), w.DepRel
		if o.spoil != nil {
			o.spoil(i, &toks[i])
		}
	}
}

// spanOracle annotates any segmentation of the rebuilt raw text with the
// gold annotation of the gold word of the same span.
type spanOracle struct {
	gold []*conllu.Sentence
	raw  *token.Raw
}

func (o *spanOracle) Annotate(toks []model.Token) {
	type ref struct{ s, w int }
	at := map[model.Span]ref{}
	for si, ws := range o.raw.Words {
		for wi, sp := range ws {
			at[sp] = ref{si, wi}
		}
	}
	idx := map[model.Span]int32{}
	for i, t := range toks {
		idx[t.Span] = int32(i)
	}
	for i := range toks {
		r, ok := at[toks[i].Span]
		if !ok {
			toks[i].Head = -1
			continue
		}
		w := o.gold[r.s].Words[r.w]
		toks[i].UPOS, toks[i].XPOS, toks[i].Lemma, toks[i].DepRel = w.UPOS, w.XPOS, w.Lemma, w.DepRel
		toks[i].Head = -1
		if w.Head > 0 {
			h, ok := idx[o.raw.Words[r.s][w.Head-1]]
			if !ok {
				h = -1
			}
			toks[i].Head = h
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestGoldTokenization(t *testing.T) {
	gold := readTwo(t)
	tests := []struct {
		name  string
		spoil func(i int, t *model.Token)
		want  map[string]float64
	}{
		{"perfect", nil, map[string]float64{"UPOS": 100, "XPOS": 100, "Lemma": 100, "UAS": 100, "LAS": 100}},
		// Subtypes do not count in LAS: "nmod" for "nmod:poss" is right.
		{"subtype dropped", func(_ int, t *model.Token) {
			t.DepRel = conllu.UniversalRel(t.DepRel)
		}, map[string]float64{"LAS": 100}},
		{"wrong labels", func(_ int, t *model.Token) { t.DepRel = "dep" }, map[string]float64{"UAS": 100, "LAS": 0}},
		// Every word attached to the root: right only for the two roots.
		{"flat", func(_ int, t *model.Token) { t.Head = -1 }, map[string]float64{"UAS": 100 * 2.0 / 14, "UPOS": 100}},
		{"first word mistagged", func(i int, t *model.Token) {
			if i == 0 {
				t.UPOS, t.Lemma = "X", "?"
			}
		}, map[string]float64{"UPOS": 100 * 12.0 / 14, "Lemma": 100 * 12.0 / 14, "XPOS": 100}},
	}
	for _, tc := range tests {
		sc := Gold(gold, &seqOracle{gold: gold, spoil: tc.spoil})
		if sc.Gold != 14 || sc.Aligned != 14 {
			t.Errorf("%s: %d gold, %d aligned words, want 14", tc.name, sc.Gold, sc.Aligned)
		}
		for f, v := range tc.want {
			if got := sc.Figure(f); !near(got, v) {
				t.Errorf("%s: %s = %.3f, want %.3f", tc.name, f, got, v)
			}
		}
	}
}

// goldSegmenter returns the gold segmentation of the rebuilt raw text,
// optionally spoiled.
func goldSegmenter(raw *token.Raw, spoil func([]model.Sentence) []model.Sentence) Segmenter {
	return func(text string) []model.Sentence {
		var out []model.Sentence
		for si, ws := range raw.Words {
			s := model.Sentence{Index: si, Span: raw.Sentences[si]}
			for _, sp := range ws {
				s.Tokens = append(s.Tokens, model.Token{Text: text[sp.Start:sp.End], Span: sp})
			}
			out = append(out, s)
		}
		if spoil != nil {
			out = spoil(out)
		}
		return out
	}
}

func TestRawText(t *testing.T) {
	gold := readTwo(t)
	raw := token.Rebuild(gold)
	oracle := &spanOracle{gold: gold, raw: raw}

	sc := Raw(gold, goldSegmenter(raw, nil), oracle)
	for _, f := range append([]string{"Words"}, Figures...) {
		if got := sc.Figure(f); !near(got, 100) {
			t.Errorf("gold segmentation: %s = %.2f, want 100", f, got)
		}
	}
	if sc.Sentences.F1() != 1 || sc.Tokens.F1() != 1 {
		t.Errorf("gold segmentation: sentences %v tokens %v", sc.Sentences, sc.Tokens)
	}

	// Merging the two sentences costs the sentence score only.
	merged := Raw(gold, goldSegmenter(raw, func(s []model.Sentence) []model.Sentence {
		s[0].Tokens = append(s[0].Tokens, s[1].Tokens...)
		s[0].Span.End = s[1].Span.End
		return s[:1]
	}), oracle)
	if !near(merged.Figure("LAS"), 100) || merged.Sentences.Correct != 0 {
		t.Errorf("merged: LAS %.2f, sentences %v", merged.Figure("LAS"), merged.Sentences)
	}

	// Leaving "didn't" unsplit: the system has 13 words, 12 aligned; "did"
	// and "n't" are lost, and "Rebels" keeps its head only if "retreat"
	// is aligned (it is).
	unsplit := Raw(gold, goldSegmenter(raw, func(s []model.Sentence) []model.Sentence {
		t0 := s[0].Tokens
		joined := model.Token{Text: "didn't", Span: model.Span{Start: t0[1].Span.Start, End: t0[2].Span.End}}
		s[0].Tokens = append([]model.Token{t0[0], joined}, t0[3:]...)
		return s
	}), oracle)
	if unsplit.System != 13 || unsplit.Aligned != 12 {
		t.Fatalf("unsplit: system %d aligned %d, want 13 and 12", unsplit.System, unsplit.Aligned)
	}
	if want := 100 * 2 * 12.0 / 27; !near(unsplit.Figure("UPOS"), want) || !near(unsplit.Figure("UAS"), want) {
		t.Errorf("unsplit: UPOS %.3f UAS %.3f, want %.3f", unsplit.Figure("UPOS"), unsplit.Figure("UAS"), want)
	}
}

func TestRawWithTokenizer(t *testing.T) {
	gold := readTwo(t)
	raw := token.Rebuild(gold)
	sc := Raw(gold, token.Segment, &spanOracle{gold: gold, raw: raw})
	// The tokenizer splits these two simple sentences as UD does.
	if !near(sc.Figure("Words"), 100) || !near(sc.Figure("LAS"), 100) {
		t.Errorf("words %.2f LAS %.2f; sentences %v tokens %v", sc.Figure("Words"), sc.Figure("LAS"), sc.Sentences, sc.Tokens)
	}
}

func TestWriteTable(t *testing.T) {
	gold := readTwo(t)
	var buf bytes.Buffer
	res := []Scores{Gold(gold, &seqOracle{gold: gold})}
	var total Scores
	total.Add(res[0])
	total.Add(res[0])
	res = append(res, total)
	if err := WriteTable(&buf, []string{"two.conllu", "total"}, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "LAS") || !strings.Contains(lines[2], "     28 ") || !strings.HasSuffix(lines[2], "100.00") {
		t.Errorf("table:\n%s", buf.String())
	}
}
