package tag

import (
	"bufio"
	"compress/gzip"
	"dyad/internal/nlp/hugemem"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
)

// The model file is gzipped binary: a magic string and version, the
// classes, the ambiguity classes, the tag dictionary, the corpus lexicon,
// whether the model is bidirectional (bit 0 of a flag word) and has the
// extended features (bit 1), the weight scales of the two
// directions, and the features in increasing hash order (hash bits above
// keyShift, delta-coded as uvarints) with their quantised weights. Bump
// modelVersion whenever features change meaning.
const (
	modelMagic   = "dyadtag\n"
	modelVersion = 7
)

// featRow is one feature with its weights, as written to the file.
type featRow struct {
	key  uint64
	ents []entry
}

// build fills the open-addressing table from rows.
func (t *weights) build(rows []featRow) {
	size := 1
	for size < 2*len(rows)+1 {
		size <<= 1
	}
	var sm, em *hugemem.Owner
	t.slots, sm = hugemem.Slice[uint64](size)
	t.keys = make([]uint64, size)
	t.mask = uint64(size - 1)
	n := 0
	for _, r := range rows {
		n += 1 + len(r.ents)
	}
	t.ents, em = hugemem.Slice[entry](n)
	t.ents = t.ents[:0]
	t.mem = []*hugemem.Owner{sm, em}
	for _, r := range rows {
		if len(r.ents) == 0 {
			continue
		}
		i := r.key >> keyShift & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = hiKey(r.key)<<32 | uint64(len(t.ents))
		t.keys[i] = r.key
		t.ents = append(t.ents, entry{cls: uint16(len(r.ents))})
		t.ents = append(t.ents, r.ents...)
	}
}

// rows lists the table's features sorted by hash.
func (t *weights) rows() []featRow {
	var out []featRow
	for i, s := range t.slots {
		if s != 0 {
			off := uint32(s)
			out = append(out, featRow{key: t.keys[i], ents: t.ents[off+1 : off+1+uint32(t.ents[off].cls)]})
		}
	}
	slices.SortFunc(out, func(a, b featRow) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	return out
}

type writer struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (w *writer) uvarint(v uint64) {
	n := binary.PutUvarint(w.buf[:], v)
	w.w.Write(w.buf[:n])
}

func (w *writer) varint(v int64) {
	n := binary.PutVarint(w.buf[:], v)
	w.w.Write(w.buf[:n])
}

func (w *writer) str(s string) {
	w.uvarint(uint64(len(s)))
	w.w.WriteString(s)
}

// Save writes the model to path (gzipped).
func (t *Tagger) Save(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := t.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// Write writes the model, gzipped, to out.
func (t *Tagger) Write(out io.Writer) error {
	gz, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := &writer{w: bufio.NewWriter(gz)}
	w.w.WriteString(modelMagic)
	w.uvarint(modelVersion)
	w.uvarint(uint64(len(t.classes)))
	for _, c := range t.classes {
		w.str(c.upos)
		w.str(c.xpos)
	}
	writeMap(w, t.amb, func(v uint64) { w.uvarint(v) })
	writeMap(w, t.dict, func(v uint16) { w.uvarint(uint64(v)) })
	writeMap(w, t.lex, func(v uint32) { w.uvarint(uint64(v)) })
	flags := uint64(0)
	if t.bidi {
		flags |= 1
	}
	if t.ext {
		flags |= 2
	}
	w.uvarint(flags)
	w.uvarint(uint64(math.Float32bits(t.main.scale)))
	w.uvarint(uint64(math.Float32bits(t.rscale)))
	for _, p := range []*weights{&t.main} {
		rows := p.rows()
		w.uvarint(uint64(len(rows)))
		prev := uint64(0)
		for _, r := range rows {
			w.uvarint(r.key>>keyShift - prev)
			prev = r.key >> keyShift
			w.uvarint(uint64(len(r.ents)))
			for _, e := range r.ents {
				w.uvarint(uint64(e.cls))
				w.varint(int64(e.w))
			}
		}
	}
	if err := w.w.Flush(); err != nil {
		return err
	}
	return gz.Close()
}

func writeMap[V any](w *writer, m map[uint64]V, val func(V)) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.uvarint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		w.uvarint(k - prev)
		prev = k
		val(m[k])
	}
}

var errFormat = errors.New("not a dyad tagger model")

// Read reads a model written by Write.
func Read(in io.Reader) (*Tagger, error) {
	gz, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errFormat, err)
	}
	r := bufio.NewReader(gz)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != modelMagic {
		return nil, errFormat
	}
	var rerr error
	uv := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	str := func() string {
		n := uv()
		if n > 1<<10 || rerr != nil {
			if rerr == nil {
				rerr = errFormat
			}
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil && rerr == nil {
			rerr = err
		}
		return string(b)
	}
	if v := uv(); v != modelVersion {
		return nil, fmt.Errorf("tagger model version %d, want %d", v, modelVersion)
	}
	t := &Tagger{}
	nc := uv()
	if nc == 0 || nc > 1<<12 {
		return nil, fmt.Errorf("%w: %d classes", errFormat, nc)
	}
	for range nc {
		t.classes = append(t.classes, class{upos: str(), xpos: str()})
	}
	t.amb = readMap(uv, func() uint64 { return uv() })
	t.dict = readMap(uv, func() uint16 { return uint16(uv()) })
	t.lex = readMap(uv, func() uint32 { return uint32(uv()) })
	flags := uv()
	t.bidi, t.ext = flags&1 != 0, flags&2 != 0
	t.cols = int(nc)
	if t.bidi {
		t.cols = 2 * int(nc)
	}
	scale := math.Float32frombits(uint32(uv()))
	t.rscale = math.Float32frombits(uint32(uv()))
	if err := readWeights(uv, r, uint64(t.cols), &t.main); err != nil {
		return nil, err
	}
	if rerr != nil {
		return nil, fmt.Errorf("%w: %w", errFormat, rerr)
	}
	t.main.scale = scale
	t.finite = finiteKinds(t.classes)
	for _, c := range t.dict {
		if uint64(c) >= nc {
			return nil, fmt.Errorf("%w: dictionary class %d out of range", errFormat, c)
		}
	}
	return t, nil
}

func readWeights(uv func() uint64, r io.ByteReader, nc uint64, t *weights) error {
	nf := uv()
	var rerr error
	rows := make([]featRow, 0, min(nf, 1<<22))
	all := make([]entry, 0, min(4*nf, 1<<24))
	key := uint64(0)
	for range nf {
		key += uv() << keyShift
		ne := uv()
		start := len(all)
		for range ne {
			c := uv()
			w, err := binary.ReadVarint(r)
			if err != nil && rerr == nil {
				rerr = err
			}
			if c >= nc && rerr == nil {
				rerr = fmt.Errorf("class %d out of range", c)
			}
			all = append(all, entry{cls: uint16(c), w: int16(w)})
		}
		if rerr != nil {
			return fmt.Errorf("%w: %w", errFormat, rerr)
		}
		rows = append(rows, featRow{key: key, ents: all[start:len(all):len(all)]})
	}
	t.build(rows)
	return nil
}

func readMap[V any](uv func() uint64, val func() V) map[uint64]V {
	n := uv()
	m := make(map[uint64]V, min(n, 1<<20))
	k := uint64(0)
	for range n {
		k += uv()
		m[k] = val()
	}
	return m
}
