//! The document a message becomes: lines of styled spans, each line knowing
//! what kind of block it belongs to, and its plain-text form.

/// Where an image's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImageSource {
    /// A part of the message, by its Content-ID (without angle brackets).
    Cid(String),
    /// A `data:` URL carried in the markup.
    Data(String),
    /// An `http(s)` URL: remote content, loaded only when the user asks.
    Remote(String),
}

/// A link whose words look like an address other than where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deception {
    /// The host the words name (`bank.pl`).
    pub shown: String,
    /// The host the link really opens (`bank-pl.evil.example`).
    pub actual: String,
}

/// Words a deceptive link's warning in the reader's language.
pub type Warning<'a> = &'a dyn Fn(&Deception) -> String;

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    /// The words (an image's alternative text for an image).
    pub text: String,
    /// `<b>`, `<strong>`.
    pub bold: bool,
    /// `<i>`, `<em>`.
    pub italic: bool,
    /// `<code>` or inside `<pre>`.
    pub code: bool,
    /// `<s>`, `<del>`.
    pub strike: bool,
    /// Where the words lead: only `http`, `https` and `mailto` targets are
    /// kept, so a `javascript:` link is plain words.
    pub link: Option<String>,
    /// This span stands for an image.
    pub image: Option<ImageSource>,
    /// This span is the warning after a deceptive link.
    pub deception: Option<Deception>,
}

/// What kind of block a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A heading of this level (1–6).
    Heading(u8),
    /// Ordinary text.
    Paragraph,
    /// The first line of a list item (its spans start with the bullet or
    /// number).
    ListItem,
    /// A table row laid out in aligned columns (draw it monospaced).
    TableRow,
    /// Preformatted text (`<pre>`): spaces kept, monospaced.
    Pre,
    /// An empty line between blocks.
    Gap,
}

/// One line of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The block it belongs to.
    pub kind: Kind,
    /// How many quotes deep (0: the sender's own words).
    pub quote: u8,
    /// Indentation in list levels.
    pub indent: u8,
    /// Part of the signature (after a `-- ` line).
    pub signature: bool,
    /// Its text, in styled runs.
    pub spans: Vec<Span>,
}

impl Line {
    /// The line's words without style.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A message body, ready to draw or to print.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
    /// The input was longer than the renderer takes; its end is missing.
    pub truncated: bool,
}

impl Document {
    /// Whether the document shows any images from the network.
    pub fn has_remote_images(&self) -> bool {
        self.remote_images().next().is_some()
    }

    /// The remote image URLs, in order (duplicates kept once).
    pub fn remote_images(&self) -> impl Iterator<Item = &str> {
        let mut seen = std::collections::HashSet::new();
        self.spans().filter_map(move |span| match &span.image {
            Some(ImageSource::Remote(url)) if seen.insert(url.as_str()) => Some(url.as_str()),
            _ => None,
        })
    }

    /// Every span of every line.
    pub fn spans(&self) -> impl Iterator<Item = &Span> {
        self.lines.iter().flat_map(|line| line.spans.iter())
    }

    /// The images the message carries (`cid:` and `data:`), in order.
    pub fn carried_images(&self) -> impl Iterator<Item = &ImageSource> {
        self.spans().filter_map(|span| match &span.image {
            Some(source @ (ImageSource::Cid(_) | ImageSource::Data(_))) => Some(source),
            _ => None,
        })
    }

    /// The plain-text form: quotes as `> `, list items with their bullet,
    /// table cells separated by `│`, a link's target after its words
    /// (`words <https://…>`), a deceptive link's warning in words, images
    /// by their alternative text (`[logo]`), nothing for a tracking pixel.
    /// `warning` words a deceptive link's warning (the core has no words:
    /// `posta_i18n::deception_warning` is the reader's).
    pub fn text(&self, warning: Warning) -> String {
        self.render_text(Some(warning))
    }

    /// The words only, for the search index: no quote marks, link targets
    /// or warnings (those are in the reader's language, not the mail's).
    pub fn words(&self) -> String {
        self.render_text(None)
    }

    fn render_text(&self, annotated: Option<Warning>) -> String {
        let mut out = String::new();
        for line in &self.lines {
            let mut text = String::new();
            if let Some(warning) = annotated {
                for _ in 0..line.quote {
                    text.push_str("> ");
                }
                for _ in 0..line.indent {
                    text.push_str("   ");
                }
                push_spans(&mut text, &line.spans, warning);
            } else {
                for span in line.spans.iter().filter(|s| s.deception.is_none()) {
                    if span.text != OBJECT {
                        text.push_str(&span.text);
                    }
                }
            }
            out.push_str(text.trim_end());
            out.push('\n');
        }
        // Never more than one empty line in a row, none at either end.
        let mut tidy = String::with_capacity(out.len());
        let mut blank = 0;
        for line in out.lines() {
            if line.trim().is_empty() {
                blank += 1;
                continue;
            }
            if !tidy.is_empty() && blank > 0 {
                tidy.push('\n');
            }
            blank = 0;
            tidy.push_str(line);
            tidy.push('\n');
        }
        tidy
    }
}

/// Appends spans as plain text, each link's target after its last span.
fn push_spans(out: &mut String, spans: &[Span], warning: Warning) {
    let mut words = String::new();
    for (index, span) in spans.iter().enumerate() {
        if let Some(deception) = &span.deception {
            out.push(' ');
            out.push_str(&warning(deception));
            continue;
        }
        if span.image.is_some() {
            let alt = span.text.trim();
            if !alt.is_empty() && alt != OBJECT {
                out.push('[');
                out.push_str(alt);
                out.push(']');
            }
            continue;
        }
        out.push_str(&span.text);
        let Some(target) = &span.link else {
            continue;
        };
        words.push_str(&span.text);
        let ends = spans.get(index + 1).and_then(|next| next.link.as_ref()) != Some(target);
        if ends {
            if !same_target(&words, target) {
                out.push_str(" <");
                out.push_str(target);
                out.push('>');
            }
            words.clear();
        }
    }
}

/// The text html2text gives an image with no alternative text.
pub const OBJECT: &str = "\u{FFFC}";

/// Whether a link's words already say its target (`https://x.pl` for
/// `https://x.pl/`, `a@b.pl` for `mailto:a@b.pl`).
fn same_target(words: &str, target: &str) -> bool {
    let plain = |s: &str| {
        s.trim()
            .trim_start_matches("mailto:")
            .trim_end_matches('/')
            .to_lowercase()
    };
    plain(words) == plain(target)
}
