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

// The browser variant (docker build --target browser) adds Debian's
// Chromium around the same binary; the default image, the last stage,
// stays distroless and static.
func TestDockerfileHasABrowserVariant(t *testing.T) {
	stages := map[string]string{}
	var last string
	for _, stage := range regexp.MustCompile(`(?m)^FROM `).Split(readFile(t, "Dockerfile"), -1)[1:] {
		name := "(unnamed)"
		if m := regexp.MustCompile(`^\S+ AS (\S+)`).FindStringSubmatch(stage); m != nil {
			name = m[1]
		}
		stages[name], last = stage, stage
	}
	if !strings.HasPrefix(last, "gcr.io/distroless/static") {
		t.Errorf("the last stage, the default image, is not distroless static: FROM %s", strings.SplitN(last, "\n", 2)[0])
	}
	browser, ok := stages["browser"]
	if !ok {
		t.Fatal("Dockerfile has no stage named browser")
	}
	for _, want := range []string{"apt-get install", " chromium", "COPY --from=build /out/jhasearch /usr/local/bin/jhasearch",
		"USER nonroot", "VOLUME", "HEALTHCHECK", `jhasearch", "healthcheck"`, `CMD ["serve"]`} {
		if !strings.Contains(browser, want) {
			t.Errorf("the browser stage lacks %q", want)
		}
	}
	if strings.Contains(last, "chromium") {
		t.Error("the default image installs Chromium")
	}
}
