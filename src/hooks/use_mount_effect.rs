//! Effects run once, after a component's first render, undone when it goes: listeners on
//! the window or the document, focus given back.

use yew::prelude::*;

/// What a mount effect leaves to run when its component goes.
type Cleanup = Box<dyn FnOnce()>;

/// `effect` run once, after the first render; what it returns runs when the component goes.
/// Every such effect shares one copy of Yew's effect code: each closure given to
/// `use_effect_with` is a type of its own, which the app's wasm carries a copy of the code for.
pub fn use_mount_effect<C: FnOnce() + 'static>(
    effect: impl FnOnce() -> C + 'static,
) -> impl Hook<Output = ()> {
    use_boxed_mount_effect(Box::new(move || Box::new(effect()) as Cleanup))
}

/// [`use_mount_effect`], its effect boxed.
#[hook]
fn use_boxed_mount_effect(effect: Box<dyn FnOnce() -> Cleanup>) {
    use_effect_with((), move |_| effect());
}
