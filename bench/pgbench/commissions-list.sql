-- GET /api/v1/commissions: the first page (10 of the 10 demo commissions: a full page, so the count
-- runs as well), as CommissionDirectory sends them.
SELECT id, code, name_bg, name_en, city, status, version FROM regionalcommissions.commission ORDER BY code ASC, id ASC LIMIT 10 OFFSET 0;
SELECT count(*) FROM regionalcommissions.commission;
