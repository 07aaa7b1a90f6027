package eval

import (
	"strings"
	"unicode"

	"dyad/internal/model"
	"dyad/internal/ontology"
)

// PentaEvent is a coded event as the PentaClass scorer sees it.
type PentaEvent struct {
	Class      int    // ontology.PentaClass of the code, -1 when unknown
	Code       string // for listings
	SourceText string // the words of the source ("" when none)
	TargetText string
}

// PentaEvents reduces an article's events for ScorePenta.
func PentaEvents(a *model.Article, opt TripleOptions) []PentaEvent {
	var out []PentaEvent
	for i := range a.Events {
		ev := &a.Events[i]
		if !opt.IncludeFlagged && !ev.Flags.Factual() {
			continue
		}
		out = append(out, PentaEvent{
			Class: ontology.PentaClass(ev.Code), Code: ev.Code,
			SourceText: ev.SourceSpan.Text(a.Text), TargetText: ev.TargetSpan.Text(a.Text),
		})
	}
	return out
}

// PentaNames are the labels of PentaClass 0–4.
var PentaNames = [5]string{"statement", "verbal coop", "material coop", "verbal conflict", "material conflict"}

// SpanAgreement counts how often predicted actor words overlap the gold's.
type SpanAgreement struct {
	Gold    int     `json:"gold"`    // correct sentences whose gold gives this actor's words
	Overlap int     `json:"overlap"` // … where the predicted actor shares a word with them
	Rate    float64 `json:"rate"`
	// TokenF1 is the mean, over Gold, of the best word-level F1 between the
	// predicted words and any one gold span.
	TokenF1 float64 `json:"token_f1"`
}

// PentaResult is the outcome of one sentence.
type PentaResult struct {
	Index     int    `json:"index"`
	ID        string `json:"id"`
	Gold      int    `json:"gold"`
	Predicted []int  `json:"predicted"` // classes of the coded events
	Correct   bool   `json:"correct"`
}

// PentaReport is the result of ScorePenta.
type PentaReport struct {
	Sentences int `json:"sentences"`
	Coded     int `json:"coded"`   // sentences with at least one coded event
	Correct   int `json:"correct"` // sentences with a coded event of the gold class
	// Coverage is Correct/Sentences; Precision is Correct/Coded.
	Coverage  float64 `json:"coverage"`
	Precision float64 `json:"precision"`
	F1        float64 `json:"f1"`
	// Confusion[g][p] counts sentences of gold class g by predicted class p;
	// p = 5 means nothing coded. The predicted class of a sentence is the
	// gold class when any event has it, else the class of its first event.
	Confusion [5][6]int `json:"confusion"`
	// PerClass holds recall (coverage) and precision per class.
	PerClass [5]GroupScore `json:"per_class"`
	Source   SpanAgreement `json:"source"`
	Target   SpanAgreement `json:"target"`
	Results  []PentaResult `json:"results"`
}

// ScorePenta scores PentaClass gold: pred[i] are the events coded for
// gold[i]. Records without a PentaClass label are skipped.
func ScorePenta(gold []Record, pred [][]PentaEvent) *PentaReport {
	rep := &PentaReport{}
	var srcF1, tgtF1 float64
	for i := range gold {
		g := &gold[i]
		if !g.HasPenta() {
			continue
		}
		var ge *GoldEvent
		for j := range g.Expected {
			if g.Expected[j].PentaClass >= 0 {
				ge = &g.Expected[j]
				break
			}
		}
		var p []PentaEvent
		if i < len(pred) {
			p = pred[i]
		}
		res := PentaResult{Index: i, ID: g.ID, Gold: ge.PentaClass}
		var hit *PentaEvent
		for j := range p {
			res.Predicted = append(res.Predicted, p[j].Class)
			if p[j].Class == ge.PentaClass && hit == nil {
				hit = &p[j]
			}
		}
		rep.Sentences++
		col := 5
		switch {
		case hit != nil:
			col = ge.PentaClass
		case len(p) > 0 && p[0].Class >= 0:
			col = p[0].Class
		}
		rep.Confusion[ge.PentaClass][col]++
		if len(p) > 0 {
			rep.Coded++
		}
		if hit != nil {
			rep.Correct++
			res.Correct = true
			srcGold := append(append([]string(nil), ge.SourceText...), ge.ReciprocalText...)
			tgtGold := append(append([]string(nil), ge.TargetText...), ge.ReciprocalText...)
			if len(srcGold) > 0 {
				rep.Source.Gold++
				f := bestF1(hit.SourceText, srcGold)
				srcF1 += f
				if f > 0 {
					rep.Source.Overlap++
				}
			}
			if len(tgtGold) > 0 {
				rep.Target.Gold++
				f := bestF1(hit.TargetText, tgtGold)
				tgtF1 += f
				if f > 0 {
					rep.Target.Overlap++
				}
			}
		}
		rep.Results = append(rep.Results, res)
	}
	rep.Coverage = ratio(rep.Correct, rep.Sentences)
	rep.Precision = ratio(rep.Correct, rep.Coded)
	if rep.Coverage+rep.Precision > 0 {
		rep.F1 = 2 * rep.Coverage * rep.Precision / (rep.Coverage + rep.Precision)
	}
	for c := range 5 {
		// Per class: TP = gold c predicted c; FN = gold c not; FP = other
		// gold shown as c.
		var k Counts
		for p := range 6 {
			if p == c {
				k.TP += rep.Confusion[c][p]
			} else {
				k.FN += rep.Confusion[c][p]
			}
		}
		for gcl := range 5 {
			if gcl != c {
				k.FP += rep.Confusion[gcl][c]
			}
		}
		rep.PerClass[c] = group(PentaNames[c], k)
	}
	rep.Source.Rate = ratio(rep.Source.Overlap, rep.Source.Gold)
	rep.Target.Rate = ratio(rep.Target.Overlap, rep.Target.Gold)
	if rep.Source.Gold > 0 {
		rep.Source.TokenF1 = srcF1 / float64(rep.Source.Gold)
	}
	if rep.Target.Gold > 0 {
		rep.Target.TokenF1 = tgtF1 / float64(rep.Target.Gold)
	}
	return rep
}

// stop are words whose sharing says nothing about two spans naming the
// same actor.
var stop = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "s": true, "'s": true, "in": true, "to": true, "its": true, "their": true}

// words splits text into lower-cased runs of letters and digits, dropping
// stop words, so that the gold's tokenised spans ("government ’ s") and
// dyad's text spans ("government’s") compare alike.
func words(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := f[:0]
	for _, w := range f {
		if !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// bestF1 is the best word-multiset F1 between pred and any gold span.
func bestF1(pred string, gold []string) float64 {
	pw := words(pred)
	if len(pw) == 0 {
		return 0
	}
	best := 0.0
	for _, g := range gold {
		gw := words(g)
		if len(gw) == 0 {
			continue
		}
		avail := map[string]int{}
		for _, w := range gw {
			avail[w]++
		}
		tp := 0
		for _, w := range pw {
			if avail[w] > 0 {
				avail[w]--
				tp++
			}
		}
		if tp == 0 {
			continue
		}
		p, r := float64(tp)/float64(len(pw)), float64(tp)/float64(len(gw))
		best = max(best, 2*p*r/(p+r))
	}
	return best
}
