# The two commands a new developer needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run install install-dev migrate demo admin serve test screenshots lint format check messages bench clean

run: install migrate demo admin serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	mkdir -p var
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

admin: migrate
	$(MANAGE) ensure_admin

serve:
	@echo ""
	@echo "  Site:  http://127.0.0.1:8000/"
	@echo "  Admin: http://127.0.0.1:8000/admin/  (user name and password are shown above)"
	@echo "  Demo editors (champion, comms, involvement, reviewer): passwords in var/demo-passwords.txt"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:8000

test: install-dev
	$(BIN)/pytest $(PYTEST_ARGS)

# Every page type in every display mode at 320px and 1280px, for people to look at: test-artifacts/screenshots/a11y-*.png.
screenshots: install-dev
	$(BIN)/pytest -m screenshots

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install-dev
	mkdir -p var
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	SECRET_KEY=check-deploy-only-$$(date +%s)-not-a-real-secret-value-0123456789 ALLOWED_HOSTS=get-involved.riverside.example \
		$(MANAGE) check --deploy --fail-level WARNING --settings=hub.settings.production
	SECRET_KEY=collectstatic-check-only ALLOWED_HOSTS=localhost STATIC_ROOT=var/collectstatic-check \
		$(MANAGE) collectstatic --noinput -v0 --clear --settings=hub.settings.production

# Interface catalogues (needs GNU gettext): new strings into locale/*/django.po, then compiled .mo files.
messages: install
	$(MANAGE) makemessages --all
	$(MANAGE) compilemessages --ignore=.venv --ignore=tools --ignore=var

bench: install-dev
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) var
