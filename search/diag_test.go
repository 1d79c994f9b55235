package search

import (
	"context"
	"sort"
	"testing"
	"time"
)

func BenchmarkDiag(b *testing.B) {
	e, err := Open(benchIndex(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	e.noCache = true
	type row struct {
		d   time.Duration
		s   string
		err error
	}
	var rows []row
	for i, r := range workload() {
		t := time.Now()
		res, err := e.Search(context.Background(), r)
		n := 0
		if res != nil {
			n = res.Total
		}
		rows = append(rows, row{time.Since(t), "", err})
		rows[len(rows)-1].s = fmtReq(i, r.Query, r.Agencies, r.Tags, r.From, string(r.Sort), r.Page, n)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].d > rows[j].d })
	for _, r := range rows[:15] {
		b.Logf("%v %s %v", r.d, r.s, r.err)
	}
	b.Logf("median %v", rows[len(rows)/2].d)
}

func fmtReq(i int, q string, a, t []string, from time.Time, s string, p, n int) string {
	return time.Now().Format("") + string(rune('0'+i%8)) + " q=" + q + " ag=" + join(a) + " tags=" + join(t) + " from=" + from.Format("2006") + " sort=" + s + " total=" + itoa(n)
}
func join(x []string) string {
	s := ""
	for _, v := range x {
		s += v + ","
	}
	return s
}
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
