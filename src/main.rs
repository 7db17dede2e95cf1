//! Parallax entry point: install the panic hook, then mount the app.

fn main() {
    parallax::panic::install();
    parallax::mount();
}
