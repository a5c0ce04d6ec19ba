//! `gatebook`: run order flow through any backend, cross-check backends, generate flows.
//!
//! Exit codes: 0 success, 1 a difference found by `crosscheck`, 2 bad usage or bad input.
//! A reader of standard output that goes away (`| head`) ends the output with success; a
//! standard output that is closed from the start (`>&-`) is an error for a command that
//! writes to it.

mod backends;
mod commands;
mod error;
mod io;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "gatebook",
    version,
    about = "Order matching and pre-trade risk: replay, cross-check and generate order flow",
    after_help = "Exit codes: 0 success, 1 a difference found by `crosscheck`, 2 bad usage or bad \
                  input. Output cut short by its reader (`| head`) is a success; a standard \
                  output closed from the start (`>&-`) is an error (2) for a command that \
                  writes to it."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run an order flow through one backend and write its reports.
    Replay(commands::replay::ReplayArgs),
    /// Run two backends on the same flow and compare their reports row by row.
    Crosscheck(commands::crosscheck::CrosscheckArgs),
    /// Write a reproducible synthetic order flow to stdout.
    Gen(commands::gen::GenArgs),
    /// Print venue configurations.
    Config(commands::config::ConfigArgs),
    /// Black-76 price and Greeks of one option, as JSON.
    Greeks(commands::greeks::GreeksArgs),
    /// Turn real exchange data (LOBSTER, ITCH 5.0, Databento MBO) into an order flow and venue.
    Import(commands::import::ImportArgs),
    /// Run the live venue: members connect over TCP, every message is journaled first.
    Serve(commands::serve::ServeArgs),
    /// Check a venue's journal, or write it out as an order flow.
    Journal(commands::journal::JournalArgs),
    /// Write a sessions file for `serve --sessions`.
    Sessions(commands::sessions::SessionsArgs),
    /// Drive a running venue with a generated flow and measure order-to-report latency.
    Load(commands::load::LoadArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Replay(args) => commands::replay::run(&args),
        Command::Crosscheck(args) => commands::crosscheck::run(&args),
        Command::Gen(args) => commands::gen::run(&args),
        Command::Config(args) => commands::config::run(&args),
        Command::Greeks(args) => commands::greeks::run(&args),
        Command::Import(args) => commands::import::run(&args),
        Command::Serve(args) => commands::serve::run(&args),
        Command::Journal(args) => commands::journal::run(&args),
        Command::Sessions(args) => commands::sessions::run(&args),
        Command::Load(args) => commands::load::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our standard output went away (`| head`): nothing more to say.
        Err(error::CliError::Io { path, error })
            if path == "<stdout>" && error.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("gatebook: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
