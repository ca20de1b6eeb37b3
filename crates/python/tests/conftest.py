"""Shared set-up of the Python tests: the repository's fixtures and the
``depeche`` command, whose output the package must reproduce exactly.

The command is the one in ``DEPECHE_BIN`` when set, else it is built from
the repository with ``cargo build`` (a no-op when it is up to date).
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
FIXTURE_DIRS = ["fixtures/seeds", "fixtures/dispatches"]
REGISTRY = "fixtures/registry/example.tsv"


def escape(field: str) -> str:
    """A TSV field as ``depeche extract --format tsv`` writes it."""
    return (
        field.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )


def tsv_line(row: dict) -> str:
    """The TSV line of a row returned by ``depeche.events``."""
    fields = []
    for value in row.values():
        if isinstance(value, bool):
            value = "true" if value else "false"
        fields.append(escape(value))
    return "\t".join(fields)


@pytest.fixture(scope="session")
def depeche_bin() -> Path:
    given = os.environ.get("DEPECHE_BIN")
    if given:
        return Path(given).resolve()
    subprocess.run(
        ["cargo", "build", "--quiet", "-p", "depeche-cli"], cwd=REPO, check=True
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    if not target.is_absolute():
        target = REPO / target
    return target / "debug" / "depeche"


@pytest.fixture(scope="session")
def run_cli(depeche_bin):
    """Runs the command in the repository; returns its standard output."""

    def run(*args, stdin: bytes = b"", ok_codes=(0,)) -> str:
        done = subprocess.run(
            [str(depeche_bin), *args],
            cwd=REPO,
            input=stdin,
            capture_output=True,
        )
        assert done.returncode in ok_codes, done.stderr.decode(errors="replace")
        return done.stdout.decode("utf-8")

    return run


@pytest.fixture(scope="session")
def cli_lines(run_cli) -> list:
    """The JSON lines of ``depeche extract`` over the fixtures."""
    lines = run_cli("extract", "--quiet", *FIXTURE_DIRS).splitlines()
    assert len(lines) > 20
    return lines


@pytest.fixture(scope="session")
def cli_records(cli_lines) -> list:
    return [json.loads(line) for line in cli_lines]


def read(source: str) -> bytes:
    return (REPO / source).read_bytes()
