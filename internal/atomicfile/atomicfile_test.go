package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileReplacesAndLeavesNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "runs.json")
	for _, content := range []string{"old", "new"} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != content {
			t.Errorf("content %q, want %q", got, content)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only runs.json: %v", len(entries), entries)
	}
}

func TestWriteFileIntoAMissingDirectorySaysWhere(t *testing.T) {
	err := WriteFile(filepath.Join(t.TempDir(), "missing", "CURRENT"), []byte("x"))
	if err == nil || !strings.HasPrefix(err.Error(), "atomicfile: create temporary file") {
		t.Fatalf("err = %v, want atomicfile: create temporary file …", err)
	}
}

func TestSyncDirOfAMissingDirectoryFails(t *testing.T) {
	if err := SyncDir(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Fatal("no error for a missing directory")
	}
}
