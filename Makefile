GO      ?= go
PKG     := github.com/mxpay/mxpay
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT  ?= $(shell git rev-parse HEAD 2>/dev/null)
DATE    ?= $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
BIN     ?= bin/mxpay
LDFLAGS := -s -w -X $(PKG)/internal/build.Version=$(VERSION) -X $(PKG)/internal/build.Commit=$(COMMIT) -X $(PKG)/internal/build.Date=$(DATE)

.PHONY: build test lint fuzz docs completions docs-check demo bench clean release-snapshot

# Static, like the release archives (.goreleaser.yaml sets CGO_ENABLED=0).
# BIN=path puts the binary elsewhere (the demo builds into its temp dir).
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/mxpay

# The README's test command.
test:
	$(GO) test ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Every Fuzz target of the module, FUZZTIME (default 5s) each, as CI does.
fuzz:
	./scripts/fuzz-smoke.sh

# English in docs/cli, docs/man, docs/topics; Spanish in docs/es/cli, docs/es/man, docs/es/topics.
docs:
	rm -rf docs/cli docs/man docs/topics docs/es/cli docs/es/man docs/es/topics
	$(GO) run ./cmd/gendocs docs

completions:
	@mkdir -p completions
	$(GO) build -o bin/mxpay-completions ./cmd/mxpay
	for sh in bash zsh fish powershell; do bin/mxpay-completions completion $$sh > completions/mxpay.$$sh; done
	rm -f bin/mxpay-completions

# Regenerates docs (both languages) and completions in a scratch copy and fails on any difference.
docs-check:
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) run ./cmd/gendocs "$$tmp/docs" && \
	$(GO) build -o "$$tmp/mxpay" ./cmd/mxpay && mkdir -p "$$tmp/completions" && \
	for sh in bash zsh fish powershell; do "$$tmp/mxpay" completion $$sh > "$$tmp/completions/mxpay.$$sh"; done && \
	diff -ru docs/cli "$$tmp/docs/cli" && diff -ru docs/man "$$tmp/docs/man" && diff -ru docs/topics "$$tmp/docs/topics" && \
	diff -ru docs/es/cli "$$tmp/docs/es/cli" && diff -ru docs/es/man "$$tmp/docs/es/man" && diff -ru docs/es/topics "$$tmp/docs/es/topics" && \
	diff -ru completions "$$tmp/completions" \
	|| { echo "docs or completions are stale: run 'make docs completions' and commit"; exit 1; }

# The main job on the embedded emulator: no credentials, no network.
demo:
	./scripts/demo.sh

# Every speed figure against its baseline in one run (README, Performance);
# BENCH_QUICK=1 for a shorter run.
bench:
	./scripts/bench.sh

clean:
	rm -rf bin dist

release-snapshot:
	goreleaser release --snapshot --clean
