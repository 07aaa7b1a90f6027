package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Kind is what sort of place an entry is.
type Kind uint8

const (
	City    Kind = iota // a populated place
	Country             // a sovereign state or territory with an ISO 3166 code
	ADM1                // a first-level division (US state, oblast, governorate)
	Region              // a named area that is no administrative unit (Gaza Strip, Donbas, Red Sea)
)

// Entry is one gazetteer record. Coordinates are float32: ample for a
// town's position (about a metre) and half the size.
type Entry struct {
	ID      string // "gn:281102" for GeoNames, "iso:PS" for countries, "iso2:US-TX", "dyad:gaza-strip"
	Name    string
	Kind    Kind
	Country string // ISO 3166 alpha-2
	Admin1  string // first-level division code within Country (GeoNames' code; ISO 3166-2 suffix for US states)
	Feature string // GeoNames feature code (PPL, PPLA, PPLC …) or "ADM1", "PCLI", "RGN"
	Lat     float32
	Lon     float32
	Pop     int32
}

// Data is the gazetteer as the generator writes it.
type Data struct {
	Entries []Entry
	// Names maps a normalised name (see Normalize) to entry indexes.
	Names map[string][]int32
	// Alpha3 maps ISO alpha-3 country codes to alpha-2, for actors' codes.
	Alpha3 map[string]string
}

//go:embed data/gazetteer.bin.gz
var embedded []byte

// The file format is a gzipped stream of uvarint-prefixed strings and
// numbers (see Encode): decoding it takes a tenth of what gob took, which
// matters because every `dyad code` run loads it.
const magic = "DYADGAZ1"

// Encode writes d in the gazetteer file format.
func Encode(w io.Writer, d *Data) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	num := func(n uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], n)]) }
	str := func(s string) { num(uint64(len(s))); bw.WriteString(s) }
	bw.WriteString(magic)
	num(uint64(len(d.Entries)))
	for _, e := range d.Entries {
		str(e.ID)
		str(e.Name)
		bw.WriteByte(byte(e.Kind))
		str(e.Country)
		str(e.Admin1)
		str(e.Feature)
		num(uint64(math.Float32bits(e.Lat)))
		num(uint64(math.Float32bits(e.Lon)))
		num(uint64(e.Pop))
	}
	keys := make([]string, 0, len(d.Names))
	for k := range d.Names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	num(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		num(uint64(len(d.Names[k])))
		for _, i := range d.Names[k] {
			num(uint64(i))
		}
	}
	a3 := make([]string, 0, len(d.Alpha3))
	for k := range d.Alpha3 {
		a3 = append(a3, k)
	}
	sort.Strings(a3)
	num(uint64(len(a3)))
	for _, k := range a3 {
		str(k)
		str(d.Alpha3[k])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// decoder reads from one string: every decoded string is a substring of
// it, so decoding allocates per table, not per name.
type decoder struct {
	b   string
	err error
}

func (d *decoder) num() uint64 {
	var n uint64
	var shift uint
	k := 0
	for {
		if k >= len(d.b) || shift > 63 {
			d.err = errors.New("truncated number")
			d.b = ""
			return 0
		}
		c := d.b[k]
		k++
		n |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
		shift += 7
	}
	d.b = d.b[k:]
	return n
}

func (d *decoder) str() string {
	n := d.num()
	if uint64(len(d.b)) < n {
		d.err = errors.New("truncated string")
		d.b = ""
		return ""
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

func decode(b []byte) (*Data, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	// gzip's trailer holds the uncompressed size: read it all in one
	// allocation instead of growing a buffer.
	var raw []byte
	if len(b) >= 4 {
		raw = make([]byte, binary.LittleEndian.Uint32(b[len(b)-4:]))
		if _, err := io.ReadFull(zr, raw); err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("gazetteer: not a dyad gazetteer file (regenerate with go generate ./internal/geo)")
	}
	// The buffer is never written again, so the strings may share it.
	d := &decoder{b: unsafe.String(&raw[len(magic)], len(raw)-len(magic))}
	out := &Data{}
	n := d.num()
	out.Entries = make([]Entry, 0, n)
	for range n {
		if d.err != nil {
			break
		}
		e := Entry{ID: d.str(), Name: d.str()}
		if len(d.b) > 0 {
			e.Kind = Kind(d.b[0])
			d.b = d.b[1:]
		}
		e.Country, e.Admin1, e.Feature = d.str(), d.str(), d.str()
		e.Lat = math.Float32frombits(uint32(d.num()))
		e.Lon = math.Float32frombits(uint32(d.num()))
		e.Pop = int32(d.num())
		out.Entries = append(out.Entries, e)
	}
	n = d.num()
	out.Names = make(map[string][]int32, n)
	pool := make([]int32, 0, n+n/4) // all index lists share one backing array
	for range n {
		if d.err != nil {
			break
		}
		k := d.str()
		c := d.num()
		if c > uint64(len(out.Entries)) {
			d.err = errors.New("bad name index")
			break
		}
		start := len(pool)
		for range c {
			pool = append(pool, int32(d.num()))
		}
		out.Names[k] = pool[start:len(pool):len(pool)]
	}
	n = d.num()
	out.Alpha3 = make(map[string]string, n)
	for range n {
		if d.err != nil {
			break
		}
		k := d.str()
		out.Alpha3[k] = d.str()
	}
	if d.err != nil {
		return nil, fmt.Errorf("gazetteer: %w", d.err)
	}
	return out, nil
}

// Normalize folds a place name for lookup: diacritics removed, lowercase,
// hyphens, apostrophes and runs of spaces folded to one space, a leading
// "the" dropped. "Khān Yūnis" and "khan-yunis" both give "khan yunis".
func Normalize(s string) string {
	if k, ok := normalizeASCII(s); ok {
		return k
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r) || r == '.':
			continue
		case r == '-' || r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == 'ʿ' || r == 'ʾ' || unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			b.WriteRune(unicode.ToLower(r))
			space = false
		}
	}
	out := strings.TrimRight(b.String(), " ")
	return strings.TrimPrefix(out, "the ")
}

// LoadData decodes the embedded gazetteer (the generator's output, without
// the hand entries). Most callers want Load.
func LoadData() (*Data, error) { return decode(embedded) }

// normalizeASCII is Normalize for pure-ASCII input, the common case, without
// the NFD pass; ok is false when s has other bytes.
func normalizeASCII(s string) (string, bool) {
	buf := make([]byte, 0, len(s))
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c == '.':
			continue
		case c == '-' || c == '\'' || c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if !space {
				buf = append(buf, ' ')
				space = true
			}
		default:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			space = false
		}
	}
	for len(buf) > 0 && buf[len(buf)-1] == ' ' {
		buf = buf[:len(buf)-1]
	}
	out := string(buf)
	return strings.TrimPrefix(out, "the "), true
}
