package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model file: gzip of
//
//	"DYADPRS1"
//	uvarint tBits, lBits, number of labels; each label as uvarint length + bytes
//	two tables (transitions, labels), each: float32 scale, uvarint count of
//	non-zero weights, then per weight uvarint gap from the previous
//	non-zero index and zigzag varint of the weight / scale.
//
// Quantising to multiples of scale and dropping the weights that round to
// zero is the pruning: most hashed rows are empty or near zero.

const magic = "DYADPRS1"

// SaveOptions controls the size of a written model.
type SaveOptions struct {
	// Levels is the number of quantisation steps between zero and the
	// largest weight of a table (default 2000).
	Levels int
}

// Save writes the parser's model to w.
func (p *Parser) Save(w io.Writer, opt SaveOptions) error {
	if opt.Levels <= 0 {
		opt.Levels = 2000
	}
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
	uv(uint64(len(p.labels)))
	for _, l := range p.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	for _, tab := range [][]float32{p.tw, p.lw} {
		var mx float64
		for _, v := range tab {
			mx = math.Max(mx, math.Abs(float64(v)))
		}
		scale := float32(mx / float64(opt.Levels))
		if scale == 0 {
			scale = 1
		}
		var b4 [4]byte
		binary.LittleEndian.PutUint32(b4[:], math.Float32bits(scale))
		bw.Write(b4[:])
		count := 0
		for _, v := range tab {
			if math.Round(float64(v/scale)) != 0 {
				count++
			}
		}
		uv(uint64(count))
		prev := -1
		for i, v := range tab {
			q := int64(math.Round(float64(v / scale)))
			if q == 0 {
				continue
			}
			uv(uint64(i - prev))
			bw.Write(buf[:binary.PutVarint(buf[:], q)])
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
	br := bufio.NewReaderSize(gz, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("parser model: bad magic")
	}
	rd := func() uint64 {
		if err != nil {
			return 0
		}
		var x uint64
		x, err = binary.ReadUvarint(br)
		return x
	}
	tBits, lBits, nl := rd(), rd(), rd()
	if err != nil {
		return nil, fmt.Errorf("parser model header: %w", err)
	}
	if tBits < 8 || tBits > 26 || lBits < 8 || lBits > 26 || nl == 0 || nl > 64 {
		return nil, fmt.Errorf("parser model header: implausible sizes %d/%d/%d", tBits, lBits, nl)
	}
	p := &Parser{tBits: uint(tBits), lBits: uint(lBits), rootLabel: -1}
	for range nl {
		k := rd()
		if err != nil || k > 64 {
			return nil, fmt.Errorf("parser model labels: %v", err)
		}
		b := make([]byte, k)
		if _, err = io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("parser model labels: %w", err)
		}
		if string(b) == "root" {
			p.rootLabel = len(p.labels)
		}
		p.labels = append(p.labels, string(b))
	}
	if p.rootLabel < 0 {
		return nil, errors.New("parser model: no root label")
	}
	p.tw = make([]float32, (1<<tBits)*nTrans)
	p.lw = make([]float32, (1<<lBits)*nl)
	for ti, tab := range [][]float32{p.tw, p.lw} {
		var b4 [4]byte
		if _, err := io.ReadFull(br, b4[:]); err != nil {
			return nil, fmt.Errorf("parser model table %d: %w", ti, err)
		}
		scale := math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
		count := rd()
		idx := -1
		for range count {
			gap := rd()
			var q int64
			if err == nil {
				q, err = binary.ReadVarint(br)
			}
			if err != nil {
				return nil, fmt.Errorf("parser model table %d: %w", ti, err)
			}
			idx += int(gap)
			if gap == 0 || idx >= len(tab) {
				return nil, fmt.Errorf("parser model table %d: index %d out of range", ti, idx)
			}
			tab[idx] = float32(q) * scale
		}
	}
	return p, nil
}
