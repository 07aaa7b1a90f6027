package model

import (
	"fmt"
	"strings"
)

// Severity grades a Diagnostic.
type Severity uint8

const (
	// Info notes something a user may want to know (a guessed date).
	Info Severity = iota
	// Warning marks input that was processed with a loss (a skipped line).
	Warning
	// Error marks input that could not be processed at all (no text).
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	default:
		return "error"
	}
}

// MarshalText writes the severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "info":
		*s = Info
	case "warning":
		*s = Warning
	case "error":
		*s = Error
	default:
		return fmt.Errorf("unknown severity %q", b)
	}
	return nil
}

// Diagnostic is one problem found while processing one article or record.
// File and Line (or Record) say where in the input it is, so that a user can
// go and look; Span, when set, points into the cleaned text.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Stage    string   `json:"stage"`            // "ingest", "clean", "nlp", "kb", "coder", "geo", "format"
	File     string   `json:"file,omitempty"`   // input file, "-" for stdin
	Line     int      `json:"line,omitempty"`   // 1-based line in File, 0 when unknown
	Record   string   `json:"record,omitempty"` // record id or field name, when the input has records
	Span     Span     `json:"span,omitzero"`
	Message  string   `json:"message"`
}

// String renders the diagnostic as "file:line: severity: stage: message".
func (d Diagnostic) String() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.File)
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d", d.Line)
		}
		b.WriteString(": ")
	}
	if d.Record != "" {
		fmt.Fprintf(&b, "[%s] ", d.Record)
	}
	fmt.Fprintf(&b, "%s: %s: %s", d.Severity, d.Stage, d.Message)
	return b.String()
}
