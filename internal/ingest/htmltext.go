package ingest

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags end a line of text: each becomes its own paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "figure": true, "figcaption": true, "br": true, "hr": true, "main": true,
	"aside": true, "nav": true, "head": true, "body": true, "html": true, "details": true, "summary": true,
	"caption": true, "address": true, "form": true, "fieldset": true, "legend": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true}

// nodeText renders an HTML tree as plain text: one paragraph per block
// element (blank line between), a line break for <br>,
// white space inside a block collapsed to single spaces, table cells
// separated by spaces.
//
// trimmed says that the tree's text nodes were trimmed by go-trafilatura,
// which then joins them with spaces; otherwise the white space of the
// source decides where words break.
func nodeText(n *html.Node, trimmed bool) string {
	var b strings.Builder
	var line strings.Builder
	// sep is the break owed before the next text: a blank line between
	// blocks, a single newline for <br>, so that clean can tell paragraphs
	// from line breaks inside one.
	sep := ""
	flush := func(brk string) {
		if s := strings.TrimSpace(line.String()); s != "" {
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(s)
			sep = ""
		}
		line.Reset()
		if len(brk) > len(sep) {
			sep = brk
		}
	}
	space := func() {
		if s := line.String(); s != "" && s[len(s)-1] != ' ' {
			line.WriteByte(' ')
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			fields := strings.Fields(n.Data)
			if len(fields) == 0 {
				if n.Data != "" {
					space()
				}
				return
			}
			// go-trafilatura trims the text and tail of every element it
			// keeps, so text nodes are joined with a space, as its own
			// plain-text output does.
			if trimmed || isSpace(n.Data[0]) {
				space()
			}
			line.WriteString(strings.Join(fields, " "))
			if !trimmed && isSpace(n.Data[len(n.Data)-1]) {
				space()
			}
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
			block := blockTags[n.Data]
			brk := "\n\n"
			if n.Data == "br" {
				brk = "\n"
			}
			if block {
				flush(brk)
			}
			if n.Data == "td" || n.Data == "th" {
				space()
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if block {
				flush(brk)
			}
			if n.Data == "td" || n.Data == "th" {
				space()
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush("")
	return b.String()
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }
