//! A small pool of read-only stores: a rusqlite connection is `Send` but not
//! `Sync`, so each request takes one store, uses it on a blocking thread and
//! gives it back.

use crate::error::ApiError;
use dyad_store::{Store, StoreError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// Connections kept by `dyad serve`: more than the cores, since SQLite reads
/// wait on I/O, few enough to bound memory.
pub const DEFAULT_CONNECTIONS: usize = 8;

/// Bytes of the store each connection maps into memory: pages are then read
/// from the operating system's page cache, shared by every connection,
/// instead of being copied into a private cache per connection.
pub const MMAP_BYTES: u64 = 1 << 30;
/// Private page cache per connection, in KiB (SQLite's default is 2 MiB).
pub const CACHE_KIB: u64 = 16 * 1024;

/// Open the store read-only and set the read-side tuning pragmas.
fn open_tuned(path: &Path) -> Result<Store, StoreError> {
    let store = Store::open_read_only(path)?;
    // Tuning only: a store that refuses it is still served.
    if let Err(e) = store.connection().execute_batch(&format!(
        "PRAGMA mmap_size = {MMAP_BYTES}; PRAGMA cache_size = -{CACHE_KIB};"
    )) {
        tracing::warn!("cannot tune the store connection: {e}");
    }
    Ok(store)
}

/// Read-only stores shared by the handlers.
pub struct StorePool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Semaphore,
}

impl StorePool {
    /// Open the first store now, so a missing or foreign file fails at start.
    pub fn open(path: &Path, connections: usize) -> Result<StorePool, StoreError> {
        let first = open_tuned(path)?;
        Ok(StorePool {
            path: path.to_path_buf(),
            idle: Mutex::new(vec![first]),
            permits: Semaphore::new(connections.max(1)),
        })
    }

    /// The store's path.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Run `f` with a store on a blocking thread; at most `connections`
    /// run at once, the others wait their turn.
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::internal("the store pool is closed"))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let store = pool.take()?;
            let out = f(&store);
            pool.give_back(store);
            out
        })
        .await
        .map_err(|e| ApiError::internal(format!("a query task failed: {e}")))?
    }

    fn take(&self) -> Result<Store, ApiError> {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop();
        match idle {
            Some(store) => Ok(store),
            None => open_tuned(&self.path).map_err(ApiError::from),
        }
    }

    fn give_back(&self, store: Store) {
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(store);
    }
}
