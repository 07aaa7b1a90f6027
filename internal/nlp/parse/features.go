package parse

import (
	"unicode/utf8"

	"dyad/internal/model"
)

// Hashing. Every string is hashed once per sentence (tokHashes); a feature
// is the template id mixed with one to four of those values, reduced to a
// row of a dense weight table. Collisions cost a little accuracy and buy
// a table without maps.

const (
	hNone  uint64 = 0x6a09e667f3bcc908 // a position that does not exist
	hRoot  uint64 = 0xbb67ae8584caa73b // the artificial root
	fnvOff uint64 = 14695981039346656037
	fnvPrm uint64 = 1099511628211
)

func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	return h
}

func hashStr(seed uint64, s string) uint64 {
	h := fnvOff ^ seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrm
	}
	return h
}

// wordHash hashes the lowercased word with every digit read as 0, so that
// "1987" and "2024" share their weights. It does not allocate.
func wordHash(s string) uint64 {
	h := fnvOff
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= fnvPrm
	}
	return h
}

// suffixHash hashes the last three characters (lowercased), which carry
// most of what a word's form says about its syntax when the word is rare.
func suffixHash(s string) uint64 {
	k := len(s)
	for range 3 {
		if k == 0 {
			break
		}
		_, sz := utf8.DecodeLastRuneInString(s[:k])
		k -= sz
	}
	return wordHash(s[k:]) ^ 0x3c6ef372fe94f82b
}

// shapeHash encodes capitalisation, digits and hyphens.
func shapeHash(s string) uint64 {
	var v uint64
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		v |= 1
	}
	upper := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v |= 2
		case c == '-':
			v |= 4
		case c >= 'a' && c <= 'z':
			upper = false
		}
	}
	if upper && len(s) > 1 {
		v |= 8
	}
	return 0xa54ff53a5f1d36f1 + v
}

// tokHashes holds the per-position hashes of a sentence; index 0 is the
// root, index i the i-th word.
type tokHashes struct {
	w, p, u, sfx, shp []uint64
	amb               []uint64 // the word's ambiguity class: the UPOS tags it had in training
	c1, c2            []uint64 // the word's coarse and fine cluster (clusters.go)
	hasCl             bool     // the model has clusters: use the features that came with them
	// verbs[i] and puncts[i] count the words tagged VERB or AUX and
	// PUNCT among positions 1..i, for what lies between two words.
	verbs, puncts []int32
}

func (t *tokHashes) fill(toks []model.Token, amb map[uint64]uint64, cl map[uint64]uint32) {
	m := len(toks) + 1
	if cap(t.w) < m {
		t.w = make([]uint64, m)
		t.p = make([]uint64, m)
		t.u = make([]uint64, m)
		t.sfx = make([]uint64, m)
		t.shp = make([]uint64, m)
		t.amb = make([]uint64, m)
		t.c1 = make([]uint64, m)
		t.c2 = make([]uint64, m)
	}
	if cap(t.verbs) < m {
		t.verbs, t.puncts = make([]int32, m), make([]int32, m)
	}
	t.verbs, t.puncts = t.verbs[:m], t.puncts[:m]
	t.verbs[0], t.puncts[0] = 0, 0
	t.c1, t.c2, t.hasCl = t.c1[:m], t.c2[:m], cl != nil
	t.c1[0], t.c2[0] = hRoot, hRoot
	t.w, t.p, t.u, t.sfx, t.shp, t.amb = t.w[:m], t.p[:m], t.u[:m], t.sfx[:m], t.shp[:m], t.amb[:m]
	t.w[0], t.p[0], t.u[0], t.sfx[0], t.shp[0], t.amb[0] = hRoot, hRoot, hRoot, hRoot, hRoot, hRoot
	for i := range toks {
		tk := &toks[i]
		t.w[i+1] = wordHash(tk.Text)
		if m, ok := amb[t.w[i+1]]; ok {
			t.amb[i+1] = ambHash(m)
		} else {
			t.amb[i+1] = 0x1f83d9abfb41bd6b // a rare word: no class
		}
		t.p[i+1] = hashStr(1, tk.XPOS)
		t.u[i+1] = hashStr(2, tk.UPOS)
		t.sfx[i+1] = suffixHash(tk.Text)
		t.shp[i+1] = shapeHash(tk.Text)
		t.verbs[i+1], t.puncts[i+1] = t.verbs[i], t.puncts[i]
		switch tk.UPOS {
		case "VERB", "AUX":
			t.verbs[i+1]++
		case "PUNCT":
			t.puncts[i+1]++
		}
		if c, ok := cl[t.w[i+1]]; ok {
			t.c1[i+1] = 0x9b05688c2b3e6c1f + uint64(c/clusterFine)
			t.c2[i+1] = 0x1f83d9abfb41bd6b ^ uint64(c%clusterFine)<<20
		} else {
			// Unclustered: the word's shape stands in for its class.
			t.c1[i+1], t.c2[i+1] = t.shp[i+1]^0x5be0cd19137e2179, t.shp[i+1]^0x5be0cd19137e2179
		}
	}
}

func get(a []uint64, i int32) uint64 {
	if i < 0 || int(i) >= len(a) {
		return hNone
	}
	return a[i]
}

func geti(a []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return a[i]
}

func lab(s *state, i int32) uint64 {
	if i < 0 {
		return hNone
	}
	return uint64(s.label[i])
}

// featSet collects feature rows for one decision.
type featSet struct {
	rows  []uint32
	shift uint
}

func (f *featSet) add(h uint64) {
	f.rows = append(f.rows, uint32((h*0x94d049bb133111eb)>>f.shift))
}

func (f *featSet) a1(t, a uint64)       { f.add(mix(t*0x9E3779B97F4A7C15, a)) }
func (f *featSet) a2(t, a, b uint64)    { f.add(mix(mix(t*0x9E3779B97F4A7C15, a), b)) }
func (f *featSet) a3(t, a, b, c uint64) { f.add(mix(mix(mix(t*0x9E3779B97F4A7C15, a), b), c)) }
func (f *featSet) a4(t, a, b, c, d uint64) {
	f.add(mix(mix(mix(mix(t*0x9E3779B97F4A7C15, a), b), c), d))
}

func distBucket(d int32) uint64 {
	switch {
	case d < 0:
		return 100
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}

// transFeatures fills f with the transition features of state s
// (Zhang and Nivre 2011, plus second-stack and word-shape features).
func transFeatures(f *featSet, s *state, th *tokHashes) {
	f.rows = f.rows[:0]
	W, P, U := th.w, th.p, th.u
	s0, s1, s2 := s.at(0), s.at(1), s.at(2)
	n0, n1, n2, n3 := s.buf(0), s.buf(1), s.buf(2), s.buf(3)
	s0h := geti(s.head, s0)
	s0h2 := geti(s.head, s0h)
	s0l, s0l2 := geti(s.lc1, s0), geti(s.lc2, s0)
	s0r, s0r2 := geti(s.rc1, s0), geti(s.rc2, s0)
	n0l, n0l2 := geti(s.lc1, n0), geti(s.lc2, n0)
	s1r := geti(s.rc1, s1)

	s0w, s0p, s0u := get(W, s0), get(P, s0), get(U, s0)
	n0w, n0p, n0u := get(W, n0), get(P, n0), get(U, n0)
	n1w, n1p := get(W, n1), get(P, n1)
	n2w, n2p := get(W, n2), get(P, n2)
	s1w, s1p := get(W, s1), get(P, s1)

	t := uint64(1)
	next := func() uint64 { t++; return t }
	// single positions
	f.a2(next(), s0w, s0p)
	f.a1(next(), s0w)
	f.a1(next(), s0p)
	f.a1(next(), s0u)
	f.a2(next(), n0w, n0p)
	f.a1(next(), n0w)
	f.a1(next(), n0p)
	f.a1(next(), n0u)
	f.a2(next(), n1w, n1p)
	f.a1(next(), n1w)
	f.a1(next(), n1p)
	f.a1(next(), n2w)
	f.a1(next(), n2p)
	f.a1(next(), get(P, n3))
	f.a2(next(), s1w, s1p)
	f.a1(next(), s1w)
	f.a1(next(), s1p)
	f.a1(next(), get(P, s2))
	// pairs
	f.a4(next(), s0w, s0p, n0w, n0p)
	f.a3(next(), s0w, s0p, n0w)
	f.a3(next(), s0w, n0w, n0p)
	f.a3(next(), s0w, s0p, n0p)
	f.a3(next(), s0p, n0w, n0p)
	f.a2(next(), s0w, n0w)
	f.a2(next(), s0p, n0p)
	f.a2(next(), n0p, n1p)
	f.a2(next(), s0u, n0u)
	f.a2(next(), n0w, n1w)
	f.a2(next(), s1p, s0p)
	f.a2(next(), s1w, s0w)
	f.a2(next(), s1w, n0w)
	// triples
	f.a3(next(), n0p, n1p, n2p)
	f.a3(next(), s0p, n0p, n1p)
	f.a3(next(), get(P, s0h), s0p, n0p)
	f.a3(next(), s0p, get(P, s0l), n0p)
	f.a3(next(), s0p, get(P, s0r), n0p)
	f.a3(next(), s0p, n0p, get(P, n0l))
	f.a3(next(), s1p, s0p, n0p)
	f.a3(next(), s1p, get(P, s1r), s0p)
	f.a3(next(), s0u, n0u, get(U, n1))
	// distance
	var d uint64 = 100
	if s0 >= 0 && n0 >= 0 {
		d = distBucket(n0 - s0)
	}
	f.a2(next(), s0w, d)
	f.a2(next(), s0p, d)
	f.a2(next(), n0w, d)
	f.a2(next(), n0p, d)
	f.a3(next(), s0w, n0w, d)
	f.a3(next(), s0p, n0p, d)
	// valency
	var vl0, vr0, vln uint64
	if s0 >= 0 {
		vl0, vr0 = uint64(s.nl[s0]), uint64(s.nr[s0])
	}
	if n0 >= 0 {
		vln = uint64(s.nl[n0])
	}
	f.a2(next(), s0w, vr0)
	f.a2(next(), s0p, vr0)
	f.a2(next(), s0w, vl0)
	f.a2(next(), s0p, vl0)
	f.a2(next(), n0w, vln)
	f.a2(next(), n0p, vln)
	// heads, children and labels
	f.a1(next(), get(W, s0h))
	f.a1(next(), get(P, s0h))
	f.a1(next(), lab(s, s0))
	f.a1(next(), get(W, s0l))
	f.a1(next(), get(P, s0l))
	f.a1(next(), lab(s, s0l))
	f.a1(next(), get(W, s0r))
	f.a1(next(), get(P, s0r))
	f.a1(next(), lab(s, s0r))
	f.a1(next(), get(W, n0l))
	f.a1(next(), get(P, n0l))
	f.a1(next(), lab(s, n0l))
	// second order
	f.a1(next(), get(W, s0h2))
	f.a1(next(), get(P, s0h2))
	f.a1(next(), lab(s, s0h))
	f.a1(next(), get(W, s0l2))
	f.a1(next(), get(P, s0l2))
	f.a1(next(), lab(s, s0l2))
	f.a1(next(), get(W, s0r2))
	f.a1(next(), get(P, s0r2))
	f.a1(next(), lab(s, s0r2))
	f.a1(next(), get(W, n0l2))
	f.a1(next(), get(P, n0l2))
	f.a1(next(), lab(s, n0l2))
	f.a3(next(), s0p, get(P, s0l), get(P, s0l2))
	f.a3(next(), s0p, get(P, s0r), get(P, s0r2))
	f.a3(next(), s0p, get(P, s0h), get(P, s0h2))
	f.a3(next(), n0p, get(P, n0l), get(P, n0l2))
	// label sets
	var sl0, sr0, sln uint64 = hNone, hNone, hNone
	if s0 >= 0 {
		sl0, sr0 = s.lset[s0], s.rset[s0]
	}
	if n0 >= 0 {
		sln = s.lset[n0]
	}
	f.a2(next(), s0w, sr0)
	f.a2(next(), s0p, sr0)
	f.a2(next(), s0w, sl0)
	f.a2(next(), s0p, sl0)
	f.a2(next(), n0w, sln)
	f.a2(next(), n0p, sln)
	// arc-eager specifics and word shape
	var hasHead uint64
	if s0 >= 0 && s.head[s0] >= 0 {
		hasHead = 1
	}
	if s.rootChild >= 0 {
		hasHead |= 2
	}
	f.a3(next(), hasHead, s0p, n0p)
	f.a2(next(), hasHead, lab(s, s0))
	f.a2(next(), get(th.sfx, n0), n0p)
	f.a2(next(), get(th.shp, n0), n0u)
	f.a2(next(), get(th.sfx, s0), s0p)
	f.a3(next(), get(th.shp, s0), get(th.shp, n0), s0u)
	// linear context, which lets words vouch for a doubtful tag
	f.a2(next(), get(W, n0-1), n0w)
	f.a2(next(), get(P, n0-1), n0p)
	f.a3(next(), get(W, n0-1), n0p, n1p)
	f.a2(next(), get(W, s0+1), s0w)
	f.a3(next(), get(P, s0+1), s0p, n0p)
	f.a3(next(), get(P, s0-1), s0p, n0p)
	f.a2(next(), get(W, s0-1), s0p)
	f.a3(next(), get(th.sfx, n0), get(th.sfx, s0), n0u)
	f.a3(next(), get(th.sfx, n1), n1p, n0p)
	// ambiguity classes: what a word can be, whatever the tagger said
	A := th.amb
	f.a2(next(), get(A, n0), n0p)
	f.a2(next(), get(A, s0), s0p)
	f.a3(next(), get(A, s0), get(A, n0), n0u)
	f.a2(next(), get(A, n1), n0p)
	f.a3(next(), get(A, s0), s0u, n0u)
	f.a3(next(), get(A, n0), s0u, n0u)
	f.a1(next(), 0) // bias
	// The features below came with word clusters; models without
	// clusters were trained without them all.
	if !th.hasCl {
		return
	}
	// word clusters: what the word is like, however rare and whatever its tag
	C1, C2 := th.c1, th.c2
	s0c1, s0c2, n0c1, n0c2 := get(C1, s0), get(C2, s0), get(C1, n0), get(C2, n0)
	f.a1(next(), s0c2)
	f.a1(next(), n0c2)
	f.a1(next(), get(C2, n1))
	f.a1(next(), get(C2, s1))
	f.a2(next(), s0c1, n0c1)
	f.a2(next(), s0c2, n0c2)
	f.a2(next(), s0c2, n0p)
	f.a2(next(), s0p, n0c2)
	f.a3(next(), s0c1, n0c1, get(C1, n1))
	f.a3(next(), s0c1, n0c1, d)
	f.a3(next(), get(C1, s0h), s0c1, n0c1)
	f.a2(next(), n0c2, n0p)
	f.a2(next(), s0c2, s0p)
	f.a3(next(), get(C1, n0-1), n0c1, n0p)
	f.a3(next(), get(C1, s1), s0c1, n0c1)
	f.a3(next(), s0c1, get(P, s0l), n0c1)
	f.a3(next(), s0c1, n0c1, get(P, n0l))
	// what lies between s0 and n0, and whether a verb is still to come
	vb, pb, va := between(th.verbs, s0, n0), between(th.puncts, s0, n0), after(th.verbs, n0)
	f.a3(next(), s0p, n0p, vb)
	f.a3(next(), s0p, n0p, pb)
	f.a3(next(), s0u, n0u, va)
	f.a4(next(), s0u, n0u, vb, va)
	f.a3(next(), s0w, n0u, vb)
	f.a2(next(), get(C1, s0l), s0c1)
	f.a2(next(), get(C1, s0r), s0c1)
	f.a2(next(), get(C1, n0l), n0c1)
}

// labelFeatures fills f with the features that choose the label of the
// arc h → d (dir is tLeft or tRight). They look at both ends, the children
// each has so far, and the function word (case, mark) hanging off d, which
// is what tells obl:agent from obl and nmod:poss from nmod.
func labelFeatures(f *featSet, s *state, th *tokHashes, h, d int32, dir int) {
	f.rows = f.rows[:0]
	W, P, U := th.w, th.p, th.u
	dw, dp, du := get(W, d), get(P, d), get(U, d)
	hw, hp, hu := get(W, h), get(P, h), get(U, h)
	dl, dr := geti(s.lc1, d), geti(s.rc1, d)
	hl, hr := geti(s.lc1, h), geti(s.rc1, h)
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	db := distBucket(dist)
	t := uint64(1000 + 500*uint64(dir))
	next := func() uint64 { t++; return t }
	f.a1(next(), 0)
	f.a1(next(), dw)
	f.a1(next(), dp)
	f.a1(next(), du)
	f.a2(next(), dw, dp)
	f.a1(next(), hw)
	f.a1(next(), hp)
	f.a2(next(), hw, hp)
	f.a2(next(), dp, hp)
	f.a2(next(), du, hu)
	f.a2(next(), dw, hp)
	f.a2(next(), dp, hw)
	f.a2(next(), dw, hw)
	f.a3(next(), dp, hp, db)
	f.a3(next(), du, hu, db)
	f.a2(next(), get(th.sfx, d), du)
	f.a2(next(), get(th.shp, d), du)
	f.a2(next(), get(th.amb, d), du)
	f.a3(next(), get(th.amb, d), get(th.amb, h), hu)
	f.a2(next(), get(th.sfx, h), hu)
	// the dependent's children: "by" of an agent, "'s" of a possessor
	f.a2(next(), get(W, dl), lab(s, dl))
	f.a3(next(), get(W, dl), lab(s, dl), hp)
	f.a3(next(), get(W, dl), dp, hu)
	f.a2(next(), get(P, dl), dp)
	f.a2(next(), get(W, dr), lab(s, dr))
	f.a2(next(), get(P, dr), dp)
	f.a2(next(), s.lset[d], du)
	f.a2(next(), s.rset[d], du)
	f.a3(next(), s.lset[d], du, hu)
	// the head's children so far: an aux:pass makes the subject nsubj:pass
	f.a2(next(), s.lset[h], hu)
	f.a3(next(), s.lset[h], du, hu)
	f.a2(next(), s.rset[h], hu)
	f.a2(next(), lab(s, hl), hp)
	f.a2(next(), get(W, hl), hp)
	f.a2(next(), lab(s, hr), hp)
	f.a2(next(), lab(s, h), dp)
	f.a3(next(), lab(s, h), du, hu)
	f.a2(next(), get(P, geti(s.head, h)), hp)
	// context
	f.a2(next(), get(P, d-1), dp)
	f.a2(next(), get(P, d+1), dp)
	f.a3(next(), get(P, h-1), hp, dp)
	f.a3(next(), get(P, h+1), hp, dp)
	f.a2(next(), get(W, d-1), du)
	f.a2(next(), get(W, h-1), hu)
	var rc uint64
	if s.rootChild >= 0 {
		rc = 1
	}
	f.a3(next(), rc, du, hu)
	if th.hasCl {
		dc1, dc2, hc1, hc2 := get(th.c1, d), get(th.c2, d), get(th.c1, h), get(th.c2, h)
		f.a1(next(), dc2)
		f.a1(next(), hc2)
		f.a2(next(), dc1, hc1)
		f.a2(next(), dc2, hu)
		f.a2(next(), du, hc2)
		f.a3(next(), dc1, du, hc1)
		f.a2(next(), get(th.c1, dl), dc1)
		lo, hi := min(h, d), max(h, d)
		f.a4(next(), du, hu, between(th.verbs, lo, hi), between(th.puncts, lo, hi))
	}
}

// between returns how many of the words strictly between a and b (a < b)
// a prefix count (tokHashes.verbs, puncts) counts, capped at 3, or hNone
// when either is missing.
func between(pre []int32, a, b int32) uint64 {
	if a < 0 || b < 0 || b <= a {
		return hNone
	}
	return uint64(min(pre[b-1]-pre[a], 3))
}

// after returns whether any word after a is counted by pre.
func after(pre []int32, a int32) uint64 {
	if a < 0 {
		return hNone
	}
	if pre[len(pre)-1] > pre[a] {
		return 1
	}
	return 2
}
