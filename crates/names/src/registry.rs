//! The registry of known entities (placeholder: filled in by the registry work).

use std::path::Path;

/// An error loading registry entries.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// A malformed line.
    #[error("{origin}:{line}: {message}")]
    Malformed {
        /// File name or other origin.
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("{origin}: {source}")]
    Io {
        /// File name.
        origin: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// Known entities and the index used to resolve names.
#[derive(Debug, Clone, Default)]
pub struct Registry {}

impl Registry {
    /// The embedded default registry, built once.
    pub fn embedded() -> &'static Registry {
        static R: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
        R.get_or_init(Registry::default)
    }

    /// Add entries from a registry file.
    pub fn load_file(&mut self, path: &Path) -> Result<(), RegistryError> {
        let text = std::fs::read_to_string(path).map_err(|source| RegistryError::Io {
            origin: path.display().to_string(),
            source,
        })?;
        self.load_str(&text, &path.display().to_string())
    }

    /// Add entries from registry text; `origin` names it in errors.
    pub fn load_str(&mut self, _text: &str, _origin: &str) -> Result<(), RegistryError> {
        Ok(())
    }

    /// Every mention in `text`, spans relative to `text`.
    pub fn detect(&self, _text: &str) -> Vec<crate::Mention> {
        Vec::new()
    }
}
