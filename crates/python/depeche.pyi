"""Diplomatic events from French news dispatches, coded in CAMEO and PLOVER.

Every record is the one the ``depeche`` command writes; ``docs/OUTPUT.md`` in
the repository describes every field.
"""

from os import PathLike
from typing import Any, Iterable, Sequence, TypedDict

__version__: str

Text = str | bytes | bytearray
Path = str | PathLike[str]

class DocumentError(TypedDict):
    """Why a document could not be processed."""

    kind: str
    message: str
    offset: int | None

class EventRow(TypedDict):
    """One event, flat: a row of ``depeche extract --format tsv``."""

    date: str
    source_actor: str
    source_country: str
    event_type: str
    cameo: str
    plover: str
    target_actor: str
    target_country: str
    location: str
    status: str
    background: bool
    file: str
    evidence: str

class NameRecord(TypedDict):
    """A registry look-up, as ``depeche names --json`` prints it."""

    name: str
    key: str
    entity: str | None
    canonical: str | None
    kind: str | None
    country: str | None
    method: str

def extract(text: Text, source: str | None = None) -> dict[str, Any]:
    """The record of one document, with the embedded registry.

    ``{"source", "segments"}``, or ``{"source", "error"}`` (a
    :class:`DocumentError`) when the text cannot be processed. ``source``
    defaults to ``"-"``. Raises ``TypeError`` when ``text`` is not str or bytes.
    """

def events(result: dict[str, Any]) -> list[EventRow]:
    """The flat event rows of a record returned by :func:`extract`.

    Raises ``ValueError`` when ``result`` is not a depeche record.
    """

def names(name: str) -> NameRecord:
    """Looks a name up in the embedded registry."""

class Extractor:
    """An extractor with the embedded registry plus registry files and CAMEO
    ``.actors`` dictionaries (loaded in that order, as ``--registry`` and
    ``--actors`` do). A missing file raises ``FileNotFoundError``, a
    malformed one ``ValueError`` naming the file and line.
    """

    def __init__(self, registry: Sequence[Path] = ..., actors: Sequence[Path] = ...) -> None: ...
    def extract(self, text: Text, source: str | None = None) -> dict[str, Any]:
        """The record of one document; see :func:`depeche.extract`."""
    def extract_many(
        self,
        texts: Iterable[Text],
        jobs: int | None = None,
        sources: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """The records of many documents, in input order, on ``jobs`` threads
        (all cores when ``None``), without the GIL."""
    def names(self, name: str) -> NameRecord:
        """Looks a name up in this extractor's registry."""
