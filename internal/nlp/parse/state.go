package parse

// Transitions of the arc-eager system.
const (
	tShift = iota
	tReduce
	tLeft
	tRight
	nTrans
)

// state is a parser configuration over positions 0 (the artificial root)
// to n (the last word). All slices are sized once per sentence and reused,
// so that a parse allocates nothing once its scratch is warm.
type state struct {
	n     int32
	stack []int32
	b     int32 // front of the buffer; the buffer is b..n

	head  []int32 // -1 until attached
	label []uint8 // label index + 1; 0 for none
	lc1   []int32 // leftmost child
	lc2   []int32 // second leftmost child
	rc1   []int32 // rightmost child
	rc2   []int32 // second rightmost child
	nl    []uint8 // number of left children (saturating)
	nr    []uint8 // number of right children (saturating)
	lset  []uint64
	rset  []uint64
	// rootChild is the word attached to the root, or -1.
	rootChild int32
}

func (s *state) reset(n int) {
	s.n = int32(n)
	m := n + 1
	if cap(s.head) < m {
		s.head = make([]int32, m)
		s.label = make([]uint8, m)
		s.lc1 = make([]int32, m)
		s.lc2 = make([]int32, m)
		s.rc1 = make([]int32, m)
		s.rc2 = make([]int32, m)
		s.nl = make([]uint8, m)
		s.nr = make([]uint8, m)
		s.lset = make([]uint64, m)
		s.rset = make([]uint64, m)
		s.stack = make([]int32, 0, m)
	}
	s.head, s.label = s.head[:m], s.label[:m]
	s.lc1, s.lc2, s.rc1, s.rc2 = s.lc1[:m], s.lc2[:m], s.rc1[:m], s.rc2[:m]
	s.nl, s.nr, s.lset, s.rset = s.nl[:m], s.nr[:m], s.lset[:m], s.rset[:m]
	for i := range m {
		s.head[i] = -1
		s.label[i] = 0
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = 0, 0
	}
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	s.rootChild = -1
}

func (s *state) done() bool { return s.b > s.n }

// s0 returns the top of the stack, or -1.
func (s *state) at(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

// buf returns the i-th buffer word, or -1.
func (s *state) buf(i int32) int32 {
	if s.b+i <= s.n {
		return s.b + i
	}
	return -1
}

// legal reports which transitions may be taken. The root may get one child
// only, so that every parse has a single root.
func (s *state) legal(ok *[nTrans]bool) {
	s0 := s.stack[len(s.stack)-1]
	hasB := s.b <= s.n
	ok[tShift] = hasB
	ok[tReduce] = s0 != 0 && s.head[s0] >= 0
	ok[tLeft] = hasB && s0 != 0 && s.head[s0] < 0
	ok[tRight] = hasB && (s0 != 0 || s.rootChild < 0)
	if !ok[tShift] && !ok[tReduce] && !ok[tLeft] && !ok[tRight] {
		// Unreachable while the buffer is non-empty; kept for safety.
		ok[tShift] = hasB
	}
}

// attach adds the arc h → d with label l (index, not +1).
func (s *state) attach(h, d int32, l int) {
	s.head[d] = h
	s.label[d] = uint8(l + 1)
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		if s.lc1[h] < 0 || d < s.lc1[h] {
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		} else if s.lc2[h] < 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
		if s.nl[h] < 255 {
			s.nl[h]++
		}
		s.lset[h] |= bit
	} else {
		if s.rc1[h] < 0 || d > s.rc1[h] {
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		} else if s.rc2[h] < 0 || d > s.rc2[h] {
			s.rc2[h] = d
		}
		if s.nr[h] < 255 {
			s.nr[h]++
		}
		s.rset[h] |= bit
	}
	if h == 0 {
		s.rootChild = d
	}
}

// apply takes transition t; l is the label index for arcs.
func (s *state) apply(t int, l int) {
	top := len(s.stack) - 1
	s0 := s.stack[top]
	switch t {
	case tShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case tReduce:
		s.stack = s.stack[:top]
	case tLeft:
		s.attach(s.b, s0, l)
		s.stack = s.stack[:top]
	case tRight:
		s.attach(s0, s.b, l)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}
