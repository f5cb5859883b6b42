//! A message's MIME tree as the server's BODYSTRUCTURE describes it, and
//! which of its parts reading needs: the text, small inline images, small
//! parts of any kind; not the attachments. A tree too deep, too wide or
//! whose sizes do not add up is refused, and the message is then fetched
//! whole (bounded by its announced size) as if no BODYSTRUCTURE had come.

use async_imap::imap_proto::{BodyStructure, ContentEncoding};

/// Messages under this many bytes are fetched whole (Thunderbird's
/// `mail.imap.mime_parts_on_demand_threshold` is 30,000 too).
pub const WHOLE_BELOW: u64 = 30_000;
/// More nesting than this is not an ordinary message.
const MAX_DEPTH: usize = 12;
/// More parts than this: fetched whole (a command line stays short).
const MAX_LEAVES: usize = 96;
/// A part of any kind this small comes with the text.
const SMALL_PART: u64 = 16 * 1024;
/// An inline image (one with a Content-ID) up to this size comes with the text.
const INLINE_IMAGE: u64 = 512 * 1024;
/// All inline images together, at most.
const INLINE_IMAGES: u64 = 2 * 1024 * 1024;

/// One node of the MIME tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// `multipart/<subtype>` and its children.
    Multipart {
        /// `mixed`, `alternative`, `related`, … (lower case).
        subtype: String,
        /// Its parts, in order.
        children: Vec<Node>,
    },
    /// A part with content.
    Leaf(Leaf),
}

/// A part with content: where it is, what it is, how big.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaf {
    /// Its section number (`[2, 1]` for `2.1`).
    pub section: Vec<u32>,
    /// `type/subtype`, lower case.
    pub mime: String,
    /// Its Content-Type and Content-Disposition parameters (`name`,
    /// `filename`, `charset`), names lower case.
    pub params: Vec<(String, String)>,
    /// `inline` or `attachment` (lower case), when given.
    pub disposition: Option<String>,
    /// Its Content-ID, when given.
    pub content_id: Option<String>,
    /// Its Content-Transfer-Encoding (lower case).
    pub encoding: String,
    /// Its size on the wire (still encoded).
    pub octets: u64,
}

impl Leaf {
    /// The section as IMAP writes it (`2.1`).
    pub fn section_text(&self) -> String {
        section_text(&self.section)
    }

    /// Its size once decoded, as near as the encoding tells (base64 in
    /// 76-column lines carries 57 bytes per 78).
    pub fn decoded_estimate(&self) -> u64 {
        match self.encoding.as_str() {
            "base64" => self.octets.saturating_mul(57) / 78,
            _ => self.octets,
        }
    }

    /// Whether the part is the message's text (text/plain or text/html
    /// not given as an attachment).
    pub fn is_text(&self) -> bool {
        matches!(self.mime.as_str(), "text/plain" | "text/html")
            && self.disposition.as_deref() != Some("attachment")
    }
}

/// `[2, 1]` as `2.1`.
pub fn section_text(section: &[u32]) -> String {
    section
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

/// Why a BODYSTRUCTURE is not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// More than [`MAX_LEAVES`] parts.
    TooWide,
    /// Its parts add up to more than the message's announced size.
    SizesLie,
    /// A multipart without parts.
    Empty,
}

/// The tree of `structure`, checked against the message's announced size.
pub fn tree(structure: &BodyStructure<'_>, announced: u64) -> Result<Node, Refused> {
    let mut leaves = 0;
    let mut octets = 0;
    let node = match structure {
        BodyStructure::Multipart { .. } => node(structure, &[], 0, &mut leaves, &mut octets)?,
        // A single part is section 1.
        _ => node(structure, &[1], 0, &mut leaves, &mut octets)?,
    };
    if announced > 0 && octets > announced {
        return Err(Refused::SizesLie);
    }
    Ok(node)
}

fn node(
    structure: &BodyStructure<'_>,
    section: &[u32],
    depth: usize,
    leaves: &mut usize,
    octets: &mut u64,
) -> Result<Node, Refused> {
    if depth > MAX_DEPTH {
        return Err(Refused::TooDeep);
    }
    let (common, other) = match structure {
        BodyStructure::Multipart {
            common, bodies, ..
        } => {
            if bodies.is_empty() {
                return Err(Refused::Empty);
            }
            let mut children = Vec::with_capacity(bodies.len());
            for (index, body) in bodies.iter().enumerate() {
                let mut child = section.to_vec();
                child.push(u32::try_from(index + 1).map_err(|_| Refused::TooWide)?);
                children.push(node(body, &child, depth + 1, leaves, octets)?);
            }
            return Ok(Node::Multipart {
                subtype: common.ty.subtype.to_ascii_lowercase(),
                children,
            });
        }
        BodyStructure::Basic { common, other, .. }
        | BodyStructure::Text { common, other, .. }
        // A message/rfc822 part is one part to Posta: an attachment.
        | BodyStructure::Message { common, other, .. } => (common, other),
    };
    *leaves += 1;
    if *leaves > MAX_LEAVES {
        return Err(Refused::TooWide);
    }
    *octets = octets.saturating_add(u64::from(other.octets));
    let mut params: Vec<(String, String)> = Vec::new();
    let lists = [
        common.ty.params.as_ref(),
        common.disposition.as_ref().and_then(|d| d.params.as_ref()),
    ];
    for (name, value) in lists.into_iter().flatten().flatten() {
        params.push((name.to_ascii_lowercase(), value.to_string()));
    }
    Ok(Node::Leaf(Leaf {
        section: if section.is_empty() {
            vec![1]
        } else {
            section.to_vec()
        },
        mime: format!("{}/{}", common.ty.ty, common.ty.subtype).to_ascii_lowercase(),
        params,
        disposition: common
            .disposition
            .as_ref()
            .map(|d| d.ty.to_ascii_lowercase()),
        content_id: other.id.as_ref().map(|id| id.to_string()),
        encoding: encoding_name(&other.transfer_encoding),
        octets: u64::from(other.octets),
    }))
}

fn encoding_name(encoding: &ContentEncoding<'_>) -> String {
    match encoding {
        ContentEncoding::SevenBit => "7bit".into(),
        ContentEncoding::EightBit => "8bit".into(),
        ContentEncoding::Binary => "binary".into(),
        ContentEncoding::Base64 => "base64".into(),
        ContentEncoding::QuotedPrintable => "quoted-printable".into(),
        ContentEncoding::Other(other) => other.to_ascii_lowercase(),
    }
}

/// Every leaf of `node`, in order.
pub fn leaves(node: &Node) -> Vec<&Leaf> {
    let mut out = Vec::new();
    collect(node, &mut out);
    out
}

fn collect<'a>(node: &'a Node, out: &mut Vec<&'a Leaf>) {
    match node {
        Node::Leaf(leaf) => out.push(leaf),
        Node::Multipart { children, .. } => {
            for child in children {
                collect(child, out);
            }
        }
    }
}

/// The sections reading fetches with the text: the text parts, inline
/// images (with a Content-ID) up to [`INLINE_IMAGE`] each and
/// [`INLINE_IMAGES`] together, and any part up to [`SMALL_PART`].
/// `None`: the message is better fetched whole (a single part, or so
/// little left out that a second round trip is not worth it).
pub fn wanted(node: &Node) -> Option<Vec<Vec<u32>>> {
    let Node::Multipart { .. } = node else {
        return None;
    };
    let mut images = 0u64;
    let mut out = Vec::new();
    let mut left_out = 0u64;
    for leaf in leaves(node) {
        let inline_image = leaf.mime.starts_with("image/")
            && leaf.content_id.is_some()
            && leaf.disposition.as_deref() != Some("attachment")
            && leaf.octets <= INLINE_IMAGE
            && images + leaf.octets <= INLINE_IMAGES;
        if inline_image {
            images += leaf.octets;
        }
        if leaf.is_text() || inline_image || leaf.octets <= SMALL_PART {
            out.push(leaf.section.clone());
        } else {
            left_out += leaf.octets;
        }
    }
    (left_out >= WHOLE_BELOW).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(section: &[u32], mime: &str, octets: u64) -> Node {
        Node::Leaf(Leaf {
            section: section.to_vec(),
            mime: mime.into(),
            params: Vec::new(),
            disposition: None,
            content_id: None,
            encoding: "base64".into(),
            octets,
        })
    }

    #[test]
    fn text_and_small_parts_are_wanted_attachments_are_not() {
        let tree = Node::Multipart {
            subtype: "mixed".into(),
            children: vec![
                Node::Multipart {
                    subtype: "alternative".into(),
                    children: vec![
                        leaf(&[1, 1], "text/plain", 900_000),
                        leaf(&[1, 2], "text/html", 2_000),
                    ],
                },
                leaf(&[2], "application/pdf", 28_000_000),
                leaf(&[3], "image/png", 3_000),
            ],
        };
        assert_eq!(wanted(&tree), Some(vec![vec![1, 1], vec![1, 2], vec![3]]));
    }

    #[test]
    fn little_left_out_or_one_part_means_whole() {
        let small = Node::Multipart {
            subtype: "mixed".into(),
            children: vec![
                leaf(&[1], "text/plain", 100),
                leaf(&[2], "application/pdf", 20_000),
            ],
        };
        assert_eq!(wanted(&small), None);
        assert_eq!(wanted(&leaf(&[1], "application/pdf", 9_000_000)), None);
    }
}
