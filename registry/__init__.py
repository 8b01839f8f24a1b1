"""The registry (备案库) of official accounts: reading and validating users' CSV/XLSX files (``registry.read``),
importing them into the store with history (``registry.importer``) and exporting them (``registry.export``).

Sits above the storage layer (``search_index``) and the ground (``core``); docs/ARCHITECTURE.md."""
