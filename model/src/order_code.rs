//! The 30-digit payment order code (seed 004: «нумар заказу» a citizen
//! reads aloud at a bank or types into its app). Its digits:
//!
//! | digits | what |
//! | --- | --- |
//! | 1–2 | the portal deployment (`01` for this one), so codes of two portals never meet |
//! | 3–8 | the day it was issued, `YYMMDD` |
//! | 9–20 | the order's number, zero-padded to 12 digits |
//! | 21–28 | 8 random digits, so a code cannot be guessed from an order number |
//! | 29–30 | check digits, ISO 7064 MOD 97-10 over digits 1–28 |
//!
//! MOD 97-10 (the IBAN check) catches every single wrong digit and every
//! swap of two neighbouring digits: the tests try all of them on many codes.
//! Shown as six groups of five digits.

/// Digits in a code.
pub const LENGTH: usize = 30;
/// Digits in a group as the code is shown and read aloud.
pub const GROUP: usize = 5;

/// A valid code: exactly 30 digits whose check holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OrderCode(String);

/// The parts a code is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeParts {
    pub deployment: u8,
    /// The day issued, `YYMMDD` as a number (261127).
    pub issued: u32,
    pub order: u64,
    pub random: u32,
}

/// Why a typed code is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Something other than digits, spaces and dashes.
    NotDigits,
    /// Not 30 digits; how many there were.
    Length(usize),
    /// The check fails; the groups (0-based, of five digits) where one
    /// changed digit would make it valid: where to look first. Empty when
    /// no single change would.
    Check { suspect_groups: Vec<usize> },
}

impl OrderCode {
    /// Makes the code of these parts, check digits included.
    pub fn new(parts: CodeParts) -> OrderCode {
        let body = format!(
            "{:02}{:06}{:012}{:08}",
            parts.deployment % 100,
            parts.issued % 1_000_000,
            parts.order % 1_000_000_000_000,
            parts.random % 100_000_000
        );
        let check = 98 - remainder(&format!("{body}00"));
        OrderCode(format!("{body}{check:02}"))
    }

    /// A code as typed: spaces and dashes are ignored.
    pub fn parse(typed: &str) -> Result<OrderCode, CodeError> {
        let mut digits = String::with_capacity(LENGTH);
        for c in typed.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '\u{2013}' | '\u{00A0}' => {}
                _ => return Err(CodeError::NotDigits),
            }
        }
        if digits.len() != LENGTH {
            return Err(CodeError::Length(digits.len()));
        }
        if remainder(&digits) == 1 {
            Ok(OrderCode(digits))
        } else {
            Err(CodeError::Check { suspect_groups: suspect_groups(&digits) })
        }
    }

    /// The 30 digits, as copied and stored.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// Six groups of five, as shown and read aloud: `01261 12700 …`.
    pub fn grouped(&self) -> String {
        let groups: Vec<&str> = (0..LENGTH / GROUP).map(|g| &self.0[g * GROUP..(g + 1) * GROUP]).collect();
        groups.join(" ")
    }
}

/// The number mod 97, read digit by digit (it has 30 digits: too many for
/// any integer type).
fn remainder(digits: &str) -> u32 {
    digits.bytes().fold(0, |rest, digit| (rest * 10 + u32::from(digit - b'0')) % 97)
}

/// The groups where changing one digit gives a valid code. (A digit's
/// change moves the remainder by the change times its place's weight,
/// 10^k mod 97: no need to recompute the whole number.)
fn suspect_groups(digits: &str) -> Vec<usize> {
    let rest = remainder(digits) as i64;
    let mut groups = Vec::new();
    let mut weight = 1i64;
    for (position, digit) in digits.bytes().enumerate().rev() {
        let fits = (0..=9i64)
            .filter(|&other| other != i64::from(digit - b'0'))
            .any(|other| (rest + (other - i64::from(digit - b'0')) * weight).rem_euclid(97) == 1);
        if fits && !groups.contains(&(position / GROUP)) {
            groups.push(position / GROUP);
        }
        weight = weight * 10 % 97;
    }
    // Found from the last digit back: reversed, they are in order (no
    // sort: each use of the standard sorts costs the SPA some KB).
    groups.reverse();
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(n: u64) -> OrderCode {
        let random = (n.wrapping_mul(2_654_435_761) % 100_000_000) as u32;
        OrderCode::new(CodeParts { deployment: 1, issued: 261127 + (n % 30) as u32, order: n * 7919, random })
    }

    #[test]
    fn a_code_has_thirty_digits_in_its_parts_and_checks() {
        let made = OrderCode::new(CodeParts { deployment: 1, issued: 261127, order: 42, random: 12345678 });
        assert_eq!(made.digits().len(), LENGTH);
        assert!(made.digits().starts_with("01261127000000000042"));
        assert_eq!(&made.digits()[20..28], "12345678");
        assert_eq!(OrderCode::parse(made.digits()), Ok(made.clone()));
        assert_eq!(made.grouped().split(' ').count(), 6);
        // Typed with spaces and dashes, as read from paper.
        assert_eq!(OrderCode::parse(&made.grouped().replace(' ', " - ")), Ok(made.clone()));
        assert_eq!(OrderCode::parse("0126 11a"), Err(CodeError::NotDigits));
        assert_eq!(OrderCode::parse("01261127"), Err(CodeError::Length(8)));
    }

    #[test]
    fn every_single_wrong_digit_is_caught() {
        for n in 0..2_000 {
            let code = code(n);
            let digits = code.digits().as_bytes();
            for position in 0..LENGTH {
                for digit in b'0'..=b'9' {
                    if digit == digits[position] {
                        continue;
                    }
                    let mut typo = digits.to_vec();
                    typo[position] = digit;
                    let typo = String::from_utf8(typo).unwrap();
                    match OrderCode::parse(&typo) {
                        Err(CodeError::Check { suspect_groups }) => {
                            assert!(suspect_groups.contains(&(position / GROUP)), "{typo}: the typo's group is named")
                        }
                        other => panic!("{typo} (from {}) was taken: {other:?}", code.digits()),
                    }
                }
            }
        }
    }

    #[test]
    fn every_swap_of_neighbouring_digits_is_caught() {
        for n in 0..5_000 {
            let code = code(n);
            let digits = code.digits().as_bytes();
            for position in 0..LENGTH - 1 {
                if digits[position] == digits[position + 1] {
                    continue;
                }
                let mut swapped = digits.to_vec();
                swapped.swap(position, position + 1);
                let swapped = String::from_utf8(swapped).unwrap();
                assert!(
                    matches!(OrderCode::parse(&swapped), Err(CodeError::Check { .. })),
                    "{swapped} (from {}) was taken",
                    code.digits()
                );
            }
        }
    }
}
