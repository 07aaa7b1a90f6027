package events

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("H7DUMP") == "" {
		t.Skip()
	}
	s, _ := Load(Options{})
	for _, p := range Lint(s) {
		if p.Kind != "duplicate" && p.Kind != "conflict" {
			continue
		}
		f, l := splitPos(p.Pos)
		f = strings.TrimPrefix(f, "events/")
		fmt.Printf("%s\t%d\t%s\t%s\t%s\t%s\n", f, l, p.Pattern, p.Kind, p.Code, p.Msg)
	}
}
