# Two commands on a fresh Debian machine: `make demo` and `make test`.
# Each installs what is missing (Debian packages, then a virtualenv) before it runs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# chromium and chromium-driver: the review page's tests open it in a real browser.
# fonts-urw-base35: the realistic test corpora draw their forms in these fonts; fonts-dejavu-core
# draws a blind corpus's Vietnamese and Cyrillic, which the URW fonts lack.
DEBIAN_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa ghostscript fonts-urw-base35 \
  fonts-dejavu-core \
  qpdf poppler-utils chromium chromium-driver python3-venv
DEMO := samples/demo-case
# Tesseract's own threads slow it down when we already run one OCR job per core.
export OMP_THREAD_LIMIT := 1

.PHONY: demo test fuzz lint format bench screenshot setup system-packages samples clean

demo: setup samples
	$(BIN)/packet build $(DEMO) --variant efile; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi; \
	  echo; echo "The demo case reports one deliberate gap (exit $$status = findings remain): see the error above."

test: setup samples
	$(BIN)/python -m pytest

# Many more generated case files and damaged scans than CI runs; new seeds on every run.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/hostile/test_properties.py

lint: setup
	$(BIN)/ruff check packet tests samples bench
	$(BIN)/ruff format --check packet tests samples bench
	$(BIN)/mypy packet

format: setup
	$(BIN)/ruff format packet tests samples bench
	$(BIN)/ruff check --fix packet tests samples bench

# Byte-compiled once here: an editable install run where PYTHONDONTWRITEBYTECODE is set would
# otherwise compile every module of the package again at each start (0.15-0.2 s of a warm check).
setup: system-packages $(VENV)/.installed
	@$(BIN)/python -m compileall -q packet > /dev/null

system-packages:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "evidence-packet needs Python 3.11 or newer; $(PYTHON) is older."; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

samples: setup
	$(BIN)/python samples/make_demo_scans.py $(DEMO)

# docs/review.png, the README's picture of the demo case's review page (headless Chromium).
screenshot: setup samples
	$(BIN)/python samples/make_review_screenshot.py docs/review.png

# Not part of `make test`: minutes, not seconds. QUICK=1 does less of everything.
bench: setup
	$(BIN)/python -m bench $(if $(QUICK),--quick)

clean:
	rm -rf $(VENV) $(DEMO)/out $(DEMO)/scans .pytest_cache
