//! Panics. The app's release wasm is built with `panic = "immediate-abort"` (scripts/build.sh):
//! a panic traps at once, with no message, and the page's script (index.html) shows the crash
//! panel (reload, download the saved articles, clear them) for the `WebAssembly.RuntimeError`
//! the browser throws. The app's other builds (a plain `trunk build`, the tests) abort as well,
//! after [`install`]'s hook has written the panic's message to the console.

/// Install the hook, where there is panic machinery to call it. Call once, before rendering.
pub fn install() {
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Parallax crashed: {info}").into());
    }));
}
