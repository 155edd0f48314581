"""The API's routes, one module per group: chat, health, access, widget (with the offline /docs)."""
