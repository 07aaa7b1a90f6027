// Package sharedtest finds the read-only shared data folder (../shared beside
// the checkout) for tests, and skips a test with a clear message when it is
// absent, so that `go test ./...` passes on a fresh clone.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the shared data folder: $DYAD_SHARED when set, else the
// folder "shared" beside the module root. It returns "" when neither exists.
func Root() string {
	if d := os.Getenv("DYAD_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		return ""
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the path of rel inside the shared folder, skipping the test
// when the folder or the file is absent.
func Path(t testing.TB, rel string) string {
	t.Helper()
	root := Root()
	if root == "" {
		t.Skipf("shared data folder not found (../shared or $DYAD_SHARED); skipping test that needs %s", rel)
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s not found: %v", p, err)
	}
	return p
}
