package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exampleArticle is the dated-text example shipped in the repository.
const exampleArticle = "../../examples/border-talks-2025-06-02.txt"

// runCLIStdin runs dyad with stdin and returns the exit code, stdout and stderr.
func runCLIStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code := run(context.Background(), args, env)
	return code, out.String(), errb.String()
}

// writeFile writes content to name in dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestHelpAndVersion(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		stdout   []string // substrings of stdout
		stderr   []string // substrings of stderr
		anyOut   []string // substrings of stdout or stderr
	}{
		{name: "no args", args: nil, wantCode: ExitUsage, stdout: []string{"usage: dyad COMMAND", "code", "inspect", "eval"}},
		{name: "help", args: []string{"help"}, wantCode: ExitOK, stdout: []string{"usage: dyad COMMAND", "code", "extract", "places", "dict", "version"}},
		{name: "--help", args: []string{"--help"}, wantCode: ExitOK, stdout: []string{"usage: dyad COMMAND"}},
		{name: "help code", args: []string{"help", "code"}, wantCode: ExitOK, anyOut: []string{"usage: dyad code", "-format", "-include-flagged", "-out", "gdelt"}},
		{name: "help unknown command falls back to the list", args: []string{"help", "frobnicate"}, wantCode: ExitOK, stdout: []string{"usage: dyad COMMAND"}},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: ExitUsage, stderr: []string{`unknown command "frobnicate"`, "usage: dyad COMMAND"}},
		{name: "code -h", args: []string{"code", "-h"}, wantCode: ExitOK, anyOut: []string{"usage: dyad code"}},
		{name: "unknown flag", args: []string{"code", "--no-such-flag", exampleArticle}, wantCode: ExitUsage, stderr: []string{"no-such-flag"}},
		{name: "version", args: []string{"version"}, wantCode: ExitOK, stdout: []string{"dyad " + version}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLIStdin(t, "", tc.args...)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.wantCode, out, errs)
			}
			for _, s := range tc.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.stderr {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errs)
				}
			}
			for _, s := range tc.anyOut {
				if !strings.Contains(out+errs, s) {
					t.Errorf("output lacks %q:\nstdout: %s\nstderr: %s", s, out, errs)
				}
			}
		})
	}
}

// TestHelpCommandToStdout: help the user asked for belongs on stdout, so
// that `dyad help code | less` and `dyad help code | grep format` work.
func TestHelpCommandToStdout(t *testing.T) {
	code, out, errs := runCLIStdin(t, "", "help", "code")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "usage: dyad code") {
		t.Errorf("`dyad help code` printed no usage on stdout; stderr: %s", firstLine(errs))
	}
}

// TestEveryCommandHasHelp: each registered command's help names it and
// exits 0; a command with modes lists them.
func TestEveryCommandHasHelp(t *testing.T) {
	for name, c := range commands {
		t.Run(name, func(t *testing.T) {
			code, out, errs := runCLIStdin(t, "", "help", name)
			if code != ExitOK || !strings.Contains(out+errs, "dyad "+name) {
				t.Errorf("help %s: exit %d\n%s%s", name, code, out, errs)
			}
			if c.Summary == "" {
				t.Errorf("command %s has no summary", name)
			}
		})
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
