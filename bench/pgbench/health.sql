-- GET /actuator/health: the connection check (the application asks the driver whether the
-- connection is valid, which costs one round trip like this one).
SELECT 1;
