//! The one HTTP choke point: every request `bp` makes goes through [`Client::send`], which
//! sets the credential headers, retries what is safe to retry, and maps statuses to typed
//! errors (and so to exit codes).

pub mod adaptive;
pub mod agency;
mod client;
mod customer;
pub mod endpoints;
mod error;
mod load;
mod pages;
mod request;
pub mod retry;
pub mod shapes;

pub use client::{Client, ClientConfig, Log, mask_secret_fields};
pub use customer::{CustomerAuth, permanent_token};
pub use error::{ApiError, BAD_TOKEN_MESSAGE, acknowledged};
pub use load::{LOAD_ENV, Load};
pub use pages::{MAX_PAGES, PREFETCH, PageSummary, Pages, data_items};
pub use request::{Auth, Body, Request};
pub use shapes::ShapeLog;
