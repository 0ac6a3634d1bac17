# The two commands of the README:
#   make figures   run every notebook headless and write figures/  (SEEDS=... NOTEBOOKS="02 03" TABLE='{"sep": ";"}')
#   make test      run the tests on two workers (make test-fast: the unit tests only, without notebooks and browser)
#   make lab       JupyterLab on the project folder (notebooks/, seeds/, figures/)
#   make model     retrain the entity model helpers/data/entities_de.npz from ../shared/data/germeval2014
# Both create .venv from requirements.txt first when it is missing or out of date.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS ?=
TABLE ?=
NOTEBOOKS ?=
FIGURES ?=
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: figures test test-fast lab bench lint clean model

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
		{ echo "Python 3.11 is needed (found $$($(PYTHON) --version)); run: make PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

figures: $(STAMP)
	$(BIN)/python -m helpers run $(NOTEBOOKS) $(if $(SEEDS),--seeds "$(SEEDS)") $(if $(FIGURES),--figures "$(FIGURES)") $(if $(TABLE),-p table '$(TABLE)')

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadscope --no-loadscope-reorder

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not notebooks and not browser"

model: $(STAMP)
	$(BIN)/python -m helpers.entities train

lab: $(STAMP)
	$(BIN)/jupyter lab --ip=127.0.0.1 --no-browser $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)"

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	for b in benchmarks/bench_*.py; do echo; echo "== $$b"; $(BIN)/python $$b || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check helpers tests notebooks benchmarks

clean:
	rm -rf figures/*/ .pytest_cache .cache
