"""Where passages live: the Chroma adapter (vectors and the document manifest) and the catalogue (BM25, texts)."""
