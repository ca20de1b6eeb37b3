//! `depeche`: French diplomatic dispatches → coded events, from the command line.
//!
//! Subcommands: `extract` (JSON Lines, TSV or PLOVER-style records), `eval`
//! (scores against a gold file), `names` (normalization keys and registry
//! look-up) and `bench` (throughput and peak memory). Run `depeche --help`.

#![forbid(unsafe_code)]

mod args;
mod bench;
mod error;
mod eval;
mod extract_cmd;
mod fold;
mod glob;
mod inputs;
mod names_cmd;
mod output;
mod pipeline;
mod progress;
mod registry;

use args::{Cli, Command};
use clap::Parser;
use error::{CliError, Exit};

/// The extraction allocates and frees many small strings and vectors per
/// document (tokens, candidates, actors); mimalloc's thread-local free
/// lists serve them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract_cmd::run(&a),
        Command::Eval(a) => eval::run(&a),
        Command::Names(a) => names_cmd::run(&a),
        Command::Bench(a) => bench::run(&a),
    };
    let code = match result {
        Ok(exit) => exit,
        Err(CliError::BrokenPipe) => Exit::Ok,
        Err(e) => {
            eprintln!("depeche: {e}");
            e.exit()
        }
    };
    std::process::exit(code as i32);
}
