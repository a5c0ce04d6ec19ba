pub mod config;
pub mod crosscheck;
pub mod gen;
pub mod replay;
