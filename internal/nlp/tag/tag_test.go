package tag

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"dyad/internal/model"
	"dyad/internal/nlp/conllu"
	"dyad/internal/sharedtest"
)

func readTiny(t testing.TB) []*conllu.Sentence {
	t.Helper()
	s, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func toks(words ...string) []model.Token {
	out := make([]model.Token, len(words))
	for i, w := range words {
		out[i].Text = w
	}
	return out
}

func TestTrainLearnsTrainingSet(t *testing.T) {
	sents := readTiny(t)
	for _, o := range []TrainOptions{{}, {Bidirectional: true}, {Bidirectional: true, Extended: true}} {
		o.Iters = 10
		tg, err := Train(sents, o)
		if err != nil {
			t.Fatal(err)
		}
		if tg.bidi != o.Bidirectional || tg.ext != o.Extended {
			t.Errorf("%+v: model says bidirectional %v, extended %v", o, tg.bidi, tg.ext)
		}
		if s := Score(tg, sents); s.BothOK != s.Words {
			t.Errorf("%+v: training set not learnt: %d of %d words right", o, s.BothOK, s.Words)
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	sents := readTiny(t)
	var out [2]bytes.Buffer
	for i := range out {
		tg, err := Train(sents, TrainOptions{Iters: 5, Seed: 7, Bidirectional: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := tg.Write(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

// TestTrainSeedsAveraged: the mean of two seeds is deterministic, differs
// from either seed alone, and still learns the training set.
func TestTrainSeedsAveraged(t *testing.T) {
	sents := readTiny(t)
	train := func(seed uint64, seeds int) (*Tagger, []byte) {
		tg, err := Train(sents, TrainOptions{Iters: 6, Seed: seed, Seeds: seeds, Bidirectional: true, Extended: true})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := tg.Write(&b); err != nil {
			t.Fatal(err)
		}
		return tg, b.Bytes()
	}
	_, one := train(3, 1)
	_, other := train(4, 1)
	tg, two := train(3, 2)
	_, again := train(3, 2)
	if !bytes.Equal(two, again) {
		t.Error("two trainings with the same seeds wrote different models")
	}
	if bytes.Equal(two, one) || bytes.Equal(two, other) {
		t.Error("the mean of two seeds is the model of one of them")
	}
	if s := Score(tg, sents); s.BothOK != s.Words {
		t.Errorf("the mean of two seeds did not learn the training set: %d of %d words right", s.BothOK, s.Words)
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("no sentences: want error")
	}
	bad := []*conllu.Sentence{{ID: "x", Words: []conllu.Word{{ID: 1, Form: "a"}}}}
	if _, err := Train(bad, TrainOptions{}); err == nil || !strings.Contains(err.Error(), "no UPOS") {
		t.Errorf("missing UPOS: got %v", err)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	sents := readTiny(t)
	tg, err := Train(sents, TrainOptions{Iters: 4, Bidirectional: true, Extended: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !back.bidi || !back.ext || back.cols != tg.cols || back.rscale != tg.rscale || back.main.scale != tg.main.scale {
		t.Fatalf("direction or scales lost: %v %d %v %v", back.bidi, back.cols, back.rscale, back.main.scale)
	}
	for _, s := range [][]string{{"The", "army", "signed", "a", "deal", "."}, {"Unknown", "words", "like", "Zxq", "attacked"}} {
		a, b := toks(s...), toks(s...)
		tg.Tag(a)
		back.Tag(b)
		for i := range a {
			if a[i].UPOS != b[i].UPOS || a[i].XPOS != b[i].XPOS {
				t.Errorf("%v word %d: trained %s/%s, reloaded %s/%s", s, i, a[i].UPOS, a[i].XPOS, b[i].UPOS, b[i].XPOS)
			}
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("%q: want error", in)
		}
	}
}

func TestDefaultTagsNews(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := Default(); again != tg {
		t.Error("Default built a second tagger")
	}
	tests := []struct {
		words []string
		upos  string
		xpos  string
	}{
		{[]string{"The", "rebels", "attacked", "the", "town", "."}, "DET NOUN VERB DET NOUN PUNCT", "DT NNS VBD DT NN ."},
		{[]string{"Israel", "did", "n't", "withdraw", "its", "troops", "."}, "PROPN AUX PART VERB PRON NOUN PUNCT", "NNP VBD RB VB PRP$ NNS ."},
		{[]string{"Talks", "were", "held", "in", "Cairo", "on", "Monday", "."}, "NOUN AUX VERB ADP PROPN ADP PROPN PUNCT", "NNS VBD VBN IN NNP IN NNP ."},
	}
	for _, tc := range tests {
		ts := toks(tc.words...)
		tg.Tag(ts)
		var u, x []string
		for _, tk := range ts {
			u = append(u, tk.UPOS)
			x = append(x, tk.XPOS)
		}
		if got := strings.Join(u, " "); got != tc.upos {
			t.Errorf("%v: UPOS %s, want %s", tc.words, got, tc.upos)
		}
		if got := strings.Join(x, " "); got != tc.xpos {
			t.Errorf("%v: XPOS %s, want %s", tc.words, got, tc.xpos)
		}
	}
	tg.Tag(nil) // no words: nothing to do, no panic
}

// markedWords reads a testdata file of sentences with the words to score
// marked word/UPOS.
func markedWords(t testing.TB, name string) (sents [][]model.Token, want [][]string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for n, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var ts []model.Token
		var w []string
		for _, f := range strings.Fields(line) {
			word, tag, marked := strings.Cut(f, "/")
			if marked && (word == "" || tag == "") {
				t.Fatalf("%s:%d: bad mark %q", name, n+1, f)
			}
			ts = append(ts, model.Token{Text: word})
			w = append(w, tag)
		}
		sents, want = append(sents, ts), append(want, w)
	}
	return sents, want
}

// scoreMarked tags the sentences of a markedWords file with tg and returns
// how many marked words it got right, of how many, and the misses.
func scoreMarked(t testing.TB, tg *Tagger, name string) (right, total int, misses []string) {
	sents, want := markedWords(t, name)
	for i, ts := range sents {
		tg.Tag(ts)
		for j, w := range want[i] {
			if w == "" {
				continue
			}
			total++
			if ts[j].UPOS == w {
				right++
			} else {
				misses = append(misses, fmt.Sprintf("%s/%s tagged %s in %q", ts[j].Text, w, ts[j].UPOS, joinTexts(ts)))
			}
		}
	}
	return right, total, misses
}

func joinTexts(ts []model.Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// TestNewsVerbs: the words of news that are verbs or nouns by context,
// which decide whether the coder finds an event, are tagged right. A
// tagger that trades them for accuracy elsewhere should not ship. The
// shipped model gets 54 of 55 (2026-11-26; 52 without repairVerbless): it
// still takes "calls" for a plural noun in "The minister calls for calm as
// protests spread", which has a verb in its second clause, so is not
// repaired.
func TestNewsVerbs(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkMarked(t, tg, "testdata/news-verbs.txt", 50, 2)
}

// checkMarked scores the shipped tagger on a markedWords file, logs its
// misses, and fails when the file has fewer than minWords marked words or
// the tagger misses more than maxMisses of them. It returns the words
// right.
func checkMarked(t *testing.T, tg *Tagger, name string, minWords, maxMisses int) int {
	t.Helper()
	right, total, misses := scoreMarked(t, tg, name)
	for _, m := range misses {
		t.Log(m)
	}
	t.Logf("%s: %d of %d marked words right", name, right, total)
	if total < minWords {
		t.Fatalf("only %d marked words in %s", total, name)
	}
	if right < total-maxMisses {
		t.Errorf("%s: %d of %d marked words right; want at most %d misses", name, right, total, maxMisses)
	}
	return right
}

func TestLeftToRightView(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	fast := tg.LeftToRight()
	if fast.bidi || !tg.bidi {
		t.Fatalf("view bidirectional %v, shipped model %v", fast.bidi, tg.bidi)
	}
	ts := toks("The", "army", "did", "not", "retreat", ".")
	fast.Tag(ts)
	if ts[1].UPOS != "NOUN" || ts[4].XPOS != "VB" {
		t.Errorf("left-to-right view: %+v", ts)
	}
}

func TestConcurrentTagging(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := toks("Protesters", "marched", "to", "the", "embassy", ".")
	tg.Tag(want)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for range 200 {
				got := toks("Protesters", "marched", "to", "the", "embassy", ".")
				tg.Tag(got)
				for i := range got {
					if got[i].XPOS != want[i].XPOS {
						errs <- fmt.Sprintf("word %d: %s, want %s", i, got[i].XPOS, want[i].XPOS)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestShippableGUM(t *testing.T) {
	sents := []*conllu.Sentence{
		{ID: "a-1", NewDoc: "GUM_news_a"}, {ID: "a-2"},
		{ID: "f-1", NewDoc: "GUM_fiction_b"}, {ID: "f-2"},
		{ID: "w-1", NewDoc: "GUM_whow_c"},
		{ID: "v-1", NewDoc: "GUM_voyage_d"},
	}
	var ids []string
	for _, s := range ShippableGUM(sents) {
		ids = append(ids, s.ID)
	}
	if got := strings.Join(ids, " "); got != "a-1 a-2 v-1" {
		t.Errorf("kept %s", got)
	}
}

// Recorded accuracy of the shipped model with gold tokenization (model
// trained by `dyad train tagger`: Shipped options, the mean of three
// seeds, with repairVerbless; scored by this test and by `dyad eval ud`),
// 2026-11-26. The test
// fails when a figure drops more than 0.5 points below these.
var recorded = []struct {
	file       string
	upos, xpos float64
}{
	{EWTTest, 96.00, 95.22},
	{GUMTest, 96.46, 96.17},
	{PUDTest, 96.27, 95.89},
}

func TestSharedAccuracy(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recorded {
		sents, err := conllu.ReadFile(sharedtest.Path(t, r.file))
		if err != nil {
			t.Fatal(err)
		}
		s := Score(tg, sents)
		t.Logf("%s: UPOS %.2f XPOS %.2f (%d words)", r.file, s.UPOS(), s.XPOS(), s.Words)
		if s.UPOS() < r.upos-0.5 || s.XPOS() < r.xpos-0.5 {
			t.Errorf("%s: UPOS %.2f XPOS %.2f, recorded %.2f %.2f", r.file, s.UPOS(), s.XPOS(), r.upos, r.xpos)
		}
	}
}

func BenchmarkTag(b *testing.B) {
	sents, err := conllu.ReadFile(sharedtest.Path(b, EWTTest))
	if err != nil {
		b.Fatal(err)
	}
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	all := make([][]model.Token, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			all[i] = append(all[i], model.Token{Text: w.Form})
		}
	}
	for _, bc := range []struct {
		name string
		t    *Tagger
	}{{"bidirectional", tg}, {"left-to-right", tg.LeftToRight()}} {
		b.Run(bc.name, func(b *testing.B) {
			n := 0
			cpu0 := cpuTime()
			for b.Loop() {
				for _, ts := range all {
					bc.t.Tag(ts)
				}
				n += len(all)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sents/s")
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(n)/cpu.Seconds(), "sents/cpu-s")
			}
		})
	}
}

func BenchmarkRead(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}
