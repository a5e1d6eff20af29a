//! `dyad serve`: an HTTP API and a web UI over a Dyad store, from one binary.
//!
//! - [`api`]: JSON endpoints under `/api/` (articles with full-text search and
//!   facets, one article, events, actors, dyads, timelines, the actor graph,
//!   map places), documented by the OpenAPI document at `/api/openapi.json`.
//! - `pages`: server-rendered HTML (maud, which escapes every value it
//!   interpolates) with a little hand-written JavaScript and SVG; every asset is
//!   compiled in, nothing is fetched from the network.
//!
//! Invariants: the store is opened read-only (`Store::open_read_only`, so SQL
//! writes fail); all SQL is parameterised (in `dyad-store`); page sizes, query
//! strings and request bodies are bounded; the default address is loopback.
//! SQLite connections are not `Sync`, so requests borrow one from a small
//! pool ([`pool::StorePool`]) on a blocking thread.

pub mod api;
mod assets;
mod error;
mod html;
pub mod http_client;
mod map;
mod openapi;
mod pages;
mod params;
pub mod pool;

pub use error::ApiError;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use pool::StorePool;
use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The longest request target (path and query) accepted, in bytes.
pub const MAX_URI_BYTES: usize = 4096;
/// The largest request body accepted, in bytes (the API only reads).
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// The address `dyad serve` binds to unless told otherwise.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";

/// Errors that stop the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot serve {path}: {source}")]
    Store {
        path: PathBuf,
        source: dyad_store::StoreError,
    },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server failed: {0}")]
    Io(#[from] std::io::Error),
}

/// What every handler shares: the pool of read-only stores.
#[derive(Clone)]
pub struct AppState {
    pub(crate) pool: Arc<StorePool>,
}

impl AppState {
    /// Open the store at `db` read-only (checking that it is a Dyad store of
    /// this version) and keep up to `connections` connections to it.
    pub fn open(db: &Path, connections: usize) -> Result<AppState, ServeError> {
        Ok(AppState {
            pool: Arc::new(StorePool::open(db, connections).map_err(|source| {
                ServeError::Store {
                    path: db.to_path_buf(),
                    source,
                }
            })?),
        })
    }

    /// The store's path.
    #[must_use]
    pub fn db_path(&self) -> PathBuf {
        self.pool.path().to_path_buf()
    }
}

/// The whole application: API, pages and assets.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(api::routes())
        .merge(pages::routes())
        .merge(assets::routes())
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(bound_request))
        .with_state(state)
}

/// Refuse over-long request targets and bodies before any handler runs.
async fn bound_request(request: Request, next: Next) -> Response {
    let target_len = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if target_len > MAX_URI_BYTES {
        return ApiError::new(
            StatusCode::URI_TOO_LONG,
            format!("the request target is longer than {MAX_URI_BYTES} bytes"),
        )
        .into_response();
    }
    let declared = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
        )
        .into_response();
    }
    next.run(request).await
}

/// Serve the store at `db` on `addr` until Ctrl-C.
pub async fn serve(db: &Path, addr: SocketAddr) -> Result<(), ServeError> {
    let state = AppState::open(db, pool::DEFAULT_CONNECTIONS)?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    let local = listener.local_addr()?;
    eprintln!(
        "dyad serve: {} on http://{local}/ (Ctrl-C to stop)",
        db.display()
    );
    serve_on(listener, state, async {
        // If the signal cannot be installed, run until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
    .await
}

/// [`serve`] on a new multi-threaded runtime, blocking until Ctrl-C (for
/// the `dyad serve` command, which has no runtime of its own).
pub fn serve_blocking(db: &Path, addr: SocketAddr) -> Result<(), ServeError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(db, addr))
}

/// Serve on a bound listener until `shutdown` completes (for tests and
/// benchmarks that bind 127.0.0.1:0).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// A server running on its own runtime thread, for tests and benchmarks;
/// it stops when dropped.
pub struct BackgroundServer {
    /// Where it listens (127.0.0.1 and a free port).
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<Result<(), ServeError>>>,
}

impl BackgroundServer {
    /// Open the store read-only and serve it on 127.0.0.1 and a free port.
    pub fn start(db: &Path) -> Result<BackgroundServer, ServeError> {
        let state = AppState::open(db, pool::DEFAULT_CONNECTIONS)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let listener = runtime.block_on(tokio::net::TcpListener::bind(("127.0.0.1", 0)))?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            runtime.block_on(serve_on(listener, state, async {
                let _ = stopped.await;
            }))
        });
        Ok(BackgroundServer {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Stop the server and wait for it.
    pub fn stop(mut self) -> Result<(), ServeError> {
        self.shutdown()
    }

    fn shutdown(&mut self) -> Result<(), ServeError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.thread.take() {
            Some(t) => t.join().unwrap_or_else(|_| {
                Err(ServeError::Io(std::io::Error::other(
                    "server thread panicked",
                )))
            }),
            None => Ok(()),
        }
    }
}

impl Drop for BackgroundServer {
    fn drop(&mut self) {
        let _ = self.shutdown();
    }
}
