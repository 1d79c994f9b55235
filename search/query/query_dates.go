package query

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/score"
)

// Dates in questions (query_dates.go): a year ("2025"), a month and year ("May 2025", "mai
// 2025", "toukokuu 2025"), or a day ("14 May 2025", "May 14, 2025",
// "2025-05-14", "14.05.2025", "14/05/2025") in the query matches the
// releases published in that period, whether or not their text repeats
// it, as well as those whose text says it. Most releases never write
// their own year. A query that is only a date browses the period, newest
// first. Month names are in months.go.

// KindDate is a period named in the query: from and to (inclusive days)
// in the clause, the words as typed in its text.
const KindDate ClauseKind = 100

// Years outside this range are numbers, not dates.
const (
	minYear = 1950
	maxYear = 2099
)

var (
	isoDay   = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	isoMonth = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)
	dmyDay   = regexp.MustCompile(`^(\d{1,2})[./](\d{1,2})[./](\d{4})$`)
)

// MarkDates replaces the runs of plain words of p that name a date by one
// KindDate clause each.
func MarkDates(p *Parsed) *Parsed {
	var out *Parsed
	for i := 0; i < len(p.Groups); i++ {
		from, to, n := dateAt(p.Groups, i)
		if n == 0 {
			if out != nil {
				out.Groups = append(out.Groups, p.Groups[i])
			}
			continue
		}
		if out == nil {
			out = &Parsed{Not: p.Not, Groups: append([][]Clause(nil), p.Groups[:i]...)}
		}
		words := make([]string, n)
		for k := range n {
			words[k] = p.Groups[i+k][0].Text
		}
		out.Groups = append(out.Groups, []Clause{{Kind: KindDate, Text: strings.Join(words, " "), From: from, To: to}})
		i += n - 1
	}
	if out == nil {
		return p
	}
	return out
}

// dateAt reads a date from the plain words starting at groups[i]: the
// first and last day of its period and the number of words it takes, 0
// when none starts there.
func dateAt(groups [][]Clause, i int) (from, to time.Time, n int) {
	word := func(k int) string {
		if i+k < len(groups) && isPlainWord(groups[i+k]) {
			return groups[i+k][0].Text
		}
		return ""
	}
	w0, w1, w2 := word(0), word(1), word(2)
	if w0 == "" {
		return from, to, 0
	}
	if d, ok := numericDate(w0); ok {
		return d.From, d.To, 1
	}
	if m, ok := monthOf(w0); ok {
		if y, ok := year(w1); ok { // May 2025
			return monthPeriod(y, m, 2)
		}
		if d, ok := dayOfMonth(w1); ok { // May 14, 2025
			if y, ok := year(w2); ok {
				return dayPeriod(y, m, d, 3)
			}
		}
		return from, to, 0
	}
	if d, ok := dayOfMonth(w0); ok { // 14 May 2025, 14. Mai 2025
		if m, ok := monthOf(w1); ok {
			if y, ok := year(w2); ok {
				return dayPeriod(y, m, d, 3)
			}
		}
		return from, to, 0
	}
	if y, ok := year(w0); ok {
		from = time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(1, 0, -1), 1
	}
	return from, to, 0
}

// Period is a span of days named by a query: its first and last day.
type Period struct{ From, To time.Time }

// numericDate reads a date written in digits in one word.
func numericDate(w string) (Period, bool) {
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := isoDay.FindStringSubmatch(w); m != nil {
		return validDay(num(m[1]), num(m[2]), num(m[3]))
	}
	if m := dmyDay.FindStringSubmatch(w); m != nil {
		return validDay(num(m[3]), num(m[2]), num(m[1]))
	}
	if m := isoMonth.FindStringSubmatch(w); m != nil {
		y, mo := num(m[1]), num(m[2])
		if y < minYear || y > maxYear || mo < 1 || mo > 12 {
			return Period{}, false
		}
		from := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		return Period{from, from.AddDate(0, 1, -1)}, true
	}
	return Period{}, false
}

func validDay(y, m, d int) (Period, bool) {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
		return Period{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April
		return Period{}, false
	}
	return Period{t, t}, true
}

func monthPeriod(y int, m time.Month, n int) (from, to time.Time, words int) {
	from = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return from, from.AddDate(0, 1, -1), n
}

func dayPeriod(y int, m time.Month, d, n int) (from, to time.Time, words int) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return from, to, 0
	}
	return t, t, n
}

func year(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil && y >= minYear && y <= maxYear
}

func dayOfMonth(w string) (int, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "."), ",")
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(w)
	return d, err == nil && d >= 1 && d <= 31
}

// dateList returns the releases of the clause's period, each scored as a
// word held by as many releases would be (dateWeight × its idf), united
// with those whose text holds the words as typed (their BM25F scores add
// up). Cached.
func (x *Index) dateList(ctx context.Context, c *compiler, cl Clause) (*List, error) {
	key := fmt.Sprintf("date|%s|%s|%s", cl.From.Format(jhasearch.DateLayout), cl.To.Format(jhasearch.DateLayout), cl.Text)
	return x.cachedList(ctx, key, func(ctx context.Context) (*List, error) {
		f := x.cols.Select(&jhasearch.SearchRequest{From: cl.From, To: cl.To})
		in := &List{}
		for _, i := range x.searchable {
			if x.cols.Misses(&f, int(i)) == 0 {
				in.Entries = append(in.Entries, i)
			}
		}
		w := float32(x.ranking.DateWeight * score.IDF(x.params.Docs, float64(in.Len())))
		in.Scores = make([]float32, in.Len())
		for k := range in.Scores {
			in.Scores[k] = w
		}
		text := Clause{Kind: KindWord, Text: cl.Text}
		if strings.Contains(cl.Text, " ") {
			text.Kind = KindPhrase
		}
		l, ok, err := x.clauseList(ctx, c, text)
		if err != nil {
			return nil, err
		}
		if !ok {
			return in, nil
		}
		return Union([]*List{in, l}, false), nil
	})
}

// OnlyPeriod returns the period of a query that is nothing but one date.
func OnlyPeriod(p *Parsed) (Period, bool) {
	if len(p.Groups) != 1 || len(p.Not) != 0 || len(p.Groups[0]) != 1 || p.Groups[0][0].Kind != KindDate {
		return Period{}, false
	}
	cl := p.Groups[0][0]
	return Period{cl.From, cl.To}, true
}

// Within returns req without its query and with its dates narrowed to
// the period; ok is false when the two do not overlap.
func (per Period) Within(req *jhasearch.SearchRequest) (b jhasearch.SearchRequest, ok bool) {
	b = *req
	b.Query = ""
	if b.From.IsZero() || b.From.Before(per.From) {
		b.From = per.From
	}
	if b.To.IsZero() || b.To.After(per.To) {
		b.To = per.To
	}
	return b, !b.To.Before(b.From)
}
