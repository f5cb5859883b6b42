//! RFC 6186 (and RFC 8314's `_submissions`): the domain's DNS says where
//! its IMAP, POP3 and submission servers are. A target of `.` means the
//! service is deliberately not offered.

use super::dns::{Dns, SrvRecord};
use super::error::AutoconfigError;
use super::server::{rank_incoming, rank_outgoing, Address, IncomingServer, OutgoingServer};
use super::{Detection, Source};
use crate::net::Security;
use crate::protocol::Protocol;

/// The services asked for: (SRV label, protocol or `None` for submission,
/// security).
const SERVICES: [(&str, Option<Protocol>, Security); 6] = [
    ("_imaps._tcp", Some(Protocol::Imap), Security::Tls),
    ("_imap._tcp", Some(Protocol::Imap), Security::StartTls),
    ("_pop3s._tcp", Some(Protocol::Pop3), Security::Tls),
    ("_pop3._tcp", Some(Protocol::Pop3), Security::StartTls),
    ("_submissions._tcp", None, Security::Tls),
    ("_submission._tcp", None, Security::StartTls),
];

/// The best usable record: lowest priority, then highest weight.
fn best(mut records: Vec<SrvRecord>) -> Option<SrvRecord> {
    records.sort_by_key(|r| (r.priority, std::cmp::Reverse(r.weight)));
    records
        .into_iter()
        .next()
        .filter(|r| r.target != "." && r.port != 0)
}

/// Looks up every service; finds something when an incoming one exists.
pub async fn lookup(address: &Address, dns: &dyn Dns) -> Result<Detection, AutoconfigError> {
    let queries = SERVICES
        .iter()
        .map(|(label, protocol, security)| async move {
            let name = format!("{label}.{}", address.domain);
            let record = dns.srv(&name).await.ok().and_then(best);
            record.map(|r| (*protocol, *security, r))
        });
    let answers = futures::future::join_all(queries).await;
    let mut incoming = Vec::new();
    let mut outgoing = Vec::new();
    // RFC 6186 says nothing of the login name; the whole address is what
    // most servers that publish SRV records expect.
    let user = address.email.clone();
    for (protocol, security, record) in answers.into_iter().flatten() {
        match protocol {
            Some(protocol) => incoming.push(IncomingServer {
                protocol,
                host: record.target,
                port: record.port,
                security,
                user: user.clone(),
                authentication: Vec::new(),
                leave_on_server: None,
            }),
            None => outgoing.push(OutgoingServer {
                host: record.target,
                port: record.port,
                security,
                user: user.clone(),
                authentication: Vec::new(),
            }),
        }
    }
    if incoming.is_empty() {
        return Err(AutoconfigError::NotFound);
    }
    rank_incoming(&mut incoming);
    rank_outgoing(&mut outgoing);
    Ok(Detection {
        source: Source::Srv,
        provider_name: None,
        incoming,
        outgoing,
        hint: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::autoconfig::dns::StaticDns;

    fn record(priority: u16, weight: u16, port: u16, target: &str) -> SrvRecord {
        SrvRecord {
            priority,
            weight,
            port,
            target: target.into(),
        }
    }

    #[tokio::test]
    async fn srv_records_become_servers_and_dot_means_none() {
        let mut dns = StaticDns::default();
        dns.srv.insert(
            "_imaps._tcp.example.sk".into(),
            vec![
                record(10, 0, 993, "backup.example.sk"),
                record(0, 5, 993, "imap.example.sk"),
            ],
        );
        dns.srv
            .insert("_pop3._tcp.example.sk".into(), vec![record(0, 0, 0, ".")]);
        dns.srv.insert(
            "_submission._tcp.example.sk".into(),
            vec![record(0, 0, 587, "smtp.example.sk")],
        );
        let address = Address::parse("eva@example.sk").unwrap();
        let found = lookup(&address, &dns).await.unwrap();
        assert_eq!(found.source, Source::Srv);
        assert_eq!(found.incoming.len(), 1, "POP3 is explicitly not offered");
        assert_eq!(found.incoming[0].host, "imap.example.sk");
        assert_eq!(found.incoming[0].security, Security::Tls);
        assert_eq!(found.incoming[0].user, "eva@example.sk");
        assert_eq!(found.outgoing[0].port, 587);
        assert_eq!(found.outgoing[0].security, Security::StartTls);
        assert_eq!(
            lookup(&Address::parse("a@other.sk").unwrap(), &dns).await,
            Err(AutoconfigError::NotFound)
        );
    }
}
