"""Extract depeche events from a folder of dispatches with Apache Spark.

    python examples/spark/extract_spark.py INPUT_DIR OUTPUT_DIR [--master URL]

Every file under INPUT_DIR whose name matches ``--glob`` (``*.txt``, as for
``depeche extract``) is one document. Each Spark partition builds one
``depeche.Extractor`` and runs ``extract_many`` on its documents; the results
are written as two Parquet tables:

- ``OUTPUT_DIR/events``: one row per event, the columns of ``depeche extract
  --format tsv`` (values before TSV escaping, ``background`` a boolean) plus
  ``source``, the file's URI;
- ``OUTPUT_DIR/errors``: one row per document that could not be processed:
  ``source``, ``kind``, ``message``, ``offset``, as in the command's error
  records.

The files are read with Spark's ``binaryFile`` source rather than
``text(wholetext=True)``: the bytes reach depeche untouched, so a file that
is not UTF-8 gives the same ``invalid_utf8`` error record as on the command
line instead of silently replaced characters. Each file is still read whole,
as one document. Spark's file sources skip empty files, which the command
reports as ``empty`` error records: the driver lists them and adds their
records. Like every Spark file source, the job ignores files and folders
whose name starts with ``_`` or ``.``.

The same script runs on a laptop (``--master 'local[*]'``, the default when
no master is configured) and on a cluster (``--master yarn``, ``spark://…``,
or through ``spark-submit``), provided the workers can import ``depeche``:
install the wheel on them, or ship a packed virtual environment that holds it
with ``--archives`` (a compiled module cannot be loaded from the zip file
that ``--py-files`` makes of a wheel). The README's "Python and Spark"
section shows both.
"""

import argparse
import fnmatch
import os
import sys

EVENT_COLUMNS = [
    "date",
    "source_actor",
    "source_country",
    "event_type",
    "cameo",
    "plover",
    "target_actor",
    "target_country",
    "location",
    "status",
    "background",
    "file",
    "evidence",
]

# One pass over the documents gives both tables: event rows have no error,
# error rows have no event fields.
RESULT_SCHEMA = ", ".join(
    [f"{c} boolean" if c == "background" else f"{c} string" for c in EVENT_COLUMNS]
    + ["source string", "error_kind string", "error_message string", "error_offset long"]
)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input_dir", help="folder of dispatches (searched recursively)")
    p.add_argument("output_dir", help="where the events and errors tables go")
    p.add_argument(
        "--master",
        help="Spark master URL (local[*], yarn, spark://host:7077); "
        "default: the configured one, else local[*]",
    )
    p.add_argument("--glob", default="*.txt", help="file-name pattern [default: *.txt]")
    p.add_argument(
        "--registry",
        action="append",
        default=[],
        metavar="FILE",
        help="registry file with extra entries, shipped to the workers; repeatable",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="threads per Spark task [default: 1, as Spark runs one task per core]",
    )
    p.add_argument(
        "--batch",
        type=int,
        default=256,
        help="documents handed to extract_many at a time [default: 256]",
    )
    return p.parse_args(argv)


def make_extract_partition(registry_names, jobs):
    """The function run on each partition: record batches of (path, content)
    in, result rows out. Everything it needs is imported on the worker."""

    def extract_partition(batches):
        import depeche
        import pyarrow as pa
        from pyspark import SparkFiles

        schema = pa.schema(
            [(c, pa.bool_() if c == "background" else pa.string()) for c in EVENT_COLUMNS]
            + [
                ("source", pa.string()),
                ("error_kind", pa.string()),
                ("error_message", pa.string()),
                ("error_offset", pa.int64()),
            ]
        )
        extractor = depeche.Extractor(registry=[SparkFiles.get(n) for n in registry_names])
        for batch in batches:
            sources = batch.column("path").to_pylist()
            texts = batch.column("content").to_pylist()
            records = extractor.extract_many(texts, jobs=jobs, sources=sources)
            columns = {c: [] for c in EVENT_COLUMNS}
            columns.update(source=[], error_kind=[], error_message=[], error_offset=[])

            def add(row, source, error):
                for c in EVENT_COLUMNS:
                    columns[c].append(row[c] if row else None)
                columns["source"].append(source)
                columns["error_kind"].append(error["kind"] if error else None)
                columns["error_message"].append(error["message"] if error else None)
                columns["error_offset"].append(error["offset"] if error else None)

            for record in records:
                if "error" in record:
                    add(None, record["source"], record["error"])
                else:
                    for row in depeche.events(record):
                        add(row, record["source"], None)
            yield pa.RecordBatch.from_pydict(columns, schema=schema)

    return extract_partition


def empty_files(spark, input_dir, glob):
    """The URIs of the empty files under `input_dir` whose name matches `glob`,
    listed on the driver with the Hadoop file system (any scheme Spark reads)."""
    jvm = spark.sparkContext._jvm
    root = jvm.org.apache.hadoop.fs.Path(input_dir)
    fs = root.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    found = []
    files = fs.listFiles(root, True)
    while files.hasNext():
        status = files.next()
        if status.getLen() != 0:
            continue
        path = status.getPath()
        name = path.getName()
        if not name.startswith(("_", ".")) and fnmatch.fnmatchcase(name, glob):
            found.append(path.toString())
    return found


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.jobs < 1 or args.batch < 1:
        sys.exit("--jobs and --batch must be at least 1")
    local = args.master is None or args.master.startswith("local")
    if local:
        # Local workers are started by this interpreter, which has depeche.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    builder = SparkSession.builder.appName("depeche-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch))
        for path in args.registry:
            spark.sparkContext.addFile(os.path.abspath(path))
        registry_names = [os.path.basename(p) for p in args.registry]

        documents = (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", args.glob)
            .option("recursiveFileLookup", "true")
            .load(args.input_dir)
            .select("path", "content")
        )
        results = documents.mapInArrow(
            make_extract_partition(registry_names, args.jobs), RESULT_SCHEMA
        ).persist()
        empty = empty_files(spark, args.input_dir, args.glob)
        if empty:
            import depeche

            extractor = depeche.Extractor()
            rows = [
                (r["source"], r["error"]["kind"], r["error"]["message"], r["error"]["offset"])
                for r in extractor.extract_many([b""] * len(empty), sources=empty)
            ]
        else:
            rows = []
        empty_errors = spark.createDataFrame(
            rows, "source string, kind string, message string, offset long"
        )
        out = args.output_dir.rstrip("/")
        (
            results.where(F.col("error_kind").isNull())
            .select(*EVENT_COLUMNS, "source")
            .write.mode("overwrite")
            .parquet(f"{out}/events")
        )
        (
            results.where(F.col("error_kind").isNotNull())
            .select(
                "source",
                F.col("error_kind").alias("kind"),
                F.col("error_message").alias("message"),
                F.col("error_offset").alias("offset"),
            )
            .unionByName(empty_errors)
            .write.mode("overwrite")
            .parquet(f"{out}/errors")
        )
        results.unpersist()
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
