//! Parallax entry point: install the panic hook (where panics have one), then mount the app.

/// talc in place of dlmalloc: fewer bytes in the wasm the first view loads. The page's wasm
/// runs on one thread (no `atomics`), which the single-threaded `TalcSyncCell` requires.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    parallax::panic::install();
    parallax::mount();
}
