//! The registry in use: the embedded one, plus the files given with
//! `--registry` and the CAMEO dictionaries given with `--actors`.

use crate::error::CliError;
use depeche_names::Registry;
use std::borrow::Cow;
use std::path::PathBuf;

/// The embedded registry extended with registry `files` and CAMEO `actors`
/// dictionaries (in order). A bad file is a usage error naming the file
/// and line.
pub fn load(files: &[PathBuf], actors: &[PathBuf]) -> Result<Cow<'static, Registry>, CliError> {
    if files.is_empty() && actors.is_empty() {
        return Ok(Cow::Borrowed(Registry::embedded()));
    }
    let mut reg = Registry::embedded().clone();
    for path in files {
        reg.load_file(path)
            .map_err(|e| CliError::Usage(format!("bad registry file: {e}")))?;
    }
    for path in actors {
        reg.load_actors_file(path)
            .map_err(|e| CliError::Usage(format!("bad actors dictionary: {e}")))?;
    }
    Ok(Cow::Owned(reg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_registry_file_is_a_usage_error_naming_it() {
        let path = std::env::temp_dir().join("depeche-no-such-registry-file.tsv");
        let err = load(std::slice::from_ref(&path), &[]).expect_err("must fail");
        assert!(matches!(err, CliError::Usage(_)));
        assert!(err
            .to_string()
            .contains("depeche-no-such-registry-file.tsv"));
    }

    #[test]
    fn no_files_is_the_embedded_registry() {
        let reg = load(&[], &[]).expect("embedded");
        assert!(matches!(reg, Cow::Borrowed(_)));
    }

    #[test]
    fn actors_dictionaries_add_entries_and_bad_ones_name_file_and_line() {
        let dir = std::env::temp_dir().join(format!("depeche-actors-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let good = dir.join("good.actors");
        std::fs::write(&good, "ZANELE_QUIMBY_MOKOENA_\n\t[ZAFGOV 150101-191231]\n").expect("write");
        let bad = dir.join("bad.actors");
        std::fs::write(&bad, "X_\n+Y_\n\t[ZAFGOV 150101\n").expect("write");
        let reg = load(&[], std::slice::from_ref(&good)).expect("good dictionary");
        let r = reg.resolve("Zanele Quimby Mokoena").expect("resolved");
        assert_eq!(r.entity.country.as_deref(), Some("ZAF"));
        let err = load(&[], &[good, bad]).expect_err("bad dictionary");
        assert!(matches!(err, CliError::Usage(_)));
        assert!(err.to_string().contains("bad.actors:3:2"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
