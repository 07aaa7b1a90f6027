package petrarch

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"dyad/internal/sharedtest"
)

// TestPhoenixLoads reads the shared Phoenix dictionaries: every file must
// load, compile into a kb, and yield the bulk of its entries; what is
// skipped is logged with reasons.
func TestPhoenixLoads(t *testing.T) {
	dir := sharedtest.Path(t, "reference-dicts")
	d, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.KB(); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, f := range d.Files {
		kinds[f.Kind] += f.Entries
		t.Logf("%s: %s, %d entries, %d phrases, %d skipped", filepath.Base(f.File), f.Kind, f.Entries, f.Phrases, f.Skipped)
	}
	// Floors well below the counts measured on 2026-11-26 (85324 patterns,
	// 27211 actor records, 2243 agents), to catch a reader that breaks.
	if kinds["verbs"] < 50000 || kinds["actors"] < 20000 || kinds["agents"] < 2000 || kinds["discards"] < 1 {
		t.Errorf("entries per kind = %v", kinds)
	}
	if len(d.Skipped) > 1000 {
		t.Errorf("%d lines skipped", len(d.Skipped))
	}
}

func BenchmarkLoadPhoenix(b *testing.B) {
	dir := sharedtest.Path(b, "reference-dicts")
	for b.Loop() {
		d, err := LoadDir(dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.KB(); err != nil {
			b.Fatal(err)
		}
		_ = d.Events()
	}
}

func seeds(f *testing.F, name string) {
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("<!-- open comment\n+X [~"))
	f.Add([]byte("&A\n+&A\n--- V [---] ---\nV\n- * &A [010]\n"))
}

func FuzzReadVerbs(f *testing.F) {
	seeds(f, "test.verbs.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, _, _, err := ReadVerbs(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		for _, p := range ps {
			if p.Trigger == "" || p.Code == "" {
				t.Fatalf("pattern without trigger or code: %+v", p)
			}
		}
	})
}

func FuzzReadActors(f *testing.F) {
	seeds(f, "test.actors.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		es, _, err := ReadActors(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		for _, e := range es {
			if len(e.Phrases) == 0 {
				t.Fatalf("entry without phrases: %+v", e)
			}
		}
	})
}

func FuzzReadAgents(f *testing.F) {
	seeds(f, "test.agents.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		es, _, err := ReadAgents(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		for _, e := range es {
			if len(e.Phrases) == 0 {
				t.Fatalf("agent without phrases: %+v", e)
			}
		}
	})
}

func FuzzReadDiscards(f *testing.F) {
	seeds(f, "test.discards.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		es, _, err := ReadDiscards(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		for _, e := range es {
			if len(e.Phrases) == 0 {
				t.Fatalf("discard without phrases: %+v", e)
			}
		}
	})
}
