# Belarusian.

portal-name = Партал электронных паслуг
skip-to-content = Перайсці да асноўнага зместу
loading = Загрузка…
retry = Паспрабаваць яшчэ раз
error-title = Не ўдалося загрузіць даныя
error-network = Няма сувязі з серверам. Праверце падключэнне да інтэрнэту і паспрабуйце яшчэ раз.
error-timeout = Сервер не адказаў своечасова. Паспрабуйце яшчэ раз праз хвіліну.
error-not-found = Запытаных даных не знойдзена.
error-server = На серверы адбылася памылка. Мы ўжо ведаем пра яе; паспрабуйце яшчэ раз пазней.
error-unavailable = Сервер зараз перагружаны. Нічога не страчана: паспрабуйце яшчэ раз праз некалькі секунд.
error-request = Запыт не прыняты. Абнавіце старонку і паспрабуйце яшчэ раз.
error-decode = Сервер даслаў адказ, які не ўдалося прачытаць. Абнавіце старонку.

language-switch-label = Мова інтэрфейсу
account-nav-label = Кабінет
sign-in = Увайсці ў кабінет
register = Зарэгістравацца
header-offline = Няма сувязі
header-menu = Меню
search-label = Пошук
search-placeholder = Знайсці паслугу, орган улады, цэнтр паслуг
search-button = Знайсці
search-hint = Напрыклад: Выдача міжнароднага пасведчання кіроўцы

footer-nav-label = Даведка
footer-faq = Пытанні і адказы
footer-instructions = Інструкцыі
footer-integration = Як інтэгравацца
footer-feedback = Зваротная сувязь

audience-switch-label = Для каго паслугі
breadcrumbs-label = Вы тут
breadcrumb-home = Галоўная

home-title = Дзяржаўныя паслугі анлайн
home-lead = Выберыце раздзел або скарыстайцеся пошукам, каб знайсці патрэбную паслугу.

service-online = Можна заказаць анлайн
service-offline = Толькі асабіста
service-provider = Суб’ект прадастаўлення
service-applicants = Хто можа звярнуцца
service-cost = Кошт
service-term = Тэрмін прадастаўлення
service-availability = Спосаб атрымання
service-documents = Неабходныя дакументы
service-order-online = Заказаць паслугу анлайн
service-order-needs-sign-in = Каб заказаць паслугу, увайдзіце ў кабінет.
service-offline-explained = Гэтую паслугу можна атрымаць толькі асабіста, звярнуўшыся да суб’екта прадастаўлення або ў службу «Адно акно».

cost-free = Бясплатна
cost-fee-uah = { $amount } грн
cost-fee-byn = { $amount } BYN
term-immediate = Адразу пасля звароту
term-working-days = { $days ->
    [one] { $days } працоўны дзень
    [few] { $days } працоўныя дні
   *[other] { $days } працоўных дзён
}
term-calendar-days = { $days ->
    [one] { $days } каляндарны дзень
    [few] { $days } каляндарныя дні
   *[other] { $days } каляндарных дзён
}

not-found-title = Старонка не знойдзена
not-found-text = Магчыма, спасылка састарэла або ў адрасе памылка. Паспрабуйце пошук або вярніцеся на галоўную.
not-found-home = На галоўную старонку
back-to-catalogue = Да каталога паслуг

search-title = Вынікі пошуку
search-empty-query = Увядзіце назву паслугі, органа ўлады або цэнтра паслуг у поле пошуку.
search-count = { $count ->
    [one] Знойдзена { $count } паслуга па запыце «{ $query }»
    [few] Знойдзена { $count } паслугі па запыце «{ $query }»
   *[other] Знойдзена { $count } паслуг па запыце «{ $query }»
}
search-nothing-found = Нічога не знойдзена. Праверце напісанне або скараціце запыт.
search-similar-count = { $count ->
    [one] Знойдзена { $count } падобная паслуга па запыце «{ $query }»
    [few] Знойдзена { $count } падобныя паслугі па запыце «{ $query }»
   *[other] Знойдзена { $count } падобных паслуг па запыце «{ $query }»
}
search-no-exact-matches = Дакладных супадзенняў няма. Падобныя паслугі:
search-nothing-title = Як знайсці патрэбнае
search-nothing-spelling = Праверце напісанне: пошук даруе адну-дзве памылкі ў слове, але не больш.
search-nothing-fewer-words = Паспрабуйце карацейшы запыт або іншыя словы, напрыклад «пашпарт», «пенсія», «ІП».
search-nothing-other-names = Шукайце таксама па назве органа ўлады ці дакумента, напрыклад «Фонд сацыяльнай абароны» або «даведка».
search-most-used = Папулярныя паслугі
search-browse-categories = Паслугі па катэгорыях
search-suggestions-similar = { $count ->
    [one] Дакладных супадзенняў няма, { $count } падобная падказка. Стрэлкі ўверх і ўніз — выбар, Enter — адкрыць.
    [few] Дакладных супадзенняў няма, { $count } падобныя падказкі. Стрэлкі ўверх і ўніз — выбар, Enter — адкрыць.
   *[other] Дакладных супадзенняў няма, { $count } падобных падказак. Стрэлкі ўверх і ўніз — выбар, Enter — адкрыць.
}

faq-title = Пытанні і адказы
faq-p1 = Што можна зрабіць на партале? Знайсці дзяржаўную паслугу, даведацца, хто яе прадастаўляе, колькі яна каштуе, колькі доўжыцца і якія дакументы патрэбныя.
faq-p2 = Ці трэба рэгістравацца, каб праглядаць паслугі? Не. Каталог адкрыты для ўсіх; уваход патрэбны толькі для заказу паслугі.
faq-p3 = Як змяніць мову? Выберыце «Українська», «Беларуская» або «English» уверсе старонкі. Партал запомніць ваш выбар.
faq-p4 = Што азначае «Можна заказаць анлайн»? Заяву на такую паслугу можна падаць праз партал, не наведваючы ўстанову.
faq-p5 = Колькі каштуе паслуга? Кошт пазначаны на старонцы паслугі: «Бясплатна» або сума ў грыўнях ці беларускіх рублях.
faq-p6 = Што рабіць, калі старонка не загружаецца? Націсніце «Паспрабаваць яшчэ раз»; калі не дапамагло, напішыце нам праз «Зваротную сувязь».
instructions-title = Інструкцыі
instructions-p1 = Выберыце раздзел «Грамадзянам» або «Бізнесу» на галоўнай старонцы.
instructions-p2 = Адкрыйце катэгорыю, напрыклад «Транспарт», і выберыце паслугу са спіса.
instructions-p3 = На старонцы паслугі праверце, хто можа звярнуцца, кошт, тэрмін і пералік дакументаў.
instructions-p4 = Калі паслугу можна заказаць анлайн, націсніце «Заказаць паслугу анлайн» і ўвайдзіце ў кабінет.
integration-title = Як інтэгравацца
integration-p1 = Рэгіянальны партал можа ўбудаваць гэты партал у сваю старонку: дадайце элемент з атрыбутам data-e-portal і падключыце табліцу стыляў і модуль са старонкі index.html нашага партала.
integration-p2 = Атрыбуты элемента задаюць адрас API (data-api-base), мову па змаўчанні (data-lang: uk, be або en), тэму (data-theme: default або contrast) і маршрутызацыю (data-router: hash, каб не змяняць адрас старонкі-гаспадара).
integration-p3 = Стылі партала дзейнічаюць толькі ўнутры яго каранёвага элемента і не ўплываюць на старонку-гаспадара. Адрас старонкі-гаспадара трэба дадаць у спіс дазволеных крыніц (PORTAL_EMBED_ORIGINS).
feedback-title = Зваротная сувязь
feedback-p1 = Заўважылі памылку ў апісанні паслугі або маеце прапанову? Напішыце на адрас службы падтрымкі, пазначыўшы адрас старонкі.
feedback-p2 = Служба падтрымкі адказвае на працягу пяці працоўных дзён.
sign-in-page-title = Уваход у кабінет
register-page-title = Рэгістрацыя

search-suggestions-label = Падказкі пошуку
search-suggestions-none = Падказак няма. Націсніце Enter, каб шукаць.
search-suggestions-count = { $count ->
    [one] { $count } падказка. Стрэлкі ўверх і ўніз — выбар, Enter — адкрыць.
    [few] { $count } падказкі. Стрэлкі ўверх і ўніз — выбар, Enter — адкрыць.
   *[other] { $count } падказак. Стрэлкі ўверх і ўніз — выбар, Enter — адкрыць.
}
search-group-services = Паслугі
search-group-providers = Органы ўлады
search-filters = Фільтры
search-filter-audience = Для каго
search-filter-all = Усе
search-filter-online = Толькі анлайн-паслугі
audience-citizens = Грамадзянам
audience-business = Бізнесу
provider-services = Паслугі
country-ua = Украіна
country-by = Рэспубліка Беларусь
search-group-centres = Цэнтры паслуг
centre-address = Адрас
centre-hours = Графік работы
centre-closed-other-days = У іншыя дні — выхадны.
weekday-1 = Пн
weekday-2 = Аў
weekday-3 = Ср
weekday-4 = Чц
weekday-5 = Пт
weekday-6 = Сб
weekday-7 = Нд
# Час па гадзінніку краіны паслугі, названым, калі ён не ваш
time-in-kyiv = { $time } па кіеўскім часе
time-in-minsk = { $time } па мінскім часе
search-filter-category = Катэгорыя
search-filter-provider = Суб’ект прадастаўлення

sign-out = Выйсці
signed-in-as = Вы ўвайшлі як
sign-in-no-account = Яшчэ няма кабінета?
register-intro = Запоўніце палі, як у пашпарце. На вашу электронную пошту прыйдзе ліст са спасылкай для актывацыі кабінета.
register-submit = Зарэгістравацца
register-sent = Дзякуй! Мы даслалі ліст са спасылкай для актывацыі кабінета. Адкрыйце яго, каб завяршыць рэгістрацыю.
form-has-errors = Выпраўце, калі ласка, палі формы
activate-title = Актывацыя кабінета
activate-done = Кабінет актываваны. Цяпер вы можаце ўвайсці.
activate-intro = Каб завяршыць актывацыю, увядзіце пароль, які вы выбралі падчас рэгістрацыі.
activate-submit = Актываваць кабінет
field-email = Электронны адрас
field-password = Пароль
field-full-name = Прозвішча, імя, імя па бацьку
field-rnokpp = РНУКП (ідэнтыфікацыйны код, Украіна)
field-passport = Серыя і нумар пашпарта грамадзяніна Украіны
field-phone = Тэлефон
field-postal-code = Паштовы індэкс
field-address = Адрас
field-region = Рэгіён
hint-password = Не менш за 10 сімвалаў.
hint-phone = Напрыклад, 067 123 45 67 або +380 67 123 45 67; беларускі — +375 29 123 45 67.
hint-passport = Кніжка: «АА 123456»; ID-карта: 9 лічбаў.
validation-required = Запоўніце гэтае поле.
validation-characters = Поле змяшчае нябачныя або кіравальныя сімвалы (напрыклад, разрыў радка). Увядзіце тэкст звычайнымі літарамі.
validation-format-email = Увядзіце адрас у выглядзе name@example.by.
validation-format-password = Пароль мае ўтрымліваць не менш за 10 сімвалаў.
validation-format-full-name = Імя занадта доўгае (не больш за 200 сімвалаў).
validation-format-rnokpp = РНУКП складаецца з 10 лічбаў.
validation-checksum-rnokpp = У РНУКП памылка: кантрольная лічба не супадае. Праверце нумар.
validation-format-passport = Увядзіце дзве вялікія кірылічныя літары і 6 лічбаў або 9 лічбаў ID-карты.
register-country-legend = Дакументы якой дзяржавы ў вас ёсць
register-country-ua = Украіна
register-country-by = Рэспубліка Беларусь
field-personal-number = Ідэнтыфікацыйны нумар (Рэспубліка Беларусь)
field-by-passport = Серыя і нумар пашпарта грамадзяніна Рэспублікі Беларусь
hint-personal-number = 14 знакаў, як у пашпарце ці ID-карце: 3010190A001PB1.
hint-by-passport = Дзве лацінскія літары і 7 лічбаў: MP1234567.
validation-format-personal-number = Ідэнтыфікацыйны нумар мае 14 знакаў: 7 лічбаў, лацінская літара, 3 лічбы, 2 лацінскія літары і лічба, як у пашпарце.
validation-format-by-passport = Увядзіце дзве лацінскія літары і 7 лічбаў, напрыклад MP1234567.
validation-format-phone = Нумар мае быць украінскім (067 123 45 67 або +380XXXXXXXXX) ці беларускім (+375XXXXXXXXX).
validation-format-postal-code = Індэкс: 5 лічбаў для Украіны, 6 лічбаў для Беларусі.
validation-format-address = Адрас занадта доўгі (не больш за 200 сімвалаў).
validation-format-region = Назва рэгіёна занадта доўгая (не больш за 200 сімвалаў).
error-bad-credentials = Няправільны электронны адрас або пароль.
error-not-activated = Кабінет яшчэ не актываваны: адкрыйце спасылку з ліста, які мы даслалі.
error-too-many-attempts = Занадта шмат няўдалых спроб. Паспрабуйце яшчэ раз праз 15 хвілін.
error-too-many-mails = Занадта шмат лістоў на гэты адрас або з гэтай прылады. Паспрабуйце яшчэ раз праз гадзіну.
error-invalid-token = Спасылка несапраўдная, ужо скарыстаная або састарэлая.
error-signed-out = Сеанс завершаны. Увайдзіце зноў.
error-invalid-fields = Некаторыя палі запоўненыя няправільна.

personal-data-title = Персанальныя даныя
personal-data-saved = Даныя захаваныя.
save = Захаваць
validation-mismatch-old-password = Стары пароль не супадае.
validation-mismatch-confirm-password = Паролі не супадаюць: увядзіце новы пароль двойчы аднолькава.
security-title = Бяспека
cabinet-tabs-label = Раздзелы кабінета
password-change-title = Змена пароля
password-changed = Пароль зменены. Іншыя сеансы завершаны.
field-old-password = Стары пароль
field-new-password = Новы пароль
field-confirm-password = Пацвярджэнне пароля
validation-format-new-password = Пароль мае ўтрымліваць не менш за 10 сімвалаў.
sessions-title = Актыўныя сеансы
sessions-count = { $count ->
    [one] { $count } актыўны сеанс
    [few] { $count } актыўныя сеансы
   *[other] { $count } актыўных сеансаў
}
session-current = гэтая прылада
sign-out-everywhere = Выйсці на ўсіх прыладах
orders-title = Заказаныя паслугі
orders-none = Вы яшчэ не заказвалі паслуг.
orders-filter-status = Статус
orders-col-status = Статус
orders-col-documents = Пададзеныя дакументы
orders-col-provider = Суб’ект прадастаўлення
orders-col-service = Паслуга
orders-col-date = Дата заказу
orders-back = Да спіса заказаных паслуг
order-back = Да заказанай паслугі
order-detail-title = Заказаная паслуга
order-organisation = Назва арганізацыі
order-registration-number = Рэгістрацыйны нумар
order-registration-date = Дата рэгістрацыі
order-control-date = Кантрольны тэрмін
order-execution-date = Дата выканання
order-comment = Каментарый
order-status-sent = Адпраўлена, чакае рэгістрацыі
order-status-registered = Зарэгістравана
order-status-refused = Адмоўлена або пакінута без разгляду
order-status-done = Выканана, адказ дадзены

## Кабінет: чарнавікі
drafts-title = Чарнавікі
drafts-none = Чарнавікоў няма. Заява захоўваецца як чарнавік, пакуль вы яе не адправіце.
drafts-col-created = Створана
drafts-col-actions = Дзеянні
drafts-continue = Працягнуць
drafts-continue-named = Працягнуць запаўненне: { $service }
drafts-delete = Выдаліць
drafts-delete-named = Выдаліць чарнавік: { $service }
drafts-delete-question = Выдаліць чарнавік «{ $service }»?
drafts-delete-confirm = Так, выдаліць
drafts-deleted = Чарнавік «{ $service }» выдалены.
cancel = Скасаваць
undo = Вярнуць

## Кабінет: апавяшчэнні
notifications-title = Апавяшчэнні
notifications-none = Апавяшчэнняў няма.
notifications-unread = { $count ->
    [one] { $count } непрачытанае апавяшчэнне
    [few] { $count } непрачытаныя апавяшчэнні
   *[other] { $count } непрачытаных апавяшчэнняў
}
notification-new = новае
notification-order-event = «{ $service }» — { $event }
notification-event-sent = Заява адпраўлена, яна чакае рэгістрацыі
notification-event-registered = Зарэгістравана, { $detail }
notification-event-refused = Адмоўлена: { $detail }
notification-event-done = Выканана, адказ дадзены
notification-event-withdrawn = Заява адклікана
notification-event-payment-confirmed = Аплата пацверджана
notification-event-complaint-filed = Скарга № { $detail } пададзена, яна чакае разгляду
notification-event-complaint-withdrawn = Скарга № { $detail } адклікана
notification-order-status-details = Цяперашні статус заказу «{ $service }»: { $status }.
notification-answer-ready = Адказ на заказ «{ $service }» гатовы
notification-answer-ready-details = Суб’ект прадастаўлення даў адказ на заказ «{ $service }». Яго можна паглядзець на старонцы заказу.
notification-new-sign-in = Уваход у кабінет з новай прылады
notification-new-sign-in-details = У ваш кабінет увайшлі з новай прылады або браўзера. Калі гэта былі не вы, змяніце пароль і завяршыце ўсе сеансы ў раздзеле «Бяспека».
notification-open-order = Адкрыць заказ

## Кабінет: выдаленне
delete-cabinet-title = Выдаленне кабінета
delete-cabinet-start = Выдаліць кабінет…
delete-cabinet-will-lose = Назаўсёды будуць выдалены:
delete-cabinet-drafts = { $count ->
    [one] { $count } чарнавік
    [few] { $count } чарнавікі
   *[other] { $count } чарнавікоў
}
delete-cabinet-notifications = { $count ->
    [one] { $count } апавяшчэнне
    [few] { $count } апавяшчэнні
   *[other] { $count } апавяшчэнняў
}
delete-cabinet-sessions = { $count ->
    [one] { $count } актыўны сеанс (вы выйдзеце з кабінета)
    [few] { $count } актыўныя сеансы (вы выйдзеце з кабінета)
   *[other] { $count } актыўных сеансаў (вы выйдзеце з кабінета)
}
delete-cabinet-personal-data = вашы персанальныя даныя, адрас электроннай пошты і пароль
delete-cabinet-orders-stay = Заказаныя паслугі ({ $count }) застануцца ў суб’ектаў прадастаўлення, як таго патрабуе закон, але больш не будуць звязаны з вамі і не будуць паказвацца ў кабінеце.
delete-cabinet-type-email = Каб пацвердзіць, увядзіце адрас электроннай пошты кабінета ({ $email })
delete-cabinet-confirm = Выдаліць кабінет назаўсёды
validation-mismatch-confirmation = Уведзены адрас не супадае з адрасам кабінета.
cabinet-deleted-title = Кабінет выдалены
cabinet-deleted-text = Ваш кабінет і персанальныя даныя выдалены. Заказаныя паслугі засталіся ў суб’ектаў прадастаўлення.
cabinet-deleted-home = На галоўную

## Аднаўленне пароля і змена адраса
forgot-password-link = Забылі пароль?
forgot-password-title = Аднаўленне пароля
forgot-password-intro = Увядзіце адрас электроннай пошты кабінета: мы дашлём на яго спасылку, па якой можна задаць новы пароль.
forgot-password-remembered = Успомнілі пароль?
forgot-password-send = Даслаць спасылку
forgot-password-sent = Калі кабінет з гэтым адрасам існуе, мы даслалі на яго спасылку. Яна дзейнічае гадзіну.
reset-password-title = Новы пароль
reset-password-done = Пароль зменены. Усе сеансы завершаны: увайдзіце з новым паролем.
confirm-email-title = Пацвярджэнне новага адраса
confirm-email-done = Адрас электроннай пошты кабінета зменены.
email-change-title = Змена электроннай пошты
email-change-send = Даслаць спасылку на новы адрас
email-change-sent = Мы даслалі спасылку на { $email }. Адрас зменіцца, калі вы яе адкрыеце.
field-new-email = Новы адрас электроннай пошты
field-current-password = Цяперашні пароль
validation-format-new-email = Увядзіце адрас у выглядзе name@example.by.
validation-mismatch-new-email = Гэта ўжо адрас вашага кабінета.
validation-mismatch-password = Пароль не супадае.
error-email-taken = Гэты адрас ужо належыць іншаму кабінету.

## Кабінет: запіс на прыём
appointments-title = Запіс на прыём
appointments-upcoming = Вашы запісы
appointments-none = Запісаў на прыём няма.
appointments-book = Запісацца на прыём
appointment-centre = ЦНАП або «Адно акно»
appointment-choose-centre = Выберыце цэнтр
appointment-date = Дата
appointment-time = Свабодны час
appointment-taken = занята
appointment-submit = Запісацца
appointment-closed = У гэты дзень цэнтр не прымае. Выберыце іншую дату.
appointment-choose-time = Выберыце вольны час.
appointment-booked = Вы запісаны на { $date } а { $time }.
appointment-cancelled = Запіс на { $date } а { $time } скасаваны.
appointment-cancel = Скасаваць запіс
appointment-cancel-named = Скасаваць запіс на { $date } а { $time }
error-slot-taken = Гэты час толькі што занялі. Выберыце іншы — пералік абноўлены.
error-bad-date = Увядзіце дату ў выглядзе дд.мм.гггг.
error-outside-window = Запісацца можна з заўтрашняга дня і не больш чым на 30 дзён наперад.
error-no-such-slot = Гэтага часу няма ў раскладзе цэнтра. Выберыце час з пераліку.
error-appointment-limit = У вас ужо тры будучыя запісы. Скасуйце адзін, каб запісацца яшчэ.
error-appointment-same-day = У вас ужо ёсць запіс у гэты цэнтр на гэты дзень.
error-draft-conflict = Чарнавік зменены ў іншай укладцы або на іншай прыладзе. Выберыце, якую версію захаваць.
error-draft-limit = У вас ужо 100 чарнавікоў. Падайце або выдаліце адзін, каб пачаць новы.
error-file-type = Дадайце файл PDF, PNG або JPEG, назва якога адпавядае змесціву (напрыклад, скан.pdf для PDF).
error-attachment-limit = Да заявы можна дадаць не больш за 20 файлаў. Выдаліце лішні, каб дадаць іншы.
error-storage-quota = На партале ўжо захоўваецца 200 МБ або 200 вашых файлаў (у чарнавіках, а таксама ў заказах за апошнія 12 месяцаў) — больш для адной асобы партал не захоўвае. Выдаліце непатрэбныя файлы з чарнавікоў; файлы выдаленых чарнавікоў вызваляюць месца праз 24 гадзіны.
error-too-many-uploads = Вы дадалі занадта шмат файлаў за гадзіну. Паспрабуйце яшчэ раз пазней.
error-too-many-submissions = Вы падалі занадта шмат заяў за гадзіну. Паспрабуйце яшчэ раз пазней — заява захоўваецца ў чарнавіках.
delete-cabinet-appointments = { $count ->
    [one] { $count } запіс на прыём (ён будзе скасаваны)
    [few] { $count } запісы на прыём (яны будуць скасаваны)
   *[other] { $count } запісаў на прыём (яны будуць скасаваны)
}

## Унікальны ідэнтыфікатар (seed 004)
identifier-sign-in-title = Уваход па ўнікальным ідэнтыфікатары
identifier-sign-in-intro = Ідэнтыфікатар выдае служба «Адно акно» разам з першым паролем.
field-identifier = Унікальны ідэнтыфікатар
field-identifier-hint = 12 лічбаў, напрыклад 1111-2222-3333
validation-format-identifier = Ідэнтыфікатар складаецца з 12 лічбаў.
identifier-title = Унікальны ідэнтыфікатар
identifier-yours = Ваш ідэнтыфікатар:
identifier-password-title = Пароль ідэнтыфікатара
identifier-refuse = Адмовіцца ад ідэнтыфікатара…
identifier-refuse-question = Адмовіцца ад ідэнтыфікатара? Уваход па ім будзе заблакаваны, пакуль служба «Адно акно» не адновіць яго. Кабінет і яго гісторыя застануцца.
identifier-refuse-confirm = Так, адмовіцца
identifier-refused = Вы адмовіліся ад ідэнтыфікатара: уваход па ім заблакаваны. Аднавіць яго можа служба «Адно акно»; уся гісторыя захаваецца.
error-identifier-refused = Ад гэтага ідэнтыфікатара адмовіліся: уваход па ім заблакаваны. Аднавіць яго можна ў службе «Адно акно».
order-answers = Адказ

## Заява (форма паслугі)
application-title-plain = Заява
application-steps = Крокі заявы
application-step-of = Крок { $n } з { $total }
application-next = Далей
application-back = Назад
application-to-review = Праверыць заяву
application-review = Праверка заявы
application-review-missing = { $count ->
    [one] Трэба запоўніць яшчэ { $count } поле, перш чым падаць заяву.
    [few] Трэба запоўніць яшчэ { $count } палі, перш чым падаць заяву.
   *[other] Трэба запоўніць яшчэ { $count } палёў, перш чым падаць заяву.
}
application-change = Змяніць
application-change-named = Змяніць: { $field }
application-no-answer = Не запоўнена
application-dropped-title = Больш не пытаецца
application-dropped-note = Форма заявы змянілася пасля таго, як вы пачалі гэты чарнавік. Гэтыя адказы захоўваюцца ў чарнавіку, але не будуць адпраўлены.
application-yes = Так
application-no = Не
application-choose = Выберыце…
application-entry = Запіс { $n }
application-add-entry = Дадаць яшчэ запіс
application-remove-entry = Выдаліць запіс { $n }
application-attached = Дададзены файл { $name } ({ $size })
# A file's size (one decimal at most, the language's decimal sign).
file-size-bytes = { $n } Б
file-size-kb = { $n } КБ
file-size-mb = { $n } МБ
application-remove-file = Выдаліць файл { $name }
application-attaching = Файл загружаецца…
application-errors-title = Калі ласка, праверце:
application-date-hint = Фармат: дд.мм.гггг, напрыклад 24.08.1991
application-money-hint = Напрыклад: 1250,50
application-save-saved = Захавана
application-save-pending = Ёсць незахаваныя змены
application-save-saving = Захоўваецца…
application-save-offline = Няма сувязі — змены захаваны ў гэтым браўзеры і будуць адпраўлены, як толькі сувязь аднавіцца
# On a public computer the browser keeps no copy.
application-save-offline-keep-open = Няма сувязі — не закрывайце старонку: змены будуць адпраўлены, як толькі сувязь аднавіцца
application-save-failed = Не ўдалося захаваць.
application-save-conflict = Канфлікт: гэтую заяву змянілі ў іншай укладцы або на іншай прыладзе. Выберыце, якую версію пакінуць.
application-conflict-keep-mine = Пакінуць усе адказы з гэтай старонкі
application-conflict-take-saved = Узяць усю захаваную версію
application-conflict-title = Дзве версіі заявы
application-conflict-intro = Пакуль вы запаўнялі заяву тут, яе змянілі ў іншай укладцы або на іншай прыладзе. Ніжэй — палі, у якіх версіі адрозніваюцца. Выберыце для кожнага поля, які адказ пакінуць; нічога не знікне, пакуль вы не выбераце.
application-conflict-field = Поле
application-conflict-mine = На гэтай старонцы
application-conflict-theirs = Захаваная версія
application-conflict-apply = Захаваць выбранае
application-save-now = Захаваць чарнавік
application-back-to-service = Вярнуцца да апісання паслугі
validation-form-text = Тэкст задоўгі.
validation-form-number = Увядзіце цэлы лік у дазволеных межах.
validation-form-date = Увядзіце сапраўдную дату ў фармаце дд.мм.гггг.
validation-form-choice = Выберыце адзін з прапанаваных варыянтаў.
validation-form-consent = Пацвердзіце, адзначыўшы поле.
validation-form-edrpou = Код АДРПАУ складаецца з 8 лічбаў.
validation-checksum-edrpou = У кодзе АДРПАУ памылка: кантрольная лічба не супадае. Праверце код.
validation-form-money = Увядзіце суму, напрыклад 1250,50.
validation-form-group = Колькасць запісаў не адпавядае патрабаванням.
validation-form-attachment = Дадайце файл.
sign-in-public-computer = Я за чужым камп’ютарам (цэнтр абслугоўвання, бібліятэка)
sign-in-public-computer-hint = У гэтым браўзеры нічога не захаваецца, а пасля выхаду або 15 хвілін бяздзейнасці ўсе сляды будуць сцёртыя.
public-computer-idle-title = Сеанс хутка скончыцца
public-computer-idle-text = Вы нічога не рабілі амаль 15 хвілін. Праз хвіліну сеанс скончыцца, а даныя будуць сцёртыя з гэтага камп’ютара.
public-computer-idle-stay = Працягнуць працу
application-file-limit = PDF, JPEG або PNG, не больш за 10 МБ
error-file-too-large = Файл большы за 10 МБ. Зменшыце яго (напрыклад, адскануйце з меншай раздзяляльнасцю) і дадайце зноў.

# Submitting and paying (issue 13)
order-payment-title = Аплата
order-next-pay-code = Заява адпраўлена. Заплаціце { $amount } па нумары заказу
order-next-pay-card = Заява адпраўлена. Заплаціце { $amount } карткай
order-next-sent = Заява адпраўлена
order-next-sent-text = Суб’ект прадастаўлення паслугі зарэгіструе яе. Пра рэгістрацыю і кожную наступную змену вы даведаецеся з паведамленняў у кабінеце і лістоў.
order-payment-code = Нумар заказу для аплаты
order-payment-copy = Капіяваць нумар
order-payment-copied = Нумар скапіяваны.
order-payment-copy-failed = Не ўдалося скапіяваць: вылучыце нумар і скапіюйце яго ўручную.
order-payment-amount = Сума
order-payment-recipient = Атрымальнік
order-payment-iban = IBAN:
order-payment-recipient-code = УНП / код:
order-payment-for = Прызначэнне: адміністрацыйная паслуга, { $provider }
order-payment-qr = Адскануйце QR-код камерай тэлефона або ў праграме банка: атрымальнік, IBAN, сума і нумар заказу запоўняцца самі (фармат QR-кода НБУ).
order-payment-qr-code-only = QR-код змяшчае толькі нумар заказу: адскануйце яго ў праграме банка на экране аплаты па нумары.
order-payment-qr-alt = QR-код для аплаты ў праграме банка
order-payment-print = Надрукаваць квітанцыю
order-payment-print-now = Друкаваць
# The printed slip's own title (the link to it says what to do).
order-payment-slip-title = Квітанцыя для аплаты
order-payment-how = Заплаціце ў банку, праз інтэрнэт-банкінг або ў тэрмінале, назваўшы ці ўвёўшы нумар заказу: прабелы і злучкі можна не ўводзіць. Квітанцыю захавайце.
order-card-how = Аплата плацежнай карткай на старонцы плацежнага правайдара. Выпіска сфармуецца адразу пасля аплаты.
order-card-pay = Аплаціць карткай
order-card-declined = Банк адхіліў аплату. Паспрабуйце іншую картку.
order-card-insufficient = Недастаткова сродкаў на картцы. Паспрабуйце іншую картку.
order-card-refund = Аплата карткай прайшла, калі заява ўжо не чакала аплаты. Вярнуць сродкі на картку пакуль не ўдалося: вяртанне будзе паўторана.
order-card-refunded = Аплата карткай прайшла, калі заява ўжо не чакала аплаты: сродкі вернуты на картку.
order-payment-paid-closed = Аплата за гэтую заяву ўжо ўнесена. Вярнуць сродкі можна па заяве да суб’екта прадастаўлення паслугі ({ $provider }), калі правілы паслугі гэта прадугледжваюць; назавіце ў заяве нумар заказу.
order-extract-demo = Гэты партал не падключаны да дзяржаўнага рэестра: пасля аплаты вы атрымаеце дэманстрацыйны дакумент без звестак з рэестра, які не мае юрыдычнай сілы.
extract-demo-mark = ДЭМАНСТРАЦЫЙНЫ ДАКУМЕНТ — НЕ З’ЯЎЛЯЕЦЦА ВЫПІСКАЙ З РЭЕСТРА
extract-demo-notice = Гэты партал не падключаны да дзяржаўнага рэестра. Дакумент сфармаваны аўтаматычна для дэманстрацыі працы партала: ён не змяшчае звестак з рэестра і не мае юрыдычнай сілы.
extract-order-number = Парадкавы нумар заказу
extract-order-code = Нумар заказу для аплаты
extract-made-at = Дата і час фармавання
extract-as-entered = Параметры запыту (як іх пазначыў заяўнік)
extract-register = Звесткі з рэестра
extract-no-register = Звестак з рэестра няма: партал не падключаны да дзяржаўнага рэестра. Разгортванне, падключанае да рэестра, падае тут яго адказ.
order-sent-title = Пададзеная заява
application-submit = Падаць
application-submitting = Падаецца…
application-submit-note = Пасля падачы заяву нельга змяніць; яе можна будзе адклікаць, пакуль яна не разгледжана.
order-timeline-title = Ход разгляду
order-actor-applicant = заяўнік
order-actor-provider = суб’ект прадастаўлення паслугі
order-actor-payment = плацежная сістэма
order-status-withdrawn = Адклікана
error-order-closed = Заява ўжо разгледжана або адклікана: адклікаць яе нельга.
error-nothing-to-pay = Гэтая заява не чакае аплаты карткай: яна ўжо аплачана або закрыта.
error-complaint-not-allowed = Скаргу нельга падаць або змяніць: рашэння яшчэ няма, іншая скарга яшчэ разглядаецца або гэтую скаргу ўжо адклікалі.
order-withdraw = Адклікаць заяву
order-withdraw-reason = Прычына адклікання
order-withdraw-confirm = Так, адклікаць
complaints-title = Скаргі
complaint-number = Скарга № { $number }
complaint-status-filed = Пададзена, чакае разгляду
complaint-status-withdrawn = Адклікана
complaint-text = Тэкст адміністрацыйнай скаргі
complaint-text-hint = Што менавіта ў рашэнні вы абскарджваеце і чаму; да 5000 знакаў.
complaint-files = Дакументы да скаргі (неабавязкова)
complaint-file = Падаць скаргу
complaint-withdraw = Адклікаць скаргу
complaint-withdraw-confirm = Адклікаць скаргу? Яе разгляд будзе спынены.
order-withdraw-cancel = Не адклікаць
order-withdraw-warning = Адкліканая заява не будзе разгледжана. Каб атрымаць паслугу, давядзецца падаць новую.
order-withdrawn = Заява адклікана.
validation-format-reason = Апішыце прычыну карацей: не больш за 1000 сімвалаў.
order-payment-state = Стан аплаты
payment-state-awaiting = Чакае аплаты
payment-state-receipt-sent = Аплачана, чакае пацвярджэння
payment-state-confirmed = Аплата пацверджана
order-receipt = Квітанцыя аб аплаце
order-code-find = Знайсці заказ па нумары для аплаты
order-code-open = Адкрыць
order-code-not-digits = Нумар складаецца толькі з лічбаў (прабелы і злучкі можна пакінуць).
order-code-length = У нумары 30 лічбаў, а ўведзена { $count }.
order-code-check = У нумары памылка: праверце групу лічбаў № { $groups } (групы па пяць лічбаў, злева направа).
order-code-unknown = Заказу з такім нумарам у вашым кабінеце няма.
