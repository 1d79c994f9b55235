package indexer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
)

// A record of the document file is a stored document in a compact binary
// form: every search shows ten of them, and decoding JSON cost more than
// inflating the record. Fields are written in a fixed order: strings and
// lists of strings with their lengths first (uvarints), times as Unix
// seconds (a varint) and nanoseconds (a uvarint) with a flag for the zero
// time, which holds every year (int64 nanoseconds wrap outside 1678 to
// 2262: a release of 1500 came back dated 2084); a field added to
// jhasearch.Document must be added here too (TestRecordHoldsEveryField
// fails until it is). The values of the facets a document holds in fields
// of their own (jhasearch.Facet.Set) follow at the end, each under its
// facet's name, so that a facet added to the table needs no change here.
// recordVersion leads every record, so that a change of the layout is
// detected, never misread.
const recordVersion = 3

// appendRecord appends the record of s to b.
func appendRecord(b []byte, s *StoredDoc) []byte {
	d := &s.Document
	b = append(b, recordVersion)
	for _, v := range []string{d.ID, d.URL, d.Agency, d.Title, d.Summary, d.Body, d.Language, d.Group} {
		b = appendString(b, v)
	}
	for _, l := range [][]string{d.Aliases, d.Credits, d.Concepts, s.Agencies, d.Translations} {
		b = appendStrings(b, l)
	}
	for _, t := range []time.Time{d.Published, d.FetchedAt} {
		b = appendTime(b, t)
	}
	return appendFacets(b, d)
}

// appendFacets appends the number of stored facets, then each one's name
// and values.
func appendFacets(b []byte, d *jhasearch.Document) []byte {
	n := 0
	for _, f := range jhasearch.Facets {
		if f.Set != nil {
			n++
		}
	}
	b = binary.AppendUvarint(b, uint64(n))
	for _, f := range jhasearch.Facets {
		if f.Set != nil {
			b = appendString(b, f.Name)
			b = appendStrings(b, f.Values(d))
		}
	}
	return b
}

func appendStrings(b []byte, l []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(l)))
	for _, v := range l {
		b = appendString(b, v)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

// errRecord is the error of a damaged record.
var errRecord = errors.New("damaged record")

// parseRecord decodes a record made by appendRecord.
func parseRecord(b []byte) (*StoredDoc, error) {
	s, body, err := parseRecordBody(b)
	if err != nil {
		return nil, err
	}
	s.Document.Body = string(body)
	return s, nil
}

// parseRecordBody decodes a record made by appendRecord but for its body,
// which it returns as the slice of b that holds it. The strings before and
// after the body are cut from one copy of their bytes: a record's
// twenty-odd strings were as many allocations, and a page of hits reads
// ten records.
func parseRecordBody(b []byte) (*StoredDoc, []byte, error) {
	r := recordReader{b: b}
	if v := r.byte(); v != recordVersion {
		return nil, nil, fmt.Errorf("%w: layout %d, want %d", errRecord, v, recordVersion)
	}
	for range 5 {
		r.bytes()
	}
	headLen := len(b) - len(r.b)
	body := r.bytes()
	if r.err != nil {
		return nil, nil, r.err
	}
	tail := r.b

	s := &StoredDoc{}
	d := &s.Document
	// One copy holds the strings of both sides of the body.
	var sb strings.Builder
	sb.Grow(headLen - 1 + len(tail))
	sb.Write(b[1:headLen])
	sb.Write(tail)
	strs := sb.String()
	head := recordReader{b: b[1:headLen], s: strs[:headLen-1]}
	for _, p := range []*string{&d.ID, &d.URL, &d.Agency, &d.Title, &d.Summary} {
		*p = head.string()
	}
	r = recordReader{b: tail, s: strs[headLen-1:]}
	for _, p := range []*string{&d.Language, &d.Group} {
		*p = r.string()
	}
	for _, p := range []*[]string{&d.Aliases, &d.Credits, &d.Concepts, &s.Agencies, &d.Translations} {
		*p = r.strings()
	}
	d.Published, d.FetchedAt = r.time(), r.time()
	r.facets(d)
	if err := errors.Join(head.err, r.err); err != nil {
		return nil, nil, err
	}
	if len(r.b) != 0 {
		return nil, nil, fmt.Errorf("%w: %d bytes left over", errRecord, len(r.b))
	}
	return s, body, nil
}

// recordReader reads a record; the first failure sticks in err and every
// read after it returns zero values.
type recordReader struct {
	b []byte
	// s, when set, holds the same bytes as b did at the start: strings
	// are cut from it instead of copied one by one.
	s   string
	err error
}

func (r *recordReader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("%w: cut short", errRecord)
	}
	r.b = nil
}

func (r *recordReader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *recordReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *recordReader) string() string {
	b := r.bytes()
	if r.s == "" {
		return string(b)
	}
	end := len(r.s) - len(r.b)
	return r.s[end-len(b) : end]
}

// bytes returns the next string of the record as the slice that holds it.
func (r *recordReader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	s := r.b[:n:n]
	r.b = r.b[n:]
	return s
}

func (r *recordReader) strings() []string {
	n := r.uvarint()
	if n == 0 {
		return nil
	}
	// Every string takes a byte at least: a longer count is damage, not
	// a reason to allocate.
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.string()
	}
	return out
}

// facets reads the stored facets' values into d; a facet the table does
// not have, or has without a field, is damage.
func (r *recordReader) facets(d *jhasearch.Document) {
	n := r.uvarint()
	for range min(n, uint64(len(jhasearch.Facets))+1) {
		name := r.string()
		vals := r.strings()
		if r.err != nil {
			return
		}
		f, ok := jhasearch.FacetNamed(name)
		if !ok || f.Set == nil {
			r.err = fmt.Errorf("%w: facet %q is not stored", errRecord, name)
			r.b = nil
			return
		}
		f.Set(d, vals)
	}
}

func (r *recordReader) time() time.Time {
	if r.byte() == 0 {
		return time.Time{}
	}
	sec, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return time.Time{}
	}
	r.b = r.b[n:]
	nsec := r.uvarint()
	if nsec >= 1e9 {
		r.fail()
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec)).UTC()
}
