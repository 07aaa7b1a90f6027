package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"dyad/internal/nlp/hugemem"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
)

// Model file: gzip of
//
//	"DYADPRS4"
//	uvarint tBits, lBits, flags (flagClusters), number of labels; each label as uvarint length + bytes
//	uvarint number of label candidate sets; each as uvarint key, uvarint label bitmask
//	uvarint number of ambiguity classes; each as uvarint gap from the previous
//	word hash (sorted) and uvarint UPOS bitmask
//	with flagClusters: uvarint number of clustered words; each as uvarint gap
//	from the previous word hash (sorted) and uvarint cluster (BuildClusters)
//	two tables (transitions, labels), each: float32 scale, uvarint count of
//	non-zero weights, then per weight uvarint gap from the previous
//	non-zero index and zigzag varint of the weight / scale.
//
// The weights are the parser's int16 tables (Train quantises them); scale
// records what one step is worth. Dropping the weights that round to zero
// is the pruning: most hashed rows are empty or near zero.

// magic names the format; magic3 files, from before word clusters, lack
// the flags.
const (
	magic  = "DYADPRS4"
	magic3 = "DYADPRS3"
)

// flagClusters in the header flags says that word clusters follow the
// ambiguity classes.
const flagClusters = 1

// Save writes the parser's model to w.
func (p *Parser) Save(w io.Writer) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(gz)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(p.tBits))
	uv(uint64(p.lBits))
	var flags uint64
	if p.clusters != nil {
		flags |= flagClusters
	}
	uv(flags)
	uv(uint64(len(p.labels)))
	for _, l := range p.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	ckeys := slices.Sorted(maps.Keys(p.cands))
	uv(uint64(len(ckeys)))
	for _, k := range ckeys {
		var mask uint64
		for _, j := range p.cands[k] {
			mask |= 1 << j
		}
		uv(k)
		uv(mask)
	}
	saveWordMap(uv, p.amb)
	if p.clusters != nil {
		saveWordMap(uv, p.clusters)
	}
	// The file stores the label table unpadded, [1<<lBits][len(labels)].
	for ti, tab := range [][]int16{p.tw, unpad(p.lw, p.lstride, len(p.labels))} {
		scale := [2]float32{p.tScale, p.lScale}[ti]
		var b4 [4]byte
		binary.LittleEndian.PutUint32(b4[:], math.Float32bits(scale))
		bw.Write(b4[:])
		count := 0
		for _, q := range tab {
			if q != 0 {
				count++
			}
		}
		uv(uint64(count))
		prev := -1
		for i, q := range tab {
			if q == 0 {
				continue
			}
			uv(uint64(i - prev))
			bw.Write(buf[:binary.PutVarint(buf[:], int64(q))])
			prev = i
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return gz.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Parser, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	defer gz.Close()
	// Decoding from one byte slice is several times faster than through a
	// bufio.Reader, and Default runs this at start-up.
	data, err := io.ReadAll(gz)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	v4 := bytes.HasPrefix(data, []byte(magic))
	if !v4 && !bytes.HasPrefix(data, []byte(magic3)) {
		return nil, errors.New("parser model: bad magic")
	}
	d := decoder{b: data[len(magic):]}
	tBits, lBits := d.uvarint(), d.uvarint()
	var flags uint64
	if v4 {
		flags = d.uvarint()
	}
	nl := d.uvarint()
	if d.bad {
		return nil, errors.New("parser model header: truncated")
	}
	if tBits < 8 || tBits > 26 || lBits < 8 || lBits > 26 || nl == 0 || nl > 64 {
		return nil, fmt.Errorf("parser model header: implausible sizes %d/%d/%d", tBits, lBits, nl)
	}
	p := &Parser{tBits: uint(tBits), lBits: uint(lBits), rootLabel: -1}
	for range nl {
		b := d.bytes(d.uvarint())
		if d.bad {
			return nil, errors.New("parser model labels: truncated")
		}
		if string(b) == "root" {
			p.rootLabel = len(p.labels)
		}
		p.labels = append(p.labels, string(b))
	}
	if p.rootLabel < 0 {
		return nil, errors.New("parser model: no root label")
	}
	nc := d.uvarint()
	if d.bad || nc > uint64(len(d.b)) {
		return nil, errors.New("parser model: label candidates truncated")
	}
	p.cands = make(map[uint64][]uint8, nc)
	for range nc {
		k := d.uvarint()
		p.cands[k] = maskLabels(d.uvarint() & (1<<nl - 1))
	}
	if p.amb = loadWordMap[uint64](&d); d.bad {
		return nil, errors.New("parser model: ambiguity classes truncated")
	}
	if flags&flagClusters != 0 {
		if p.clusters = loadWordMap[uint32](&d); d.bad {
			return nil, errors.New("parser model: clusters truncated")
		}
	}
	p.lstride = int(nl+31) &^ 31
	var tm, lm *hugemem.Owner
	p.tw, tm = hugemem.Slice[int16](int(1<<tBits) * nTrans)
	p.lw, lm = hugemem.Slice[int16](int(1<<lBits) * p.lstride)
	p.mem = []*hugemem.Owner{tm, lm}
	for ti, tab := range [][]int16{p.tw, p.lw} {
		width, stride := uint64(len(tab)), uint64(len(tab)) // one row: the whole table
		if ti == 1 {
			width, stride = nl, uint64(p.lstride)
		}
		b4 := d.bytes(4)
		if d.bad {
			return nil, fmt.Errorf("parser model table %d: truncated", ti)
		}
		scale := math.Float32frombits(binary.LittleEndian.Uint32(b4))
		if ti == 0 {
			p.tScale = scale
		} else {
			p.lScale = scale
		}
		count := d.uvarint()
		idx := uint64(0)
		for k := range count {
			gap, q := d.uvarint(), d.varint()
			if k == 0 {
				gap--
			} else if gap == 0 {
				d.bad = true
			}
			idx += gap
			at := idx/width*stride + idx%width
			if d.bad || at >= uint64(len(tab)) || q < math.MinInt16 || q > math.MaxInt16 {
				return nil, fmt.Errorf("parser model table %d: weight %d corrupt", ti, k)
			}
			tab[at] = int16(q)
		}
	}
	return p, nil
}

// decoder reads varints from a byte slice, remembering the first failure.
type decoder struct {
	b   []byte
	bad bool
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) varint() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.bad = true
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) bytes(k uint64) []byte {
	if d.bad || k > uint64(len(d.b)) {
		d.bad = true
		return nil
	}
	s := d.b[:k]
	d.b = d.b[k:]
	return s
}

// unpad returns the rows of w, stride long, cut to their first width
// entries.
func unpad(w []int16, stride, width int) []int16 {
	if stride == width {
		return w
	}
	out := make([]int16, 0, len(w)/stride*width)
	for r := 0; r+stride <= len(w); r += stride {
		out = append(out, w[r:r+width]...)
	}
	return out
}

// saveWordMap writes m (keyed by word hash) as its size, then its keys in
// ascending order as gaps from the previous key, each followed by its
// value.
func saveWordMap[V uint32 | uint64](uv func(uint64), m map[uint64]V) {
	keys := slices.Sorted(maps.Keys(m))
	uv(uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		uv(k - prev)
		uv(uint64(m[k]))
		prev = k
	}
}

// loadWordMap reads what saveWordMap wrote; d.bad reports a failure.
func loadWordMap[V uint32 | uint64](d *decoder) map[uint64]V {
	n := d.uvarint()
	if d.bad || n > uint64(len(d.b)) {
		d.bad = true
		return nil
	}
	m := make(map[uint64]V, n)
	var key uint64
	for range n {
		key += d.uvarint()
		m[key] = V(d.uvarint())
	}
	return m
}
