//! Builds the embedded registry from `data/` once, at compile time, and
//! writes its image to `OUT_DIR/registry.bin` for the library to read (see
//! `src/prebuilt.rs`). The registry is built by the library's own modules,
//! included below by path, so the keys in the image are made by exactly
//! the code that makes the keys of the names looked up at run time.

#![forbid(unsafe_code)]

// Only what building the registry needs; the rest of each module (matching,
// detection helpers) is unused here.
#[allow(dead_code, unused_imports)]
#[path = "src/entities.rs"]
mod entities;
#[allow(dead_code, unused_imports)]
#[path = "src/entity.rs"]
mod entity;
#[allow(dead_code, unused_imports)]
#[path = "src/fold.rs"]
mod fold;
#[allow(dead_code, unused_imports)]
#[path = "src/fuzzy.rs"]
mod fuzzy;
#[allow(dead_code, unused_imports)]
#[path = "src/hash.rs"]
mod hash;
#[allow(dead_code, unused_imports)]
#[path = "src/index.rs"]
mod index;
#[allow(dead_code, unused_imports)]
#[path = "src/key.rs"]
mod key;
#[allow(dead_code, unused_imports)]
#[path = "src/memo.rs"]
mod memo;
#[allow(dead_code, unused_imports)]
#[path = "src/mention.rs"]
mod mention;
#[allow(dead_code, unused_imports)]
#[path = "src/pieces.rs"]
mod pieces;
#[allow(dead_code, unused_imports)]
#[path = "src/prebuilt.rs"]
mod prebuilt;
#[allow(dead_code, unused_imports)]
#[path = "src/registry.rs"]
mod registry;
#[allow(dead_code, unused_imports)]
#[path = "src/titles.rs"]
mod titles;
#[allow(dead_code, unused_imports)]
#[path = "src/translit.rs"]
mod translit;
#[allow(dead_code, unused_imports)]
#[path = "src/view.rs"]
mod view;

#[allow(dead_code, unused_imports)]
#[path = "src/view_build.rs"]
mod view_build;

#[allow(dead_code, unused_imports)]
#[path = "src/view_bytes.rs"]
mod view_bytes;

#[allow(dead_code, unused_imports)]
#[path = "src/words.rs"]
mod words;

use std::path::PathBuf;

fn main() {
    for watched in ["build.rs", "src", "data"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    // A malformed data file stops the build, naming file and line.
    let registry = match registry::Registry::try_build_embedded() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error in the embedded registry data: {e}");
            std::process::exit(1);
        }
    };
    let image = prebuilt::encode(&registry);
    let dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    for (name, bytes) in [
        ("registry.pool", image.pool.as_bytes()),
        ("registry.bin", image.body.as_slice()),
    ] {
        let out = dir.join(name);
        if let Err(e) = std::fs::write(&out, bytes) {
            eprintln!("cannot write {}: {e}", out.display());
            std::process::exit(1);
        }
    }
}
