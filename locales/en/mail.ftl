# The portal’s mail (issue 16): each mail’s subject and text. Links ($link)
# are absolute, from --public-url. The server makes the HTML part from the text.

mail-greeting = Hello,
mail-signature = E-services portal. This mail was sent automatically; there is no need to reply.

mail-activation-subject = Activate your account
mail-activation-body = To activate your account on the e-services portal, open this link:
    { $link }
    The link works for { $hours } hours. If you did not register on the portal, ignore this mail.

mail-registration-again-subject = Registration on the portal
mail-registration-again-body = Someone tried to register an account with this address, but an account with it exists already. If it was you, sign in or reset your password:
    { $link }

mail-reset-subject = Password reset
mail-reset-body = To set a new password, open this link:
    { $link }
    The link works for an hour. If you did not ask to change your password, ignore this mail.

mail-email-change-subject = Confirm your new address
mail-email-change-body = To make this the address of your account, open this link:
    { $link }
    If you did not ask to change your address, ignore this mail.

mail-email-changed-subject = Address changed
mail-email-changed-body = The e-mail address of your account was changed to another one. If it was not you, contact the portal’s support.

mail-order-subject = Order No. { $order }: { $what }
mail-order-body = { $what }
    Service: { $service }
    Changed: { $when }
    Details are in your account:
    { $link }
