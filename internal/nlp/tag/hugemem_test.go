package tag

import (
	"bytes"
	"dyad/internal/nlp/hugemem"
	"runtime"
	"testing"

	"dyad/internal/model"
)

func TestHugeSlice(t *testing.T) {
	for _, n := range []int{10, 3 << 20} {
		s, owner := hugemem.Slice[entry](n)
		if len(s) != n {
			t.Fatalf("hugemem.Slice(%d) has length %d", n, len(s))
		}
		for i := range s {
			if s[i] != (entry{}) {
				t.Fatalf("hugemem.Slice(%d)[%d] = %v, want zero", n, i, s[i])
			}
			s[i] = entry{cls: uint16(i), w: 1}
		}
		if s[n-1].cls != uint16(n-1) {
			t.Errorf("hugemem.Slice(%d): last entry not written", n)
		}
		runtime.KeepAlive(owner)
	}
}

// TestViewOutlivesTagger checks that the weight tables, which may live
// outside the Go heap, stay mapped for as long as any view of them does.
func TestViewOutlivesTagger(t *testing.T) {
	tg, err := Read(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	view := tg.LeftToRight()
	tg = nil
	for range 3 {
		runtime.GC()
	}
	toks := []model.Token{{Text: "The"}, {Text: "talks"}, {Text: "collapsed"}, {Text: "."}}
	view.Tag(toks)
	if toks[0].UPOS != "DET" || toks[3].UPOS != "PUNCT" {
		t.Errorf("after the tagger was collected, its view tags %+v", toks)
	}
}
