package cli

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// testdata/gold-tiny.jsonl holds four records: two plain events dyad must
// code, one negated sentence that must give none, and one whose gold is
// deliberately wrong (Kenya "praised" Uganda, gold 190), so exactly one
// record fails with one miss and one false alarm at the code levels while
// the dyads all agree.
const tinyGold = "testdata/gold-tiny.jsonl"

func TestEvalTinyGold(t *testing.T) {
	code, out, errs := runCLIStdin(t, "", "eval", tinyGold, "--misses", "-1")
	if code != ExitOK {
		t.Fatalf("exit %d: %s\n%s", code, errs, out)
	}
	for _, re := range []string{
		`4 records, 3 pass exactly \(75\.0%\)`,
		`(?m)^\s+exact\s+2\s+1\s+1\s+66\.7\s+66\.7\s+66\.7`,
		`(?m)^\s+dyad\s+3\s+0\s+0\s+100\.0\s+100\.0\s+100\.0`,
		`(?m)^\s+G-4 \[WRONGGOLD\] ` + regexp.QuoteMeta(tinyGold) + `:4$`,
		`(?m)^\s+miss:\s+KEN UGA 190`,
		`(?m)^\s+false:\s+KEN UGA 05`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("eval output does not match %s:\n%s", re, out)
		}
	}
	for _, passing := range []string{"G-1 ", "G-2 ", "G-3 "} {
		if strings.Contains(out, passing) {
			t.Errorf("record %s listed among failures:\n%s", passing, out)
		}
	}
}

func TestEvalTinyGoldJSON(t *testing.T) {
	code, out, errs := runCLIStdin(t, "", "eval", tinyGold, "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Records int `json:"records"`
		Passed  int `json:"passed"`
		Levels  []struct {
			Level     string  `json:"level"`
			TP        int     `json:"tp"`
			FP        int     `json:"fp"`
			FN        int     `json:"fn"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
		} `json:"levels"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json does not parse: %v\n%s", err, out)
	}
	if rep.Records != 4 || rep.Passed != 3 || len(rep.Levels) == 0 {
		t.Fatalf("report %+v", rep)
	}
	for _, l := range rep.Levels {
		// P and R must agree with the counts they are computed from.
		if p := float64(l.TP) / float64(l.TP+l.FP); l.TP+l.FP > 0 && abs(p-l.Precision) > 1e-9 {
			t.Errorf("%s: precision %v, counts give %v", l.Level, l.Precision, p)
		}
		if r := float64(l.TP) / float64(l.TP+l.FN); l.TP+l.FN > 0 && abs(r-l.Recall) > 1e-9 {
			t.Errorf("%s: recall %v, counts give %v", l.Level, l.Recall, r)
		}
		if l.Level == "exact" && (l.TP != 2 || l.FP != 1 || l.FN != 1) {
			t.Errorf("exact %+v, want TP 2 FP 1 FN 1", l)
		}
	}
	// --min-pass above what passes is a CI failure.
	if code, _, errs := runCLIStdin(t, "", "eval", tinyGold, "--min-pass", "4"); code != ExitFailure || !strings.Contains(errs, "--min-pass") {
		t.Errorf("--min-pass 4: exit %d, stderr %q", code, errs)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

const tinyConllu = "testdata/tiny.conllu"

func TestEvalSeg(t *testing.T) {
	code, out, errs := runCLIStdin(t, "", "eval", "seg", tinyConllu)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, re := range []string{
		`(?m)^\s*file\s+unit\s+gold\s+system\s+correct\s+P%\s+R%\s+F1%`,
		`(?m)tiny\.conllu\s+sentences\s+2\s+\d+\s+\d+\s`,
		`(?m)tiny\.conllu\s+tokens\s+10\s+\d+\s+\d+\s`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("eval seg output does not match %s:\n%s", re, out)
		}
	}
	if code, _, _ := runCLIStdin(t, "", "eval", "seg"); code != ExitUsage {
		t.Errorf("eval seg without files: exit %d, want %d", code, ExitUsage)
	}
	if code, _, errs := runCLIStdin(t, "", "eval", "seg", "testdata/nope.conllu"); code != ExitFailure || !strings.Contains(errs, "nope.conllu") {
		t.Errorf("eval seg missing file: exit %d, stderr %q", code, errs)
	}
}

func TestEvalUD(t *testing.T) {
	for _, args := range [][]string{
		{"eval", "ud", tinyConllu},
		{"eval", "ud", "-raw", tinyConllu},
		{"eval", "ud", "-fasttag", tinyConllu},
	} {
		code, out, errs := runCLIStdin(t, "", args...)
		if code != ExitOK {
			t.Errorf("%v: exit %d: %s", args, code, errs)
			continue
		}
		if !regexp.MustCompile(`(?m)^file\s+words\s+.*UPOS\s+XPOS\s+Lemma\s+UAS\s+LAS$`).MatchString(out) {
			t.Errorf("%v: no table header:\n%s", args, out)
		}
		// Ten gold words; scores are percentages.
		m := regexp.MustCompile(`(?m)^tiny\.conllu\s+10((?:\s+\d+\.\d\d){5,8})\s*$`).FindStringSubmatch(out)
		if m == nil {
			t.Errorf("%v: no row of 10 words with its scores:\n%s", args, out)
			continue
		}
		for _, f := range strings.Fields(m[1]) {
			if v, err := strconv.ParseFloat(f, 64); err != nil || v < 0 || v > 100 {
				t.Errorf("%v: score %s above 100", args, f)
			}
		}
	}
	if code, _, errs := runCLIStdin(t, "", "eval", "ud", "testdata/nope.conllu"); code != ExitFailure || !strings.Contains(errs, "nope.conllu") {
		t.Errorf("eval ud missing file: exit %d, stderr %q", code, errs)
	}
}

// TestEvalUDModelFiles: -tagger and -parser score the given model files,
// so the shipped ones given as files score as the embedded ones do, and a
// file that is not a model is an error that names it.
func TestEvalUDModelFiles(t *testing.T) {
	_, want, _ := runCLIStdin(t, "", "eval", "ud", tinyConllu)
	for _, args := range [][]string{
		{"eval", "ud", "-tagger", "../nlp/tag/model/tagger.bin.gz", tinyConllu},
		{"eval", "ud", "-parser", "../nlp/parse/model/parser.bin.gz", tinyConllu},
	} {
		code, out, errs := runCLIStdin(t, "", args...)
		if code != ExitOK || out != want {
			t.Errorf("%v: exit %d, %s\n%s\nwant the embedded models' table:\n%s", args, code, errs, out, want)
		}
	}
	for _, flag := range []string{"-tagger", "-parser"} {
		code, _, errs := runCLIStdin(t, "", "eval", "ud", flag, tinyConllu, tinyConllu)
		if code != ExitFailure || !strings.Contains(errs, "tiny.conllu") {
			t.Errorf("%s with a CoNLL-U file: exit %d, stderr %q; want an error naming it", flag, code, errs)
		}
	}
}

// TestModeFlagsAfterFiles: dyad promises flags anywhere among the
// arguments ("dyad code a.txt --format gdelt"), modes included.
func TestModeFlagsAfterFiles(t *testing.T) {
	dict := writeFile(t, t.TempDir(), "user.dict", meklitDict)
	t.Run("eval ud", func(t *testing.T) {
		code, out, errs := runCLIStdin(t, "", "eval", "ud", tinyConllu, "-raw")
		if code != ExitOK || !strings.Contains(out, "raw text") {
			t.Errorf("`dyad eval ud FILE -raw`: exit %d, %s", code, firstLine(errs))
		}
	})
	t.Run("dict lint", func(t *testing.T) {
		code, out, errs := runCLIStdin(t, "", "dict", "lint", dict, "--warnings=false")
		if code != ExitOK {
			t.Errorf("`dyad dict lint FILE --warnings=false`: exit %d: %s", code, firstLine(out+errs))
		}
	})
}

// TestDictStatsPositional: `dict lint` takes dictionary files as
// arguments; `dict stats` must either count them too or refuse them, not
// ignore them silently.
func TestDictStatsPositional(t *testing.T) {
	dict := writeFile(t, t.TempDir(), "user.dict", meklitDict)
	_, base, _ := runCLIStdin(t, "", "dict", "stats")
	code, out, _ := runCLIStdin(t, "", "dict", "stats", dict)
	if code == ExitOK && out == base {
		t.Error("`dyad dict stats FILE` ignored FILE")
	}
}
