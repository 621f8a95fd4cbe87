//! Every random key, token and number the portal hands out (session and
//! CSRF tokens, mailed links, file-store keys, payment references, the
//! sandbox's ids and key, unique identifiers and their first passwords)
//! comes from here: the operating system's generator (`OsRng`), never a
//! seeded or per-thread one, in the encoding each use needs.

use base64::Engine;
use rand::{Rng, RngCore};

/// `N` bytes from the operating system's generator.
fn bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// 256 random bits, URL-safe (43 characters): what a cookie, a header or a
/// mailed link carries.
pub fn token() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes::<32>())
}

/// 128 random bits in lower-case hex (32 characters): unguessable, and
/// never a path (file-store keys, payment references).
pub fn key() -> String {
    bytes::<16>().iter().map(|b| format!("{b:02x}")).collect()
}

/// `count` random decimal digits.
pub fn digits(count: usize) -> String {
    (0..count).map(|_| char::from(b'0' + rand::rngs::OsRng.gen_range(0..10u8))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_length_and_alphabet_and_never_repeats() {
        assert_ne!(token(), token());
        assert_eq!(token().len(), 43);
        assert!(token().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_ne!(key(), key());
        assert_eq!(key().len(), 32);
        assert!(key().bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        assert_eq!(digits(12).len(), 12);
        assert!(digits(12).bytes().all(|b| b.is_ascii_digit()));
        assert_ne!(digits(30), digits(30));
    }
}
