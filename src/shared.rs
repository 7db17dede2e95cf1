//! [`Shared`]: data derived once (a pair's rows, the row of each sentence) handed to
//! components as props, compared by identity.
//!
//! Yew compares a component's props on every render of its parent, and `Rc<T>` compares its
//! contents unless `T: Eq`: a long pair's rows (thousands of them, with `f32` confidences)
//! were compared in full for every cell of the view, on every hover. The value behind a
//! `Shared` never changes, so the same allocation means the same data, and a new derivation
//! (the library changed) means a new allocation.

use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` whose equality is identity: cheap to clone and to compare.
pub struct Shared<T: ?Sized>(Rc<T>);

impl<T: ?Sized> Shared<T> {
    /// Share `rc` (already built, e.g. by `use_memo`).
    pub fn of(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_only_to_itself_and_its_clones() {
        let a = Shared::from(vec![1.0_f32]);
        let b = Shared::from(vec![1.0_f32]);
        assert_eq!(a, a.clone());
        assert_ne!(a, b, "equal contents, another derivation");
        assert_eq!(*a, *b);
    }
}
