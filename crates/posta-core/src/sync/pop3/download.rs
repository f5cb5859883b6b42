//! Downloading: `RETR` streamed into the INBOX Maildir, bodies synced in
//! the background and recorded in batches (see [`Pipeline`]).

use std::io::{self, Write};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::io::AsyncWrite;

use super::listing::Listed;
use super::{task_failed, Target, Work};
use crate::error::{Error, Result};
use crate::pop3::Pop3Session;
use crate::store::{Delivered, Delivery, KeptOnServer, Maildir, Pop3Download, RealFiles};
use crate::sync::{with_store, SharedStore};

/// A body being synced to disk in the background.
pub(super) type Syncing = tokio::task::JoinHandle<Result<Arrived>>;

/// A body on disk, with the line ends it has (what a server counting
/// bare line feeds in `LIST` would have counted one byte each).
pub(super) struct Arrived {
    delivered: Delivered,
    lines: u64,
}

/// Whether `written` bytes (CRLF line ends, as `RETR` sends them) with
/// `lines` line ends disagree with the `announced` size beyond what line
/// ends explain (a server may count each as one byte, or add a final
/// one): then what arrived may not be what the server keeps.
pub(super) fn size_disagrees(announced: u64, written: u64, lines: u64) -> bool {
    written.abs_diff(announced) > lines + 2
}

/// Downloads on their way to being recorded, overlapped with the next
/// `RETR`s: each body's file is synced in the background while the next
/// message streams in, and a full batch is recorded in the background (one
/// directory sync and one database transaction for the lot) while the next
/// batch downloads. A message counts as here — and may leave the server —
/// only once its batch's record is done.
pub(super) struct Pipeline {
    store: SharedStore,
    maildir: Maildir,
    account: i64,
    folder: i64,
    delete_now: bool,
    /// The open batch: bodies still syncing.
    syncing: Vec<(Listed, Syncing)>,
    bytes: u64,
    /// The sealed batch being recorded, at most one.
    recording: Option<tokio::task::JoinHandle<Recorded>>,
}

/// What recording a batch did: the messages now safely here (with why the
/// server's copy must stay, for some), and the first failure (a body that
/// could not be synced, or the record itself).
struct Recorded {
    messages: Vec<(Listed, Option<KeptOnServer>)>,
    failure: Option<Error>,
}

impl Pipeline {
    /// At most this many messages in a batch.
    const MESSAGES: usize = 64;
    /// At most this many bytes in a batch.
    const BYTES: u64 = 16 << 20;

    pub fn new(target: &Target<'_>, delete_now: bool) -> Pipeline {
        Pipeline {
            store: Arc::clone(target.store),
            maildir: target.maildir.clone(),
            account: target.account.id,
            folder: target.folder_id,
            delete_now,
            syncing: Vec::new(),
            bytes: 0,
            recording: None,
        }
    }

    pub fn add(&mut self, message: &Listed, syncing: Syncing) {
        self.bytes += message.size;
        self.syncing.push((message.clone(), syncing));
    }

    pub fn is_full(&self) -> bool {
        self.syncing.len() >= Self::MESSAGES || self.bytes >= Self::BYTES
    }

    /// Waits for the batch being recorded, then starts recording the open
    /// one in the background.
    pub async fn seal(&mut self, session: &mut Pop3Session, work: &mut Work) -> Result<()> {
        self.settle(session, work).await?;
        if self.syncing.is_empty() {
            return Ok(());
        }
        let syncing = std::mem::take(&mut self.syncing);
        self.bytes = 0;
        let (store, maildir) = (Arc::clone(&self.store), self.maildir.clone());
        let (account, folder) = (self.account, self.folder);
        self.recording = Some(tokio::spawn(record(
            syncing, store, maildir, account, folder,
        )));
        Ok(())
    }

    /// Records everything downloaded so far and waits for it.
    pub async fn finish(&mut self, session: &mut Pop3Session, work: &mut Work) -> Result<()> {
        self.seal(session, work).await?;
        self.settle(session, work).await
    }

    /// Waits for the batch being recorded; its messages are here now, so
    /// (per policy) they are deleted on the server.
    async fn settle(&mut self, session: &mut Pop3Session, work: &mut Work) -> Result<()> {
        let Some(recording) = self.recording.take() else {
            return Ok(());
        };
        let recorded = recording.await.map_err(task_failed)?;
        work.summary.new_messages += recorded.messages.len();
        for (message, kept) in &recorded.messages {
            if kept.is_some() {
                // Said once: the ledger keeps it from being deleted later.
                work.summary.kept_on_server += 1;
            } else if self.delete_now {
                session.dele(message.number).await?;
                work.deleted.push(message.uidl.clone());
            }
        }
        recorded.failure.map_or(Ok(()), Err)
    }
}

/// Waits for a batch's bodies to be synced, makes their names durable and
/// records those that made it, in one transaction.
async fn record(
    syncing: Vec<(Listed, Syncing)>,
    store: SharedStore,
    maildir: Maildir,
    account: i64,
    folder: i64,
) -> Recorded {
    let mut failure = None;
    let mut synced = Vec::with_capacity(syncing.len());
    for (message, body) in syncing {
        match body.await.map_err(task_failed).and_then(|r| r) {
            Ok(delivered) => synced.push((message, delivered)),
            Err(err) => {
                failure.get_or_insert(err);
            }
        }
    }
    if synced.is_empty() {
        return Recorded {
            messages: Vec::new(),
            failure,
        };
    }
    let recorded = tokio::task::spawn_blocking(move || {
        maildir.sync_cur().map_err(Error::from)?;
        // Read back and parse before taking the store: the UI keeps reading
        // it meanwhile.
        let mut downloads =
            Pop3Download::read_all(synced.iter().map(|(m, a)| (m.uidl.as_str(), &a.delivered)))?;
        for (download, (message, arrived)) in downloads.iter_mut().zip(&synced) {
            if size_disagrees(message.size, download.written(), arrived.lines) {
                download.keep_on_server(KeptOnServer::Size);
            }
        }
        with_store(&store, |s| {
            s.pop3_record_downloads(account, folder, &downloads)
                .map_err(Error::from)
        })?;
        Ok(synced
            .into_iter()
            .zip(&downloads)
            .map(|((message, _), download)| (message, download.kept()))
            .collect::<Vec<_>>())
    })
    .await
    .map_err(task_failed)
    .and_then(|r| r);
    match recorded {
        Ok(messages) => Recorded { messages, failure },
        Err(err) => Recorded {
            messages: Vec::new(),
            failure: Some(failure.unwrap_or(err)),
        },
    }
}

/// Streams one message into the INBOX Maildir and starts syncing the file
/// in the background; the caller records it (see [`Pipeline`]). A failure
/// leaves no file behind.
pub(super) async fn download(
    session: &mut Pop3Session,
    target: &Target<'_>,
    message: &Listed,
) -> Result<Syncing> {
    let delivery = target.maildir.begin(&RealFiles).map_err(Error::from)?;
    let mut sink = BlockingSink(delivery, 0);
    session.retr_to(message.number, &mut sink).await?;
    let BlockingSink(delivery, lines) = sink;
    Ok(tokio::task::spawn_blocking(move || {
        let delivered = delivery.finish_unsynced(&[]).map_err(Error::from)?;
        Ok(Arrived { delivered, lines })
    }))
}

/// Hands `RETR`'s chunks to a Maildir delivery, which writes with blocking
/// calls. Those land in the page cache (at most 128 KiB per call, no
/// fsync), so they cost the runtime no more than a memory copy; the one
/// slow step, syncing the file, runs on the blocking pool afterwards.
struct BlockingSink(Delivery<'static>, u64);

impl AsyncWrite for BlockingSink {
    fn poll_write(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let sink = self.get_mut();
        let written = sink.0.write(buf);
        if let Ok(n) = written {
            sink.1 += buf[..n].iter().filter(|b| **b == b'\n').count() as u64;
        }
        Poll::Ready(written)
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(self.get_mut().0.flush())
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
