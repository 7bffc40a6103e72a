# Leaders' Week: `make serve` runs the app, `make test` tests it. Both install what they
# need first, and skip whatever is already installed, so a second run downloads nothing.
# Only the package registries are reachable: tools come from crates.io, npm and Debian,
# never from a build tool's own download.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# `make test` times each recipe line (tests/timed.sh): lines of a second or more say so as
# they end, and the run ends with the time of each target, so a CI log shows where a
# fresh machine's minutes go (docs/performance.md). It starts with `setup` (this rule's
# prerequisites come before those of the other `test:` rule).
ifneq ($(filter test,$(MAKECMDGOALS)),)
export STEP_TIMES := $(CURDIR)/target/step-times.tsv
$(shell mkdir -p target && : > $(STEP_TIMES))
test: setup
	@$(CURDIR)/tests/timed.sh summary
endif
ifdef STEP_TIMES
SHELL = $(CURDIR)/tests/timed.sh step=$@
endif

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly, so read it from Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
BINARYEN_VERSION := 132.0.0
# The JS minifier the build runs on wasm-bindgen's glue (crates/site/src/minify.rs).
TERSER_VERSION := 5.44.0
TOOLS := $(CURDIR)/target/tools
# Where `cargo install` puts the tools: $CARGO_HOME/bin, by default ~/.cargo/bin.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(TOOLS)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT := 120
APT_PACKAGES := chromium chromium-driver fonts-thai-tlwg
# Another summit's data file (`make serve DATA=tests/summit/apec-2023.json`); empty for
# the Bangkok week's, public/data/aelw-2022.json. The build steps read AELW_DATA.
DATA ?=
export AELW_DATA := $(DATA)
# The second summit, built by `make test` to check that the engine needs no code change:
# a marked test fixture of an invented organisation (Auckland, across the end of daylight
# saving time, five cards, its own colours). tests/summit/apec-2023.json stays for the
# sheet crate's tests, dst-2026.json for the zone's and the calendars'.
SUMMIT := tests/summit/harbours-2027.json
# The data file `make sheet` writes out and `make data` writes back, and its workbook.
DATA_FILE := $(or $(DATA),public/data/aelw-2022.json)
SHEET ?= target/sheet/$(basename $(notdir $(DATA_FILE))).xlsx
# NEW=1 starts a new summit under DATA's name: `make sheet NEW=1 DATA=…` writes a blank
# workbook for it, `make data NEW=1 DATA=…` its first release (docs/editing.md).
NEW ?=
NEW_FLAG := $(if $(NEW),--new)

.PHONY: help tools wasm-target trunk wasm-bindgen wasm-opt browser test-deps build serve test \
	build-hooks build-summit sheet data uids sheet-stress lint test-calendar test-native test-properties fuzz test-wasm test-browser test-release py-deps test-feeds bench-deps bench bench-switch profile shots clean

help:
	@echo "make serve   build and serve the app on http://127.0.0.1:8080"
	@echo "make test    lint, native tests, wasm tests, release build, browser tests"
	@echo "make sheet   the data as a spreadsheet for editors: $(SHEET)"
	@echo "make data    check the edited spreadsheet, list the changes, write $(DATA_FILE)"
	@echo "make sheet NEW=1 DATA=public/data/<name>.json   a blank workbook for a new summit"
	@echo "make data NEW=1 DATA=public/data/<name>.json    its first release (version 1)"
	@echo "make uids    give the events of $(DATA_FILE) without one their calendar UID"
	@echo "make build   release build into dist/"
	@echo "make shots   screenshots at 375 and 1280 px into tests/output/"
	@echo "make test-release  an editor's release (a time, a venue, a text) through the tests"
	@echo "make fuzz    100,000 mutations of the data file through the validator, 50,000 of a workbook through make data"
	@echo "make sheet-stress  100 releases killed midway, 20 pairs of releases at once"
	@echo "make bench   first-load size vs TimelineJS, Lighthouse, timings (target/bench/)"
	@echo "make bench-switch  the language switch at 1x and 4x CPU slowdown"
	@echo "make profile where the .wasm's bytes go, by section, crate and function"

## Tools ---------------------------------------------------------------------------------

tools: wasm-target trunk wasm-bindgen wasm-opt

# All that `make test` installs, at once: apt's, npm's and pip's downloads go on while the
# two Rust tools compile, and those two fill each other's idle moments (their build
# scripts, their last crates, their links).
.PHONY: setup
setup:
	$(MAKE) --no-print-directory -j8 tools browser test-deps py-deps

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown

# trunk and wasm-bindgen-cli are tools for this machine, built once, so they are built
# quickly rather than small: no LTO (trunk's own release profile asks for fat LTO in one
# codegen unit, minutes on 2 cores by itself) and opt-level 1, and without what they never
# use here (TLS: tools are never downloaded and the browser tests talk to localhost;
# trunk's update check). They do the same work; docs/performance.md has the times.
TOOL_PROFILE := CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
	CARGO_PROFILE_RELEASE_OPT_LEVEL=1

trunk:
	@if trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)"; then :; else \
		echo "Installing trunk $(TRUNK_VERSION) (about 5 minutes on 2 cores)"; \
		$(TOOL_PROFILE) cargo install trunk --version $(TRUNK_VERSION) --locked --no-default-features; fi

# `--locked` fails for wasm-bindgen-cli against today's index, so it is left out.
wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
	@if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)"; then :; else \
		$(TOOL_PROFILE) cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force \
			--no-default-features; fi

# Debian's binaryen is too old; npm's binaryen ships wasm-opt as a Node script. terser,
# the build's JS minifier, comes with it (Node scripts both, installed together).
wasm-opt:
	@if [ -x "$(TOOLS)/node_modules/.bin/wasm-opt" ] \
		&& grep -q '"version": "$(BINARYEN_VERSION)"' "$(TOOLS)/node_modules/binaryen/package.json" \
		&& grep -q '"version": "$(TERSER_VERSION)"' "$(TOOLS)/node_modules/terser/package.json"; then :; else \
		mkdir -p "$(TOOLS)" && npm install --prefix "$(TOOLS)" --no-save --no-audit --no-fund \
			binaryen@$(BINARYEN_VERSION) terser@$(TERSER_VERSION); fi

browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null \
		&& dpkg -s fonts-thai-tlwg >/dev/null 2>&1; then :; else \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(APT_PACKAGES); fi

# Reinstall only when the lock file is newer than the installed tree.
test-deps: tests/node_modules/.package-lock.json

tests/node_modules/.package-lock.json: tests/package-lock.json
	cd tests && npm ci --no-audit --no-fund
	@touch $@

## Build and run ---------------------------------------------------------------------------

build: tools
	trunk build --release --offline

# The browser tests' own build: the same app with the test hooks (`debug_panic`), into
# target/dist-hooks/. Only the aelw crate is compiled again; no compressed twins (AELW_TWINS=0),
# which only dist/ is served with.
build-hooks: tools
	AELW_TWINS=0 trunk build --release --offline --features test-hooks --dist target/dist-hooks

# The second summit's site, into target/dist-summit/, from its own data file only, and
# its editors' workbook unzipped into target/summit-sheet/xml/ (for
# e2e/summit-identity.test.mjs, which finds nothing of the Bangkok week in either).
SUMMIT_SHEET := target/summit-sheet
build-summit: tools
	AELW_TWINS=0 AELW_DATA=$(SUMMIT) trunk build --release --offline --dist target/dist-summit
	rm -rf $(SUMMIT_SHEET) && mkdir -p $(SUMMIT_SHEET)
	cargo run --quiet --locked --package aelw-sheet --bin sheet -- write $(SUMMIT) $(SUMMIT_SHEET)/summit.xlsx
	python3 -m zipfile -e $(SUMMIT_SHEET)/summit.xlsx $(SUMMIT_SHEET)/xml

serve: tools
	trunk serve --offline --no-autoreload --address 127.0.0.1 --port 8080

## Editing ---------------------------------------------------------------------------------

# The editors' round trip (docs/editing.md). `make data` writes nothing if the
# spreadsheet has a problem; each is named by sheet, row and column, in English and Thai.
sheet:
	cargo run --quiet --locked --package aelw-sheet --bin sheet -- $(NEW_FLAG) write $(DATA_FILE) $(SHEET)

data:
	cargo run --quiet --locked --package aelw-sheet --bin sheet -- $(NEW_FLAG) read $(SHEET) $(DATA_FILE)

# Gives the events of $(DATA_FILE) that lack one their calendar UID, with no release
# (`make data` does it too, for new events); the build refuses an event without one.
uids:
	cargo run --quiet --locked --package aelw-sheet --bin sheet -- uids $(DATA_FILE)

## Tests -------------------------------------------------------------------------------------

test: tools browser test-deps lint test-native test-properties test-wasm build build-hooks build-summit test-feeds \
	test-browser test-release

# The app is linted as it is built: in the browser (wasm32, `hydrate`) and natively for
# the build steps (`aelw-site` turns on `ssr`). They are separate commands so that
# Cargo never unifies the two features in one build. The core's tests are native only.
lint:
	cargo fmt --all --check
	cargo clippy -p aelw-core -p aelw-images -p aelw-sheet -p aelw --all-targets -- -D warnings
	cargo clippy -p aelw-site --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p aelw --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p aelw-core --lib -- -D warnings

test-native:
	cargo test -p aelw-core -p aelw-images -p aelw-sheet -p aelw
	cargo test -p aelw-site

# Property tests of the URL parsers and the data validator (100,000 cases each, and
# 2,000 mutations of the data file; `make fuzz` runs 100,000 mutations), and 3,000
# mutated workbooks through make data's reading (`make fuzz`: 50,000).
test-properties:
	cargo test --profile proptest -p aelw-core --test properties
	AELW_WORKBOOK_CASES=3000 cargo test --profile proptest -p aelw-sheet --test fuzz

fuzz:
	AELW_MUTATION_CASES=100000 cargo test --profile proptest -p aelw-core --test properties -- --nocapture
	AELW_WORKBOOK_CASES=50000 cargo test --profile proptest -p aelw-sheet --test fuzz -- --nocapture

# Issue 32's counts, which make test runs fewer of: 100 releases killed at moments
# spread across a release, and 20 pairs of releases of one data file at once.
sheet-stress:
	AELW_KILLS=100 AELW_PAIRS=20 cargo test -p aelw-sheet --test publish -- --nocapture kills d5_two

test-wasm: wasm-target wasm-bindgen browser
	cargo test --target wasm32-unknown-unknown -p aelw --test web

# The independent Python readers of the calendars and the feeds (icalendar, feedparser),
# installed once into target/py, each at its pinned version.
PY_DEPS := $(CURDIR)/target/py
PY_PACKAGES := icalendar==7.3.2 feedparser==6.0.14
py-deps:
	@if PYTHONPATH="$(PY_DEPS)" python3 -c 'import sys, importlib.metadata as m; \
		sys.exit(any(m.version(p.split("==")[0]) != p.split("==")[1] for p in sys.argv[1:]))' \
		$(PY_PACKAGES) 2>/dev/null; then :; else \
		python3 -m pip install --quiet --no-warn-conflicts --upgrade --target "$(PY_DEPS)" $(PY_PACKAGES); fi

# The Atom feeds of the three builds read back (tests/feeds.py); dist/ and dist-hooks/,
# two builds of one data file, must give the same ids.
test-feeds: py-deps
	PYTHONPATH="$(PY_DEPS)" python3 tests/feeds.py dist target/dist-hooks target/dist-summit

test-browser: test-deps browser test-calendar
	cd tests && node --test --test-concurrency=1 e2e/

# An editor's release never breaks the project. The tests of behaviour run on a fixture
# (crates/core/tests/fixtures/); this checks it. It publishes into target/release-check/ a
# release of the record with a changed time, venue and text, as an editor would (`make
# sheet`, cells edited, `make data`: the sheet crate's tests/release.rs), then runs the
# suite with that release in the record's place (AELW_RECORD, for the core's `data::FILE`)
# and as the build's data (AELW_DATA): the native and wasm tests, a release build into
# target/dist-release/ (dist/ stays the record's) and the browser tests that read it (not
# those that need the hooks' or the second summit's build, which read no more of it).
# Only the workspace's crates are built again; the data mutations, which start from the
# fixture, are cut to 100. (A copy of the project sharing target/ would
# not do: cargo would take the copy's crates for the ones already built.)
RELEASE_CHECK := $(CURDIR)/target/release-check
RELEASE := AELW_RECORD=$(RELEASE_CHECK)/aelw-2022.json AELW_DATA=$(RELEASE_CHECK)/aelw-2022.json
RELEASE_E2E := app data-update embed html i18n links markup oembed pages share-cards timeline
test-release: tools browser test-deps
	AELW_RELEASE_DIR=$(RELEASE_CHECK) cargo test --locked -p aelw-sheet --test release
	$(RELEASE) AELW_MUTATION_CASES=100 cargo test -p aelw-core -p aelw-images -p aelw-sheet -p aelw
	$(RELEASE) cargo test -p aelw-site
	$(RELEASE) cargo test --target wasm32-unknown-unknown -p aelw --test web
	$(RELEASE) AELW_TWINS=0 trunk build --release --offline --dist target/dist-release
	cd tests && AELW_DIST=$(CURDIR)/target/dist-release node --test --test-concurrency=1 \
		$(patsubst %,e2e/%.test.mjs,$(RELEASE_E2E))

# The calendar files of both builds, and of the daylight-saving summit (written by a
# test), read back by Python's icalendar too (tests/calendar_check.py). ical.js reads
# the builds' in e2e/calendar.test.mjs.
test-calendar: py-deps
	cargo test --quiet -p aelw-site --lib calendar::tests::a_week_across_a_change_of_the_clocks
	PYTHONPATH="$(PY_DEPS)" python3 tests/calendar_check.py dist target/dist-summit target/calendar-dst

# The benchmark (not a test): first-load bytes against TimelineJS, Lighthouse, timings.
# Writes target/bench/report.json and report.md. Its tools live under target/bench/.
BENCH_TOOLS := $(CURDIR)/target/bench
bench-deps:
	@if [ -f "$(BENCH_TOOLS)/node_modules/lighthouse/package.json" ] \
		&& [ -f "$(BENCH_TOOLS)/node_modules/@knight-lab/timelinejs/package.json" ]; then :; else \
		mkdir -p "$(BENCH_TOOLS)" && npm install --prefix "$(BENCH_TOOLS)" --no-save --no-audit --no-fund \
			lighthouse@12.2.3 @knight-lab/timelinejs@3.9.11; fi

bench: build browser test-deps bench-deps
	cd tests && node bench.mjs

# The language switch alone, at 1× and 4× CPU slowdown; SWITCH_BEFORE names other builds
# to compare with, measured in turn (e.g. a copy of main's dist/ in target/).
bench-switch: build browser test-deps
	cd tests && node bench/switch.mjs ../dist $(SWITCH_BEFORE)

# Where the .wasm's bytes go: the release build with its function names kept (the
# shipped one has none), through wasm-bindgen and wasm-opt -Oz as trunk runs them.
PROFILE := $(CURDIR)/target/profile
profile: tools
	cargo build --release --target wasm32-unknown-unknown -p aelw --no-default-features --features hydrate \
		--bin aelw --config 'profile.release.strip=false'
	wasm-bindgen --target web --keep-debug --out-dir $(PROFILE) \
		target/wasm32-unknown-unknown/release/aelw.wasm
	wasm-opt -Oz --debuginfo --enable-bulk-memory --enable-nontrapping-float-to-int \
		$(PROFILE)/aelw_bg.wasm -o $(PROFILE)/named.wasm
	node tests/wasm-profile.mjs $(PROFILE)/named.wasm 20

# Screenshots at 375 and 1280 px of any summit (`make shots DATA=…`), for a person to look
# at (not a test), into tests/output/<data file>/; `make shots DOCS=1` also updates the
# README's pictures in docs/.
DOCS ?=
shots: build browser test-deps
	cd tests && DOCS=$(DOCS) node shots.mjs

clean:
	rm -rf dist tests/output
