"""The chat service: the FastAPI app (HTTP and server-sent events) and its edges."""
