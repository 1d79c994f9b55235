package indexer

import (
	"errors"
	"reflect"
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
