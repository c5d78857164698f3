-- Run once by the PostgreSQL container when its data folder is new (docker-compose.yml):
-- the API's login role, a member of rehabit_app, which owns nothing and cannot edit the
-- audit trail. The migrations (run as the owner, `rehabit`) grant rehabit_app its rights.
CREATE ROLE rehabit_app NOLOGIN;
CREATE ROLE rehabit_api LOGIN PASSWORD 'rehabit_api' IN ROLE rehabit_app;
