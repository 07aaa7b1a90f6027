package token

import (
	"testing"
	"unicode/utf8"
)

// checkInvariants verifies the contract of Segment on text: spans inside
// the text and in order, tokens never overlapping, every non-space byte in
// some token, tokens inside their sentences, Text equal to the span's text.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	sents := Segment(text)
	covered := make([]bool, len(text))
	prevEnd := int32(0)
	for si, s := range sents {
		if s.Index != si {
			t.Fatalf("sentence %d has Index %d", si, s.Index)
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", si)
		}
		if s.Span.Start < prevEnd || s.Span.End > int32(len(text)) || s.Span.Start >= s.Span.End {
			t.Fatalf("sentence %d span %v out of order or outside text of %d bytes", si, s.Span, len(text))
		}
		for _, tk := range s.Tokens {
			sp := tk.Span
			if sp.Start < prevEnd || sp.End <= sp.Start || sp.End > int32(len(text)) {
				t.Fatalf("token %q span %v overlaps or leaves the text (previous end %d)", tk.Text, sp, prevEnd)
			}
			if sp.Start < s.Span.Start || sp.End > s.Span.End {
				t.Fatalf("token %v outside its sentence %v", sp, s.Span)
			}
			if text[sp.Start:sp.End] != tk.Text {
				t.Fatalf("token text %q differs from span text %q", tk.Text, text[sp.Start:sp.End])
			}
			for i := sp.Start; i < sp.End; i++ {
				covered[i] = true
			}
			prevEnd = sp.End
		}
	}
	for i := 0; i < len(text); {
		sp, n := IsSpace(text[i:])
		if !sp {
			for j := i; j < i+n; j++ {
				if !covered[j] {
					r, _ := utf8.DecodeRuneInString(text[i:])
					t.Fatalf("byte %d (%q) is not space and in no token: %q", j, r, text)
				}
			}
		}
		i += n
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"GAZA CITY, March 19 (Reuters) - Israel's army didn't stop. The U.S. said no.",
		"“We won’t,” he said… http://x.org/a_(b). e-mail: a@b.co",
		"1. Item\n2. Item\n\nHeadline Here\nBody text 3.5% $1,200 '90s",
		"\xff\xfe bad \xc3 utf8 \u00a0nbsp\u200bzw \u2028line",
		"AT&T a&m b/c :) :-( [1] ?! ... -- — –",
		"cannot gonna y'all O'Neil 'tis ain't",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s)
	})
}

func TestInvariantsOnFixtures(t *testing.T) {
	for _, s := range []string{
		"", " ", "\n\n\n", ".", "'", "''", "'s", "n't", "-", "a-", "-a", "a.", ".a", "U.", "..", "x@", "@x", "http://",
		"Mr.", "No.", "1.", "\xff", "a\xffb", "\xe2\x80", "'9", "'99x", "5-", "1,2", "1,", "A&", "&B", "b/", ":)",
		"ST. LOUIS, Mo. (AP) -", "[1]. [2", "word\u2011word", "x\u200dy",
	} {
		checkInvariants(t, s)
	}
}
