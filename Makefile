# KeHoach Desktop — `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
FORMS_SRC := $(wildcard forms/*.ui)
FORMS_PY  := $(patsubst forms/%.ui,kehoach_desktop/ui/generated/ui_%.py,$(FORMS_SRC))
TS_FILES  := $(wildcard resources/translations/*.ts)
QM_FILES  := $(TS_FILES:.ts=.qm)

.PHONY: help run test lint forms translations lupdate bench demo clean office softhsm dist desktop-tools guide

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

kehoach_desktop/ui/generated/ui_%.py: forms/%.ui $(STAMP)
	$(BIN)/pyside6-uic --from-imports $< -o $@ 2>/dev/null || $(BIN)/pyside6-uic $< -o $@
	$(BIN)/python tools/trim_form_imports.py $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

forms: $(FORMS_PY)  ## generate Python from forms/*.ui

translations: $(QM_FILES)  ## compile resources/translations/*.ts

lupdate: $(STAMP)  ## refresh the .ts sources from the code and forms
	$(BIN)/python tools/update_translations.py

build: $(STAMP) forms translations
	@# bytecode as an installed program has it (start-up compiles nothing, even where Python may not write it)
	@$(BIN)/python -m compileall -q kehoach_desktop

run: build  ## set up and open the application
	$(BIN)/kehoach

# LibreOffice prints our Word files for one test (page count and header geometry beside our PDF):
# installed from Debian's packages where we may (root, apt); elsewhere that one test is skipped
# with Liberation Serif, metric-compatible with the Times New Roman our Word files ask for (as an
# office PC has it): without it LibreOffice sets the text in a wider font and paginates differently
office:
	@{ command -v soffice >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Liberation Serif"; } || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	   libreoffice-writer-nogui fonts-liberation >/dev/null 2>&1) || echo "LibreOffice not installed: the Word-to-PDF comparison is skipped"; }

# SoftHSM2 is the USB token of the signing tests (a software PKCS#11 token set up by the test):
# installed from Debian's packages where we may; elsewhere that one test is skipped
softhsm:
	@command -v softhsm2-util >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	   softhsm2 >/dev/null 2>&1) || echo "SoftHSM2 not installed: the token signing test is skipped"; }

# desktop-file-validate and appstreamcli check the Linux desktop entry and AppStream metadata
desktop-tools:
	@command -v desktop-file-validate >/dev/null 2>&1 && command -v appstreamcli >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	   desktop-file-utils appstream >/dev/null 2>&1) || echo "desktop-file-utils/appstream not installed: their checks are skipped"; }

test: build office softhsm desktop-tools  ## set up and run the test suite (headless), on SQLite and on a real PostgreSQL server
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist worksteal
	$(MAKE) --no-print-directory dist
	KEHOACH_BUNDLE=$(CURDIR)/$(DIST)/KeHoachDesktop $(BIN)/python -m pytest -q -s tests/test_bundle.py

lint: build  ## ruff and mypy
	$(BIN)/ruff check kehoach_desktop tests tools
	$(BIN)/mypy kehoach_desktop

guide: build  ## the user guide (resources/guide): screenshots of the real windows, HTML and PDF
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_guide.py resources/guide

DIST := dist/KeHoachDesktop
DIST_STAMP := $(VENV)/.installed-dist
# what the bundle is made of: a `make dist` (and so a `make test`) after a change to none of it
# keeps the bundle it made last time
DIST_INPUTS := $(shell find kehoach_desktop resources packaging -type f ! -path '*/__pycache__/*' 2>/dev/null) \
  pyproject.toml $(FORMS_PY) $(QM_FILES)
# the list itself, rewritten when a file comes or goes (a deleted module leaves the bundle too)
DIST_LIST := build/dist-inputs.txt
$(shell mkdir -p build && { echo '$(sort $(DIST_INPUTS))' | cmp -s - $(DIST_LIST) || echo '$(sort $(DIST_INPUTS))' > $(DIST_LIST); })

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	touch $@

$(DIST)/KeHoachDesktop: $(DIST_STAMP) $(DIST_INPUTS) $(DIST_LIST)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/KeHoachDesktop.spec
	@touch $@

dist: build $(DIST)/KeHoachDesktop  ## the one-folder bundle dist/KeHoachDesktop/ (PyInstaller; runs with no Python installed)
	@du -sh $(DIST) | sed 's/^/bundle size: /'

bench: build  ## performance benchmarks against the bare-library floor
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/bench -p no:randomly -o "norecursedirs=.* __pycache__"

demo: build  ## create the demo office and plan in the default data directory
	$(BIN)/kehoach demo

clean:  ## remove the environment and generated files
	rm -rf $(VENV) $(FORMS_PY) $(QM_FILES) build dist *.egg-info
