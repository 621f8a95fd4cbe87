//! Entry point of the wasm binary that Trunk builds; the app lives in the library.

fn main() {
    portal_web::start();
}
