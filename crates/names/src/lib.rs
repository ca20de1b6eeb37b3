//! Names in French news dispatches: normalization keys, an embedded
//! registry of known entities, and mention detection with exact spans.
//!
//! - [`key()`] maps a name to a key under which its spellings meet: case,
//!   diacritics and Vietnamese tones, hyphens, apostrophes and spacing are
//!   folded ([`fold()`]), French, English and German transliterations of
//!   Russian, Kazakh and other Turkic, Persian and Arabic names are brought
//!   together by a rule table (`data/translit.tsv`: ou/u, tch/ch, ch/sh,
//!   kh/h, dj/j, zh/j, q/k, ï/y/i, -ïev/-yev/-ev, -enka/-enko …), háček
//!   letters are spelt out (`Lukašenka` / `Lukashenka`), Arabic articles
//!   left out (`al-Sissi` / `Sisi`), and word order is free.
//!   `Alexandre Loukachenko` and `Alexander Lukashenko` share a key;
//!   `Niger` and `Nigeria`, `Ilham Aliyev` and `Heydar Aliyev` do not.
//! - [`Registry`] holds the known entities: the embedded default (every UN
//!   member state with its French and English names, demonyms and capital,
//!   and the people, bodies, places and sites dispatches talk about) plus
//!   entries users load from their own files. [`Registry::resolve`] tells
//!   which entity a name is and how it was matched ([`Method`]).
//! - [`Registry::detect`] finds the [`Mention`]s in a text: registry names
//!   as written or folded, demonyms (`la délégation vietnamienne` → VNM),
//!   reordered names (`Karin Erlan`), initials (`A. Bakayev`), surnames alone
//!   (`Loukachenko`), words glued by lost line breaks (`NursultanNazarbayev`,
//!   `duVietnam`), near-miss spellings of long names (`Kazakhtan`), names the
//!   registry lacks (method `unresolved`, still with a key), the title in
//!   front of a person (`le président kazakh …`), and sites named after
//!   people (`l'aéroport international Noursoultan-Nazarbaïev` is a
//!   facility). [`Titles::detect`] finds titles on their own, with the
//!   country of their demonym or complement.
//! - [`Registry::look_up`] takes a name as it is written, with its title
//!   and honorifics (`le président algérien Tebboune`, `M. Xi`, `H.E. Aigul
//!   Kuspan`, `Senate Speaker Maulen Ashimbayev`): it sets them aside,
//!   reports the title and its country ([`Lookup`]), and resolves the rest,
//!   the title's country and role (and the dispatch's year, with
//!   [`Registry::look_up_at`]) picking among persons sharing a surname.
//!   Patronymics (`Sergueï Viktorovitch Lavrov`, `Ilham Heydər oğlu
//!   Əliyev`) and names given in part (`Sassou Nguesso`) resolve too.
//! - [`cameo`] reads CAMEO actor and agent dictionaries (TABARI/PETRARCH
//!   format); [`Registry::load_actors_str`] adds one to a registry.
//!
//! ```
//! use depeche_names::{key, EntityKind, Method, Registry};
//!
//! assert_eq!(key("Kassym-Jomart Tokaïev"), key("Kassym Jomart Tokayev"));
//!
//! let registry = Registry::embedded();
//! let text = "Le président kazakh Kassym-Jomart Tokaïev a reçu son homologue, \
//!             puis le conseiller d'État Karin Erlan.";
//! let mentions = registry.detect(text);
//! let tokayev = &mentions[1];
//! assert_eq!(&text[tokayev.span.start..tokayev.span.end], "Kassym-Jomart Tokaïev");
//! assert_eq!(tokayev.entity.as_deref(), Some("kassym-jomart-tokayev"));
//! assert_eq!(tokayev.title.as_deref(), Some("président"));
//! assert_eq!(tokayev.country.as_deref(), Some("KAZ"));
//! let karin = mentions.iter().find(|m| m.text == "Karin Erlan").unwrap();
//! assert_eq!((karin.kind, karin.method), (EntityKind::Person, Method::Reordered));
//! ```
//!
//! # Adding your own entries
//!
//! Load a registry file into a copy of the embedded registry (or into
//! [`Registry::empty`]):
//!
//! ```
//! use depeche_names::Registry;
//!
//! let mut registry = Registry::embedded().clone();
//! registry.load_str(
//!     "# my people\n\
//!      id\tkind\tname\tcountry\taliases\troles\n\
//!      aigerim-sadykova\tperson\tAigerim Sadykova\tKAZ\tAïguerim Sadykova\tambassadrice (2024-)\n",
//!     "my-people.tsv",
//! )?;
//! let m = &registry.detect("L'ambassadrice Aïguerim Sadykova est arrivée.")[0];
//! assert_eq!(m.entity.as_deref(), Some("aigerim-sadykova"));
//! # Ok::<(), depeche_names::RegistryError>(())
//! ```
//!
//! The format is shared by the embedded data and users' files: UTF-8,
//! tab-separated; lines starting with `#` are comments and blank lines are
//! ignored; the first other line is a header naming the columns, in any
//! order. Unknown columns are an error. Columns:
//!
//! | column | what |
//! | --- | --- |
//! | `id` (required) | ISO 3166-1 alpha-3 for countries (`VNM`); a slug of the usual English name for persons (`to-lam`); `org:`, `place:` or `facility:` + slug otherwise |
//! | `kind` (required) | `person`, `country`, `place`, `organization` or `facility` |
//! | `name` (required) | the canonical name (`Tô Lâm`, `Kazakhstan`) |
//! | `country` | alpha-3 of the country the entity belongs to or represents |
//! | `aliases` | other names and spellings, `|`-separated (no surname alone: surnames are indexed by the engine) |
//! | `demonyms` | countries only: `kazakh|kazakhe|kazakhs|kazakhes|Kazakh` |
//! | `capital` | countries only: the capital's names, French first; a place entity is made from it |
//! | `roles` | roles, each with an optional year range: `président (2019-)` |
//!
//! An entry whose id is already known is merged into it: a new name
//! (the old one becomes an alias), country, and extra aliases, demonyms,
//! capitals and roles. A malformed line is a [`RegistryError::Malformed`]
//! naming the origin and line, and leaves the registry as it was. Titles
//! are added the same way with [`Registry::load_titles_str`], in the format
//! of `data/titles.tsv` (columns `title`, `role`, `person`).
//!
//! # Guarantees
//!
//! - [`key()`] and [`fold()`] are pure functions of their input. Keys are
//!   idempotent (`key(&key(x)) == key(x)`) and do not change with case,
//!   diacritics, Vietnamese tones or the amount and kind of whitespace.
//! - Detection and resolution never panic, whatever the input.
//! - Every [`Mention::span`] and [`TitleMatch::span`] is a byte range of the
//!   text given to detection, on char boundaries, and `text` is exactly that
//!   slice; mentions come sorted and never overlap.
//! - Resolution never merges look-alike entities of the registry: a
//!   near-miss spelling resolves only when exactly one entity is one edit
//!   away, for names of 7 letters or more; `Niger` is never `Nigeria`,
//!   `Guinée` never `Guinée-Bissau`, `Autriche` never `Australie`.
//! - Detection is linear in the text: each word costs a bounded number of
//!   lookups. [`Registry::embedded`] is read once per process from an
//!   image made at compile time (below); the detection matchers and the
//!   near-miss index are built on first use.
//! - The keys of the embedded registry are made by the same code as the
//!   keys of the names looked up: the build script compiles the library's
//!   own `fold`, `key`, `translit`, `index` and `registry` source files
//!   (included by path, not copied) to make them, and a unit test checks
//!   that the image reads back as the registry the data files make.
//!
//! # The embedded registry
//!
//! Building the registry from `data/*.tsv` (parsing the rows, folding every
//! name, transliterating every word into its key) takes tens of
//! milliseconds, several times what looking one name up should cost. So
//! `build.rs` builds it once, when the crate is compiled, with the
//! library's own modules, and writes a compact image of it (entities,
//! folded-name patterns, key and surname tables; every string once, in one
//! pool) to the build's output folder; the library embeds that image and
//! reads it on first use of [`Registry::embedded`], the tables borrowing
//! their strings from it. A data file that does not parse stops the build
//! with its file and line. Registries extended at run time
//! ([`Registry::load_str`], [`Registry::load_actors_str`]) are rebuilt from
//! their entities as before; [`Registry::build_embedded`] still builds the
//! embedded registry from the data files.
//! - [`Registry`] is `Send + Sync`; clone it to add entries.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod cameo;
mod complement;
mod detect;
mod embedded;
mod entities;
pub mod entity;
mod fold;
mod forms;
mod fuzzy;
mod hash;
mod holders;
mod index;
mod initials;
pub mod key;
mod lexicon;
mod memo;
pub mod mention;
mod partial;
mod patronymic;
mod pieces;
// Its writing half is used by the build script and by tests.
#[cfg_attr(not(test), allow(dead_code))]
mod prebuilt;
pub mod registry;
pub mod resolve;
mod scan;
pub mod titled;
pub mod titles;
mod translit;
mod view;
mod view_build;
mod view_bytes;
mod words;

pub use entity::Entity;
pub use fold::fold;
pub use key::key;
pub use memo::shared;
pub use mention::{EntityKind, Mention, Method};
pub use registry::{Registry, RegistryError};
pub use resolve::Resolution;
pub use titled::Lookup;
pub use titles::{TitleEntry, TitleMatch, Titles};
