# jhasearch: build, test, lint, benchmark and run.
GO      ?= go
BIN     ?= bin/jhasearch
# The build the Dockerfile runs too: a static binary without cgo.
BUILD   = CGO_ENABLED=0 $(GO) build -trimpath -ldflags='-s -w' -o $(BIN) ./cmd/jhasearch

.PHONY: build test test-go deps lint fmt vet bench fuzz demo run clean

build:
	$(BUILD)

# test installs what the tests need (Chromium for the browser test), checks
# formatting and vet, builds the binary as the Dockerfile does, then runs
# every test.
test: deps lint build test-go

test-go:
	$(GO) test -count=1 -timeout 30m ./...

# deps installs Debian's Chromium for the browser test when it is missing.
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

bench:
	$(GO) test -run '^$$' -bench . -benchmem -timeout 60m ./...

demo:
	$(GO) run ./cmd/jhasearch demo

run: build
	./$(BIN) serve

clean:
	rm -rf bin
