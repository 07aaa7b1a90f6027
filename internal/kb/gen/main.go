// Command gen writes dyad's generated actor dictionaries:
//
//   - data/countries-iso.gen.dict from Debian's iso-codes (ISO 3166-1), and
//   - data/people.gen.dict from the dated office-holders in ../shared/facts.
//
// Run it with `go generate ./internal/kb` (needs the iso-codes package:
// apt-get install iso-codes). Hand-curated files (countries.dict,
// people.dict) override and extend what it writes.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
)

func main() {
	shared := flag.String("shared", "../../../shared", "the shared data folder")
	iso := flag.String("iso", "/usr/share/iso-codes/json", "Debian iso-codes JSON folder")
	out := flag.String("out", "data", "output folder")
	flag.Parse()
	if err := run(*shared, *iso, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(shared, iso, out string) error {
	known, err := writeCountries(filepath.Join(iso, "iso_3166-1.json"), filepath.Join(out, "countries-iso.gen.dict"))
	if err != nil {
		return err
	}
	n, err := writePeople(filepath.Join(shared, "facts"), filepath.Join(out, "people.gen.dict"), known)
	if err != nil {
		return err
	}
	slog.Info("wrote people", "n", n)
	return nil
}
