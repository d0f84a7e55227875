-- 0007: the analyst's own clustering.
--
-- When the analyst merges two clusters or splits a meeting out of one, the
-- meetings concerned get a pin: meetings with the same pin (and partner) are
-- one real meeting, and meetings with different pins are never one.
-- Reclustering after an import honours the pins and lets new reports join
-- a pinned group, so a manual merge or split is never undone by Parley.
ALTER TABLE meetings ADD COLUMN cluster_pin INTEGER;
CREATE INDEX meetings_cluster_pin ON meetings (cluster_pin) WHERE cluster_pin IS NOT NULL;
