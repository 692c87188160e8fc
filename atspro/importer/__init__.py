"""Import from the previous ArangoDB deployment into PostgreSQL (``main.py import-arango``).

``source``  reads an ``arangoexport`` directory and removes duplicate keys deterministically;
``mapping`` turns one source document into column values (pure, no I/O);
``links``   resolves references (owner, resume, job, edges) through the id map;
``run``     imports, validates and rolls back, each in one transaction;
``report``  renders what happened for people (text) and machines (JSON).
"""

from atspro.importer.run import (
    BatchError,
    ImportReport,
    RollbackReport,
    import_export,
    list_batches,
    rollback_batch,
)
from atspro.importer.source import ExportError

__all__ = [
    "BatchError",
    "ExportError",
    "ImportReport",
    "RollbackReport",
    "import_export",
    "list_batches",
    "rollback_batch",
]
