//! A quota in words: "3.1 GB of 5 GB", "950 of 1,000 messages"; the same
//! words in the window and on the CLI.

use super::{current_language, format_size};
use crate::t;
use posta_core::imap::{QuotaResource, QuotaUsage};

/// How much of one resource is used, of how much.
pub fn quota_amount(usage: &QuotaUsage) -> String {
    let language = current_language();
    match usage.resource {
        QuotaResource::Storage => t!(
            "quota-storage-of",
            used = format_size(usage.used, language),
            limit = format_size(usage.limit, language)
        ),
        QuotaResource::Messages => t!(
            "quota-messages-of",
            used = usage.used as f64,
            limit = usage.limit as f64
        ),
    }
}
