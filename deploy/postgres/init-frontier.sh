#!/bin/bash
# Runs once, on an empty PostgreSQL volume: the application's database, its privilege group role
# (the migrations grant it what it may do) and the login the API and worker use.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE DATABASE frontier;
CREATE ROLE frontier_app NOLOGIN;
CREATE ROLE frontier_api LOGIN PASSWORD '${FRONTIER_API_PASSWORD}' IN ROLE frontier_app;
SQL
