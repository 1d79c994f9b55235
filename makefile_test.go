package jhasearch_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// make fuzz and make test run the fuzz targets listed in the Makefile; a
// target missing from the list would never run beyond its seed corpus.
func TestMakefileFuzzesEveryTarget(t *testing.T) {
	makefile := readFile(t, "Makefile")
	fuzzFunc := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(`)
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range fuzzFunc.FindAllStringSubmatch(string(src), -1) {
			target := "./" + filepath.Dir(path) + ":" + m[1]
			if !strings.Contains(makefile, target+" ") && !strings.Contains(makefile, target+"\n") {
				t.Errorf("Makefile's FUZZ_TARGETS lacks %s", target)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
