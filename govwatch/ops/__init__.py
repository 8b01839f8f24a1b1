"""Operations: the nightly pipeline, run records, the run lock, crawl health checks and the scheduler."""
