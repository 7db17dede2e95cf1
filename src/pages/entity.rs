//! One entity on a page of its own (`#/entity/<id>`): a link a reader can share.

use crate::components::EntityCard;
use yew::prelude::*;

/// Props of [`EntityPage`].
#[derive(Properties, PartialEq)]
pub struct EntityPageProps {
    /// The entity id (from the route).
    pub id: AttrValue,
}

/// `main#entity-page`: the entity card, with every mention in the library linked.
#[function_component]
pub fn EntityPage(props: &EntityPageProps) -> Html {
    html! {
        <main id="entity-page" lang="en">
            <h1>{ "Entity" }</h1>
            <EntityCard id={props.id.clone()} standalone=true />
        </main>
    }
}
