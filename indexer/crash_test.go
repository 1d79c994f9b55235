package indexer

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestCrashDuringBuild kills (SIGKILL) a process in the middle of a build,
// at several moments, and checks that the current generation is untouched
// and that the next build succeeds and clears the leftovers.
func TestCrashDuringBuild(t *testing.T) {
	if dir := os.Getenv("JHASEARCH_CRASH_DIR"); dir != "" {
		// The helper process: build until killed. The build must outlast
		// the last kill: 20,000 releases took less than its 1.2 s on a
		// quiet machine, and the build finished before the kill.
		Build(context.Background(), dir, seq(docs(200000, "crash")))
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("starts helper processes")
	}
	dir := t.TempDir()
	g1, err := Build(context.Background(), dir, seq(docs(5, "a")))
	if err != nil {
		t.Fatal(err)
	}
	for _, after := range []time.Duration{50 * time.Millisecond, 400 * time.Millisecond, 1200 * time.Millisecond} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashDuringBuild$")
		cmd.Env = append(os.Environ(), "JHASEARCH_CRASH_DIR="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Kill()
		cmd.Wait()
		cur, err := Current(dir)
		if err != nil || cur.Name != g1.Name {
			t.Fatalf("after a kill at %v: Current = %+v, %v; want %s", after, cur, err, g1.Name)
		}
	}
	g2, err := Build(context.Background(), dir, seq(docs(6, "b")))
	if err != nil {
		t.Fatalf("build after crashes: %v", err)
	}
	for _, name := range entries(t, dir) {
		if strings.HasPrefix(name, tmpPrefix) || name != "CURRENT" && name != g1.Name && name != g2.Name {
			t.Errorf("leftover %s after a successful build", name)
		}
	}
	if cur, _ := Current(dir); cur.Name != g2.Name || cur.Documents != 6 {
		t.Errorf("Current = %+v, want %s with 6 documents", cur, g2.Name)
	}
}
