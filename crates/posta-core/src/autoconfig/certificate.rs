//! Who a certificate names and when it is valid, read straight from its DER
//! (RFC 5280) so the wizard can show more than a fingerprint before the user
//! decides to trust it. Only the few fields shown are decoded; anything
//! unexpected gives `None`, never a panic.

/// What the wizard shows about a certificate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CertificateInfo {
    /// The subject's common name (or organisation), e.g. `mail.example.pl`.
    pub subject: String,
    /// The issuer's common name and organisation, e.g. `R3, Let's Encrypt`.
    pub issuer: String,
    /// First day of validity (year, month, day), UTC.
    pub not_before: Option<(i32, u32, u32)>,
    /// Last day of validity (year, month, day), UTC.
    pub not_after: Option<(i32, u32, u32)>,
    /// True when subject and issuer are the same name.
    pub self_signed: bool,
}

/// A DER element: its tag and content.
struct Element<'a> {
    tag: u8,
    content: &'a [u8],
}

/// Reads one element from the front of `data`; returns it and the rest.
fn element(data: &[u8]) -> Option<(Element<'_>, &[u8])> {
    let (&tag, rest) = data.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let count = (first & 0x7f) as usize;
        if count == 0 || count > 4 || rest.len() < count {
            return None;
        }
        let len = rest[..count]
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | *b as usize);
        (len, &rest[count..])
    };
    if rest.len() < len {
        return None;
    }
    Some((
        Element {
            tag,
            content: &rest[..len],
        },
        &rest[len..],
    ))
}

/// Every element inside a constructed element's content.
fn elements(mut data: &[u8]) -> Option<Vec<Element<'_>>> {
    let mut out = Vec::new();
    while !data.is_empty() {
        let (el, rest) = element(data)?;
        out.push(el);
        data = rest;
    }
    Some(out)
}

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const OID_COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
const OID_ORGANIZATION: &[u8] = &[0x55, 0x04, 0x0a];

/// Reads the DER of an X.509 certificate.
pub fn parse(der: &[u8]) -> Option<CertificateInfo> {
    let (cert, _) = element(der)?;
    if cert.tag != SEQUENCE {
        return None;
    }
    let (tbs, _) = element(cert.content)?;
    let mut fields = elements(tbs.content)?.into_iter().peekable();
    // [0] EXPLICIT version, optional.
    if fields.peek().is_some_and(|f| f.tag == 0xa0) {
        fields.next();
    }
    let _serial = fields.next()?;
    let _signature = fields.next()?;
    let issuer = fields.next()?;
    let validity = fields.next()?;
    let subject = fields.next()?;
    let times = elements(validity.content)?;
    let issuer_name = name(issuer.content)?;
    let subject_name = name(subject.content)?;
    Some(CertificateInfo {
        self_signed: issuer.content == subject.content,
        subject: subject_name,
        issuer: issuer_name,
        not_before: times.first().and_then(time),
        not_after: times.get(1).and_then(time),
    })
}

/// A Name as "CN, O" (whichever are present).
fn name(content: &[u8]) -> Option<String> {
    let mut common = None;
    let mut organization = None;
    for rdn in elements(content)? {
        if rdn.tag != SET {
            continue;
        }
        for attribute in elements(rdn.content)? {
            let parts = elements(attribute.content)?;
            let (Some(oid), Some(value)) = (parts.first(), parts.get(1)) else {
                continue;
            };
            let text = string(value);
            if oid.content == OID_COMMON_NAME {
                common = common.or(text);
            } else if oid.content == OID_ORGANIZATION {
                organization = organization.or(text);
            }
        }
    }
    let parts: Vec<String> = [common, organization].into_iter().flatten().collect();
    Some(parts.join(", "))
}

/// A directory string's text.
fn string(el: &Element<'_>) -> Option<String> {
    match el.tag {
        // UTF8String, PrintableString, IA5String, TeletexString (treated as
        // Latin-1 by everyone in practice; ASCII in any real certificate).
        0x0c | 0x13 | 0x16 => std::str::from_utf8(el.content).ok().map(str::to_owned),
        0x14 => Some(el.content.iter().map(|b| *b as char).collect()),
        // BMPString: UTF-16BE.
        0x1e => {
            let units: Vec<u16> = el
                .content
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        _ => None,
    }
}

/// UTCTime (`YYMMDD…`) or GeneralizedTime (`YYYYMMDD…`) as a date.
fn time(el: &Element<'_>) -> Option<(i32, u32, u32)> {
    let text = std::str::from_utf8(el.content).ok()?;
    let digits = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    let (year, rest) = match el.tag {
        0x17 => {
            let yy = digits(0..2)? as i32;
            // RFC 5280 §4.1.2.5.1: 50–99 are 19xx, 00–49 are 20xx.
            (if yy >= 50 { 1900 + yy } else { 2000 + yy }, 2)
        }
        0x18 => (digits(0..4)? as i32, 4),
        _ => return None,
    };
    let month = digits(rest..rest + 2)?;
    let day = digits(rest + 2..rest + 4)?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a DER element (short or long length form).
    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        if content.len() < 0x80 {
            out.push(content.len() as u8);
        } else {
            out.push(0x82);
            out.extend_from_slice(&(content.len() as u16).to_be_bytes());
        }
        out.extend_from_slice(content);
        out
    }

    fn rdn(oid: &[u8], tag: u8, value: &str) -> Vec<u8> {
        let attribute = [tlv(0x06, oid), tlv(tag, value.as_bytes())].concat();
        tlv(SET, &tlv(SEQUENCE, &attribute))
    }

    fn certificate(issuer: &[u8], subject: &[u8]) -> Vec<u8> {
        let validity = [tlv(0x17, b"250101000000Z"), tlv(0x18, b"20351231235959Z")].concat();
        let tbs = [
            tlv(0xa0, &tlv(0x02, &[2])),
            tlv(0x02, &[0x01, 0x02]),
            tlv(SEQUENCE, &tlv(0x06, &[0x2a, 0x86, 0x48])),
            tlv(SEQUENCE, issuer),
            tlv(SEQUENCE, &validity),
            tlv(SEQUENCE, subject),
            tlv(SEQUENCE, &[0u8; 150]),
        ]
        .concat();
        tlv(
            SEQUENCE,
            &[tlv(SEQUENCE, &tbs), tlv(SEQUENCE, &[]), tlv(0x03, &[0])].concat(),
        )
    }

    #[test]
    fn reads_names_and_validity() {
        let issuer = [
            rdn(OID_ORGANIZATION, 0x13, "Poczta Test"),
            rdn(OID_COMMON_NAME, 0x0c, "Test CA"),
        ]
        .concat();
        let subject = rdn(OID_COMMON_NAME, 0x0c, "mail.przykład.pl");
        let info = parse(&certificate(&issuer, &subject)).expect("parses");
        assert_eq!(info.issuer, "Test CA, Poczta Test");
        assert_eq!(info.subject, "mail.przykład.pl");
        assert_eq!(info.not_before, Some((2025, 1, 1)));
        assert_eq!(info.not_after, Some((2035, 12, 31)));
        assert!(!info.self_signed);
        let same = parse(&certificate(&subject, &subject)).unwrap();
        assert!(same.self_signed);
    }

    #[test]
    fn garbage_gives_none() {
        assert_eq!(parse(&[]), None);
        assert_eq!(parse(&[0x30, 0x82, 0xff]), None);
        assert_eq!(parse(b"not a certificate at all"), None);
        let cert = certificate(
            &rdn(OID_COMMON_NAME, 0x0c, "a"),
            &rdn(OID_COMMON_NAME, 0x0c, "b"),
        );
        for cut in [1, 10, cert.len() / 2] {
            assert_eq!(parse(&cert[..cut]), None, "cut at {cut}");
        }
    }
}
