//! One component for every memo boundary a hover relies on: the blocks, the sentences and the
//! side-by-side cells are plain values ([`MemoView`]) rendered by [`Memo`], which re-renders
//! one only when its value changes (or the app's context does). Each function component costs
//! the app's wasm its own copy of Yew's lifecycle code; `Memo` is one copy for them all, the
//! values compared through `dyn Any`.

use crate::context::AppContext;
use crate::hooks::use_app_context;
use std::any::Any;
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// A view whose rendering depends only on its own value and the app's context.
pub trait MemoView: PartialEq + Sized + 'static {
    /// The elements of this value.
    fn render(&self, app: &AppContext) -> Html;

    /// This value in a [`Memo`] keyed by `key` (in a keyed list).
    fn keyed(self, key: impl Into<Key>) -> Html {
        html! { <Memo key={key.into()} of={Memoised::of(self)} /> }
    }

    /// This value in a [`Memo`] (alone in its place).
    fn memo(self) -> Html {
        html! { <Memo of={Memoised::of(self)} /> }
    }
}

/// A [`MemoView`] of any type.
trait AnyView {
    fn render(&self, app: &AppContext) -> Html;
    fn as_any(&self) -> &dyn Any;
    fn same(&self, other: &dyn AnyView) -> bool;
}

impl<T: MemoView> AnyView for T {
    fn render(&self, app: &AppContext) -> Html {
        MemoView::render(self, app)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn same(&self, other: &dyn AnyView) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
}

/// The value a [`Memo`] renders.
#[derive(Clone)]
pub struct Memoised(Rc<dyn AnyView>);

impl Memoised {
    fn of(view: impl MemoView) -> Self {
        Memoised(Rc::new(view))
    }
}

impl PartialEq for Memoised {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0.same(&*other.0)
    }
}

/// Props of [`Memo`].
#[derive(Properties, PartialEq)]
pub struct MemoProps {
    /// What it renders.
    pub of: Memoised,
}

/// The rendering of a [`MemoView`], again only when the value differs from the last one.
#[function_component]
pub fn Memo(props: &MemoProps) -> Html {
    let app = use_app_context();
    props.of.0.render(&app)
}
