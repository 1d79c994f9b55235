package client

import "errors"

// AnswerTotal checks that b is one JSON value (RFC 8259 grammar, as
// encoding/json's Valid judges it) that is an object with a whole-number
// "total" member, and returns that total.
//
// Every answer is checked whole, so that a truncated or garbled answer
// counts as an error; but decoding it with encoding/json (a validating
// scan, then a second pass that skips every field but total) cost the load
// generator a third of its CPU, which it takes from the server it
// measures on the same cores. This is one pass that keeps nothing.
func AnswerTotal(b []byte) (int, error) {
	p := jsonScan{b: b, total: -1}
	p.space()
	if !p.value(0) {
		return 0, errNotJSON
	}
	if p.space(); p.i != len(p.b) {
		return 0, errNotJSON
	}
	if p.total < 0 {
		return 0, errors.New("the answer has no whole-number total")
	}
	return p.total, nil
}

var errNotJSON = errors.New("answer is not JSON")

// maxDepth bounds nesting as encoding/json does.
const maxDepth = 10000

// jsonScan walks a JSON text; i is the next byte to read.
type jsonScan struct {
	b     []byte
	i     int
	total int // the top object's "total", -1 until seen
}

func (p *jsonScan) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value reads one value at nesting depth d.
func (p *jsonScan) value(d int) bool {
	if p.i >= len(p.b) || d > maxDepth {
		return false
	}
	switch c := p.b[p.i]; {
	case c == '{':
		return p.object(d)
	case c == '[':
		return p.array(d)
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		return p.word("true")
	case c == 'f':
		return p.word("false")
	case c == 'n':
		return p.word("null")
	}
	return false
}

func (p *jsonScan) object(d int) bool {
	p.i++ // {
	if p.space(); p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return true
	}
	for {
		if p.i >= len(p.b) || p.b[p.i] != '"' {
			return false
		}
		k := p.i
		if !p.str() {
			return false
		}
		key := p.b[k:p.i]
		if p.space(); p.i >= len(p.b) || p.b[p.i] != ':' {
			return false
		}
		p.i++
		p.space()
		v := p.i
		if !p.value(d + 1) {
			return false
		}
		if d == 0 && string(key) == `"total"` {
			p.total = wholeNumber(p.b[v:p.i])
		}
		if more, ok := p.next('}'); !more {
			return ok
		}
	}
}

func (p *jsonScan) array(d int) bool {
	p.i++ // [
	if p.space(); p.i < len(p.b) && p.b[p.i] == ']' {
		p.i++
		return true
	}
	for {
		if !p.value(d + 1) {
			return false
		}
		if more, ok := p.next(']'); !more {
			return ok
		}
	}
}

// next reads what follows a member or an element: a comma (more follows)
// or the closing byte; ok is false for anything else.
func (p *jsonScan) next(closing byte) (more, ok bool) {
	p.space()
	if p.i < len(p.b) {
		switch p.b[p.i] {
		case ',':
			p.i++
			p.space()
			return true, true
		case closing:
			p.i++
			return false, true
		}
	}
	return false, false
}
