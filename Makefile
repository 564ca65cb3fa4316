# The contract: README and CI call these targets and nothing else.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kurv-installed
SAM_VENV := .venv-sam
SAM_VERSION := 1.170.0
SAM_STAMP := $(SAM_VENV)/.installed-$(SAM_VERSION)
# The pinned SAM CLI; SAM=<path> runs another (tests/integration/test_deploy.py: a recorder).
SAM ?= $(SAM_VENV)/bin/sam
SAM_INSTALL := $(if $(filter $(SAM_VENV)/bin/sam,$(SAM)),$(SAM_STAMP))
# No AWS region here: deploys and the CLI use the one samconfig.toml saved at the first
# deploy, else AWS_REGION, AWS_DEFAULT_REGION or your profile's (kurv_tools/deploying/region.py).
# The local stack and the tests set the emulator's own.
export SAM_CLI_TELEMETRY := 0
# sam validate reads no account, but wants some region; only when you have none set.
VALIDATE_REGION := $(or $(AWS_REGION),$(AWS_DEFAULT_REGION),eu-west-1)

.PHONY: help run test test-fast lint template-lint pytest judges spam-scores runtimes openapi soak bench build deploy deploy-guided clean

help:
	@echo "make run      the whole loop locally, on an embedded AWS emulator; shops, carts, emails"
	@echo "             and the clock are kept from the last run (FRESH=1 starts empty)"
	@echo "make test     install into .venv, then lint, template lint and every test"
	@echo "make test-fast  the unit tests only (no AWS emulator, no network): about 11 s"
	@echo "make soak     the seeded simulation over many seeds (SEEDS=50): per seed, then totals"
	@echo "make bench    measure requests, reads and timings on the local stack"
	@echo "make spam-scores  SpamAssassin's score for every email (language, step, variant)"
	@echo "make openapi  write openapi.json from the track function's routes and models"
	@echo "make build    sam build (needs python3.13, the functions' runtime)"
	@echo "make deploy   check region and credentials, make build, then sam deploy (PARAMS=\"Key=Value ...\")"
	@echo "make deploy-guided  the same, asking for every setting (and saving them)"

$(STAMP): requirements-dev.txt layers/common/requirements.txt pyproject.toml
	@echo "==> Installing development dependencies into $(VENV)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

# aws-sam-cli pins its own boto3 and click, so it lives in a venv of its own.
$(SAM_STAMP):
	@echo "==> Installing the SAM CLI $(SAM_VERSION) into $(SAM_VENV)"
	@test -x $(SAM_VENV)/bin/python || $(PYTHON) -m venv $(SAM_VENV)
	@$(SAM_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		aws-sam-cli==$(SAM_VERSION)
	@touch $@

# What a run made is kept in .kurv/local-snapshot.json for the next; FRESH=1 starts empty.
FRESH ?=
run: $(STAMP)
	@KURV_FRESH=$(FRESH) $(BIN)/python -m kurv_tools.local.run

test: lint template-lint pytest
	@echo "==> All checks passed"

lint: $(STAMP)
	@echo "==> ruff"
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check --quiet .
	@echo "==> mypy"
	@$(BIN)/mypy layers/common tools tests
	@for fn in functions/*/app.py; do $(BIN)/mypy "$$fn" || exit 1; done

template-lint: $(STAMP) $(SAM_STAMP)
	@echo "==> cfn-lint and sam validate --lint"
	@$(BIN)/cfn-lint template.yaml
	@AWS_DEFAULT_REGION=$(VALIDATE_REGION) $(SAM_VENV)/bin/sam validate --lint \
		--template template.yaml >/dev/null
	@echo "template.yaml is valid"

pytest: $(STAMP) judges runtimes
	@echo "==> pytest"
	@$(BIN)/pytest -n auto --dist loadfile --durations=15

# apt-get waits up to 10 minutes for a busy dpkg lock (another install, unattended-upgrades)
# instead of failing. `apt-get update` ignores that option for the package lists' own lock
# (apt 2.6), so APT_UPDATE retries it while that lock is held, as long, and no longer.
APT_GET := apt-get -o DPkg::Lock::Timeout=600
APT_UPDATE := apt_update() { for try in $$(seq 60); do \
		out=$$($(APT_GET) update -qq 2>&1) && return 0; \
		case "$$out" in *"Could not get lock"*) sleep 10;; *) echo "$$out" >&2; return 1;; esac; \
	done; return 1; }; apt_update

# Outside judges the tests consult: Debian's SpamAssassin scores every email, and Debian's
# Chromium (driven by chromium-driver) lays each out. Installed where missing and we may
# (root with apt-get, as in CI); elsewhere their tests skip with a note, except under CI,
# where a missing judge fails.
judges:
	@command -v spamassassin >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "==> Installing Debian's spamassassin"; \
			$(APT_GET) install -y -qq spamassassin >/dev/null 2>&1 || \
			{ $(APT_UPDATE) && $(APT_GET) install -y -qq spamassassin >/dev/null; }; \
		else echo "note: SpamAssassin is not installed; tests/judges/test_spam.py skips (apt-get install spamassassin)"; fi; }
	@{ command -v chromium && command -v chromedriver; } >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "==> Installing Debian's chromium and chromium-driver"; \
			$(APT_GET) install -y -qq chromium chromium-driver >/dev/null 2>&1 || \
			{ $(APT_UPDATE) && $(APT_GET) install -y -qq chromium chromium-driver >/dev/null; }; \
		else echo "note: Chromium is not installed; tests/judges/test_layout.py skips (apt-get install chromium chromium-driver)"; fi; }

# The docs' signing examples in other languages run in the tests: PHP and Node.js, from
# Debian where missing and we may (as in CI); elsewhere those tests skip with a note. PHP
# also runs the WooCommerce plugin (integrations/woocommerce/kurv.php) against WordPress stubs.
runtimes:
	@command -v php >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "==> Installing Debian's php-cli (docs/api.md's PHP example and the WooCommerce plugin run in the tests)"; \
			$(APT_GET) install -y -qq php-cli >/dev/null 2>&1 || \
			{ $(APT_UPDATE) && $(APT_GET) install -y -qq php-cli >/dev/null; }; \
		else echo "note: PHP is not installed; the PHP example's and the WooCommerce plugin's tests skip (apt-get install php-cli)"; fi; }
	@command -v node >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "==> Installing Debian's nodejs (docs/api.md's Node example runs in the tests)"; \
			$(APT_GET) install -y -qq nodejs >/dev/null 2>&1 || \
			{ $(APT_UPDATE) && $(APT_GET) install -y -qq nodejs >/dev/null; }; \
		else echo "note: Node.js is not installed; the Node example's test skips (apt-get install nodejs)"; fi; }

spam-scores: $(STAMP) judges
	@$(BIN)/python -m kurv_tools.measure.spam

openapi: $(STAMP)
	@$(BIN)/python -m kurv_tools.building.openapi

# Pure code only (tests/unit): decisions, planning, rendering, tokens, the template, the
# docs against the code. No moto server, no network (tests/unit/conftest.py refuses both).
test-fast: $(STAMP)
	@$(BIN)/pytest -n auto --dist loadfile tests/unit

# The simulation (two seeds in `make test`) over seeds 1..SEEDS, about 15 s each.
SEEDS ?= 50

soak: $(STAMP)
	@$(BIN)/python -m kurv_tools.measure.soak --seeds $(SEEDS)

bench: $(STAMP)
	@$(BIN)/python -m kurv_tools.measure.bench
	@$(BIN)/python -m kurv_tools.measure.reply_suites

# sam build packages the layer with the Lambda runtime's own interpreter.
# A python3.13 that runs (a pyenv shim may exist without working), else pyenv's own copy.
PYTHON_LAMBDA := $(or $(shell python3.13 -c 'import sys; print(sys.executable)' 2>/dev/null),$(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3.13))

# --no-cached: sam's cache sees only layers/common, not tools/kurv_tools/building/layer.py, which
# builds the layer (layers/common/Makefile); a cached layer could be a stale one.
build: $(SAM_INSTALL)
	@test -n "$(PYTHON_LAMBDA)" || { echo "sam build needs python3.13 (the functions' runtime) on PATH, e.g. pyenv install 3.13"; exit 1; }
	PATH="$(dir $(firstword $(PYTHON_LAMBDA))):$$PATH" $(SAM) build --no-cached

# Not --guided: that asks "<Function> has no authentication. Is this okay?" for each of
# track's five routes (they are public on purpose: track checks signatures and tokens
# itself), and nothing in samconfig.toml or the template can answer it. samconfig.toml
# holds the rest; `make deploy-guided` asks for everything, and there you answer y.
PARAMS ?=

# Before the build (about 45 s), kurv_tools/deploying/preflight.py checks PARAMS, the region
# and the credentials, and a first deploy's SenderIdentities, failing with the fix; it prints
# the region (saved in samconfig.toml on the first deploy), which sam deploy gets as --region
# (the SAM CLI itself reads AWS_DEFAULT_REGION, not AWS_REGION).
# After a deploy, `kurv doctor` says what still keeps Kurv from working (an unverified sender,
# the SES sandbox, a receipt rule set CloudFormation cannot activate ...) and how to fix it.
# It informs; it never fails the deploy.
STACK ?= kurv
PREFLIGHT := $(BIN)/python -m kurv_tools.deploying.preflight --stack $(STACK)
OVERRIDES := $(if $(PARAMS),--parameter-overrides $(PARAMS))

deploy: $(STAMP) $(SAM_INSTALL)
	@region=$$($(PREFLIGHT) -- $(PARAMS)) && \
	$(MAKE) --no-print-directory build && \
	echo "$(SAM) deploy --region $$region $(OVERRIDES)" && \
	$(SAM) deploy --region "$$region" $(OVERRIDES) && \
	{ $(BIN)/kurv doctor --stack $(STACK) --region "$$region" || true; }

# sam deploy --guided offers the region as its default and saves your answers.
deploy-guided: $(STAMP) $(SAM_INSTALL)
	@region=$$($(PREFLIGHT) --guided) && \
	$(MAKE) --no-print-directory build && \
	echo "$(SAM) deploy --guided --region $$region" && \
	$(SAM) deploy --guided --region "$$region" && \
	{ $(BIN)/kurv doctor --stack $(STACK) || true; }

clean:
	rm -rf $(VENV) $(SAM_VENV) .aws-sam .kurv .pytest_cache .mypy_cache .ruff_cache
