package jhasearch_test

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The image must hold the binary that `make build` makes. No Docker engine
// runs on the CI machines, so this test checks the Dockerfile's build step
// against the Makefile's, and make test runs that build outside Docker.
func TestDockerfileBuildsWhatTheMakefileBuilds(t *testing.T) {
	dockerfile := readFile(t, "Dockerfile")
	makefile := readFile(t, "Makefile")
	run := regexp.MustCompile(`(?m)^RUN (CGO_ENABLED=0 go build .*)$`).FindStringSubmatch(dockerfile)
	if run == nil {
		t.Fatal("Dockerfile has no 'RUN CGO_ENABLED=0 go build' step")
	}
	build := regexp.MustCompile(`(?m)^BUILD\s*=\s*(.*)$`).FindStringSubmatch(makefile)
	if build == nil {
		t.Fatal("Makefile has no BUILD line")
	}
	normalize := func(cmd string) string {
		cmd = strings.ReplaceAll(cmd, "$(GO)", "go")
		cmd = regexp.MustCompile(`-o \S+`).ReplaceAllString(cmd, "-o OUT")
		return strings.Join(strings.Fields(cmd), " ")
	}
	if normalize(run[1]) != normalize(build[1]) {
		t.Errorf("Dockerfile builds with\n\t%s\nbut make build with\n\t%s", normalize(run[1]), normalize(build[1]))
	}
	for _, want := range []string{"USER nonroot", "VOLUME", "HEALTHCHECK", "jhasearch\", \"healthcheck\"", "FROM gcr.io/distroless/static"} {
		if !strings.Contains(dockerfile, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}

	// make test runs make build, the same command, outside Docker.
	if !regexp.MustCompile(`(?m)^test:.*\bbuild\b`).MatchString(makefile) {
		t.Error("make test does not run make build, so the Dockerfile's build step is not tried")
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
