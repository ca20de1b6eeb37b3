//! The registry in use: the embedded one, plus the files given with `--registry`.

use crate::error::CliError;
use depeche_names::Registry;
use std::borrow::Cow;
use std::path::PathBuf;

/// The embedded registry extended with `files` (in order). A bad file is a
/// usage error naming the file and line.
pub fn load(files: &[PathBuf]) -> Result<Cow<'static, Registry>, CliError> {
    if files.is_empty() {
        return Ok(Cow::Borrowed(Registry::embedded()));
    }
    let mut reg = Registry::embedded().clone();
    for path in files {
        reg.load_file(path)
            .map_err(|e| CliError::Usage(format!("bad registry file: {e}")))?;
    }
    Ok(Cow::Owned(reg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_registry_file_is_a_usage_error_naming_it() {
        let path = std::env::temp_dir().join("depeche-no-such-registry-file.tsv");
        let err = load(std::slice::from_ref(&path)).expect_err("must fail");
        assert!(matches!(err, CliError::Usage(_)));
        assert!(err
            .to_string()
            .contains("depeche-no-such-registry-file.tsv"));
    }

    #[test]
    fn no_files_is_the_embedded_registry() {
        let reg = load(&[]).expect("embedded");
        assert!(matches!(reg, Cow::Borrowed(_)));
    }
}
