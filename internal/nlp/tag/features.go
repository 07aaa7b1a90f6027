package tag

import (
	"unicode"
	"unicode/utf8"
)

// Feature templates. The numbers are part of the model file: a feature's
// hash mixes its template number with its values, so reordering them
// invalidates trained models (bump modelVersion).
const (
	fBias = iota + 1
	fLower
	fExact
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fLowerM1
	fLowerM2
	fLowerP1
	fLowerP2
	fSuf3M1
	fSuf3P1
	fBigramM1
	fBigramP1
	fAmb
	fAmbP1
	fAmbP2
	fAmbPair
	fShapeP1
	fFirstShape
	fAmbM1
	fSuf2P1
	fShapeM1
	fLex
	fLexCapFirst
	fLexAuto
	fLexP1
	fLexM1
	fLexAutoSuf
	// dynamic templates: they depend on tags already chosen
	fTagM1
	fTagM2
	fTagM12
	fTagM1Word
	fTagM1AmbP1
	fTagM1Suf3
	// capitalisation in context (static)
	fSentCase
	fCapNbr
	// word classes (static)
	fClus
	fClusM1
	fClusP1
	fClusCaps
	fClusP1Pair
	fTagM1Caps // dynamic
	fCapRun    // static
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fmix is the 64-bit finaliser of MurmurHash3: it spreads FNV's output so
// that the low bits used by the open-addressing table are well mixed.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func feat1(t uint64, a uint64) uint64 { return fmix(a ^ t*0x9E3779B97F4A7C15) }

func feat2(t uint64, a, b uint64) uint64 {
	return fmix(fmix(a^t*0x9E3779B97F4A7C15) ^ b*0xC2B2AE3D27D4EB4F)
}

// hashString hashes s with FNV-1a.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// lowerRune lowercases one rune cheaply for ASCII.
func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h ^= uint64(b)
		h *= fnvPrime
	}
	return h
}

// hashLower hashes the lowercase form of s without building it.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = hashRune(h, lowerRune(r))
	}
	return h
}

// wordInfo is what the feature templates need of one word; it is computed
// once per word per sentence.
type wordInfo struct {
	lower, exact, shape uint64
	suf                 [4]uint64 // suffixes of 1..4 runes of the lowercase form
	pre                 [3]uint64 // prefixes of 1..3 runes
	amb                 uint64    // ambiguity class (bit set of XPOS seen), 0 when unknown
	lex                 uint64    // corpus statistics (see lexicon.go), 0 when unknown
	clus                uint64    // word class (cluster.go) plus one, 0 when none
	caps                uint8     // capsNone, capsInitial or capsAll
	letter              bool      // the word starts with a letter
	sent                uint8     // the sentence's casing (sentNormal …), the same for all its words
	run                 uint8     // the run of capitalised words it is in (markSentence)
}

// Sentinel words beyond the sentence edges.
var (
	padStart = wordInfo{lower: 0x5354415254, exact: 0x5354415254, shape: 0x5354415254, amb: 1 << 63, caps: capsPad}
	padEnd   = wordInfo{lower: 0x454e44, exact: 0x454e44, shape: 0x454e44, amb: 1 << 62, caps: capsPad}
)

func shapeClass(r rune) byte {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsDigit(r):
		return 'd'
	case unicode.IsLetter(r):
		return 'l'
	default:
		return 'o'
	}
}

// computeInfo fills the word-level hashes of form, looking up its
// ambiguity class and corpus statistics by the hash of its lowercase form.
func computeInfo(form string, amb map[uint64]uint64, lex map[uint64]uint32) wordInfo {
	var w wordInfo
	w.exact = hashString(form)
	// Walk the runes once: lowercase hash, prefixes, shape.
	var runes [64]rune
	n := 0
	h := uint64(fnvOffset)
	sh := uint64(fnvOffset)
	var last byte
	run := 0
	upper, lower := 0, 0
	for _, r := range form {
		lr := lowerRune(r)
		if n < len(runes) {
			runes[n] = lr
		}
		n++
		h = hashRune(h, lr)
		if n <= 3 {
			w.pre[n-1] = h
		}
		c := shapeClass(r)
		switch c {
		case 'X':
			upper++
		case 'x':
			lower++
		}
		if n == 1 {
			w.letter = unicode.IsLetter(r)
		}
		if n == 1 && c == 'X' {
			w.caps = capsInitial
		}
		if c == last {
			run++
		} else {
			run = 0
		}
		last = c
		if run < 2 { // "Xxxxx" → "Xxx": runs longer than two collapse
			sh ^= uint64(c)
			sh *= fnvPrime
		}
	}
	w.lower = h
	w.shape = sh
	if upper >= 2 && lower == 0 {
		w.caps = capsAll
	}
	for k := n; k < 3; k++ {
		w.pre[k] = h
	}
	if n > len(runes) {
		n = len(runes)
	}
	for k := 1; k <= 4; k++ {
		start := n - k
		if start < 0 {
			start = 0
		}
		s := uint64(fnvOffset) ^ uint64(k)
		for _, r := range runes[start:n] {
			s = hashRune(s, r)
		}
		w.suf[k-1] = s
	}
	w.amb = amb[w.lower]
	if v, ok := lex[w.lower]; ok {
		w.lex = uint64(v&0xffff) | 1<<16
		w.clus = uint64(v >> clusShift & clusMask)
	}
	return w
}

// staticFeatures appends the features of word i that do not depend on tags;
// ext adds the casing and word-class ones (TrainOptions.Extended).
func staticFeatures(dst []uint64, ws []wordInfo, i int, ext bool) []uint64 {
	at := func(j int) *wordInfo {
		if j < 0 {
			return &padStart
		}
		if j >= len(ws) {
			return &padEnd
		}
		return &ws[j]
	}
	w, m1, m2, p1, p2 := &ws[i], at(i-1), at(i-2), at(i+1), at(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	dst = append(dst,
		feat1(fBias, 0),
		feat1(fLower, w.lower),
		feat1(fExact, w.exact),
		feat1(fSuf1, w.suf[0]),
		feat1(fSuf2, w.suf[1]),
		feat1(fSuf3, w.suf[2]),
		feat1(fSuf4, w.suf[3]),
		feat1(fPre1, w.pre[0]),
		feat1(fPre2, w.pre[1]),
		feat1(fPre3, w.pre[2]),
		feat1(fShape, w.shape),
		feat1(fLowerM1, m1.lower),
		feat1(fLowerM2, m2.lower),
		feat1(fLowerP1, p1.lower),
		feat1(fLowerP2, p2.lower),
		feat1(fSuf3M1, m1.suf[2]),
		feat1(fSuf3P1, p1.suf[2]),
		feat2(fBigramM1, m1.lower, w.lower),
		feat2(fBigramP1, w.lower, p1.lower),
		feat1(fAmb, w.amb),
		feat1(fAmbP1, p1.amb),
		feat1(fAmbP2, p2.amb),
		feat2(fAmbPair, w.amb, p1.amb),
		feat1(fShapeP1, p1.shape),
		feat2(fFirstShape, first, w.shape),
		feat1(fAmbM1, m1.amb),
		feat1(fSuf2P1, p1.suf[1]),
		feat1(fShapeM1, m1.shape),
		feat1(fLex, w.lex),
		feat2(fLexCapFirst, first, w.lex&lexCapMask|w.lex>>16<<8),
		feat1(fLexAuto, w.lex>>lexAutoShift),
		feat1(fLexP1, p1.lex),
		feat1(fLexM1, m1.lex),
		feat2(fLexAutoSuf, w.lex>>lexAutoShift, w.suf[1]),
	)
	if !ext {
		return dst
	}
	return append(dst,
		feat2(fSentCase, uint64(w.sent)|uint64(w.caps)<<2|first<<4, w.lexCap()),
		feat2(fCapNbr, uint64(m1.caps)|uint64(w.caps)<<2|uint64(p1.caps)<<4, w.lexCap()),
		feat1(fClus, w.clus),
		feat1(fClusM1, m1.clus),
		feat1(fClusP1, p1.clus),
		feat2(fClusCaps, w.clus, uint64(w.caps)|first<<2|uint64(w.sent)<<3),
		feat2(fClusP1Pair, w.clus, p1.clus),
		feat2(fCapRun, uint64(w.run)|uint64(w.sent)<<5, w.lexCap()),
	)
}

// Tag values used in dynamic features for positions before the sentence.
const noTag = 0xffff

// dynamicFeatures appends the features of word i that depend on the tags
// chosen for the words before it; ext as for staticFeatures.
func dynamicFeatures(dst []uint64, ws []wordInfo, tags []uint16, i int, ext bool) []uint64 {
	t1, t2 := uint64(noTag), uint64(noTag)
	if i > 0 {
		t1 = uint64(tags[i-1])
	}
	if i > 1 {
		t2 = uint64(tags[i-2])
	}
	p1amb := padEnd.amb
	if i+1 < len(ws) {
		p1amb = ws[i+1].amb
	}
	w := &ws[i]
	dst = append(dst,
		feat1(fTagM1, t1),
		feat1(fTagM2, t2),
		feat2(fTagM12, t1, t2),
		feat2(fTagM1Word, t1, w.lower),
		feat2(fTagM1AmbP1, t1, p1amb),
		feat2(fTagM1Suf3, t1, w.suf[2]),
	)
	if !ext {
		return dst
	}
	return append(dst,
		feat2(fTagM1Caps, t1, uint64(w.caps)|w.lexCap()<<2),
	)
}

// Capitalisation of one word.
const (
	capsNone    = 0
	capsInitial = 1 // first letter upper case: "Talks", "McCain"
	capsAll     = 2 // two or more capitals and no small letter: "CPA", "UN"
	capsPad     = 3 // beyond the sentence
)

// Casing of a whole sentence. In titles, headlines and e-mail subject lines
// capitals mark every content word, not names, so a capital means less.
const (
	sentNormal = iota
	sentTitle  // most words after the first are capitalised
	sentShout  // most words after the first are all capitals
	sentShort  // too few words after the first to tell
)

// markSentence sets the sentence casing of every word of ws.
func markSentence(ws []wordInfo) {
	n, initial, all := 0, 0, 0
	for i := 1; i < len(ws); i++ {
		switch ws[i].caps {
		case capsInitial:
			initial++
		case capsAll:
			all++
		case capsNone:
			if !ws[i].letter {
				continue
			}
		}
		n++
	}
	s := uint8(sentNormal)
	switch {
	case n < 2:
		s = sentShort
	case 5*all >= 3*n:
		s = sentShout
	case 5*(all+initial) >= 3*n:
		s = sentTitle
	}
	for i := range ws {
		ws[i].sent = s
	}
	markRuns(ws)
}

// lexCap is the corpus capitalisation bucket of w, or 7 when the corpus
// never saw it.
func (w *wordInfo) lexCap() uint64 {
	if w.lex == 0 {
		return 7
	}
	return w.lex & lexCapMask
}

// markRuns sets, for every word of ws, the run of consecutive capitalised
// words it belongs to: 0 when it is not capitalised, else its length (1,
// 2, 3 or more) and the word's place in it (first, inside, last), and
// whether the run starts the sentence. Names of organisations and places
// are runs ("Enron Investment Partners"), capitalised common nouns mostly
// stand alone.
func markRuns(ws []wordInfo) {
	for i := 0; i < len(ws); {
		if ws[i].caps != capsInitial && ws[i].caps != capsAll {
			ws[i].run = 0
			i++
			continue
		}
		j := i
		for j < len(ws) && (ws[j].caps == capsInitial || ws[j].caps == capsAll) {
			j++
		}
		n := min(j-i, 3)
		for k := i; k < j; k++ {
			pos := 1
			switch k {
			case i:
				pos = 0
			case j - 1:
				pos = 2
			}
			r := uint8(n | pos<<2)
			if i == 0 {
				r |= 1 << 4
			}
			ws[k].run = r
		}
		i = j
	}
}
