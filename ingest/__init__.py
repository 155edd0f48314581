"""Ingest documents: load -> passages with exact offsets and stable ids -> embeddings -> Chroma."""
from .loaders import DEFAULT_DOCUMENT, Document, load_bytes, load_file
from .passages import split_passages
from .pipeline import IngestSummary, ensure_default_document, ingest_documents, ingest_paths, ingest_uploads

__all__ = ["DEFAULT_DOCUMENT", "Document", "IngestSummary", "ensure_default_document", "ingest_documents",
           "ingest_paths", "ingest_uploads", "load_bytes", "load_file", "split_passages"]
