//! Accepting connections, with limits a slow or hostile client cannot
//! outlast: HTTP/1.1 through hyper with a header-read timeout (a client
//! that sends half a header, or nothing, is closed); reads and writes that
//! stall longer than the I/O timeout close the connection (a client that
//! asks for the wasm and stops reading does not keep its place); at most
//! `max_connections` served at once (beyond that, new connections wait in
//! the kernel's backlog until one ends) and `per_client` from one network
//! address (beyond that, closed at once); graceful shutdown with a
//! deadline. The body and whole-request timeouts are tower-http layers
//! (`lib.rs`).
//!
//! HTTP/2 is left to the https proxy in front of the portal.

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_io_timeout::TimeoutStream;
use tower::ServiceExt;

/// The address a request's connection came in on (this server's side).
#[derive(Clone, Copy, Debug)]
pub struct ServedAt(pub std::net::SocketAddr);

#[derive(Clone, Debug)]
pub struct ConnectionLimits {
    /// Time a client has to send a request's whole header, also the time an
    /// idle keep-alive connection stays open.
    pub header_read_timeout: Duration,
    /// Longest stall of a read or a write once a request is under way.
    pub io_timeout: Duration,
    pub max_connections: usize,
    /// Connections from one network address at once (not counted for
    /// trusted proxies, which carry many clients' requests).
    pub per_client: usize,
    pub trusted_proxies: Arc<[IpAddr]>,
    /// How long shutdown waits for open connections.
    pub shutdown_grace: Duration,
}

/// Connections open per network address.
#[derive(Clone, Default)]
struct OpenPerClient(Arc<Mutex<HashMap<IpAddr, usize>>>);

/// A place held by one connection; given back when dropped.
struct ClientPlace {
    open: OpenPerClient,
    ip: IpAddr,
}

impl OpenPerClient {
    fn take(&self, ip: IpAddr, limit: usize) -> Option<ClientPlace> {
        let mut open = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = open.entry(ip).or_default();
        if *count >= limit {
            return None;
        }
        *count += 1;
        Some(ClientPlace { open: self.clone(), ip })
    }
}

impl Drop for ClientPlace {
    fn drop(&mut self) {
        let mut open = self.open.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(count) = open.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets open
/// requests finish.
pub async fn serve(listener: TcpListener, app: Router, limits: ConnectionLimits, shutdown: impl Future<Output = ()>) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let open_per_client = OpenPerClient::default();
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait a little, go on.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let unlimited = limits.trusted_proxies.contains(&peer.ip().to_canonical());
        let place = if unlimited {
            None
        } else {
            match open_per_client.take(peer.ip(), limits.per_client) {
                Some(place) => Some(place),
                None => {
                    tracing::debug!(%peer, "too many connections from one address; closed");
                    continue;
                }
            }
        };
        let served_at = stream.local_addr().ok().map(ServedAt);
        let mut stream = TimeoutStream::new(stream);
        stream.set_read_timeout(Some(limits.io_timeout));
        stream.set_write_timeout(Some(limits.io_timeout));
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            // Handlers see who is connected (throttling, the loopback-only outbox).
            request.extensions_mut().insert(ConnectInfo(peer));
            if let Some(served_at) = served_at {
                request.extensions_mut().insert(served_at);
            }
            app.clone().oneshot(request.map(Body::new))
        });
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout)
            .serve_connection(TokioIo::new(Box::pin(stream)), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, %peer, "connection ended with an error");
            }
            drop((slot, place));
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.shutdown_grace, graceful.shutdown()).await.is_err() {
        tracing::warn!("connections still open after the shutdown grace time: closed");
    }
}
