//! Turning command-line paths into a lazy, ordered stream of documents.
//!
//! Folders are walked depth-first with each folder's entries sorted by name,
//! which is the order of `Path` comparison: the output order is the order of
//! the sorted paths. Only one folder listing per level is held at a time, so
//! memory does not grow with the corpus.

use crate::glob::Glob;
use depeche_output::DocError;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The error record of an input that cannot be read.
fn io_error(path: &Path, e: &std::io::Error) -> DocError {
    let kind = match e.kind() {
        std::io::ErrorKind::NotFound => "not_found",
        std::io::ErrorKind::PermissionDenied => "permission_denied",
        _ => "io",
    };
    DocError {
        kind: kind.to_string(),
        message: format!("cannot read {}: {e}", path.display()),
        offset: None,
    }
}

/// One document to process.
#[derive(Debug)]
pub enum Job {
    /// Standard input (`-`).
    Stdin,
    /// A file; `source` is the path as given or joined to its folder.
    File {
        /// The path as written in the output.
        source: String,
        /// Where to read it.
        path: PathBuf,
    },
    /// Bytes already in memory (generated corpora).
    Bytes {
        /// The name written in the output.
        source: String,
        /// The document.
        bytes: Vec<u8>,
    },
    /// An input that failed before reading (a missing path, an unreadable folder).
    Failed {
        /// The path as given.
        source: String,
        /// What went wrong.
        error: DocError,
    },
}

impl Job {
    /// The `source` field of the output record.
    pub fn source(&self) -> &str {
        match self {
            Job::Stdin => "-",
            Job::File { source, .. } | Job::Bytes { source, .. } | Job::Failed { source, .. } => {
                source
            }
        }
    }

    /// The length of a regular file's contents, known without reading
    /// them; `None` for other jobs (standard input, a pipe named as a path).
    pub fn file_len(&self) -> Option<usize> {
        match self {
            Job::File { path, .. } => fs::metadata(path)
                .ok()
                .filter(fs::Metadata::is_file)
                .and_then(|m| usize::try_from(m.len()).ok()),
            _ => None,
        }
    }

    /// Reads the document's bytes.
    pub fn load(self) -> Result<Vec<u8>, DocError> {
        match self {
            Job::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut buf)
                    .map(|_| buf)
                    .map_err(|e| io_error(Path::new("standard input"), &e))
            }
            Job::File { path, .. } => fs::read(&path).map_err(|e| io_error(&path, &e)),
            Job::Bytes { bytes, .. } => Ok(bytes),
            Job::Failed { error, .. } => Err(error),
        }
    }
}

/// The documents named by command-line paths, in order.
#[derive(Debug)]
pub struct Inputs {
    args: std::collections::VecDeque<PathBuf>,
    /// Listings of the folders being walked, innermost last.
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    glob: Glob,
}

impl Inputs {
    /// The documents of `paths`; files in folders are kept when their name
    /// matches `glob`. Files named explicitly are always kept.
    pub fn new(paths: &[PathBuf], glob: Glob) -> Inputs {
        Inputs {
            args: paths.iter().cloned().collect(),
            stack: Vec::new(),
            glob,
        }
    }

    /// Lists a folder, sorted by entry name. A failure is the folder's error record.
    fn push_dir(&mut self, dir: &Path) -> Result<(), Job> {
        let failed = |e: &std::io::Error| Job::Failed {
            source: dir.display().to_string(),
            error: io_error(dir, e),
        };
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(|e| failed(&e))? {
            entries.push(entry.map_err(|e| failed(&e))?.path());
        }
        entries.sort();
        self.stack.push(entries.into_iter());
        Ok(())
    }

    fn job_for_entry(&mut self, path: PathBuf) -> Option<Job> {
        // Symlinked folders are not followed: they can make cycles.
        let meta = match fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => fs::metadata(&path).ok().filter(|m| m.is_file()),
            Ok(m) => Some(m),
            Err(e) => {
                return Some(Job::Failed {
                    source: path.display().to_string(),
                    error: io_error(&path, &e),
                })
            }
        }?;
        if meta.is_dir() {
            return self.push_dir(&path).err();
        }
        let name = path.file_name()?.to_string_lossy();
        if meta.is_file() && self.glob.matches(&name) {
            return Some(Job::File {
                source: path.display().to_string(),
                path,
            });
        }
        None
    }

    fn job_for_arg(&mut self, path: PathBuf) -> Option<Job> {
        if path.as_os_str() == "-" {
            return Some(Job::Stdin);
        }
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => self.push_dir(&path).err(),
            Ok(_) => Some(Job::File {
                source: path.display().to_string(),
                path,
            }),
            Err(e) => Some(Job::Failed {
                source: path.display().to_string(),
                error: io_error(&path, &e),
            }),
        }
    }
}

impl Iterator for Inputs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some(listing) = self.stack.last_mut() {
                match listing.next() {
                    Some(path) => {
                        if let Some(job) = self.job_for_entry(path) {
                            return Some(job);
                        }
                    }
                    None => {
                        self.stack.pop();
                    }
                }
                continue;
            }
            let arg = self.args.pop_front()?;
            if let Some(job) = self.job_for_arg(arg) {
                return Some(job);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glob::Glob;

    fn temp_dir(tag: &str) -> PathBuf {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "depeche-inputs-{tag}-{}-{nanos}",
            std::process::id()
        ));
        fs::create_dir_all(&dir).expect("create temp dir");
        dir
    }

    fn sources(paths: &[PathBuf], glob: &str) -> Vec<String> {
        Inputs::new(paths, Glob::new(glob).expect("glob"))
            .map(|j| match &j {
                Job::Failed { error, .. } => format!("ERR {} {}", error.kind, j.source()),
                _ => j.source().to_string(),
            })
            .collect()
    }

    #[test]
    fn folders_are_walked_in_path_order_with_the_glob() {
        let dir = temp_dir("walk");
        fs::create_dir_all(dir.join("b/inner")).expect("mkdir");
        for f in [
            "c.txt",
            "a.txt",
            "skip.md",
            "b/inner/z.txt",
            "b/y.txt",
            "b.txt",
        ] {
            fs::write(dir.join(f), "x").expect("write");
        }
        let got = sources(std::slice::from_ref(&dir), "*.txt");
        let rel: Vec<String> = got
            .iter()
            .map(|s| {
                s.strip_prefix(&dir.display().to_string())
                    .unwrap_or(s)
                    .to_string()
            })
            .collect();
        let sep = std::path::MAIN_SEPARATOR;
        assert_eq!(
            rel,
            vec![
                format!("{sep}a.txt"),
                format!("{sep}b{sep}inner{sep}z.txt"),
                format!("{sep}b{sep}y.txt"),
                format!("{sep}b.txt"),
                format!("{sep}c.txt"),
            ]
        );
        let md = sources(std::slice::from_ref(&dir), "*.md");
        assert_eq!(md.len(), 1);
        fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn explicit_files_ignore_the_glob_and_missing_paths_fail() {
        let dir = temp_dir("explicit");
        let f = dir.join("notes.md");
        fs::write(&f, "x").expect("write");
        let missing = dir.join("nope.txt");
        let got = sources(&[f.clone(), missing.clone(), PathBuf::from("-")], "*.txt");
        assert_eq!(
            got,
            vec![
                f.display().to_string(),
                format!("ERR not_found {}", missing.display()),
                "-".to_string()
            ]
        );
        fs::remove_dir_all(&dir).ok();
    }
}
