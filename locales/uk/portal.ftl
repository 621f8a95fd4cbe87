# Ukrainian: the portal’s default language.

portal-name = Портал електронних послуг
skip-to-content = Перейти до основного вмісту
loading = Завантаження…
retry = Спробувати ще раз
error-title = Не вдалося завантажити дані
error-network = Немає зв’язку із сервером. Перевірте підключення до інтернету і спробуйте ще раз.
error-timeout = Сервер не відповів учасно. Спробуйте ще раз за хвилину.
error-not-found = Запитаних даних не знайдено.
error-server = На сервері сталася помилка. Ми вже про неї знаємо; спробуйте ще раз пізніше.
error-unavailable = Сервер зараз перевантажений. Нічого не втрачено: спробуйте ще раз за кілька секунд.
error-request = Запит не прийнято. Оновіть сторінку і спробуйте ще раз.
error-decode = Сервер надіслав відповідь, яку не вдалося прочитати. Оновіть сторінку.

language-switch-label = Мова інтерфейсу
account-nav-label = Кабінет
sign-in = Увійти до кабінету
register = Зареєструватися
header-offline = Немає зв’язку
header-menu = Меню
search-label = Пошук
search-placeholder = Знайти послугу, орган влади, ЦНАП
search-button = Знайти
search-hint = Наприклад: Видача міжнародного посвідчення водія

footer-nav-label = Довідка
footer-faq = Питання та відповіді
footer-instructions = Інструкції
footer-integration = Як інтегруватись
footer-feedback = Зворотний зв’язок

audience-switch-label = Для кого послуги
breadcrumbs-label = Ви тут
breadcrumb-home = Головна

home-title = Державні послуги онлайн
home-lead = Оберіть розділ або скористайтеся пошуком, щоб знайти потрібну послугу.

service-online = Можна замовити онлайн
service-offline = Лише особисто
service-provider = Суб’єкт надання
service-applicants = Хто може звернутися
service-cost = Вартість
service-term = Строк надання
service-availability = Спосіб отримання
service-documents = Необхідні документи
service-order-online = Замовити послугу онлайн
service-order-needs-sign-in = Щоб замовити послугу, увійдіть до кабінету.
service-offline-explained = Цю послугу можна отримати лише особисто, звернувшись до суб’єкта надання або ЦНАП.

cost-free = Безоплатно
cost-fee-uah = { $amount } грн
cost-fee-byn = { $amount } BYN
term-immediate = Одразу після звернення
term-working-days = { $days ->
    [one] { $days } робочий день
    [few] { $days } робочі дні
   *[other] { $days } робочих днів
}
term-calendar-days = { $days ->
    [one] { $days } календарний день
    [few] { $days } календарні дні
   *[other] { $days } календарних днів
}

not-found-title = Сторінку не знайдено
not-found-text = Можливо, посилання застаріло або в адресі помилка. Спробуйте пошук або поверніться на головну.
not-found-home = На головну сторінку
back-to-catalogue = До каталогу послуг

search-title = Результати пошуку
search-empty-query = Введіть назву послуги, органу влади або ЦНАП у поле пошуку.
search-count = { $count ->
    [one] Знайдено { $count } послугу за запитом «{ $query }»
    [few] Знайдено { $count } послуги за запитом «{ $query }»
   *[other] Знайдено { $count } послуг за запитом «{ $query }»
}
search-nothing-found = Нічого не знайдено. Перевірте написання або скоротіть запит.
search-similar-count = { $count ->
    [one] Знайдено { $count } схожу послугу за запитом «{ $query }»
    [few] Знайдено { $count } схожі послуги за запитом «{ $query }»
   *[other] Знайдено { $count } схожих послуг за запитом «{ $query }»
}
search-no-exact-matches = Точних збігів немає. Схожі послуги:
search-nothing-title = Як знайти потрібне
search-nothing-spelling = Перевірте написання: пошук пробачає одну-дві помилки в слові, але не більше.
search-nothing-fewer-words = Спробуйте коротший запит або інші слова, наприклад «паспорт», «пенсія», «ФОП».
search-nothing-other-names = Шукайте також за назвою органу влади чи документа, наприклад «Пенсійний фонд» або «витяг».
search-most-used = Популярні послуги
search-browse-categories = Послуги за категоріями
search-suggestions-similar = { $count ->
    [one] Точних збігів немає, { $count } схожа підказка. Стрілки вгору і вниз — вибір, Enter — відкрити.
    [few] Точних збігів немає, { $count } схожі підказки. Стрілки вгору і вниз — вибір, Enter — відкрити.
   *[other] Точних збігів немає, { $count } схожих підказок. Стрілки вгору і вниз — вибір, Enter — відкрити.
}

faq-title = Питання та відповіді
faq-p1 = Що можна зробити на порталі? Знайти державну послугу, дізнатися, хто її надає, скільки вона коштує, скільки триває і які документи потрібні.
faq-p2 = Чи потрібно реєструватися, щоб переглядати послуги? Ні. Каталог відкритий для всіх; вхід потрібен лише для замовлення послуги.
faq-p3 = Як змінити мову? Оберіть «Українська», «Беларуская» або «English» угорі сторінки. Портал запам’ятає ваш вибір.
faq-p4 = Що означає «Можна замовити онлайн»? Заяву на таку послугу можна подати через портал, не відвідуючи установу.
faq-p5 = Скільки коштує послуга? Вартість указано на сторінці послуги: «Безоплатно» або сума в гривнях чи білоруських рублях.
faq-p6 = Що робити, якщо сторінка не завантажується? Натисніть «Спробувати ще раз»; якщо не допомогло, напишіть нам через «Зворотний зв’язок».
instructions-title = Інструкції
instructions-p1 = Оберіть розділ «Громадянам» або «Бізнесу» на головній сторінці.
instructions-p2 = Відкрийте категорію, наприклад «Транспорт», і оберіть послугу зі списку.
instructions-p3 = На сторінці послуги перевірте, хто може звернутися, вартість, строк і перелік документів.
instructions-p4 = Якщо послугу можна замовити онлайн, натисніть «Замовити послугу онлайн» і увійдіть до кабінету.
integration-title = Як інтегруватись
integration-p1 = Регіональний портал може вбудувати цей портал у свою сторінку: додайте елемент з атрибутом data-e-portal і підключіть таблицю стилів та модуль зі сторінки index.html нашого порталу.
integration-p2 = Атрибути елемента задають адресу API (data-api-base), типову мову (data-lang: uk, be або en), тему (data-theme: default або contrast) і маршрутизацію (data-router: hash, щоб не змінювати адресу сторінки-господаря).
integration-p3 = Стилі порталу діють лише всередині його кореневого елемента і не впливають на сторінку-господаря. Адресу сторінки-господаря слід додати до списку дозволених джерел (PORTAL_EMBED_ORIGINS).
feedback-title = Зворотний зв’язок
feedback-p1 = Помітили помилку в описі послуги або маєте пропозицію? Напишіть на адресу служби підтримки, зазначивши адресу сторінки.
feedback-p2 = Служба підтримки відповідає протягом п’яти робочих днів.
sign-in-page-title = Вхід до кабінету
register-page-title = Реєстрація

search-suggestions-label = Підказки пошуку
search-suggestions-none = Підказок немає. Натисніть Enter, щоб шукати.
search-suggestions-count = { $count ->
    [one] { $count } підказка. Стрілки вгору і вниз — вибір, Enter — відкрити.
    [few] { $count } підказки. Стрілки вгору і вниз — вибір, Enter — відкрити.
   *[other] { $count } підказок. Стрілки вгору і вниз — вибір, Enter — відкрити.
}
search-group-services = Послуги
search-group-providers = Органи влади
search-filters = Фільтри
search-filter-audience = Для кого
search-filter-all = Усі
search-filter-online = Лише онлайн-послуги
audience-citizens = Громадянам
audience-business = Бізнесу
provider-services = Послуги
country-ua = Україна
country-by = Республіка Білорусь
search-group-centres = Центри надання послуг
centre-address = Адреса
centre-hours = Графік роботи
centre-closed-other-days = В інші дні — вихідний.
weekday-1 = Пн
weekday-2 = Вт
weekday-3 = Ср
weekday-4 = Чт
weekday-5 = Пт
weekday-6 = Сб
weekday-7 = Нд
# Час на годиннику країни послуги, названому, коли він не ваш
time-in-kyiv = { $time } за київським часом
time-in-minsk = { $time } за мінським часом
search-filter-category = Категорія
search-filter-provider = Суб’єкт надання

sign-out = Вийти
signed-in-as = Ви увійшли як
sign-in-no-account = Ще немає кабінету?
register-intro = Заповніть поля, як у паспорті. На вашу електронну пошту прийде лист із посиланням для активації кабінету.
register-submit = Зареєструватися
register-sent = Дякуємо! Ми надіслали лист із посиланням для активації кабінету. Відкрийте його, щоб завершити реєстрацію.
form-has-errors = Виправте, будь ласка, поля форми
activate-title = Активація кабінету
activate-done = Кабінет активовано. Тепер ви можете увійти.
activate-intro = Щоб завершити активацію, введіть пароль, який ви обрали під час реєстрації.
activate-submit = Активувати кабінет
field-email = Електронна адреса
field-password = Пароль
field-full-name = Прізвище, ім’я, по батькові
field-rnokpp = РНОКПП (ідентифікаційний код, Україна)
field-passport = Серія та номер паспорта громадянина України
field-phone = Телефон
field-postal-code = Поштовий індекс
field-address = Адреса
field-region = Регіон
hint-password = Щонайменше 10 символів.
hint-phone = Наприклад, 067 123 45 67 або +380 67 123 45 67; білоруський — +375 29 123 45 67.
hint-passport = Книжечка: «АА 123456»; ID-картка: 9 цифр.
validation-required = Заповніть це поле.
validation-characters = Поле містить невидимі або керувальні символи (наприклад, розрив рядка). Введіть текст звичайними літерами.
validation-format-email = Введіть адресу у вигляді name@example.ua.
validation-format-password = Пароль має містити щонайменше 10 символів.
validation-format-full-name = Ім’я задовге (не більше 200 символів).
validation-format-rnokpp = РНОКПП складається з 10 цифр.
validation-checksum-rnokpp = У РНОКПП помилка: контрольна цифра не збігається. Перевірте номер.
validation-format-passport = Введіть дві великі кириличні літери і 6 цифр або 9 цифр ID-картки.
register-country-legend = Документи якої держави ви маєте
register-country-ua = Україна
register-country-by = Республіка Білорусь
field-personal-number = Ідентифікаційний номер (Республіка Білорусь)
field-by-passport = Серія та номер паспорта громадянина Республіки Білорусь
hint-personal-number = 14 знаків, як у паспорті чи ID-картці: 3010190A001PB1.
hint-by-passport = Дві латинські літери і 7 цифр: MP1234567.
validation-format-personal-number = Ідентифікаційний номер має 14 знаків: 7 цифр, латинська літера, 3 цифри, 2 латинські літери і цифра, як у паспорті.
validation-format-by-passport = Введіть дві латинські літери і 7 цифр, наприклад MP1234567.
validation-format-phone = Номер має бути українським (067 123 45 67 або +380XXXXXXXXX) чи білоруським (+375XXXXXXXXX).
validation-format-postal-code = Індекс: 5 цифр для України, 6 цифр для Білорусі.
validation-format-address = Адреса задовга (не більше 200 символів).
validation-format-region = Назва регіону задовга (не більше 200 символів).
error-bad-credentials = Неправильна електронна адреса або пароль.
error-not-activated = Кабінет ще не активовано: відкрийте посилання з листа, який ми надіслали.
error-too-many-attempts = Забагато невдалих спроб. Спробуйте ще раз за 15 хвилин.
error-too-many-mails = Забагато листів на цю адресу або із цього пристрою. Спробуйте ще раз за годину.
error-invalid-token = Посилання недійсне, вже використане або застаріле.
error-signed-out = Сеанс завершено. Увійдіть знову.
error-invalid-fields = Деякі поля заповнено неправильно.

personal-data-title = Персональні дані
personal-data-saved = Дані збережено.
save = Зберегти
validation-mismatch-old-password = Старий пароль не збігається.
validation-mismatch-confirm-password = Паролі не збігаються: введіть новий пароль двічі однаково.
security-title = Безпека
cabinet-tabs-label = Розділи кабінету
password-change-title = Зміна пароля
password-changed = Пароль змінено. Інші сеанси завершено.
field-old-password = Старий пароль
field-new-password = Новий пароль
field-confirm-password = Підтвердження пароля
validation-format-new-password = Пароль має містити щонайменше 10 символів.
sessions-title = Активні сеанси
sessions-count = { $count ->
    [one] { $count } активний сеанс
    [few] { $count } активні сеанси
   *[other] { $count } активних сеансів
}
session-current = цей пристрій
sign-out-everywhere = Вийти на всіх пристроях
orders-title = Замовлені послуги
orders-none = Ви ще не замовляли послуг.
orders-filter-status = Статус
orders-col-status = Статус
orders-col-documents = Подані документи
orders-col-provider = Суб’єкт надання
orders-col-service = Послуга
orders-col-date = Дата замовлення
orders-back = До списку замовлених послуг
order-back = До замовленої послуги
order-detail-title = Замовлена послуга
order-organisation = Назва організації
order-registration-number = Реєстраційний номер
order-registration-date = Дата реєстрації
order-control-date = Контрольний термін
order-execution-date = Дата виконання
order-comment = Коментар
order-status-sent = Надіслано, очікує реєстрації
order-status-registered = Зареєстровано
order-status-refused = Відмовлено або залишено без розгляду
order-status-done = Виконано, відповідь надано

## Кабінет: чернетки
drafts-title = Чернетки
drafts-none = Чернеток немає. Заява зберігається як чернетка, доки ви її не надішлете.
drafts-col-created = Створено
drafts-col-actions = Дії
drafts-continue = Продовжити
drafts-continue-named = Продовжити заповнення: { $service }
drafts-delete = Видалити
drafts-delete-named = Видалити чернетку: { $service }
drafts-delete-question = Видалити чернетку «{ $service }»?
drafts-delete-confirm = Так, видалити
drafts-deleted = Чернетку «{ $service }» видалено.
cancel = Скасувати
undo = Повернути

## Кабінет: повідомлення
notifications-title = Повідомлення
notifications-none = Повідомлень немає.
notifications-unread = { $count ->
    [one] { $count } непрочитане повідомлення
    [few] { $count } непрочитані повідомлення
   *[other] { $count } непрочитаних повідомлень
}
notification-new = нове
notification-order-event = «{ $service }» — { $event }
notification-event-sent = Заяву надіслано, вона очікує реєстрації
notification-event-registered = Зареєстровано, { $detail }
notification-event-refused = Відмовлено: { $detail }
notification-event-done = Виконано, відповідь надано
notification-event-withdrawn = Заяву відкликано
notification-event-payment-confirmed = Оплату підтверджено
notification-event-complaint-filed = Скаргу № { $detail } подано, вона очікує розгляду
notification-event-complaint-withdrawn = Скаргу № { $detail } відкликано
notification-order-status-details = Нинішній статус замовлення «{ $service }»: { $status }.
notification-answer-ready = Відповідь на замовлення «{ $service }» готова
notification-answer-ready-details = Суб’єкт надання послуги відповів на замовлення «{ $service }». Відповідь можна переглянути на сторінці замовлення.
notification-new-sign-in = Вхід до кабінету з нового пристрою
notification-new-sign-in-details = До вашого кабінету увійшли з нового пристрою або браузера. Якщо це були не ви, змініть пароль і завершіть усі сеанси в розділі «Безпека».
notification-open-order = Відкрити замовлення

## Кабінет: видалення
delete-cabinet-title = Видалення кабінету
delete-cabinet-start = Видалити кабінет…
delete-cabinet-will-lose = Буде видалено назавжди:
delete-cabinet-drafts = { $count ->
    [one] { $count } чернетку
    [few] { $count } чернетки
   *[other] { $count } чернеток
}
delete-cabinet-notifications = { $count ->
    [one] { $count } повідомлення
    [few] { $count } повідомлення
   *[other] { $count } повідомлень
}
delete-cabinet-sessions = { $count ->
    [one] { $count } активний сеанс (вас буде виведено з кабінету)
    [few] { $count } активні сеанси (вас буде виведено з кабінету)
   *[other] { $count } активних сеансів (вас буде виведено з кабінету)
}
delete-cabinet-personal-data = ваші персональні дані, електронну адресу й пароль
delete-cabinet-orders-stay = Замовлені послуги ({ $count }) залишаться в суб’єктів надання, як того вимагає закон, але більше не будуть пов’язані з вами й не показуватимуться в кабінеті.
delete-cabinet-type-email = Щоб підтвердити, введіть адресу електронної пошти кабінету ({ $email })
delete-cabinet-confirm = Видалити кабінет назавжди
validation-mismatch-confirmation = Введена адреса не збігається з адресою кабінету.
cabinet-deleted-title = Кабінет видалено
cabinet-deleted-text = Ваш кабінет і персональні дані видалено. Замовлені послуги залишилися в суб’єктів надання.
cabinet-deleted-home = На головну

## Відновлення пароля і зміна адреси
forgot-password-link = Забули пароль?
forgot-password-title = Відновлення пароля
forgot-password-intro = Введіть адресу електронної пошти кабінету: ми надішлемо на неї посилання, за яким можна задати новий пароль.
forgot-password-remembered = Згадали пароль?
forgot-password-send = Надіслати посилання
forgot-password-sent = Якщо кабінет із цією адресою існує, ми надіслали на неї посилання. Воно діє годину.
reset-password-title = Новий пароль
reset-password-done = Пароль змінено. Усі сеанси завершено: увійдіть з новим паролем.
confirm-email-title = Підтвердження нової адреси
confirm-email-done = Адресу електронної пошти кабінету змінено.
email-change-title = Зміна електронної пошти
email-change-send = Надіслати посилання на нову адресу
email-change-sent = Ми надіслали посилання на { $email }. Адреса зміниться, коли ви його відкриєте.
field-new-email = Нова адреса електронної пошти
field-current-password = Поточний пароль
validation-format-new-email = Введіть адресу у вигляді name@example.ua.
validation-mismatch-new-email = Це вже адреса вашого кабінету.
validation-mismatch-password = Пароль не збігається.
error-email-taken = Ця адреса вже належить іншому кабінету.

## Кабінет: запис на прийом
appointments-title = Запис на прийом
appointments-upcoming = Ваші записи
appointments-none = Записів на прийом немає.
appointments-book = Записатися на прийом
appointment-centre = ЦНАП або «Одне вікно»
appointment-choose-centre = Оберіть центр
appointment-date = Дата
appointment-time = Вільні години
appointment-taken = зайнято
appointment-submit = Записатися
appointment-closed = Цього дня центр не приймає. Оберіть іншу дату.
appointment-choose-time = Оберіть вільний час.
appointment-booked = Вас записано на { $date } о { $time }.
appointment-cancelled = Запис на { $date } о { $time } скасовано.
appointment-cancel = Скасувати запис
appointment-cancel-named = Скасувати запис на { $date } о { $time }
error-slot-taken = Цей час щойно зайняли. Оберіть інший — перелік оновлено.
error-bad-date = Введіть дату у вигляді дд.мм.рррр.
error-outside-window = Записатися можна із завтрашнього дня і не більше ніж на 30 днів наперед.
error-no-such-slot = Цього часу немає в розкладі центру. Оберіть час із переліку.
error-appointment-limit = У вас уже три майбутні записи. Скасуйте один, щоб записатися ще.
error-appointment-same-day = У вас уже є запис до цього центру на цей день.
error-draft-conflict = Чернетку змінено в іншій вкладці або на іншому пристрої. Оберіть, яку версію зберегти.
error-draft-limit = У вас уже 100 чернеток. Подайте або видаліть одну, щоб почати нову.
error-file-type = Додайте файл PDF, PNG або JPEG, назва якого відповідає вмісту (наприклад, скан.pdf для PDF).
error-attachment-limit = До заяви можна додати щонайбільше 20 файлів. Видаліть зайвий, щоб додати інший.
error-storage-quota = На порталі вже зберігається 200 МБ або 200 ваших файлів (у чернетках, а також у замовленнях за останні 12 місяців) — більше для однієї особи портал не зберігає. Видаліть непотрібні файли із чернеток; файли видалених чернеток звільняють місце через 24 години.
error-too-many-uploads = Ви додали забагато файлів за годину. Спробуйте ще раз пізніше.
error-too-many-submissions = Ви подали забагато заяв за годину. Спробуйте ще раз пізніше — заява зберігається в чернетках.
delete-cabinet-appointments = { $count ->
    [one] { $count } запис на прийом (його буде скасовано)
    [few] { $count } записи на прийом (їх буде скасовано)
   *[other] { $count } записів на прийом (їх буде скасовано)
}

## Унікальний ідентифікатор (seed 004)
identifier-sign-in-title = Вхід за унікальним ідентифікатором
identifier-sign-in-intro = Ідентифікатор видає служба «Одне вікно» разом із першим паролем.
field-identifier = Унікальний ідентифікатор
field-identifier-hint = 12 цифр, наприклад 1111-2222-3333
validation-format-identifier = Ідентифікатор складається з 12 цифр.
identifier-title = Унікальний ідентифікатор
identifier-yours = Ваш ідентифікатор:
identifier-password-title = Пароль ідентифікатора
identifier-refuse = Відмовитися від ідентифікатора…
identifier-refuse-question = Відмовитися від ідентифікатора? Вхід за ним буде заблоковано, доки служба «Одне вікно» не відновить його. Кабінет та його історія залишаться.
identifier-refuse-confirm = Так, відмовитися
identifier-refused = Ви відмовилися від ідентифікатора: вхід за ним заблоковано. Відновити його може служба «Одне вікно»; уся історія збережеться.
error-identifier-refused = Від цього ідентифікатора відмовилися: вхід за ним заблоковано. Відновити його можна в службі «Одне вікно».
order-answers = Відповідь

## Заява (форма послуги)
application-title-plain = Заява
application-steps = Кроки заяви
application-step-of = Крок { $n } з { $total }
application-next = Далі
application-back = Назад
application-to-review = Перевірити заяву
application-review = Перевірка заяви
application-review-missing = { $count ->
    [one] Ще { $count } поле потрібно заповнити, перш ніж подати заяву.
    [few] Ще { $count } поля потрібно заповнити, перш ніж подати заяву.
   *[other] Ще { $count } полів потрібно заповнити, перш ніж подати заяву.
}
application-change = Змінити
application-change-named = Змінити: { $field }
application-no-answer = Не заповнено
application-dropped-title = Більше не запитується
application-dropped-note = Форму заяви змінено після того, як ви почали цю чернетку. Ці відповіді збережено в чернетці, але їх не буде надіслано.
application-yes = Так
application-no = Ні
application-choose = Оберіть…
application-entry = Запис { $n }
application-add-entry = Додати ще запис
application-remove-entry = Видалити запис { $n }
application-attached = Додано файл { $name } ({ $size })
# A file's size (one decimal at most, the language's decimal sign).
file-size-bytes = { $n } Б
file-size-kb = { $n } КБ
file-size-mb = { $n } МБ
application-remove-file = Видалити файл { $name }
application-attaching = Файл завантажується…
application-errors-title = Перевірте, будь ласка:
application-date-hint = Формат: дд.мм.рррр, наприклад 24.08.1991
application-money-hint = Наприклад: 1250,50
application-save-saved = Збережено
application-save-pending = Є незбережені зміни
application-save-saving = Зберігається…
application-save-offline = Немає зв’язку — зміни збережено в цьому браузері й буде надіслано, щойно зв’язок відновиться
# On a public computer the browser keeps no copy.
application-save-offline-keep-open = Немає зв’язку — не закривайте сторінку: зміни буде надіслано, щойно зв’язок відновиться
application-save-failed = Не вдалося зберегти.
application-save-conflict = Конфлікт: цю заяву змінено в іншій вкладці або на іншому пристрої. Оберіть, яку версію залишити.
application-conflict-keep-mine = Залишити всі відповіді із цієї сторінки
application-conflict-take-saved = Узяти всю збережену версію
application-conflict-title = Дві версії заяви
application-conflict-intro = Поки ви заповнювали заяву тут, її змінили в іншій вкладці або на іншому пристрої. Нижче — поля, де версії різняться. Оберіть для кожного поля, яку відповідь залишити; нічого не буде втрачено, доки ви не оберете.
application-conflict-field = Поле
application-conflict-mine = На цій сторінці
application-conflict-theirs = Збережена версія
application-conflict-apply = Зберегти обране
application-save-now = Зберегти чернетку
application-back-to-service = Повернутися до опису послуги
validation-form-text = Текст задовгий.
validation-form-number = Введіть ціле число в дозволених межах.
validation-form-date = Введіть правильну дату в форматі дд.мм.рррр.
validation-form-choice = Оберіть один із запропонованих варіантів.
validation-form-consent = Підтвердьте, позначивши поле.
validation-form-edrpou = Код ЄДРПОУ складається з 8 цифр.
validation-checksum-edrpou = У коді ЄДРПОУ помилка: контрольна цифра не збігається. Перевірте код.
validation-form-money = Введіть суму, наприклад 1250,50.
validation-form-group = Кількість записів не відповідає вимогам.
validation-form-attachment = Додайте файл.
sign-in-public-computer = Я на чужому комп’ютері (центр надання послуг, бібліотека)
sign-in-public-computer-hint = Нічого не зберігатиметься в цьому браузері, а після виходу або 15 хвилин бездіяльності всі сліди буде стерто.
public-computer-idle-title = Сеанс скоро завершиться
public-computer-idle-text = Ви нічого не робили майже 15 хвилин. За хвилину сеанс завершиться, а дані буде стерто із цього комп’ютера.
public-computer-idle-stay = Продовжити роботу
application-file-limit = PDF, JPEG або PNG, не більше 10 МБ
error-file-too-large = Файл більший за 10 МБ. Зменште його (наприклад, відскануйте з меншою роздільністю) і додайте знову.

# Submitting and paying (issue 13)
order-payment-title = Оплата
order-next-pay-code = Заяву надіслано. Сплатіть { $amount } за кодом замовлення
order-next-pay-card = Заяву надіслано. Сплатіть { $amount } карткою
order-next-sent = Заяву надіслано
order-next-sent-text = Суб’єкт надання послуги зареєструє її. Про реєстрацію й кожну наступну зміну ви дізнаєтеся з повідомлень у кабінеті та листів.
order-payment-code = Код замовлення для оплати
order-payment-copy = Копіювати код
order-payment-copied = Код скопійовано.
order-payment-copy-failed = Не вдалося скопіювати: виділіть код і скопіюйте його вручну.
order-payment-amount = Сума
order-payment-recipient = Отримувач
order-payment-iban = IBAN:
order-payment-recipient-code = Код отримувача:
order-payment-for = Призначення: адміністративна послуга, { $provider }
order-payment-qr = Скануйте QR-код камерою телефона або в застосунку банку: отримувач, IBAN, сума й код замовлення заповняться самі (формат QR-коду НБУ).
order-payment-qr-code-only = QR-код містить лише код замовлення: скануйте його в застосунку банку на екрані оплати за номером.
order-payment-qr-alt = QR-код для оплати в застосунку банку
order-payment-print = Надрукувати квитанцію
order-payment-print-now = Друкувати
# The printed slip's own title (the link to it says what to do).
order-payment-slip-title = Квитанція для сплати
order-payment-how = Сплатіть у банку, через інтернет-банкінг або в терміналі, назвавши чи ввівши код замовлення: пробіли й дефіси можна не вводити. Квитанцію збережіть.
order-card-how = Оплата платіжною карткою на сторінці платіжного провайдера. Витяг сформується одразу після оплати.
order-card-pay = Сплатити карткою
order-card-declined = Банк відхилив оплату. Спробуйте іншу картку.
order-card-insufficient = Недостатньо коштів на картці. Спробуйте іншу картку.
order-card-refund = Оплата карткою надійшла, коли заява вже не чекала оплати. Повернути кошти на картку поки не вдалося: повернення буде повторено.
order-card-refunded = Оплата карткою надійшла, коли заява вже не чекала оплати: кошти повернено на картку.
order-payment-paid-closed = Оплату за цю заяву вже внесено. Повернути кошти можна за заявою до суб’єкта надання послуги ({ $provider }), якщо правила послуги це передбачають; назвіть у заяві код замовлення.
order-extract-demo = Цей портал не підключено до державного реєстру: після оплати ви отримаєте демонстраційний документ без відомостей з реєстру, який не має юридичної сили.
extract-demo-mark = ДЕМОНСТРАЦІЙНИЙ ДОКУМЕНТ — НЕ Є ВИТЯГОМ З РЕЄСТРУ
extract-demo-notice = Цей портал не підключено до державного реєстру. Документ сформовано автоматично для демонстрації роботи порталу: він не містить відомостей з реєстру й не має юридичної сили.
extract-order-number = Номер замовлення
extract-order-code = Код замовлення
extract-made-at = Дата і час формування
extract-as-entered = Параметри запиту (як їх зазначив заявник)
extract-register = Відомості з реєстру
extract-no-register = Відомостей з реєстру немає: портал не підключено до державного реєстру. Розгортання, підключене до реєстру, подає тут його відповідь.
order-sent-title = Подана заява
application-submit = Подати
application-submitting = Подається…
application-submit-note = Після подання заяву не можна змінити; її можна буде відкликати, доки її не розглянуто.
order-timeline-title = Хід розгляду
order-actor-applicant = заявник
order-actor-provider = суб’єкт надання послуги
order-actor-payment = платіжна система
order-status-withdrawn = Відкликано
error-order-closed = Заяву вже розглянуто або відкликано: відкликати її не можна.
error-nothing-to-pay = Ця заява не чекає оплати карткою: її вже оплачено або закрито.
error-complaint-not-allowed = Скаргу не можна подати чи змінити: рішення ще немає, інша скарга ще розглядається або цю скаргу вже відкликано.
order-withdraw = Відкликати заяву
order-withdraw-reason = Причина відкликання
order-withdraw-confirm = Так, відкликати
complaints-title = Скарги
complaint-number = Скарга № { $number }
complaint-status-filed = Подано, очікує розгляду
complaint-status-withdrawn = Відкликано
complaint-text = Текст адміністративної скарги
complaint-text-hint = Що саме в рішенні ви оскаржуєте і чому; до 5000 знаків.
complaint-files = Документи до скарги (необов’язково)
complaint-file = Подати скаргу
complaint-withdraw = Відкликати скаргу
complaint-withdraw-confirm = Відкликати скаргу? Її розгляд буде припинено.
order-withdraw-cancel = Не відкликати
order-withdraw-warning = Відкликану заяву не буде розглянуто. Щоб отримати послугу, доведеться подати нову.
order-withdrawn = Заяву відкликано.
validation-format-reason = Опишіть причину коротше: щонайбільше 1000 символів.
order-payment-state = Стан оплати
payment-state-awaiting = Очікує оплати
payment-state-receipt-sent = Оплачено, очікує підтвердження
payment-state-confirmed = Оплату підтверджено
order-receipt = Квитанція про оплату
order-code-find = Знайти замовлення за кодом оплати
order-code-open = Відкрити
order-code-not-digits = Код складається лише із цифр (пробіли й дефіси можна лишити).
order-code-length = У коді 30 цифр, а введено { $count }.
order-code-check = У коді помилка: перевірте групу цифр № { $groups } (групи по п’ять цифр, зліва направо).
order-code-unknown = Замовлення з таким кодом у вашому кабінеті немає.
