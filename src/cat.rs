//! Text joined from pieces without core's formatting machinery: `cat!` in place
//! of `format!` keeps `core::fmt` (its writer, padding and `Display` plumbing) out of the app's
//! wasm. Numbers go through their `to_string`, which the standard library writes directly.

/// What `cat!` can join: text and integers.
pub trait Piece {
    /// Append this piece to `out`.
    fn push_to(&self, out: &mut String);
}

impl Piece for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for char {
    fn push_to(&self, out: &mut String) {
        out.push(*self);
    }
}

impl Piece for yew::AttrValue {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

macro_rules! integer_pieces {
    ($($t:ty)*) => {$(
        impl Piece for $t {
            fn push_to(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }
        }
    )*};
}

integer_pieces!(u8 u16 u32 u64 usize i32 i64 isize);

/// A `String` of the pieces given, in order: `cat!("sentence ", n + 1)`.
macro_rules! cat {
    ($($piece:expr),* $(,)?) => {{
        let mut out = ::std::string::String::new();
        $( $crate::cat::Piece::push_to(&$piece, &mut out); )*
        out
    }};
}

/// A `class` attribute's value: the classes given, the empty ones left out, a space between
/// them (what `classes!` makes, without Yew's `Classes::push` and its copy-on-write set).
pub fn class_list(classes: &[&str]) -> String {
    let mut out = String::new();
    for class in classes.iter().filter(|class| !class.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(class);
    }
    out
}
