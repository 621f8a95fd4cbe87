//! Getting into a cabinet and out of it: sign-in, registration and
//! activation, the links sent by mail, and the page after deleting one.

pub mod activate;
pub mod cabinet_deleted;
pub mod mailed_links;
pub mod register;
pub mod sign_in;
