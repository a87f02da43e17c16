"""English data for the actor table: the words that open an actor's name without being part of it."""
