//! A reverse proxy in front of the portal, as deployments have one: each
//! connection is forwarded to the portal; while the portal does not answer
//! (stopped, restarting), the proxy itself answers `502 Bad Gateway` with
//! its own HTML page, as nginx does. A browser then gets an answer, not a
//! failed connection.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub struct Gateway {
    pub base_url: String,
    accepting: tokio::task::JoinHandle<()>,
}

impl Gateway {
    /// A proxy on a free port of 127.0.0.1 for the portal at `upstream`
    /// (`http://host:port`).
    pub async fn start(upstream: &str) -> Gateway {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream.trim_start_matches("http://").to_owned();
        let accepting = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(forward(client, upstream.clone()));
            }
        });
        Gateway { base_url, accepting }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        self.accepting.abort();
    }
}

/// One client connection: piped to the portal, or answered 502 (each
/// request on it) when the portal cannot be reached.
async fn forward(mut client: TcpStream, upstream: String) {
    match TcpStream::connect(&upstream).await {
        Ok(mut portal) => {
            let _ = tokio::io::copy_bidirectional(&mut client, &mut portal).await;
        }
        Err(_) => {
            let _ = bad_gateway(&mut client).await;
        }
    }
}

async fn bad_gateway(client: &mut TcpStream) -> std::io::Result<()> {
    // The request's head (and whatever body came with it) is read first, so
    // the browser does not see its request cut off.
    let mut head = Vec::new();
    let mut buffer = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = client.read(&mut buffer).await?;
        if read == 0 {
            return Ok(());
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    let answer = format!(
        "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
        page.len()
    );
    client.write_all(answer.as_bytes()).await?;
    client.shutdown().await
}
