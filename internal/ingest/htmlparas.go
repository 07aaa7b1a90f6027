package ingest

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// On short pages go-trafilatura gives up on its main extraction and falls
// back to a baseline that glues the page's paragraphs into one ("day.Jordan"
// or "day. Jordan") and may add the <title> and body text once more. The
// run-on paragraph then reaches the sentence splitter as one sentence, and
// the repeated copy is coded twice. restoreParagraphs mends both from the
// page itself: it splits an extracted paragraph back into the page's own
// paragraphs when it is exactly their concatenation, and drops a paragraph
// that is the title followed by an earlier paragraph.

// restoreParagraphs returns text (paragraphs separated by blank lines) with
// glued paragraphs split at the page's own paragraph breaks and the
// title-led repeat removed. page is the raw HTML, title the page's title.
func restoreParagraphs(text string, page []byte, title string) string {
	paras := strings.Split(text, "\n\n")
	var src []string // the page's paragraphs, as a reader sees them
	// The baseline gives one or two paragraphs; a page the extractor read
	// properly gives more, and is not parsed a second time here.
	if len(paras) <= 2 && bytes.Count(page, []byte("<p")) > 1 {
		// Decoded as the page declares, so that its words compare
		// with the extractor's (which decodes too).
		if r, err := charset.NewReader(bytes.NewReader(page), "text/html"); err == nil {
			if doc, err := html.Parse(r); err == nil {
				if b := body(doc); b != nil {
					src = strings.Split(nodeText(b, false), "\n\n")
				}
			}
		}
	}
	srcKeys := make([]string, len(src))
	for i, s := range src {
		srcKeys[i] = squeeze(s)
	}
	var out []string
	for _, p := range paras {
		out = append(out, splitGlued(p, src, srcKeys)...)
	}
	// Drop the baseline's repeat: the title followed by the words of an
	// earlier paragraph. (A plain repeat stays: some pages do repeat a
	// line, and the extractor does not make those.)
	tk := wordKey(title)
	seen := map[string]bool{}
	kept := out[:0]
	for _, p := range out {
		k := wordKey(p)
		if tk != "" && strings.HasPrefix(k, tk+" ") && seen[k[len(tk)+1:]] {
			continue
		}
		seen[k] = true
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}

// splitGlued returns p as two or more consecutive page paragraphs when its
// text, white space aside, is exactly theirs run together; otherwise p.
func splitGlued(p string, src, srcKeys []string) []string {
	k := squeeze(p)
	if k == "" {
		return []string{p}
	}
	for i := range srcKeys {
		if srcKeys[i] == "" || len(srcKeys[i]) >= len(k) || !strings.HasPrefix(k, srcKeys[i]) {
			continue
		}
		rest := k[len(srcKeys[i]):]
		j := i + 1
		for ; j < len(srcKeys) && rest != ""; j++ {
			if !strings.HasPrefix(rest, srcKeys[j]) {
				break
			}
			rest = rest[len(srcKeys[j]):]
		}
		if rest == "" && j-i > 1 {
			parts := make([]string, 0, j-i)
			for _, s := range src[i:j] {
				if strings.TrimSpace(s) != "" {
					parts = append(parts, strings.TrimSpace(s))
				}
			}
			return parts
		}
	}
	return []string{p}
}

// squeeze drops every white-space character, so that a paragraph compares
// equal whether its pieces were joined with a space or with nothing.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// body returns the <body> element of a parsed page (the parser always makes
// one), so that the <title> in <head> is not read as a paragraph.
func body(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.Data == "body" {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := body(c); b != nil {
			return b
		}
	}
	return nil
}
