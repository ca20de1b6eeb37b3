"""The Spark job writes the command's TSV rows and error records as Parquet.

PySpark needs a Java runtime: when none is found, the test installs Debian's
``openjdk-17-jre-headless`` where it can (as root with apt-get). It is
skipped only when no Java can be had, and never on CI (``CI`` set), where a
missing Java or PySpark is a failure.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURE_DIRS, REPO, tsv_line

ON_CI = bool(os.environ.get("CI"))
SCRIPT = REPO / "examples" / "spark" / "extract_spark.py"


def find_java():
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def install_java():
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-q"], env=env, check=False)
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "openjdk-17-jre-headless"], env=env, check=False
    )


@pytest.fixture(scope="module")
def java():
    if find_java() is None:
        install_java()
    found = find_java()
    if found is None:
        message = "no Java runtime and none could be installed: PySpark cannot run"
        if ON_CI:
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def pyarrow_parquet():
    if ON_CI:
        import pyarrow.parquet as pq
        import pyspark  # noqa: F401
    else:
        pq = pytest.importorskip("pyarrow.parquet")
        pytest.importorskip("pyspark")
    return pq


def relative(source: str, root: Path) -> str:
    """A source (a path or a file: URI) relative to the input folder."""
    path = source.split(":", 1)[1] if source.startswith("file:") else source
    while path.startswith("//"):
        path = path[1:]
    return os.path.relpath(path, root)


def test_spark_job_matches_the_command(java, pyarrow_parquet, run_cli, tmp_path):
    inputs = tmp_path / "input"
    for d in FIXTURE_DIRS:
        shutil.copytree(REPO / d, inputs / Path(d).name)
    (inputs / "bad").mkdir()
    (inputs / "bad" / "latin1.txt").write_bytes("Hanoï, 3 mars".encode("latin-1"))
    (inputs / "bad" / "empty.txt").write_bytes(b"")
    (inputs / "notes.md").write_text("not a dispatch", encoding="utf-8")
    out = tmp_path / "out"

    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    if java and not os.environ.get("JAVA_HOME"):
        env["JAVA_HOME"] = str(Path(os.path.realpath(java)).parents[1])
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(inputs), str(out), "--master", "local[2]"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-5000:]

    # Events: the command's TSV rows, in any order.
    tsv = run_cli("extract", "--quiet", "--format", "tsv", str(inputs), ok_codes=(1,))
    header, *lines = tsv.splitlines()
    file_col = header.split("\t").index("file")
    expected = []
    for line in lines:
        fields = line.split("\t")
        fields[file_col] = relative(fields[file_col], inputs)
        expected.append("\t".join(fields))

    table = pyarrow_parquet.read_table(out / "events")
    assert table.column_names == header.split("\t") + ["source"]
    got = []
    for row in table.to_pylist():
        assert row["source"] == row["file"]
        del row["source"]
        row["file"] = relative(row["file"], inputs)
        got.append(tsv_line(row))
    assert len(expected) > 100
    assert sorted(got) == sorted(expected)

    # Errors: the command's error records.
    records = [json.loads(line) for line in run_cli("extract", "--quiet", str(inputs), ok_codes=(1,)).splitlines()]
    expected_errors = sorted(
        (relative(r["source"], inputs), r["error"]["kind"], r["error"]["message"], r["error"]["offset"])
        for r in records
        if "error" in r
    )
    assert [e[:2] for e in expected_errors] == [("bad/empty.txt", "empty"), ("bad/latin1.txt", "invalid_utf8")]
    errors = pyarrow_parquet.read_table(out / "errors").to_pylist()
    got_errors = sorted(
        (relative(e["source"], inputs), e["kind"], e["message"], e["offset"]) for e in errors
    )
    assert got_errors == expected_errors
