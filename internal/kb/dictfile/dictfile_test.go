package dictfile

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	in := "# header comment\ncountry USA\n    name: United States | U.S.   # trailing\n    metonym GOV: Washington\n\nperson Jane Roe\n\trole: USAGOV 2020-01-01..2021-01-01\n    note: \\#1 in polls\n"
	blocks, errs := Parse(strings.NewReader(in), "t.dict")
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(blocks) != 2 {
		t.Fatalf("got %d blocks", len(blocks))
	}
	b := blocks[0]
	if b.Kind != "country" || b.Key != "USA" || b.Line != 2 || b.Pos() != "t.dict:2" {
		t.Errorf("block 0: %+v", b)
	}
	if got := Alternatives(b.First("name")); len(got) != 2 || got[1] != "U.S." {
		t.Errorf("names: %q", got)
	}
	m := b.Get("metonym")
	if len(m) != 1 || len(m[0].Args) != 1 || m[0].Args[0] != "GOV" || m[0].Value != "Washington" || m[0].Line != 4 {
		t.Errorf("metonym: %+v", m)
	}
	if v := blocks[1].First("note"); v != "#1 in polls" {
		t.Errorf("escaped hash: %q", v)
	}
}

func TestParseErrors(t *testing.T) {
	_, errs := Parse(strings.NewReader("    orphan: x\nactor X\n    no colon here\n"), "bad.dict")
	if len(errs) != 2 {
		t.Fatalf("want 2 errors, got %v", errs)
	}
	if !strings.HasPrefix(errs[0].Error(), "bad.dict:1:") || !strings.HasPrefix(errs[1].Error(), "bad.dict:3:") {
		t.Errorf("positions: %v", errs)
	}
}
