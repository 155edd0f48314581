"""The chat service: the FastAPI app (HTTP and server-sent events), its routes, their dependencies,
the middleware and the error replies."""
