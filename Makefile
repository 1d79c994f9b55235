# jhasearch: build, test, lint, benchmark and run.
GO      ?= go
BIN     ?= bin/jhasearch
# The build the Dockerfile runs too: a static binary without cgo.
BUILD   = CGO_ENABLED=0 $(GO) build -trimpath -ldflags='-s -w' -o $(BIN) ./cmd/jhasearch

.PHONY: build test test-go fuzz-brief deps lint fmt vet bench bench-index bench-query bench-relevance bench-load fuzz demo run clean lines

build:
	$(BUILD)

# test installs what the tests need (Chromium for the browser test), checks
# formatting and vet, builds the binary as the Dockerfile does, then runs
# every test.
test: deps lint build test-go fuzz-brief

test-go:
	$(GO) test -count=1 -timeout 30m ./...

# Every fuzz target with its seed corpus, as go test ./... also runs them,
# plus a thousand new inputs each (make fuzz for a longer run). A count, not
# a time: a time limit that expires while a worker is busy can end the run
# with "context deadline exceeded" although nothing failed.
FUZZ_TARGETS = \
	./archive:FuzzReadJSONL \
	./scraper:FuzzParseDate ./scraper:FuzzExtract ./scraper:FuzzLoadSources \
	./search/query:FuzzParseQuery ./search:FuzzSearch ./search:FuzzSearchWithVocabulary \
	./ui/request:FuzzParseSearchRequest ./ui:FuzzJSONStringAndFloat ./indexer:FuzzWordTokenizer \
	./indexer:FuzzDecodePairList \
	./cmd/jhaload/internal/client:FuzzAnswerTotal \
	./vocab:FuzzLoad ./vocab:FuzzSplit
FUZZTIME ?= 2m

fuzz-brief:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=1000x

fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$pkg $$name for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 3s -parallel 2 $$pkg || exit 1; \
	done

# deps installs Debian's Chromium, for the browser tests and the fetch: browser crawl tests,
# when it is missing.
deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing chromium for the browser test"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "chromium is missing: install Debian's chromium package for the browser test" >&2; \
		fi; \
	fi

lint: fmt vet

fmt:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# bench measures on 100,000 generated releases of about 3 KB (the first run
# generates and builds them, later runs reuse the cache): index build,
# engine latency, relevance on SciFact (read from ../shared/eval), and the
# HTTP load benchmark against the real server. docs/BENCHMARKS.md has the
# figures and what they mean.
BENCH_DOCS ?= 100000

bench: bench-index bench-query bench-relevance bench-load

# bench-index also builds jhaload's archive, with the vocabulary, when
# bench-load has generated it.
bench-index:
	$(GO) test ./search -run '^$$' -bench 'Build' -benchtime 1x -timeout 120m -corpus $(BENCH_DOCS)
	@a=$(HOME)/.cache/jhaload/docs$(BENCH_DOCS)-seed1-v2/archive.jsonl; if [ -f $$a ]; then $(GO) test ./indexer -run '^$$' -bench Build -benchtime 1x -timeout 60m -archive $$a; fi

bench-query:
	$(GO) test ./search -run '^$$' -bench 'Query' -benchtime 2000x -timeout 120m -corpus $(BENCH_DOCS)

bench-relevance:
	$(GO) test ./search -run TestRelevance -scifact -v -timeout 30m

# bench-load runs both workloads: distinct questions (each asked once, the
# engine's speed; with the rebuild run, whose new generation's first minute
# is compared with the steady p99), then the cached mix (repeated
# questions, the answer cache's help) with 64 connections too.
bench-load:
	$(GO) run ./cmd/jhaload -docs $(BENCH_DOCS) -clients 8 -duration 30s -workload distinct -rebuild
	$(GO) run ./cmd/jhaload -docs $(BENCH_DOCS) -clients 8 -duration 30s -workload cached -many-connections

# lines counts the non-test .go lines of every package, as issue 16 counts
# them (cat $(ls pkg/*.go | grep -v _test) | wc -l), and their sum.
lines:
	@total=0; for d in $$(find . -name '*.go' ! -name '*_test.go' ! -path '*/testdata/*' ! -path './.git/*' | xargs -n1 dirname | sort -u); do \
		n=$$(cat $$(ls $$d/*.go | grep -v _test) | wc -l); total=$$((total + n)); \
		printf '%6d %s\n' $$n $${d#./}; \
	done; printf '%6d total\n' $$total

demo:
	$(GO) run ./cmd/jhasearch demo

run: build
	./$(BIN) serve

clean:
	rm -rf bin
