package cli

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// rafahArticle is about Gaza, with a scraper's advertisement line between
// its paragraphs.
const rafahArticle = "date 2025-06-03\ntitle Rafah crossing talks\n\n" +
	"Israeli forces shelled Rafah on Tuesday, officials in Gaza said.\n\n" +
	"Advertisement\n\n" +
	"Egypt condemned the shelling of Rafah.\n"

func TestInspect(t *testing.T) {
	p := writeFile(t, t.TempDir(), "rafah.txt", rafahArticle)
	code, out, errs := runCLIStdin(t, "", "inspect", p)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"=== article rafah",
		"date:     2025-06-03",
		"title:    Rafah crossing talks",
		"--- sentence 1",
		"--- sentence 2",
		"Egypt condemned the shelling of Rafah.",
		"deprel",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	// The advertisement line is gone from the text and every sentence; the
	// removal is reported, not silent.
	sentences := regexp.MustCompile(`(?m)^--- sentence \d+ \[\d+:\d+\]\n(.*)$`).FindAllStringSubmatch(out, -1)
	if len(sentences) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(sentences), out)
	}
	for _, s := range sentences {
		if strings.Contains(s[1], "Advertisement") {
			t.Errorf("scraper residue in sentence %q", s[1])
		}
	}
	if _, after, _ := strings.Cut(out, "--- cleaned text"); strings.Contains(strings.SplitN(after, "--- sentence", 2)[0], "Advertisement") {
		t.Errorf("cleaned text keeps the advertisement line")
	}
	if !strings.Contains(out, "removed advertisement") {
		t.Errorf("the removal is not reported")
	}
	// Token rows: "  N  word lemma upos xpos head deprel"; "shelled" is the
	// root of sentence 1 and "forces" its nsubj.
	rows := map[string][]string{}
	for _, l := range strings.Split(out, "\n") {
		f := strings.Fields(l)
		if len(f) >= 7 {
			if _, err := strconv.Atoi(f[0]); err == nil {
				if _, seen := rows[f[1]]; !seen {
					rows[f[1]] = f
				}
			}
		}
	}
	if r := rows["shelled"]; r == nil || r[2] != "shell" || r[3] != "VERB" || r[len(r)-1] != "root" {
		t.Errorf("token row of 'shelled' = %v", r)
	}
	if r := rows["forces"]; r == nil || r[len(r)-1] != "nsubj" || r[len(r)-2] != "shelled" {
		t.Errorf("token row of 'forces' = %v (want head 'shelled', nsubj)", r)
	}
	// Actors and events.
	for _, re := range []string{`(?m)^  actor  ISRMIL\s+"Israeli forces"`, `(?m)^  actor  EGY\s+"Egypt"`, `(?m)^  event  ISRMIL → .* 19\d `, `(?m)^  event  EGY → .* 11\d `} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("inspect output does not match %s:\n%s", re, out)
		}
	}
	// --no-tokens drops the table but keeps actors.
	_, out2, _ := runCLIStdin(t, "", "inspect", p, "--no-tokens", "--no-text")
	if strings.Contains(out2, "deprel") || strings.Contains(out2, "--- cleaned text") || !strings.Contains(out2, "actor  EGY") {
		t.Errorf("--no-tokens --no-text:\n%s", out2)
	}
}

func TestPlacesRafah(t *testing.T) {
	p := writeFile(t, t.TempDir(), "rafah.txt", rafahArticle)
	code, out, errs := runCLIStdin(t, "", "places", p)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// place  s1 "Rafah" → FULL [ID] LAT,LON type N — evidence
	re := regexp.MustCompile(`(?m)^place  s(\d+) "([^"]+)" → ([^\[]+) \[([^\]]+)\] (-?[\d.]+),(-?[\d.]+) type`)
	places := re.FindAllStringSubmatch(out, -1)
	if len(places) == 0 {
		t.Fatalf("no places:\n%s", out)
	}
	rafah := 0
	for _, m := range places {
		if m[2] != "Rafah" {
			continue
		}
		rafah++
		lat, _ := strconv.ParseFloat(m[5], 64)
		lon, _ := strconv.ParseFloat(m[6], 64)
		// Rafah in the Gaza Strip, not the Egyptian town across the border
		// (31.28, 34.24) nor any namesake elsewhere.
		if !strings.Contains(m[3], "Palestine") || lat < 31.27 || lat > 31.31 || lon < 34.245 || lon > 34.28 {
			t.Errorf("Rafah resolved to %s (%s) at %v,%v", m[3], m[4], lat, lon)
		}
	}
	if rafah != 2 {
		t.Errorf("Rafah resolved %d times, want 2 (both sentences):\n%s", rafah, out)
	}
	// Both events happened in Rafah.
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "event ") && !strings.Contains(l, "at Rafah") {
			t.Errorf("event not placed at Rafah: %s", l)
		}
	}
	if strings.Count(out, "\nevent ") != 2 {
		t.Errorf("want 2 events:\n%s", out)
	}
}

func TestExplain(t *testing.T) {
	p := writeFile(t, t.TempDir(), "rafah.txt", rafahArticle)
	code, out, errs := runCLIStdin(t, "", "explain", p)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, re := range []string{
		`(?m)^--- sentence 2: Egypt condemned the shelling of Rafah\.$`,
		`(?m)^  event rafah-\d+: EGY → .*111 `,
		`(?m)^    source\s+"Egypt" EGY`,
		`(?m)^    trigger\s+"condemned"`,
		`(?m)^    pattern\s+111 \S+ \(events/data/[\w-]+\.dict:\d+\)`,
		`(?m)^    step\s+source from nsubj "Egypt"`,
		`(?m)^    trigger\s+"shelled"`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("explain output does not match %s:\n%s", re, out)
		}
	}
	// --all also lists sentences that gave no event, such as one about the weather.
	p2 := writeFile(t, t.TempDir(), "quiet.txt", "date 2025-06-03\n\nThe weather in Amman was warm on Tuesday.\n\nEgypt condemned Israel.\n")
	_, all, _ := runCLIStdin(t, "", "explain", p2, "--all")
	_, some, _ := runCLIStdin(t, "", "explain", p2)
	if !strings.Contains(all, "weather in Amman") || strings.Contains(some, "weather in Amman") {
		t.Errorf("--all does not add the eventless sentence:\n--all:\n%s\nwithout:\n%s", all, some)
	}
}
