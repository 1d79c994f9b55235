package vocab

import "testing"

func TestDefaultLoads(t *testing.T) {
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Concepts()) < 100 {
		t.Errorf("default vocabulary has %d concepts; want at least 100", len(v.Concepts()))
	}
}
