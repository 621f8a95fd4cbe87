-- The catalogue of public services. Texts are stored in all three languages
-- as columns (name_uk, name_be, name_en) so that each row is complete.
-- `position` keeps the order of the data file, which is the display order.

CREATE TABLE audiences (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name_uk  TEXT NOT NULL,
    name_be  TEXT NOT NULL,
    name_en  TEXT NOT NULL
) STRICT;

CREATE TABLE categories (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name_uk  TEXT NOT NULL,
    name_be  TEXT NOT NULL,
    name_en  TEXT NOT NULL
) STRICT;

CREATE TABLE subcategories (
    category_id TEXT NOT NULL REFERENCES categories (id),
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    name_uk     TEXT NOT NULL,
    name_be     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    PRIMARY KEY (category_id, id)
) STRICT;

CREATE TABLE providers (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    country  TEXT NOT NULL CHECK (country IN ('UA', 'BY')),
    name_uk  TEXT NOT NULL,
    name_be  TEXT NOT NULL,
    name_en  TEXT NOT NULL
) STRICT;

CREATE TABLE document_kinds (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name_uk  TEXT NOT NULL,
    name_be  TEXT NOT NULL,
    name_en  TEXT NOT NULL
) STRICT;

CREATE TABLE applicant_groups (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name_uk  TEXT NOT NULL,
    name_be  TEXT NOT NULL,
    name_en  TEXT NOT NULL
) STRICT;

CREATE TABLE services (
    id                TEXT PRIMARY KEY,
    position          INTEGER NOT NULL,
    category_id       TEXT NOT NULL,
    subcategory_id    TEXT NOT NULL,
    provider_id       TEXT NOT NULL REFERENCES providers (id),
    name_uk           TEXT NOT NULL,
    name_be           TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    description_uk    TEXT NOT NULL,
    description_be    TEXT NOT NULL,
    description_en    TEXT NOT NULL,
    cost_kind         TEXT NOT NULL CHECK (cost_kind IN ('free', 'fee')),
    cost_amount_minor INTEGER,
    cost_currency     TEXT CHECK (cost_currency IN ('UAH', 'BYN')),
    term_kind         TEXT NOT NULL CHECK (term_kind IN ('immediate', 'working_days', 'calendar_days')),
    term_days         INTEGER,
    online            INTEGER NOT NULL CHECK (online IN (0, 1)),
    FOREIGN KEY (category_id, subcategory_id) REFERENCES subcategories (category_id, id)
) STRICT;

CREATE TABLE service_audiences (
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    audience_id TEXT NOT NULL REFERENCES audiences (id),
    PRIMARY KEY (service_id, audience_id)
) STRICT;

CREATE TABLE service_documents (
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES document_kinds (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (service_id, document_id)
) STRICT;

CREATE TABLE service_applicants (
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    group_id   TEXT NOT NULL REFERENCES applicant_groups (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (service_id, group_id)
) STRICT;
