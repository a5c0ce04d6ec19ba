pub mod config;
pub mod crosscheck;
pub mod gen;
pub mod greeks;
pub mod import;
pub mod replay;
