-- Placeholder for the link helper's migration 6 (h-link), so migration 7
-- applies on this branch; drop this file when merging h-link.
SELECT 1;
