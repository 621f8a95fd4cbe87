# Texts only the server writes (neither the interface nor mail): the
# sandbox card payment provider's pages (--dev-sandbox-payments) and the
# purpose of payment in the NBU's QR code.

sandbox-title = Card payment — sandbox provider
sandbox-notice = This is a test payment page: no money is taken.
sandbox-amount = To pay
sandbox-card-number = Card number
sandbox-card-expiry = Expiry (MM/YY)
sandbox-card-cvc = CVC
sandbox-pay = Pay
sandbox-test-cards = Test cards: 4242 4242 4242 4242 — paid; 4000 0000 0000 0002 — declined; 4000 0000 0000 9995 — insufficient funds; 4000 0000 0000 0077 — late callback; 4000 0000 0000 0119 — its first refund fails.
sandbox-check-card = Check the card details:
sandbox-bad-number = The card number is not valid (13–19 digits, Luhn check).
sandbox-bad-expiry = The expiry is a month and year (MM/YY), not in the past.
sandbox-bad-cvc = The CVC is the three digits on the back of the card.
sandbox-unknown-payment = There is no such payment.
sandbox-unavailable = The service is unavailable for a moment. Try again later.

# The purpose of payment in the NBU's QR code (always Ukrainian: a transfer
# to a Ukrainian recipient; this one is for completeness).
payment-qr-purpose = Payment for an administrative service, order code { $code }
