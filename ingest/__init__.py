"""Ingest documents: load -> passages with exact offsets and stable ids -> embeddings -> Chroma."""
from ingest.loaders import (DEFAULT_DOCUMENT, SUPPORTED, Document, document_from_text, load_bytes, load_file,
                            upload_name)
from ingest.passages import split_passages
from ingest.pipeline import IngestSummary, ensure_default_document, ingest_documents, ingest_paths, ingest_uploads

__all__ = ["DEFAULT_DOCUMENT", "SUPPORTED", "Document", "IngestSummary", "document_from_text",
           "ensure_default_document", "ingest_documents", "ingest_paths", "ingest_uploads", "load_bytes", "load_file",
           "split_passages", "upload_name"]
