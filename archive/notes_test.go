package archive_test

import (
	"context"
	"testing"
	"time"
)

func TestNotesExpireAndDelete(t *testing.T) {
	ctx := context.Background()
	a := openArchive(t)
	if v, err := a.Note(ctx, "none"); err != nil || v != nil {
		t.Fatalf("Note of a missing key = %q, %v", v, err)
	}
	now := time.Now()
	if err := a.SetNote(ctx, "kept", []byte("v1"), now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := a.SetNote(ctx, "stale", []byte("v2"), now.Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.Note(ctx, "kept"); string(v) != "v1" {
		t.Errorf("kept = %q, want v1", v)
	}
	if v, _ := a.Note(ctx, "stale"); v != nil {
		t.Errorf("an expired note was returned: %q", v)
	}
	if err := a.SetNote(ctx, "kept", nil, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.Note(ctx, "kept"); v != nil {
		t.Errorf("a deleted note was returned: %q", v)
	}
	if err := a.SetNote(ctx, "big", make([]byte, 1<<20), now.Add(time.Hour)); err == nil {
		t.Error("a note of 1 MiB was accepted")
	}
}
