"""The package gives what the ``depeche`` command gives, on the fixtures."""

import ast
import gc
import inspect
import json
from pathlib import Path

import pytest

import depeche
from conftest import FIXTURE_DIRS, REGISTRY, REPO, read, tsv_line


def compact(record: dict) -> str:
    """A record serialized the way the command writes a line."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def test_extract_equals_the_command_on_every_fixture(cli_records, cli_lines):
    assert len(cli_records) == len(cli_lines)
    for expected, line in zip(cli_records, cli_lines):
        source = expected["source"]
        got = depeche.extract(read(source), source=source)
        assert got == expected, source
        # Same keys in the same order: the very same line.
        assert compact(got) == line, source
        # A str gives what its UTF-8 bytes give.
        assert depeche.extract(read(source).decode("utf-8"), source=source) == expected


def test_documents_have_events():
    text = read("fixtures/seeds/000_ce7cb7c1a078b6f9.txt").decode("utf-8")
    record = depeche.extract(text)
    assert record["source"] == "-"
    assert record["segments"][0]["events"][0]["type"] == "VISIT"


def test_extract_many_keeps_input_order(cli_records):
    sources = [r["source"] for r in cli_records]
    texts = [read(s) for s in sources]
    ex = depeche.Extractor()
    assert ex.extract_many(texts, jobs=2, sources=sources) == cli_records
    backwards = ex.extract_many(texts[::-1], jobs=2, sources=sources[::-1])
    assert backwards == cli_records[::-1]
    one = ex.extract_many(texts, jobs=1)
    assert [r["source"] for r in one] == ["-"] * len(texts)
    assert [r["segments"] for r in one] == [r["segments"] for r in cli_records]
    assert ex.extract_many(iter(texts[:3]))[2]["segments"] == cli_records[2]["segments"]
    assert ex.extract_many([]) == []


def test_bad_text_gives_the_commands_error_record(run_cli):
    for bad in [b"ab\xffcd", b"", b"   \n"]:
        expected = json.loads(run_cli("extract", "--quiet", "-", stdin=bad, ok_codes=(1,)))
        assert "error" in expected
        assert depeche.extract(bad) == expected
        assert depeche.Extractor().extract(bad) == expected
    assert depeche.extract("")["error"]["kind"] == "empty"
    assert depeche.extract(b"ab\xffcd", source="x.txt") == {
        "source": "x.txt",
        "error": {"kind": "invalid_utf8", "message": "invalid UTF-8 at byte 2", "offset": 2},
    }
    # A str that is not valid Unicode text (a lone surrogate) is bad input too.
    lone = depeche.extract("ab\udc80")
    assert lone["error"]["kind"] == "invalid_utf8"
    assert lone["error"]["offset"] == 2


def test_the_garbage_collector_is_left_as_it_was():
    texts = [read("fixtures/seeds/000_ce7cb7c1a078b6f9.txt")] * 3
    ex = depeche.Extractor()
    for jobs in (1, 2):
        assert gc.isenabled()
        ex.extract_many(texts, jobs=jobs)
        assert gc.isenabled()
        gc.disable()
        try:
            ex.extract_many(texts, jobs=jobs)
            assert not gc.isenabled()
        finally:
            gc.enable()
    with pytest.raises(TypeError):
        ex.extract_many(["ok", 3])
    assert gc.isenabled()


def test_bad_documents_keep_their_place_in_a_batch():
    good = read("fixtures/seeds/000_ce7cb7c1a078b6f9.txt")
    out = depeche.Extractor().extract_many([good, b"\xff", good, ""], jobs=2)
    assert ["error" in r for r in out] == [False, True, False, True]
    assert out[1]["error"]["kind"] == "invalid_utf8"
    assert out[3]["error"]["kind"] == "empty"
    assert out[0] == out[2]


def test_bad_arguments_raise(tmp_path):
    with pytest.raises(TypeError):
        depeche.extract(42)
    with pytest.raises(TypeError):
        depeche.Extractor().extract_many(["ok", None])
    with pytest.raises(ValueError, match="jobs"):
        depeche.Extractor().extract_many(["x"], jobs=0)
    with pytest.raises(ValueError, match="sources"):
        depeche.Extractor().extract_many(["x", "y"], sources=["a"])
    with pytest.raises(FileNotFoundError):
        depeche.Extractor(actors=[tmp_path / "missing.actors"])
    bad_actors = tmp_path / "bad.actors"
    bad_actors.write_text("X_\n+Y_\n\t[ZAFGOV 150101\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.actors:3"):
        depeche.Extractor(actors=[bad_actors])
    with pytest.raises(FileNotFoundError):
        depeche.Extractor(registry=[tmp_path / "missing.tsv"])
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tkind\tname\tnonsense\nx\tperson\tX\ty\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv"):
        depeche.Extractor(registry=[bad])
    with pytest.raises(ValueError):
        depeche.events({"no": "source"})


def test_a_registry_file_loads_and_is_used(run_cli):
    assert depeche.names("Shinichi Kuroda")["entity"] is None
    ex = depeche.Extractor(registry=[REPO / REGISTRY])
    assert ex.names("Shinichi Kuroda")["entity"] == "shinichi-kuroda"
    assert depeche.Extractor(registry=[str(REPO / REGISTRY)]).names("Kuroda Shinichi")[
        "country"
    ] == "JPN"
    lines = run_cli("extract", "--quiet", "--registry", REGISTRY, "fixtures/dispatches")
    expected = [json.loads(line) for line in lines.splitlines()]
    sources = [r["source"] for r in expected]
    got = ex.extract_many([read(s) for s in sources], sources=sources)
    assert got == expected
    # The file changes the output: without it, it differs.
    plain = depeche.Extractor().extract_many([read(s) for s in sources], sources=sources)
    assert plain != expected


def test_events_are_the_commands_tsv_rows(run_cli, cli_records):
    tsv = run_cli("extract", "--quiet", "--format", "tsv", *FIXTURE_DIRS).splitlines()
    header, rows = tsv[0].split("\t"), tsv[1:]
    got = []
    for record in cli_records:
        for row in depeche.events(record):
            assert list(row) == header
            assert isinstance(row["background"], bool)
            got.append(tsv_line(row))
    assert len(rows) > 100
    assert got == rows
    assert depeche.events(depeche.extract(b"\xff")) == []


def test_names_equal_the_command(run_cli):
    for name in ["Kassym-Jomart Tokaïev", "  Nguyên Xuân Thang ", "Zzyzx Qwertyuiop"]:
        expected = json.loads(run_cli("names", "--json", name))
        assert depeche.names(name) == expected
    assert depeche.names("Zzyzx Qwertyuiop")["method"] == "unresolved"


def test_stub_describes_the_module():
    stub = ast.parse((Path(__file__).resolve().parents[1] / "depeche.pyi").read_text())
    documented = {}
    for node in stub.body:
        if isinstance(node, ast.FunctionDef):
            documented[node.name] = node
        if isinstance(node, ast.ClassDef) and node.name == "Extractor":
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    documented[f"Extractor.{item.name}"] = item
    public = [
        n
        for n in dir(depeche)
        if not n.startswith("_") and not inspect.ismodule(getattr(depeche, n))
    ]
    assert {"extract", "events", "names", "Extractor"} <= set(public)
    for name in public:
        obj = getattr(depeche, name)
        if inspect.isclass(obj):
            members = [m for m in vars(obj) if not m.startswith("_")]
            assert members, name
            for m in members:
                assert f"{name}.{m}" in documented, f"{name}.{m} missing in the stub"
        else:
            assert name in documented, f"{name} missing in the stub"
    for name, node in documented.items():
        if name == "Extractor.__init__":
            continue
        obj = depeche
        for part in name.split("."):
            obj = getattr(obj, part)
        assert obj.__doc__, f"{name} has no docstring"
        stub_params = [a.arg for a in node.args.args if a.arg != "self"]
        real = [p for p in inspect.signature(obj).parameters if p != "self"]
        assert stub_params == real, name


def test_an_actors_dictionary_adds_people(tmp_path):
    dictionary = tmp_path / "small.actors"
    dictionary.write_text(
        "ZANELE_QUIMBY_MOKOENA_\n\t[ZAFGOV 150101-191231]\n", encoding="utf-8"
    )
    text = (
        "Dakar, 3 mars 2016 (APS) - Le président Macky Sall a reçu mardi la ministre "
        "sud-africaine Zanele Quimby Mokoena.\n"
    )
    plain = depeche.Extractor().extract(text)
    extended = depeche.Extractor(actors=[dictionary]).extract(text)
    person = [m for m in extended["segments"][0]["mentions"] if m["text"] == "Zanele Quimby Mokoena"]
    assert person and person[0]["country"] == "ZAF"
    assert person[0]["entity"] is not None
    before = [m for m in plain["segments"][0]["mentions"] if m["text"] == "Zanele Quimby Mokoena"]
    assert not before or before[0]["entity"] is None
