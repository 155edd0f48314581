"""A conversation: what a message asks for (intents, routing), follow-ups, summaries, small talk, sessions."""
