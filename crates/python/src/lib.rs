//! The `depeche` Python module.
//!
//! Event-data work happens in Python (pandas, Spark), so depeche is offered
//! there as a library rather than as a command whose output must be parsed.
//! Every object it returns is composed by `depeche-output`, the crate the
//! `depeche` command writes with, and handed to Python through its JSON
//! form: `depeche.extract(text)` is exactly one line of `depeche extract`,
//! with the same keys in the same order. Extraction runs without the GIL;
//! `Extractor.extract_many` runs it on several threads.

#![forbid(unsafe_code)]

use depeche_events::{Event, Extractor as Engine};
use depeche_names::cameo::CameoError;
use depeche_names::{Registry, RegistryError};
use depeche_output::{document, names as lookup, tsv, DocError};
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;
use std::borrow::Cow;
use std::path::PathBuf;

/// The `source` of a document given without one, as `depeche extract -` names
/// standard input.
const NO_SOURCE: &str = "-";

/// The bytes of a `str`, `bytes` or `bytearray` document.
///
/// A `str` that cannot be encoded as UTF-8 (it holds lone surrogates) is
/// encoded with `surrogatepass`: the extractor then reports it as invalid
/// UTF-8 at the surrogate's byte offset, an error record like any other bad
/// input, not an exception.
fn text_bytes(text: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(s) = text.cast::<PyString>() {
        return match s.to_cow() {
            Ok(cow) => Ok(cow.into_owned().into_bytes()),
            Err(_) => {
                let encoded = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
                Ok(encoded.cast::<PyBytes>()?.as_bytes().to_vec())
            }
        };
    }
    if let Ok(b) = text.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if let Ok(b) = text.cast::<PyByteArray>() {
        return Ok(b.to_vec());
    }
    let type_name = text
        .get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string());
    Err(PyTypeError::new_err(format!(
        "a document must be str or bytes, not {type_name}"
    )))
}

/// The JSON object of one document, as `depeche extract` writes it.
fn record_json(engine: &Engine<'_>, source: &str, bytes: &[u8]) -> String {
    let result = engine.extract_bytes(bytes).map_err(|e| DocError::from(&e));
    document::record(source, result.as_deref(), false).0
}

/// Turns JSON text into Python objects (dicts keep the key order).
fn from_json<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.getattr("loads")?.call1((json,))
}

/// The registry: the embedded one, extended with registry `files`, then
/// CAMEO `actors` dictionaries, in order.
fn load_registry(files: &[PathBuf], actors: &[PathBuf]) -> PyResult<Cow<'static, Registry>> {
    if files.is_empty() && actors.is_empty() {
        return Ok(Cow::Borrowed(Registry::embedded()));
    }
    let mut registry = Registry::embedded().clone();
    for path in files {
        registry.load_file(path).map_err(|e| match &e {
            RegistryError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                PyFileNotFoundError::new_err(format!("registry file: {e}"))
            }
            RegistryError::Io { .. } => PyOSError::new_err(format!("registry file: {e}")),
            _ => PyValueError::new_err(format!("bad registry file: {e}")),
        })?;
    }
    for path in actors {
        registry.load_actors_file(path).map_err(|e| match &e {
            CameoError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                PyFileNotFoundError::new_err(format!("actors dictionary: {e}"))
            }
            CameoError::Io { .. } => PyOSError::new_err(format!("actors dictionary: {e}")),
            _ => PyValueError::new_err(format!("bad actors dictionary: {e}")),
        })?;
    }
    Ok(Cow::Owned(registry))
}

/// Python's cyclic garbage collector, paused while records are built.
///
/// A batch of records is many thousands of new dicts and lists; every few
/// hundred of them the collector would scan all live containers, which makes
/// building the records of a large batch cost more than extracting them.
/// Records are trees (JSON has no cycles), so pausing the collector loses
/// nothing; it is enabled again when the guard is dropped, if it was before.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.extract::<bool>()? {
            gc.call_method0("disable")?;
            Ok(GcPause { gc: Some(gc) })
        } else {
            Ok(GcPause { gc: None })
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Enabling the collector does not fail; there is no caller to tell.
            let _ = gc.call_method0("enable");
        }
    }
}

/// Extracts diplomatic events from French news dispatches.
///
/// An ``Extractor`` holds a names registry: the embedded one, extended with
/// the registry files given (tab-separated, the format of the files under
/// ``fixtures/registry/`` in the repository). Build one and reuse it: loading
/// registry files is the costly part.
///
/// Args:
///     registry: paths of registry files to add to the embedded registry,
///         in order.
///     actors: paths of CAMEO ``.actors`` dictionaries (the TABARI /
///         PETRARCH format), loaded after the registry files as extra
///         entries, as ``depeche extract --actors`` does.
///
/// Raises:
///     FileNotFoundError: a registry file or dictionary does not exist.
///     OSError: a registry file or dictionary cannot be read.
///     ValueError: a registry file or dictionary is malformed (the message
///         names the file and line).
#[pyclass(frozen, module = "depeche")]
struct Extractor {
    registry: Cow<'static, Registry>,
}

impl Extractor {
    fn engine(&self) -> Engine<'_> {
        Engine::new(&self.registry)
    }
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (registry = Vec::new(), actors = Vec::new()))]
    fn new(registry: Vec<PathBuf>, actors: Vec<PathBuf>) -> PyResult<Self> {
        Ok(Extractor {
            registry: load_registry(&registry, &actors)?,
        })
    }

    /// Extracts the events of one document.
    ///
    /// Args:
    ///     text: the dispatch, as ``str`` or as ``bytes`` (which must be UTF-8).
    ///     source: the name written in the record's ``source`` field; ``"-"``
    ///         when not given, as for standard input on the command line.
    ///
    /// Returns:
    ///     The object of one ``depeche extract`` JSON line: ``{"source",
    ///     "segments"}``, or ``{"source", "error": {"kind", "message",
    ///     "offset"}}`` when the text cannot be processed (invalid UTF-8,
    ///     empty text). Bad text gives an error record, never an exception.
    ///
    /// Raises:
    ///     TypeError: ``text`` is neither ``str`` nor ``bytes``.
    #[pyo3(signature = (text, source = None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        source: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let bytes = text_bytes(text)?;
        let source = source.as_deref().unwrap_or(NO_SOURCE);
        let json = py.detach(|| record_json(&self.engine(), source, &bytes));
        from_json(py, &json)
    }

    /// Extracts the events of many documents on several threads.
    ///
    /// The GIL is released while the documents are processed; the results
    /// are in the order of ``texts``. With ``jobs=1`` everything runs on the
    /// calling thread; with more, ``jobs`` threads extract while the calling
    /// thread turns their results into Python objects. Python's cyclic
    /// garbage collector is paused meanwhile (records have no cycles).
    ///
    /// Args:
    ///     texts: the documents, each ``str`` or ``bytes``.
    ///     jobs: worker threads; all cores when ``None``.
    ///     sources: one ``source`` name per document; ``"-"`` for every
    ///         document when ``None``.
    ///
    /// Returns:
    ///     One record per document, as :meth:`extract` returns it.
    ///
    /// Raises:
    ///     TypeError: a document is neither ``str`` nor ``bytes``.
    ///     ValueError: ``jobs`` is below 1, or ``sources`` and ``texts``
    ///         differ in length.
    #[pyo3(signature = (texts, jobs = None, sources = None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        jobs: Option<usize>,
        sources: Option<Vec<String>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = match jobs {
            Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let docs = texts
            .try_iter()?
            .map(|t| text_bytes(&t?))
            .collect::<PyResult<Vec<Vec<u8>>>>()?;
        if let Some(s) = &sources {
            if s.len() != docs.len() {
                return Err(PyValueError::new_err(format!(
                    "{} sources for {} texts",
                    s.len(),
                    docs.len()
                )));
            }
        }
        let source = |i: usize| {
            sources
                .as_ref()
                .and_then(|s| s.get(i))
                .map_or(NO_SOURCE, String::as_str)
        };
        let engine = self.engine();
        let loads = py.import("json")?.getattr("loads")?;
        let _paused = GcPause::new(py)?;
        if threads == 1 {
            // One thread: everything on the calling thread, one document at a time.
            let out = PyList::empty(py);
            for (i, bytes) in docs.iter().enumerate() {
                let json = py.detach(|| record_json(&engine, source(i), bytes));
                out.append(loads.call1((json,))?)?;
            }
            return Ok(out);
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| {
                PyRuntimeError::new_err(format!("cannot start {threads} worker threads: {e}"))
            })?;
        // The workers extract without the GIL while this thread turns each
        // finished record into Python objects, which needs the GIL: the two
        // overlap instead of following each other.
        let (tx, mut rx) = std::sync::mpsc::channel::<(usize, String)>();
        let mut records: Vec<Option<Bound<'py, PyAny>>> = vec![None; docs.len()];
        std::thread::scope(|scope| -> PyResult<()> {
            let docs = &docs;
            let source = &source;
            scope.spawn(move || {
                pool.install(|| {
                    docs.par_iter()
                        .enumerate()
                        .for_each_with(tx, |tx, (i, bytes)| {
                            // The receiver is gone only when converting failed.
                            let _ = tx.send((i, record_json(&engine, source(i), bytes)));
                        });
                });
            });
            loop {
                // Wait without the GIL, then convert everything that is ready.
                let (back, first) = py.detach(move || {
                    let first = rx.recv().ok();
                    (rx, first)
                });
                rx = back;
                let Some(first) = first else {
                    return Ok(());
                };
                for (i, json) in std::iter::once(first).chain(rx.try_iter()) {
                    if let Some(slot) = records.get_mut(i) {
                        *slot = Some(loads.call1((json,))?);
                    }
                }
            }
        })?;
        let out = PyList::empty(py);
        for record in records {
            let record = record.ok_or_else(|| {
                PyRuntimeError::new_err("a document was not processed by the worker threads")
            })?;
            out.append(record)?;
        }
        Ok(out)
    }

    /// Looks a name up in this extractor's registry, like ``depeche names
    /// --json``; see :func:`depeche.names`.
    fn names<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        name_record(py, &self.registry, name)
    }
}

/// Extracts the events of one document with the embedded registry.
///
/// Args:
///     text: the dispatch, as ``str`` or as ``bytes`` (which must be UTF-8).
///     source: the name written in the record's ``source`` field; ``"-"``
///         when not given, as for standard input on the command line.
///
/// Returns:
///     The object of one ``depeche extract`` JSON line: ``{"source",
///     "segments"}``, or ``{"source", "error": {"kind", "message",
///     "offset"}}`` when the text cannot be processed (invalid UTF-8, empty
///     text). Bad text gives an error record, never an exception.
///
/// Raises:
///     TypeError: ``text`` is neither ``str`` nor ``bytes``.
#[pyfunction]
#[pyo3(signature = (text, source = None))]
fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    source: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let bytes = text_bytes(text)?;
    let source = source.as_deref().unwrap_or(NO_SOURCE);
    let json = py.detach(|| record_json(&Engine::new(Registry::embedded()), source, &bytes));
    from_json(py, &json)
}

/// The part of a document record that the event rows are made of.
#[derive(serde::Deserialize)]
struct ResultIn {
    source: String,
    #[serde(default)]
    segments: Vec<SegmentIn>,
}

#[derive(serde::Deserialize)]
struct SegmentIn {
    #[serde(default)]
    events: Vec<Event>,
}

/// The flat event records of a document, one per event.
///
/// These are the rows of ``depeche extract --format tsv``, with the same
/// columns in the same order: ``date``, ``source_actor``,
/// ``source_country``, ``event_type``, ``cameo``, ``plover``,
/// ``target_actor``, ``target_country``, ``location``, ``status``,
/// ``background``, ``file``, ``evidence``. Values are the fields before TSV
/// escaping (a tab stays a tab); missing values are empty strings;
/// ``background`` is a ``bool``. ``pandas.DataFrame(depeche.events(r))``
/// gives the event table of a document.
///
/// Args:
///     result: a record returned by :func:`extract`. An error record has no
///         events.
///
/// Returns:
///     A list of dicts, in the order of the segments and their events.
///
/// Raises:
///     ValueError: ``result`` is not a depeche record.
#[pyfunction]
fn events<'py>(py: Python<'py>, result: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let json: String = py
        .import("json")?
        .getattr("dumps")?
        .call1((result,))?
        .extract()?;
    let doc: ResultIn = serde_json::from_str(&json)
        .map_err(|e| PyValueError::new_err(format!("not a depeche record: {e}")))?;
    let out = PyList::empty(py);
    for event in doc.segments.iter().flat_map(|s| &s.events) {
        let row = PyDict::new(py);
        for (column, value) in tsv::COLUMNS.iter().zip(tsv::fields(&doc.source, event)) {
            if *column == "background" {
                row.set_item(column, value == "true")?;
            } else {
                row.set_item(column, value)?;
            }
        }
        out.append(row)?;
    }
    Ok(out)
}

/// The look-up record of a name, as JSON turned into Python objects.
fn name_record<'py>(
    py: Python<'py>,
    registry: &Registry,
    name: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let info = lookup::lookup(registry, name, None);
    let json = serde_json::to_string(&info)
        .map_err(|e| PyRuntimeError::new_err(format!("cannot serialize the look-up: {e}")))?;
    from_json(py, &json)
}

/// Looks a name up in the embedded registry, like ``depeche names --json``.
///
/// Args:
///     name: a person, country, organization or place name, as written.
///
/// Returns:
///     ``{"name", "key", "entity", "canonical", "kind", "country",
///     "method"}``: the name as given, its normalization key (equal keys,
///     same name), and the entity it resolves to with its canonical name,
///     kind, country (ISO 3166-1 alpha-3) and how it was resolved; the
///     entity fields are ``None`` and ``method`` is ``"unresolved"`` when
///     the name is unknown.
#[pyfunction]
fn names<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    name_record(py, Registry::embedded(), name)
}

/// Diplomatic events (visits, meetings, agreements, awards, invitations)
/// from French news dispatches, coded in CAMEO and PLOVER, with the evidence
/// and character spans of every finding.
///
/// ``extract(text)`` gives the record of one document, ``events(record)`` its
/// flat event rows, ``names(name)`` a registry look-up; ``Extractor`` adds
/// registry files and parallel extraction of many documents.
#[pymodule]
fn depeche(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(events, m)?)?;
    m.add_function(wrap_pyfunction!(names, m)?)?;
    Ok(())
}
