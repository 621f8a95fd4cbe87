# English.

portal-name = E-Services Portal
skip-to-content = Skip to main content
loading = Loading…
retry = Try again
error-title = The data could not be loaded
error-network = The server cannot be reached. Check your internet connection and try again.
error-timeout = The server did not answer in time. Try again in a minute.
error-not-found = The requested data was not found.
error-server = Something went wrong on the server. We have been told; please try again later.
error-unavailable = The server is busy right now. Nothing was lost: try again in a few seconds.
error-request = The request was not accepted. Reload the page and try again.
error-decode = The server sent an answer that could not be read. Reload the page.

language-switch-label = Interface language
account-nav-label = Account
sign-in = Sign in
register = Register
header-offline = No connection
header-menu = Menu
search-label = Search
search-placeholder = Find a service, authority or service centre
search-button = Search
search-hint = For example: Issue of an international driving permit

footer-nav-label = Help
footer-faq = Questions and answers
footer-instructions = Instructions
footer-integration = How to integrate
footer-feedback = Feedback

audience-switch-label = Services for
breadcrumbs-label = You are here
breadcrumb-home = Home

home-title = Public services online
home-lead = Choose a section or use the search to find the service you need.

service-online = Can be ordered online
service-offline = In person only
service-provider = Provider
service-applicants = Who may apply
service-cost = Cost
service-term = Processing time
service-availability = How to get it
service-documents = Documents needed
service-order-online = Order this service online
service-order-needs-sign-in = To order the service, sign in to your account.
service-offline-explained = This service is only provided in person, at the provider or an administrative service centre.

cost-free = Free of charge
cost-fee-uah = UAH { $amount }
cost-fee-byn = BYN { $amount }
term-immediate = Immediately
term-working-days = { $days ->
    [one] { $days } working day
   *[other] { $days } working days
}
term-calendar-days = { $days ->
    [one] { $days } calendar day
   *[other] { $days } calendar days
}

not-found-title = Page not found
not-found-text = The link may be out of date or the address mistyped. Try the search or go back to the home page.
not-found-home = Go to the home page
back-to-catalogue = Back to the catalogue of services

search-title = Search results
search-empty-query = Type the name of a service, authority or service centre into the search box.
search-count = { $count ->
    [one] { $count } service found for “{ $query }”
   *[other] { $count } services found for “{ $query }”
}
search-nothing-found = Nothing found. Check the spelling or shorten the query.
search-similar-count = { $count ->
    [one] { $count } similar service found for “{ $query }”
   *[other] { $count } similar services found for “{ $query }”
}
search-no-exact-matches = No exact matches. Similar services:
search-nothing-title = How to find what you need
search-nothing-spelling = Check the spelling: search forgives one or two mistakes in a word, not more.
search-nothing-fewer-words = Try a shorter query or other words, such as “passport”, “pension”, “sole trader”.
search-nothing-other-names = Search by the name of an authority or a document too, such as “Pension Fund” or “extract”.
search-most-used = Popular services
search-browse-categories = Services by category
search-suggestions-similar = { $count ->
    [one] No exact matches, { $count } similar suggestion. Up and down arrows to choose, Enter to open.
   *[other] No exact matches, { $count } similar suggestions. Up and down arrows to choose, Enter to open.
}

faq-title = Questions and answers
faq-p1 = What can I do on the portal? Find a public service and see who provides it, what it costs, how long it takes and which documents are needed.
faq-p2 = Do I need an account to browse services? No. The catalogue is open to everyone; you sign in only to order a service.
faq-p3 = How do I change the language? Choose “Українська”, “Беларуская” or “English” at the top of the page. The portal remembers your choice.
faq-p4 = What does “Can be ordered online” mean? You can apply for such a service through the portal without visiting an office.
faq-p5 = How much does a service cost? The cost is on the service page: “Free of charge” or an amount in hryvnias or Belarusian roubles.
faq-p6 = What if a page does not load? Press “Try again”; if that does not help, write to us through “Feedback”.
instructions-title = Instructions
instructions-p1 = Choose “Citizens” or “Business” on the home page.
instructions-p2 = Open a category, for example “Transport”, and pick a service from the list.
instructions-p3 = On the service page, check who may apply, the cost, the processing time and the documents needed.
instructions-p4 = If the service can be ordered online, press “Order this service online” and sign in.
integration-title = How to integrate
integration-p1 = A regional portal can embed this portal in its own page: add an element with the data-e-portal attribute and include the stylesheet and module script listed in our portal’s index.html.
integration-p2 = The element’s attributes set the API address (data-api-base), the default language (data-lang: uk, be or en), the theme (data-theme: default or contrast) and routing (data-router: hash, so the host page’s address is left alone).
integration-p3 = The portal’s styles apply only inside its root element and do not touch the host page. Add the host page’s origin to the allowed origins (PORTAL_EMBED_ORIGINS).
feedback-title = Feedback
feedback-p1 = Found a mistake in a service description or have a suggestion? Write to the support service and include the page address.
feedback-p2 = The support service answers within five working days.
sign-in-page-title = Sign in
register-page-title = Register

search-suggestions-label = Search suggestions
search-suggestions-none = No suggestions. Press Enter to search.
search-suggestions-count = { $count ->
    [one] { $count } suggestion. Up and down arrows to choose, Enter to open.
   *[other] { $count } suggestions. Up and down arrows to choose, Enter to open.
}
search-group-services = Services
search-group-providers = Authorities
search-filters = Filters
search-filter-audience = For
search-filter-all = Everyone
search-filter-online = Online services only
audience-citizens = Citizens
audience-business = Business
provider-services = Services
country-ua = Ukraine
country-by = Republic of Belarus
search-group-centres = Service centres
centre-address = Address
centre-hours = Opening hours
centre-closed-other-days = Closed on other days.
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
# A time on the clock of the service’s country, named when it is not the reader’s
time-in-kyiv = { $time } Kyiv time
time-in-minsk = { $time } Minsk time
search-filter-category = Category
search-filter-provider = Provider

sign-out = Sign out
signed-in-as = You are signed in as
sign-in-no-account = No account yet?
register-intro = Fill in the fields as in your passport. We will e-mail you a link to activate your account.
register-submit = Register
register-sent = Thank you! We have sent you an e-mail with a link to activate your account. Open it to finish registering.
form-has-errors = Please correct the fields of the form
activate-title = Account activation
activate-done = Your account is active. You can sign in now.
activate-intro = To finish activating, enter the password you chose when you registered.
activate-submit = Activate the account
field-email = E-mail address
field-password = Password
field-full-name = Full name
field-rnokpp = Taxpayer number RNOKPP (Ukraine)
field-passport = Ukrainian passport series and number
field-phone = Phone
field-postal-code = Postal code
field-address = Address
field-region = Region
hint-password = At least 10 characters.
hint-phone = For example 067 123 45 67 or +380 67 123 45 67; a Belarusian one as +375 29 123 45 67.
hint-passport = Booklet: “АА 123456”; ID card: 9 digits.
validation-required = Fill in this field.
validation-characters = The field holds invisible or control characters (a line break, for example). Type it in ordinary letters.
validation-format-email = Enter an address like name@example.ua.
validation-format-password = The password needs at least 10 characters.
validation-format-full-name = The name is too long (200 characters at most).
validation-format-rnokpp = The taxpayer number has 10 digits.
validation-checksum-rnokpp = The taxpayer number has a mistake: its check digit does not match. Check the number.
validation-format-passport = Enter two Cyrillic capital letters and 6 digits, or the 9 digits of an ID card.
register-country-legend = Which country’s documents you have
register-country-ua = Ukraine
register-country-by = Republic of Belarus
field-personal-number = Personal identification number (Belarus)
field-by-passport = Belarusian passport series and number
hint-personal-number = 14 characters, as in the passport or ID card: 3010190A001PB1.
hint-by-passport = Two Latin letters and 7 digits: MP1234567.
validation-format-personal-number = The personal identification number has 14 characters: 7 digits, a Latin letter, 3 digits, 2 Latin letters and a digit, as in the passport.
validation-format-by-passport = Enter two Latin letters and 7 digits, such as MP1234567.
validation-format-phone = The number must be Ukrainian (067 123 45 67 or +380XXXXXXXXX) or Belarusian (+375XXXXXXXXX).
validation-format-postal-code = Postal code: 5 digits in Ukraine, 6 in Belarus.
validation-format-address = The address is too long (200 characters at most).
validation-format-region = The region is too long (200 characters at most).
error-bad-credentials = Wrong e-mail address or password.
error-not-activated = The account is not active yet: open the link in the e-mail we sent you.
error-too-many-attempts = Too many failed attempts. Try again in 15 minutes.
error-too-many-mails = Too many messages to this address or from this device. Try again in an hour.
error-invalid-token = The link is invalid, already used or out of date.
error-signed-out = Your session has ended. Please sign in again.
error-invalid-fields = Some fields are not filled in correctly.

personal-data-title = Personal data
personal-data-saved = Your data has been saved.
save = Save
validation-mismatch-old-password = The old password is not right.
validation-mismatch-confirm-password = The passwords differ: type the new password the same way twice.
security-title = Security
cabinet-tabs-label = Cabinet sections
password-change-title = Change password
password-changed = Your password has been changed. Other sessions have ended.
field-old-password = Old password
field-new-password = New password
field-confirm-password = Confirm password
validation-format-new-password = The password needs at least 10 characters.
sessions-title = Active sessions
sessions-count = { $count ->
    [one] { $count } active session
   *[other] { $count } active sessions
}
session-current = this device
sign-out-everywhere = Sign out on all devices
orders-title = Ordered services
orders-none = You have not ordered any services yet.
orders-filter-status = Status
orders-col-status = Status
orders-col-documents = Submitted documents
orders-col-provider = Provider
orders-col-service = Service
orders-col-date = Order date
orders-back = Back to ordered services
order-back = Back to the ordered service
order-detail-title = Ordered service
order-organisation = Organisation
order-registration-number = Registration number
order-registration-date = Registration date
order-control-date = Control deadline
order-execution-date = Execution date
order-comment = Comment
order-status-sent = Sent, awaiting registration
order-status-registered = Registered
order-status-refused = Refused or left without consideration
order-status-done = Done, answer given

## Cabinet: drafts
drafts-title = Drafts
drafts-none = No drafts. An application is kept as a draft until you send it.
drafts-col-created = Created
drafts-col-actions = Actions
drafts-continue = Continue
drafts-continue-named = Continue filling in: { $service }
drafts-delete = Delete
drafts-delete-named = Delete the draft: { $service }
drafts-delete-question = Delete the draft “{ $service }”?
drafts-delete-confirm = Yes, delete
drafts-deleted = The draft “{ $service }” was deleted.
cancel = Cancel
undo = Undo

## Cabinet: notifications
notifications-title = Notifications
notifications-none = No notifications.
notifications-unread = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
notification-new = new
notification-order-event = “{ $service }”: { $event }
notification-event-sent = Application sent, awaiting registration
notification-event-registered = Registered, { $detail }
notification-event-refused = Refused: { $detail }
notification-event-done = Done, answer given
notification-event-withdrawn = Application withdrawn
notification-event-payment-confirmed = Payment confirmed
notification-event-complaint-filed = Complaint No. { $detail } filed, awaiting consideration
notification-event-complaint-withdrawn = Complaint No. { $detail } withdrawn
notification-order-status-details = The order “{ $service }” is now: { $status }.
notification-answer-ready = The answer to your order “{ $service }” is ready
notification-answer-ready-details = The provider has answered your order “{ $service }”. See it on the order’s page.
notification-new-sign-in = Sign-in from a new device
notification-new-sign-in-details = Someone signed in to your cabinet from a new device or browser. If it was not you, change your password and sign out on all devices under “Security”.
notification-open-order = Open the order

## Cabinet: deletion
delete-cabinet-title = Delete the cabinet
delete-cabinet-start = Delete the cabinet…
delete-cabinet-will-lose = These will be deleted for good:
delete-cabinet-drafts = { $count ->
    [one] { $count } draft
   *[other] { $count } drafts
}
delete-cabinet-notifications = { $count ->
    [one] { $count } notification
   *[other] { $count } notifications
}
delete-cabinet-sessions = { $count ->
    [one] { $count } active session (you will be signed out)
   *[other] { $count } active sessions (you will be signed out)
}
delete-cabinet-personal-data = your personal data, e-mail address and password
delete-cabinet-orders-stay = Your ordered services ({ $count }) stay with their providers, as the law requires, but are no longer linked to you or shown in a cabinet.
delete-cabinet-type-email = To confirm, type the cabinet’s e-mail address ({ $email })
delete-cabinet-confirm = Delete the cabinet for good
validation-mismatch-confirmation = The address typed is not the cabinet’s address.
cabinet-deleted-title = Cabinet deleted
cabinet-deleted-text = Your cabinet and personal data were deleted. Your ordered services stay with their providers.
cabinet-deleted-home = To the home page

## Password reset and address change
forgot-password-link = Forgot your password?
forgot-password-title = Reset your password
forgot-password-intro = Type your cabinet’s e-mail address: we will send a link there to set a new password.
forgot-password-remembered = Remembered it?
forgot-password-send = Send the link
forgot-password-sent = If a cabinet with this address exists, we have sent it a link. It works for an hour.
reset-password-title = New password
reset-password-done = Your password was changed and every session ended: sign in with the new password.
confirm-email-title = Confirm the new address
confirm-email-done = Your cabinet’s e-mail address was changed.
email-change-title = Change the e-mail address
email-change-send = Send a link to the new address
email-change-sent = We have sent a link to { $email }. The address changes when you open it.
field-new-email = New e-mail address
field-current-password = Current password
validation-format-new-email = Type an address like name@example.com.
validation-mismatch-new-email = This is already your cabinet’s address.
validation-mismatch-password = The password is not right.
error-email-taken = This address belongs to another cabinet.

## Cabinet: appointments
appointments-title = Appointments
appointments-upcoming = Your appointments
appointments-none = No appointments.
appointments-book = Book an appointment
appointment-centre = Service centre (TsNAP or “One window”)
appointment-choose-centre = Choose a centre
appointment-date = Date
appointment-time = Free times
appointment-taken = taken
appointment-submit = Book
appointment-closed = The centre does not receive visitors that day. Choose another date.
appointment-choose-time = Choose a free time.
appointment-booked = You are booked for { $date } at { $time }.
appointment-cancelled = The appointment on { $date } at { $time } was cancelled.
appointment-cancel = Cancel the appointment
appointment-cancel-named = Cancel the appointment on { $date } at { $time }
error-slot-taken = Someone has just taken this time. Choose another: the list is up to date.
error-bad-date = Type the date as dd.mm.yyyy.
error-outside-window = You can book from tomorrow, up to 30 days ahead.
error-no-such-slot = The centre has no such time. Choose one from the list.
error-appointment-limit = You already have three upcoming appointments. Cancel one to book another.
error-appointment-same-day = You already have an appointment at this centre on this day.
error-draft-conflict = The draft was changed in another tab or on another device. Choose which version to keep.
error-draft-limit = You already have 100 drafts. Send or delete one to start a new one.
error-file-type = Attach a PDF, PNG or JPEG file whose name matches its content (for example scan.pdf for a PDF).
error-attachment-limit = An application takes at most 20 files. Remove one to add another.
error-storage-quota = The portal keeps 200 MB or 200 of your files already (in drafts, and in orders of the last 12 months): the most it keeps for one person. Remove files you do not need from your drafts; a deleted draft’s files free their space 24 hours after it was deleted.
error-too-many-uploads = You have added too many files within an hour. Try again later.
error-too-many-submissions = You have sent too many applications within an hour. Try again later: the application stays in your drafts.
delete-cabinet-appointments = { $count ->
    [one] { $count } appointment (it will be cancelled)
   *[other] { $count } appointments (they will be cancelled)
}

## Unique identifier (seed 004)
identifier-sign-in-title = Sign in with a unique identifier
identifier-sign-in-intro = A “One window” office issues the identifier with a first password.
field-identifier = Unique identifier
field-identifier-hint = 12 digits, for example 1111-2222-3333
validation-format-identifier = An identifier has 12 digits.
identifier-title = Unique identifier
identifier-yours = Your identifier:
identifier-password-title = The identifier’s password
identifier-refuse = Refuse the identifier…
identifier-refuse-question = Refuse the identifier? Signing in with it will be blocked until a “One window” office restores it. Your cabinet and its history stay.
identifier-refuse-confirm = Yes, refuse it
identifier-refused = You refused your identifier: signing in with it is blocked. A “One window” office can restore it, with all your history.
error-identifier-refused = This identifier was refused, so signing in with it is blocked. A “One window” office can restore it.
order-answers = Answer

## Application (a service’s form)
application-title-plain = Application
application-steps = Application steps
application-step-of = Step { $n } of { $total }
application-next = Next
application-back = Back
application-to-review = Review the application
application-review = Review
application-review-missing = { $count ->
    [one] { $count } more field must be filled in before the application can be sent.
   *[other] { $count } more fields must be filled in before the application can be sent.
}
application-change = Change
application-change-named = Change: { $field }
application-no-answer = Not filled in
application-dropped-title = No longer asked
application-dropped-note = The application form has changed since you began this draft. These answers are kept in the draft but will not be sent.
application-yes = Yes
application-no = No
application-choose = Choose…
application-entry = Entry { $n }
application-add-entry = Add another entry
application-remove-entry = Remove entry { $n }
application-attached = Attached: { $name } ({ $size })
# A file's size (one decimal at most, the language's decimal sign).
file-size-bytes = { $n } B
file-size-kb = { $n } KB
file-size-mb = { $n } MB
application-remove-file = Remove the file { $name }
application-attaching = Uploading the file…
application-errors-title = Please check:
application-date-hint = Format: dd.mm.yyyy, for example 24.08.1991
application-money-hint = For example: 1250.50
application-save-saved = Saved
application-save-pending = Unsaved changes
application-save-saving = Saving…
application-save-offline = No connection — the changes are kept in this browser and will be sent as soon as the connection is back
# On a public computer the browser keeps no copy.
application-save-offline-keep-open = No connection — keep this page open: the changes will be sent as soon as the connection is back
application-save-failed = Could not save.
application-save-conflict = Conflict: this application was changed in another tab or on another device. Choose which version to keep.
application-conflict-keep-mine = Keep all the answers on this page
application-conflict-take-saved = Take the whole saved version
application-conflict-title = Two versions of the application
application-conflict-intro = While you were filling in the application here, it was changed in another tab or on another device. Below are the fields where the versions differ. Choose which answer to keep for each; nothing is lost until you choose.
application-conflict-field = Field
application-conflict-mine = On this page
application-conflict-theirs = Saved version
application-conflict-apply = Save my choice
application-save-now = Save the draft
application-back-to-service = Back to the service
validation-form-text = The text is too long.
validation-form-number = Enter a whole number within the allowed range.
validation-form-date = Enter a real date as dd.mm.yyyy.
validation-form-choice = Choose one of the options.
validation-form-consent = Confirm by ticking the box.
validation-form-edrpou = An EDRPOU code has 8 digits.
validation-checksum-edrpou = The EDRPOU code has a mistake: its check digit does not match. Check the code.
validation-form-money = Enter an amount, for example 1250.50.
validation-form-group = The number of entries is not as required.
validation-form-attachment = Attach a file.
sign-in-public-computer = I am on a shared computer (a service centre, a library)
sign-in-public-computer-hint = Nothing will be kept in this browser, and after signing out or 15 minutes without activity every trace is wiped.
public-computer-idle-title = Your session is about to end
public-computer-idle-text = You have done nothing for almost 15 minutes. In a minute the session ends and your data is wiped from this computer.
public-computer-idle-stay = Keep working
application-file-limit = PDF, JPEG or PNG, at most 10 MB
error-file-too-large = The file is larger than 10 MB. Make it smaller (for example, scan at a lower resolution) and add it again.

# Submitting and paying (issue 13)
order-payment-title = Payment
order-next-pay-code = Application sent. Pay { $amount } by the order code
order-next-pay-card = Application sent. Pay { $amount } by card
order-next-sent = Application sent
order-next-sent-text = The provider will register it. You will learn of the registration and of every later change from the notifications in your account and by e-mail.
order-payment-code = Order code for payment
order-payment-copy = Copy the code
order-payment-copied = Code copied.
order-payment-copy-failed = Could not copy: select the code and copy it by hand.
order-payment-amount = Amount
order-payment-recipient = Recipient
order-payment-iban = IBAN:
order-payment-recipient-code = Recipient’s code:
order-payment-for = Purpose: an administrative service, { $provider }
order-payment-qr = Scan the QR code with your phone’s camera or in your banking app: the recipient, IBAN, amount and order code fill themselves in (the NBU payment QR format).
order-payment-qr-code-only = The QR code carries the order code only: scan it in your banking app on the pay-by-number screen.
order-payment-qr-alt = QR code to pay in a banking app
order-payment-print = Print the payment slip
order-payment-print-now = Print
# The printed slip's own title (the link to it says what to do).
order-payment-slip-title = Payment slip
order-payment-how = Pay at a bank, in online banking or at a terminal by saying or typing the order code; spaces and dashes may be left out. Keep the receipt.
order-card-how = Pay by card on the payment provider’s page. The extract is produced as soon as it is paid.
order-card-pay = Pay by card
order-card-declined = The bank declined the payment. Try another card.
order-card-insufficient = There are not enough funds on the card. Try another card.
order-card-refund = The card was charged when the application no longer awaited payment. Returning the money to the card has not succeeded yet: it will be tried again.
order-card-refunded = The card was charged when the application no longer awaited payment: the money has been returned to the card.
order-payment-paid-closed = This application has already been paid for. The money can be returned on a request to the provider ({ $provider }) where the service’s rules allow it; give the order code in your request.
order-extract-demo = This portal is not connected to the state register: after paying you get a demonstration document without register data, which has no legal force.
extract-demo-mark = DEMONSTRATION DOCUMENT — NOT AN EXTRACT FROM THE REGISTER
extract-demo-notice = This portal is not connected to the state register. The document was made automatically to demonstrate the portal: it holds no register data and has no legal force.
extract-order-number = Order number
extract-order-code = Order code
extract-made-at = Made on
extract-as-entered = Request parameters (as entered by the applicant)
extract-register = Register data
extract-no-register = No register data: the portal is not connected to the state register. A deployment connected to a register gives its answer here.
order-sent-title = Application as submitted
application-submit = Submit
application-submitting = Submitting…
application-submit-note = Once submitted, the application cannot be changed; it can be withdrawn until it has been considered.
order-timeline-title = Progress
order-actor-applicant = applicant
order-actor-provider = service provider
order-actor-payment = payment system
order-status-withdrawn = Withdrawn
error-order-closed = The application has been decided or withdrawn already: it cannot be withdrawn.
error-nothing-to-pay = This application is not waiting for a card payment: it has been paid or closed already.
error-complaint-not-allowed = The complaint cannot be filed or changed: there is no decision yet, another complaint is still open, or it was withdrawn already.
order-withdraw = Withdraw the application
order-withdraw-reason = Reason for withdrawing
order-withdraw-confirm = Yes, withdraw
complaints-title = Complaints
complaint-number = Complaint No. { $number }
complaint-status-filed = Filed, awaiting consideration
complaint-status-withdrawn = Withdrawn
complaint-text = Text of the administrative complaint
complaint-text-hint = What in the decision you appeal against, and why; up to 5,000 characters.
complaint-files = Documents for the complaint (optional)
complaint-file = File the complaint
complaint-withdraw = Withdraw the complaint
complaint-withdraw-confirm = Withdraw the complaint? Its consideration will stop.
order-withdraw-cancel = Do not withdraw
order-withdraw-warning = A withdrawn application is not considered. To receive the service you will have to apply again.
order-withdrawn = The application has been withdrawn.
validation-format-reason = Please keep the reason to 1000 characters at most.
order-payment-state = Payment
payment-state-awaiting = Awaiting payment
payment-state-receipt-sent = Paid, awaiting confirmation
payment-state-confirmed = Payment confirmed
order-receipt = Payment receipt
order-code-find = Find an order by its payment code
order-code-open = Open
order-code-not-digits = The code is digits only (spaces and dashes may stay).
order-code-length = The code has 30 digits; { $count } were typed.
order-code-check = The code has a mistake: check digit group { $groups } (groups of five, from the left).
order-code-unknown = There is no order with this code in your cabinet.
