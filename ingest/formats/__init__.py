"""One module per file format; each turns a file's bytes into a Document's text and structure."""
