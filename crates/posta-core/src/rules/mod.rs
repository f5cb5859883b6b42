//! Rules that sort mail: conditions and actions, kept per account in
//! `rules.toml`, written to the server as a Sieve script over ManageSieve
//! where the server can run them (also while no Posta runs), and applied by
//! Posta itself as mail arrives where it cannot.

pub mod local;
pub mod model;
pub mod server;
pub mod sieve;
pub mod storage;

pub use model::{Action, Condition, Invalid, Rule, Vacation};
pub use storage::{AccountRules, Placement, RulesFile, SieveServer};
