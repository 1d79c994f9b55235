package indexer

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// filled returns a stored document with every field of its document set,
// found by reflection, so that a field the record forgets is noticed.
func filled(t *testing.T) *StoredDoc {
	t.Helper()
	s := &StoredDoc{Agencies: []string{"Europol", "Eurojust"}}
	v := reflect.ValueOf(&s.Document).Elem()
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch f.Interface().(type) {
		case string:
			f.SetString(name + " ünïcode\n<b>")
		case []string:
			f.Set(reflect.ValueOf([]string{name + " one", name + " two"}))
		case time.Time:
			f.Set(reflect.ValueOf(time.Date(2024, 2, 15, 9, 30, 1, 5, time.UTC)))
		default:
			t.Fatalf("field %s has a type the record does not know: %s", name, f.Type())
		}
	}
	return s
}

func TestRecordHoldsEveryField(t *testing.T) {
	want := filled(t)
	got, err := parseRecord(appendRecord(nil, want))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("record round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestRecordKeepsZeroTimesAndEmptyLists(t *testing.T) {
	want := &StoredDoc{}
	want.Document.ID, want.Document.Title = "x", "A title"
	got, err := parseRecord(appendRecord(nil, want))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestDamagedRecordIsAnErrorNeverAPanic(t *testing.T) {
	b := appendRecord(nil, filled(t))
	for n := range len(b) {
		if _, err := parseRecord(b[:n]); !errors.Is(err, errRecord) {
			t.Fatalf("record cut to %d of %d bytes: err = %v, want errRecord", n, len(b), err)
		}
	}
	if _, err := parseRecord(append(b, 0)); !errors.Is(err, errRecord) {
		t.Errorf("record with a byte too many: err = %v, want errRecord", err)
	}
	bad := append([]byte{recordVersion + 1}, b[1:]...)
	if _, err := parseRecord(bad); !errors.Is(err, errRecord) {
		t.Errorf("record of another layout: err = %v, want errRecord", err)
	}
}

// BenchmarkDocStoreRead reads stored releases of about 3 KB, as a search
// does for each hit it shows: the read, the inflate and the decoding.
//
//	go test ./indexer -run '^$' -bench DocStoreRead
func BenchmarkDocStoreRead(b *testing.B) {
	in := docs(2000, "read")
	words := strings.Fields("the agency border police cooperation operation network judicial asylum data " +
		"systems migration training report member states europe security fundamental rights")
	for i := range in {
		var body strings.Builder
		for body.Len() < 3000 {
			body.WriteString(words[(body.Len()*7+i)%len(words)] + " ")
		}
		in[i].Body = body.String()
		in[i].Summary = body.String()[:200]
	}
	g, tab := buildTable(b, in)
	store, err := OpenDocStore(g)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	b.ResetTimer()
	for i := range b.N {
		if _, err := store.Read(&tab.Entries[(i*7919)%len(tab.Entries)]); err != nil {
			b.Fatal(err)
		}
	}
}

// Times outside int64 nanoseconds (1678 to 2262) come back as they went
// in: a release dated 1500-01-01 came back dated 2084-07-20.
func TestRecordKeepsEveryYear(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(0, 1, 1, 0, 0, 0, 999_999_999, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 1, time.UTC),
	} {
		want := &StoredDoc{}
		want.Document.ID, want.Document.Published, want.Document.FetchedAt = "x", tm, tm
		got, err := parseRecord(appendRecord(nil, want))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tm, diff)
		}
	}
}
