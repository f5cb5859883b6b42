//! The one conversion of a message body into something to read: the
//! reader draws its [`Document`], `posta show` prints its text, the search
//! index stores its words and replies quote it.
//!
//! HTML goes through html2text's rich mode (tables laid out in columns,
//! lists, quotes, `<pre>`), bounded in size ([`MAX_HTML_BYTES`]) and depth
//! ([`MAX_DEPTH`]); nothing here touches the network: remote images are
//! only named ([`ImageSource::Remote`]).

mod dom;
mod html;
mod links;
mod message;
mod model;
mod nesting;
mod plain;

pub use dom::MAX_DEPTH;
pub use html::{html, MAX_HTML_BYTES};
pub use links::{deception, safe_target};
pub use message::{message, partial_message, safe_file_name, Attachment, Rendered};
pub use model::{
    Deception, Document, ImageSource, Kind, Line, Span, Warning, OBJECT as OBJECT_TEXT,
};
pub use plain::{plain, MAX_TEXT_BYTES};

/// Columns for text read in a terminal or quoted in a reply.
pub const TEXT_WIDTH: usize = 78;

/// Columns for the window and the index: wide enough that html2text wraps
/// nothing but tables too wide for it; the window wraps the rest.
pub const WIDE: usize = 2000;

#[cfg(test)]
mod tests;
