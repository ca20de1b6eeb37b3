//! Exit statuses and the errors that end a command early.

use std::io;

/// The process exit status, as documented in `depeche --help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Every document was processed.
    Ok = 0,
    /// At least one document failed (its error record is in the output).
    Failed = 1,
    /// Bad command line, unreadable registry or gold file.
    Usage = 2,
}

impl Exit {
    /// `Failed` when any document failed, else `Ok`.
    pub fn from_failures(failures: usize) -> Exit {
        if failures == 0 {
            Exit::Ok
        } else {
            Exit::Failed
        }
    }
}

/// An error that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The command line or a file it names (registry, gold) is unusable.
    #[error("{0}")]
    Usage(String),
    /// Writing the output failed.
    #[error("cannot write output: {0}")]
    Output(io::Error),
    /// The reader of our output went away (`depeche extract … | head`):
    /// not an error worth reporting.
    #[error("broken pipe")]
    BrokenPipe,
}

impl CliError {
    /// The exit status for this error.
    pub fn exit(&self) -> Exit {
        match self {
            CliError::Usage(_) => Exit::Usage,
            CliError::Output(_) => Exit::Failed,
            CliError::BrokenPipe => Exit::Ok,
        }
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Output(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_pipe_is_quiet_success() {
        let e = CliError::from(io::Error::new(io::ErrorKind::BrokenPipe, "x"));
        assert!(matches!(e, CliError::BrokenPipe));
        assert_eq!(e.exit(), Exit::Ok);
        let e = CliError::from(io::Error::other("disk full"));
        assert_eq!(e.exit(), Exit::Failed);
        assert_eq!(CliError::Usage("bad".into()).exit(), Exit::Usage);
    }

    #[test]
    fn failures_decide_status() {
        assert_eq!(Exit::from_failures(0), Exit::Ok);
        assert_eq!(Exit::from_failures(3), Exit::Failed);
        assert_eq!(Exit::Usage as i32, 2);
    }
}
