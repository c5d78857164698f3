-- A migration that fails half-way: the table it made first must not survive.
CREATE TABLE half_made (id int);
SELECT no_such_function();
