-- GET /api/v1/commissions/VAR/members?size=20: one statement joining the commission by its code
-- (fewer than 20 members, so no count), as MemberRoster sends it.
SELECT m.id, m.name, m.institution, m.position, m.email, m.phone, m.joined_on, m.left_on, m.version FROM regionalcommissions.member m JOIN regionalcommissions.commission c ON c.id = m.commission_id WHERE c.code = 'VAR' ORDER BY m.name ASC, m.id ASC LIMIT 20 OFFSET 0;
