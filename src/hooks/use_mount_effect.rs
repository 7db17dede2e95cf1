//! Effects with one copy of Yew's effect code for them all: [`use_effect_on`] runs an effect
//! after a render whose dependencies differ from the last run's, [`use_mount_effect`] once,
//! after the first render (listeners on the window or the document, focus given back).
//!
//! Each closure given to Yew's `use_effect_with` is a type of its own, and so is each
//! dependency type: the app's wasm would carry a copy of Yew's effect code (its hook, its
//! `rendered` runner, its drop) for every effect. Here the effect is boxed and the
//! dependencies compared through `dyn Any`, so that one instance serves every effect.

use std::any::Any;
use yew::functional::TearDown;
use yew::prelude::*;

/// What an effect leaves to run before its next run, or when its component goes.
type Cleanup = Box<dyn FnOnce()>;

/// An effect's dependencies of any type, compared by the type's own `PartialEq`.
trait Deps {
    fn as_any(&self) -> &dyn Any;
    fn same(&self, other: &dyn Deps) -> bool;
}

impl<T: PartialEq + 'static> Deps for T {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn same(&self, other: &dyn Deps) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
}

/// The dependencies of every effect, one type.
struct AnyDeps(Box<dyn Deps>);

impl PartialEq for AnyDeps {
    fn eq(&self, other: &Self) -> bool {
        self.0.same(&*other.0)
    }
}

/// `effect` run after the first render and after each render whose `deps` differ from those
/// of its last run (Yew's `use_effect_with`); what it returns runs before its next run and
/// when the component goes.
pub fn use_effect_on<T: PartialEq + 'static, C: TearDown>(
    deps: T,
    effect: impl FnOnce(&T) -> C + 'static,
) -> impl Hook<Output = ()> {
    use_boxed_effect(
        AnyDeps(Box::new(deps)),
        Box::new(move |deps: &AnyDeps| -> Cleanup {
            // Always `T`: these very dependencies, boxed above.
            match deps.0.as_any().downcast_ref::<T>() {
                Some(deps) => {
                    let cleanup = effect(deps);
                    Box::new(move || cleanup.tear_down())
                }
                None => Box::new(|| ()),
            }
        }),
    )
}

/// `effect` run once, after the first render; what it returns runs when the component goes.
pub fn use_mount_effect<C: FnOnce() + 'static>(
    effect: impl FnOnce() -> C + 'static,
) -> impl Hook<Output = ()> {
    use_effect_on((), move |_| effect())
}

/// [`use_effect_on`], its dependencies and effect boxed.
#[hook]
fn use_boxed_effect(deps: AnyDeps, effect: Box<dyn FnOnce(&AnyDeps) -> Cleanup>) {
    use_effect_with(deps, effect);
}
