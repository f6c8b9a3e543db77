-- Placeholder for the link helper's migration 9 (h-link), so migration 10
-- applies on this branch; drop this file when merging h-link.
SELECT 1;
